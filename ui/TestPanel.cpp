// SPDX-License-Identifier: GPL-3.0-or-later
// Send Test and Verify addresses share the step list and the buttons; the result banner is
// TestPanelBanner.cpp, the round trip TestPanelRoundTrip.cpp.
#include "TestPanel.h"
#include "Icons.h"

#include "ServerCheckDialog.h"
#include "StepList.h"
#include "notify/StatusReport.h"
#include "session/CapabilityMemory.h"
#include "support/DiagnosticsReport.h"

#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace mw {

namespace {

// Rows of the step list, in the order a session normally goes through them.
const QList<Phase> &rowPhases()
{
    static const QList<Phase> rows{Phase::Resolve, Phase::Connect, Phase::Greeting,
                                   Phase::Ehlo,    Phase::Tls,     Phase::Auth,
                                   Phase::Mail,    Phase::Rcpt,    Phase::Data};
    return rows;
}

Phase rowPhase(Phase p)
{
    return p == Phase::StartTls ? Phase::Tls : p;
}

} // namespace

TestPanel::TestPanel(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("testPanel"));
    m_test = new TestSend(this);
    connect(m_test, &TestSend::stateChanged, this, &TestPanel::onState);
    connect(m_test, &TestSend::stageFinished, this, &TestPanel::onStage);
    connect(m_test, &TestSend::finished, this, &TestPanel::onFinished);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    auto *buttons = new QHBoxLayout;
    m_send = new QPushButton(appIcon(QStringLiteral("send")), tr("Send te&st"), this);
    m_send->setObjectName(QStringLiteral("sendTestButton"));
    m_send->setToolTip(tr("Send a test message to the system notification mailbox with the "
                          "settings as shown (saved or not)"));
    m_checkLogin = new QPushButton(tr("Chec&k login only"), this);
    m_checkLogin->setObjectName(QStringLiteral("checkLoginButton"));
    m_checkLogin->setToolTip(tr("Connect and log in, without sending a message"));
    m_cancel = new QPushButton(tr("Cancel"), this);
    m_cancel->setObjectName(QStringLiteral("cancelTestButton"));
    m_cancel->setVisible(false);
    m_verify = new QPushButton(tr("&Verify addresses"), this);
    m_verify->setObjectName(QStringLiteral("verifyAddressesButton"));
    m_verify->setToolTip(tr("Ask the server whether it accepts the bounce mailbox and every role "
                            "address (MAIL FROM, RCPT TO, RSET): nothing is sent"));
    m_verifier = new AddressVerifier(this);
    connect(m_verifier, &AddressVerifier::finished, this, &TestPanel::onVerified);
    buildRoundTrip(); // Send and fetch back, beside Send Test (TestPanelRoundTrip.cpp)
    for (QPushButton *b : {m_send, m_fetchBack, m_checkLogin, m_verify, m_cancel}) {
        b->setAutoDefault(false);
        buttons->addWidget(b);
    }
    buttons->addStretch();
    layout->addLayout(buttons);

    m_progress = new QLabel(this);
    m_progress->setObjectName(QStringLiteral("testProgress"));
    layout->addWidget(m_progress);

    m_steps = new StepList(this);
    m_steps->setObjectName(QStringLiteral("testSteps"));
    m_steps->setAccessibleName(tr("Test steps"));
    for (Phase p : rowPhases()) {
        auto *item = new QTreeWidgetItem(m_steps, {stepName(p), QString(), QString()});
        item->setData(0, Qt::UserRole, static_cast<int>(p));
        item->setTextAlignment(1, Qt::AlignCenter);
        item->setTextAlignment(2, Qt::AlignRight | Qt::AlignVCenter);
    }
    const int rowHeight = m_steps->sizeHintForRow(0) > 0 ? m_steps->sizeHintForRow(0) : 20;
    m_steps->setMinimumHeight(rowHeight * (rowPhases().size() + 1) + 2 * m_steps->frameWidth() + 4);
    layout->addWidget(m_steps);

    // The address list of Verify addresses and the round trip's step list are built when
    // first used (verifyResults(), TestPanelRoundTrip.cpp): hidden until then, and a
    // QTreeWidget costs the window's first paint 1.3 M instructions each.

    // The result banner with the transcript under it is built when a result is first shown
    // (banner(), TestPanelBanner.cpp): hidden until then.
    layout->addStretch();

    connect(m_send, &QPushButton::clicked, this, [this] { Q_EMIT testRequested(Phase::Done); });
    connect(m_checkLogin, &QPushButton::clicked, this,
            [this] { Q_EMIT testRequested(Phase::Auth); });
    connect(m_verify, &QPushButton::clicked, this, [this] { Q_EMIT testRequested(Phase::Rcpt); });
    connect(m_cancel, &QPushButton::clicked, this, &TestPanel::cancel);
}

