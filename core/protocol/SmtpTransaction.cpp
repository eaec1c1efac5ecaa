// SPDX-License-Identifier: GPL-3.0-or-later
#include "SmtpTransaction.h"

#include "SmtpSession.h"
#include "SmtpWire.h"

#include <algorithm>

namespace mw {

SmtpTransaction::SmtpTransaction(SmtpSession &session)
    : m_s(session)
{}

void SmtpTransaction::reset(const QList<Envelope> &messages)
{
    m_messages = messages;
    m_outcomes = QList<MessageOutcome>(messages.size());
    m_flights.clear();
    m_owners.clear();
    m_next = 0;
    m_committed = 0;
    m_current = -1;
    m_needRset = false;
}

bool SmtpTransaction::pipelining() const
{
    return m_s.m_caps.pipelining && m_s.m_stopAfter == Phase::Done;
}

bool SmtpTransaction::earlyBdat() const
{
    return pipelining() && m_s.m_caps.chunking;
}

// Who an RSET sent before a MAIL (earlyBdat) belongs to: no message.
static constexpr int kNoFlight = -1;

SmtpTransaction::Flight *SmtpTransaction::flight(int index)
{
    for (Flight &f : m_flights) {
        if (f.index == index)
            return &f;
    }
    return nullptr;
}

bool SmtpTransaction::failed(int index) const
{
    return m_outcomes.at(index).state != MessageOutcome::State::NotAttempted;
}

bool SmtpTransaction::dotSent() const
{
    return std::any_of(m_flights.cbegin(), m_flights.cend(),
                       [](const Flight &f) { return f.endSent; });
}

void SmtpTransaction::expect(SmtpPending what, int index)
{
    m_s.m_expect.append(what);
    m_owners.append(index);
}

int SmtpTransaction::prepareNext()
{
    while (m_next < m_messages.size()) {
        const int i = m_next++;
        m_outcomes[i] = {};
        smtp::PreparedMessage prepared = smtp::prepareMessage(m_messages.at(i), m_s.m_caps);
        if (!prepared.ok) {
            finishMessage(i, MessageOutcome::State::Rejected, prepared.errorClass, prepared.phase,
                          prepared.error);
            continue;
        }
        Flight f;
        f.index = i;
        f.prepared = std::move(prepared);
        f.pipelined = pipelining();
        m_flights.append(std::move(f));
        return i;
    }
    return -1;
}

void SmtpTransaction::startNext()
{
    if (!m_flights.isEmpty())
        return; // the next message's replies are on their way already
    const int i = prepareNext();
    if (i < 0) {
        m_s.sendQuit();
        return;
    }
    m_current = i;
    m_s.setState(Phase::Mail);
    if (m_flights.constLast().prepared.bdat && pipelining()) {
        fill();
        return;
    }
    if (!pipelining()) {
        expect(SmtpPending::Mail, i);
        m_s.sendCommand(m_flights.constLast().prepared.mail, Phase::Mail);
        return;
    }
    if (m_s.m_expect.isEmpty() && m_s.rejectUnsolicited())
        return;
    QByteArray out;
    appendEnvelope(out, i);
    m_s.m_conn->sendRaw(out);
    m_s.m_conn->armTimeout(Phase::Mail);
}

void SmtpTransaction::fill()
{
    // RFC 2920 §3.1, RFC 3030 §4.2: the BDAT chunks may follow the RCPTs without waiting
    // for their replies; a server that refused every recipient refuses and discards the
    // chunks. The messages already prepared (startNext's first one) go first.
    if (m_s.m_expect.isEmpty() && m_s.rejectUnsolicited())
        return;
    QByteArray out;
    QList<int> batch; // the messages whose end of data is in `out`
    const auto inFlightBytes = [this] {
        qsizetype n = 0;
        for (const Flight &f : std::as_const(m_flights))
            n += f.endSent ? f.size : f.prepared.data.size();
        return n;
    };
    for (;;) {
        int i = -1;
        for (const Flight &f : std::as_const(m_flights)) {
            if (!f.endSent && f.rcptIndex == 0 && !f.early) {
                i = f.index; // prepared by startNext, not sent yet
                break;
            }
        }
        if (i < 0) {
            if (m_flights.size() >= 2 &&
                (m_flights.size() >= kPipelineDepth || inFlightBytes() >= kPipelineBytes))
                break;
            i = prepareNext();
            if (i < 0) {
                if (!batch.isEmpty())
                    m_s.appendQuit(out); // behind the last message's end of data
                break;
            }
        }
        if (m_flights.constFirst().index != i || m_needRset) {
            // An earlier message's replies are due, or it was refused: whatever became of
            // its transaction, this one starts on a clean slate (RFC 5321 §4.1.1.5).
            m_needRset = false;
            m_s.m_transcript.client(QStringLiteral("RSET"));
            out += "RSET\r\n";
            expect(SmtpPending::Rset, kNoFlight);
        }
        Flight *f = flight(i);
        f->early = true;
        appendEnvelope(out, i);
        if (!gate(i)) {
            // Nothing of `out` left: those messages are deferred, not "unknown".
            for (const int j : std::as_const(batch))
                flight(j)->endSent = false;
            m_s.cancel();
            return;
        }
        appendChunks(out, *flight(i));
        batch << i;
    }
    if (out.isEmpty()) {
        if (m_flights.isEmpty())
            m_s.sendQuit();
        return;
    }
    m_s.setState(Phase::Data);
    m_s.m_conn->sendRaw(out);
    m_s.m_conn->armTimeout(Phase::Data);
}

void SmtpTransaction::appendEnvelope(QByteArray &out, int index)
{
    // RFC 2920 §3.1: MAIL, every RCPT and DATA go in one flight (with BDAT the chunks wait
    // for the RCPT replies, unless fill() sends them early).
    const Flight &f = *flight(index);
    m_s.m_transcript.client(QString::fromUtf8(f.prepared.mail));
    out += f.prepared.mail + "\r\n";
    expect(SmtpPending::Mail, index);
    for (const QByteArray &r : f.prepared.rcpts) {
        m_s.m_transcript.client(QString::fromUtf8(r));
        out += r + "\r\n";
        expect(SmtpPending::Rcpt, index);
    }
    if (f.prepared.bdat)
        return;
    m_s.m_transcript.client(QStringLiteral("DATA"));
    out += "DATA\r\n";
    expect(SmtpPending::Data, index);
}

bool SmtpTransaction::gate(int index)
{
    if (!m_gate || index < m_committed)
        return true;
    const int count = qMin(kCommitGroup, int(m_messages.size()) - index);
    if (!m_gate(index, count))
        return false;
    m_committed = index + count;
    return true;
}

bool SmtpTransaction::commit(int index)
{
    if (gate(index))
        return true;
    // The gate's owner recorded why (the journal could not be written); this message's
    // end has not left, so it stays "deferred".
    m_s.cancel();
    return false;
}

void SmtpTransaction::appendChunks(QByteArray &out, Flight &f)
{
    const QList<QByteArray> chunks = smtp::bdatChunks(f.prepared.data);
    for (const QByteArray &c : chunks) {
        const qsizetype eol = c.indexOf("\r\n");
        m_s.m_transcript.client(QString::fromLatin1(c.left(eol)));
        m_s.m_transcript.client(QStringLiteral("(message, %1 octets)").arg(c.size() - eol - 2));
        out += c;
        expect(SmtpPending::Bdat, f.index);
    }
    f.chunksOwed = int(chunks.size());
    f.size = f.prepared.data.size();
    f.endSent = true;
    f.prepared.data.clear(); // on the wire now; a long batch does not keep every copy
}

void SmtpTransaction::sendEnd(int index)
{
    m_s.setState(Phase::Data);
    if (m_s.rejectUnsolicited() || !commit(index))
        return;
    QByteArray out;
    Flight *f = flight(index);
    if (f->prepared.bdat) {
        appendChunks(out, *f);
    } else {
        m_s.m_transcript.client(
            QStringLiteral("(message, %1 octets)").arg(f->prepared.data.size()));
        m_s.m_transcript.client(QStringLiteral("."));
        out = f->prepared.data;
        expect(SmtpPending::Dot, index);
        f->endSent = true;
        f->prepared.data.clear(); // on the wire now; a long batch does not keep every copy
    }
    // RFC 2920 §3.1, RFC 3030 §4.2: the next message's commands may follow the end of data
    // in the same flight. Their replies come after this message's final one.
    // QUIT may follow as the group's last command when this was the last message.
    if (pipelining()) {
        const int next = prepareNext();
        if (next >= 0)
            appendEnvelope(out, next);
        else
            m_s.appendQuit(out);
    }
    m_s.m_conn->sendRaw(out);
    m_s.m_conn->armTimeout(Phase::Data);
}

void SmtpTransaction::onReply(SmtpPending what, const SmtpReply &reply)
{
    const int index = m_owners.isEmpty() ? -1 : m_owners.takeFirst();
    if (what == SmtpPending::Rset && index == kNoFlight) {
        if (!reply.isPositive())
            m_s.fail(ErrorClass::Protocol, m_s.m_state,
                     tr("The server refused to reset the transaction."), &reply,
                     SmtpSession::endAfter(reply));
        return;
    }
    Flight *f = flight(index);
    if (!f)
        return;
    m_current = index;
    switch (what) {
    case SmtpPending::Mail:
        onMailReply(*f, reply);
        return;
    case SmtpPending::Rcpt:
        onRcptReply(*f, reply);
        return;
    case SmtpPending::Data:
        onDataReply(*f, reply);
        return;
    case SmtpPending::Dot:
    case SmtpPending::Bdat:
        onEndReply(index, reply);
        return;
    case SmtpPending::EmptyDot:
        sendRset(Phase::Data, index);
        return;
    case SmtpPending::Rset:
        if (!reply.isPositive()) {
            m_s.fail(ErrorClass::Protocol, m_s.m_state,
                     tr("The server refused to reset the transaction."), &reply,
                     SmtpSession::endAfter(reply));
            return;
        }
        endFlight(index);
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

void SmtpTransaction::sendRset(Phase phase, int index)
{
    expect(SmtpPending::Rset, index);
    m_s.sendCommand("RSET", phase);
}

void SmtpTransaction::endFlight(int index)
{
    m_flights.removeIf([index](const Flight &f) { return f.index == index; });
}

void SmtpTransaction::onMailReply(Flight &f, const SmtpReply &reply)
{
    const Envelope &env = m_messages.at(f.index);
    if (!reply.isPositive()) {
        finishMessage(f.index,
                      reply.isTransientNegative() ? MessageOutcome::State::Deferred
                                                  : MessageOutcome::State::Rejected,
                      smtp::classifyReply(reply, ErrorClass::SenderRejected), Phase::Mail,
                      reply.text());
        m_s.m_result.message = tr("The server rejected the sender address %1.")
                                   .arg(env.sender.isEmpty() ? QStringLiteral("<>") : env.sender);
        if (!f.pipelined)
            sendRset(Phase::Mail, f.index);
        return;
    }
    m_s.stageDone(Phase::Mail, true);
    m_s.setState(Phase::Rcpt);
    if (f.pipelined)
        return;
    if (m_s.m_stopAfter == Phase::Mail) {
        sendRset(Phase::Mail, f.index);
        return;
    }
    expect(SmtpPending::Rcpt, f.index);
    m_s.sendCommand(f.prepared.rcpts.at(0), Phase::Rcpt);
}

void SmtpTransaction::onRcptReply(Flight &f, const SmtpReply &reply)
{
    const Envelope &env = m_messages.at(f.index);
    MessageOutcome &out = m_outcomes[f.index];
    const QString rcpt = env.recipients.value(f.rcptIndex);
    ++f.rcptIndex;
    if (reply.isPositive()) {
        ++f.rcptAccepted;
        out.acceptedRecipients << rcpt;
    } else {
        out.rejectedRecipients << rcpt + QStringLiteral(": ") + reply.text();
        f.lastRcptReply = reply.text();
    }
    const bool last = f.rcptIndex >= env.recipients.size();
    if (f.early) {
        // The chunks are on their way: their refusal ends the transaction; the outcome is
        // the recipients' (RFC 3030 §4.2, the server discards the data).
        if (last && f.rcptAccepted == 0 && !failed(f.index)) {
            const bool transient = f.lastRcptReply.startsWith(QLatin1Char('4'));
            finishMessage(f.index,
                          transient ? MessageOutcome::State::Deferred
                                    : MessageOutcome::State::Rejected,
                          transient ? ErrorClass::Temporary : ErrorClass::RecipientRejected,
                          Phase::Rcpt, f.lastRcptReply);
        } else if (last && !failed(f.index)) {
            m_s.stageDone(Phase::Rcpt, true);
        }
        return;
    }
    if (f.pipelined) {
        // With DATA its reply decides; with BDAT the last RCPT reply does.
        if (last && f.prepared.bdat)
            afterRcpts(f, reply);
        return;
    }
    if (!last) {
        expect(SmtpPending::Rcpt, f.index);
        m_s.sendCommand(f.prepared.rcpts.at(f.rcptIndex), Phase::Rcpt);
        return;
    }
    afterRcpts(f, reply);
}

void SmtpTransaction::afterRcpts(Flight &f, const SmtpReply &lastReply)
{
    MessageOutcome &out = m_outcomes[f.index];
    if (failed(f.index)) {
        sendRset(Phase::Rcpt, f.index); // MAIL was refused (pipelined): outcome recorded
        return;
    }
    if (f.rcptAccepted == 0) {
        const bool transient = f.lastRcptReply.startsWith(QLatin1Char('4')) ||
                               (!f.pipelined && lastReply.isTransientNegative());
        finishMessage(f.index,
                      transient ? MessageOutcome::State::Deferred : MessageOutcome::State::Rejected,
                      transient ? ErrorClass::Temporary : ErrorClass::RecipientRejected,
                      Phase::Rcpt, f.lastRcptReply);
        sendRset(Phase::Rcpt, f.index);
        return;
    }
    m_s.stageDone(Phase::Rcpt, true);
    if (m_s.m_stopAfter == Phase::Rcpt) {
        if (!out.rejectedRecipients.isEmpty())
            finishMessage(f.index, MessageOutcome::State::Rejected, ErrorClass::RecipientRejected,
                          Phase::Rcpt, f.lastRcptReply);
        sendRset(Phase::Rcpt, f.index);
        return;
    }
    if (f.prepared.bdat) {
        sendEnd(f.index);
        return;
    }
    m_s.setState(Phase::Data);
    expect(SmtpPending::Data, f.index);
    m_s.sendCommand("DATA", Phase::Data);
}

void SmtpTransaction::onDataReply(Flight &f, const SmtpReply &reply)
{
    const bool alreadyFailed = failed(f.index);
    const MessageOutcome &out = m_outcomes.at(f.index);
    if (reply.code == 354) {
        if (alreadyFailed || f.rcptAccepted == 0) {
            // RFC 2920 §3.1: the server should have refused DATA; end the empty
            // transaction without sending the message.
            if (!alreadyFailed)
                finishMessage(f.index, MessageOutcome::State::Rejected,
                              ErrorClass::RecipientRejected, Phase::Rcpt,
                              out.rejectedRecipients.join(QStringLiteral("; ")));
            // The lone dot is the only way out of the data state; its reply is ignored
            // and RSET then starts the next message on a clean slate.
            m_s.m_transcript.client(QStringLiteral("."));
            expect(SmtpPending::EmptyDot, f.index);
            m_s.m_conn->sendRaw(".\r\n");
            m_s.m_conn->armTimeout(Phase::Data);
            return;
        }
        m_s.stageDone(Phase::Rcpt, true);
        sendEnd(f.index);
        return;
    }
    if (!alreadyFailed) {
        const bool transient = f.lastRcptReply.startsWith(QLatin1Char('4'));
        if (f.rcptAccepted == 0)
            finishMessage(f.index,
                          transient ? MessageOutcome::State::Deferred
                                    : MessageOutcome::State::Rejected,
                          transient ? ErrorClass::Temporary : ErrorClass::RecipientRejected,
                          Phase::Rcpt, f.lastRcptReply);
        else
            finishMessage(f.index,
                          reply.isTransientNegative() ? MessageOutcome::State::Deferred
                                                      : MessageOutcome::State::Rejected,
                          smtp::classifyReply(reply, ErrorClass::MessageRejected), Phase::Data,
                          reply.text());
    }
    sendRset(Phase::Data, f.index);
}

void SmtpTransaction::onEndReply(int index, const SmtpReply &reply)
{
    Flight *f = flight(index);
    --f->chunksOwed;
    if (!reply.isPositive() && !failed(index)) {
        // RFC 3030 §4.2: after a refused chunk the server discards the ones behind it;
        // the first refusal is the message's outcome.
        finishMessage(index,
                      reply.isTransientNegative() ? MessageOutcome::State::Deferred
                                                  : MessageOutcome::State::Rejected,
                      smtp::classifyReply(reply, ErrorClass::MessageRejected), Phase::Data,
                      reply.text());
    }
    if (f->chunksOwed > 0)
        return; // a BDAT chunk before the last
    if (!failed(index)) {
        m_s.stageDone(Phase::Data, true);
        finishMessage(index, MessageOutcome::State::Delivered, ErrorClass::None, Phase::Data,
                      reply.text());
        const MessageOutcome &out = m_outcomes.at(index);
        Result &r = m_s.m_result;
        if (!out.rejectedRecipients.isEmpty() && r.errorClass == ErrorClass::None) {
            r.errorClass = ErrorClass::RecipientRejected;
            r.phase = Phase::Rcpt;
            r.message = tr("The message was sent, but the server rejected some recipients: %1")
                            .arg(out.rejectedRecipients.join(QStringLiteral("; ")));
        }
    }
    // RFC 5321 §4.1.1.4: the end of data clears the transaction, whatever its reply.
    const bool early = f->early;
    if (early && m_outcomes.at(index).state != MessageOutcome::State::Delivered)
        m_needRset = true;
    endFlight(index);
    if (early)
        fill();
    else
        startNext();
}

void SmtpTransaction::finishMessage(int index, MessageOutcome::State state, ErrorClass c, Phase p,
                                    const QString &reply)
{
    MessageOutcome &out = m_outcomes[index];
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
    Q_EMIT m_s.messageFinished(index, out);
}

void SmtpTransaction::onSessionFailing(ErrorClass c, Phase p, const QString &serverWords)
{
    // Oldest first: the message whose final reply was due, then the one behind it.
    const QList<Flight> flights = m_flights;
    for (const Flight &f : flights) {
        if (failed(f.index))
            continue;
        MessageOutcome &out = m_outcomes[f.index];
        out.state = f.endSent ? MessageOutcome::State::Unknown : MessageOutcome::State::Deferred;
        out.errorClass = c;
        out.phase = p;
        out.serverReply = serverWords;
        Q_EMIT m_s.messageFinished(f.index, out);
    }
}

} // namespace mw
