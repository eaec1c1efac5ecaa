// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "MailConnection.h"
#include "MailSession.h"
#include "Result.h"
#include "SmtpAuthenticator.h"
#include "SmtpConfig.h"
#include "SmtpReply.h"
#include "SmtpTransaction.h"
#include "Transcript.h"

#include <QList>
#include <QObject>
#include <QString>

#include <optional>

namespace mw {

// One SMTP session: connect, secure, greet, authenticate, then zero or more messages,
// then QUIT. Finishes exactly once with a Result (and one MessageOutcome per envelope).
// The life cycle is MailSession's; the login is SmtpAuthenticator's, the mail transactions
// SmtpTransaction's, the wire forms smtp:: (SmtpWire.h). This class holds the dialogue
// around them: greeting, EHLO/HELO, STARTTLS, the order of the replies owed, QUIT.
class SmtpSession : public MailSession
{
    Q_OBJECT
public:
    explicit SmtpSession(QObject *parent = nullptr);
    ~SmtpSession() override;
    Q_DISABLE_COPY_MOVE(SmtpSession)

    // stopAfter: Connect, Tls, Ehlo, Auth, Mail or Rcpt end the session after that phase
    // succeeds (nothing is sent; MAIL/RCPT are reset). Done sends every envelope.
    void start(const SmtpConfig &config, const QList<Envelope> &messages,
               Phase stopAfter = Phase::Done);

    [[nodiscard]] const QList<MessageOutcome> &outcomes() const { return m_tx.outcomes(); }
    // Called before a message's end of data leaves (SmtpTransaction::EndOfDataGate): the
    // queue journals it, and the next few with it, in one fdatasync. Set before start().
    void setEndOfDataGate(SmtpTransaction::EndOfDataGate gate)
    {
        m_tx.setEndOfDataGate(std::move(gate));
    }

    // smtp::encodeData(), smtp::encodeAddress(), smtp::defaultHeloName() (SmtpWire.h).
    [[nodiscard]] static std::optional<QByteArray> encodeData(const QByteArray &content,
                                                              QString *error);
    [[nodiscard]] static QByteArray encodeAddress(const QString &address, bool *needsUtf8);
    [[nodiscard]] static QString defaultHeloName(const QHostAddress &local);

Q_SIGNALS:
    void messageFinished(int index, const mw::MessageOutcome &outcome);

private:
    friend class SmtpTransaction;

    // MailSession's part
    void expectGreeting() override;
    void afterStartTls() override;
    void onLine(const QByteArray &line) override;
    [[nodiscard]] WrongPortHints wrongPortHints() const override;
    // In step: nothing owed, or only the reply to a QUIT already sent behind the last end of
    // data (appendQuit).
    [[nodiscard]] bool inStep() const override
    {
        return m_expect.isEmpty() || (m_quitSent && m_expect.size() == 1);
    }
    void quitAfterFailure() override;
    void onFailing(ErrorClass c, Phase p, const QString &message,
                   const QString &serverReply) override;
    void onAllWritten() override;
    [[nodiscard]] bool reportsStage(Phase p) const override;

    void onReply(const SmtpReply &reply);
    void onGreeting(const SmtpReply &reply);
    void sendCommand(const QByteArray &cmd, Phase phase, const QString &shown = {});
    bool rejectUnsolicited();
    void sendEhlo();
    void onEhloReply(const SmtpReply &reply, bool helo);
    void afterEhlo();
    void startAuth();
    void onAuthStep(const SmtpAuthenticator::Action &step, const SmtpReply *reply);
    // QUIT, or, when appendQuit() sent it already, the wait for its reply.
    void sendQuit();
    // RFC 2920 §3.1: QUIT may end a pipelined group, behind the last message's end of data
    // (SmtpTransaction): appended to `out`, its reply owed after the message's.
    void appendQuit(QByteArray &out);
    // RFC 5321 §3.8: after a 421 the server closes the channel itself (abort); else QUIT.
    [[nodiscard]] static End endAfter(const SmtpReply &reply);
    // MailSession::fail with the reply that led to the failure, if any.
    void fail(ErrorClass c, Phase p, const QString &message, const SmtpReply *reply = nullptr,
              End end = End::Abort);
    [[nodiscard]] QString heloName() const;

    SmtpConfig m_config;
    Phase m_stopAfter = Phase::Done;
    SmtpReplyParser m_parser;
    SmtpCapabilities m_caps;
    QList<SmtpPending> m_expect; // replies still owed, in order (PIPELINING)
    SmtpAuthenticator m_auth;
    SmtpTransaction m_tx{*this};
    bool m_triedHelo = false;
    bool m_quitSent = false; // QUIT went out with the last end of data (appendQuit)
};

} // namespace mw

Q_DECLARE_METATYPE(mw::MessageOutcome)
