// SPDX-License-Identifier: GPL-3.0-or-later
// core/oauth without a network: provider presets (data only, never contacted), the
// discovery document checks, token responses, provider errors, the authorization code
// flow against loopback fakes. The refresh token in the secret store:
// tst_refreshtokenstore.
// Over 600 lines: the code flow's stories (the exchange, the state check, a refusal, a token
// error, the time-out, a dripping provider) share the loopback token endpoint below
// (FakeTokenEndpoint); a second file would need its own copy.
#include "oauth/AuthorizationCodeFlow.h"
#include "oauth/OAuthEndpoints.h"
#include "oauth/OAuthFailure.h"
#include "oauth/OAuthHttp.h"
#include "oauth/OAuthToken.h"
#include "oauth/RefreshTokenStore.h"
#include "oauth/TokenManager.h"
#include "settings/MemorySecretStore.h"
#include "settings/SettingsSchema.h"
#include "settings/SettingsValidator.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPointer>
#include <QRegularExpression>
#include <QSet>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QTimer>
#include <QUrlQuery>

using namespace mw;

namespace {

// A token endpoint on loopback that answers every POST with one canned JSON reply and
// keeps the form it was sent.
class FakeTokenEndpoint : public QObject
{
public:
    explicit FakeTokenEndpoint(int status, QByteArray body)
        : m_status(status)
        , m_body(std::move(body))
    {
        m_server.listen(QHostAddress::LocalHost, 0);
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            QTcpSocket *s = m_server.nextPendingConnection();
            connect(s, &QTcpSocket::readyRead, this, [this, s] {
                m_request += s->readAll();
                const qsizetype end = m_request.indexOf("\r\n\r\n");
                if (end < 0)
                    return;
                const QByteArray head = m_request.left(end).toLower();
                const qsizetype cl = head.indexOf("content-length:");
                const int length =
                    cl < 0 ? 0 : head.mid(cl + 15).split('\r').first().trimmed().toInt();
                if (m_request.size() < end + 4 + length)
                    return;
                form = QUrlQuery(QString::fromLatin1(m_request.mid(end + 4, length)));
                ++posts;
                s->write("HTTP/1.1 " + QByteArray::number(m_status) +
                         " X\r\nContent-Type: application/json\r\nConnection: close\r\n"
                         "Content-Length: " +
                         QByteArray::number(m_body.size()) + "\r\n\r\n" + m_body);
                s->disconnectFromHost();
            });
        });
    }
    QUrl url() const
    {
        return QUrl(QStringLiteral("http://127.0.0.1:%1/token").arg(m_server.serverPort()));
    }
    QUrlQuery form;
    int posts = 0;

private:
    QTcpServer m_server;
    QByteArray m_request;
    int m_status;
    QByteArray m_body;
};

OAuthEndpoints loopbackEndpoints(const QUrl &token)
{
    OAuthEndpoints e;
    e.issuer = QStringLiteral("http://127.0.0.1:1");
    e.authorization = QUrl(QStringLiteral("http://127.0.0.1:1/authorize?tenant=x"));
    e.token = token;
    return e;
}

// The browser's side: a GET to the loopback redirect; the page Mailwright answered.
QString browserGet(QNetworkAccessManager *nam, const QUrl &url, int *status = nullptr)
{
    QNetworkReply *r = nam->get(QNetworkRequest(url));
    QSignalSpy done(r, &QNetworkReply::finished);
    if (!done.wait(10000))
        return QStringLiteral("(no answer)");
    r->deleteLater();
    if (status)
        *status = r->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    return QString::fromUtf8(r->readAll());
}

} // namespace

class TestOAuthCore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void presets();
    void discovery_data();
    void discovery();
    void tokenResponse_data();
    void tokenResponse();
    void errorResponse_data();
    void errorResponse();
    void settingsKeys();
    void signInRequiredWithoutRefreshToken();
    void pkceChallenge();
    void authorizationRequest();
    void authorizationCodeExchange();
    void authorizationStateChecked();
    void authorizationDeclined();
    void authorizationTokenError();
    void authorizationTimeoutAndCancel();
    void providerThatDripsTimesOut();
};

