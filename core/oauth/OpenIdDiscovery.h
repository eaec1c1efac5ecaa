// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "OAuthEndpoints.h"
#include "OAuthFailure.h"

#include <QObject>

class QNetworkAccessManager;

namespace mw {

// Reads <issuer>/.well-known/openid-configuration (OpenID Connect Discovery §4) and
// checks it (§4.3). Finishes exactly once, always later from the event loop.
class OpenIdDiscovery : public QObject
{
    Q_OBJECT
public:
    explicit OpenIdDiscovery(QNetworkAccessManager *nam, QObject *parent = nullptr);
    Q_DISABLE_COPY_MOVE(OpenIdDiscovery)

    void start(const QString &issuer, int timeoutMs = 30000);

    [[nodiscard]] const OAuthEndpoints &endpoints() const { return m_endpoints; }
    [[nodiscard]] const OAuthFailure &failure() const { return m_failure; }
    [[nodiscard]] bool ok() const { return m_failure.isNull() && !m_endpoints.isNull(); }

Q_SIGNALS:
    void finished();

private:
    void fail(OAuthFailure::Kind kind, const QString &message);

    QNetworkAccessManager *m_nam;
    OAuthEndpoints m_endpoints;
    OAuthFailure m_failure;
};

} // namespace mw
