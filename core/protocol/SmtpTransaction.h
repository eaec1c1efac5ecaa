// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"
#include "SmtpConfig.h"
#include "SmtpReply.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

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
    Rset,
    EmptyDot, // the dot that ends a DATA the server should have refused
    Quit
};

// The mail transactions of one SMTP session (RFC 5321 §3.3): MAIL, RCPT, DATA for each
// envelope in turn (in one flight with PIPELINING, RFC 2920), per-recipient outcomes, RSET
// after a refused transaction, the empty DATA a pipelining server should have refused, and
// what a message in flight becomes when the session breaks. The wire forms come from
// smtp::prepareMessage(); the session's connection, reply queue and Result are used
// through the session that owns this.
class SmtpTransaction
{
    // The sentences keep the session's translation context.
    Q_DECLARE_TR_FUNCTIONS(mw::SmtpSession)
public:
    explicit SmtpTransaction(SmtpSession &session);

    void reset(const QList<Envelope> &messages);
    // Starts the next envelope, or says QUIT when none is left.
    void startNext();
    // The reply to a transaction command (`what` already taken from the session's queue).
    void onReply(SmtpPending what, const SmtpReply &reply);
    // The session fails: the message in flight becomes "deferred", or "unknown" after its
    // final dot (RFC 5321 §4.1.1.4, RFC 1047: the server may have taken it).
    void onSessionFailing(ErrorClass c, Phase p, const QString &serverWords);

    [[nodiscard]] const QList<MessageOutcome> &outcomes() const { return m_outcomes; }
    [[nodiscard]] int current() const { return m_current; }
    // The final dot went out and its reply is still due (its timer runs from the last octet).
    [[nodiscard]] bool dotSent() const { return m_dotSent; }

private:
    void onMailReply(const SmtpReply &reply, bool pipelined);
    void onRcptReply(const SmtpReply &reply, bool pipelined);
    void onDataReply(const SmtpReply &reply, bool alreadyFailed);
    void onDotReply(const SmtpReply &reply);
    void sendRset(Phase phase);
    void finishMessage(MessageOutcome::State state, ErrorClass c, Phase p, const QString &reply);

    SmtpSession &m_s;
    QList<Envelope> m_messages;
    QList<MessageOutcome> m_outcomes;
    int m_current = -1; // index of the message in flight
    int m_rcptIndex = 0;
    int m_rcptAccepted = 0;
    QString m_lastRcptReply; // the server's words for the last refused recipient
    QByteArray m_data;       // encoded content of the message in flight
    bool m_dotSent = false;
};

} // namespace mw
