// SPDX-License-Identifier: GPL-3.0-or-later
#include "SmtpAuthenticator.h"

#include "Sasl.h"

namespace mw {
namespace {

// RFC 4954 §6: 534 mechanism too weak, 538 encryption required; 504 unknown, 502 not
// implemented.
bool refusesMechanism(int code)
{
    return code == 534 || code == 538 || code == 504 || code == 502;
}

} // namespace

QString SmtpAuthenticator::requestedMechanism(SmtpConfig::Auth auth)
{
    switch (auth) {
    case SmtpConfig::Auth::Plain:
        return QStringLiteral("PLAIN");
    case SmtpConfig::Auth::Login:
        return QStringLiteral("LOGIN");
    case SmtpConfig::Auth::CramMd5:
        return QStringLiteral("CRAM-MD5");
    case SmtpConfig::Auth::XOAuth2:
        return QStringLiteral("XOAUTH2");
    case SmtpConfig::Auth::OAuthBearer:
        return QStringLiteral("OAUTHBEARER");
    case SmtpConfig::Auth::ScramSha256:
        return QStringLiteral("SCRAM-SHA-256");
    case SmtpConfig::Auth::ScramSha1:
        return QStringLiteral("SCRAM-SHA-1");
    case SmtpConfig::Auth::Gssapi:
        return QStringLiteral("GSSAPI");
    case SmtpConfig::Auth::Ntlm:
        return QStringLiteral("NTLM");
    case SmtpConfig::Auth::External:
        return QStringLiteral("EXTERNAL");
    case SmtpConfig::Auth::None:
    case SmtpConfig::Auth::Auto:
        break;
    }
    return QStringLiteral("AUTO");
}

bool SmtpAuthenticator::hidesChallenges() const
{
    return m_step == Step::Sasl && sasl::hidesChallenges(m_mechanism);
}

SmtpAuthenticator::Action SmtpAuthenticator::send(const QByteArray &line, const QString &shown)
{
    Action a;
    a.kind = Action::Kind::Send;
    a.line = line;
    a.shown = shown;
    return a;
}

SmtpAuthenticator::Action SmtpAuthenticator::failure(ErrorClass c, const QString &message,
                                                     bool withReply, bool quit)
{
    Action a;
    a.kind = Action::Kind::Failed;
    a.errorClass = c;
    a.message = message;
    a.withReply = withReply;
    a.quit = quit;
    return a;
}

SmtpAuthenticator::Action SmtpAuthenticator::start(const SmtpConfig &config,
                                                   const QStringList &offered, bool encrypted)
{
    m_config = config;
    m_mechanism.clear();
    m_oauthError.clear();
    m_step = Step::None;
    m_rounds = 0;
    QString why;
    sasl::Available have;
    have.password = !config.password.isEmpty();
    have.token = !config.accessToken.isEmpty();
    have.clientCertificate = config.identity.isSet();
    const auto mech = sasl::choose(requestedMechanism(config.auth), offered, encrypted,
                                   config.security == SmtpConfig::Security::None, have, &why);
    if (!mech)
        return failure(ErrorClass::AuthUnsupported, why, false, true);
    m_mechanism = *mech;
    if (m_mechanism == QLatin1String("XOAUTH2")) {
        // RFC 4954 §4 initial response; the token is never shown.
        m_step = Step::OAuthInitial;
        return send("AUTH XOAUTH2 " +
                        sasl::xoauth2Response(m_config.username, m_config.accessToken),
                    QStringLiteral("AUTH XOAUTH2 ***"));
    }
    if (m_mechanism == QLatin1String("OAUTHBEARER")) {
        m_step = Step::OAuthInitial;
        return send("AUTH OAUTHBEARER " + sasl::oauthBearerResponse(m_config.username,
                                                                    m_config.accessToken,
                                                                    m_config.host, m_config.port),
                    QStringLiteral("AUTH OAUTHBEARER ***"));
    }
    sasl::ClientParams params;
    params.user = m_config.username;
    params.password = m_config.password;
    params.realm = m_config.realm;
    params.host = m_config.host;
    params.service = QStringLiteral("smtp"); // RFC 4752: the host-based service smtp@host
    std::optional<QByteArray> initial;
    if (!m_exchange.start(m_mechanism, params, &initial, &why))
        return failure(m_exchange.startErrorClass(), why, false, true);
    m_step = Step::Sasl;
    const QByteArray command = "AUTH " + m_mechanism.toLatin1();
    // RFC 4954 §4: the initial response saves a round trip; it is never shown.
    if (initial)
        return send(command + ' ' + *initial, QStringLiteral("AUTH %1 ***").arg(m_mechanism));
    return send(command);
}

SmtpAuthenticator::Action SmtpAuthenticator::onReply(const SmtpReply &reply)
{
    if (reply.code == 235) {
        if (m_step == Step::Sasl) {
            // SCRAM and GSSAPI: a 235 before the server proved itself is no login.
            if (const auto why = m_exchange.onSuccess())
                return failure(ErrorClass::AuthFailed, *why, true, true);
        }
        m_step = Step::Done;
        Action a;
        a.kind = Action::Kind::Succeeded;
        return a;
    }
    if (m_step == Step::Sasl && m_exchange.cancelled())
        return failure(ErrorClass::AuthFailed, m_exchange.cancelReason(), true, true);
    if (reply.code == 334 && m_step == Step::Sasl)
        return onSaslChallenge(reply);
    if (reply.code == 334) {
        if (++m_rounds > kMaxRounds)
            return failure(ErrorClass::Protocol,
                           tr("The server keeps asking for more authentication data without end."),
                           true);
        return onChallenge(reply);
    }
    return onFinalFailure(reply);
}

SmtpAuthenticator::Action SmtpAuthenticator::onChallenge(const SmtpReply &reply)
{
    const QByteArray challenge = reply.lines.value(0);
    switch (m_step) {
    case Step::OAuthInitial: {
        const auto error = sasl::parseOAuthError(challenge);
        if (!error)
            return failure(ErrorClass::Protocol,
                           tr("The server answered the %1 sign-in with a challenge that is not "
                              "the base64 JSON error RFC 7628 §3.2.2 describes.")
                               .arg(m_mechanism),
                           true);
        m_oauthError = sasl::describeOAuthError(*error, m_mechanism);
        m_step = Step::OAuthErrorAck;
        // RFC 7628 §3.2.3: the client answers the error with a single ^A, after which the
        // server sends its final failure reply. Google's XOAUTH2 expects an empty response
        // instead.
        Action a = m_mechanism == QLatin1String("OAUTHBEARER")
                       ? send(QByteArray("\x01").toBase64(), QStringLiteral("AQ=="))
                       : send(QByteArray(), QStringLiteral("(empty response)"));
        a.note = QStringLiteral("OAuth2 error from the server: status %1, scope %2")
                     .arg(error->status, error->scope);
        return a;
    }
    case Step::OAuthErrorAck:
    case Step::Sasl:
    case Step::None:
    case Step::Done:
        break;
    }
    return failure(
        ErrorClass::Protocol,
        tr("The server asked for more authentication data than %1 uses.").arg(m_mechanism), true);
}

SmtpAuthenticator::Action SmtpAuthenticator::onSaslChallenge(const SmtpReply &reply)
{
    const sasl::Exchange::Step step = m_exchange.onChallenge(reply.lines.value(0));
    switch (step.kind) {
    case sasl::Exchange::Step::Kind::Send:
        // Every client line of the exchange is a secret or derived from one.
        return send(step.line, QStringLiteral("***"));
    case sasl::Exchange::Step::Kind::Cancel: {
        // RFC 4954 §4: "*" cancels; the server answers 501 and the login has failed.
        Action a = send(step.line, QStringLiteral("*"));
        a.note = QStringLiteral("the client cancelled the %1 exchange").arg(m_mechanism);
        return a;
    }
    case sasl::Exchange::Step::Kind::Fail:
        break;
    }
    return failure(step.errorClass, step.message, step.withReply);
}

SmtpAuthenticator::Action SmtpAuthenticator::onFinalFailure(const SmtpReply &reply) const
{
    // RFC 5321 §4.1.1.10: a refused login ends with QUIT, not a dropped connection.
    if (!m_oauthError.isEmpty()) {
        // The provider's reason (status, scope) says more than the final 535.
        return failure(reply.isTransientNegative() ? ErrorClass::Temporary : ErrorClass::AuthFailed,
                       m_oauthError, true, true);
    }
    if (reply.isTransientNegative())
        return failure(ErrorClass::Temporary, tr("The server could not check the login just now."),
                       true, true);
    if (refusesMechanism(reply.code))
        return failure(ErrorClass::AuthUnsupported,
                       tr("The server does not accept %1 here.").arg(m_mechanism), true, true);
    if (usesOAuth(m_config) && reply.isPermanentNegative())
        return failure(ErrorClass::AuthFailed,
                       tr("The server refused the OAuth2 access token (%1) for %2.")
                           .arg(m_mechanism, m_config.username),
                       true, true);
    return failure(ErrorClass::AuthFailed, sasl::rejectedLogin(m_mechanism, m_config.username),
                   true, true);
}

} // namespace mw
