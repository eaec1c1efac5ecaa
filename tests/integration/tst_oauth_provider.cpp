// SPDX-License-Identifier: GPL-3.0-or-later
// OAuth2 against a real OpenID provider (npm oidc-provider) and an SMTP server that
// checks bearer tokens with it (npm smtp-server), both on loopback, started from
// tests/servers/oauth/server.mjs. Access tokens live 8 seconds there, so the refresh
// rows really wait for expiry. Run scripts/install-deps.sh (MAILWRIGHT_WITH_TESTS=1)
// first: it installs the pinned packages with `npm ci`.
#include "oauth/DeviceAuthorization.h"
#include "oauth/OpenIdDiscovery.h"
#include "oauth/TokenManager.h"
#include "protocol/SmtpSession.h"

#include <QDir>
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

private:
    QJsonDocument httpGet(const QString &path);
    QJsonDocument httpPostForm(const QString &path, const QList<std::pair<QString, QString>> &f);
    OAuthToken signIn(const QString &scopes);
    Result send(const QString &accessToken, SmtpConfig::Auth auth, Transcript *transcript);
    int tokenCalls(const QString &grant);

    QProcess m_server;
    QString m_issuer;
    quint16 m_smtpPort = 0;
    QNetworkAccessManager m_nam;
    OAuthEndpoints m_endpoints;
    OAuthToken m_token; // from the first sign-in
};

void TestOAuthProvider::initTestCase()
{
    const QString dir = QStringLiteral(MW_TEST_SOURCE_DIR) + QStringLiteral("/servers/oauth");
    QVERIFY2(QFileInfo::exists(dir + QStringLiteral("/node_modules/oidc-provider/package.json")),
             "tests/servers/oauth/node_modules is missing: run scripts/install-deps.sh with "
             "MAILWRIGHT_WITH_TESTS=1 (npm ci)");
    m_server.setWorkingDirectory(dir);
    m_server.setProcessChannelMode(QProcess::SeparateChannels);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("MW_OAUTH_ACCESS_TTL"), QStringLiteral("8"));
    m_server.setProcessEnvironment(env);
    m_server.start(QStringLiteral("node"), {QStringLiteral("server.mjs")});
    QVERIFY2(m_server.waitForStarted(10000), qPrintable(m_server.errorString()));
    QTRY_VERIFY_WITH_TIMEOUT(m_server.canReadLine() || m_server.state() == QProcess::NotRunning,
                             30000);
    const QByteArray line = m_server.readLine();
    const QJsonObject o = QJsonDocument::fromJson(line).object();
    m_issuer = o.value(QLatin1String("issuer")).toString();
    m_smtpPort = quint16(o.value(QLatin1String("smtpPort")).toInt());
    QVERIFY2(!m_issuer.isEmpty() && m_smtpPort != 0,
             QByteArray(line + m_server.readAllStandardError()).constData());
    QVERIFY(m_issuer.startsWith(QLatin1String("http://127.0.0.1:")));
}

void TestOAuthProvider::cleanupTestCase()
{
    if (m_server.state() != QProcess::NotRunning) {
        m_server.terminate();
        if (!m_server.waitForFinished(5000))
            m_server.kill();
        m_server.waitForFinished(5000);
    }
}

QJsonDocument TestOAuthProvider::httpGet(const QString &path)
{
    QNetworkRequest req(QUrl(m_issuer + path));
    req.setTransferTimeout(20000);
    QNetworkReply *reply = m_nam.get(req);
    QSignalSpy done(reply, &QNetworkReply::finished);
    if (!done.wait(25000))
        return {};
    reply->deleteLater();
    return QJsonDocument::fromJson(reply->readAll());
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

QTEST_GUILESS_MAIN(TestOAuthProvider)
#include "tst_oauth_provider.moc"
