// SPDX-License-Identifier: GPL-3.0-or-later
// OAuth2 against a real OpenID provider (npm oidc-provider) and an SMTP server that
// checks bearer tokens with it (npm smtp-server), both on loopback, started from
// tests/servers/oauth/server.mjs. Access tokens live 8 seconds there, so the refresh
// rows really wait for expiry. Run scripts/install-deps.sh (MAILWRIGHT_WITH_TESTS=1)
// first: it installs the pinned packages with `npm ci` (and Debian's chromium, which
// tests/servers/oauth/browser.mjs drives with playwright-core for the browser sign-in).
// Over 600 lines on purpose: every story shares the one provider and SMTP server that
// initTestCase starts (two node processes); a split would start them twice.
#include "OAuthServerFixture.h"
#include "delivery/Queue.h"
#include "delivery/QueueRunner.h"
#include "diagnostics/StatusMonitor.h"
#include "oauth/AccessTokenSource.h"
#include "oauth/AuthorizationCodeFlow.h"
#include "oauth/DeviceAuthorization.h"
#include "oauth/OpenIdDiscovery.h"
#include "oauth/RefreshTokenStore.h"
#include "oauth/TokenManager.h"
#include "protocol/SmtpSession.h"
#include "settings/MemorySecretStore.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

using namespace mw;

Q_DECLARE_METATYPE(mw::SmtpConfig::Auth)

namespace {

const QString kAccount = QStringLiteral("admin@example.test");
const QString kClient = QStringLiteral("mailwright-test");
const QString kScopes = QStringLiteral("openid offline_access smtp.send");

} // namespace

class TestOAuthProvider : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void discovery();
    void deviceFlowFirstSignIn();
    void sendWithToken_data();
    void sendWithToken();
    void refreshAfterExpiry();
    void revokedRefreshTokenMeansSignInRequired();
    void wrongScopeShowsProviderReason();
    void cliLoginTestLogout();
    void browserFlowFirstSignIn();
    void browserFlowDeclined();
    void cliBrowserLogin();
    void revokedSignInHoldsQueue();

private:
    // Runs browser.mjs (Chromium) on url in `mode` while the event loop keeps running.
    QJsonObject runBrowser(const QUrl &url, const QString &mode, QProcess *browser);
    MailSettings oauthSettings(const QString &queueDir) const;
    QJsonDocument httpGet(const QString &path);
    QJsonDocument httpPostForm(const QString &path, const QList<std::pair<QString, QString>> &f);
    OAuthToken signIn(const QString &scopes);
    Result send(const QString &accessToken, SmtpConfig::Auth auth, Transcript *transcript);
    int tokenCalls(const QString &grant);

    mw::test::OAuthServerFixture m_server;
    QString m_issuer;
    quint16 m_smtpPort = 0;
    QNetworkAccessManager m_nam;
    OAuthEndpoints m_endpoints;
    OAuthToken m_token; // from the first sign-in
};

void TestOAuthProvider::initTestCase()
{
    QVERIFY2(m_server.start(8), qPrintable(m_server.errorString())); // tokens expire soon
    m_issuer = m_server.issuer();
    m_smtpPort = m_server.smtpPort();
}

void TestOAuthProvider::cleanupTestCase()
{
    m_server.stop();
}

QJsonDocument TestOAuthProvider::httpGet(const QString &path)
{
    return m_server.getJson(path);
}

QJsonDocument TestOAuthProvider::httpPostForm(const QString &path,
                                              const QList<std::pair<QString, QString>> &fields)
{
    QNetworkRequest req(QUrl(m_issuer + path));
    req.setTransferTimeout(20000);
    req.setHeader(QNetworkRequest::ContentTypeHeader,
                  QStringLiteral("application/x-www-form-urlencoded"));
    QByteArray body;
    for (const auto &[k, v] : fields)
        body += (body.isEmpty() ? "" : "&") + QUrl::toPercentEncoding(k) + '=' +
                QUrl::toPercentEncoding(v);
    QNetworkReply *reply = m_nam.post(req, body);
    QSignalSpy done(reply, &QNetworkReply::finished);
    if (!done.wait(25000))
        return {};
    reply->deleteLater();
    return QJsonDocument::fromJson(reply->readAll());
}

int TestOAuthProvider::tokenCalls(const QString &grant)
{
    return httpGet(QStringLiteral("/__test/stats"))
        .object()
        .value(QLatin1String("token"))
        .toObject()
        .value(grant)
        .toInt();
}

