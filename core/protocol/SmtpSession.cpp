// SPDX-License-Identifier: GPL-3.0-or-later
#include "SmtpSession.h"

#include "Sasl.h"

#include <QCoreApplication>
#include <QHostInfo>
#include <QUrl>

#include <algorithm>

namespace mw {
namespace {

bool hasHighBytes(const QByteArray &data)
{
    for (const char c : data) {
        if (static_cast<unsigned char>(c) >= 0x80)
            return true;
    }
    return false;
}

// RFC 5321 §4.5.3.1.6: a text line may hold at most 998 octets before CR LF.
constexpr int kMaxDataLine = 998;
// A server that keeps answering 334 is not authenticating; give up after this many rounds.
constexpr int kMaxAuthRounds = 4;
// The QUIT that ends a failed session waits this long for its 221 (the failure is known
// already; only the goodbye is at stake).
constexpr int kQuitAfterFailureMs = 2000;

} // namespace

SmtpSession::SmtpSession(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<mw::Result>();
    qRegisterMetaType<mw::StageTiming>();
    qRegisterMetaType<mw::MessageOutcome>();
}

SmtpSession::~SmtpSession()
{
    if (m_conn)
        m_conn->abort();
}

std::optional<QByteArray> SmtpSession::encodeData(const QByteArray &content, QString *error)
{
    QByteArray out;
    out.reserve(content.size() + content.size() / 40 + 8);
    qsizetype pos = 0;
    int lineNo = 0;
    while (pos < content.size()) {
        qsizetype nl = content.indexOf('\n', pos);
        const bool last = nl < 0;
        if (last)
            nl = content.size();
        qsizetype end = nl;
        if (end > pos && content.at(end - 1) == '\r')
            --end;
        ++lineNo;
        const qsizetype len = end - pos;
        if (len > kMaxDataLine) {
            if (error)
                *error = tr("Line %1 of the message is %2 octets long; SMTP allows at most %3.")
                             .arg(lineNo)
                             .arg(len)
                             .arg(kMaxDataLine);
            return std::nullopt;
        }
        // RFC 5321 §4.5.2: a line that starts with a dot gets one more.
        if (len > 0 && content.at(pos) == '.')
            out += '.';
        out.append(content.constData() + pos, len);
        out += "\r\n";
        pos = nl + 1;
    }
    out += ".\r\n";
    return out;
}

QByteArray SmtpSession::encodeAddress(const QString &address, bool *needsUtf8)
{
    if (needsUtf8)
        *needsUtf8 = false;
    if (address.isEmpty())
        return QByteArrayLiteral("<>");
    const qsizetype at = address.lastIndexOf(QLatin1Char('@'));
    QString local = at < 0 ? address : address.left(at);
    QString domain = at < 0 ? QString() : address.mid(at + 1);
    bool utf8 = false;
    for (const QChar ch : std::as_const(local)) {
        if (ch.unicode() >= 0x80)
            utf8 = true;
    }
    if (!domain.isEmpty() && !domain.startsWith(QLatin1Char('['))) {
        const QByteArray ace = QUrl::toAce(domain);
        if (!ace.isEmpty())
            domain = QString::fromLatin1(ace);
        else
            utf8 = true; // not convertible: only SMTPUTF8 can carry it
    }
    if (needsUtf8)
        *needsUtf8 = utf8;
    return '<' + (at < 0 ? local : local + QLatin1Char('@') + domain).toUtf8() + '>';
}

QString SmtpSession::defaultHeloName(const QHostAddress &local)
{
    QString name = QHostInfo::localHostName();
    if (!name.contains(QLatin1Char('.'))) {
        const QString domain = QHostInfo::localDomainName();
        if (!domain.isEmpty() && !name.isEmpty())
            name += QLatin1Char('.') + domain;
    }
    // RFC 5321 §4.1.4: the FQDN, or an address literal when there is none.
    if (name.contains(QLatin1Char('.')) && !name.startsWith(QLatin1String("localhost")))
        return name;
    if (local.protocol() == QAbstractSocket::IPv6Protocol) {
        bool ok = false;
        const QHostAddress v4(local.toIPv4Address(&ok));
        if (ok)
            return QLatin1Char('[') + v4.toString() + QLatin1Char(']');
        return QStringLiteral("[IPv6:") + local.toString() + QLatin1Char(']');
    }
    if (local.isNull())
        return QStringLiteral("[127.0.0.1]");
    return QLatin1Char('[') + local.toString() + QLatin1Char(']');
}

void SmtpSession::start(const SmtpConfig &config, const QList<Envelope> &messages, Phase stopAfter)
{
    if (m_running)
        return;
    m_config = config;
    // A config built in code may carry blanks around the host: trimmed here, once.
    m_config.host = config.host.trimmed();
    m_messages = messages;
    m_stopAfter = stopAfter;
    m_result = {};
    m_outcomes = QList<MessageOutcome>(messages.size());
    m_transcript.clear();
    m_transcript.start();
    m_parser.reset();
    m_caps = {};
    m_expect.clear();
    m_mechanism.clear();
    m_oauthError.clear();
    m_authStep = AuthStep::None;
    m_authRounds = 0;
    m_current = -1;
    m_tlsDone = false;
    m_triedHelo = false;
    m_dotSent = false;
    m_quitting = false;
    m_running = true;
    m_totalClock.start();
    m_stageClock.start();

    if (m_config.host.isEmpty() || config.port == 0) {
        fail(ErrorClass::Config, Phase::Idle, tr("No SMTP server (host and port) is configured."));
        return;
    }
    if ((config.auth != SmtpConfig::Auth::None) && config.username.isEmpty()) {
        fail(ErrorClass::Config, Phase::Idle, tr("Authentication is on but no login name is set."));
        return;
    }
    if ((config.auth != SmtpConfig::Auth::None) && !usesToken() && config.password.isEmpty()) {
        fail(ErrorClass::Config, Phase::Idle, tr("Authentication is on but no password is set."));
        return;
    }
    if (usesToken() && config.accessToken.isEmpty()) {
        fail(ErrorClass::Config, Phase::Idle,
             tr("OAuth2 sign-in is chosen but no access token is available: sign in first."));
        return;
    }

    m_conn = new MailConnection(this);
    connect(m_conn, &MailConnection::resolved, this, [this](qint64 ms) {
        m_result.stages.append({Phase::Resolve, true, ms});
        Q_EMIT stageFinished(m_result.stages.constLast());
        setState(Phase::Connect);
    });
    connect(m_conn, &MailConnection::connected, this, [this](qint64) {
        stageDone(Phase::Connect, true);
        if (mw::implicitTls(m_config)) {
            setState(Phase::Tls);
            return;
        }
        setState(Phase::Greeting);
        m_expect = {Pending::Greeting};
        m_conn->armTimeout(Phase::Greeting);
    });
    connect(m_conn, &MailConnection::encrypted, this, [this](qint64) {
        stageDone(Phase::Tls, true);
        m_result.tlsProtocol = m_conn->tlsProtocol();
        m_result.tlsCipher = m_conn->tlsCipher();
        m_result.certificate = m_conn->peerCertificate();
        const bool implicit = !m_tlsDone && m_expect.isEmpty() && m_result.greeting.isEmpty();
        m_tlsDone = true;
        if (implicit) {
            setState(Phase::Greeting);
            m_expect = {Pending::Greeting};
            m_conn->armTimeout(Phase::Greeting);
        } else {
            // RFC 3207 §4.2: forget what was learned in clear and ask again.
            m_caps = {};
            sendEhlo();
        }
    });
    connect(m_conn, &MailConnection::lineReceived, this, &SmtpSession::onLine);
    connect(m_conn, &MailConnection::failed, this, &SmtpSession::onConnectionFailed);
    connect(m_conn, &MailConnection::disconnected, this, &SmtpSession::onDisconnected);
    connect(m_conn, &MailConnection::allWritten, this, [this] {
        // The final-reply timer runs from the moment the last octet left, so that a slow
        // uplink for a large message is not mistaken for a silent server.
        if (m_dotSent && !m_expect.isEmpty() && m_expect.constLast() == Pending::Dot)
            m_conn->armTimeout(Phase::Data);
    });

    MailConnection::Options opts;
    opts.host = m_config.host;
    opts.port = config.port;
    opts.implicitTls = mw::implicitTls(config);
    opts.trust = config.trust;
    opts.addresses = config.addresses;
    opts.timeoutMs = qMax(1, config.timeoutSeconds) * 1000;
    opts.maxLineLength = 8192;
    m_transcript.info(
        QStringLiteral("SMTP to %1 port %2, security %3")
            .arg(opts.host)
            .arg(opts.port)
            .arg(opts.implicitTls                                ? QStringLiteral("implicit TLS")
                 : config.security == SmtpConfig::Security::None ? QStringLiteral("none")
                 : config.security == SmtpConfig::Security::StartTls ? QStringLiteral("STARTTLS")
                                                                     : QStringLiteral("auto")));
    setState(Phase::Resolve);
    m_conn->open(opts, &m_transcript);
}

void SmtpSession::cancel()
{
    if (!m_running)
        return;
    if (m_conn)
        m_conn->abort();
    if (m_quitting && m_result.errorClass != ErrorClass::None) {
        finish(); // only the goodbye of a failed session was cut short: its failure stands
        return;
    }
    fail(ErrorClass::Cancelled, m_state, tr("The session was cancelled."));
}

void SmtpSession::setState(Phase s)
{
    if (m_state == s)
        return;
    m_state = s;
    m_stageClock.start();
    Q_EMIT stateChanged(s);
}

void SmtpSession::stageDone(Phase p, bool ok)
{
    // Stages are reported for the session and its first message; a queue flush of a
    // thousand messages must not grow the list.
    if ((p == Phase::Mail || p == Phase::Rcpt || p == Phase::Data) && m_current > 0)
        return;
    for (const StageTiming &s : std::as_const(m_result.stages)) {
        if (s.phase == p && s.ok)
            return;
    }
    m_result.stages.append({p, ok, m_stageClock.elapsed()});
    Q_EMIT stageFinished(m_result.stages.constLast());
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
    m_transcript.server(QString::fromUtf8(line));
    const auto status = m_parser.feedLine(line);
    if (status == SmtpReplyParser::Status::NeedMore)
        return;
    if (status == SmtpReplyParser::Status::Error) {
        QString msg;
        if (!m_expect.isEmpty() && m_expect.constFirst() == Pending::Greeting) {
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
    const Pending what = m_expect.takeFirst();
    if (m_expect.isEmpty())
        m_conn->disarmTimeout();
    // More input behind the last reply expected (the greeting, STARTTLS, DATA and the final
    // dot check it themselves, in their own phase; after QUIT it does not matter).
    if (m_expect.isEmpty() && what != Pending::Greeting && what != Pending::StartTls &&
        what != Pending::Data && what != Pending::Dot && what != Pending::Quit &&
        rejectUnsolicited())
        return;

    switch (what) {
    case Pending::None:
        break;
    case Pending::Greeting:
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
        return;
    case Pending::Ehlo:
        if (reply.code == 250) {
            m_caps = SmtpCapabilities::fromEhloReply(reply);
            afterEhlo();
            return;
        }
        if (reply.isPermanentNegative() && !m_triedHelo && !m_tlsDone) {
            // RFC 5321 §3.2: an old server that does not know EHLO gets HELO.
            m_triedHelo = true;
            const QString name = m_config.heloName.isEmpty()
                                     ? defaultHeloName(m_conn->localAddress())
                                     : m_config.heloName;
            m_expect.append(Pending::Helo);
            sendCommand("HELO " + name.toUtf8(), Phase::Ehlo);
            return;
        }
        fail(reply.isTransientNegative() ? ErrorClass::Temporary : ErrorClass::Protocol,
             Phase::Ehlo, tr("The server did not accept the greeting (EHLO)."), &reply,
             endAfter(reply));
        return;
    case Pending::Helo:
        if (reply.code != 250) {
            fail(reply.isTransientNegative() ? ErrorClass::Temporary : ErrorClass::Protocol,
                 Phase::Ehlo, tr("The server accepted neither EHLO nor HELO."), &reply,
                 endAfter(reply));
            return;
        }
        m_caps = {};
        afterEhlo();
        return;
    case Pending::StartTls:
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
    case Pending::Auth:
        onAuthReply(reply);
        return;
    case Pending::Mail:
    case Pending::Rcpt:
    case Pending::Data:
    case Pending::Dot:
    case Pending::Rset:
    case Pending::EmptyDot: {
        m_expect.prepend(what);
        onTransactionReply(reply);
        return;
    }
    case Pending::Quit:
        finish();
        return;
    }
}

void SmtpSession::sendEhlo()
{
    setState(Phase::Ehlo);
    const QString name =
        m_config.heloName.isEmpty() ? defaultHeloName(m_conn->localAddress()) : m_config.heloName;
    m_expect.append(Pending::Ehlo);
    sendCommand("EHLO " + name.toUtf8(), Phase::Ehlo);
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
            m_expect.append(Pending::StartTls);
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
            // The sentence and the hint are in place before fail() may emit finished().
            m_result.errorClass = ErrorClass::StartTlsUnavailable;
            m_result.phase = Phase::StartTls;
            m_result.message =
                tr("The server does not offer STARTTLS (or someone on the way removed it), and "
                   "security \"Automatic\" never logs in without encryption; no password or "
                   "message was sent.");
            m_result.hint = tr("Use security \"TLS\" (port 465) if the server offers it, or ask "
                               "its administrator to enable STARTTLS. Only on a trusted network: "
                               "security \"None\" allows a login in clear.");
            fail(ErrorClass::StartTlsUnavailable, Phase::StartTls, m_result.message, nullptr,
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
        startNextMessage();
        return;
    }
    setState(Phase::Auth);
    QString requested;
    switch (m_config.auth) {
    case SmtpConfig::Auth::Plain:
        requested = QStringLiteral("PLAIN");
        break;
    case SmtpConfig::Auth::Login:
        requested = QStringLiteral("LOGIN");
        break;
    case SmtpConfig::Auth::CramMd5:
        requested = QStringLiteral("CRAM-MD5");
        break;
    case SmtpConfig::Auth::XOAuth2:
        requested = QStringLiteral("XOAUTH2");
        break;
    case SmtpConfig::Auth::OAuthBearer:
        requested = QStringLiteral("OAUTHBEARER");
        break;
    default:
        requested = QStringLiteral("AUTO");
        break;
    }
    QString why;
    const auto mech = sasl::choose(requested, m_caps.authMechanisms, m_conn->isEncrypted(),
                                   m_config.security == SmtpConfig::Security::None, &why);
    if (!mech) {
        fail(ErrorClass::AuthUnsupported, Phase::Auth, why, nullptr, End::Quit);
        return;
    }
    m_mechanism = *mech;
    m_authRounds = 0;
    m_expect.append(Pending::Auth);
    if (m_mechanism == QLatin1String("PLAIN")) {
        // RFC 4954 §4: the initial response saves a round trip.
        m_authStep = AuthStep::Initial;
        sendCommand("AUTH PLAIN " + sasl::plainResponse(m_config.username, m_config.password),
                    Phase::Auth, QStringLiteral("AUTH PLAIN ***"));
    } else if (m_mechanism == QLatin1String("XOAUTH2")) {
        // RFC 4954 §4 initial response; the token is never shown.
        m_authStep = AuthStep::OAuthInitial;
        sendCommand("AUTH XOAUTH2 " +
                        sasl::xoauth2Response(m_config.username, m_config.accessToken),
                    Phase::Auth, QStringLiteral("AUTH XOAUTH2 ***"));
    } else if (m_mechanism == QLatin1String("OAUTHBEARER")) {
        m_authStep = AuthStep::OAuthInitial;
        sendCommand("AUTH OAUTHBEARER " + sasl::oauthBearerResponse(m_config.username,
                                                                    m_config.accessToken,
                                                                    m_config.host, m_config.port),
                    Phase::Auth, QStringLiteral("AUTH OAUTHBEARER ***"));
    } else if (m_mechanism == QLatin1String("LOGIN")) {
        m_authStep = AuthStep::LoginUser;
        sendCommand("AUTH LOGIN", Phase::Auth);
    } else {
        m_authStep = AuthStep::CramResponse;
        sendCommand("AUTH CRAM-MD5", Phase::Auth);
    }
}

void SmtpSession::onAuthReply(const SmtpReply &reply)
{
    if (reply.code == 235) {
        m_result.authMechanismUsed = m_mechanism;
        m_authStep = AuthStep::Done;
        stageDone(Phase::Auth, true);
        if (m_stopAfter == Phase::Auth) {
            sendQuit();
            return;
        }
        startNextMessage();
        return;
    }
    if (reply.code == 334) {
        if (++m_authRounds > kMaxAuthRounds) {
            fail(ErrorClass::Protocol, Phase::Auth,
                 tr("The server keeps asking for more authentication data without end."), &reply);
            return;
        }
        const QByteArray challenge = reply.lines.value(0);
        m_expect.append(Pending::Auth);
        switch (m_authStep) {
        case AuthStep::Initial:
            // A server that ignored the initial response asks for it now (RFC 4954 §4).
            m_authStep = AuthStep::Done;
            sendCommand(sasl::plainResponse(m_config.username, m_config.password), Phase::Auth,
                        QStringLiteral("***"));
            return;
        case AuthStep::LoginUser:
        case AuthStep::LoginPass:
            // RFC 4954 §4: a 334 carries base64. A server whose prompt is not base64 is not
            // speaking AUTH LOGIN: nothing more is sent to it.
            if (!QByteArray::fromBase64Encoding(challenge.trimmed(),
                                                QByteArray::AbortOnBase64DecodingErrors)) {
                m_expect.removeLast();
                fail(ErrorClass::Protocol, Phase::Auth,
                     tr("The server's AUTH LOGIN prompt is not valid base64; the login was not "
                        "sent."),
                     &reply);
                return;
            }
            break;
        default:
            break;
        }
        switch (m_authStep) {
        case AuthStep::Initial: // answered above
            return;
        case AuthStep::LoginUser:
            m_authStep = AuthStep::LoginPass;
            sendCommand(m_config.username.toUtf8().toBase64(), Phase::Auth, QStringLiteral("***"));
            return;
        case AuthStep::LoginPass:
            m_authStep = AuthStep::Done;
            sendCommand(m_config.password.toUtf8().toBase64(), Phase::Auth, QStringLiteral("***"));
            return;
        case AuthStep::CramResponse: {
            const auto response =
                sasl::cramMd5Response(challenge, m_config.username, m_config.password);
            if (!response) {
                m_expect.removeLast();
                fail(ErrorClass::Protocol, Phase::Auth,
                     tr("The server's CRAM-MD5 challenge is not valid base64 or is too long."));
                return;
            }
            m_authStep = AuthStep::Done;
            sendCommand(*response, Phase::Auth, QStringLiteral("***"));
            return;
        }
        case AuthStep::OAuthInitial: {
            const auto error = sasl::parseOAuthError(challenge);
            if (!error) {
                m_expect.removeLast();
                fail(ErrorClass::Protocol, Phase::Auth,
                     tr("The server answered the %1 sign-in with a challenge that is not the "
                        "base64 JSON error RFC 7628 §3.2.2 describes.")
                         .arg(m_mechanism),
                     &reply);
                return;
            }
            m_oauthError = sasl::describeOAuthError(*error, m_mechanism);
            m_transcript.info(QStringLiteral("OAuth2 error from the server: status %1, scope %2")
                                  .arg(error->status, error->scope));
            m_authStep = AuthStep::OAuthErrorAck;
            // RFC 7628 §3.2.3: the client answers the error with a single ^A, after which
            // the server sends its final failure reply. Google's XOAUTH2 expects an empty
            // response instead.
            if (m_mechanism == QLatin1String("OAUTHBEARER"))
                sendCommand(QByteArray("\x01").toBase64(), Phase::Auth, QStringLiteral("AQ=="));
            else
                sendCommand(QByteArray(), Phase::Auth, QStringLiteral("(empty response)"));
            return;
        }
        case AuthStep::OAuthErrorAck:
        case AuthStep::None:
        case AuthStep::Done:
            // RFC 4954 §4: "*" cancels an exchange the client cannot continue.
            m_expect.removeLast();
            fail(ErrorClass::Protocol, Phase::Auth,
                 tr("The server asked for more authentication data than %1 uses.").arg(m_mechanism),
                 &reply);
            return;
        }
        return;
    }
    ErrorClass c = ErrorClass::AuthFailed;
    QString msg =
        tr("The server rejected the login (%1) for %2.").arg(m_mechanism, m_config.username);
    if (!m_oauthError.isEmpty()) {
        // The provider's reason (status, scope) says more than the final 535.
        fail(reply.isTransientNegative() ? ErrorClass::Temporary : ErrorClass::AuthFailed,
             Phase::Auth, m_oauthError, &reply, endAfter(reply));
        return;
    }
    if (usesToken() && reply.isPermanentNegative() && reply.code != 534 && reply.code != 538 &&
        reply.code != 504 && reply.code != 502)
        msg = tr("The server refused the OAuth2 access token (%1) for %2.")
                  .arg(m_mechanism, m_config.username);
    if (reply.isTransientNegative()) {
        c = ErrorClass::Temporary;
        msg = tr("The server could not check the login just now.");
    } else if (reply.code == 534 || reply.code == 538 || reply.code == 504 || reply.code == 502) {
        // RFC 4954 §6: 534 mechanism too weak, 538 encryption required; 504 unknown.
        c = ErrorClass::AuthUnsupported;
        msg = tr("The server does not accept %1 here.").arg(m_mechanism);
    }
    // RFC 5321 §4.1.1.10: a refused login ends with QUIT, not a dropped connection.
    fail(c, Phase::Auth, msg, &reply, endAfter(reply));
}

bool SmtpSession::usesToken() const
{
    return mw::usesOAuth(m_config);
}

void SmtpSession::startNextMessage()
{
    ++m_current;
    if (m_current >= m_messages.size()) {
        sendQuit();
        return;
    }
    const Envelope &env = m_messages.at(m_current);
    MessageOutcome &out = m_outcomes[m_current];
    out = {};
    m_rcptIndex = 0;
    m_rcptAccepted = 0;
    m_lastRcptReply.clear();
    m_dotSent = false;
    setState(Phase::Mail);

    if (env.recipients.isEmpty()) {
        finishMessage(MessageOutcome::State::Rejected, ErrorClass::Config, Phase::Rcpt,
                      tr("The message has no recipient."));
        startNextMessage();
        return;
    }
    // Whatever built the envelope, an address must not be able to end the path or the
    // command line early ("a@[x>y]", a line break): that would smuggle a command.
    for (const QString &a : QStringList{env.sender} + env.recipients) {
        if (std::any_of(a.cbegin(), a.cend(), [](QChar c) {
                return c == u'\r' || c == u'\n' || c == u'\0' || c == u'<' || c == u'>';
            })) {
            finishMessage(MessageOutcome::State::Rejected, ErrorClass::Config, Phase::Mail,
                          tr("The address %1 cannot be used in an SMTP command (it contains a "
                             "line break or an angle bracket).")
                              .arg(a.simplified()));
            startNextMessage();
            return;
        }
    }
    QString error;
    const auto data = encodeData(env.content, &error);
    if (!data) {
        finishMessage(MessageOutcome::State::Rejected, ErrorClass::MessageRejected, Phase::Data,
                      error);
        startNextMessage();
        return;
    }
    m_data = *data;
    if (m_caps.size > 0 && m_data.size() > m_caps.size) {
        // RFC 1870 §6: better not to send what the server said it will refuse.
        finishMessage(MessageOutcome::State::Rejected, ErrorClass::MessageRejected, Phase::Mail,
                      tr("The message is %1 octets; the server accepts at most %2.")
                          .arg(m_data.size())
                          .arg(m_caps.size));
        startNextMessage();
        return;
    }
    bool utf8 = false;
    QByteArray mail = "MAIL FROM:" + encodeAddress(env.sender, &utf8);
    QList<QByteArray> rcpts;
    for (const QString &r : env.recipients) {
        bool u = false;
        rcpts << "RCPT TO:" + encodeAddress(r, &u);
        utf8 = utf8 || u;
    }
    if (m_caps.size >= 0)
        mail += " SIZE=" + QByteArray::number(m_data.size());
    if (hasHighBytes(m_data)) {
        if (!m_caps.eightBitMime && !m_caps.smtpUtf8) {
            finishMessage(MessageOutcome::State::Rejected, ErrorClass::MessageRejected, Phase::Mail,
                          tr("The message contains 8-bit data and the server does not offer "
                             "8BITMIME."));
            startNextMessage();
            return;
        }
        mail += " BODY=8BITMIME";
    }
    if (utf8) {
        if (!m_caps.smtpUtf8) {
            finishMessage(MessageOutcome::State::Rejected, ErrorClass::RecipientRejected,
                          Phase::Mail,
                          tr("An address has non-ASCII characters and the server does not offer "
                             "SMTPUTF8."));
            startNextMessage();
            return;
        }
        mail += " SMTPUTF8"; // RFC 6531 §3.4
    }

    const bool pipeline = m_caps.pipelining && m_stopAfter == Phase::Done;
    if (pipeline) {
        if (m_expect.isEmpty() && rejectUnsolicited())
            return;
        // RFC 2920 §3.1: MAIL, every RCPT and DATA go in one flight.
        QByteArray flight;
        m_transcript.client(QString::fromUtf8(mail));
        flight += mail + "\r\n";
        m_expect.append(Pending::Mail);
        for (const QByteArray &r : std::as_const(rcpts)) {
            m_transcript.client(QString::fromUtf8(r));
            flight += r + "\r\n";
            m_expect.append(Pending::Rcpt);
        }
        m_transcript.client(QStringLiteral("DATA"));
        flight += "DATA\r\n";
        m_expect.append(Pending::Data);
        m_conn->sendRaw(flight);
        m_conn->armTimeout(Phase::Mail);
    } else {
        m_expect.append(Pending::Mail);
        sendCommand(mail, Phase::Mail);
    }
}

void SmtpSession::onTransactionReply(const SmtpReply &reply)
{
    const Pending what = m_expect.takeFirst();
    const Envelope &env = m_messages.at(m_current);
    MessageOutcome &out = m_outcomes[m_current];
    const bool pipelined = !m_expect.isEmpty() && what != Pending::Dot;
    const bool alreadyFailed = out.state != MessageOutcome::State::NotAttempted;

    switch (what) {
    case Pending::Mail:
        if (!reply.isPositive()) {
            finishMessage(reply.isTransientNegative() ? MessageOutcome::State::Deferred
                                                      : MessageOutcome::State::Rejected,
                          classifyReply(reply, ErrorClass::SenderRejected), Phase::Mail,
                          reply.text());
            m_result.message = tr("The server rejected the sender address %1.")
                                   .arg(env.sender.isEmpty() ? QStringLiteral("<>") : env.sender);
            if (!pipelined) {
                m_expect.append(Pending::Rset);
                sendCommand("RSET", Phase::Mail);
            }
            return;
        }
        stageDone(Phase::Mail, true);
        setState(Phase::Rcpt);
        if (!pipelined) {
            if (m_stopAfter == Phase::Mail) {
                m_expect.append(Pending::Rset);
                sendCommand("RSET", Phase::Mail);
                return;
            }
            m_expect.append(Pending::Rcpt);
            bool u = false;
            sendCommand("RCPT TO:" + encodeAddress(env.recipients.at(0), &u), Phase::Rcpt);
        }
        return;
    case Pending::Rcpt: {
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
            m_expect.append(Pending::Rcpt);
            bool u = false;
            sendCommand("RCPT TO:" + encodeAddress(env.recipients.at(m_rcptIndex), &u),
                        Phase::Rcpt);
            return;
        }
        if (m_rcptAccepted == 0) {
            finishMessage(reply.isTransientNegative() ? MessageOutcome::State::Deferred
                                                      : MessageOutcome::State::Rejected,
                          classifyReply(reply, ErrorClass::RecipientRejected), Phase::Rcpt,
                          reply.text());
            m_expect.append(Pending::Rset);
            sendCommand("RSET", Phase::Rcpt);
            return;
        }
        stageDone(Phase::Rcpt, true);
        if (m_stopAfter == Phase::Rcpt) {
            if (!out.rejectedRecipients.isEmpty())
                finishMessage(MessageOutcome::State::Rejected, ErrorClass::RecipientRejected,
                              Phase::Rcpt, m_lastRcptReply);
            m_expect.append(Pending::Rset);
            sendCommand("RSET", Phase::Rcpt);
            return;
        }
        setState(Phase::Data);
        m_expect.append(Pending::Data);
        sendCommand("DATA", Phase::Data);
        return;
    }
    case Pending::Data:
        if (reply.code == 354) {
            if (alreadyFailed || m_rcptAccepted == 0) {
                // RFC 2920 §3.1: the server should have refused DATA; end the empty
                // transaction without sending the message.
                if (!alreadyFailed)
                    finishMessage(MessageOutcome::State::Rejected, ErrorClass::RecipientRejected,
                                  Phase::Rcpt, out.rejectedRecipients.join(QStringLiteral("; ")));
                // The lone dot is the only way out of the data state; its reply is ignored
                // and RSET then starts the next message on a clean slate.
                m_transcript.client(QStringLiteral("."));
                m_expect.append(Pending::EmptyDot);
                m_conn->sendRaw(".\r\n");
                m_conn->armTimeout(Phase::Data);
                return;
            }
            stageDone(Phase::Rcpt, true);
            setState(Phase::Data);
            if (rejectUnsolicited())
                return;
            m_transcript.client(QStringLiteral("(message, %1 octets)").arg(m_data.size()));
            m_transcript.client(QStringLiteral("."));
            m_dotSent = true;
            m_expect.append(Pending::Dot);
            m_conn->sendRaw(m_data);
            m_conn->armTimeout(Phase::Data);
            return;
        }
        if (!alreadyFailed) {
            if (m_rcptAccepted == 0)
                finishMessage(
                    m_lastRcptReply.startsWith(QLatin1Char('4')) ? MessageOutcome::State::Deferred
                                                                 : MessageOutcome::State::Rejected,
                    m_lastRcptReply.startsWith(QLatin1Char('4')) ? ErrorClass::Temporary
                                                                 : ErrorClass::RecipientRejected,
                    Phase::Rcpt, m_lastRcptReply);
            else
                finishMessage(reply.isTransientNegative() ? MessageOutcome::State::Deferred
                                                          : MessageOutcome::State::Rejected,
                              classifyReply(reply, ErrorClass::MessageRejected), Phase::Data,
                              reply.text());
        }
        m_expect.append(Pending::Rset);
        sendCommand("RSET", Phase::Data);
        return;
    case Pending::Dot:
        m_dotSent = false;
        if (reply.isPositive()) {
            stageDone(Phase::Data, true);
            finishMessage(MessageOutcome::State::Delivered, ErrorClass::None, Phase::Data,
                          reply.text());
            if (!out.rejectedRecipients.isEmpty() && m_result.errorClass == ErrorClass::None) {
                m_result.errorClass = ErrorClass::RecipientRejected;
                m_result.phase = Phase::Rcpt;
                m_result.message = tr("The message was sent, but the server rejected some "
                                      "recipients: %1")
                                       .arg(out.rejectedRecipients.join(QStringLiteral("; ")));
            }
            startNextMessage();
            return;
        }
        finishMessage(reply.isTransientNegative() ? MessageOutcome::State::Deferred
                                                  : MessageOutcome::State::Rejected,
                      classifyReply(reply, ErrorClass::MessageRejected), Phase::Data, reply.text());
        startNextMessage();
        return;
    case Pending::EmptyDot:
        m_expect.append(Pending::Rset);
        sendCommand("RSET", Phase::Data);
        return;
    case Pending::Rset:
        if (!reply.isPositive()) {
            fail(ErrorClass::Protocol, m_state, tr("The server refused to reset the transaction."),
                 &reply, endAfter(reply));
            return;
        }
        if (m_stopAfter == Phase::Mail || m_stopAfter == Phase::Rcpt) {
            sendQuit();
            return;
        }
        startNextMessage();
        return;
    case Pending::None:
        return;
    default:
        break;
    }
}

ErrorClass SmtpSession::classifyReply(const SmtpReply &reply, ErrorClass permanent) const
{
    if (reply.isTransientNegative())
        return ErrorClass::Temporary;
    if (reply.isPermanentNegative())
        return permanent;
    return ErrorClass::Protocol;
}

void SmtpSession::finishMessage(MessageOutcome::State state, ErrorClass c, Phase p,
                                const QString &reply)
{
    MessageOutcome &out = m_outcomes[m_current];
    out.state = state;
    out.errorClass = c;
    out.phase = p;
    out.serverReply = reply;
    if (state != MessageOutcome::State::Delivered && m_result.errorClass == ErrorClass::None) {
        m_result.errorClass = c;
        m_result.phase = p;
        m_result.message = defaultMessage(c);
        if (c == ErrorClass::RecipientRejected && !out.rejectedRecipients.isEmpty())
            m_result.message = tr("The server rejected the recipient: %1")
                                   .arg(out.rejectedRecipients.join(QStringLiteral("; ")));
        else if (c == ErrorClass::MessageRejected || c == ErrorClass::Config)
            m_result.message = reply;
        m_result.serverReply = reply;
        m_result.hint = defaultHint(c);
    }
    Q_EMIT messageFinished(m_current, out);
}

void SmtpSession::sendQuit()
{
    setState(Phase::Quit);
    m_quitting = true;
    m_expect.append(Pending::Quit);
    sendCommand("QUIT", Phase::Quit);
}

void SmtpSession::onConnectionFailed(ErrorClass c, Phase p, const QString &message)
{
    if (!m_running)
        return;
    if (m_quitting) {
        // The work is done; a server that drops the line instead of answering QUIT has
        // not lost anything.
        finish();
        return;
    }
    QString msg = message;
    QString hint = defaultHint(c);
    Result &r = m_result;
    r.certificate = m_conn->peerCertificate();
    r.certificateErrors = m_conn->certificateErrors();
    if (c == ErrorClass::TlsHandshake && !m_tlsDone && tlsErrorIsPeerAlert(message)) {
        // The server answered in TLS and then gave up with an alert: port and mode are
        // right, the server's own TLS is not.
        hint = tlsPeerAlertHint();
    } else if (c == ErrorClass::TlsHandshake && !m_tlsDone && m_result.greeting.isEmpty() &&
               (m_config.security == SmtpConfig::Security::Tls ||
                m_config.port == kSmtpImplicitTlsPort)) {
        hint = tr("This port may expect STARTTLS or no encryption: try security "
                  "\"STARTTLS\" (ports 587 or 25).");
        // OpenSSL reads a clear "220 ..." greeting as a TLS record header with a bogus
        // version: the port certainly speaks clear text first.
        if (tlsErrorMeansClearText(message))
            msg = tr("This port answered in clear text, not with TLS: it expects STARTTLS (or "
                     "no encryption), not implicit TLS. (%1)")
                      .arg(message);
    }
    if (c == ErrorClass::Timeout && p == Phase::Greeting && !m_tlsDone)
        hint = tr("A server that stays silent after connecting often expects implicit "
                  "TLS: try security \"TLS\" (port 465).");
    if (msg.isEmpty())
        msg = defaultMessage(c);
    // fail() emits finished(): the sentence and the hint must be in place before it.
    if (m_result.errorClass == ErrorClass::None) {
        m_result.errorClass = c;
        m_result.phase = p;
        m_result.message = msg;
        m_result.hint = hint;
    }
    fail(c, p, msg);
}

void SmtpSession::onDisconnected()
{
    if (!m_running)
        return;
    if (m_quitting) {
        finish();
        return;
    }
    fail(ErrorClass::Network, m_state, tr("The server closed the connection unexpectedly."));
}

SmtpSession::End SmtpSession::endAfter(const SmtpReply &reply)
{
    // RFC 5321 §3.8: 421 means the server is closing the channel itself.
    return reply.code == 421 ? End::Abort : End::Quit;
}

void SmtpSession::fail(ErrorClass c, Phase p, const QString &message, const SmtpReply *reply,
                       End end)
{
    if (!m_running)
        return;
    if (m_quitting && c != ErrorClass::Cancelled) {
        // Trouble with the goodbye: what the session found stands.
        if (m_conn)
            m_conn->abort();
        finish();
        return;
    }
    // A message in flight when the session breaks: after the final dot the server may
    // have taken it (RFC 5321 §4.1.1.4 / RFC 1047), so it is "unknown", not "deferred".
    if (m_current >= 0 && m_current < m_messages.size() &&
        m_outcomes.at(m_current).state == MessageOutcome::State::NotAttempted) {
        MessageOutcome &out = m_outcomes[m_current];
        out.state = m_dotSent ? MessageOutcome::State::Unknown : MessageOutcome::State::Deferred;
        out.errorClass = c;
        out.phase = p;
        out.serverReply = reply ? reply->text() : message;
        Q_EMIT messageFinished(m_current, out);
    }
    m_result.ok = false;
    if (m_result.errorClass == ErrorClass::None || c == ErrorClass::Cancelled) {
        m_result.errorClass = c;
        m_result.phase = p;
        m_result.message = message.isEmpty() ? defaultMessage(c) : message;
        m_result.hint = defaultHint(c);
        if (reply)
            m_result.serverReply = reply->text();
    }
    if (m_result.stages.isEmpty() || m_result.stages.constLast().phase != p ||
        m_result.stages.constLast().ok)
        m_result.stages.append({p, false, m_stageClock.elapsed()});
    Q_EMIT stageFinished(m_result.stages.constLast());
    if (end == End::Quit && m_conn && m_expect.isEmpty() && !m_conn->hasPendingInput()) {
        // In step with the server (nothing owed, nothing unread): say goodbye. The reply,
        // a timeout or a close all end the session with the failure recorded above.
        m_quitting = true;
        m_expect = {Pending::Quit};
        m_conn->sendLine("QUIT");
        m_conn->armTimeout(Phase::Quit, kQuitAfterFailureMs);
        return;
    }
    if (m_conn)
        m_conn->abort();
    finish();
}

void SmtpSession::finish()
{
    if (!m_running)
        return;
    m_running = false;
    if (m_conn) {
        m_conn->close();
        m_conn->deleteLater();
        m_conn = nullptr;
    }
    m_result.ok = m_result.errorClass == ErrorClass::None;
    if (m_result.ok) {
        m_result.phase = Phase::Done;
        m_result.message = defaultMessage(ErrorClass::None);
    }
    m_transcript.info(
        QStringLiteral("session finished: %1 in %2 ms")
            .arg(m_result.ok ? QStringLiteral("ok") : errorClassId(m_result.errorClass))
            .arg(m_totalClock.elapsed()));
    setState(Phase::Done);
    Q_EMIT finished(m_result);
}

} // namespace mw
