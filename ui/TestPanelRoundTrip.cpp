// SPDX-License-Identifier: GPL-3.0-or-later
// TestPanel, continued: "Send and fetch back", the round trip (RoundTrip, the same operation
// as mailwright-cli test --roundtrip) with its own step list and the end-to-end delay.
#include "StepList.h"
#include "TestPanel.h"

#include "session/CapabilityMemory.h"

#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace mw {

namespace {

const QList<RoundTrip::Step> &roundTripRows()
{
    static const QList<RoundTrip::Step> rows{RoundTrip::Step::Send, RoundTrip::Step::Wait,
                                             RoundTrip::Step::Fetch, RoundTrip::Step::Delete};
    return rows;
}

} // namespace

void TestPanel::buildRoundTrip()
{
    m_roundTrip = new RoundTrip(this);
    connect(m_roundTrip, &RoundTrip::stepChanged, this, &TestPanel::onRoundTripStep);
    connect(m_roundTrip, &RoundTrip::finished, this, &TestPanel::onRoundTripFinished);
    m_roundTripOptions.waitSeconds = 120;
    m_roundTripOptions.pollSeconds = 2;

    m_fetchBack = new QPushButton(tr("Send and &fetch back"), this);
    m_fetchBack->setObjectName(QStringLiteral("roundTripButton"));
    m_fetchBack->setEnabled(false);
    connect(m_fetchBack, &QPushButton::clicked, this, [this] { Q_EMIT roundTripRequested(); });

    // Its step list is built when the first round trip starts (roundTripBox()).
}

QWidget *TestPanel::roundTripBox()
{
    if (m_roundTripBox)
        return m_roundTripBox;
    m_roundTripBox = new QWidget(this);
    m_roundTripBox->setObjectName(QStringLiteral("roundTripBox"));
    auto *l = new QVBoxLayout(m_roundTripBox);
    l->setContentsMargins(0, 0, 0, 0);
    m_roundTripSteps = new StepList(m_roundTripBox);
    m_roundTripSteps->setObjectName(QStringLiteral("roundTripSteps"));
    m_roundTripSteps->setAccessibleName(tr("Round trip steps"));
    for (RoundTrip::Step step : roundTripRows()) {
        auto *item = new QTreeWidgetItem(m_roundTripSteps, {RoundTrip::stepName(step), {}, {}});
        item->setTextAlignment(1, Qt::AlignCenter);
        item->setTextAlignment(2, Qt::AlignRight | Qt::AlignVCenter);
    }
    const int rowHeight =
        m_roundTripSteps->sizeHintForRow(0) > 0 ? m_roundTripSteps->sizeHintForRow(0) : 20;
    m_roundTripSteps->setMinimumHeight(rowHeight * (roundTripRows().size() + 1) +
                                       2 * m_roundTripSteps->frameWidth() + 4);
    l->addWidget(m_roundTripSteps);
    m_roundTripDelay = new QLabel(m_roundTripBox);
    m_roundTripDelay->setObjectName(QStringLiteral("roundTripDelay"));
    m_roundTripDelay->setTextFormat(Qt::PlainText);
    m_roundTripDelay->setTextInteractionFlags(Qt::TextSelectableByMouse);
    l->addWidget(m_roundTripDelay);
    m_roundTripBox->setVisible(false);
    // Where it was when the panel built it with everything else: under Send Test's steps.
    auto *box = static_cast<QVBoxLayout *>(layout());
    box->insertWidget(box->indexOf(m_steps) + 1, m_roundTripBox);
    return m_roundTripBox;
}

void TestPanel::setRoundTripAvailable(bool available, const QString &why)
{
    m_roundTripAvailable = available;
    m_fetchBack->setToolTip(
        available ? tr("Send the test message to the notification mailbox, fetch it back over "
                       "POP3, delete it there and show the end-to-end delay")
                  : why);
    m_fetchBack->setEnabled(available && !isRunning() && m_send->isEnabled());
}

void TestPanel::setRoundTripTiming(int waitSeconds, int pollSeconds)
{
    m_roundTripOptions.waitSeconds = waitSeconds;
    m_roundTripOptions.pollSeconds = pollSeconds;
}