OAuthToken TestOAuthProvider::signIn(const QString &scopes)
{
    // The person's side: when the code is shown, approve it through the provider's
    // /device pages (the server's test helper submits the forms over plain HTTP).
    DeviceAuthorization flow(&m_nam);
    QSignalSpy finished(&flow, &DeviceAuthorization::finished);
    QString userCode;
    QString shownUri;
    connect(&flow, &DeviceAuthorization::userCodeReady, this,
            [&](const QString &uri, const QString &code, const QString &) {
                shownUri = uri;
                userCode = code;
                const QJsonObject r = httpGet(QStringLiteral("/__test/approve?user_code=") +
                                              QString::fromLatin1(QUrl::toPercentEncoding(code)))
                                          .object();
                if (!r.value(QLatin1String("approved")).toBool())
                    qWarning() << "approval failed" << r;
            });
    flow.start(m_endpoints, kClient, {}, scopes);
    if (!finished.wait(40000))
        return {};
    if (!finished.at(0).at(0).toBool()) {
        qWarning() << flow.failure().message;
        return {};
    }
    if (!shownUri.startsWith(m_issuer) || userCode.isEmpty())
        return {};
    // RFC 8628 §3.5: the first poll came after the interval, and was answered "pending"
    // or approved; the client never polled faster than asked.
    if (flow.pollCount() < 1)
        return {};
    return flow.token();
}

Result TestOAuthProvider::send(const QString &accessToken, SmtpConfig::Auth auth,
                               Transcript *transcript)
{
    SmtpConfig c;
    c.host = QStringLiteral("127.0.0.1");
    c.port = m_smtpPort;
    c.security = SmtpConfig::Security::None; // loopback; smtp-server here has no TLS
    c.auth = auth;
    c.username = kAccount;
    c.accessToken = accessToken;
    c.timeoutSeconds = 10;
    Envelope env{kAccount,
                 {QStringLiteral("ops@example.test")},
                 QByteArray("Subject: oauth\r\n\r\nsent with a bearer token\r\n")};
    SmtpSession session;
    QSignalSpy finished(&session, &SmtpSession::finished);
    session.start(c, {env});
    if (!finished.wait(30000))
        return {};
    if (transcript)
        *transcript = session.transcript();
    return session.result();
}

void TestOAuthProvider::discovery()
{
    OpenIdDiscovery d(&m_nam);
    QSignalSpy done(&d, &OpenIdDiscovery::finished);
    d.start(m_issuer);
    QVERIFY(done.wait(20000));
    QVERIFY2(d.ok(), qPrintable(d.failure().message));
    m_endpoints = d.endpoints();
    QCOMPARE(m_endpoints.token.toString(), m_issuer + QStringLiteral("/token"));
    QCOMPARE(m_endpoints.deviceAuthorization.toString(), m_issuer + QStringLiteral("/device/auth"));
    QVERIFY(!m_endpoints.revocation.isEmpty());

    // A document that names another issuer is refused (OpenID Connect Discovery §4.3).
    OpenIdDiscovery other(&m_nam);
    QSignalSpy otherDone(&other, &OpenIdDiscovery::finished);
    other.start(m_issuer + QStringLiteral("/other"));
    QVERIFY(otherDone.wait(20000));
    QVERIFY(!other.ok());
}

void TestOAuthProvider::deviceFlowFirstSignIn()
{
    QVERIFY(!m_endpoints.isNull());
    m_token = signIn(kScopes);
    QVERIFY(!m_token.accessToken.isEmpty());
    QVERIFY(!m_token.refreshToken.isEmpty());
    QCOMPARE(m_token.scope, kScopes);
    QVERIFY(m_token.expiresAt.isValid());
    QVERIFY(m_token.expiresAt <= QDateTime::currentDateTimeUtc().addSecs(9));
}

void TestOAuthProvider::sendWithToken_data()
{
    QTest::addColumn<SmtpConfig::Auth>("auth");
    QTest::addColumn<QString>("mechanism");
    QTest::newRow("xoauth2") << SmtpConfig::Auth::XOAuth2 << "XOAUTH2";
    QTest::newRow("oauthbearer") << SmtpConfig::Auth::OAuthBearer << "OAUTHBEARER";
}

void TestOAuthProvider::sendWithToken()
{
    QFETCH(SmtpConfig::Auth, auth);
    QFETCH(QString, mechanism);
    // A fresh access token for each row (the 8-second one may be near its end).
    TokenManager tokens(&m_nam);
    tokens.setClient(m_endpoints, kClient, {});
    tokens.setRefreshToken(m_token.refreshToken);
    QSignalSpy ready(&tokens, &TokenManager::finished);
    tokens.requestAccessToken();
    QVERIFY(ready.wait(20000));
    QVERIFY2(ready.at(0).at(0).toBool(), qPrintable(tokens.failure().message));

    const int before = httpGet(QStringLiteral("/__test/messages")).array().size();
    Transcript t;
    const Result r = send(tokens.accessToken(), auth, &t);
    QVERIFY2(r.ok, qPrintable(r.message + QLatin1Char('\n') + t.toText()));
    QCOMPARE(r.authMechanismUsed, mechanism);
    const QJsonArray msgs = httpGet(QStringLiteral("/__test/messages")).array();
    QCOMPARE(msgs.size(), before + 1);
    QCOMPARE(msgs.last().toObject().value(QLatin1String("user")).toString(), kAccount);
    QVERIFY(!t.toText().contains(tokens.accessToken()));
    QVERIFY(t.toText().contains(QStringLiteral("AUTH ") + mechanism + QStringLiteral(" ***")));
}