void TestOAuthCore::presets()
{
    const OAuthEndpoints ms = OAuthEndpoints::preset(MailSettings::OAuthProvider::Microsoft,
                                                     QStringLiteral("contoso.onmicrosoft.com"));
    QCOMPARE(ms.issuer,
             QStringLiteral("https://login.microsoftonline.com/contoso.onmicrosoft.com/v2.0"));
    QCOMPARE(
        ms.deviceAuthorization.toString(),
        QStringLiteral(
            "https://login.microsoftonline.com/contoso.onmicrosoft.com/oauth2/v2.0/devicecode"));
    QCOMPARE(ms.defaultScopes,
             QStringLiteral("https://outlook.office.com/SMTP.Send offline_access"));
    QCOMPARE(OAuthEndpoints::microsoft({}).issuer,
             QStringLiteral("https://login.microsoftonline.com/common/v2.0"));
    const OAuthEndpoints g = OAuthEndpoints::preset(MailSettings::OAuthProvider::Google, {});
    QCOMPARE(g.issuer, QStringLiteral("https://accounts.google.com"));
    QCOMPARE(g.defaultScopes, QStringLiteral("https://mail.google.com/"));
    QVERIFY(OAuthEndpoints::preset(MailSettings::OAuthProvider::Oidc, {}).isNull());
    QCOMPARE(
        OAuthEndpoints::discoveryUrl(QStringLiteral("https://id.example.test/realm/")),
        QUrl(QStringLiteral("https://id.example.test/realm/.well-known/openid-configuration")));
}