QString TestPanel::stepName(Phase phase)
{
    switch (rowPhase(phase)) {
    case Phase::Resolve:
        return tr("Name lookup");
    case Phase::Connect:
        return tr("Connect");
    case Phase::Greeting:
        return tr("Greeting");
    case Phase::Ehlo:
        return tr("EHLO");
    case Phase::Tls:
        return tr("TLS");
    case Phase::Auth:
        return tr("AUTH (login)");
    case Phase::Mail:
        return tr("MAIL FROM");
    case Phase::Rcpt:
        return tr("RCPT TO");
    case Phase::Data:
        return tr("DATA (message)");
    default:
        return phaseId(phase);
    }
}

QString TestPanel::signedInText(const QString &mechanism)
{
    return tr("Signed in with %1").arg(mechanism);
}

bool TestPanel::isRunning() const
{
    return m_test->isRunning() || m_verifying || m_roundTrip->isRunning();
}

QTreeWidgetItem *TestPanel::rowFor(Phase phase) const
{
    const int index = rowPhases().indexOf(rowPhase(phase));
    return index < 0 ? nullptr : m_steps->topLevelItem(index);
}

void TestPanel::resetSteps(Phase stopAfter)
{
    m_ms.clear();
    for (int i = 0; i < m_steps->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_steps->topLevelItem(i);
        const auto p = static_cast<Phase>(item->data(0, Qt::UserRole).toInt());
        const bool inScope =
            stopAfter == Phase::Done || static_cast<int>(p) <= static_cast<int>(stopAfter);
        item->setText(0, stepName(p)); // the sign-in row named the mechanism last time
        item->setText(1, inScope ? QString() : QStringLiteral("—"));
        item->setText(2, QString());
        item->setForeground(1, palette().brush(QPalette::Text));
        item->setToolTip(1, inScope ? QString() : tr("Not part of this check"));
        item->setDisabled(!inScope);
    }
}

void TestPanel::start(const MailSettings &settings, const Credentials &credentials, Phase stopAfter)
{
    setPreparing(false);
    if (isRunning())
        return;
    m_settings = settings;
    m_stopAfter = stopAfter;
    m_result = {};
    resetSteps(stopAfter);
    if (m_roundTripBox)
        m_roundTripBox->setVisible(false);
    if (m_banner) {
        m_banner->setVisible(false);
        m_showTranscript->setChecked(false);
        m_transcript->setVisible(false);
    }
    if (m_verifyResults)
        m_verifyResults->setVisible(false);
    m_steps->setVisible(true);
    setRunning(true);
    TestSend::Options o;
    o.stopAfter = stopAfter;
    if (!credentials.accessToken.isEmpty())
        o.tokens = m_tokens;
    // Never with less than at the last good session: STARTTLS or a login method gone.
    if (!m_configPath.isEmpty())
        o.capabilityMemory = CapabilityMemory::defaultPathFor(m_configPath);
    m_test->start(settings, credentials, o);
}

void TestPanel::cancel()
{
    m_test->cancel();
    m_roundTrip->cancel();
    if (m_verifying) {
        m_verifier->cancel();
        m_verifying = false;
        setRunning(false);
        m_progress->setText(tr("Cancelled."));
    }
}

void TestPanel::startVerify(const MailSettings &settings, const Credentials &credentials)
{
    setPreparing(false);
    if (isRunning())
        return;
    m_settings = settings;
    m_stopAfter = Phase::Rcpt;
    m_result = {};
    if (m_banner) {
        m_banner->setVisible(false);
        m_transcript->setVisible(false);
    }
    m_steps->setVisible(false);
    if (m_roundTripBox)
        m_roundTripBox->setVisible(false);
    QTreeWidget *rows = verifyResults();
    rows->clear();
    const QList<AddressVerifier::AddressCheck> roles = AddressVerifier::roles(settings);
    for (const AddressVerifier::AddressCheck &c : roles) {
        auto *item = new QTreeWidgetItem(rows, {c.role, c.address, QString(), QString()});
        item->setText(2, c.address.isEmpty() ? QStringLiteral("—") : QStringLiteral("…"));
    }
    rows->setVisible(true);
    m_verifying = true;
    setRunning(true);
    m_progress->setText(
        tr("Verifying %n address(es) without sending…", nullptr, int(roles.size())));
    m_verifier->start(settings, credentials);
}