void TestOAuthProvider::refreshAfterExpiry()
{
    TokenManager tokens(&m_nam);
    tokens.setClient(m_endpoints, kClient, {});
    tokens.setRefreshMargin(2);
    tokens.setRefreshToken(m_token.refreshToken);
    QSignalSpy ready(&tokens, &TokenManager::finished);
    tokens.requestAccessToken();
    QVERIFY(ready.wait(20000));
    QVERIFY(ready.at(0).at(0).toBool());
    const QString first = tokens.accessToken();
    QCOMPARE(tokens.refreshCount(), 1);

    // Still good: no call to the provider.
    tokens.requestAccessToken();
    QVERIFY(ready.wait(5000));
    QCOMPARE(tokens.refreshCount(), 1);
    QCOMPARE(tokens.accessToken(), first);

    // Let it expire (8 s at this provider); the SMTP server then refuses it with the
    // provider's verdict, and the manager refreshes it.
    QTest::qWait(9000);
    const Result stale = send(first, SmtpConfig::Auth::XOAuth2, nullptr);
    QCOMPARE(stale.errorClass, ErrorClass::AuthFailed);
    QVERIFY2(stale.message.contains(QLatin1String("invalid_token")), qPrintable(stale.message));

    const int refreshesBefore = tokenCalls(QStringLiteral("refresh_token"));
    tokens.requestAccessToken();
    QVERIFY(ready.wait(20000));
    QVERIFY(ready.last().at(0).toBool());
    QCOMPARE(tokens.refreshCount(), 2);
    QCOMPARE(tokenCalls(QStringLiteral("refresh_token")), refreshesBefore + 1);
    QVERIFY(tokens.accessToken() != first);
    const Result fresh = send(tokens.accessToken(), SmtpConfig::Auth::OAuthBearer, nullptr);
    QVERIFY2(fresh.ok, qPrintable(fresh.message));
}

void TestOAuthProvider::revokedRefreshTokenMeansSignInRequired()
{
    // A second sign-in whose refresh token is then revoked (RFC 7009), as an admin or
    // the provider would.
    const OAuthToken victim = signIn(kScopes);
    QVERIFY(!victim.refreshToken.isEmpty());
    httpPostForm(QStringLiteral("/token/revocation"),
                 {{QStringLiteral("token"), victim.refreshToken},
                  {QStringLiteral("token_type_hint"), QStringLiteral("refresh_token")},
                  {QStringLiteral("client_id"), kClient}});

    TokenManager tokens(&m_nam);
    tokens.setClient(m_endpoints, kClient, {});
    tokens.setRefreshToken(victim.refreshToken);
    QSignalSpy ready(&tokens, &TokenManager::finished);
    QSignalSpy states(&tokens, &TokenManager::stateChanged);
    const int before = tokenCalls(QStringLiteral("refresh_token"));
    tokens.requestAccessToken();
    QVERIFY(ready.wait(20000));
    QVERIFY(!ready.at(0).at(0).toBool());
    QCOMPARE(tokens.state(), TokenManager::State::SignInRequired);
    QCOMPARE(tokens.failure().kind, OAuthFailure::Kind::SignInRequired);
    QCOMPARE(tokens.failure().code, QStringLiteral("invalid_grant"));
    QVERIFY(tokens.failure().message.startsWith(QLatin1String("Sign-in required")));

    // Asked again (the queue retrying, a second Send Test): no new attempt.
    for (int i = 0; i < 3; ++i) {
        tokens.requestAccessToken();
        QVERIFY(ready.wait(5000));
        QVERIFY(!ready.last().at(0).toBool());
    }
    QCOMPARE(tokens.refreshCount(), 1);
    QCOMPARE(tokenCalls(QStringLiteral("refresh_token")), before + 1);
    QVERIFY(!tokens.failure().message.contains(victim.refreshToken));
}

