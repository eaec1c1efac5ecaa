// SPDX-License-Identifier: GPL-3.0-or-later
#include "SmtpTransaction.h"

#include "SmtpSession.h"
#include "SmtpWire.h"

namespace mw {

SmtpTransaction::SmtpTransaction(SmtpSession &session)
    : m_s(session)
{}

void SmtpTransaction::reset(const QList<Envelope> &messages)
{
    m_messages = messages;
    m_outcomes = QList<MessageOutcome>(messages.size());
    m_current = -1;
    m_dotSent = false;
}

void SmtpTransaction::startNext()
{
    ++m_current;
    if (m_current >= m_messages.size()) {
        m_s.sendQuit();
        return;
    }
    const Envelope &env = m_messages.at(m_current);
    m_outcomes[m_current] = {};
    m_rcptIndex = 0;
    m_rcptAccepted = 0;
    m_lastRcptReply.clear();
    m_dotSent = false;
    m_s.setState(Phase::Mail);

    const smtp::PreparedMessage prepared = smtp::prepareMessage(env, m_s.m_caps);
    if (!prepared.ok) {
        finishMessage(MessageOutcome::State::Rejected, prepared.errorClass, prepared.phase,
                      prepared.error);
        startNext();
        return;
    }
    m_data = prepared.data;

    const bool pipeline = m_s.m_caps.pipelining && m_s.m_stopAfter == Phase::Done;
    if (!pipeline) {
        m_s.m_expect.append(SmtpPending::Mail);
        m_s.sendCommand(prepared.mail, Phase::Mail);
        return;
    }
    if (m_s.m_expect.isEmpty() && m_s.rejectUnsolicited())
        return;
    // RFC 2920 §3.1: MAIL, every RCPT and DATA go in one flight.
    QByteArray flight;
    m_s.m_transcript.client(QString::fromUtf8(prepared.mail));
    flight += prepared.mail + "\r\n";
    m_s.m_expect.append(SmtpPending::Mail);
    for (const QByteArray &r : prepared.rcpts) {
        m_s.m_transcript.client(QString::fromUtf8(r));
        flight += r + "\r\n";
        m_s.m_expect.append(SmtpPending::Rcpt);
    }
    m_s.m_transcript.client(QStringLiteral("DATA"));
    flight += "DATA\r\n";
    m_s.m_expect.append(SmtpPending::Data);
    m_s.m_conn->sendRaw(flight);
    m_s.m_conn->armTimeout(Phase::Mail);
}

void SmtpTransaction::onReply(SmtpPending what, const SmtpReply &reply)
{
    const bool pipelined = !m_s.m_expect.isEmpty() && what != SmtpPending::Dot;
    const bool alreadyFailed =
        m_outcomes.at(m_current).state != MessageOutcome::State::NotAttempted;
    switch (what) {
    case SmtpPending::Mail:
        onMailReply(reply, pipelined);
        return;
    case SmtpPending::Rcpt:
        onRcptReply(reply, pipelined);
        return;
    case SmtpPending::Data:
        onDataReply(reply, alreadyFailed);
        return;
    case SmtpPending::Dot:
        onDotReply(reply);
        return;
    case SmtpPending::EmptyDot:
        sendRset(Phase::Data);
        return;
    case SmtpPending::Rset:
        if (!reply.isPositive()) {
            m_s.fail(ErrorClass::Protocol, m_s.m_state,
                     tr("The server refused to reset the transaction."), &reply,
                     SmtpSession::endAfter(reply));
            return;
        }
        if (m_s.m_stopAfter == Phase::Mail || m_s.m_stopAfter == Phase::Rcpt) {
            m_s.sendQuit();
            return;
        }
        startNext();
        return;
    default:
        return;
    }
}

void SmtpTransaction::sendRset(Phase phase)
{
    m_s.m_expect.append(SmtpPending::Rset);
    m_s.sendCommand("RSET", phase);
}

void SmtpTransaction::onMailReply(const SmtpReply &reply, bool pipelined)
{
    const Envelope &env = m_messages.at(m_current);
    if (!reply.isPositive()) {
        finishMessage(reply.isTransientNegative() ? MessageOutcome::State::Deferred
                                                  : MessageOutcome::State::Rejected,
                      smtp::classifyReply(reply, ErrorClass::SenderRejected), Phase::Mail,
                      reply.text());
        m_s.m_result.message = tr("The server rejected the sender address %1.")
                                   .arg(env.sender.isEmpty() ? QStringLiteral("<>") : env.sender);
        if (!pipelined)
            sendRset(Phase::Mail);
        return;
    }
    m_s.stageDone(Phase::Mail, true);
    m_s.setState(Phase::Rcpt);
    if (pipelined)
        return;
    if (m_s.m_stopAfter == Phase::Mail) {
        sendRset(Phase::Mail);
        return;
    }
    m_s.m_expect.append(SmtpPending::Rcpt);
    m_s.sendCommand(smtp::rcptCommand(env.recipients.at(0)), Phase::Rcpt);
}

void SmtpTransaction::onRcptReply(const SmtpReply &reply, bool pipelined)
{
    const Envelope &env = m_messages.at(m_current);
    MessageOutcome &out = m_outcomes[m_current];
    const QString rcpt = env.recipients.value(m_rcptIndex);
    ++m_rcptIndex;
    if (reply.isPositive()) {
        ++m_rcptAccepted;
        out.acceptedRecipients << rcpt;
    } else {
        out.rejectedRecipients << rcpt + QStringLiteral(": ") + reply.text();
        m_lastRcptReply = reply.text();
    }
    if (pipelined)
        return;
    if (m_rcptIndex < env.recipients.size()) {
        m_s.m_expect.append(SmtpPending::Rcpt);
        m_s.sendCommand(smtp::rcptCommand(env.recipients.at(m_rcptIndex)), Phase::Rcpt);
        return;
    }
    if (m_rcptAccepted == 0) {
        finishMessage(reply.isTransientNegative() ? MessageOutcome::State::Deferred
                                                  : MessageOutcome::State::Rejected,
                      smtp::classifyReply(reply, ErrorClass::RecipientRejected), Phase::Rcpt,
                      reply.text());
        sendRset(Phase::Rcpt);
        return;
    }
    m_s.stageDone(Phase::Rcpt, true);
    if (m_s.m_stopAfter == Phase::Rcpt) {
        if (!out.rejectedRecipients.isEmpty())
            finishMessage(MessageOutcome::State::Rejected, ErrorClass::RecipientRejected,
                          Phase::Rcpt, m_lastRcptReply);
        sendRset(Phase::Rcpt);
        return;
    }
    m_s.setState(Phase::Data);
    m_s.m_expect.append(SmtpPending::Data);
    m_s.sendCommand("DATA", Phase::Data);
}

void SmtpTransaction::onDataReply(const SmtpReply &reply, bool alreadyFailed)
{
    const MessageOutcome &out = m_outcomes.at(m_current);
    if (reply.code == 354) {
        if (alreadyFailed || m_rcptAccepted == 0) {
            // RFC 2920 §3.1: the server should have refused DATA; end the empty
            // transaction without sending the message.
            if (!alreadyFailed)
                finishMessage(MessageOutcome::State::Rejected, ErrorClass::RecipientRejected,
                              Phase::Rcpt, out.rejectedRecipients.join(QStringLiteral("; ")));
            // The lone dot is the only way out of the data state; its reply is ignored
            // and RSET then starts the next message on a clean slate.
            m_s.m_transcript.client(QStringLiteral("."));
            m_s.m_expect.append(SmtpPending::EmptyDot);
            m_s.m_conn->sendRaw(".\r\n");
            m_s.m_conn->armTimeout(Phase::Data);
            return;
        }
        m_s.stageDone(Phase::Rcpt, true);
        m_s.setState(Phase::Data);
        if (m_s.rejectUnsolicited())
            return;
        m_s.m_transcript.client(QStringLiteral("(message, %1 octets)").arg(m_data.size()));
        m_s.m_transcript.client(QStringLiteral("."));
        m_dotSent = true;
        m_s.m_expect.append(SmtpPending::Dot);
        m_s.m_conn->sendRaw(m_data);
        m_s.m_conn->armTimeout(Phase::Data);
        return;
    }
    if (!alreadyFailed) {
        const bool transient = m_lastRcptReply.startsWith(QLatin1Char('4'));
        if (m_rcptAccepted == 0)
            finishMessage(transient ? MessageOutcome::State::Deferred
                                    : MessageOutcome::State::Rejected,
                          transient ? ErrorClass::Temporary : ErrorClass::RecipientRejected,
                          Phase::Rcpt, m_lastRcptReply);
        else
            finishMessage(reply.isTransientNegative() ? MessageOutcome::State::Deferred
                                                      : MessageOutcome::State::Rejected,
                          smtp::classifyReply(reply, ErrorClass::MessageRejected), Phase::Data,
                          reply.text());
    }
    sendRset(Phase::Data);
}

void SmtpTransaction::onDotReply(const SmtpReply &reply)
{
    m_dotSent = false;
    if (!reply.isPositive()) {
        finishMessage(reply.isTransientNegative() ? MessageOutcome::State::Deferred
                                                  : MessageOutcome::State::Rejected,
                      smtp::classifyReply(reply, ErrorClass::MessageRejected), Phase::Data,
                      reply.text());
        startNext();
        return;
    }
    m_s.stageDone(Phase::Data, true);
    finishMessage(MessageOutcome::State::Delivered, ErrorClass::None, Phase::Data, reply.text());
    const MessageOutcome &out = m_outcomes.at(m_current);
    Result &r = m_s.m_result;
    if (!out.rejectedRecipients.isEmpty() && r.errorClass == ErrorClass::None) {
        r.errorClass = ErrorClass::RecipientRejected;
        r.phase = Phase::Rcpt;
        r.message = tr("The message was sent, but the server rejected some recipients: %1")
                        .arg(out.rejectedRecipients.join(QStringLiteral("; ")));
    }
    startNext();
}

void SmtpTransaction::finishMessage(MessageOutcome::State state, ErrorClass c, Phase p,
                                    const QString &reply)
{
    MessageOutcome &out = m_outcomes[m_current];
    out.state = state;
    out.errorClass = c;
    out.phase = p;
    out.serverReply = reply;
    Result &r = m_s.m_result;
    if (state != MessageOutcome::State::Delivered && r.errorClass == ErrorClass::None) {
        r.errorClass = c;
        r.phase = p;
        r.message = defaultMessage(c);
        if (c == ErrorClass::RecipientRejected && !out.rejectedRecipients.isEmpty())
            r.message = tr("The server rejected the recipient: %1")
                            .arg(out.rejectedRecipients.join(QStringLiteral("; ")));
        else if (c == ErrorClass::MessageRejected || c == ErrorClass::Config)
            r.message = reply;
        r.serverReply = reply;
        r.hint = defaultHint(c);
    }
    Q_EMIT m_s.messageFinished(m_current, out);
}

void SmtpTransaction::onSessionFailing(ErrorClass c, Phase p, const QString &serverWords)
{
    if (m_current < 0 || m_current >= m_messages.size() ||
        m_outcomes.at(m_current).state != MessageOutcome::State::NotAttempted)
        return;
    MessageOutcome &out = m_outcomes[m_current];
    out.state = m_dotSent ? MessageOutcome::State::Unknown : MessageOutcome::State::Deferred;
    out.errorClass = c;
    out.phase = p;
    out.serverReply = serverWords;
    Q_EMIT m_s.messageFinished(m_current, out);
}

} // namespace mw
