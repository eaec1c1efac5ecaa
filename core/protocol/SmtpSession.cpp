// SPDX-License-Identifier: GPL-3.0-or-later
#include "SmtpSession.h"

#include "Sasl.h"
#include "SmtpWire.h"

namespace mw {

SmtpSession::SmtpSession(QObject *parent)
    : MailSession(parent)
{
    qRegisterMetaType<mw::MessageOutcome>();
}

SmtpSession::~SmtpSession() = default;

std::optional<QByteArray> SmtpSession::encodeData(const QByteArray &content, QString *error)
{
    return smtp::encodeData(content, error);
}

QByteArray SmtpSession::encodeAddress(const QString &address, bool *needsUtf8)
{
    return smtp::encodeAddress(address, needsUtf8);
}

QString SmtpSession::defaultHeloName(const QHostAddress &local)
{
    return smtp::defaultHeloName(local);
}

void SmtpSession::start(const SmtpConfig &config, const QList<Envelope> &messages, Phase stopAfter)
{
    if (m_running)
        return;
    m_config = config;
    // A config built in code may carry blanks around the host: trimmed here, once.
    m_config.host = config.host.trimmed();
    m_stopAfter = stopAfter;
    begin();
    m_tx.reset(messages);
    m_parser.reset();
    m_caps = {};
    m_expect.clear();
    m_triedHelo = false;
    m_quitSent = false;

    if (m_config.host.isEmpty() || config.port == 0) {
        fail(ErrorClass::Config, Phase::Idle, tr("No SMTP server (host and port) is configured."));
        return;
    }
    const bool token = usesOAuth(config);
    // GSSAPI (the Kerberos ticket names the principal) and EXTERNAL (the client certificate
    // does) need no login name and no password; auto may find either: sasl::needsPassword.
    // The token mechanisms need the account's name.
    const bool needsLogin =
        config.auth != SmtpConfig::Auth::None &&
        (token || sasl::needsPassword(SmtpAuthenticator::requestedMechanism(config.auth)));
    if (needsLogin && config.username.isEmpty()) {
        fail(ErrorClass::Config, Phase::Idle, tr("Authentication is on but no login name is set."));
        return;
    }
    if (needsLogin && !token && config.password.isEmpty()) {
        fail(ErrorClass::Config, Phase::Idle, tr("Authentication is on but no password is set."));
        return;
    }
    if (token && config.accessToken.isEmpty()) {
        fail(ErrorClass::Config, Phase::Idle,
             tr("OAuth2 sign-in is chosen but no access token is available: sign in first."));
        return;
    }

    MailConnection::Options opts;
    opts.host = m_config.host;
    opts.port = config.port;
    opts.implicitTls = mw::implicitTls(config);
    opts.plainOnly = config.security == SmtpConfig::Security::None;
    opts.trust = config.trust;
    opts.identity = config.identity;
    opts.addresses = config.addresses;
    opts.timeoutMs = qMax(1, config.timeoutSeconds) * 1000;
    opts.maxLineLength = 8192;
    if (m_config.heloName.isEmpty())
        smtp::prefetchLocalDomain(); // ready by the time the greeting arrives
    // Named before open(), which may end the session (and its caller's config) at once.
    const QString signIn = config.auth == SmtpConfig::Auth::None
                               ? QString()
                               : SmtpAuthenticator::requestedMechanism(config.auth);
    open(opts, QStringLiteral("SMTP"),
         config.security == SmtpConfig::Security::None       ? QStringLiteral("none")
         : config.security == SmtpConfig::Security::StartTls ? QStringLiteral("STARTTLS")
                                                             : QStringLiteral("auto"));
    // After open(), whose TLS preload is needed first (STARTTLS comes before AUTH).
    sasl::Client::preloadFor(signIn);
}

void SmtpSession::onAllWritten()
{
    // The final-reply timer runs from the moment the last octet left, so that a slow
    // uplink for a large message is not mistaken for a silent server.
    // The next message's envelope may follow the end of data in the same write.
    if (m_tx.dotSent() && !m_expect.isEmpty())
        m_conn->armTimeout(Phase::Data);
}

void SmtpSession::expectGreeting()
{
    m_expect = {SmtpPending::Greeting};
}

void SmtpSession::afterStartTls()
{
    // RFC 3207 §4.2: forget what was learned in clear and ask again.
    m_caps = {};
    sendEhlo();
}

MailSession::WrongPortHints SmtpSession::wrongPortHints() const
{
    WrongPortHints h;
    h.implicitTlsPort = kSmtpImplicitTlsPort;
    h.tlsConfigured = m_config.security == SmtpConfig::Security::Tls;
    h.notImplicitTls = tr("This port may expect STARTTLS or no encryption: try security "
                          "\"STARTTLS\" (ports 587 or 25).");
    h.clearTextMessage = tr("This port answered in clear text, not with TLS: it expects STARTTLS "
                            "(or no encryption), not implicit TLS. (%1)");
    h.silentAfterConnect = tr("A server that stays silent after connecting often expects implicit "
                              "TLS: try security \"TLS\" (port 465).");
    return h;
}

bool SmtpSession::reportsStage(Phase p) const
{
    // Stages are reported for the session and its first message; a queue flush of a
    // thousand messages must not grow the list.
    return !((p == Phase::Mail || p == Phase::Rcpt || p == Phase::Data) && m_tx.current() > 0);
}

void SmtpSession::onFailing(ErrorClass c, Phase p, const QString &message,
                            const QString &serverReply)
{
    m_tx.onSessionFailing(c, p, serverReply.isEmpty() ? message : serverReply);
}

bool SmtpSession::rejectUnsolicited()
{
    // RFC 5321 §4.2, RFC 2920 §3.1: with no other reply outstanding the server waits for
    // the next command. Bytes already here answer a command never sent (a broken or
    // spoofing server); read as the reply to the next command they would desynchronise
    // the session: a password sent on a stale 334, a message taken as accepted before
    // its final dot was answered.
    if (!m_conn || !m_conn->hasPendingInput())
        return false;
    fail(ErrorClass::Protocol, m_state, tr("The server sent a reply nobody asked for."));
    return true;
}

void SmtpSession::sendCommand(const QByteArray &cmd, Phase phase, const QString &shown)
{
    if (m_expect.size() <= 1 && !m_quitting && rejectUnsolicited())
        return;
    m_conn->sendLine(cmd, shown);
    m_conn->armTimeout(phase);
}

void SmtpSession::onLine(const QByteArray &line)
{
    if (!m_running)
        return;
    // SCRAM, NTLM and GSSAPI challenges are binary: their size is shown, not their bytes.
    if (m_state == Phase::Auth && m_auth.hidesChallenges() && line.startsWith("334 "))
        m_transcript.server(QStringLiteral("334 ") + sasl::challengeShown(line.mid(4)));
    else
        m_transcript.server(QString::fromUtf8(line));
    const auto status = m_parser.feedLine(line);
    if (status == SmtpReplyParser::Status::NeedMore)
        return;
    if (status == SmtpReplyParser::Status::Error) {
        QString msg;
        if (!m_expect.isEmpty() && m_expect.constFirst() == SmtpPending::Greeting) {
            if (line.startsWith("+OK") || line.startsWith("-ERR"))
                msg = tr("This server speaks POP3, not SMTP: check the port number.");
            else if (line.startsWith("* OK"))
                msg = tr("This server speaks IMAP, not SMTP: check the port number.");
            else if (line.startsWith("HTTP/") || line.startsWith("<"))
                msg = tr("This server speaks HTTP, not SMTP: check the port number.");
            else if (line.startsWith("SSH-"))
                msg = tr("This server speaks SSH, not SMTP: check the port number.");
        }
        if (msg.isEmpty())
            msg =
                tr("The server's answer is not a valid SMTP reply (%1).").arg(m_parser.errorText());
        fail(ErrorClass::Protocol, m_state, msg);
        return;
    }
    onReply(m_parser.takeReply());
}

void SmtpSession::onReply(const SmtpReply &reply)
{
    if (m_expect.isEmpty()) {
        // RFC 5321 §4.2: a reply nobody asked for; 421 is the one a server may send at any
        // time before closing.
        if (reply.code == 421) {
            fail(ErrorClass::Temporary, m_state, tr("The server is closing the connection."),
                 &reply);
            return;
        }
        fail(ErrorClass::Protocol, m_state, tr("The server sent a reply nobody asked for."),
             &reply);
        return;
    }
    const SmtpPending what = m_expect.takeFirst();
    if (m_expect.isEmpty())
        m_conn->disarmTimeout();
    // More input behind the last reply expected (the greeting, STARTTLS, DATA and the final
    // dot check it themselves, in their own phase; after QUIT it does not matter).
    if (m_expect.isEmpty() && what != SmtpPending::Greeting && what != SmtpPending::StartTls &&
        what != SmtpPending::Data && what != SmtpPending::Dot && what != SmtpPending::Bdat &&
        what != SmtpPending::Quit && rejectUnsolicited())
        return;

    switch (what) {
    case SmtpPending::None:
        return;
    case SmtpPending::Greeting:
        onGreeting(reply);
        return;
    case SmtpPending::Ehlo:
    case SmtpPending::Helo:
        onEhloReply(reply, what == SmtpPending::Helo);
        return;
    case SmtpPending::StartTls:
        if (reply.code != 220) {
            fail(ErrorClass::StartTlsUnavailable, Phase::StartTls,
                 tr("The server announced STARTTLS but refused to start it; nothing was sent "
                    "in clear."),
                 &reply, endAfter(reply));
            return;
        }
        stageDone(Phase::StartTls, true);
        setState(Phase::Tls);
        m_conn->startTls();
        return;
    case SmtpPending::Auth:
        onAuthStep(m_auth.onReply(reply), &reply);
        return;
    case SmtpPending::Mail:
    case SmtpPending::Rcpt:
    case SmtpPending::Data:
    case SmtpPending::Dot:
    case SmtpPending::Bdat:
    case SmtpPending::Rset:
    case SmtpPending::EmptyDot:
        m_tx.onReply(what, reply);
        return;
    case SmtpPending::Quit:
        finish();
        return;
    }
}

void SmtpSession::onGreeting(const SmtpReply &reply)
{
    m_result.greeting = reply.text();
    if (reply.code != 220) {
        // RFC 5321 §3.1: after a 554 greeting the client should still send QUIT.
        fail(reply.isTransientNegative() ? ErrorClass::Temporary : ErrorClass::Refused,
             Phase::Greeting, tr("The server refused to serve this client."), &reply,
             endAfter(reply));
        return;
    }
    if (m_conn->hasPendingInput()) {
        // RFC 5321 §4.3.1 / §4.5.3.2: the client speaks first after the greeting. A
        // server that answers commands not yet sent is broken or being spoofed.
        fail(ErrorClass::Protocol, Phase::Ehlo,
             tr("The server sent replies before the client's first command."));
        return;
    }
    stageDone(Phase::Greeting, true);
    if (m_stopAfter == Phase::Connect || (m_stopAfter == Phase::Tls && m_tlsDone)) {
        sendQuit();
        return;
    }
    sendEhlo();
}

QString SmtpSession::heloName() const
{
    return m_config.heloName.isEmpty() ? smtp::defaultHeloName(m_conn->localAddress())
                                       : m_config.heloName;
}

void SmtpSession::sendEhlo()
{
    setState(Phase::Ehlo);
    m_expect.append(SmtpPending::Ehlo);
    sendCommand("EHLO " + heloName().toUtf8(), Phase::Ehlo);
}

void SmtpSession::onEhloReply(const SmtpReply &reply, bool helo)
{
    if (reply.code == 250) {
        m_caps = helo ? SmtpCapabilities{} : SmtpCapabilities::fromEhloReply(reply);
        afterEhlo();
        return;
    }
    if (!helo && reply.isPermanentNegative() && !m_triedHelo && !m_tlsDone) {
        // RFC 5321 §3.2: an old server that does not know EHLO gets HELO.
        m_triedHelo = true;
        m_expect.append(SmtpPending::Helo);
        sendCommand("HELO " + heloName().toUtf8(), Phase::Ehlo);
        return;
    }
    fail(reply.isTransientNegative() ? ErrorClass::Temporary : ErrorClass::Protocol, Phase::Ehlo,
         helo ? tr("The server accepted neither EHLO nor HELO.")
              : tr("The server did not accept the greeting (EHLO)."),
         &reply, endAfter(reply));
}

void SmtpSession::afterEhlo()
{
    stageDone(Phase::Ehlo, true);
    m_result.capabilities = m_caps.keywords;
    m_result.authMechanisms = m_caps.authMechanisms;
    m_result.sizeLimit = m_caps.size;

    const bool wantsTls = m_config.security == SmtpConfig::Security::StartTls ||
                          m_config.security == SmtpConfig::Security::Auto;
    if (!m_tlsDone && wantsTls) {
        if (m_caps.startTls) {
            setState(Phase::StartTls);
            m_expect.append(SmtpPending::StartTls);
            sendCommand("STARTTLS", Phase::StartTls);
            return;
        }
        if (m_config.security == SmtpConfig::Security::StartTls) {
            fail(ErrorClass::StartTlsUnavailable, Phase::StartTls,
                 tr("The server does not offer STARTTLS, and the settings require it; no "
                    "password or message was sent."),
                 nullptr, End::Quit);
            return;
        }
        const bool logsIn = m_config.auth != SmtpConfig::Auth::None && m_stopAfter != Phase::Ehlo &&
                            m_stopAfter != Phase::Tls;
        if (logsIn &&
            !sasl::mayAuthenticate(false, m_config.security == SmtpConfig::Security::None)) {
            // "auto" goes on in clear only for a session without a login: with
            // credentials set, not even CRAM-MD5 goes out (its answer is cracked offline)
            // and the message that would follow is not sent in clear either.
            MailSession::fail(
                ErrorClass::StartTlsUnavailable, Phase::StartTls,
                tr("The server does not offer STARTTLS (or someone on the way removed it), and "
                   "security \"Automatic\" never logs in without encryption; no password or "
                   "message was sent."),
                {},
                tr("Use security \"TLS\" (port 465) if the server offers it, or ask "
                   "its administrator to enable STARTTLS. Only on a trusted network: "
                   "security \"None\" allows a login in clear."),
                End::Quit);
            return;
        }
        m_result.endedInClear = true;
        m_transcript.info(QStringLiteral("the server offers no STARTTLS: the session stays "
                                         "unencrypted, without a login"));
    }
    if (m_stopAfter == Phase::Ehlo || m_stopAfter == Phase::Tls) {
        sendQuit();
        return;
    }
    startAuth();
}

void SmtpSession::startAuth()
{
    if (m_config.auth == SmtpConfig::Auth::None) {
        if (m_stopAfter == Phase::Auth) {
            sendQuit();
            return;
        }
        m_tx.startNext();
        return;
    }
    setState(Phase::Auth);
    onAuthStep(m_auth.start(m_config, m_caps.authMechanisms, m_conn->isEncrypted()), nullptr);
}

void SmtpSession::onAuthStep(const SmtpAuthenticator::Action &step, const SmtpReply *reply)
{
    if (!step.note.isEmpty())
        m_transcript.info(step.note);
    switch (step.kind) {
    case SmtpAuthenticator::Action::Kind::Send:
        m_expect.append(SmtpPending::Auth);
        sendCommand(step.line, Phase::Auth, step.shown);
        return;
    case SmtpAuthenticator::Action::Kind::Succeeded:
        m_result.authMechanismUsed = m_auth.mechanism();
        stageDone(Phase::Auth, true);
        if (m_stopAfter == Phase::Auth) {
            sendQuit();
            return;
        }
        m_tx.startNext();
        return;
    case SmtpAuthenticator::Action::Kind::Failed: {
        const SmtpReply *shown = step.withReply ? reply : nullptr;
        const End end = !step.quit ? End::Abort : shown ? endAfter(*shown) : End::Quit;
        fail(step.errorClass, Phase::Auth, step.message, shown, end);
        return;
    }
    }
}

void SmtpSession::sendQuit()
{
    setState(Phase::Quit);
    m_quitting = true;
    if (m_quitSent) {
        m_conn->armTimeout(Phase::Quit);
        return;
    }
    m_expect.append(SmtpPending::Quit);
    sendCommand("QUIT", Phase::Quit);
}

void SmtpSession::appendQuit(QByteArray &out)
{
    m_transcript.client(QStringLiteral("QUIT"));
    out += "QUIT\r\n";
    m_expect.append(SmtpPending::Quit);
    m_quitSent = true;
}

void SmtpSession::quitAfterFailure()
{
    if (m_quitSent) { // only its reply is owed (inStep)
        m_conn->armTimeout(Phase::Quit, kQuitAfterFailureMs);
        return;
    }
    m_expect = {SmtpPending::Quit};
    m_conn->sendLine("QUIT");
    m_conn->armTimeout(Phase::Quit, kQuitAfterFailureMs);
}

SmtpSession::End SmtpSession::endAfter(const SmtpReply &reply)
{
    return reply.code == 421 ? End::Abort : End::Quit;
}

void SmtpSession::fail(ErrorClass c, Phase p, const QString &message, const SmtpReply *reply,
                       End end)
{
    MailSession::fail(c, p, message, reply ? reply->text() : QString(), {}, end);
}

} // namespace mw