void TestOAuthProvider::wrongScopeShowsProviderReason()
{
    // Signed in without the SMTP scope: the provider issues a token, the SMTP server asks
    // the provider and refuses it with RFC 7628's JSON, which the session puts in words.
    const OAuthToken narrow = signIn(QStringLiteral("openid offline_access"));
    QVERIFY(!narrow.accessToken.isEmpty());
    QVERIFY(!narrow.scope.contains(QLatin1String("smtp.send")));
    for (const auto auth : {SmtpConfig::Auth::XOAuth2, SmtpConfig::Auth::OAuthBearer}) {
        Transcript t;
        const Result r = send(narrow.accessToken, auth, &t);
        QCOMPARE(r.errorClass, ErrorClass::AuthFailed);
        QCOMPARE(r.phase, Phase::Auth);
        QVERIFY2(r.message.contains(QLatin1String("insufficient_scope")), qPrintable(r.message));
        QVERIFY2(r.message.contains(QLatin1String("\"smtp.send\"")), qPrintable(r.message));
        QVERIFY(r.serverReply.startsWith(QLatin1String("535")));
        QVERIFY(!t.toText().contains(narrow.accessToken));
    }
}

void TestOAuthProvider::cliLoginTestLogout()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString ini = dir.filePath(QStringLiteral("mailwright.ini"));
    const QString secrets = dir.filePath(QStringLiteral("secrets"));
    const QString debugLog = dir.filePath(QStringLiteral("debug.log"));
    {
        QFile f(ini);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QStringLiteral("[general]\nsecret_backend=file\nsecret_file=%1\n"
                               "[smtp]\nhost=127.0.0.1\nport=%2\nsecurity=none\nauth=xoauth2\n"
                               "username=%3\ntimeout=20\n"
                               "[oauth]\nprovider=oidc\nissuer=%4\nclient_id=%5\nscopes=%6\n"
                               "[mailboxes]\nfrom=%3\nnotify=ops@example.test\n"
                               "[diagnostics]\ndebug_log=%7\n")
                    .arg(secrets)
                    .arg(m_smtpPort)
                    .arg(kAccount, m_issuer, kClient, kScopes, debugLog)
                    .toUtf8());
    }
    const auto cli = [&](const QStringList &args, QProcess *p) {
        p->setProcessChannelMode(QProcess::SeparateChannels);
        p->start(QStringLiteral(MW_CLI_PATH),
                 QStringList{QStringLiteral("--config"), ini, QStringLiteral("--json")} + args);
        return p->waitForStarted(10000);
    };

    // login: the CLI prints the code, the person approves, the CLI stores the token.
    QProcess login;
    QVERIFY(cli({QStringLiteral("oauth"), QStringLiteral("login")}, &login));
    QTRY_VERIFY_WITH_TIMEOUT(login.canReadLine() || login.state() == QProcess::NotRunning, 30000);
    const QJsonObject shown = QJsonDocument::fromJson(login.readLine()).object();
    const QString code = shown.value(QLatin1String("user_code")).toString();
    QVERIFY2(!code.isEmpty(), login.readAllStandardError().constData());
    QVERIFY(shown.value(QLatin1String("verification_uri")).toString().startsWith(m_issuer));
    QVERIFY(httpGet(QStringLiteral("/__test/approve?user_code=") + code)
                .object()
                .value(QLatin1String("approved"))
                .toBool());
    QVERIFY(login.waitForFinished(40000));
    const QByteArray loginOut = login.readAllStandardOutput();
    QVERIFY2(login.exitCode() == 0,
             QByteArray(loginOut + login.readAllStandardError()).constData());
    QVERIFY(loginOut.contains("\"Signed in\""));
    QVERIFY(QFileInfo::exists(secrets));

    // test: a fresh access token from the saved refresh token, then XOAUTH2.
    const int before = httpGet(QStringLiteral("/__test/messages")).array().size();
    QProcess test;
    QVERIFY(cli({QStringLiteral("test")}, &test));
    QVERIFY(test.waitForFinished(60000));
    const QByteArray testOut = test.readAllStandardOutput() + test.readAllStandardError();
    QVERIFY2(test.exitCode() == 0, testOut.constData());
    QCOMPARE(httpGet(QStringLiteral("/__test/messages")).array().size(), before + 1);

    // test --all-roles signs in the same way and checks the role addresses, sending nothing.
    QProcess roles;
    QVERIFY(cli({QStringLiteral("test"), QStringLiteral("--stop-after"), QStringLiteral("rcpt"),
                 QStringLiteral("--all-roles")},
                &roles));
    QVERIFY(roles.waitForFinished(60000));
    const QByteArray rolesOut = roles.readAllStandardOutput() + roles.readAllStandardError();
    QVERIFY2(roles.exitCode() == 0, rolesOut.constData());
    QVERIFY2(rolesOut.contains("accepted"), rolesOut.constData());
    QCOMPARE(httpGet(QStringLiteral("/__test/messages")).array().size(), before + 1);

    // status --check refreshes once and reports the granted scopes.
    QProcess status;
    QVERIFY(cli({QStringLiteral("oauth"), QStringLiteral("status"), QStringLiteral("--check")},
                &status));
    QVERIFY(status.waitForFinished(30000));
    const QByteArray statusOut = status.readAllStandardOutput();
    QVERIFY2(status.exitCode() == 0, statusOut.constData());
    QCOMPARE(QJsonDocument::fromJson(statusOut).object().value(QLatin1String("scopes")).toString(),
             kScopes);

    // Nothing secret outside the secret store: not in the INI, the debug log, the output.
    QFile secretFile(secrets);
    QVERIFY(secretFile.open(QIODevice::ReadOnly));
    const QByteArray secretText = secretFile.readAll();
    const qsizetype eq = secretText.indexOf("oauth-refresh=");
    QVERIFY(eq >= 0);
    const QByteArray refresh = secretText.mid(eq + 14).split('\n').first().trimmed();
    QVERIFY(refresh.size() > 20);
    QFile iniFile(ini);
    QVERIFY(iniFile.open(QIODevice::ReadOnly));
    const QByteArray iniText = iniFile.readAll();
    QFile logFile(debugLog);
    QVERIFY(logFile.open(QIODevice::ReadOnly));
    const QByteArray logText = logFile.readAll();
    QVERIFY(logText.contains("AUTH XOAUTH2 ***"));
    for (const QByteArray &text : {iniText, logText, loginOut, testOut, statusOut}) {
        QVERIFY(!text.contains(refresh));
        QVERIFY(!text.contains("Bearer"));
        QVERIFY(!text.contains("access_token"));
    }

    // logout forgets it; test then says "Sign-in required" without asking the provider.
    QProcess logout;
    QVERIFY(cli({QStringLiteral("oauth"), QStringLiteral("logout")}, &logout));
    QVERIFY(logout.waitForFinished(20000));
    QCOMPARE(logout.exitCode(), 0);
    const int refreshes = tokenCalls(QStringLiteral("refresh_token"));
    QProcess again;
    QVERIFY(cli({QStringLiteral("test")}, &again));
    QVERIFY(again.waitForFinished(30000));
    const QJsonObject failed = QJsonDocument::fromJson(again.readAllStandardOutput()).object();
    QCOMPARE(again.exitCode(), 77); // EX_NOPERM
    QCOMPARE(failed.value(QLatin1String("status")).toString(), QStringLiteral("Sign-in required"));
    QCOMPARE(tokenCalls(QStringLiteral("refresh_token")), refreshes);
}

