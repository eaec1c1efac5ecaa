// SPDX-License-Identifier: GPL-3.0-or-later
#include "RemoteStatusPage.h"

#include "FormBinder.h"
#include "PasswordField.h"
#include "notify/AlertChannels.h"
#include "settings/SettingsModel.h"
#include "settings/SettingsSchema.h"
#include "settings/SettingsValidator.h"
#include "ui_RemoteStatusPage.h"

#include <QApplication>
#include <QClipboard>
#include <QFutureWatcher>
#include <QHeaderView>
#include <QLineEdit>
#include <QLocale>
#include <QPromise>
#include <QThreadPool>
#include <QTimer>
#include <QToolButton>
#include <QTreeWidget>

namespace mw {

namespace {

const QString kPermittedKey = QStringLiteral("remote_status/permitted");

} // namespace

RemoteStatusPage::RemoteStatusPage(QWidget *parent)
    : SettingsPage(parent)
    , m_ui(std::make_unique<Ui::RemoteStatusPage>())
{
    m_ui->setupUi(this);
    for (int i = 0; i < kDefaultAddressFields; ++i)
        addAddressField();
    m_ui->remoteStatusPermittedLabel->setBuddy(m_addresses.first());

    // The read-only password: only its digest is stored (RemoteStatusSecret), with the
    // window's Save like the other passwords, and it is never read back into the field.
    m_password = new PasswordField(m_ui->remoteStatusPassword, RemoteStatusSecret::account(), this);
    m_password->setWriteOnly(
        [](SecretStore *store, const QString &text, QObject *context, SecretStore::Callback done) {
            if (text.isEmpty())
                RemoteStatusSecret::clear(store, context, std::move(done));
            else
                RemoteStatusSecret::set(store, text, context, std::move(done));
        });
    QLabel *passwordError = m_ui->remoteStatusPasswordError;
    QPalette pal = passwordError->palette();
    pal.setColor(QPalette::WindowText, FormBinder::errorColor(passwordError));
    passwordError->setPalette(pal);
    passwordError->setVisible(false);
    m_password->setCheck(&RemoteStatusSecret::check, passwordError);
    connect(m_password, &PasswordField::editedChanged, this, [this](bool edited) {
        if (!edited) // saved (or discarded): what is stored now
            refreshPasswordState();
    });
    connect(m_ui->remoteStatusPasswordClear, &QPushButton::clicked, this,
            &RemoteStatusPage::clearPassword);
    m_ui->remoteStatusPasswordClear->setEnabled(false);

    connect(m_ui->remoteStatusAddAddress, &QPushButton::clicked, this, [this] {
        QLineEdit *field = addAddressField();
        updateEnabled();
        field->setFocus(Qt::OtherFocusReason);
    });
    connect(m_ui->remoteStatusCopyExample, &QPushButton::clicked, this,
            [this] { QApplication::clipboard()->setText(exampleRequest()); });

    QTreeWidget *list = m_ui->remoteStatusRequests;
    list->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    list->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    list->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    list->header()->setStretchLastSection(true);
    m_requestsWatcher = new QFutureWatcher<QList<StatusRequestEntry>>(this);
    connect(m_requestsWatcher, &QFutureWatcherBase::finished, this, [this] {
        const QFuture<QList<StatusRequestEntry>> future = m_requestsWatcher->future();
        if (future.resultCount() > 0)
            showRequests(future.result());
    });
    connect(m_ui->remoteStatusRefresh, &QPushButton::clicked, this,
            &RemoteStatusPage::refreshRequests);
    m_ui->remoteStatusRequestsSummary->setText(tr("Reading the last requests…"));
    m_ui->remoteStatusPasswordState->setText(tr("Checking whether one is set…"));
    // Short sentences on one line (a wrapped label in a scrolled form row reserves the
    // height of several); the store's own words are in its tooltip.
    m_ui->remoteStatusPasswordState->setWordWrap(false);
    fillCombo(m_ui->alertsWebhook, {{QStringLiteral("none"), tr("None")},
                                    {QStringLiteral("generic"), tr("Generic JSON")},
                                    {QStringLiteral("teams"), tr("Microsoft Teams (workflow)")},
                                    {QStringLiteral("slack"), tr("Slack")},
                                    {QStringLiteral("discord"), tr("Discord")}});
    // The alert webhook's URL carries the service's access token: a secret, like a password
    // (revealed on request, saved only to the secret store with the window's Save).
    m_webhookUrl = new PasswordField(m_ui->alertsWebhookUrl, AlertChannels::webhookAccount(), this);
    connectBrowse(m_ui->alertsWebhookCaFileBrowse, m_ui->alertsWebhookCaFile, Browse::OpenFile,
                  QStringLiteral("alerts/webhook_ca_file"),
                  tr("Certificates (*.pem *.crt *.cer);;All files (*)"));
    m_channels = new AlertChannels(this);
    // The test uses what was typed, else the stored URL (as the window's other tests do).
    m_channels->setUrlSource([this](QObject *context, auto done) {
        m_webhookUrl->fetch(context, [done](const SecretResult &r) {
            if (r.ok() && !r.secret.trimmed().isEmpty())
                done(r.secret, QString());
            else if (r.status == SecretResult::Status::Error)
                done(QString(), tr("The alert webhook's URL could not be read: %1").arg(r.error));
            else
                done(QString(), tr("Type the alert webhook's URL first."));
        });
    });
    connect(m_ui->alertsTest, &QPushButton::clicked, this, &RemoteStatusPage::sendTestAlert);
    updateTabOrder();
    // A field given the focus (Tab, a "Cannot save yet" link, Add address) scrolls into view.
    connect(qApp, &QApplication::focusChanged, this, [this](QWidget *, QWidget *now) {
        if (now && m_ui->remoteStatusContents->isAncestorOf(now))
            m_ui->remoteStatusScroll->ensureWidgetVisible(now);
    });
}

RemoteStatusPage::~RemoteStatusPage()
{
    // A read still running finishes on its own; its result reaches nobody.
    m_requestsWatcher->disconnect();
}

void RemoteStatusPage::attach(SettingsModel *model)
{
    SettingsPage::attach(model);
    connect(model, &SettingsModel::valueChanged, this,
            [this](const QString &key, const QString &value) {
                if (key == kPermittedKey && !m_writingAddresses)
                    showAddresses(value);
                if (key == QLatin1String("pop3/username") || key == QLatin1String("mailboxes/from"))
                    updateFormat();
            });
    showAddresses(model->value(kPermittedKey));
    updateFormat();
    // The address fields are this page's own widgets: a lock of the policy (or the
    // administrator lock) reaches them here, as FormBinder does for bound fields.
    connect(model, &SettingsModel::lockStateChanged, this, &RemoteStatusPage::updateEnabled);
    // Once the window has its secret store (after the pages are built): ready before the
    // tab is first shown.
    QTimer::singleShot(0, this, [this] {
        refreshPasswordState();
        refreshRequests();
    });
}

QLineEdit *RemoteStatusPage::addAddressField()
{
    const int n = int(m_addresses.size()) + 1;
    auto *field = new QLineEdit(m_ui->remoteStatusPermitted);
    field->setObjectName(QStringLiteral("remoteStatusPermitted%1").arg(n));
    field->setAccessibleName(tr("Status recipient %1").arg(n));
    field->setPlaceholderText(n == 1 ? tr("Email address 1 (all empty: any sender)")
                                     : tr("Email address %1").arg(n));
    field->setMaxLength(254);
    connect(field, &QLineEdit::textEdited, this, &RemoteStatusPage::addressesEdited);
    m_ui->remoteStatusPermittedRows->addWidget(field);
    m_addresses << field;
    updateTabOrder();
    return field;
}

void RemoteStatusPage::showAddresses(const QString &value)
{
    const QStringList entries = SettingsSchema::splitList(value);
    while (m_addresses.size() < entries.size())
        addAddressField();
    for (qsizetype i = 0; i < m_addresses.size(); ++i) {
        const QString text = entries.value(i);
        if (m_addresses.at(i)->text() != text)
            m_addresses.at(i)->setText(text);
    }
    markAddresses();
    updateEnabled();
}

void RemoteStatusPage::addressesEdited()
{
    if (!m_model)
        return;
    QStringList entries;
    for (const QLineEdit *field : std::as_const(m_addresses)) {
        if (const QString t = field->text().trimmed(); !t.isEmpty())
            entries << t;
    }
    m_writingAddresses = true; // the fields keep what was typed, where it was typed
    m_model->setValue(kPermittedKey, entries.join(QStringLiteral(", ")));
    m_writingAddresses = false;
    markAddresses();
}

void RemoteStatusPage::markAddresses()
{
    // Each address is checked by the rule of the whole list (SettingsValidator), so that a
    // field is marked exactly when the list's error names it.
    QWidget *firstInvalid = nullptr;
    for (QLineEdit *field : std::as_const(m_addresses)) {
        const QString text = field->text().trimmed();
        const QString error =
            text.isEmpty() ? QString() : SettingsValidator::validateField(kPermittedKey, text);
        FormBinder::setErrorMark(field, error);
        field->setAccessibleDescription(error);
        field->setToolTip(error);
        if (!error.isEmpty() && !firstInvalid)
            firstInvalid = field;
    }
    // "Cannot save yet: Status recipients" leads to the field to correct.
    m_ui->remoteStatusPermitted->setFocusProxy(firstInvalid ? firstInvalid : m_addresses.first());
}

QString RemoteStatusPage::requestAddress(const MailSettings &settings)
{
    const QString user = settings.pop3.username.trimmed();
    if (!user.isEmpty() && SettingsValidator::checkAddress(user).isEmpty())
        return user;
    return settings.mailboxes.from.trimmed();
}

QString RemoteStatusPage::exampleRequest() const
{
    QString to = m_model ? requestAddress(m_model->settings()) : QString();
    if (to.isEmpty())
        to = tr("<the POP3 mailbox's address>");
    // The subject and the "password:" key are what the mailbox check looks for: not
    // translated. The password itself is never put here.
    return QStringLiteral("To: %1\nSubject: status\n\npassword: %2\n") // i18n-ignore
        .arg(to, tr("<your read-only password>"));
}

void RemoteStatusPage::updateFormat()
{
    m_ui->remoteStatusFormat->setText(exampleRequest().trimmed());
}

void RemoteStatusPage::updateEnabled()
{
    if (!m_model)
        return;
    const MailSettings &s = m_model->settings();
    const bool pop3 = s.pop3.enabled;
    m_ui->remoteStatusPop3Hint->setVisible(!pop3);
    // Still enabled when checked, so that it can be turned off.
    m_ui->remoteStatusEnabled->setEnabled(pop3 || s.remoteStatus.enabled);
    const bool on = pop3 && s.remoteStatus.enabled;
    const bool addressesLocked = m_model->isLocked(kPermittedKey);
    for (QLineEdit *field : std::as_const(m_addresses)) {
        field->setEnabled(on);
        field->setReadOnly(addressesLocked); // readable and copyable, not editable
    }
    for (QWidget *w : {static_cast<QWidget *>(m_ui->remoteStatusPassword),
                       static_cast<QWidget *>(m_ui->remoteStatusAuthservId)})
        w->setEnabled(on);
    m_ui->remoteStatusAddAddress->setEnabled(on && !addressesLocked);
    // Clearing the stored password changes a credential: not while it is locked.
    m_ui->remoteStatusPasswordClear->setVisible(
        !m_model->isReadOnly() && !m_model->policy().isSecretLocked(RemoteStatusSecret::account()));

    const MailSettings::Alerts &a = s.alerts;
    for (QWidget *w :
         {m_ui->alertsDeadLetters, m_ui->alertsHeld, m_ui->alertsCertificate, m_ui->alertsOutage})
        w->setEnabled(a.enabled);
    m_ui->alertsOutageMinutes->setEnabled(a.enabled && a.outage);
    m_ui->alertsCertificateDays->setEnabled(a.enabled && a.certificate);
    m_ui->alertsMinInterval->setEnabled(a.enabled);
    const bool webhook = a.webhook != MailSettings::WebhookFormat::None;
    // Locks (policy, administrator lock) are FormBinder's and the window's, as elsewhere.
    for (QWidget *w : {static_cast<QWidget *>(m_ui->alertsWebhookUrl),
                       static_cast<QWidget *>(m_ui->alertsWebhookCaFile),
                       static_cast<QWidget *>(m_ui->alertsWebhookCaFileBrowse)})
        w->setEnabled(a.enabled && webhook);
    m_ui->alertsTest->setEnabled(!m_channels->busy() && (webhook || a.systemLog));
}

void RemoteStatusPage::sendTestAlert()
{
    if (!m_model)
        return;
    m_ui->alertsTest->setEnabled(false);
    m_ui->alertsTestResult->setText(tr("Sending a test alert…"));
    m_channels->sendTest(m_model->settings(), [this](const QList<AlertChannels::Outcome> &all) {
        QStringList lines;
        for (const AlertChannels::Outcome &o : all) {
            const QString channel =
                o.channel == QLatin1String("webhook") ? tr("Webhook") : tr("System log");
            lines << (o.ok ? tr("%1: sent (%2)").arg(channel, o.detail)
                           : tr("%1: failed: %2").arg(channel, o.detail));
        }
        if (lines.isEmpty())
            lines << tr("No second channel is on: choose a webhook or the system log.");
        m_ui->alertsTestResult->setText(lines.join(QLatin1Char('\n')));
        updateEnabled();
    });
}

void RemoteStatusPage::updateTabOrder()
{
    QList<QWidget *> chain{m_ui->remoteStatusEnabled};
    for (QLineEdit *field : std::as_const(m_addresses))
        chain << field;
    chain << m_ui->remoteStatusAddAddress << m_ui->remoteStatusPassword;
    if (m_password && m_password->revealButton())
        chain << m_password->revealButton();
    chain << m_ui->remoteStatusPasswordClear << m_ui->remoteStatusAuthservId
          << m_ui->remoteStatusCopyExample << m_ui->remoteStatusRequests
          << m_ui->remoteStatusRefresh << m_ui->alertsEnabled << m_ui->alertsDeadLetters
          << m_ui->alertsHeld << m_ui->alertsCertificate << m_ui->alertsOutage
          << m_ui->alertsOutageMinutes << m_ui->alertsCertificateDays << m_ui->alertsMinInterval
          << m_ui->alertsWebhook << m_ui->alertsWebhookUrl;
    if (m_webhookUrl && m_webhookUrl->revealButton())
        chain << m_webhookUrl->revealButton();
    chain << m_ui->alertsWebhookCaFile << m_ui->alertsWebhookCaFileBrowse << m_ui->alertsSystemLog
          << m_ui->alertsTest;
    for (qsizetype i = 0; i + 1 < chain.size(); ++i)
        QWidget::setTabOrder(chain.at(i), chain.at(i + 1));
}

void RemoteStatusPage::showEvent(QShowEvent *event)
{
    SettingsPage::showEvent(event);
    refreshRequests();
    refreshPasswordState();
}

void RemoteStatusPage::refreshRequests()
{
    if (!m_model || !m_model->store())
        return;
    // A small JSON file, but still a disk read: not on the GUI thread.
    const QString path = StatusRequestLog::defaultPathFor(m_model->store()->path());
    auto promise = std::make_shared<QPromise<QList<StatusRequestEntry>>>();
    m_requestsWatcher->setFuture(promise->future());
    promise->start();
    QThreadPool::globalInstance()->start([promise, path] {
        StatusRequestLog log(path);
        (void)log.load(); // missing or damaged: no entries
        promise->addResult(log.entries());
        promise->finish();
    });
}

void RemoteStatusPage::showRequests(const QList<StatusRequestEntry> &entries)
{
    QTreeWidget *list = m_ui->remoteStatusRequests;
    list->clear();
    const QLocale locale;
    // Kept newest last: shown newest first.
    for (qsizetype i = entries.size() - 1; i >= 0; --i) {
        const StatusRequestEntry &e = entries.at(i);
        const bool answered = e.outcome == StatusRequestEntry::Outcome::Answered;
        auto *item = new QTreeWidgetItem(
            list, {locale.toString(e.time.toLocalTime(), QLocale::ShortFormat), e.sender,
                   answered ? tr("Answered") : tr("Refused"), e.reason});
        item->setToolTip(3, e.reason);
        if (!answered)
            item->setForeground(2, FormBinder::errorColor(list));
    }
    m_ui->remoteStatusRequestsSummary->setText(
        entries.isEmpty()
            ? tr("No status request has been processed yet.")
            : tr("%n request(s) processed, newest first.", nullptr, int(entries.size())));
}

void RemoteStatusPage::refreshPasswordState()
{
    const int generation = ++m_stateGeneration; // the last question's answer wins
    RemoteStatusSecret::isSet(
        m_password->secretStore(), this,
        [this, generation](RemoteStatusSecret::State state, const QString &error) {
            if (generation == m_stateGeneration)
                showPasswordState(state, error);
        });
}

void RemoteStatusPage::showPasswordState(RemoteStatusSecret::State state, const QString &error)
{
    QString text;
    switch (state) {
    case RemoteStatusSecret::State::Set:
        text = tr("Set (only its digest is stored).");
        break;
    case RemoteStatusSecret::State::NotSet:
        text = tr("Not set: every status request is refused.");
        break;
    case RemoteStatusSecret::State::NotDigest:
        text = tr("Not a digest: every request is refused. Type a new one.");
        break;
    case RemoteStatusSecret::State::Error:
        text = tr("Unknown: the password store cannot be read.");
        break;
    }
    // The short sentence on the tab; the store's own words beside it.
    m_ui->remoteStatusPasswordState->setText(text);
    m_ui->remoteStatusPasswordState->setToolTip(error);
    m_ui->remoteStatusPasswordState->setAccessibleDescription(error);
    m_ui->remoteStatusPasswordClear->setEnabled(state == RemoteStatusSecret::State::Set ||
                                                state == RemoteStatusSecret::State::NotDigest);
}

void RemoteStatusPage::clearPassword()
{
    m_ui->remoteStatusPasswordClear->setEnabled(false);
    RemoteStatusSecret::clear(m_password->secretStore(), this, [this](const SecretResult &r) {
        if (r.ok())
            return refreshPasswordState();
        ++m_stateGeneration; // a check still running must not hide this
        m_ui->remoteStatusPasswordState->setText(
            tr("The read-only password could not be removed: %1").arg(r.error));
        m_ui->remoteStatusPasswordClear->setEnabled(true);
    });
}

} // namespace mw