void TestOAuthCore::discovery_data()
{
    QTest::addColumn<QByteArray>("document");
    QTest::addColumn<QString>("issuer");
    QTest::addColumn<bool>("ok");

    const QByteArray good = R"({"issuer":"https://id.example.test",
        "token_endpoint":"https://id.example.test/token",
        "device_authorization_endpoint":"https://id.example.test/device",
        "authorization_endpoint":"https://id.example.test/auth"})";
    QTest::newRow("good") << good << "https://id.example.test" << true;
    QTest::newRow("trailing-slash-same-issuer") << good << "https://id.example.test/" << true;
    QTest::newRow("other-issuer-refused") << good << "https://evil.example.test" << false;
    QTest::newRow("no-token-endpoint") << QByteArray(R"({"issuer":"https://id.example.test"})")
                                       << "https://id.example.test" << false;
    QTest::newRow("http-endpoint-refused")
        << QByteArray(
               R"({"issuer":"https://id.example.test","token_endpoint":"http://id.example.test/token"})")
        << "https://id.example.test" << false;
    QTest::newRow("http-loopback-allowed")
        << QByteArray(
               R"({"issuer":"http://127.0.0.1:4000","token_endpoint":"http://127.0.0.1:4000/token"})")
        << "http://127.0.0.1:4000" << true;
}

void TestOAuthCore::discovery()
{
    QFETCH(QByteArray, document);
    QFETCH(QString, issuer);
    QFETCH(bool, ok);
    QString why;
    const OAuthEndpoints e =
        OAuthEndpoints::fromDiscovery(QJsonDocument::fromJson(document).object(), issuer, &why);
    QCOMPARE(!e.isNull(), ok);
    QCOMPARE(why.isEmpty(), ok);
}

void TestOAuthCore::tokenResponse_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<int>("expiresIn"); // -1: unknown

    QTest::newRow("bearer")
        << QByteArray(
               R"({"access_token":"a","token_type":"Bearer","expires_in":3599,"refresh_token":"r","scope":"x y"})")
        << true << 3599;
    QTest::newRow("expires-as-string")
        << QByteArray(R"({"access_token":"a","token_type":"bearer","expires_in":"60"})") << true
        << 60;
    QTest::newRow("no-expiry") << QByteArray(R"({"access_token":"a"})") << true << -1;
    QTest::newRow("no-access-token") << QByteArray(R"({"token_type":"Bearer"})") << false << -1;
    QTest::newRow("mac-token-refused")
        << QByteArray(R"({"access_token":"a","token_type":"mac"})") << false << -1;
}

void TestOAuthCore::tokenResponse()
{
    QFETCH(QByteArray, json);
    QFETCH(bool, ok);
    QFETCH(int, expiresIn);
    const QDateTime now = QDateTime::fromSecsSinceEpoch(1'700'000'000, Qt::UTC);
    QString why;
    const auto t = OAuthToken::fromResponse(QJsonDocument::fromJson(json).object(), now, &why);
    QCOMPARE(t.has_value(), ok);
    if (!ok) {
        QVERIFY(!why.isEmpty());
        return;
    }
    if (expiresIn < 0) {
        QVERIFY(!t->expiresAt.isValid());
        QVERIFY(!t->needsRefresh(now, 300));
        return;
    }
    QCOMPARE(t->expiresAt, now.addSecs(expiresIn));
    // Refreshed before it expires: within the margin it counts as due.
    QCOMPARE(t->needsRefresh(now, expiresIn + 1), true);
    QCOMPARE(t->needsRefresh(now, expiresIn - 10), false);
}

void TestOAuthCore::errorResponse_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<bool>("refresh");
    QTest::addColumn<QString>("kind");

    QTest::newRow("revoked-refresh-token")
        << QByteArray(R"({"error":"invalid_grant","error_description":"grant request is invalid"})")
        << true << "sign_in_required";
    QTest::newRow("invalid-grant-outside-refresh")
        << QByteArray(R"({"error":"invalid_grant"})") << false << "provider";
    QTest::newRow("scope") << QByteArray(R"({"error":"invalid_scope"})") << false
                           << "invalid_scope";
    QTest::newRow("client") << QByteArray(R"({"error":"invalid_client"})") << true
                            << "invalid_client";
    QTest::newRow("declined") << QByteArray(R"({"error":"access_denied"})") << false
                              << "access_denied";
    QTest::newRow("expired-device-code")
        << QByteArray(R"({"error":"expired_token"})") << false << "expired";
    QTest::newRow("not-json") << QByteArray("<html>") << true << "provider";
}

void TestOAuthCore::errorResponse()
{
    QFETCH(QByteArray, json);
    QFETCH(bool, refresh);
    QFETCH(QString, kind);
    const OAuthFailure f =
        OAuthFailure::fromErrorResponse(QJsonDocument::fromJson(json).object(), 400, refresh);
    QCOMPARE(OAuthFailure::kindId(f.kind), kind);
    QVERIFY(!f.message.isEmpty());
    if (kind == QLatin1String("sign_in_required"))
        QVERIFY(f.message.startsWith(QLatin1String("Sign-in required")));
}

void TestOAuthCore::settingsKeys()
{
    MailSettings m;
    QCOMPARE(SettingsSchema::setValue(m, QStringLiteral("smtp/auth"), QStringLiteral("XOAUTH2")),
             QString());
    QCOMPARE(m.smtp.auth, MailSettings::SmtpAuth::XOAuth2);
    QCOMPARE(
        SettingsSchema::setValue(m, QStringLiteral("smtp/auth"), QStringLiteral("oauthbearer")),
        QString());
    QCOMPARE(SettingsSchema::setValue(m, QStringLiteral("oauth/provider"), QStringLiteral("oidc")),
             QString());
    QVERIFY(!SettingsSchema::setValue(m, QStringLiteral("oauth/provider"), QStringLiteral("yahoo"))
                 .isEmpty());
    // The client secret is a secret: no key for it, and the name is recognised as one.
    QVERIFY(!SettingsSchema::contains(QStringLiteral("oauth/client_secret")));
    QVERIFY(SettingsSchema::isSecretKeyName(QStringLiteral("client_secret")));

    m.smtp.host = QStringLiteral("smtp.example.test");
    m.mailboxes.from = QStringLiteral("a@example.test");
    const auto keysOf = [](const QList<ValidationIssue> &issues) {
        QStringList k;
        for (const auto &i : issues)
            k << i.key;
        return k;
    };
    QStringList keys = keysOf(SettingsValidator::validate(m));
    QVERIFY(keys.contains(QStringLiteral("smtp/username")));
    QVERIFY(keys.contains(QStringLiteral("oauth/client_id")));
    QVERIFY(keys.contains(QStringLiteral("oauth/issuer")));
    m.smtp.username = QStringLiteral("a@example.test");
    m.oauth.clientId = QStringLiteral("app");
    m.oauth.issuer = QStringLiteral("http://id.example.test"); // http only on loopback
    keys = keysOf(SettingsValidator::validate(m));
    QCOMPARE(keys, QStringList{QStringLiteral("oauth/issuer")});
    m.oauth.issuer = QStringLiteral("https://id.example.test");
    QCOMPARE(keysOf(SettingsValidator::validate(m)), QStringList());
}

void TestOAuthCore::signInRequiredWithoutRefreshToken()
{
    QNetworkAccessManager nam;
    TokenManager tokens(&nam);
    tokens.setClient(OAuthEndpoints::google(), QStringLiteral("app"), {});
    QSignalSpy done(&tokens, &TokenManager::finished);
    tokens.requestAccessToken();
    QCOMPARE(done.count(), 0); // later, never inside the call
    QVERIFY(done.wait(5000));
    QCOMPARE(done.at(0).at(0).toBool(), false);
    QCOMPARE(tokens.state(), TokenManager::State::SignInRequired);
    QCOMPARE(tokens.refreshCount(), 0); // Google was not contacted
}

void TestOAuthCore::pkceChallenge()
{
    // RFC 7636 Appendix B.
    QCOMPARE(AuthorizationCodeFlow::codeChallengeS256(
                 QStringLiteral("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk")),
             QStringLiteral("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"));
    // §4.1: 43 to 128 unreserved characters; 32 random octets give 43.
    QSet<QString> seen;
    for (int i = 0; i < 50; ++i) {
        const QString v = AuthorizationCodeFlow::makeCodeVerifier();
        QCOMPARE(v.size(), 43);
        QVERIFY(QRegularExpression(QStringLiteral("^[A-Za-z0-9_-]+$")).match(v).hasMatch());
        seen.insert(v);
    }
    QCOMPARE(seen.size(), 50);
    // Refresh tokens need provider-specific words in the request.
    const auto google =
        AuthorizationCodeFlow::extraParameters(OAuthEndpoints::google(), QStringLiteral("x"));
    QVERIFY(google.contains(std::pair{QStringLiteral("access_type"), QStringLiteral("offline")}));
    QVERIFY(AuthorizationCodeFlow::extraParameters(OAuthEndpoints::microsoft({}),
                                                   QStringLiteral("openid offline_access"))
                .isEmpty());
    OAuthEndpoints oidc;
    oidc.issuer = QStringLiteral("https://id.example.test");
    QCOMPARE(AuthorizationCodeFlow::extraParameters(oidc, QStringLiteral("openid offline_access")),
             (QList<std::pair<QString, QString>>{
                 {QStringLiteral("prompt"), QStringLiteral("consent")}}));
    QVERIFY(AuthorizationCodeFlow::extraParameters(oidc, QStringLiteral("openid")).isEmpty());
}

void TestOAuthCore::authorizationRequest()
{
    QNetworkAccessManager nam;
    AuthorizationCodeFlow flow(&nam);
    QSignalSpy url(&flow, &AuthorizationCodeFlow::authorizationUrlReady);
    flow.start(loopbackEndpoints(QUrl(QStringLiteral("http://127.0.0.1:1/token"))),
               QStringLiteral("app id"), {}, QStringLiteral("  openid   smtp+send "));
    QCOMPARE(url.count(), 0); // later, never inside the call
    QVERIFY(url.wait(5000));
    const QUrl u = url.at(0).at(0).toUrl();
    QCOMPARE(u, flow.authorizationUrl());
    const QUrlQuery q(u);
    const auto v = [&q](const char *k) {
        return q.queryItemValue(QLatin1String(k), QUrl::FullyDecoded);
    };
    QCOMPARE(v("tenant"), QStringLiteral("x")); // the endpoint's own query is kept
    QCOMPARE(v("response_type"), QStringLiteral("code"));
    QCOMPARE(v("client_id"), QStringLiteral("app id"));
    QCOMPARE(v("scope"), QStringLiteral("openid smtp+send"));
    QVERIFY(u.toString(QUrl::FullyEncoded).contains(QStringLiteral("smtp%2Bsend")));
    QCOMPARE(v("code_challenge_method"), QStringLiteral("S256"));
    QCOMPARE(v("code_challenge").size(), 43);
    QVERIFY(v("state").size() >= 32);
    const QUrl redirect(v("redirect_uri"));
    QCOMPARE(redirect, flow.redirectUri());
    QCOMPARE(redirect.host(), QStringLiteral("127.0.0.1"));
    QCOMPARE(redirect.path(), QStringLiteral("/callback"));
    QVERIFY(redirect.port() > 0);
    // Two flows never share state, verifier or port.
    AuthorizationCodeFlow other(&nam);
    QSignalSpy otherUrl(&other, &AuthorizationCodeFlow::authorizationUrlReady);
    other.start(loopbackEndpoints(QUrl(QStringLiteral("http://127.0.0.1:1/token"))),
                QStringLiteral("app id"), {}, QStringLiteral("openid"));
    QVERIFY(otherUrl.wait(5000));
    const QUrlQuery q2(otherUrl.at(0).at(0).toUrl());
    QVERIFY(q2.queryItemValue(QStringLiteral("state")) != v("state"));
    QVERIFY(q2.queryItemValue(QStringLiteral("code_challenge")) != v("code_challenge"));
    QVERIFY(other.redirectUri().port() != redirect.port());
    flow.cancel();
    other.cancel();
}

void TestOAuthCore::authorizationCodeExchange()
{
    FakeTokenEndpoint endpoint(200, R"({"access_token":"AT-1","refresh_token":"RT-1",
        "token_type":"Bearer","expires_in":3600,"scope":"openid smtp.send"})");
    QNetworkAccessManager nam;
    AuthorizationCodeFlow flow(&nam);
    QSignalSpy url(&flow, &AuthorizationCodeFlow::authorizationUrlReady);
    QSignalSpy finished(&flow, &AuthorizationCodeFlow::finished);
    flow.start(loopbackEndpoints(endpoint.url()), QStringLiteral("app"), {},
               QStringLiteral("openid smtp.send"));
    QVERIFY(url.wait(5000));
    const QUrlQuery q(url.at(0).at(0).toUrl());
    const QString state = q.queryItemValue(QStringLiteral("state"));
    QUrl back = flow.redirectUri();
    back.setQuery(QStringLiteral("code=the%2Bcode&state=") + state);
    int status = 0;
    const QString page = browserGet(&nam, back, &status);
    QCOMPARE(status, 200);
    QVERIFY2(page.contains(QLatin1String("signed in")), qPrintable(page));
    QCOMPARE(finished.count(), 1);
    QCOMPARE(finished.at(0).at(0).toBool(), true);
    QCOMPARE(flow.token().accessToken, QStringLiteral("AT-1"));
    QCOMPARE(flow.token().refreshToken, QStringLiteral("RT-1"));
    QCOMPARE(flow.token().scope, QStringLiteral("openid smtp.send"));
    // RFC 6749 §4.1.3 + RFC 7636 §4.5: the code, the same redirect, the verifier whose
    // S256 is the challenge sent; a public client names itself in the body.
    QCOMPARE(endpoint.posts, 1);
    const auto f = [&endpoint](const char *k) {
        return endpoint.form.queryItemValue(QLatin1String(k), QUrl::FullyDecoded);
    };
    QCOMPARE(f("grant_type"), QStringLiteral("authorization_code"));
    QCOMPARE(f("code"), QStringLiteral("the+code"));
    QCOMPARE(f("redirect_uri"), flow.redirectUri().toString());
    QCOMPARE(f("client_id"), QStringLiteral("app"));
    QCOMPARE(AuthorizationCodeFlow::codeChallengeS256(f("code_verifier")),
             q.queryItemValue(QStringLiteral("code_challenge")));
    // The listener is closed: a second answer finds no one.
    int again = 0;
    browserGet(&nam, back, &again);
    QCOMPARE(again, 0);
    QCOMPARE(finished.count(), 1);
}

