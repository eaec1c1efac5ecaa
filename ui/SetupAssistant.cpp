// SPDX-License-Identifier: GPL-3.0-or-later
#include "SetupAssistant.h"

#include "ProbeText.h"
#include "Tint.h"

#include <QCheckBox>
#include <QCloseEvent>
#include <QColor>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalBlocker>
#include <QStackedWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace mw {

namespace {

enum Page { AddressPage, DetectPage, TestPage };

QPushButton *button(const QString &text, const char *name, QWidget *parent)
{
    auto *b = new QPushButton(text, parent);
    b->setObjectName(QString::fromLatin1(name));
    b->setAutoDefault(false);
    return b;
}

} // namespace

SetupAssistant::SetupAssistant(QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("setupAssistant"));
    setWindowTitle(tr("Set up from an e-mail address"));
    setSizeGripEnabled(true);
    m_detector = new AutoDetector(this);
    connect(m_detector, &AutoDetector::candidateProbed, this, [this](const DetectedCandidate &c) {
        ++m_probed;
        m_status->setText(tr("Probing the servers found: %n checked…", nullptr, m_probed));
        Q_UNUSED(c)
    });
    connect(m_detector, &AutoDetector::finished, this, &SetupAssistant::onFinished);

    auto *layout = new QVBoxLayout(this);
    m_pages = new QStackedWidget(this);
    m_pages->setObjectName(QStringLiteral("setupPages"));
    layout->addWidget(m_pages);

    // 1. The address and how to sign in.
    auto *addressPage = new QWidget(m_pages);
    addressPage->setObjectName(QStringLiteral("setupAddressPage"));
    auto *al = new QVBoxLayout(addressPage);
    auto *intro = wrapLabel(QStringLiteral("setupIntro"), addressPage);
    intro->setText(tr("Type the address the notifications are sent from. Mailwright looks up "
                      "its mail servers (known providers, the domain's autoconfig document, "
                      "DNS records), tries every one, and proposes the safest that works."));
    al->addWidget(intro);
    auto *form = new QFormLayout;
    m_address = new QLineEdit(addressPage);
    m_address->setObjectName(QStringLiteral("setupAddress"));
    m_address->setAccessibleName(tr("E-mail address"));
    m_address->setPlaceholderText(tr("alerts@example.com"));
    form->addRow(tr("E-mail &address:"), m_address);
    m_password = new QLineEdit(addressPage);
    m_password->setObjectName(QStringLiteral("setupPassword"));
    m_password->setAccessibleName(tr("Password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("kept in the secret store, never in the settings file"));
    form->addRow(tr("&Password:"), m_password);
    m_useOAuth = new QCheckBox(addressPage);
    m_useOAuth->setObjectName(QStringLiteral("setupUseOAuth"));
    m_useOAuth->setVisible(false);
    form->addRow(QString(), m_useOAuth);
    al->addLayout(form);
    m_addressProblem = wrapLabel(QStringLiteral("setupAddressProblem"), addressPage);
    m_addressProblem->setVisible(false);
    al->addWidget(m_addressProblem);
    al->addStretch();
    auto *ab = new QHBoxLayout;
    auto *manual = button(tr("Set up &manually"), "setupManualButton", addressPage);
    manual->setToolTip(tr("Close this assistant and fill in the tabs yourself"));
    m_find = button(tr("&Find settings"), "setupFindButton", addressPage);
    m_find->setDefault(true);
    ab->addWidget(manual);
    ab->addStretch();
    ab->addWidget(m_find);
    al->addLayout(ab);
    m_pages->addWidget(addressPage);

    // 2. Every candidate, probed, with its source; the proposal under the list.
    auto *detectPage = new QWidget(m_pages);
    detectPage->setObjectName(QStringLiteral("setupDetectPage"));
    auto *dl = new QVBoxLayout(detectPage);
    m_progress = new QProgressBar(detectPage);
    m_progress->setObjectName(QStringLiteral("setupProgress"));
    m_progress->setTextVisible(false);
    m_progress->setAccessibleName(tr("Search progress"));
    dl->addWidget(m_progress);
    m_status = wrapLabel(QStringLiteral("setupStatus"), detectPage);
    dl->addWidget(m_status);
    m_candidates = new QTreeWidget(detectPage);
    m_candidates->setObjectName(QStringLiteral("setupCandidates"));
    m_candidates->setAccessibleName(tr("Servers found"));
    m_candidates->setRootIsDecorated(false);
    m_candidates->setColumnCount(5);
    m_candidates->setHeaderLabels(
        {tr("Server"), tr("Port"), tr("Security"), tr("Found by"), tr("Result")});
    m_candidates->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_candidates->header()->setStretchLastSection(true);
    dl->addWidget(m_candidates, 1);
    m_why = wrapLabel(QStringLiteral("setupProposal"), detectPage);
    dl->addWidget(m_why);
    auto *loginForm = new QFormLayout;
    m_login = new QLineEdit(detectPage);
    m_login->setObjectName(QStringLiteral("setupLogin"));
    m_login->setAccessibleName(tr("Login name"));
    loginForm->addRow(tr("&Login name:"), m_login);
    dl->addLayout(loginForm);
    m_confirmForeign = new QCheckBox(detectPage);
    m_confirmForeign->setObjectName(QStringLiteral("setupConfirmForeign"));
    m_confirmForeign->setVisible(false);
    dl->addWidget(m_confirmForeign);
    auto *db = new QHBoxLayout;
    auto *back = button(tr("&Back"), "setupBackButton", detectPage);
    m_cancel = button(tr("Cancel"), "setupCancelButton", detectPage);
    m_use = button(tr("&Use these settings"), "setupUseButton", detectPage);
    db->addWidget(back);
    db->addWidget(m_cancel);
    db->addStretch();
    db->addWidget(m_use);
    dl->addLayout(db);
    m_pages->addWidget(detectPage);

    // 3. Proof, then Save.
    auto *testPage = new QWidget(m_pages);
    testPage->setObjectName(QStringLiteral("setupTestPage"));
    auto *tl = new QVBoxLayout(testPage);
    m_testStatus = wrapLabel(QStringLiteral("setupTestStatus"), testPage);
    tl->addWidget(m_testStatus);
    tl->addStretch();
    auto *tb = new QHBoxLayout;
    auto *change = button(tr("&Choose another server"), "setupChangeButton", testPage);
    m_sendTest = button(tr("Send &test message"), "setupSendTestButton", testPage);
    m_save = button(tr("&Save"), "setupSaveButton", testPage);
    tb->addWidget(change);
    tb->addStretch();
    tb->addWidget(m_sendTest);
    tb->addWidget(m_save);
    tl->addLayout(tb);
    m_pages->addWidget(testPage);

    connect(m_find, &QPushButton::clicked, this, &SetupAssistant::start);
    connect(m_address, &QLineEdit::returnPressed, this, &SetupAssistant::start);
    connect(m_password, &QLineEdit::returnPressed, this, &SetupAssistant::start);
    connect(m_address, &QLineEdit::textChanged, this, &SetupAssistant::updateOAuthOffer);
    connect(m_useOAuth, &QCheckBox::toggled, m_password, &QWidget::setDisabled);
    connect(m_useOAuth, &QCheckBox::toggled, this, &SetupAssistant::updateProposal);
    connect(manual, &QPushButton::clicked, this, [this] {
        cancel();
        Q_EMIT manualRequested();
        close();
    });
    connect(m_cancel, &QPushButton::clicked, this, &SetupAssistant::cancel);
    connect(back, &QPushButton::clicked, this, &SetupAssistant::cancel);
    connect(change, &QPushButton::clicked, this, [this] { m_pages->setCurrentIndex(DetectPage); });
    connect(m_candidates, &QTreeWidget::currentItemChanged, this, [this] {
        {
            // A confirmation is for one host: a new selection asks again.
            const QSignalBlocker block(m_confirmForeign);
            m_confirmForeign->setChecked(false);
        }
        updateProposal();
    });
    connect(m_confirmForeign, &QCheckBox::toggled, this, &SetupAssistant::updateProposal);
    connect(m_login, &QLineEdit::textEdited, this, &SetupAssistant::updateProposal);
    connect(m_use, &QPushButton::clicked, this, [this] {
        if (m_proposal.isEmpty())
            return;
        const bool oauth = !oauthProvider().isEmpty() && m_useOAuth->isChecked();
        Q_EMIT applyRequested(m_proposal.changes, oauth ? QString() : m_password->text(),
                              m_proposal.candidate.probe);
        m_testStatus->setText(
            tr("These settings are now in the form (not saved yet):\n%1\n\n")
                .arg(ProbeText::changes(m_proposal.changes)) +
            (oauth ? tr("Type the OAuth2 client ID on the Authentication tab, Save, and sign in "
                        "there; then send a test message.")
                   : tr("Send a test message to prove them, then Save.")));
        m_pages->setCurrentIndex(TestPage);
        m_sendTest->setFocus();
    });
    connect(m_sendTest, &QPushButton::clicked, this, [this] {
        m_sendTest->setEnabled(false);
        m_testStatus->setText(tr("Sending a test message…"));
        Q_EMIT sendTestRequested();
    });
    connect(m_save, &QPushButton::clicked, this, [this] {
        m_save->setEnabled(false);
        Q_EMIT saveRequested();
    });
    resize(760, 560);
}

SetupAssistant::~SetupAssistant()
{
    m_detector->cancel();
}

QString SetupAssistant::oauthProvider() const
{
    const QString domain = m_address->text().trimmed().section(QLatin1Char('@'), -1);
    return SetupProposal::oauthProviderFor(domain);
}

void SetupAssistant::updateOAuthOffer()
{
    const QString provider = oauthProvider();
    m_useOAuth->setVisible(!provider.isEmpty());
    if (!provider.isEmpty())
        m_useOAuth->setText(
            tr("Sign in with %1 (OAuth2) instead of a password")
                .arg(provider == QLatin1String("google") ? tr("Google") : tr("Microsoft")));
}

void SetupAssistant::start()
{
    const QString address = m_address->text().trimmed();
    const int at = address.indexOf(QLatin1Char('@'));
    if (at <= 0 || at == address.size() - 1) {
        // Said when the admin asks for the search, not while typing.
        m_addressProblem->setText(tr("Type the whole address, for example alerts@example.com."));
        m_addressProblem->setVisible(true);
        m_address->setFocus();
        return;
    }
    m_addressProblem->setVisible(false);
    m_detector->cancel();
    m_report = {};
    m_proposal = {};
    m_probed = 0;
    m_candidates->clear();
    m_why->clear();
    m_login->clear();
    m_confirmForeign->setVisible(false);
    m_use->setEnabled(false);
    m_progress->setRange(0, 0); // busy
    m_status->setText(tr("Looking up the servers of %1…").arg(address.mid(at + 1)));
    m_cancel->setVisible(true);
    m_pages->setCurrentIndex(DetectPage);
    m_cancel->setFocus();
    // The assistant never takes a foreign host without the admin's confirmation, and it
    // sets up SMTP only (POP3 stays on its tab).
    AutoDetector::Options o = m_options;
    o.acceptForeignHosts = false;
    o.pop3 = false;
    o.probe = true;
    m_detector->start(address, o);
}

void SetupAssistant::cancel()
{
    m_detector->cancel();
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    m_cancel->setVisible(false);
    m_pages->setCurrentIndex(AddressPage);
    m_address->setFocus();
}

void SetupAssistant::onFinished(const DetectionReport &report)
{
    m_report = report;
    m_progress->setRange(0, 1);
    m_progress->setValue(1);
    m_cancel->setVisible(false);
    if (!report.error.isEmpty()) {
        m_status->setText(report.error);
        return;
    }
    int working = 0;
    QTreeWidgetItem *best = nullptr;
    const DetectedCandidate *recommended = report.recommended(ProbeService::Smtp);
    for (int i = 0; i < report.candidates.size(); ++i) {
        const DetectedCandidate &c = report.candidates.at(i);
        if (c.service != ProbeService::Smtp)
            continue;
        auto *item = new QTreeWidgetItem(m_candidates);
        item->setText(0, c.host);
        item->setText(1, QString::number(c.port));
        item->setText(2, securityModeName(c.mode, c.service));
        item->setText(3, SetupProposal::sourceName(c.source));
        item->setToolTip(3, c.sources.join(QLatin1Char('\n')));
        QString result = c.foreign ? QStringLiteral("⚠ ") : QString();
        if (!c.probed)
            result += tr("not probed: %1").arg(c.skipped);
        else
            result += (c.offered() ? ProbeText::mark(c.probe) : QStringLiteral("✗")) +
                      QLatin1Char(' ') + c.probe.verdict;
        item->setText(4, result);
        item->setToolTip(4, c.probed ? ProbeText::details(c.probe) : c.skipped);
        item->setData(0, Qt::UserRole, i);
        if (c.offered())
            ++working;
        else
            item->setForeground(4, QColor(0x9e, 0x9e, 0x9e));
        if (&c == recommended)
            best = item;
    }
    m_status->setText(tr("%n working server(s) found; every one was tried before it is offered.",
                         nullptr, working));
    if (!best && !report.smtp.recommendation.isEmpty())
        m_status->setText(m_status->text() + QLatin1Char('\n') + report.smtp.recommendation);
    m_candidates->setCurrentItem(best ? best : m_candidates->topLevelItem(0));
    updateProposal();
    m_use->setFocus();
}

const DetectedCandidate *SetupAssistant::selected() const
{
    QTreeWidgetItem *item = m_candidates->currentItem();
    if (!item)
        return nullptr;
    const int i = item->data(0, Qt::UserRole).toInt();
    return i >= 0 && i < m_report.candidates.size() ? &m_report.candidates.at(i) : nullptr;
}

void SetupAssistant::updateProposal()
{
    const DetectedCandidate *c = selected();
    const bool foreign = c && c->foreign && c->offered();
    m_confirmForeign->setVisible(foreign);
    if (foreign)
        m_confirmForeign->setText(
            tr("I have checked that %1 is the mail server of %2").arg(c->host, m_report.domain));
    m_proposal = SetupProposal::make(m_report, m_settings, m_address->text(), m_login->text(),
                                     m_options.trust.caFile, c, m_confirmForeign->isChecked(),
                                     !oauthProvider().isEmpty() && m_useOAuth->isChecked());
    if (m_login->text().isEmpty()) {
        for (const SettingChange &s : std::as_const(m_proposal.changes)) {
            if (s.key == QLatin1String("smtp/username"))
                m_login->setText(s.value);
        }
    }
    if (!c)
        m_why->setText(tr("No server was found for this address: set it up manually."));
    else if (m_proposal.isEmpty())
        m_why->setText(foreign ? c->warning
                       : c->offered()
                           ? m_report.refusal(*c)
                           : tr("%1 did not answer the probe: it cannot be used.").arg(c->host));
    else
        m_why->setText(tr("Proposed: %1").arg(m_proposal.why));
    m_use->setEnabled(!m_proposal.isEmpty());
}

void SetupAssistant::testFinished(const Result &result)
{
    m_sendTest->setEnabled(true);
    if (result.ok)
        m_testStatus->setText(tr("✓ The test message was sent. Save keeps these settings."));
    else
        m_testStatus->setText(tr("✗ %1\n%2\nThe Test panel of the window has the details.")
                                  .arg(result.message, result.hint));
}

void SetupAssistant::saveFinished(bool ok)
{
    m_save->setEnabled(true);
    if (!ok) {
        m_testStatus->setText(tr("The settings could not be saved: the window says why."));
        return;
    }
    accept();
}

void SetupAssistant::closeEvent(QCloseEvent *event)
{
    m_detector->cancel();
    QDialog::closeEvent(event);
}

} // namespace mw
