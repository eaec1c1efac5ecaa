// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"
#include "SaslClient.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace mw::sasl {

// One SASL exchange (RFC 4422) as both SMTP AUTH (RFC 4954) and POP3 AUTH (RFC 5034) run
// it, on the base64 the wire carries: the initial response, each challenge and answer, the
// cancel, the limits (kMaxChallenge, kMaxRounds) and what a success must have proved. The
// framing ("334 "/"+ ", 235/"+OK", the AUTH command) stays with the session.
class Exchange
{
public:
    struct Step
    {
        enum class Kind {
            Send,   // send `line` (base64, possibly empty): transcript "***"
            Cancel, // send "*" (RFC 4954 §4, RFC 5034 §4); the login has failed: cancelReason()
            Fail    // stop: errorClass, message; nothing more is sent for this login
        };
        Kind kind = Kind::Fail;
        QByteArray line;
        ErrorClass errorClass = ErrorClass::Protocol;
        QString message;
        bool withReply = false; // the server's line that led here belongs in the Result
    };

    // Starts `mechanism`. *initialResponse: the base64 initial response ("=" when empty,
    // RFC 4954 §4) for a mechanism that speaks first, nullopt for LOGIN and CRAM-MD5, whose
    // server speaks first. False, with the reason, when the mechanism cannot start (e.g. no
    // Kerberos ticket for GSSAPI): nothing has been sent then.
    [[nodiscard]] bool start(const QString &mechanism, const ClientParams &params,
                             std::optional<QByteArray> *initialResponse, QString *why);
    // The server's challenge (the base64 text after "334 " or "+ ").
    [[nodiscard]] Step onChallenge(const QByteArray &challengeBase64);
    // The server says the login succeeded (235, +OK): nullopt when the client agrees, else
    // why not (AuthFailed): a SCRAM or GSSAPI server that never proved itself, or a cancel.
    [[nodiscard]] std::optional<QString> onSuccess() const;

    // The class of a start() that failed: AuthFailed when the credentials are the trouble
    // (GSSAPI without a usable Kerberos ticket), else AuthUnsupported (this build lacks it).
    [[nodiscard]] ErrorClass startErrorClass() const;
    [[nodiscard]] const QString &mechanism() const { return m_client.mechanism(); }
    // The client sent "*": the final reply fails the login with this sentence.
    [[nodiscard]] bool cancelled() const { return !m_cancelReason.isEmpty(); }
    [[nodiscard]] const QString &cancelReason() const { return m_cancelReason; }

    // A server that keeps sending challenges is not authenticating. GSSAPI needs the most
    // rounds: an empty challenge when the server ignored the initial response, the
    // mutual-authentication token, the security-layer offer (3); SCRAM needs 2, NTLM 1.
    static constexpr int kMaxRounds = 4;

private:
    [[nodiscard]] Step answer(const QByteArray &line) const;
    [[nodiscard]] Step fail(ErrorClass c, const QString &message, bool withReply) const;
    [[nodiscard]] Step cancel(const QString &reason);

    Client m_client;
    std::optional<QByteArray> m_initial;
    int m_rounds = 0;
    bool m_finalSent = false; // SCRAM: the client-final message went out
    QString m_cancelReason;
};

} // namespace mw::sasl
