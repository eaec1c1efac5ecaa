// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "OAuthEndpoints.h"
#include "OAuthFailure.h"
#include "OAuthToken.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>

class QNetworkAccessManager;
class QTcpServer;
class QTcpSocket;

namespace mw {

// The authorization code grant (RFC 6749 §4.1) for a desktop: PKCE with S256 (RFC 7636),
// a random state, and a redirect to a listener on 127.0.0.1 with a port the system picks
// (RFC 8252 §7.3). It opens nothing itself: authorizationUrlReady() hands the address to
// the caller (the window opens it with QDesktopServices, the CLI prints it). The listener
// answers the browser with a plain page once the code was exchanged at the token
// endpoint. Finishes exactly once: signed in, refused (the provider's reason in plain
// words), timed out, or cancelled.
class AuthorizationCodeFlow : public QObject
{
    Q_OBJECT
public:
    explicit AuthorizationCodeFlow(QNetworkAccessManager *nam, QObject *parent = nullptr);
    ~AuthorizationCodeFlow() override;
    Q_DISABLE_COPY_MOVE(AuthorizationCodeFlow)

    void start(const OAuthEndpoints &endpoints, const QString &clientId,
               const QString &clientSecret, const QString &scopes);
    void cancel();

    // How long the person has to finish in the browser (default 5 minutes).
    void setTimeout(int ms) { m_waitMs = ms; }
    // Each HTTP exchange (the code exchange; a browser request) may take this long.
    void setRequestTimeout(int ms) { m_timeoutMs = ms; }

    [[nodiscard]] const OAuthToken &token() const { return m_token; }
    [[nodiscard]] const OAuthFailure &failure() const { return m_failure; }
    [[nodiscard]] bool isRunning() const { return m_running; }
    [[nodiscard]] QUrl authorizationUrl() const { return m_authUrl; }
    [[nodiscard]] QUrl redirectUri() const { return m_redirect; }
    // Requests to the listener that were not the expected redirect (wrong state, other
    // paths): answered and ignored.
    [[nodiscard]] int ignoredRequests() const { return m_ignored; }

    // RFC 7636 §4.1: 32 random octets, base64url without padding (43 characters).
    [[nodiscard]] static QString makeCodeVerifier();
    // RFC 7636 §4.2: BASE64URL(SHA256(ASCII(code_verifier))).
    [[nodiscard]] static QString codeChallengeS256(const QString &verifier);
    // The authorization request's extra parameters a provider needs for a refresh token:
    // Google wants access_type=offline, an OpenID provider prompt=consent with
    // offline_access (OpenID Connect Core §11).
    [[nodiscard]] static QList<std::pair<QString, QString>>
    extraParameters(const OAuthEndpoints &endpoints, const QString &scopes);

Q_SIGNALS:
    void authorizationUrlReady(const QUrl &url);
    void finished(bool ok);

private:
    void onConnection();
    void onRequest(QTcpSocket *socket, const QByteArray &target);
    void exchange(const QString &code);
    void answer(QTcpSocket *socket, int status, const QString &text);
    void fail(OAuthFailure failure);
    void fail(OAuthFailure::Kind kind, const QString &message);
    void succeed();
    void stopListening();

    QNetworkAccessManager *m_nam;
    OAuthEndpoints m_endpoints;
    QString m_clientId;
    QString m_clientSecret;
    QString m_verifier;
    QString m_state;
    QUrl m_redirect;
    QUrl m_authUrl;
    OAuthToken m_token;
    OAuthFailure m_failure;
    QTcpServer *m_server = nullptr;
    QPointer<QTcpSocket> m_callbackSocket; // the browser waiting for the outcome
    QTimer m_deadline;
    int m_waitMs = 5 * 60 * 1000;
    int m_timeoutMs = 30000;
    int m_ignored = 0;
    bool m_running = false;
    bool m_exchanging = false;
};

} // namespace mw
