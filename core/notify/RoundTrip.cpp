// SPDX-License-Identifier: GPL-3.0-or-later
#include "RoundTrip.h"

#include "delivery/TestMessage.h"
#include "diagnostics/DsnParser.h"
#include "protocol/Pop3Session.h"
#include "session/SmtpConfigFactory.h"

namespace mw {

namespace {

// The round-trip test message is small; anything much larger is not it.
constexpr qint64 kMaxRoundTripSize = 1024 * 1024;

} // namespace

RoundTrip::RoundTrip(QObject *parent)
    : QObject(parent)
{
    m_send = new TestSend(this);
    connect(m_send, &TestSend::finished, this, &RoundTrip::onSent);
    m_next.setSingleShot(true);
    connect(&m_next, &QTimer::timeout, this, &RoundTrip::look);
}

RoundTrip::~RoundTrip()
{
    if (m_session)
        m_session->disconnect(this);
}

QString RoundTrip::stepName(Step step)
{
    switch (step) {
    case Step::Send:
        return tr("Sent");
    case Step::Wait:
        return tr("Waiting for the message");
    case Step::Fetch:
        return tr("Fetched over POP3");
    case Step::Delete:
        return tr("Deleted from the mailbox");
    }
    return {};
}

void RoundTrip::start(const MailSettings &settings, const Credentials &credentials,
                      const Options &options)
{
    if (m_running)
        return;
    m_running = true;
    m_settings = settings;
    m_credentials = credentials;
    m_options = options;
    m_outcome = {};
    m_outcome.token = options.token.isEmpty() ? TestMessage::newToken() : options.token;
    m_seen.clear();
    m_clock.start();
    TestSend::Options o;
    o.token = m_outcome.token;
    o.tokens = options.tokens;
    o.capabilityMemory = options.capabilityMemory;
    Q_EMIT stepChanged(Step::Send, StepState::Running, 0);
    m_send->start(settings, credentials, o);
}

void RoundTrip::cancel()
{
    if (!m_running)
        return;
    if (m_send->isRunning()) {
        m_send->cancel(); // onSent() finishes with TestSend's Cancelled
        return;
    }
    if (m_session) {
        // The POP3 session ends without QUIT's commit: nothing is deleted.
        m_session->disconnect(this);
        m_session->cancel();
        m_session->deleteLater();
    }
    m_next.stop();
    finish(Result::failure(ErrorClass::Cancelled, Phase::Transaction, tr("Cancelled.")));
}

void RoundTrip::onSent(const Result &smtp)
{
    if (!m_running)
        return;
    m_outcome.smtp = smtp;
    m_outcome.recipient = m_send->recipient();
    m_outcome.messageId = m_send->messageId();
    m_outcome.sendMs = m_clock.elapsed();
    Q_EMIT stepChanged(Step::Send, smtp.ok ? StepState::Ok : StepState::Failed, m_outcome.sendMs);
    if (!smtp.ok) {
        finish(smtp);
        return;
    }
    m_outcome.sent = true;
    m_waitStartMs = m_outcome.sendMs;
    Q_EMIT sent(smtp);
    Q_EMIT stepChanged(Step::Wait, StepState::Running, 0);
    look();
}

void RoundTrip::look()
{
    // Each look is a new session: RFC 1939 §8 shows a maildrop as it was at login, so
    // mail that arrives during a session only shows up in the next one.
    m_candidates.clear();
    m_found = 0;
    m_readyCount = 0;
    m_lookStartMs = m_clock.elapsed();
    ++m_outcome.looks;
    auto *session = new Pop3Session(this);
    m_session = session;
    connect(session, &Pop3Session::ready, this, [this, session] {
        if (++m_readyCount == 1)
            session->list();
        else
            session->quit();
    });
    connect(session, &Pop3Session::listed, this,
            [this, session](const QList<Pop3MessageInfo> &list) {
                m_candidates = list;
                // Newest first: the test message is most likely the last one.
                for (auto it = list.crbegin(); it != list.crend(); ++it) {
                    if (it->size > kMaxRoundTripSize)
                        continue;
                    if (!it->uid.isEmpty() && m_seen.contains(it->uid))
                        continue;
                    session->retrieve(it->number);
                }
            });
    connect(session, &Pop3Session::retrieved, this,
            [this, session](int number, const QByteArray &content) {
                const QString value =
                    DsnParser::headerValue(content, TestMessage::TokenHeader).trimmed();
                if (value != m_outcome.token || m_found != 0)
                    return;
                m_found = number;
                m_outcome.found = true;
                m_outcome.delayMs = m_clock.elapsed();
                // Waiting: until the look that found it; fetching: that look up to here.
                Q_EMIT stepChanged(Step::Wait, StepState::Ok, m_lookStartMs - m_waitStartMs);
                Q_EMIT stepChanged(Step::Fetch, StepState::Ok, m_outcome.delayMs - m_lookStartMs);
                Q_EMIT stepChanged(Step::Delete, StepState::Running, 0);
                // Only the message that carries this run's token is deleted.
                session->remove(number);
            });
    connect(session, &Pop3Session::finished, this, &RoundTrip::onLookFinished);
    session->start(pop3ConfigFrom(m_settings, m_credentials));
}

void RoundTrip::onLookFinished(const Result &res)
{
    if (m_session)
        m_session->deleteLater();
    m_session = nullptr;
    m_outcome.pop3 = res;
    for (const Pop3MessageInfo &m : std::as_const(m_candidates)) {
        if (!m.uid.isEmpty() && m.number != m_found)
            m_seen.insert(m.uid);
    }
    const QString account = m_settings.pop3.username + QLatin1Char('@') + m_settings.pop3.host;
    if (!res.ok) {
        // A deletion the server refused also ends here: the message may still be there.
        Q_EMIT stepChanged(m_outcome.found ? Step::Delete : Step::Wait, StepState::Failed,
                           m_clock.elapsed() - m_waitStartMs);
        Result r = res;
        r.message =
            tr("The message was sent, but fetching it over POP3 failed: %1").arg(res.message);
        finish(r);
        return;
    }
    if (m_outcome.found) {
        m_outcome.deleted = true;
        Q_EMIT stepChanged(Step::Delete, StepState::Ok, m_clock.elapsed() - m_outcome.delayMs);
        Result r = res;
        r.message = tr("The test message came back through %1 after %2 ms; it was deleted from "
                       "the mailbox.")
                        .arg(account)
                        .arg(m_outcome.delayMs);
        finish(r);
        return;
    }
    const qint64 pollMs = m_options.pollSeconds * 1000LL;
    if (m_clock.elapsed() + pollMs > m_options.waitSeconds * 1000LL) {
        Q_EMIT stepChanged(Step::Wait, StepState::Failed, m_clock.elapsed() - m_waitStartMs);
        Result r = Result::failure(
            ErrorClass::Timeout, Phase::Transaction,
            tr("The test message was accepted for %1 but did not arrive in the POP3 mailbox "
               "%2 within %3 s.")
                .arg(m_outcome.recipient, account)
                .arg(m_options.waitSeconds));
        r.hint = tr("Check that this POP3 account receives the notification mailbox, and look "
                    "for a bounce in the bounced-alerts mailbox (mailwright-cli bounces).");
        finish(r);
        return;
    }
    Q_EMIT stepChanged(Step::Wait, StepState::Running, m_clock.elapsed() - m_waitStartMs);
    m_next.start(static_cast<int>(pollMs));
}

void RoundTrip::finish(const Result &result)
{
    m_running = false;
    m_outcome.result = result;
    Q_EMIT finished(m_outcome);
}

} // namespace mw