void TestPanel::startRoundTrip(const MailSettings &settings, const Credentials &credentials)
{
    setPreparing(false);
    if (isRunning())
        return;
    m_settings = settings;
    m_stopAfter = Phase::Done;
    m_result = {};
    if (m_banner) {
        m_banner->setVisible(false);
        m_showTranscript->setChecked(false);
        m_transcript->setVisible(false);
    }
    if (m_verifyResults)
        m_verifyResults->setVisible(false);
    m_steps->setVisible(false);
    roundTripBox();
    for (int i = 0; i < m_roundTripSteps->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_roundTripSteps->topLevelItem(i);
        item->setText(1, QString());
        item->setText(2, QString());
        item->setToolTip(1, QString());
        item->setForeground(1, palette().brush(QPalette::Text));
    }
    m_roundTripDelay->clear();
    m_roundTripBox->setVisible(true);
    RoundTrip::Options o = m_roundTripOptions;
    if (!credentials.accessToken.isEmpty())
        o.tokens = m_tokens;
    // Never with less than at the last good session, as Send Test.
    if (!m_configPath.isEmpty())
        o.capabilityMemory = CapabilityMemory::defaultPathFor(m_configPath);
    m_roundTrip->start(settings, credentials, o);
    setRunning(m_roundTrip->isRunning());
}

void TestPanel::onRoundTripStep(RoundTrip::Step step, RoundTrip::StepState state, qint64 ms)
{
    roundTripBox();
    QTreeWidgetItem *item = m_roundTripSteps->topLevelItem(int(roundTripRows().indexOf(step)));
    if (!item)
        return;
    switch (state) {
    case RoundTrip::StepState::Running:
        item->setText(1, QStringLiteral("…"));
        item->setText(2, ms > 0 ? tr("%1 s").arg(ms / 1000) : QString());
        m_progress->setText(tr("%1…").arg(RoundTrip::stepName(step)));
        break;
    case RoundTrip::StepState::Ok:
    case RoundTrip::StepState::Failed: {
        const bool ok = state == RoundTrip::StepState::Ok;
        item->setText(1, ok ? QStringLiteral("✓") : QStringLiteral("✗"));
        item->setForeground(1, ok ? QColor(0x2e, 0xa0, 0x43) : QColor(0xd9, 0x30, 0x25));
        item->setToolTip(1, ok ? tr("Succeeded") : tr("Failed"));
        item->setText(2, tr("%1 ms").arg(ms));
        break;
    }
    }
}

void TestPanel::onRoundTripFinished(const RoundTrip::Outcome &outcome)
{
    const Result &result = outcome.result;
    m_result = result;
    setRunning(false);
    roundTripBox();
    for (int i = 0; i < m_roundTripSteps->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_roundTripSteps->topLevelItem(i);
        if (item->text(1).isEmpty() || item->text(1) == QStringLiteral("…")) {
            item->setText(1, QStringLiteral("—"));
            item->setToolTip(1, tr("Not reached"));
        }
    }
    if (outcome.found)
        m_roundTripDelay->setText(tr("End-to-end delay: %1 ms").arg(outcome.delayMs));
    else
        m_roundTripDelay->setText(tr("The message was not fetched back."));
    QString where;
    const QString account = m_settings.pop3.username + QLatin1Char('@') + m_settings.pop3.host;
    if (outcome.found)
        where =
            tr("Sent to %1 and fetched back over POP3 from %2.").arg(outcome.recipient, account);
    else if (outcome.sent)
        where =
            tr("Sent to %1; looked for it over POP3 in %2 (%n look(s)).", nullptr, outcome.looks)
                .arg(outcome.recipient, account);
    else
        where = tr("The test for %1 was not delivered.")
                    .arg(outcome.recipient.isEmpty() ? tr("(no recipient)") : outcome.recipient);
    if (!outcome.messageId.isEmpty())
        where += QLatin1Char(' ') + tr("Message-ID: %1").arg(outcome.messageId);
    showBanner(result.ok, result.message, result.ok ? QString() : result.hint,
               result.serverReply.isEmpty() ? QString()
                                            : tr("The server said: “%1”").arg(result.serverReply),
               where);
    // The transcript button shows the Send Test's, not this one's.
    m_showTranscript->setVisible(false);
    m_progress->setText(result.ok ? tr("Finished.") : tr("Failed."));
    // A certificate or mode fix is for the SMTP part (the POP3 one has its own indicator).
    showRemedies(outcome.sent ? outcome.smtp : result);
    Q_EMIT roundTripFinished(outcome);
}

} // namespace mw