QJsonObject TestOAuthProvider::runBrowser(const QUrl &url, const QString &mode, QProcess *browser)
{
    browser->setWorkingDirectory(QStringLiteral(MW_TEST_SOURCE_DIR) +
                                 QStringLiteral("/servers/oauth"));
    browser->setProcessChannelMode(QProcess::SeparateChannels);
    browser->start(QStringLiteral("node"),
                   {QStringLiteral("browser.mjs"), url.toString(QUrl::FullyEncoded), mode});
    // The event loop must keep running: Mailwright's loopback listener answers Chromium.
    QSignalSpy done(browser, &QProcess::finished);
    if (!done.wait(90000))
        return {};
    const QByteArray out = browser->readAllStandardOutput();
    const QJsonObject o = QJsonDocument::fromJson(out).object();
    if (o.isEmpty())
        qWarning() << out << browser->readAllStandardError();
    return o;
}

void TestOAuthProvider::browserFlowFirstSignIn()
{
    QVERIFY2(
        QFileInfo::exists(QStringLiteral("/usr/bin/chromium")),
        "Debian's chromium is missing: run scripts/install-deps.sh with MAILWRIGHT_WITH_TESTS=1");
    QVERIFY(!m_endpoints.isNull());
    QVERIFY(!m_endpoints.authorization.isEmpty());
    AuthorizationCodeFlow flow(&m_nam);
    QSignalSpy ready(&flow, &AuthorizationCodeFlow::authorizationUrlReady);
    QSignalSpy finished(&flow, &AuthorizationCodeFlow::finished);
    const int codeGrantsBefore = tokenCalls(QStringLiteral("authorization_code"));
    flow.start(m_endpoints, kClient, {}, kScopes);
    QVERIFY(ready.wait(5000));
    QProcess browser;
    const QJsonObject seen =
        runBrowser(ready.at(0).at(0).toUrl(), QStringLiteral("allow"), &browser);
    QVERIFY2(seen.value(QLatin1String("ok")).toBool(), QJsonDocument(seen).toJson().constData());
    // What the person saw: the provider's consent page listed the SMTP scope, and
    // Mailwright's page said it is signed in.
    QVERIFY(seen.value(QLatin1String("scopes")).toArray().contains(QStringLiteral("smtp.send")));
    QVERIFY2(seen.value(QLatin1String("result")).toString().contains(QLatin1String("signed in")),
             QJsonDocument(seen).toJson().constData());
    QCOMPARE(finished.count(), 1);
    QVERIFY2(finished.at(0).at(0).toBool(), qPrintable(flow.failure().message));
    const OAuthToken token = flow.token();
    QVERIFY(!token.accessToken.isEmpty());
    QVERIFY(!token.refreshToken.isEmpty());
    QCOMPARE(token.scope, kScopes);
    QCOMPARE(tokenCalls(QStringLiteral("authorization_code")), codeGrantsBefore + 1);
    QCOMPARE(token.account, kAccount); // from the ID token, for the window to show

    // The token sends, with both mechanisms.
    for (const auto auth : {SmtpConfig::Auth::XOAuth2, SmtpConfig::Auth::OAuthBearer}) {
        Transcript t;
        const int before = httpGet(QStringLiteral("/__test/messages")).array().size();
        const Result r = send(token.accessToken, auth, &t);
        QVERIFY2(r.ok, qPrintable(r.message + QLatin1Char('\n') + t.toText()));
        QCOMPARE(httpGet(QStringLiteral("/__test/messages")).array().size(), before + 1);
        QVERIFY(!t.toText().contains(token.accessToken));
    }
    // Its refresh token works like the device flow's.
    TokenManager tokens(&m_nam);
    tokens.setClient(m_endpoints, kClient, {});
    tokens.setRefreshToken(token.refreshToken);
    tokens.setRefreshMargin(3600);
    QSignalSpy refreshed(&tokens, &TokenManager::finished);
    tokens.requestAccessToken();
    QVERIFY(refreshed.wait(20000));
    QVERIFY2(refreshed.at(0).at(0).toBool(), qPrintable(tokens.failure().message));
    QVERIFY(tokens.accessToken() != token.accessToken);
}

