// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "OAuthEndpoints.h"
#include "OAuthFailure.h"
#include "OAuthToken.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

class QNetworkAccessManager;

namespace mw {

// The device authorization grant (RFC 8628) for headless hosts and mailwright-cli: asks
// for a user code, reports it (userCodeReady), then polls the token endpoint until the
// person approved, declined, or the code expired. Finishes exactly once.
class DeviceAuthorization : public QObject
{
    Q_OBJECT
public:
    struct UserCode
    {
        QString userCode;
        QUrl verificationUri;
        QUrl verificationUriComplete; // optional (RFC 8628 §3.3.1)
        int expiresIn = 0;            // seconds
        int interval = 5;             // seconds between polls
    };

    explicit DeviceAuthorization(QNetworkAccessManager *nam, QObject *parent = nullptr);
    Q_DISABLE_COPY_MOVE(DeviceAuthorization)

    void start(const OAuthEndpoints &endpoints, const QString &clientId,
               const QString &clientSecret, const QString &scopes);
    void cancel();

    [[nodiscard]] const UserCode &userCode() const { return m_code; }
    [[nodiscard]] const OAuthToken &token() const { return m_token; }
    [[nodiscard]] const OAuthFailure &failure() const { return m_failure; }
    [[nodiscard]] bool isRunning() const { return m_running; }
    [[nodiscard]] int pollCount() const { return m_polls; }
    [[nodiscard]] int interval() const { return m_code.interval; }

    // Each HTTP exchange may take this long.
    void setRequestTimeout(int ms) { m_timeoutMs = ms; }

Q_SIGNALS:
    void userCodeReady(const QString &verificationUri, const QString &userCode,
                       const QString &verificationUriComplete);
    void finished(bool ok);

private:
    void poll();
    void schedulePoll();
    void fail(OAuthFailure failure);
    void fail(OAuthFailure::Kind kind, const QString &message);

    QNetworkAccessManager *m_nam;
    OAuthEndpoints m_endpoints;
    QString m_clientId;
    QString m_clientSecret;
    QString m_deviceCode;
    UserCode m_code;
    OAuthToken m_token;
    OAuthFailure m_failure;
    QTimer m_pollTimer;
    QElapsedTimer m_clock;
    int m_timeoutMs = 30000;
    int m_polls = 0;
    int m_networkErrors = 0;
    bool m_running = false;
};

} // namespace mw
