// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ImplicitTls.h"
#include "MailConnection.h"
#include "MailSession.h"
#include "Pop3Reply.h"
#include "Result.h"
#include "SaslExchange.h"
#include "TlsIdentity.h"
#include "TlsTrust.h"
#include "Transcript.h"

#include <QAbstractSocket>
#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

namespace mw {

// Plain values the POP3 engine runs from; it knows nothing of the INI store.
struct Pop3Config
{
    enum class Security { None, Stls, Tls, Auto };
    // User: USER/PASS (RFC 1939 §7). Apop: APOP (never falls back to USER/PASS). The
    // others are SASL mechanisms through AUTH (RFC 5034). Auto: the strongest SASL
    // mechanism the server offers and the credentials allow, else USER/PASS.
    enum class Auth {
        Auto,
        User,
        Apop,
        Plain,
        CramMd5,
        ScramSha256,
        ScramSha1,
        Gssapi,
        Ntlm,
        External
    };

    QString host;
    quint16 port = 110;
    Security security = Security::Auto;
    QString username;
    QString password;
    Auth auth = Auth::User;
    QString realm;           // NTLM: the NT domain; GSSAPI: the realm, empty for the default
    TlsIdentity identity;    // the TLS client certificate, empty when none is configured
    int timeoutSeconds = 30; // per phase
    TlsTrust trust;
    // Connect only over this family (POP-before-SMTP: the SMTP session must come from
    // the address the POP server saw). AnyIPProtocol: whatever the name resolves to.
    QAbstractSocket::NetworkLayerProtocol family = QAbstractSocket::AnyIPProtocol;
    // RETR answers larger than this end the session with a protocol error.
    qint64 maxMessageSize = 16 * 1024 * 1024;
};

// The session starts TLS right after connecting: security tls, or auto on port 995.
[[nodiscard]] inline bool implicitTls(const Pop3Config &c)
{
    return startsWithTls(c.security == Pop3Config::Security::Tls,
                         c.security == Pop3Config::Security::Auto, c.port, kPop3ImplicitTlsPort);
}

// One POP3 session: connect, secure (implicit TLS or STLS, RFC 2595), greet, CAPA
// (RFC 2449), log in (USER/PASS, APOP, or a SASL mechanism through AUTH, RFC 5034), then the
// commands queued with stat(), list(), retrieve() and remove(), then QUIT. Finishes exactly once
// with a Result.
//
// stopAfter: Greeting ends after the greeting, CAPA and STLS (a probe, no login);
// Auth ends right after a successful login (a status check, POP-before-SMTP);
// Done keeps the session in the transaction state: queued commands run in order, ready()
// is emitted whenever the queue runs empty, and quit() ends the session (RFC 1939 §6:
// only QUIT commits deletions).
class Pop3Session : public MailSession
{
    Q_OBJECT
public:
    explicit Pop3Session(QObject *parent = nullptr);
    ~Pop3Session() override;
    Q_DISABLE_COPY_MOVE(Pop3Session)

    void start(const Pop3Config &config, Phase stopAfter = Phase::Done);

    // Commands for the transaction state; they may be queued before the login is done.
    void stat();
    void list(); // LIST, then UIDL when the server has it; emits listed()
    void retrieve(int number);
    // TOP number lines (RFC 1939 §7, optional): the header and the first `lines` lines of
    // the body; emits topRetrieved(). Only when topOffered().
    void top(int number, int lines = 0);
    void remove(int number);
    void quit();

