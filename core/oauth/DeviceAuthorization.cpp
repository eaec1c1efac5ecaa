// SPDX-License-Identifier: GPL-3.0-or-later
#include "DeviceAuthorization.h"

#include "OAuthHttp.h"

namespace mw {
namespace {

// RFC 8628 §3.5: without an interval the client waits 5 seconds; slow_down adds 5.
constexpr int kDefaultInterval = 5;
constexpr int kSlowDownStep = 5;
// A provider that asks for more than this is not going to be waited for.
constexpr int kMaxInterval = 60;
// Transient network failures while polling before giving up.
constexpr int kMaxNetworkErrors = 3;

int jsonInt(const QJsonValue &v, int fallback)
{
    if (v.isDouble())
        return int(v.toInteger(fallback));
    if (v.isString()) {
        bool ok = false;
        const int n = v.toString().toInt(&ok);
        return ok ? n : fallback;
    }
    return fallback;
}

} // namespace

DeviceAuthorization::DeviceAuthorization(QNetworkAccessManager *nam, QObject *parent)
    : QObject(parent)
    , m_nam(nam)
{
    m_pollTimer.setSingleShot(true);
    connect(&m_pollTimer, &QTimer::timeout, this, &DeviceAuthorization::poll);
}

void DeviceAuthorization::fail(OAuthFailure failure)
{
    if (!m_running)
        return;
    m_running = false;
    m_pollTimer.stop();
    m_failure = std::move(failure);
    Q_EMIT finished(false);
}

void DeviceAuthorization::fail(OAuthFailure::Kind kind, const QString &message)
{
    OAuthFailure f;
    f.kind = kind;
    f.message = message;
    fail(f);
}

void DeviceAuthorization::cancel()
{
    fail(OAuthFailure::Kind::Cancelled, tr("The sign-in was cancelled."));
}

void DeviceAuthorization::start(const OAuthEndpoints &endpoints, const QString &clientId,
                                const QString &clientSecret, const QString &scopes)
{
    if (m_running)
        return;
    m_endpoints = endpoints;
    m_clientId = clientId;
    m_clientSecret = clientSecret;
    m_code = {};
    m_token = {};
    m_failure = {};
    m_deviceCode.clear();
    m_polls = 0;
    m_networkErrors = 0;
    m_running = true;
    if (clientId.isEmpty() || endpoints.deviceAuthorization.isEmpty() ||
        !OAuthEndpoints::isAcceptableUrl(endpoints.deviceAuthorization)) {
        QTimer::singleShot(0, this, [this] {
            fail(OAuthFailure::Kind::Config,
                 m_clientId.isEmpty()
                     ? tr("No client id is set for the OAuth2 provider.")
                     : tr("The provider offers no device sign-in (RFC 8628); sign in with the "
                          "browser instead."));
        });
        return;
    }
    OAuthHttp::FormFields form;
    if (!scopes.trimmed().isEmpty())
        form.append({QStringLiteral("scope"), scopes.simplified()});
    // RFC 8628 §3.1: the device authorization request.
    OAuthHttp::postForm(
        m_nam, endpoints.deviceAuthorization, form, clientId, clientSecret, m_timeoutMs, this,
        [this](const OAuthHttpReply &r) {
            if (!m_running)
                return;
            if (!r.transportOk) {
                fail(OAuthFailure::Kind::Network,
                     tr("The provider's device sign-in did not answer: %1").arg(r.transportError));
                return;
            }
            if (r.httpStatus != 200) {
                fail(OAuthFailure::fromErrorResponse(r.json, r.httpStatus, false));
                return;
            }
            // RFC 8628 §3.2.
            m_deviceCode = r.json.value(QLatin1String("device_code")).toString();
            m_code.userCode = r.json.value(QLatin1String("user_code")).toString();
            m_code.verificationUri =
                QUrl(r.json.value(QLatin1String("verification_uri")).toString());
            if (m_code.verificationUri.isEmpty()) // Google's older spelling
                m_code.verificationUri =
                    QUrl(r.json.value(QLatin1String("verification_url")).toString());
            m_code.verificationUriComplete =
                QUrl(r.json.value(QLatin1String("verification_uri_complete")).toString());
            m_code.expiresIn = jsonInt(r.json.value(QLatin1String("expires_in")), 600);
            m_code.interval =
                qBound(1, jsonInt(r.json.value(QLatin1String("interval")), kDefaultInterval),
                       kMaxInterval);
            if (m_deviceCode.isEmpty() || m_code.userCode.isEmpty() ||
                m_code.verificationUri.isEmpty()) {
                fail(OAuthFailure::Kind::Provider,
                     tr("The provider's device sign-in answer lacks the code or the address."));
                return;
            }
            m_clock.start();
            Q_EMIT userCodeReady(m_code.verificationUri.toString(), m_code.userCode,
                                 m_code.verificationUriComplete.toString());
            schedulePoll();
        });
}

void DeviceAuthorization::schedulePoll()
{
    if (!m_running)
        return;
    if (m_clock.elapsed() / 1000 >= m_code.expiresIn) {
        fail(OAuthFailure::Kind::Expired,
             tr("The sign-in code expired before it was approved; start again."));
        return;
    }
    m_pollTimer.start(m_code.interval * 1000);
}

void DeviceAuthorization::poll()
{
    if (!m_running)
        return;
    ++m_polls;
    // RFC 8628 §3.4: the device access token request.
    const OAuthHttp::FormFields form{
        {QStringLiteral("grant_type"),
         QStringLiteral("urn:ietf:params:oauth:grant-type:device_code")},
        {QStringLiteral("device_code"), m_deviceCode}};
    OAuthHttp::postForm(
        m_nam, m_endpoints.token, form, m_clientId, m_clientSecret, m_timeoutMs, this,
        [this](const OAuthHttpReply &r) {
            if (!m_running)
                return;
            if (!r.transportOk) {
                // RFC 8628 §3.5: a client may keep polling after a transient failure.
                if (++m_networkErrors > kMaxNetworkErrors) {
                    fail(OAuthFailure::Kind::Network,
                         tr("The provider stopped answering: %1").arg(r.transportError));
                    return;
                }
                schedulePoll();
                return;
            }
            m_networkErrors = 0;
            if (r.httpStatus == 200) {
                QString why;
                const auto t =
                    OAuthToken::fromResponse(r.json, QDateTime::currentDateTimeUtc(), &why);
                if (!t) {
                    fail(OAuthFailure::Kind::Provider, why);
                    return;
                }
                m_token = *t;
                m_running = false;
                Q_EMIT finished(true);
                return;
            }
            const QString code = r.json.value(QLatin1String("error")).toString();
            // RFC 8628 §3.5: authorization_pending: ask again after the interval;
            // slow_down: ask again, 5 seconds more slowly from now on.
            if (code == QLatin1String("authorization_pending")) {
                schedulePoll();
                return;
            }
            if (code == QLatin1String("slow_down")) {
                m_code.interval = qMin(m_code.interval + kSlowDownStep, kMaxInterval);
                schedulePoll();
                return;
            }
            fail(OAuthFailure::fromErrorResponse(r.json, r.httpStatus, false));
        });
}

} // namespace mw
