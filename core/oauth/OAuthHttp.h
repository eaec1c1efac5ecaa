// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QUrl>

#include <utility>

#include <functional>

class QNetworkAccessManager;
class QObject;

namespace mw {

// One JSON answer of a provider endpoint.
struct OAuthHttpReply
{
    bool transportOk = false; // false: no HTTP answer (DNS, refused, TLS, timeout)
    int httpStatus = 0;
    QJsonObject json;       // empty when the body is not a JSON object
    QString transportError; // a sentence when !transportOk
};

// The few HTTP exchanges OAuth2 needs, asynchronous on the event loop with a timeout.
// Bodies are capped (a hostile endpoint cannot fill memory); nothing is logged.
class OAuthHttp
{
public:
    using Callback = std::function<void(const OAuthHttpReply &)>;
    using FormFields = QList<std::pair<QString, QString>>; // raw values, encoded here
    static constexpr qint64 kMaxBody = 256 * 1024;

    // GET url, Accept: application/json.
    static void getJson(QNetworkAccessManager *nam, const QUrl &url, int timeoutMs,
                        QObject *context, Callback done);
    // POST application/x-www-form-urlencoded. With a client secret the client
    // authenticates by HTTP Basic (RFC 6749 §2.3.1, which every server must support);
    // without one, client_id goes in the body (a public client, RFC 6749 §2.1).
    static void postForm(QNetworkAccessManager *nam, const QUrl &url, FormFields form,
                         const QString &clientId, const QString &clientSecret, int timeoutMs,
                         QObject *context, Callback done);
};

} // namespace mw
