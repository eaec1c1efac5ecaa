// SPDX-License-Identifier: GPL-3.0-or-later
#include "SaslExchange.h"

#include "Sasl.h"

#include <QCoreApplication>

namespace mw::sasl {
namespace {

QString tr(const char *text)
{
    // The context lupdate gives the texts of Exchange's functions, where this is called.
    return QCoreApplication::translate("mw::sasl::Exchange", text);
}

bool isScram(const QString &mechanism)
{
    return mechanism.startsWith(QLatin1String("SCRAM-"));
}

// The mechanism authenticates the server too: its success must come with that proof.
bool provesServer(const QString &mechanism)
{
    return isScram(mechanism) || mechanism == QLatin1String("GSSAPI");
}

} // namespace

bool Exchange::start(const QString &mechanism, const ClientParams &params,
                     std::optional<QByteArray> *initialResponse, QString *why)
{
    m_initial.reset();
    m_rounds = 0;
    m_finalSent = false;
    m_cancelReason.clear();
    initialResponse->reset();
    if (!m_client.start(mechanism, params, why))
        return false;
    const QString &mech = m_client.mechanism();
    // RFC 4954 §4, RFC 5034 §4: LOGIN and CRAM-MD5 wait for the server's first challenge.
    if (mech == QLatin1String("LOGIN") || mech == QLatin1String("CRAM-MD5"))
        return true;
    const Client::Step first = m_client.step({});
    if (first.status == Client::Status::Failed) {
        if (why) {
            *why = mech == QLatin1String("GSSAPI")
                       ? tr("GSSAPI (Kerberos) could not start: %1. Is there a valid Kerberos "
                            "ticket (kinit) for this user?")
                             .arg(first.error)
                       : tr("%1 could not start: %2.").arg(mech, first.error);
        }
        return false;
    }
    // RFC 4954 §4: an empty initial response is sent as "=".
    m_initial = first.output.isEmpty() ? QByteArray("=") : first.output.toBase64();
    *initialResponse = m_initial;
    return true;
}

ErrorClass Exchange::startErrorClass() const
{
    return m_client.mechanism() == QLatin1String("GSSAPI") ? ErrorClass::AuthFailed
                                                           : ErrorClass::AuthUnsupported;
}

Exchange::Step Exchange::answer(const QByteArray &line) const
{
    Step s;
    s.kind = Step::Kind::Send;
    s.line = line;
    return s;
}

Exchange::Step Exchange::fail(ErrorClass c, const QString &message, bool withReply) const
{
    Step s;
    s.kind = Step::Kind::Fail;
    s.errorClass = c;
    s.message = message;
    s.withReply = withReply;
    return s;
}

Exchange::Step Exchange::cancel(const QString &reason)
{
    m_cancelReason = reason;
    Step s;
    s.kind = Step::Kind::Cancel;
    s.line = "*";
    s.errorClass = ErrorClass::AuthFailed;
    s.message = reason;
    return s;
}

Exchange::Step Exchange::onChallenge(const QByteArray &challengeBase64)
{
    const QString &mech = m_client.mechanism();
    if (cancelled())
        return fail(ErrorClass::Protocol,
                    tr("The server went on with the sign-in after the client cancelled it."), true);
    if (++m_rounds > kMaxRounds)
        return fail(ErrorClass::Protocol,
                    tr("The server keeps asking for more authentication data without end."), true);
    const QByteArray text = challengeBase64.trimmed();
    QByteArray challenge;
    bool valid = text.size() <= kMaxChallenge;
    if (valid && !text.isEmpty()) {
        const auto decoded =
            QByteArray::fromBase64Encoding(text, QByteArray::AbortOnBase64DecodingErrors);
        valid = bool(decoded);
        challenge = decoded.decoded;
    }
    // CRAM-MD5's challenge is the server's timestamp: an empty one is no challenge.
    if (valid && challenge.isEmpty() && mech == QLatin1String("CRAM-MD5"))
        valid = false;
    if (!valid) {
        // RFC 4954 §4: a challenge is base64. A server that sends something else is not
        // speaking the mechanism: nothing more is sent to it.
        if (mech == QLatin1String("LOGIN"))
            return fail(ErrorClass::Protocol,
                        tr("The server's AUTH LOGIN prompt is not valid base64; the login "
                           "was not sent."),
                        true);
        return fail(ErrorClass::Protocol,
                    tr("The server's %1 challenge is not valid base64 or is too long.").arg(mech),
                    false);
    }
    // A server that ignored the initial response asks for it now (RFC 4954 §4).
    if (m_initial && m_rounds == 1 && challenge.isEmpty())
        return answer(*m_initial == "=" ? QByteArray() : *m_initial);
    if (m_client.isComplete())
        return fail(ErrorClass::Protocol,
                    tr("The server asked for more authentication data than %1 uses.").arg(mech),
                    true);
    const Client::Step s = m_client.step(challenge);
    if (s.status == Client::Status::Failed) {
        // RFC 4954 §4 / RFC 5034 §4: "*" cancels; the server's final reply follows.
        if (isScram(mech) && m_finalSent)
            return cancel(tr("The server did not prove it knows the password: its %1 "
                             "signature does not verify (%2).")
                              .arg(mech, s.error));
        return cancel(
            tr("The server's %1 challenge could not be answered (%2).").arg(mech, s.error));
    }
    if (isScram(mech))
        m_finalSent = true;
    return answer(s.output.toBase64());
}

std::optional<QString> Exchange::onSuccess() const
{
    if (cancelled())
        return m_cancelReason;
    if (m_client.isComplete())
        return std::nullopt;
    const QString &mech = m_client.mechanism();
    if (provesServer(mech))
        return tr("The server accepted the %1 login, but the server did not prove it knows the "
                  "password; the login is not trusted.")
            .arg(mech);
    return tr("The server said the login succeeded before %1 was complete.").arg(mech);
}

} // namespace mw::sasl
