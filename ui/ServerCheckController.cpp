// SPDX-License-Identifier: GPL-3.0-or-later
#include "ServerCheckController.h"

#include "DetectDialog.h"
#include "FormBinder.h"
#include "ServerCheckDialog.h"
#include "SettingsPage.h"
#include "StatusIndicator.h"
#include "TestPanel.h"
#include "diagnostics/CertificateReport.h"
#include "diagnostics/LastProbe.h"
#include "diagnostics/SmtpProbe.h"
#include "diagnostics/StatusMonitor.h"
#include "session/CapabilityMemory.h"
#include "settings/BackgroundWrites.h"
#include "settings/SettingsFacts.h"
#include "settings/SettingsModel.h"

#include <QApplication>
#include <QBackingStore>
#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLayout>
#include <QMessageBox>
#include <QPainter>
#include <QPushButton>
#include <QStandardItemModel>

namespace mw {

namespace {

// The SASL name of a login method's INI spelling ("cram-md5" -> "CRAM-MD5"); empty for
// the choices that are not a SASL mechanism (auto, none, pop-before-smtp).
QString mechanismOf(const QString &spelling)
{
    static const QStringList notSasl{QStringLiteral("auto"), QStringLiteral("none"),
                                     QStringLiteral("pop-before-smtp")};
    return notSasl.contains(spelling) ? QString() : spelling.toUpper();
}

int indexOf(ProbeService s)
{
    return s == ProbeService::Smtp ? 0 : 1;
}

} // namespace

ServerCheckController::ServerCheckController(QWidget *window, SettingsModel *model,
                                             const QString &configPath)
    : QObject(window)
    , m_window(window)
    , m_model(model)
    , m_memoryPath(CapabilityMemory::defaultPathFor(configPath))
    , m_lastProbePath(LastProbeFile::defaultPathFor(configPath))
{
    setObjectName(QStringLiteral("serverCheckController"));
    connect(m_model, &SettingsModel::valueChanged, this, [this](const QString &key) {
        updateButtons();
        if (!m_narrowed || !key.startsWith(QLatin1String("smtp/")))
            return;
        // The narrowing belongs to the server, port and mode that were checked.
        const MailSettings &s = m_model->settings();
        if (SettingsFacts::smtpHost(s).compare(m_offerHost, Qt::CaseInsensitive) != 0 ||
            s.smtp.port != m_offerPort ||
            m_model->value(QStringLiteral("smtp/security")) != m_offerSecurity)
            clearAuthNarrowing();
    });
}

QPushButton *ServerCheckController::addButtonRow(SettingsPage *page, const char *afterField,
                                                 const QList<QPushButton *> &buttons)
{
    auto *form = page->form();
    QWidget *field = page->findChild<QWidget *>(QString::fromLatin1(afterField));
    if (!form || !field)
        return nullptr;
    // Under the field and under its error label (FormBinder).
    QWidget *anchor =
        page->findChild<QWidget *>(QString::fromLatin1(afterField) + QStringLiteral("Error"));
    int row = -1;
    QFormLayout::ItemRole role;
    form->getWidgetPosition(anchor ? anchor : field, &row, &role);
    if (row < 0)
        return nullptr;
    auto *box = new QHBoxLayout;
    box->setContentsMargins(0, 0, 0, 0);
    for (QPushButton *b : buttons) {
        b->setParent(page);
        b->setAutoDefault(false);
        box->addWidget(b);
    }
    box->addStretch();
    box->setProperty(FormBinder::kRowUnderField, QString::fromLatin1(afterField));
    form->insertRow(row + 1, QString(), box);
    // Tab order: right after the field.
    QWidget *previous = field;
    for (QPushButton *b : buttons) {
        QWidget::setTabOrder(previous, b);
        previous = b;
    }
    return buttons.value(0);
}

void ServerCheckController::attachPages(const QList<SettingsPage *> &pages)
{
    for (SettingsPage *page : pages) {
        if (page->findChild<QWidget *>(QStringLiteral("smtpHost")) && !m_checkSmtp) {
            m_checkSmtp = new QPushButton(tr("Check &what the server supports…"));
            m_checkSmtp->setObjectName(QStringLiteral("checkServerButton"));
            m_checkSmtp->setToolTip(tr("Try implicit TLS, STARTTLS and clear text on the usual "
                                       "ports of the server typed above, and recommend the "
                                       "safest combination that works"));
            m_detectSmtp = new QPushButton(tr("&Get SMTP server address…"));
            m_detectSmtp->setObjectName(QStringLiteral("detectServerButton"));
            m_detectSmtp->setToolTip(tr("Find the server from the domain of the From address "
                                        "(DNS SRV and MX records, autoconfig, known providers)"));
            addButtonRow(page, "smtpHost", {m_checkSmtp, m_detectSmtp});
            connect(m_checkSmtp, &QPushButton::clicked, this,
                    [this] { checkServer(ProbeService::Smtp); });
            connect(m_detectSmtp, &QPushButton::clicked, this, [this] { detect(); });
        }
        if (page->findChild<QWidget *>(QStringLiteral("backupSmtpHost")) && !m_checkBackup) {
            m_checkBackup = new QPushButton(tr("Check &what the server supports…"));
            m_checkBackup->setObjectName(QStringLiteral("checkBackupButton"));
            m_checkBackup->setToolTip(tr("Try implicit TLS, STARTTLS and clear text on the usual "
                                         "ports of the backup server typed above"));
            addButtonRow(page, "backupSmtpHost", {m_checkBackup});
            connect(m_checkBackup, &QPushButton::clicked, this,
                    [this] { checkServer(ProbeService::Smtp, true); });
        }
        if (page->findChild<QWidget *>(QStringLiteral("pop3Host")) && !m_checkPop3) {
            m_checkPop3 = new QPushButton(tr("Check &what the server supports…"));
            m_checkPop3->setObjectName(QStringLiteral("checkPop3Button"));
            m_checkPop3->setToolTip(tr("Try implicit TLS, STLS and clear text on the usual "
                                       "POP3 ports of the server typed above"));
            addButtonRow(page, "pop3Host", {m_checkPop3});
            connect(m_checkPop3, &QPushButton::clicked, this,
                    [this] { checkServer(ProbeService::Pop3); });
        }
        if (auto *combo = page->findChild<QComboBox *>(QStringLiteral("smtpAuth"))) {
            m_authCombo = combo;
            m_authOffer = new QLabel(page);
            m_authOffer->setObjectName(QStringLiteral("smtpAuthOffer"));
            m_authOffer->setWordWrap(true);
            m_authOffer->setTextFormat(Qt::PlainText);
            m_authOffer->setVisible(false);
            m_authOffer->setProperty(FormBinder::kRowUnderField, combo->objectName());
            auto *form = page->form();
            QWidget *anchor = page->findChild<QWidget *>(QStringLiteral("smtpAuthError"));
            int row = -1;
            QFormLayout::ItemRole role;
            if (form)
                form->getWidgetPosition(anchor ? anchor : combo, &row, &role);
            if (row >= 0)
                form->insertRow(row + 1, QString(), m_authOffer);
            // A check that ran before the tab was built narrowed the choice already.
            if (m_narrowed)
                narrowAuth(m_offerHost, m_offerPort, m_offerSecurity, QStringList(m_offered));
        }
    }
    updateButtons();
}

void ServerCheckController::attach(const QList<SettingsPage *> &pages, TestPanel *testPanel,
                                   StatusMonitor *monitor, StatusIndicator *smtpStatus,
                                   StatusIndicator *pop3Status, StatusIndicator *backupStatus)
{
    m_monitor = monitor;
    m_indicators[0] = smtpStatus;
    m_indicators[1] = pop3Status;
    m_indicators[2] = backupStatus;
    attachPages(pages);

    if (testPanel)
        connect(testPanel, &TestPanel::changesRequested, this,
                &ServerCheckController::applyChanges);

    if (monitor) {
        for (const QString &server : {QStringLiteral("smtp"), QStringLiteral("backup-smtp")}) {
            if (auto *smtp = qobject_cast<SmtpProbe *>(monitor->probe(server)))
                smtp->setCapabilityMemory(m_memoryPath);
        }
        connect(monitor, &StatusMonitor::checkFinished, this,
                [this](const QString &server, const Result &result) {
                    const bool smtp = server == QLatin1String("smtp");
                    const bool backup = StatusMonitor::isBackup(server);
                    StatusIndicator *ind = m_indicators[backup ? 2 : smtp ? 0 : 1];
                    if (!ind || !m_monitor)
                        return;
                    const MailSettings &s = m_monitor->settings();
                    const TlsTrust trust =
                        backup ? TlsTrust{s.backupSmtp.caFile, s.backupSmtp.pinSha256}
                        : smtp ? TlsTrust{s.smtp.caFile, s.smtp.pinSha256}
                               : TlsTrust{s.pop3.caFile, s.pop3.pinSha256};
                    ind->setCertificate(CertificateReport::evaluate(result, trust));
                });
    }
    for (int i = 0; i < 2; ++i) {
        if (!m_indicators[i])
            continue;
        m_indicators[i]->installEventFilter(this);
    }
}

void ServerCheckController::updateButtons()
{
    const MailSettings &s = m_model->settings();
    if (m_checkSmtp) {
        m_checkSmtp->setEnabled(s.smtp.enabled);
        m_detectSmtp->setEnabled(s.smtp.enabled);
    }
    if (m_checkBackup)
        m_checkBackup->setEnabled(s.backupSmtp.enabled);
    if (m_checkPop3)
        m_checkPop3->setEnabled(s.pop3.enabled || SettingsFacts::popBeforeSmtp(s));
}

void ServerCheckController::prepareDialog()
{
    ServerCheckDialog *d = dialogFor(ProbeService::Smtp, false);
    // Style and layout now too: showing it then only maps and paints it.
    d->ensurePolished();
    if (d->layout())
        d->layout()->activate();
    // Its native window (not mapped) and its backing store's memory too, touched once
    // while nothing else happens: a fresh 820x640 backing store costs some 500 page faults
    // at its first paint, which would otherwise fall inside the check (docs/PERFORMANCE.md,
    // the server check's stall).
    // Not while another window of the program is active: making a native window can hand
    // the platform's focus back to its parent, the settings window, which would take it
    // from the window the person has moved to meanwhile (the history, say).
    if (QWidget *active = QApplication::activeWindow(); active && active != m_window)
        return;
    (void)d->winId();
    if (QBackingStore *store = d->backingStore()) {
        const QRect all(QPoint(), d->size());
        store->resize(all.size());
        store->beginPaint(all);
        if (QPaintDevice *device = store->paintDevice()) {
            QPainter painter(device);
            painter.fillRect(all, d->palette().window());
        }
        store->endPaint();
    }
}

ServerCheckDialog *ServerCheckController::checkServer(ProbeService service, bool backup)
{
    ServerCheckDialog *d = dialogFor(service, backup);
    d->show();
    d->raise();
    d->activateWindow();
    const MailSettings &s = m_model->settings();
    d->start(backup ? SettingsFacts::forServer(s, MailSettings::SmtpServer::Backup) : s,
             m_attempts.value(int(service)));
    return d;
}

ServerCheckDialog *ServerCheckController::dialogFor(ProbeService service, bool backup)
{
    QPointer<ServerCheckDialog> &d = m_dialogs[backup ? 2 : indexOf(service)];
    if (!d) {
        d = new ServerCheckDialog(service, m_window);
        if (backup)
            d->setObjectName(QStringLiteral("backupServerCheckDialog"));
        d->setCapabilityMemory(m_memoryPath);
        connect(d, &ServerCheckDialog::finished, this,
                [this, service, backup](const ProbeReport &report) {
                    // On the background writer: the write ends with an fsync.
                    BackgroundWrites::post(
                        [path = m_lastProbePath, report,
                         server = backup ? QStringLiteral("backup-smtp") : serviceId(service)] {
                            LastProbeFile(path).write(server, report);
                        });
                });
        connect(
            d, &ServerCheckDialog::applyRequested, this,
            [this, service, backup](const QList<SettingChange> &changes, const ModeReport &mode) {
                if (backup) {
                    // The dialog speaks of [smtp]: its findings go to [backup_smtp]. The
                    // login methods offered narrow only the primary's choice.
                    QList<SettingChange> moved = changes;
                    for (SettingChange &c : moved) {
                        if (c.key.startsWith(QLatin1String("smtp/")))
                            c.key.prepend(QStringLiteral("backup_"));
                    }
                    applyChanges(moved);
                    return;
                }
                applyChanges(changes);
                if (service == ProbeService::Smtp)
                    narrowAuth(mode.host, mode.port,
                               securitySettingValue(mode.mode, ProbeService::Smtp),
                               mode.result.authMechanisms);
            });
    }
    return d;
}

DetectDialog *ServerCheckController::detect()
{
    if (!m_detect) {
        m_detect = new DetectDialog(m_window);
        connect(m_detect, &DetectDialog::applyRequested, this,
                [this](const QList<SettingChange> &changes, const ModeReport &mode) {
                    applyChanges(changes);
                    if (mode.service == ProbeService::Smtp)
                        narrowAuth(mode.host, mode.port,
                                   securitySettingValue(mode.mode, ProbeService::Smtp),
                                   mode.result.authMechanisms);
                });
    }
    m_detect->setOptions(m_detectOptions);
    m_detect->setCurrentSettings(m_model->settings());
    m_detect->setAddress(m_model->settings().mailboxes.from);
    m_detect->show();
    m_detect->raise();
    m_detect->activateWindow();
    if (!m_model->settings().mailboxes.from.isEmpty())
        m_detect->start();
    return m_detect;
}

void ServerCheckController::applyChanges(const QList<SettingChange> &changes)
{
    for (const SettingChange &c : changes)
        m_model->setValue(c.key, c.value);
    Q_EMIT changesApplied(changes);
}

void ServerCheckController::narrowAuth(const QString &host, quint16 port, const QString &security,
                                       const QStringList &mechanisms)
{
    m_offerHost = host.trimmed();
    m_offerPort = port;
    m_offerSecurity = security;
    m_offered = mechanisms;
    m_narrowed = true;
    // The Authentication tab not built yet: attachPages() narrows its choice when it is.
    if (!m_authCombo)
        return;
    auto *items = qobject_cast<QStandardItemModel *>(m_authCombo->model());
    if (!items)
        return;
    static const QStringList automatic{QStringLiteral("PLAIN"), QStringLiteral("LOGIN"),
                                       QStringLiteral("CRAM-MD5")};
    bool anyAutomatic = false;
    for (const QString &m : mechanisms)
        anyAutomatic = anyAutomatic || automatic.contains(m, Qt::CaseInsensitive);
    for (int i = 0; i < m_authCombo->count(); ++i) {
        const QString spelling = m_authCombo->itemData(i).toString();
        const QString mechanism = mechanismOf(spelling);
        bool offered = true;
        if (spelling == QLatin1String("auto"))
            offered = anyAutomatic;
        else if (!mechanism.isEmpty())
            offered = mechanisms.contains(mechanism, Qt::CaseInsensitive);
        if (QStandardItem *item = items->item(i)) {
            item->setEnabled(offered);
            item->setToolTip(
                offered ? QString()
                        : tr("Not offered by %1 on port %2 in this mode.").arg(host).arg(port));
        }
    }
    if (m_authOffer) {
        m_authOffer->setText(
            mechanisms.isEmpty()
                ? tr("%1 offers no login on port %2 in this mode: only No authentication and POP "
                     "before SMTP can be chosen.")
                      .arg(host)
                      .arg(port)
                : tr("%1 offers %2 on port %3 in this mode; the other methods are unavailable.")
                      .arg(host, mechanisms.join(QStringLiteral(", ")))
                      .arg(port));
        m_authOffer->setVisible(true);
    }
}

void ServerCheckController::clearAuthNarrowing()
{
    m_narrowed = false;
    m_offered.clear();
    if (m_authOffer)
        m_authOffer->setVisible(false);
    if (!m_authCombo)
        return;
    if (auto *items = qobject_cast<QStandardItemModel *>(m_authCombo->model())) {
        for (int i = 0; i < items->rowCount(); ++i) {
            items->item(i)->setEnabled(true);
            items->item(i)->setToolTip(QString());
        }
    }
}

void ServerCheckController::showCertificate(ProbeService service)
{
    StatusIndicator *ind = m_indicators[indexOf(service)];
    if (!ind)
        return;
    const CertificateReport &c = ind->certificate();
    if (!c.presented || ind->certificateAlert() == StatusIndicator::CertificateAlert::Ok)
        return;
    auto *box =
        new QMessageBox(QMessageBox::Warning, tr("Server certificate"),
                        c.warning().isEmpty() ? tr("The certificate is not trusted.") : c.warning(),
                        QMessageBox::Close, m_window);
    box->setObjectName(QStringLiteral("statusCertificateBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setInformativeText(c.detailLines().join(QLatin1Char('\n')));
    if (c.canTrust() && !c.trusted) {
        QPushButton *trust = box->addButton(c.pinChanged ? tr("&Trust the new certificate")
                                                         : tr("&Trust this certificate"),
                                            QMessageBox::AcceptRole);
        trust->setObjectName(QStringLiteral("statusTrustCertificateButton"));
        const QList<SettingChange> changes = c.trustChanges(service);
        connect(trust, &QPushButton::clicked, this, [this, changes] { applyChanges(changes); });
    }
    box->open();
}

bool ServerCheckController::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::MouseButtonRelease ||
        (event->type() == QEvent::KeyPress &&
         (static_cast<QKeyEvent *>(event)->key() == Qt::Key_Return ||
          static_cast<QKeyEvent *>(event)->key() == Qt::Key_Space))) {
        for (int i = 0; i < 2; ++i) {
            if (watched == m_indicators[i])
                showCertificate(i == 0 ? ProbeService::Smtp : ProbeService::Pop3);
        }
    }
    return QObject::eventFilter(watched, event);
}

} // namespace mw