void TestOAuthCore::authorizationStateChecked()
{
    FakeTokenEndpoint endpoint(200, R"({"access_token":"AT","token_type":"bearer"})");
    QNetworkAccessManager nam;
    AuthorizationCodeFlow flow(&nam);
    QSignalSpy url(&flow, &AuthorizationCodeFlow::authorizationUrlReady);
    QSignalSpy finished(&flow, &AuthorizationCodeFlow::finished);
    flow.start(loopbackEndpoints(endpoint.url()), QStringLiteral("app"), {}, {});
    QVERIFY(url.wait(5000));
    const QString state =
        QUrlQuery(url.at(0).at(0).toUrl()).queryItemValue(QStringLiteral("state"));
    // A forged answer (no state, another state), another path, a favicon: answered,
    // ignored, and no code is exchanged.
    int status = 0;
    QUrl forged = flow.redirectUri();
    forged.setQuery(QStringLiteral("code=stolen&state=guess"));
    browserGet(&nam, forged, &status);
    QCOMPARE(status, 400);
    forged.setQuery(QStringLiteral("code=stolen"));
    browserGet(&nam, forged, &status);
    QCOMPARE(status, 400);
    forged.setQuery(QStringLiteral("error=access_denied&state=guess"));
    browserGet(&nam, forged, &status);
    QCOMPARE(status, 400);
    QUrl favicon = flow.redirectUri();
    favicon.setPath(QStringLiteral("/favicon.ico"));
    browserGet(&nam, favicon, &status);
    QCOMPARE(status, 404);
    QCOMPARE(flow.ignoredRequests(), 4);
    QCOMPARE(endpoint.posts, 0);
    QCOMPARE(finished.count(), 0);
    QVERIFY(flow.isRunning());
    // A request that is not HTTP, or too long, is dropped.
    QTcpSocket raw;
    raw.connectToHost(QHostAddress::LocalHost, quint16(flow.redirectUri().port()));
    QVERIFY(raw.waitForConnected(5000));
    raw.write(QByteArray(9000, 'A'));
    QTRY_COMPARE_WITH_TIMEOUT(raw.state(), QAbstractSocket::UnconnectedState, 5000);
    // The real answer still works.
    QUrl back = flow.redirectUri();
    back.setQuery(QStringLiteral("code=c&state=") + state);
    browserGet(&nam, back, &status);
    QCOMPARE(status, 200);
    QCOMPARE(finished.count(), 1);
    QVERIFY(finished.at(0).at(0).toBool());
}

