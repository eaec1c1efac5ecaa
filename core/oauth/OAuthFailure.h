// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QString>

namespace mw {

// Why an OAuth2 step failed, in classes the CLI, the queue and the window act on.
struct OAuthFailure
{
    enum class Kind {
        None,
        SignInRequired, // the refresh token was refused or is missing: a person must sign in
        AccessDenied,   // the person declined (RFC 8628 §3.5 access_denied)
        Expired,        // the device code expired before the person approved (expired_token)
        InvalidScope,   // RFC 6749 §5.2 invalid_scope
        InvalidClient,  // client id or secret wrong (invalid_client, unauthorized_client)
        Network,        // no answer, TLS failure, timeout
        Provider,       // any other refusal, or an answer that is not what RFC 6749 says
        Config,         // something missing in the settings
        Cancelled,
    };
    Kind kind = Kind::None;
    QString code;        // the provider's RFC 6749 §5.2 error code, if any
    QString description; // the provider's error_description, if any
    QString message;     // a sentence for a person (never holds a token)

    [[nodiscard]] bool isNull() const { return kind == Kind::None; }
    // "sign_in_required", "access_denied", ... (stable, for --json).
    [[nodiscard]] static QString kindId(Kind kind);
    // From an RFC 6749 §5.2 error response of the token endpoint; `duringRefresh` turns
    // invalid_grant into SignInRequired.
    [[nodiscard]] static OAuthFailure fromErrorResponse(const QJsonObject &json, int httpStatus,
                                                        bool duringRefresh);
};

} // namespace mw