void TestOAuthProvider::browserFlowDeclined()
{
    AuthorizationCodeFlow flow(&m_nam);
    QSignalSpy ready(&flow, &AuthorizationCodeFlow::authorizationUrlReady);
    QSignalSpy finished(&flow, &AuthorizationCodeFlow::finished);
    const int codeGrantsBefore = tokenCalls(QStringLiteral("authorization_code"));
    flow.start(m_endpoints, kClient, {}, kScopes);
    QVERIFY(ready.wait(5000));
    QProcess browser;
    const QJsonObject seen =
        runBrowser(ready.at(0).at(0).toUrl(), QStringLiteral("deny"), &browser);
    QVERIFY2(seen.value(QLatin1String("ok")).toBool(), QJsonDocument(seen).toJson().constData());
    QCOMPARE(finished.count(), 1);
    QVERIFY(!finished.at(0).at(0).toBool());
    QCOMPARE(flow.failure().kind, OAuthFailure::Kind::AccessDenied);
    // The provider's own words, in a sentence, in Mailwright and on the page.
    QVERIFY2(flow.failure().message.contains(QLatin1String("The person declined the request.")),
             qPrintable(flow.failure().message));
    QVERIFY(seen.value(QLatin1String("result"))
                .toString()
                .contains(QLatin1String("The person declined the request.")));
    QCOMPARE(tokenCalls(QStringLiteral("authorization_code")), codeGrantsBefore);
}