void TestOAuthCore::authorizationDeclined()
{
    FakeTokenEndpoint endpoint(200, "{}");
    QNetworkAccessManager nam;
    AuthorizationCodeFlow flow(&nam);
    QSignalSpy url(&flow, &AuthorizationCodeFlow::authorizationUrlReady);
    QSignalSpy finished(&flow, &AuthorizationCodeFlow::finished);
    flow.start(loopbackEndpoints(endpoint.url()), QStringLiteral("app"), {}, {});
    QVERIFY(url.wait(5000));
    const QString state =
        QUrlQuery(url.at(0).at(0).toUrl()).queryItemValue(QStringLiteral("state"));
    QUrl back = flow.redirectUri();
    back.setQuery(
        QStringLiteral("error=access_denied&error_description=The+person+said+no&state=") + state);
    const QString page = browserGet(&nam, back);
    QCOMPARE(finished.count(), 1);
    QVERIFY(!finished.at(0).at(0).toBool());
    QCOMPARE(flow.failure().kind, OAuthFailure::Kind::AccessDenied);
    QCOMPARE(flow.failure().message,
             QStringLiteral("The sign-in was declined: The person said no (access_denied)"));
    QVERIFY2(page.contains(QLatin1String("The person said no")), qPrintable(page));
    QCOMPARE(endpoint.posts, 0);
}