    [[nodiscard]] bool isLoggedIn() const { return m_loggedIn; }
    // The RFC 1939 §7 timestamp of the greeting ("<pid.clock@host>"), empty when absent.
    [[nodiscard]] QString apopTimestamp() const { return m_timestamp; }
    [[nodiscard]] bool stlsOffered() const { return m_stlsOffered; }
    // The SASL mechanisms of CAPA's SASL line (RFC 2449 §6.3), upper-cased; empty when none.
    [[nodiscard]] QStringList saslMechanisms() const { return m_result.authMechanisms; }
    // The POP3 value of `auth` as a mechanism name ("USER", "APOP", "AUTO", "SCRAM-SHA-256"...).
    [[nodiscard]] static QString requestedMechanism(Pop3Config::Auth auth);
    // False when the server answered CAPA with -ERR (an RFC 1939-only server).
    [[nodiscard]] bool capaSupported() const { return m_capaOk; }
    // CAPA lists TOP (RFC 2449 §6.1).
    [[nodiscard]] bool topOffered() const;
    // The local end of the connection (the address the server saw), kept after the end.
    [[nodiscard]] QHostAddress localAddress() const { return m_localAddress; }

    // RFC 1939 §7: lower-case hex MD5 of the timestamp followed by the password.
    [[nodiscard]] static QByteArray apopDigest(const QByteArray &timestamp,
                                               const QString &password);
    // The timestamp of a greeting line, or empty.
    [[nodiscard]] static QByteArray findTimestamp(const QByteArray &greeting);

Q_SIGNALS:
    void ready(); // logged in, no command queued
    void statReceived(int count, qint64 size);
    void listed(const QList<mw::Pop3MessageInfo> &messages);
    void retrieved(int number, const QByteArray &content);
    void topRetrieved(int number, const QByteArray &content);
    void removed(int number);

private:
    enum class Pending {
        None,
        Greeting,
        Capa,
        Stls,
        User,
        Pass,
        Apop,
        Auth, // AUTH (RFC 5034): a "+ " challenge or the final +OK/-ERR
        Stat,
        List,
        Uidl,
        Retr,
        Top,
        Dele,
        Rset, // before the QUIT that ends a failed session in the transaction state
        Quit
    };
    struct Command
    {
        Pending kind = Pending::None;
        int number = 0;
        int lines = 0; // TOP
    };

    // MailSession's part
    void expectGreeting() override;
    void afterStartTls() override;
    void onLine(const QByteArray &line) override;
    [[nodiscard]] WrongPortHints wrongPortHints() const override;
    [[nodiscard]] bool inStep() const override;
    void quitAfterFailure() override;
    [[nodiscard]] bool goodbyeTroubleCounts() const override { return true; }
    void onConnected() override;
    void onFinishing() override;

    void onMultiLine(const QByteArray &line);
    void onStatus(const Pop3Status &status, const QByteArray &line);
    void onMultiLineDone();
    void send(Pending what, const QByteArray &cmd, Phase phase, const QString &shown = {});
    void sendCapa();
    void afterCapa();
    void login();
    void loginSasl(const QString &mechanism);
    void loginUser();
    void onSaslChallenge(const QByteArray &line);
    void onSaslFinal(const Pop3Status &status, const QByteArray &line);
    void loggedIn();
    void enqueue(Pending kind, int number = 0, int lines = 0);
    void runQueue();
    void sendQuit();
    // MailSession::fail with the server's line (made safe by serverText()).
    void fail(ErrorClass c, Phase p, const QString &message, const QByteArray &reply = {},
              const QString &hint = {}, End end = End::Abort);
    [[nodiscard]] bool clearChannel() const;
    void beginMultiLine(Phase phase); // after the +OK of a multi-line answer

    Pop3Config m_config;
    Phase m_stopAfter = Phase::Done;
    Pending m_pending = Pending::None;
    Command m_current;
    QList<Command> m_queue;
    Pop3MultiLine m_answer;         // a multi-line answer in progress (RFC 1939 §3)
    qint64 m_answerOctetsArmed = 0; // its octets when the phase timer last started
    QList<Pop3MessageInfo> m_listing;
    sasl::Exchange m_sasl;
    QString m_timestamp;
    QHostAddress m_localAddress;
    bool m_capaOk = false;
    bool m_stlsOffered = false;
    bool m_uidlOffered = false;
    bool m_loggedIn = false;
};

} // namespace mw
