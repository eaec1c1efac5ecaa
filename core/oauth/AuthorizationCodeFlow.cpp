// SPDX-License-Identifier: GPL-3.0-or-later
#include "AuthorizationCodeFlow.h"

#include "OAuthHttp.h"

#include <QCryptographicHash>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUrlQuery>

namespace mw {
namespace {

constexpr qint64 kMaxRequest = 8 * 1024; // a browser's GET with a code fits easily

QString randomUrlSafe(int octets)
{
    QByteArray raw(octets, Qt::Uninitialized);
    for (int i = 0; i < octets; i += 4) {
        const quint32 r = QRandomGenerator::system()->generate();
        for (int k = 0; k < 4 && i + k < octets; ++k)
            raw[i + k] = char((r >> (8 * k)) & 0xff);
    }
    return QString::fromLatin1(
        raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

bool hasScope(const QString &scopes, const QString &scope)
{
    return scopes.split(QLatin1Char(' '), Qt::SkipEmptyParts).contains(scope);
}

} // namespace

AuthorizationCodeFlow::AuthorizationCodeFlow(QNetworkAccessManager *nam, QObject *parent)
    : QObject(parent)
    , m_nam(nam)
{
    m_deadline.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this, [this] {
        fail(OAuthFailure::Kind::Expired,
             tr("The sign-in in the browser was not finished in time; start it again."));
    });
}

AuthorizationCodeFlow::~AuthorizationCodeFlow()
{
    stopListening();
}

QString AuthorizationCodeFlow::makeCodeVerifier()
{
    return randomUrlSafe(32);
}

QString AuthorizationCodeFlow::codeChallengeS256(const QString &verifier)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(verifier.toLatin1(), QCryptographicHash::Sha256)
            .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QList<std::pair<QString, QString>>
AuthorizationCodeFlow::extraParameters(const OAuthEndpoints &endpoints, const QString &scopes)
{
    QList<std::pair<QString, QString>> out;
    if (endpoints.issuer == OAuthEndpoints::google().issuer) {
        // Google issues a refresh token only for access_type=offline, and again on a
        // second sign-in only with prompt=consent.
        out.append({QStringLiteral("access_type"), QStringLiteral("offline")});
        out.append({QStringLiteral("prompt"), QStringLiteral("consent")});
    } else if (!endpoints.issuer.startsWith(QLatin1String("https://login.microsoftonline.com/")) &&
               hasScope(scopes, QStringLiteral("offline_access"))) {
        // OpenID Connect Core §11: offline_access is ignored unless prompt has consent.
        out.append({QStringLiteral("prompt"), QStringLiteral("consent")});
    }
    return out;
}

void AuthorizationCodeFlow::stopListening()
{
    if (m_server) {
        m_server->close();
        m_server->deleteLater();
        m_server = nullptr;
    }
}

void AuthorizationCodeFlow::fail(OAuthFailure failure)
{
    if (!m_running)
        return;
    m_running = false;
    m_exchanging = false;
    m_deadline.stop();
    m_failure = std::move(failure);
    if (m_callbackSocket)
        answer(m_callbackSocket, 200, m_failure.message);
    m_callbackSocket = nullptr;
    stopListening();
    Q_EMIT finished(false);
}

void AuthorizationCodeFlow::fail(OAuthFailure::Kind kind, const QString &message)
{
    OAuthFailure f;
    f.kind = kind;
    f.message = message;
    fail(f);
}

void AuthorizationCodeFlow::succeed()
{
    m_running = false;
    m_exchanging = false;
    m_deadline.stop();
    if (m_callbackSocket)
        answer(m_callbackSocket, 200,
               tr("Mailwright is signed in. You can close this window and return to Mailwright."));
    m_callbackSocket = nullptr;
    stopListening();
    Q_EMIT finished(true);
}

void AuthorizationCodeFlow::cancel()
{
    fail(OAuthFailure::Kind::Cancelled, tr("The sign-in was cancelled."));
}

void AuthorizationCodeFlow::start(const OAuthEndpoints &endpoints, const QString &clientId,
                                  const QString &clientSecret, const QString &scopes)
{
    if (m_running)
        return;
    m_endpoints = endpoints;
    m_clientId = clientId;
    m_clientSecret = clientSecret;
    m_token = {};
    m_failure = {};
    m_ignored = 0;
    m_exchanging = false;
    m_authUrl.clear();
    m_redirect.clear();
    m_running = true;
    if (clientId.isEmpty() || endpoints.authorization.isEmpty() ||
        !OAuthEndpoints::isAcceptableUrl(endpoints.authorization) ||
        !OAuthEndpoints::isAcceptableUrl(endpoints.token)) {
        QTimer::singleShot(0, this, [this] {
            fail(OAuthFailure::Kind::Config,
                 m_clientId.isEmpty()
                     ? tr("No client id is set for the OAuth2 provider.")
                     : tr("The provider offers no browser sign-in (no authorization endpoint); "
                          "sign in with a code instead."));
        });
        return;
    }
    // RFC 8252 §7.3 and §8.3: the loopback IP literal, not "localhost", any free port.
    m_server = new QTcpServer(this);
    if (!m_server->listen(QHostAddress::LocalHost, 0)) {
        const QString why = m_server->errorString();
        QTimer::singleShot(0, this, [this, why] {
            fail(OAuthFailure::Kind::Network,
                 tr("Could not listen on 127.0.0.1 for the browser's answer: %1").arg(why));
        });
        return;
    }
    connect(m_server, &QTcpServer::newConnection, this, &AuthorizationCodeFlow::onConnection);
    m_redirect = QUrl(QStringLiteral("http://127.0.0.1:%1/callback").arg(m_server->serverPort()));
    m_verifier = makeCodeVerifier();
    m_state = randomUrlSafe(24);

    QUrlQuery q(m_endpoints.authorization.query());
    q.addQueryItem(QStringLiteral("response_type"), QStringLiteral("code"));
    q.addQueryItem(QStringLiteral("client_id"), clientId);
    q.addQueryItem(QStringLiteral("redirect_uri"), m_redirect.toString());
    if (!scopes.trimmed().isEmpty())
        q.addQueryItem(QStringLiteral("scope"), scopes.simplified());
    q.addQueryItem(QStringLiteral("state"), m_state);
    q.addQueryItem(QStringLiteral("code_challenge"), codeChallengeS256(m_verifier));
    q.addQueryItem(QStringLiteral("code_challenge_method"), QStringLiteral("S256"));
    for (const auto &[k, v] : extraParameters(m_endpoints, scopes.simplified()))
        q.addQueryItem(k, v);
    // Every value fully encoded (a '+' in a scope is not a space).
    QString query;
    for (const auto &[k, v] : q.queryItems(QUrl::FullyDecoded)) {
        if (!query.isEmpty())
            query += QLatin1Char('&');
        query += QString::fromLatin1(QUrl::toPercentEncoding(k) + '=' + QUrl::toPercentEncoding(v));
    }
    m_authUrl = m_endpoints.authorization;
    m_authUrl.setQuery(query, QUrl::StrictMode);
    m_deadline.start(m_waitMs);
    QTimer::singleShot(0, this, [this] {
        if (m_running)
            Q_EMIT authorizationUrlReady(m_authUrl);
    });
}

void AuthorizationCodeFlow::onConnection()
{
    while (m_server && m_server->hasPendingConnections()) {
        QTcpSocket *socket = m_server->nextPendingConnection();
        // The server goes once the answer came; the browser's connection stays until
        // it has the page.
        socket->setParent(this);
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        // A connection that sends nothing useful in time is dropped.
        auto *timer = new QTimer(socket);
        timer->setSingleShot(true);
        connect(timer, &QTimer::timeout, socket, [socket] { socket->abort(); });
        timer->start(m_timeoutMs);
        auto *buffer = new QByteArray;
        connect(socket, &QObject::destroyed, this, [buffer] { delete buffer; });
        connect(socket, &QTcpSocket::readyRead, this, [this, socket, buffer, timer] {
            buffer->append(socket->read(kMaxRequest + 1 - buffer->size()));
            if (buffer->size() > kMaxRequest) {
                socket->abort();
                return;
            }
            if (!buffer->contains("\r\n\r\n"))
                return;
            timer->stop();
            disconnect(socket, &QTcpSocket::readyRead, this, nullptr);
            const QByteArray line = buffer->left(buffer->indexOf("\r\n"));
            const QList<QByteArray> parts = line.split(' ');
            if (parts.size() != 3 || parts.at(0) != "GET") {
                ++m_ignored;
                answer(socket, 405, tr("Only the browser's sign-in answer is expected here."));
                return;
            }
            onRequest(socket, parts.at(1));
        });
    }
}

void AuthorizationCodeFlow::onRequest(QTcpSocket *socket, const QByteArray &target)
{
    const QUrl url(QString::fromLatin1(target), QUrl::StrictMode);
    // application/x-www-form-urlencoded: a '+' is a space (an encoded one is %2B).
    const QUrlQuery q(
        url.query(QUrl::FullyEncoded).replace(QLatin1Char('+'), QLatin1String("%20")));
    const auto item = [&q](const char *name) {
        return q.queryItemValue(QLatin1String(name), QUrl::FullyDecoded);
    };
    if (!m_running || url.path() != m_redirect.path()) {
        ++m_ignored;
        answer(socket, 404, tr("Nothing here."));
        return;
    }
    // RFC 6749 §10.12: an answer without our state is not the sign-in we started.
    if (m_exchanging || item("state") != m_state) {
        ++m_ignored;
        answer(socket, 400, tr("This is not the sign-in Mailwright started."));
        return;
    }
    m_callbackSocket = socket;
    if (!item("error").isEmpty()) {
        // RFC 6749 §4.1.2.1: the person declined, or the request was refused.
        QJsonObject json;
        json.insert(QStringLiteral("error"), item("error"));
        json.insert(QStringLiteral("error_description"), item("error_description"));
        fail(OAuthFailure::fromErrorResponse(json, 0, false));
        return;
    }
    const QString code = item("code");
    if (code.isEmpty()) {
        fail(OAuthFailure::Kind::Provider,
             tr("The provider's answer holds no authorization code."));
        return;
    }
    exchange(code);
}

void AuthorizationCodeFlow::exchange(const QString &code)
{
    m_exchanging = true;
    stopListening(); // one answer only
    // RFC 6749 §4.1.3 with RFC 7636 §4.5.
    const OAuthHttp::FormFields form{
        {QStringLiteral("grant_type"), QStringLiteral("authorization_code")},
        {QStringLiteral("code"), code},
        {QStringLiteral("redirect_uri"), m_redirect.toString()},
        {QStringLiteral("code_verifier"), m_verifier}};
    OAuthHttp::postForm(
        m_nam, m_endpoints.token, form, m_clientId, m_clientSecret, m_timeoutMs, this,
        [this](const OAuthHttpReply &r) {
            if (!m_running)
                return;
            if (!r.transportOk) {
                fail(OAuthFailure::Kind::Network,
                     tr("The provider's token endpoint did not answer: %1").arg(r.transportError));
                return;
            }
            if (r.httpStatus != 200) {
                fail(OAuthFailure::fromErrorResponse(r.json, r.httpStatus, false));
                return;
            }
            QString why;
            const auto t = OAuthToken::fromResponse(r.json, QDateTime::currentDateTimeUtc(), &why);
            if (!t) {
                fail(OAuthFailure::Kind::Provider, why);
                return;
            }
            m_token = *t;
            succeed();
        });
}

void AuthorizationCodeFlow::answer(QTcpSocket *socket, int status, const QString &text)
{
    if (!socket || socket->state() != QAbstractSocket::ConnectedState)
        return;
    const QByteArray reason = status == 200   ? "OK"
                              : status == 400 ? "Bad Request"
                              : status == 404 ? "Not Found"
                                              : "Method Not Allowed";
    const QByteArray body =
        "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Mailwright</title></head>"
        "<body><p id=\"mailwright-result\">" +
        text.toHtmlEscaped().toUtf8() + "</p></body></html>\n";
    QByteArray reply = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason +
                       "\r\nContent-Type: text/html; charset=utf-8\r\nCache-Control: no-store"
                       "\r\nConnection: close\r\nContent-Length: " +
                       QByteArray::number(body.size()) + "\r\n\r\n" + body;
    socket->write(reply);
    // Out now: a CLI may quit as soon as the sign-in is stored.
    socket->flush();
    socket->disconnectFromHost();
}

} // namespace mw
