// SPDX-License-Identifier: GPL-3.0-or-later
#include "OAuthHttp.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPointer>
#include <QTimer>

namespace mw {
namespace {

void collect(QNetworkReply *reply, int timeoutMs, QObject *context, OAuthHttp::Callback done)
{
    QPointer<QObject> guard(context);
    // The transfer timeout measures silence only: a provider (or anything posing as one)
    // that drips a byte now and then would hold the sign-in until kMaxBody. The whole
    // exchange gets the same time as one silence.
    QTimer::singleShot(timeoutMs, reply, [reply] {
        if (reply->isRunning())
            reply->abort();
    });
    QObject::connect(reply, &QNetworkReply::downloadProgress, reply,
                     [reply](qint64 received, qint64) {
                         if (received > OAuthHttp::kMaxBody)
                             reply->abort();
                     });
    QObject::connect(reply, &QNetworkReply::finished, reply, [reply, guard, done] {
        reply->deleteLater();
        if (!guard)
            return;
        OAuthHttpReply r;
        r.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QByteArray body = reply->read(OAuthHttp::kMaxBody);
        // An HTTP error status (400 for RFC 6749 §5.2 errors) is still an answer; a
        // network-layer error (codes below 100: cut, timed out, aborted for size or
        // time) after the status line is not: the body is incomplete.
        const int error = int(reply->error());
        r.transportOk = r.httpStatus > 0 && !(error > 0 && error < 100);
        if (!r.transportOk) {
            r.transportError =
                reply->error() == QNetworkReply::OperationCanceledError
                    ? QCoreApplication::translate("mw::OAuthHttp", "The provider did not answer "
                                                                   "in time (or sent too much).")
                    : reply->errorString();
        }
        const QJsonDocument doc = QJsonDocument::fromJson(body);
        if (doc.isObject())
            r.json = doc.object();
        done(r);
    });
}

QNetworkRequest request(const QUrl &url, int timeoutMs)
{
    QNetworkRequest req(url);
    req.setTransferTimeout(timeoutMs);
    req.setRawHeader("Accept", "application/json");
    // Tokens must not be cached by anything in between (RFC 6749 §5.1 asks the server
    // for no-store; the client does not store either).
    req.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    req.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    req.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                     QNetworkRequest::NoLessSafeRedirectPolicy);
    return req;
}

} // namespace

void OAuthHttp::getJson(QNetworkAccessManager *nam, const QUrl &url, int timeoutMs,
                        QObject *context, Callback done)
{
    collect(nam->get(request(url, timeoutMs)), timeoutMs, context, std::move(done));
}

void OAuthHttp::postForm(QNetworkAccessManager *nam, const QUrl &url, FormFields form,
                         const QString &clientId, const QString &clientSecret, int timeoutMs,
                         QObject *context, Callback done)
{
    QNetworkRequest req = request(url, timeoutMs);
    req.setHeader(QNetworkRequest::ContentTypeHeader,
                  QStringLiteral("application/x-www-form-urlencoded"));
    if (!clientSecret.isEmpty()) {
        // RFC 6749 §2.3.1: id and secret are form-urlencoded before the Basic encoding.
        const QByteArray pair =
            QUrl::toPercentEncoding(clientId) + ':' + QUrl::toPercentEncoding(clientSecret);
        req.setRawHeader("Authorization", "Basic " + pair.toBase64());
    } else {
        form.append({QStringLiteral("client_id"), clientId});
    }
    // Every value fully percent-encoded, so that a '+' or '&' in a token survives.
    QByteArray body;
    for (const auto &[k, v] : std::as_const(form)) {
        if (!body.isEmpty())
            body += '&';
        body += QUrl::toPercentEncoding(k) + '=' + QUrl::toPercentEncoding(v);
    }
    collect(nam->post(req, body), timeoutMs, context, std::move(done));
}

} // namespace mw