void TestOAuthCore::authorizationTokenError()
{
    // The code exchange refused (a reused code, a verifier that does not match).
    FakeTokenEndpoint endpoint(
        400, R"({"error":"invalid_grant","error_description":"PKCE verification failed"})");
    QNetworkAccessManager nam;
    AuthorizationCodeFlow flow(&nam);
    QSignalSpy url(&flow, &AuthorizationCodeFlow::authorizationUrlReady);
    QSignalSpy finished(&flow, &AuthorizationCodeFlow::finished);
    flow.start(loopbackEndpoints(endpoint.url()), QStringLiteral("app"), {}, {});
    QVERIFY(url.wait(5000));
    const QString state =
        QUrlQuery(url.at(0).at(0).toUrl()).queryItemValue(QStringLiteral("state"));
    QUrl back = flow.redirectUri();
    back.setQuery(QStringLiteral("code=c&state=") + state);
    const QString page = browserGet(&nam, back);
    QCOMPARE(finished.count(), 1);
    QCOMPARE(flow.failure().kind, OAuthFailure::Kind::Provider);
    QCOMPARE(flow.failure().message,
             QStringLiteral("The provider refused: PKCE verification failed (invalid_grant)"));
    QVERIFY(page.contains(QLatin1String("PKCE verification failed")));
}