void TestPanel::onVerified(const Result &result, const QList<AddressVerifier::AddressCheck> &checks)
{
    if (!m_verifying)
        return;
    m_verifying = false;
    m_result = result;
    setRunning(false);
    QTreeWidget *rows = verifyResults();
    rows->clear();
    int accepted = 0;
    int rejected = 0;
    for (const AddressVerifier::AddressCheck &c : checks) {
        auto *item = new QTreeWidgetItem(rows);
        item->setText(0, c.role);
        item->setText(1, c.address.isEmpty() ? tr("(not set)") : c.address);
        switch (c.verdict) {
        case AddressVerifier::Verdict::Accepted:
            item->setText(2, tr("✓ accepted"));
            item->setForeground(2, QColor(0x2e, 0xa0, 0x43));
            ++accepted;
            break;
        case AddressVerifier::Verdict::Rejected:
            item->setText(2, tr("✗ refused"));
            item->setForeground(2, QColor(0xd9, 0x30, 0x25));
            ++rejected;
            break;
        case AddressVerifier::Verdict::NotChecked:
            item->setText(2, QStringLiteral("—"));
            break;
        }
        item->setText(3, c.serverReply);
        item->setToolTip(3, c.serverReply);
    }
    QString server = QStringLiteral("%1:%2").arg(m_settings.smtp.host).arg(m_settings.smtp.port);
    if (m_settings.smtpServer == MailSettings::SmtpServer::Backup)
        server = tr("the backup server %1").arg(server);
    // The session "fails" when the server refuses a recipient: the answers still came.
    if (result.ok || accepted + rejected > 0)
        showBanner(rejected == 0,
                   rejected == 0
                       ? tr("The server accepts every address (%n checked).", nullptr, accepted)
                       : tr("The server refuses %n address(es).", nullptr, rejected),
                   rejected == 0 ? QString()
                                 : tr("Correct the refused addresses on the Mailboxes and Copies "
                                      "tabs, or ask the server's administrator."),
                   QString(),
                   tr("Checked against %1 with MAIL FROM, RCPT TO and RSET; no message "
                      "was sent.")
                       .arg(server));
    else
        showBanner(false, result.message, result.hint,
                   result.serverReply.isEmpty()
                       ? QString()
                       : tr("The server said: “%1”").arg(result.serverReply),
                   tr("No message was sent."));
    showRemedies(result);
    m_progress->setText(tr("Finished."));
    Q_EMIT verifyFinished(result, checks);
}

QTreeWidget *TestPanel::verifyResults()
{
    if (m_verifyResults)
        return m_verifyResults;
    m_verifyResults = new QTreeWidget(this);
    m_verifyResults->setObjectName(QStringLiteral("verifyResults"));
    m_verifyResults->setAccessibleName(tr("Address verification"));
    m_verifyResults->setRootIsDecorated(false);
    m_verifyResults->setColumnCount(4);
    m_verifyResults->setHeaderLabels({tr("Role"), tr("Address"), tr("Result"), tr("Server reply")});
    m_verifyResults->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_verifyResults->header()->setStretchLastSection(true);
    m_verifyResults->setSelectionMode(QAbstractItemView::NoSelection);
    m_verifyResults->setVisible(false);
    // Where it was when the panel built it with everything else: above the banner (built or
    // not: then before the closing stretch).
    auto *box = static_cast<QVBoxLayout *>(layout());
    box->insertWidget(m_banner ? box->indexOf(m_banner) : box->count() - 1, m_verifyResults);
    return m_verifyResults;
}

void TestPanel::setPreparing(bool on)
{
    m_send->setEnabled(!on);
    m_fetchBack->setEnabled(!on && m_roundTripAvailable);
    m_checkLogin->setEnabled(!on);
    m_verify->setEnabled(!on);
    if (on)
        m_progress->setText(tr("Preparing…"));
}

void TestPanel::setRunning(bool running)
{
    m_send->setEnabled(!running);
    m_fetchBack->setEnabled(!running && m_roundTripAvailable);
    m_checkLogin->setEnabled(!running);
    m_verify->setEnabled(!running);
    m_cancel->setVisible(running);
    if (running)
        m_cancel->setFocus(); // Space/Enter cancels; focus was on the button just pressed
    else if (m_cancel->hasFocus())
        m_send->setFocus();
}

