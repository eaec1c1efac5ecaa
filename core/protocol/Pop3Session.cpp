// SPDX-License-Identifier: GPL-3.0-or-later
#include "Pop3Session.h"

#include "Sasl.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QRegularExpression>

#include <utility>

// The answers of the server are read in Pop3SessionAnswers.cpp.
namespace mw {

Pop3Session::Pop3Session(QObject *parent)
    : MailSession(parent)
{
    qRegisterMetaType<mw::Pop3MessageInfo>();
    qRegisterMetaType<QList<mw::Pop3MessageInfo>>();
}

Pop3Session::~Pop3Session() = default;

QByteArray Pop3Session::apopDigest(const QByteArray &timestamp, const QString &password)
{
    // RFC 1939 §7: MD5 over the timestamp (angle brackets included) and the shared secret.
    return QCryptographicHash::hash(QByteArray(timestamp + password.toUtf8()),
                                    QCryptographicHash::Md5)
        .toHex();
}

QByteArray Pop3Session::findTimestamp(const QByteArray &greeting)
{
    // RFC 1939 §7: the timestamp is a msg-id (RFC 822 syntax), so it holds an "@" and
    // neither blanks nor angle brackets inside.
    static const QRegularExpression re(QStringLiteral("<[^<>\\s]+@[^<>\\s]+>"));
    const QRegularExpressionMatch m = re.match(QString::fromLatin1(greeting));
    return m.hasMatch() ? m.captured(0).toLatin1() : QByteArray();
}

QString Pop3Session::requestedMechanism(Pop3Config::Auth auth)
{
    switch (auth) {
    case Pop3Config::Auth::Auto:
        return QStringLiteral("AUTO");
    case Pop3Config::Auth::User:
        return QStringLiteral("USER");
    case Pop3Config::Auth::Apop:
        return QStringLiteral("APOP");
    case Pop3Config::Auth::Plain:
        return QStringLiteral("PLAIN");
    case Pop3Config::Auth::CramMd5:
        return QStringLiteral("CRAM-MD5");
    case Pop3Config::Auth::ScramSha256:
        return QStringLiteral("SCRAM-SHA-256");
    case Pop3Config::Auth::ScramSha1:
        return QStringLiteral("SCRAM-SHA-1");
    case Pop3Config::Auth::Gssapi:
        return QStringLiteral("GSSAPI");
    case Pop3Config::Auth::Ntlm:
        return QStringLiteral("NTLM");
    case Pop3Config::Auth::External:
        return QStringLiteral("EXTERNAL");
    }
    return QStringLiteral("USER");
}

void Pop3Session::start(const Pop3Config &config, Phase stopAfter)
{
    if (m_running)
        return;
    m_config = config;
    // A config built in code may carry blanks around the host: trimmed here, once.
    m_config.host = config.host.trimmed();
    m_stopAfter = stopAfter;
    begin();
    m_pending = Pending::None;
    m_current = {};
    m_queue.clear();
    m_answer.reset();
    m_answerOctetsArmed = 0;
    m_listing.clear();
    m_timestamp.clear();
    m_localAddress = {};
    m_capaOk = false;
    m_stlsOffered = false;
    m_uidlOffered = false;
    m_loggedIn = false;

    const bool logsIn = stopAfter != Phase::Greeting && stopAfter != Phase::Connect;
    if (m_config.host.isEmpty() || config.port == 0) {
        fail(ErrorClass::Config, Phase::Idle, tr("No POP3 server (host and port) is configured."));
        return;
    }
    // GSSAPI (the ticket names the principal) and EXTERNAL (the certificate does) need no
    // login name and no password; auto may find either (sasl::needsPassword).
    const bool needsLogin = sasl::needsPassword(requestedMechanism(config.auth));
    if (logsIn && needsLogin && config.username.isEmpty()) {
        fail(ErrorClass::Config, Phase::Idle, tr("No POP3 login name is set."));
        return;
    }
    if (logsIn && needsLogin && config.password.isEmpty()) {
        fail(ErrorClass::Config, Phase::Idle, tr("No POP3 password is set."));
        return;
    }

    MailConnection::Options opts;
    opts.host = m_config.host;
    opts.port = config.port;
    opts.implicitTls = mw::implicitTls(config);
    opts.plainOnly = config.security == Pop3Config::Security::None;
    opts.trust = config.trust;
    opts.identity = config.identity;
    opts.timeoutMs = qMax(1, config.timeoutSeconds) * 1000;
    opts.maxLineLength = Pop3MultiLine::kMaxLine;
    opts.family = config.family;
    // Named before open(), which may end the session (and its caller's config) at once.
    const QString signIn = logsIn ? requestedMechanism(config.auth) : QString();
    open(opts, QStringLiteral("POP3"),
         config.security == Pop3Config::Security::None   ? QStringLiteral("none")
         : config.security == Pop3Config::Security::Stls ? QStringLiteral("STLS")
                                                         : QStringLiteral("auto"));
    // After open(), whose TLS preload is needed first (STLS comes before AUTH).
    sasl::Client::preloadFor(signIn);
}

void Pop3Session::onConnected()
{
    m_localAddress = m_conn->localAddress();
}

void Pop3Session::expectGreeting()
{
    m_pending = Pending::Greeting;
}

void Pop3Session::afterStartTls()
{
    // RFC 2595 §4: what CAPA said in clear may have been forged; ask again.
    m_result.capabilities.clear();
    m_result.authMechanisms.clear();
    sendCapa();
}

MailSession::WrongPortHints Pop3Session::wrongPortHints() const
{
    WrongPortHints h;
    h.implicitTlsPort = kPop3ImplicitTlsPort;
    h.tlsConfigured = m_config.security == Pop3Config::Security::Tls;
    h.notImplicitTls =
        tr("This port may expect STLS or no encryption: try security \"STLS\" (port 110).");
    h.silentAfterConnect = tr("A server that stays silent after connecting often expects implicit "
                              "TLS: try security \"TLS\" (port 995).");
    return h;
}

bool Pop3Session::inStep() const
{
    return !m_answer.isActive() && m_pending == Pending::None;
}

void Pop3Session::onFinishing()
{
    m_queue.clear();
}

void Pop3Session::stat()
{
    enqueue(Pending::Stat);
}

void Pop3Session::list()
{
    enqueue(Pending::List);
}

void Pop3Session::retrieve(int number)
{
    enqueue(Pending::Retr, number);
}

void Pop3Session::top(int number, int lines)
{
    enqueue(Pending::Top, number, qMax(0, lines));
}

bool Pop3Session::topOffered() const
{
    for (const QString &line : m_result.capabilities) {
        if (line.section(QLatin1Char(' '), 0, 0)
                .compare(QLatin1String("TOP"), Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

void Pop3Session::remove(int number)
{
    enqueue(Pending::Dele, number);
}

void Pop3Session::quit()
{
    enqueue(Pending::Quit);
}

void Pop3Session::enqueue(Pending kind, int number, int lines)
{
    if (!m_running || m_quitting)
        return;
    m_queue.append({kind, number, lines});
    if (m_loggedIn)
        runQueue();
}

void Pop3Session::runQueue()
{
    if (!m_running || !m_loggedIn || m_quitting || m_pending != Pending::None)
        return;
    if (m_queue.isEmpty()) {
        // Idle in the transaction state: no timer runs until the caller asks for more.
        m_conn->disarmTimeout();
        Q_EMIT ready();
        return;
    }
    m_current = m_queue.takeFirst();
    switch (m_current.kind) {
    case Pending::Stat:
        send(Pending::Stat, "STAT", Phase::Transaction);
        return;
    case Pending::List:
        m_listing.clear();
        send(Pending::List, "LIST", Phase::Transaction);
        return;
    case Pending::Retr:
        send(Pending::Retr, "RETR " + QByteArray::number(m_current.number), Phase::Transaction);
        return;
    case Pending::Top:
        send(Pending::Top,
             "TOP " + QByteArray::number(m_current.number) + ' ' +
                 QByteArray::number(m_current.lines),
             Phase::Transaction);
        return;
    case Pending::Dele:
        send(Pending::Dele, "DELE " + QByteArray::number(m_current.number), Phase::Transaction);
        return;
    case Pending::Quit:
        sendQuit();
        return;
    default:
        runQueue();
        return;
    }
}

void Pop3Session::send(Pending what, const QByteArray &cmd, Phase phase, const QString &shown)
{
    // RFC 1939 §3: one command, one answer. Input already here when the next command is
    // due answers nothing the client asked; read as that command's answer it would send
    // PASS on a stale +OK, report a login the server never confirmed, or take the wrong
    // message for RETR and DELE another.
    if (!m_quitting && m_conn && m_conn->hasPendingInput()) {
        fail(ErrorClass::Protocol, m_state == Phase::Idle ? Phase::Greeting : m_state,
             tr("The server sent a line nobody asked for."));
        return;
    }
    m_pending = what;
    m_conn->sendLine(cmd, shown);
    m_conn->armTimeout(phase);
}

void Pop3Session::beginMultiLine(Phase phase)
{
    if (m_pending == Pending::Retr || m_pending == Pending::Top)
        m_answer.beginMessage(m_current.number, m_config.maxMessageSize);
    else
        m_answer.beginLines(m_pending == Pending::Capa ? Pop3MultiLine::kMaxCapaLines
                                                       : Pop3MultiLine::kMaxListLines,
                            m_config.maxMessageSize);
    m_answerOctetsArmed = 0;
    m_conn->armTimeout(phase);
}

bool Pop3Session::clearChannel() const
{
    return !(m_conn && m_conn->isEncrypted());
}

void Pop3Session::sendCapa()
{
    send(Pending::Capa, "CAPA", Phase::Greeting);
}

void Pop3Session::afterCapa()
{
    if (!m_tlsDone) {
        const Pop3Config::Security sec = m_config.security;
        if (sec == Pop3Config::Security::Stls ||
            (sec == Pop3Config::Security::Auto && m_stlsOffered)) {
            if (sec == Pop3Config::Security::Stls && m_capaOk && !m_stlsOffered) {
                fail(ErrorClass::StartTlsUnavailable, Phase::StartTls,
                     tr("The server does not offer STLS, so no secure connection is possible; "
                        "nothing was sent in clear."),
                     {}, {}, End::Quit);
                return;
            }
            // Without CAPA (RFC 1939 server) STLS is simply tried: -ERR is then a clear
            // "not available".
            setState(Phase::StartTls);
            send(Pending::Stls, "STLS", Phase::StartTls);
            return;
        }
        const bool logsIn = !(m_stopAfter == Phase::Greeting || m_stopAfter == Phase::Connect ||
                              m_stopAfter == Phase::Tls || m_stopAfter == Phase::StartTls);
        if (logsIn && !sasl::mayAuthenticate(false, sec == Pop3Config::Security::None)) {
            // "auto" stays in clear only for a check without a login: neither USER/PASS
            // nor APOP (whose digest is cracked offline) goes out unencrypted.
            fail(ErrorClass::StartTlsUnavailable, Phase::StartTls,
                 tr("The server does not offer STLS (or someone on the way removed it), and "
                    "security \"Automatic\" never logs in without encryption; neither the "
                    "password nor an APOP digest was sent."),
                 {},
                 tr("Use security \"TLS\" (port 995) if the server offers it, or ask its "
                    "administrator to enable STLS. Only on a trusted network: security \"None\" "
                    "allows a login in clear."),
                 End::Quit);
            return;
        }
        if (sec == Pop3Config::Security::Auto)
            m_result.endedInClear = true;
    }
    if (m_stopAfter == Phase::Greeting || m_stopAfter == Phase::Connect ||
        m_stopAfter == Phase::Tls || m_stopAfter == Phase::StartTls) {
        sendQuit();
        return;
    }
    login();
}

void Pop3Session::login()
{
    setState(Phase::Auth);
    if (!sasl::mayAuthenticate(!clearChannel(), m_config.security == Pop3Config::Security::None)) {
        fail(ErrorClass::AuthUnsupported, Phase::Auth,
             tr("The connection is not encrypted, so no login was sent (neither USER/PASS nor "
                "an APOP digest, which can be cracked offline)."),
             {},
             tr("Use security STLS or TLS, or choose security \"none\" explicitly to allow a "
                "login in clear."),
             End::Quit);
        return;
    }
    if (m_config.auth == Pop3Config::Auth::Apop) {
        if (m_timestamp.isEmpty()) {
            // RFC 1939 §7: without a timestamp there is nothing to digest. Falling back to
            // USER/PASS would send the password the admin meant to protect.
            fail(ErrorClass::AuthUnsupported, Phase::Auth,
                 tr("APOP is switched on, but the server's greeting carries no APOP timestamp, "
                    "so APOP cannot be used. USER/PASS was not tried instead."),
                 {},
                 tr("Switch APOP off and use security STLS or TLS, or check that this is the "
                    "right server."),
                 End::Quit);
            return;
        }
        m_result.authMechanismUsed = QStringLiteral("APOP");
        const QByteArray user = m_config.username.toUtf8();
        send(Pending::Apop,
             "APOP " + user + ' ' + apopDigest(m_timestamp.toLatin1(), m_config.password),
             Phase::Auth, QStringLiteral("APOP %1 ***").arg(m_config.username));
        return;
    }
    const QString requested = requestedMechanism(m_config.auth);
    if (requested == QLatin1String("USER")) {
        loginUser();
        return;
    }
    sasl::Available have;
    have.password = !m_config.password.isEmpty();
    have.clientCertificate = m_config.identity.isSet();
    QString why;
    const auto mech = sasl::choose(requested, m_result.authMechanisms, !clearChannel(),
                                   m_config.security == Pop3Config::Security::None, have, &why);
    if (mech) {
        loginSasl(*mech);
        return;
    }
    if (requested == QLatin1String("AUTO") && have.password) {
        // Auto: no SASL mechanism offered that the credentials fit; USER/PASS over the
        // encrypted channel (mayAuthenticate held above).
        loginUser();
        return;
    }
    fail(ErrorClass::AuthUnsupported, Phase::Auth, why, {}, {}, End::Quit);
}

void Pop3Session::loginUser()
{
    m_result.authMechanismUsed = QStringLiteral("USER");
    send(Pending::User, "USER " + m_config.username.toUtf8(), Phase::Auth);
}

namespace {
// RFC 5034 §4: the AUTH command with its initial response is at most 255 octets, CRLF
// included.
constexpr qsizetype kMaxAuthCommand = 255;
} // namespace

void Pop3Session::loginSasl(const QString &mechanism)
{
    sasl::ClientParams params;
    params.user = m_config.username;
    params.password = m_config.password;
    params.realm = m_config.realm;
    params.host = m_config.host;
    params.service = QStringLiteral("pop"); // RFC 5034 §7: the GSSAPI service name is "pop"
    std::optional<QByteArray> initial;
    QString why;
    if (!m_sasl.start(mechanism, params, &initial, &why)) {
        fail(m_sasl.startErrorClass(), Phase::Auth, why, {}, {}, End::Quit);
        return;
    }
    // RFC 5034 §4: AUTH mechanism [initial-response]; the response is never shown.
    const QByteArray command = "AUTH " + mechanism.toLatin1();
    // A command with the initial response longer than 255 octets (a Kerberos token) goes
    // without it; the response then answers the server's empty "+ " (RFC 5034 §4).
    if (initial && command.size() + 1 + initial->size() + 2 <= kMaxAuthCommand)
        send(Pending::Auth, command + ' ' + *initial, Phase::Auth,
             QStringLiteral("AUTH %1 ***").arg(mechanism));
    else
        send(Pending::Auth, command, Phase::Auth);
}

void Pop3Session::loggedIn()
{
    m_loggedIn = true;
    stageDone(Phase::Auth, true);
    if (m_stopAfter != Phase::Done && m_stopAfter != Phase::Transaction) {
        sendQuit();
        return;
    }
    setState(Phase::Transaction);
    runQueue();
}

void Pop3Session::sendQuit()
{
    if (m_loggedIn && m_state == Phase::Transaction)
        stageDone(Phase::Transaction, true);
    setState(Phase::Quit);
    m_quitting = true;
    m_queue.clear();
    send(Pending::Quit, "QUIT", Phase::Quit);
}

void Pop3Session::fail(ErrorClass c, Phase p, const QString &message, const QByteArray &reply,
                       const QString &hint, End end)
{
    // every server word goes through serverText
    MailSession::fail(c, p, message, serverText(reply), hint, end);
}

void Pop3Session::quitAfterFailure()
{
    m_queue.clear();
    if (m_loggedIn) {
        // RFC 1939 §6: QUIT in the transaction state commits the deletions; RSET first,
        // so that a failed session deletes nothing, as a dropped connection would not.
        send(Pending::Rset, "RSET", Phase::Quit);
        m_conn->armTimeout(Phase::Quit, kQuitAfterFailureMs);
        return;
    }
    send(Pending::Quit, "QUIT", Phase::Quit);
    m_conn->armTimeout(Phase::Quit, kQuitAfterFailureMs);
}

} // namespace mw