void TestOAuthCore::authorizationTimeoutAndCancel()
{
    QNetworkAccessManager nam;
    AuthorizationCodeFlow flow(&nam);
    QSignalSpy finished(&flow, &AuthorizationCodeFlow::finished);
    flow.setTimeout(300);
    flow.start(loopbackEndpoints(QUrl(QStringLiteral("http://127.0.0.1:1/token"))),
               QStringLiteral("app"), {}, {});
    QVERIFY(finished.wait(5000));
    QCOMPARE(flow.failure().kind, OAuthFailure::Kind::Expired);
    const quint16 port = quint16(flow.redirectUri().port());
    QTcpSocket probe;
    probe.connectToHost(QHostAddress::LocalHost, port);
    QVERIFY(!probe.waitForConnected(2000)); // the listener is gone

    AuthorizationCodeFlow second(&nam);
    QSignalSpy secondDone(&second, &AuthorizationCodeFlow::finished);
    second.start(loopbackEndpoints(QUrl(QStringLiteral("http://127.0.0.1:1/token"))),
                 QStringLiteral("app"), {}, {});
    second.cancel();
    QCOMPARE(secondDone.count(), 1);
    QCOMPARE(second.failure().kind, OAuthFailure::Kind::Cancelled);
    second.cancel(); // once only
    QCOMPARE(secondDone.count(), 1);
    QTest::qWait(50);
    QCOMPARE(secondDone.count(), 1);

    // No client id, or no authorization endpoint: a configuration failure, later.
    AuthorizationCodeFlow third(&nam);
    QSignalSpy thirdDone(&third, &AuthorizationCodeFlow::finished);
    OAuthEndpoints none = loopbackEndpoints(QUrl(QStringLiteral("http://127.0.0.1:1/token")));
    none.authorization.clear();
    third.start(none, QStringLiteral("app"), {}, {});
    QCOMPARE(thirdDone.count(), 0);
    QVERIFY(thirdDone.wait(5000));
    QCOMPARE(third.failure().kind, OAuthFailure::Kind::Config);
}

void TestOAuthCore::providerThatDripsTimesOut()
{
    // An HTTP answer that announces 100,000 octets and sends one every 200 ms: never
    // silent for the 1 s timeout, so only a deadline on the whole exchange ends it.
    QTcpServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost, 0));
    QTimer drip;
    QPointer<QTcpSocket> peer;
    connect(&server, &QTcpServer::newConnection, this, [&] {
        peer = server.nextPendingConnection();
        connect(peer, &QTcpSocket::readyRead, peer, [&] {
            peer->readAll();
            if (!drip.isActive()) {
                peer->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                            "Content-Length: 100000\r\n\r\n{");
                drip.start(200);
            }
        });
    });
    connect(&drip, &QTimer::timeout, this, [&] {
        if (peer)
            peer->write(" ");
    });
    QNetworkAccessManager nam;
    QElapsedTimer clock;
    clock.start();
    int calls = 0;
    OAuthHttpReply got;
    OAuthHttp::getJson(&nam,
                       QUrl(QStringLiteral("http://127.0.0.1:%1/.well-known/openid-configuration")
                                .arg(server.serverPort())),
                       1000, this, [&](const OAuthHttpReply &r) {
                           ++calls;
                           got = r;
                       });
    QTRY_COMPARE_WITH_TIMEOUT(calls, 1, 10000);
    QVERIFY2(clock.elapsed() < 3000, qPrintable(QString::number(clock.elapsed())));
    QVERIFY(!got.transportOk);
    QVERIFY(got.transportError.contains(QLatin1String("in time")));
    QVERIFY(got.json.isEmpty());
    QTest::qWait(300);
    QCOMPARE(calls, 1);
}

QTEST_GUILESS_MAIN(TestOAuthCore)
#include "tst_oauth_core.moc"