void TestOAuthProvider::cliBrowserLogin()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString ini = dir.filePath(QStringLiteral("mailwright.ini"));
    const QString secrets = dir.filePath(QStringLiteral("secrets"));
    {
        QFile f(ini);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QStringLiteral("[general]\nsecret_backend=file\nsecret_file=%1\n"
                               "[smtp]\nhost=127.0.0.1\nport=%2\nsecurity=none\nauth=oauthbearer\n"
                               "username=%3\ntimeout=20\n"
                               "[oauth]\nprovider=oidc\nissuer=%4\nclient_id=%5\nscopes=%6\n"
                               "[mailboxes]\nfrom=%3\nnotify=ops@example.test\n")
                    .arg(secrets)
                    .arg(m_smtpPort)
                    .arg(kAccount, m_issuer, kClient, kScopes)
                    .toUtf8());
    }
    QProcess login;
    login.setProcessChannelMode(QProcess::SeparateChannels);
    login.start(QStringLiteral(MW_CLI_PATH),
                {QStringLiteral("--config"), ini, QStringLiteral("--json"), QStringLiteral("oauth"),
                 QStringLiteral("login"), QStringLiteral("--browser")});
    QVERIFY(login.waitForStarted(10000));
    QTRY_VERIFY_WITH_TIMEOUT(login.canReadLine() || login.state() == QProcess::NotRunning, 30000);
    const QByteArray first = login.readLine();
    const QUrl url(QJsonDocument::fromJson(first)
                       .object()
                       .value(QLatin1String("authorization_url"))
                       .toString());
    QVERIFY2(url.toString().startsWith(m_issuer + QStringLiteral("/auth?")), first.constData());
    // A person who mistypes the password first, then signs in.
    QProcess browser;
    const QJsonObject seen = runBrowser(url, QStringLiteral("wrong-password"), &browser);
    QVERIFY2(seen.value(QLatin1String("ok")).toBool(), QJsonDocument(seen).toJson().constData());
    QCOMPARE(seen.value(QLatin1String("problem")).toString(),
             QStringLiteral("Wrong e-mail address or password."));
    // (It may have finished already while the browser ran.)
    QVERIFY(login.state() == QProcess::NotRunning || login.waitForFinished(30000));
    const QByteArray out = login.readAllStandardOutput();
    QVERIFY2(login.exitStatus() == QProcess::NormalExit && login.exitCode() == 0,
             QByteArray(first + out + login.readAllStandardError()).constData());
    QCOMPARE(QJsonDocument::fromJson(out).object().value(QLatin1String("scopes")).toString(),
             kScopes);

    // Then a Send Test with OAUTHBEARER from the saved sign-in.
    const int before = httpGet(QStringLiteral("/__test/messages")).array().size();
    QProcess test;
    test.start(QStringLiteral(MW_CLI_PATH),
               {QStringLiteral("--config"), ini, QStringLiteral("--json"), QStringLiteral("test")});
    QVERIFY(test.waitForFinished(60000));
    const QByteArray testOut = test.readAllStandardOutput() + test.readAllStandardError();
    QVERIFY2(test.exitCode() == 0, testOut.constData());
    QCOMPARE(httpGet(QStringLiteral("/__test/messages")).array().size(), before + 1);
    // The refresh token is in the secret file only.
    QFile secretFile(secrets);
    QVERIFY(secretFile.open(QIODevice::ReadOnly));
    const QByteArray secretText = secretFile.readAll();
    const qsizetype eq = secretText.indexOf("oauth-refresh=");
    QVERIFY(eq >= 0);
    const QByteArray refresh = secretText.mid(eq + 14).split('\n').first().trimmed();
    QVERIFY(refresh.size() > 20);
    QFile iniFile(ini);
    QVERIFY(iniFile.open(QIODevice::ReadOnly));
    const QByteArray iniText = iniFile.readAll();
    for (const QByteArray &text : {iniText, first, out, testOut}) {
        QVERIFY(!text.contains(refresh));
        QVERIFY(!text.contains("code_verifier"));
        QVERIFY(!text.contains("access_token"));
    }
}

MailSettings TestOAuthProvider::oauthSettings(const QString &queueDir) const
{
    MailSettings s;
    s.smtp.enabled = true;
    s.smtp.host = QStringLiteral("127.0.0.1");
    s.smtp.port = m_smtpPort;
    s.smtp.security = MailSettings::SmtpSecurity::None;
    s.smtp.auth = MailSettings::SmtpAuth::XOAuth2;
    s.smtp.username = kAccount;
    s.smtp.timeout = 20;
    s.oauth.provider = MailSettings::OAuthProvider::Oidc;
    s.oauth.issuer = m_issuer;
    s.oauth.clientId = kClient;
    s.oauth.scopes = kScopes;
    s.mailboxes.from = kAccount;
    s.mailboxes.notify = QStringLiteral("ops@example.test");
    s.delivery.method = MailSettings::DeliveryMethod::Smtp;
    s.delivery.queueDir = queueDir;
    s.delivery.retryInterval = 1;
    return s;
}

