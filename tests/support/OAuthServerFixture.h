// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QString>

namespace mw::test {

// The loopback OpenID provider and bearer-checking SMTP server of tests/servers/oauth
// (npm oidc-provider and smtp-server, started with node). It prints one JSON line with its
// issuer and SMTP port once it listens; stop() (or the destructor) ends it.
class OAuthServerFixture
{
public:
    OAuthServerFixture() = default;
    ~OAuthServerFixture();
    OAuthServerFixture(const OAuthServerFixture &) = delete;
    OAuthServerFixture &operator=(const OAuthServerFixture &) = delete;

    // accessTtlSeconds: lifetime of the access tokens it issues. rotateRefreshTokens: a
    // new refresh token on every refresh, the used one refused from then on.
    bool start(int accessTtlSeconds, bool rotateRefreshTokens = false);
    void stop();
    [[nodiscard]] QString issuer() const { return m_issuer; }
    [[nodiscard]] quint16 smtpPort() const { return m_smtpPort; }
    [[nodiscard]] QString errorString() const { return m_error; }
    // GET issuer + path (the provider's test endpoints such as /__test/stats) as JSON;
    // an empty document when it does not answer within 25 s.
    [[nodiscard]] QJsonDocument getJson(const QString &path);

private:
    QProcess m_process;
    QNetworkAccessManager m_nam;
    QString m_issuer;
    quint16 m_smtpPort = 0;
    QString m_error;
};

} // namespace mw::test