void TestPanel::onState(Phase phase)
{
    QTreeWidgetItem *item = rowFor(phase);
    if (!item)
        return;
    if (item->text(1).isEmpty())
        item->setText(1, QStringLiteral("…"));
    m_progress->setText(tr("%1…").arg(stepName(phase)));
}

void TestPanel::onStage(const StageTiming &stage)
{
    QTreeWidgetItem *item = rowFor(stage.phase);
    if (!item)
        return;
    const int row = m_steps->indexOfTopLevelItem(item);
    m_ms[row] += stage.ms;
    item->setText(1, stage.ok ? QStringLiteral("✓") : QStringLiteral("✗"));
    item->setForeground(1, stage.ok ? QColor(0x2e, 0xa0, 0x43) : QColor(0xd9, 0x30, 0x25));
    item->setText(2, tr("%1 ms").arg(m_ms.value(row)));
    item->setToolTip(1, stage.ok ? tr("Succeeded") : tr("Failed"));
}

void TestPanel::onFinished(const Result &result)
{
    m_result = result;
    setRunning(false);
    for (int i = 0; i < m_steps->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_steps->topLevelItem(i);
        if (item->text(1).isEmpty() || item->text(1) == QStringLiteral("…")) {
            item->setText(1, QStringLiteral("—"));
            item->setToolTip(1,
                             result.ok ? tr("Not needed with these settings") : tr("Not reached"));
        }
    }
    // The sign-in row names the mechanism the server accepted (auto picks the strongest).
    if (QTreeWidgetItem *auth = rowFor(Phase::Auth);
        auth && !result.authMechanismUsed.isEmpty() && auth->text(1) == QStringLiteral("✓")) {
        auth->setText(0, signedInText(result.authMechanismUsed));
        auth->setToolTip(0, auth->text(0));
    }
    if (m_stopAfter == Phase::Done && !m_configPath.isEmpty()) // the remote status report
        StatusReport::recordSendTest(m_configPath, m_settings, result);
    QString server = QStringLiteral("%1:%2").arg(m_settings.smtp.host).arg(m_settings.smtp.port);
    if (m_settings.smtpServer == MailSettings::SmtpServer::Backup)
        server = tr("the backup server %1").arg(server);
    QString where;
    if (result.ok && m_stopAfter == Phase::Done) {
        where = tr("Sent to %1 through %2. Check that it arrived in that mailbox.")
                    .arg(m_test->recipient(), server);
        if (!m_test->messageId().isEmpty())
            where += QLatin1Char(' ') + tr("Message-ID: %1").arg(m_test->messageId());
    } else if (m_stopAfter == Phase::Done) {
        where = tr("The test was for %1 through %2; it was not delivered.")
                    .arg(m_test->recipient().isEmpty() ? tr("(no recipient)") : m_test->recipient(),
                         server);
    } else {
        where = tr("Login check against %1; no message was sent.").arg(server);
    }
    if (result.ok && result.endedInClear)
        where += QLatin1Char(' ') + tr("Note: the connection was not encrypted.");
    QString title;
    if (result.ok)
        title = m_stopAfter == Phase::Done ? tr("The test message was accepted by the server.")
                : result.authMechanismUsed.isEmpty()
                    ? tr("The server answered; no login is configured.")
                    : tr("The server accepted the login (%1).").arg(result.authMechanismUsed);
    else
        title = result.message;
    showBanner(result.ok, title, result.ok ? QString() : result.hint,
               result.serverReply.isEmpty() ? QString()
                                            : tr("The server said: “%1”").arg(result.serverReply),
               where);
    m_progress->setText(result.ok ? tr("Finished.")
                                  : tr("Failed at: %1").arg(stepName(result.phase)));
    showRemedies(result);
    Q_EMIT finished(result);
}

void TestPanel::showProblem(const QString &message, const QString &hint)
{
    setPreparing(false);
    m_result = Result::failure(ErrorClass::Config, Phase::Idle, message);
    m_result.hint = hint;
    showBanner(false, message, hint, QString(), QString());
    m_progress->setText(tr("Not started."));
}

QString TestPanel::diagnostics() const
{
    return DiagnosticsReport::build(m_settings, m_configPath, m_result, m_test->transcript(),
                                    m_test->recipient());
}

} // namespace mw