void TestOAuthProvider::revokedSignInHoldsQueue()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString queueDir = dir.filePath(QStringLiteral("queue"));
    const MailSettings settings = oauthSettings(queueDir);
    Queue queue(queueDir);
    QString error;
    QVERIFY2(queue.ensure(&error), qPrintable(error));
    for (int i = 0; i < 3; ++i) {
        QueuedMessage m;
        m.sender = kAccount;
        m.recipients = {QStringLiteral("ops@example.test")};
        m.subject = QStringLiteral("held %1").arg(i);
        m.messageId = QStringLiteral("<held-%1@example.test>").arg(i);
        m.content = QByteArray("Subject: held\r\n\r\nwaits for a sign-in\r\n");
        QVERIFY2(queue.enqueue(m, &error), qPrintable(error));
    }

    // A sign-in whose refresh token is then revoked at the provider.
    const OAuthToken victim = signIn(kScopes);
    QVERIFY(!victim.refreshToken.isEmpty());
    httpPostForm(QStringLiteral("/token/revocation"),
                 {{QStringLiteral("token"), victim.refreshToken},
                  {QStringLiteral("token_type_hint"), QStringLiteral("refresh_token")},
                  {QStringLiteral("client_id"), kClient}});
    MemorySecretStore store;
    {
        QSignalSpy written(&store, &SecretStore::secretChanged);
        RefreshTokenStore::write(&store, victim.refreshToken, this, [](const SecretResult &) {});
        QVERIFY(written.wait(5000));
    }
    const int refreshesBefore = tokenCalls(QStringLiteral("refresh_token"));
    const int messagesBefore = httpGet(QStringLiteral("/__test/messages")).array().size();
    const auto runOnce = [&](AccessTokenSource *source) {
        QueueRunner runner(queueDir);
        runner.setSettings(settings);
        runner.setAccessTokenSource(source);
        QSignalSpy done(&runner, &QueueRunner::finished);
        QueueRunner::Options o;
        o.once = true;
        runner.start(o);
        if (!done.wait(60000))
            return QueueRunner::Summary{};
        return runner.lastSummary();
    };

    // First pass: one refresh attempt, refused: the queue is held, nothing failed.
    AccessTokenSource source(&m_nam, &store);
    source.setSettings(settings);
    source.setRefreshMargin(2); // access tokens live 8 seconds here
    QueueRunner::Summary s = runOnce(&source);
    QVERIFY(s.held);
    QCOMPARE(s.dead, 0);
    QCOMPARE(s.attempted, 0);
    QVERIFY(!s.sessionRan); // the SMTP server was not bothered either
    QVERIFY(source.isSignInRequired());
    QCOMPARE(tokenCalls(QStringLiteral("refresh_token")), refreshesBefore + 1);
    QueueHold hold = queue.hold();
    QVERIFY(hold.active);
    QCOMPARE(hold.errorClass, ErrorClass::AuthFailed);
    QVERIFY2(hold.message.startsWith(QLatin1String("Sign-in required")), qPrintable(hold.message));
    QCOMPARE(hold.signIn, source.signInId());
    QCOMPARE(queue.list(false).size(), 3);
    for (const QueuedMessage &m : queue.list(true))
        QCOMPARE(m.state, QueuedMessage::State::Waiting);

    // More passes, in this process and in a new one (a new source reading the same
    // store), and the status monitor: still held, and the provider is not asked again.
    QVERIFY(runOnce(&source).held);
    AccessTokenSource later(&m_nam, &store);
    later.setSettings(settings);
    QVERIFY(runOnce(&later).held);
    StatusMonitor monitor;
    monitor.setPeriodic(false);
    monitor.setAccessTokenSource(&source);
    monitor.setSettings(settings);
    QSignalSpy checked(&monitor, &StatusMonitor::checkFinished);
    for (int i = 0; i < 3; ++i) {
        monitor.refresh(StatusMonitor::Trigger::OnDemand);
        QVERIFY(checked.wait(20000));
    }
    const ServerState st = monitor.state(QStringLiteral("smtp"));
    QCOMPARE(st.status, ServerStatus::UnableToConnect);
    QVERIFY(st.signInRequired);
    QCOMPARE(st.errorClass, ErrorClass::AuthFailed);
    QVERIFY(st.reason.startsWith(QLatin1String("Sign-in required")));
    QCOMPARE(tokenCalls(QStringLiteral("refresh_token")), refreshesBefore + 1);
    QCOMPARE(httpGet(QStringLiteral("/__test/messages")).array().size(), messagesBefore);

    // A new sign-in (as the window does it) releases the queue: everything is sent, and
    // the status monitor checks again on its own.
    const OAuthToken fresh = signIn(kScopes);
    QVERIFY(!fresh.refreshToken.isEmpty());
    QSignalSpy signedIn(&source, &AccessTokenSource::signInChanged);
    bool stored = false;
    source.signedIn(fresh, this, [&stored](const SecretResult &r) { stored = r.ok(); });
    QVERIFY(signedIn.wait(5000));
    QVERIFY(stored);
    QVERIFY(!source.isSignInRequired());
    QVERIFY(checked.wait(20000));
    QVERIFY2(monitor.state(QStringLiteral("smtp")).status == ServerStatus::Operating,
             qPrintable(monitor.state(QStringLiteral("smtp")).reason));
    QVERIFY(!monitor.state(QStringLiteral("smtp")).signInRequired);
    s = runOnce(&source);
    QVERIFY(!s.held);
    QCOMPARE(s.delivered, 3);
    QVERIFY(!queue.hold().active);
    QCOMPARE(queue.list(false).size(), 0);
    QCOMPARE(httpGet(QStringLiteral("/__test/messages")).array().size(), messagesBefore + 3);

    // Nothing secret in the spool or its log.
    QDirIterator it(queueDir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile f(it.next());
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray text = f.readAll();
        QVERIFY2(!text.contains(victim.refreshToken.toUtf8()), qPrintable(f.fileName()));
        QVERIFY(!text.contains(fresh.refreshToken.toUtf8()));
        QVERIFY(!text.contains(fresh.accessToken.toUtf8()));
    }
}

QTEST_GUILESS_MAIN(TestOAuthProvider)
#include "tst_oauth_provider.moc"
