// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ImplicitTls.h"
#include "MailConnection.h"
#include "Result.h"
#include "SmtpReply.h"
#include "TlsTrust.h"
#include "Transcript.h"

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

namespace mw {

// Plain values the SMTP engine runs from; it knows nothing of the INI store.
struct SmtpConfig
{
    enum class Security { None, StartTls, Tls, Auto };
    // XOAuth2 and OAuthBearer (RFC 7628) send `accessToken` instead of a password; the
    // caller obtains it (core/oauth) and the session never refreshes it.
    enum class Auth { None, Plain, Login, CramMd5, Auto, XOAuth2, OAuthBearer };

    QString host;
    quint16 port = 25;
    Security security = Security::Auto;
    Auth auth = Auth::None;
    QString username;
    QString password;
    QString accessToken;     // for XOAuth2/OAuthBearer: a bearer token, redacted like a password
    QString heloName;        // empty: the host's FQDN, else an address literal
    int timeoutSeconds = 30; // per phase (RFC 5321 §4.5.3.2 gives the upper bounds)
    TlsTrust trust;
    // Addresses already resolved for `host` (autodetection resolves through its own DNS
    // server); empty: `host` is looked up by the system resolver.
    QList<QHostAddress> addresses;
};

// The session signs in with a bearer token (XOAuth2, OAuthBearer) instead of a password.
[[nodiscard]] inline bool usesOAuth(const SmtpConfig &c)
{
    return c.auth == SmtpConfig::Auth::XOAuth2 || c.auth == SmtpConfig::Auth::OAuthBearer;
}

// The session starts TLS right after connecting: security tls, or auto on port 465.
[[nodiscard]] inline bool implicitTls(const SmtpConfig &c)
{
    return startsWithTls(c.security == SmtpConfig::Security::Tls,
                         c.security == SmtpConfig::Security::Auto, c.port, kSmtpImplicitTlsPort);
}

// One message to send: envelope and content (RFC 5322, any line ending).
struct Envelope
{
    QString sender; // may be empty: the null reverse-path "<>"
    QStringList recipients;
    QByteArray content;
};

// What happened to one message of a session.
struct MessageOutcome
{
    enum class State {
        NotAttempted,
        Delivered, // the server accepted it for every accepted recipient
        Rejected,  // permanent failure (5xx)
        Deferred,  // transient failure (4xx or connection trouble before the final dot)
        Unknown,   // connection lost after the final dot: the server may have taken it
    };
    State state = State::NotAttempted;
    ErrorClass errorClass = ErrorClass::None;
    Phase phase = Phase::Idle;
    QString serverReply;
    QStringList acceptedRecipients;
    QStringList rejectedRecipients; // each "address: reply"
};

// One SMTP session: connect, secure, greet, authenticate, then zero or more messages,
// then QUIT. Finishes exactly once with a Result (and one MessageOutcome per envelope).
class SmtpSession : public QObject
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
    void cancel();

    [[nodiscard]] Phase state() const { return m_state; }
    [[nodiscard]] bool isRunning() const { return m_running; }
    [[nodiscard]] const Result &result() const { return m_result; }
    [[nodiscard]] const QList<MessageOutcome> &outcomes() const { return m_outcomes; }
    [[nodiscard]] const Transcript &transcript() const { return m_transcript; }

    // Message content as it goes on the wire: CR LF line ends, RFC 5321 §4.5.2
    // dot-stuffing, terminated by CR LF . CR LF. Lines over 998 octets are refused.
    [[nodiscard]] static std::optional<QByteArray> encodeData(const QByteArray &content,
                                                              QString *error);
    // An address for MAIL/RCPT: the domain in ACE (IDNA) form; `needsUtf8` set when the
    // local part is not ASCII (SMTPUTF8 required).
    [[nodiscard]] static QByteArray encodeAddress(const QString &address, bool *needsUtf8);
    [[nodiscard]] static QString defaultHeloName(const QHostAddress &local);

Q_SIGNALS:
    void stateChanged(mw::Phase state);
    void stageFinished(const mw::StageTiming &stage);
    void messageFinished(int index, const mw::MessageOutcome &outcome);
    void finished(const mw::Result &result);

private:
    void setState(Phase s);
    void stageDone(Phase p, bool ok);
    void onLine(const QByteArray &line);
    void onReply(const SmtpReply &reply);
    void onConnectionFailed(ErrorClass c, Phase p, const QString &message);
    void onDisconnected();
    void sendCommand(const QByteArray &cmd, Phase phase, const QString &shown = {});
    bool rejectUnsolicited();
    void sendEhlo();
    void afterEhlo();
    void startAuth();
    void onAuthReply(const SmtpReply &reply);
    void startNextMessage();
    void onTransactionReply(const SmtpReply &reply);
    void finishMessage(MessageOutcome::State state, ErrorClass c, Phase p, const QString &reply);
    void sendQuit();
    void succeed();
    // How a failed session ends. RFC 5321 §4.1.1.10: a client that can still talk says
    // QUIT (a dropped connection is what ban tools such as fail2ban count); an abort is for
    // a connection that no longer works (timeout, garbage, TLS failure, a 421).
    enum class End { Abort, Quit };
    [[nodiscard]] static End endAfter(const SmtpReply &reply);
    void fail(ErrorClass c, Phase p, const QString &message, const SmtpReply *reply = nullptr,
              End end = End::Abort);
    void finish();
    [[nodiscard]] ErrorClass classifyReply(const SmtpReply &reply, ErrorClass permanent) const;

    enum class AuthStep {
        None,
        Initial,
        LoginUser,
        LoginPass,
        CramResponse,
        OAuthInitial,  // token sent; 235, or a 334 with the RFC 7628 §3.2.2 error JSON
        OAuthErrorAck, // the error was acknowledged; the final 5xx follows
        Done
    };
    [[nodiscard]] bool usesToken() const;
    enum class Pending {
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

    SmtpConfig m_config;
    QList<Envelope> m_messages;
    Phase m_stopAfter = Phase::Done;
    MailConnection *m_conn = nullptr;
    SmtpReplyParser m_parser;
    Transcript m_transcript;
    Result m_result;
    QList<MessageOutcome> m_outcomes;
    SmtpCapabilities m_caps;
    QList<Pending> m_expect; // replies still owed, in order (PIPELINING)
    Phase m_state = Phase::Idle;
    QElapsedTimer m_stageClock;
    QElapsedTimer m_totalClock;
    QString m_mechanism;
    QString m_oauthError; // sentence built from the RFC 7628 §3.2.2 error, for the final 5xx
    AuthStep m_authStep = AuthStep::None;
    int m_authRounds = 0;
    int m_current = -1; // index of the message in flight
    int m_rcptIndex = 0;
    int m_rcptAccepted = 0;
    QString m_lastRcptReply; // the server's words for the last refused recipient
    QByteArray m_data;       // encoded content of the message in flight
    bool m_running = false;
    bool m_tlsDone = false;
    bool m_triedHelo = false;
    bool m_dotSent = false;
    bool m_quitting = false;
};

} // namespace mw

Q_DECLARE_METATYPE(mw::MessageOutcome)
