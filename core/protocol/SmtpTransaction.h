// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"
#include "SmtpConfig.h"
#include "SmtpReply.h"
#include "SmtpWire.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

#include <functional>

namespace mw {

class SmtpSession;

// What an SMTP session still owes the server a reply for, in order (PIPELINING).
enum class SmtpPending {
    None,
    Greeting,
    Ehlo,
    Helo,
    StartTls,
    Auth,
    Mail,
    Rcpt,
    Data,
    Dot,
    Bdat, // a BDAT chunk (RFC 3030); the reply to its LAST one ends the message like the dot
    Rset,
    EmptyDot, // the dot that ends a DATA the server should have refused
    Quit
};

// The mail transactions of one SMTP session (RFC 5321 §3.3): MAIL, RCPT, DATA (or BDAT,
// RFC 3030, where CHUNKING is offered) for each envelope in turn, per-recipient outcomes,
// RSET after a refused transaction, the empty DATA a pipelining server should have refused,
// and what the messages in flight become when the session breaks. With PIPELINING (RFC
// 2920) a message's MAIL, RCPTs and DATA go in one flight, and the next message's follow
// its end of data without waiting for its reply: at most two messages are in flight, the
// one whose final reply is due and the next one whose envelope is. With PIPELINING and
// CHUNKING (RFC 3030) a message's BDAT chunks go with its envelope, before the RCPT
// replies, and up to kPipelineDepth messages (kPipelineBytes of data) are in flight; an
// RSET goes before each MAIL sent while an earlier message's replies are due, because a
// server may keep a transaction whose recipients were all refused open past its refused
// BDAT (Exim does: the next MAIL would get "503 sender already given" and the RCPTs
// behind it would join the stale transaction). With PIPELINING, QUIT goes behind the last
// message's end of data (RFC 2920 §3.1: it may end a group), so the goodbye costs no round
// trip of its own. The wire forms come from
// smtp::prepareMessage(); the session's connection, reply queue and Result are used
// through the session that owns this.
class SmtpTransaction
{
    // The sentences keep the session's translation context.
    Q_DECLARE_TR_FUNCTIONS(mw::SmtpSession)
public:
    // Called before the end of data (final dot, BDAT LAST) of message `first` leaves, when
    // no earlier call covered it: the caller makes messages first..first+count-1 durable as
    // "may have reached the server" (the queue's journal, one fdatasync for them all).
    // False stops the session before that end of data is sent.
    using EndOfDataGate = std::function<bool(int first, int count)>;
    // How many messages one gate call covers (group commit): the two of the pipeline
    // window and those right behind them. After a crash the ones not yet sent are marked
    // "outcome unknown" too and are sent again.
    static constexpr int kCommitGroup = 16;
    // With PIPELINING and CHUNKING: how many messages, and how many octets of their data,
    // may await their replies at once (at least two messages, whatever their size). Eight
    // is as fast as 16 or 32 against a server that answers at once (bench/smtp_sink.py),
    // and a message handed over but not yet answered when the runner dies may be accepted
    // without the runner learning it (sent again as "outcome unknown"): the depth bounds
    // those duplicates per crash.
    static constexpr int kPipelineDepth = 8;
    static constexpr qsizetype kPipelineBytes = 512 * 1024;

    explicit SmtpTransaction(SmtpSession &session);

    void reset(const QList<Envelope> &messages);
    void setEndOfDataGate(EndOfDataGate gate) { m_gate = std::move(gate); }
    // Starts the next envelope, or says QUIT when none is left.
    void startNext();
    // The reply to a transaction command (`what` already taken from the session's queue).
    void onReply(SmtpPending what, const SmtpReply &reply);
    // The session fails: each message in flight becomes "deferred", or "unknown" after its
    // end of data went out (RFC 5321 §4.1.1.4, RFC 1047: the server may have taken it).
    void onSessionFailing(ErrorClass c, Phase p, const QString &serverWords);

    [[nodiscard]] const QList<MessageOutcome> &outcomes() const { return m_outcomes; }
    // The message whose reply was read last.
    [[nodiscard]] int current() const { return m_current; }
    // An end of data went out and its reply is still due (its timer runs from the last octet).
    [[nodiscard]] bool dotSent() const;

private:
    // One message between its MAIL and the reply that ends its transaction.
    struct Flight
    {
        int index = -1;
        smtp::PreparedMessage prepared;
        bool pipelined = false; // its MAIL, RCPTs (and DATA) went in one flight
        int rcptIndex = 0;
        int rcptAccepted = 0;
        QString lastRcptReply; // the server's words for the last refused recipient
        bool endSent = false;  // the final dot or BDAT LAST went out
        bool early = false;    // BDAT sent with the envelope, before the RCPT replies
        int chunksOwed = 0;    // BDAT replies still due
        qsizetype size = 0;    // octets of data sent (the pipeline's byte budget)
    };

    [[nodiscard]] bool pipelining() const;
    [[nodiscard]] Flight *flight(int index);
    [[nodiscard]] bool failed(int index) const;
    // Prepares the next message that can go (one refused before sending is finished on the
    // way); its index, or -1 when none is left.
    int prepareNext();
    // Its MAIL, RCPTs and (without BDAT) DATA appended to `out`, replies expected.
    void appendEnvelope(QByteArray &out, int index);
    void expect(SmtpPending what, int index);
    void sendEnd(int index);
    // Its BDAT chunks appended to `out` (the end of data then counts as sent).
    void appendChunks(QByteArray &out, Flight &f);
    // PIPELINING + CHUNKING: envelopes and chunks of as many messages as the pipeline
    // takes, in one write; QUIT when none is left and nothing is in flight.
    void fill();
    [[nodiscard]] bool earlyBdat() const;
    // The gate for `index` (no session change); commit() also cancels the session on
    // refusal.
    [[nodiscard]] bool gate(int index);
    [[nodiscard]] bool commit(int index);
    void onMailReply(Flight &f, const SmtpReply &reply);
    void onRcptReply(Flight &f, const SmtpReply &reply);
    void afterRcpts(Flight &f, const SmtpReply &lastReply);
    void onDataReply(Flight &f, const SmtpReply &reply);
    void onEndReply(int index, const SmtpReply &reply);
    void sendRset(Phase phase, int index);
    void endFlight(int index);
    void finishMessage(int index, MessageOutcome::State state, ErrorClass c, Phase p,
                       const QString &reply);

    SmtpSession &m_s;
    QList<Envelope> m_messages;
    QList<MessageOutcome> m_outcomes;
    QList<Flight> m_flights; // oldest first: at most two, or kPipelineDepth with earlyBdat()
    QList<int> m_owners;     // the message of each transaction reply due, in order
    EndOfDataGate m_gate;
    int m_next = 0;      // the next message to start
    int m_committed = 0; // the gate covered the messages before this one
    int m_current = -1;
    bool m_needRset = false; // earlyBdat: the last message ended refused, its transaction
                             // may still be open on the server
};

} // namespace mw
