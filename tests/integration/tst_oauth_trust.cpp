// SPDX-License-Identifier: GPL-3.0-or-later
// Whether an OAuth2 sign-in can be trusted over time, against the real OpenID provider of
// tests/servers/oauth started so that it rotates the refresh token on every refresh and
// refuses a used one from then on (as Microsoft does): the saved sign-in survives many
// commands in a row with the file store and the keychain; `oauth logout` revokes it at the
// provider; an access token the provider forgot before its expiry is replaced once by a
// fresh one (the queue, the status check, Send Test) instead of holding the queue; the
// browser started for a sign-in does not inherit Mailwright's secret variables.
#include "DebugLog.h"
#include "OAuthServerFixture.h"
#include "delivery/Queue.h"
#include "delivery/QueueRunner.h"
#include "delivery/TestSend.h"
#include "diagnostics/StatusMonitor.h"
#include "oauth/AccessTokenSource.h"
#include "oauth/DeviceAuthorization.h"
#include "oauth/OpenIdDiscovery.h"
#include "oauth/RefreshTokenStore.h"
#include "settings/MemorySecretStore.h"
#include "settings/SecretStoreFactory.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace mw;

namespace {

const QString kAccount = QStringLiteral("admin@example.test");
const QString kClient = QStringLiteral("mailwright-test");
const QString kScopes = QStringLiteral("openid offline_access smtp.send");

} // namespace

class TestOAuthTrust : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void rotationSurvivesCommands_data();
    void rotationSurvivesCommands();
    void logoutRevokesAtProvider();
    void forgottenAccessTokenRetriedOnce();
    void rotatedTokenStoreFailureReported();
    void cliReportsUnsavedRotation();
    void browserGetsNoSecretVariables();

private:
    QString writeIni(QTemporaryDir &dir, const QString &backend,
                     const QString &secretFile = {}) const;
    MailSettings settingsOf(const QString &queueDir) const;
    OAuthToken signIn();
    QJsonObject post(const QString &path, const QList<std::pair<QString, QString>> &fields,
                     const QByteArray &basicAuth = {});
    bool providerAccepts(const QString &refreshToken);
    SecretResult savedToken(const QString &ini, const QString &backend, const QString &secrets);
    QString forgetAccessToken(AccessTokenSource *source);
    int messages();

    mw::test::OAuthServerFixture m_server;
    QString m_issuer;
    quint16 m_smtpPort = 0;
    QNetworkAccessManager m_nam;
    OAuthEndpoints m_endpoints;
};

void TestOAuthTrust::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    // Rotating refresh tokens; access tokens that outlive every row, so that a refused
    // one was forgotten by the provider, not expired.
    QVERIFY2(m_server.start(900, true), qPrintable(m_server.errorString()));
    m_issuer = m_server.issuer();
    m_smtpPort = m_server.smtpPort();
    OpenIdDiscovery d(&m_nam);
    QSignalSpy done(&d, &OpenIdDiscovery::finished);
    d.start(m_issuer);
    QVERIFY(done.wait(20000));
    QVERIFY2(d.ok(), qPrintable(d.failure().message));
    m_endpoints = d.endpoints();
}

void TestOAuthTrust::cleanupTestCase()
{
    m_server.stop();
}

QString TestOAuthTrust::writeIni(QTemporaryDir &dir, const QString &backend,
                                 const QString &secretFile) const
{
    const QString ini = dir.filePath(QStringLiteral("mailwright.ini"));
    QFile f(ini);
    if (!f.open(QIODevice::WriteOnly))
        return {};
    f.write(QStringLiteral("[general]\nsecret_backend=%1\nsecret_file=%2\n"
                           "[smtp]\nhost=127.0.0.1\nport=%3\nsecurity=none\nauth=xoauth2\n"
                           "username=%4\ntimeout=20\n"
                           "[oauth]\nprovider=oidc\nissuer=%5\nclient_id=%6\nscopes=%7\n"
                           "[mailboxes]\nfrom=%4\nnotify=ops@example.test\n"
                           "[delivery]\nqueue_dir=%8\n")
                .arg(backend,
                     secretFile.isEmpty() ? dir.filePath(QStringLiteral("secrets")) : secretFile)
                .arg(m_smtpPort)
                .arg(kAccount, m_issuer, kClient, kScopes, dir.filePath(QStringLiteral("queue")))
                .toUtf8());
    return ini;
}

MailSettings TestOAuthTrust::settingsOf(const QString &queueDir) const
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

OAuthToken TestOAuthTrust::signIn()
{
    DeviceAuthorization flow(&m_nam);
    QSignalSpy finished(&flow, &DeviceAuthorization::finished);
    connect(&flow, &DeviceAuthorization::userCodeReady, this,
            [this](const QString &, const QString &code, const QString &) {
                (void)m_server.getJson(QStringLiteral("/__test/approve?user_code=") +
                                       QString::fromLatin1(QUrl::toPercentEncoding(code)));
            });
    flow.start(m_endpoints, kClient, {}, kScopes);
    if (!finished.wait(40000) || !finished.at(0).at(0).toBool())
        return {};
    return flow.token();
}

QJsonObject TestOAuthTrust::post(const QString &path,
                                 const QList<std::pair<QString, QString>> &fields,
                                 const QByteArray &basicAuth)
{
    QNetworkRequest req(QUrl(m_issuer + path));
    req.setTransferTimeout(20000);
    req.setHeader(QNetworkRequest::ContentTypeHeader,
                  QStringLiteral("application/x-www-form-urlencoded"));
    if (!basicAuth.isEmpty())
        req.setRawHeader("Authorization", "Basic " + basicAuth.toBase64());
    QByteArray body;
    for (const auto &[k, v] : fields)
        body += (body.isEmpty() ? "" : "&") + QUrl::toPercentEncoding(k) + '=' +
                QUrl::toPercentEncoding(v);
    QNetworkReply *reply = m_nam.post(req, body);
    QSignalSpy done(reply, &QNetworkReply::finished);
    if (!done.wait(25000))
        return {};
    reply->deleteLater();
    return QJsonDocument::fromJson(reply->readAll()).object();
}

// RFC 7662 introspection, as the SMTP server asks: whether the provider would honour the
// refresh token now. It does not use the token up (a refresh would rotate it).
bool TestOAuthTrust::providerAccepts(const QString &refreshToken)
{
    return post(QStringLiteral("/token/introspection"),
                {{QStringLiteral("token"), refreshToken},
                 {QStringLiteral("token_type_hint"), QStringLiteral("refresh_token")}},
                "smtp-server:smtp-server-secret")
        .value(QLatin1String("active"))
        .toBool();
}

SecretResult TestOAuthTrust::savedToken(const QString &ini, const QString &backend,
                                        const QString &secrets)
{
    QString error;
    auto store = SecretStoreFactory::create(backend, ini, secrets, &error);
    if (!store)
        return SecretResult::failure(error);
    SecretResult out = SecretResult::failure(QStringLiteral("no answer"));
    bool done = false;
    QObject context;
    RefreshTokenStore::read(store.get(), &context, [&](const SecretResult &r) {
        out = r;
        done = true;
    });
    if (!QTest::qWaitFor([&] { return done; }, 10000))
        qWarning("the secret store did not answer");
    return out;
}

int TestOAuthTrust::messages()
{
    return int(m_server.getJson(QStringLiteral("/__test/messages")).array().size());
}

void TestOAuthTrust::rotationSurvivesCommands_data()
{
    QTest::addColumn<QString>("backend");
    QTest::newRow("file") << QStringLiteral("file");
    QTest::newRow("keychain") << QStringLiteral("keychain");
}

void TestOAuthTrust::rotationSurvivesCommands()
{
    QFETCH(QString, backend);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString ini = writeIni(dir, backend);
    const QString secrets = dir.filePath(QStringLiteral("secrets"));
    const OAuthToken first = signIn();
    QVERIFY(!first.refreshToken.isEmpty());
    {
        QString error;
        auto store = SecretStoreFactory::create(backend, ini, secrets, &error);
        QVERIFY2(store, qPrintable(error));
        bool stored = false;
        RefreshTokenStore::write(store.get(), first.refreshToken, this,
                                 [&stored](const SecretResult &r) { stored = r.ok(); });
        QTRY_VERIFY_WITH_TIMEOUT(stored, 10000);
    }

    QString previous = first.refreshToken;
    const int sentBefore = messages();
    int tests = 0;
    for (int i = 0; i < 20; ++i) {
        const QStringList command =
            i % 2 == 0 ? QStringList{QStringLiteral("oauth"), QStringLiteral("status"),
                                     QStringLiteral("--check")}
                       : QStringList{QStringLiteral("test")};
        QProcess cli;
        cli.start(QStringLiteral(MW_CLI_PATH),
                  QStringList{QStringLiteral("--config"), ini, QStringLiteral("--json")} + command);
        QVERIFY(cli.waitForFinished(60000));
        const QByteArray out = cli.readAllStandardOutput() + cli.readAllStandardError();
        QVERIFY2(cli.exitStatus() == QProcess::NormalExit && cli.exitCode() == 0,
                 qPrintable(QStringLiteral("command %1 (%2): exit %3: %4")
                                .arg(i + 1)
                                .arg(command.join(QLatin1Char(' ')))
                                .arg(cli.exitCode())
                                .arg(QString::fromUtf8(out))));
        if (command.first() == QLatin1String("test"))
            ++tests;
        // What is saved now is the provider's newest refresh token: a new one (rotated),
        // and one the provider honours. The used one is dead.
        const SecretResult saved = savedToken(ini, backend, secrets);
        QVERIFY2(saved.ok(), qPrintable(QStringLiteral("after command %1: %2")
                                            .arg(i + 1)
                                            .arg(saved.ok() ? QString() : saved.error)));
        QVERIFY2(saved.secret != previous, qPrintable(QString::number(i + 1)));
        QVERIFY2(providerAccepts(saved.secret), qPrintable(QString::number(i + 1)));
        QVERIFY(!providerAccepts(previous));
        QVERIFY(!out.contains(saved.secret.toUtf8()));
        previous = saved.secret;
    }
    QCOMPARE(messages(), sentBefore + tests);
}

void TestOAuthTrust::logoutRevokesAtProvider()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString ini = writeIni(dir, QStringLiteral("file"));
    const QString secrets = dir.filePath(QStringLiteral("secrets"));
    const OAuthToken token = signIn();
    QVERIFY(!token.refreshToken.isEmpty());
    {
        QString error;
        auto store = SecretStoreFactory::create(QStringLiteral("file"), ini, secrets, &error);
        QVERIFY2(store, qPrintable(error));
        bool stored = false;
        RefreshTokenStore::write(store.get(), token.refreshToken, this,
                                 [&stored](const SecretResult &r) { stored = r.ok(); });
        QTRY_VERIFY_WITH_TIMEOUT(stored, 10000);
    }
    QVERIFY(providerAccepts(token.refreshToken));

    QProcess logout;
    logout.start(QStringLiteral(MW_CLI_PATH),
                 {QStringLiteral("--config"), ini, QStringLiteral("--json"),
                  QStringLiteral("oauth"), QStringLiteral("logout")});
    QVERIFY(logout.waitForFinished(30000));
    const QByteArray out = logout.readAllStandardOutput();
    QVERIFY2(logout.exitCode() == 0, QByteArray(out + logout.readAllStandardError()).constData());
    const QJsonObject o = QJsonDocument::fromJson(out).object();
    QCOMPARE(o.value(QLatin1String("status")).toString(), QStringLiteral("Signed out"));
    QVERIFY2(o.value(QLatin1String("revoked")).toBool(), out.constData());
    QCOMPARE(savedToken(ini, QStringLiteral("file"), secrets).status,
             SecretResult::Status::NotFound);
    // RFC 7009: the provider refuses it from now on, as after the window's Sign out.
    QVERIFY(!providerAccepts(token.refreshToken));
    const QJsonObject refused = post(
        QStringLiteral("/token"), {{QStringLiteral("grant_type"), QStringLiteral("refresh_token")},
                                   {QStringLiteral("refresh_token"), token.refreshToken},
                                   {QStringLiteral("client_id"), kClient}});
    QCOMPARE(refused.value(QLatin1String("error")).toString(), QStringLiteral("invalid_grant"));
}

// The access token the source keeps in memory now, which the provider then forgets
// before its expiry (as after an early revocation).
QString TestOAuthTrust::forgetAccessToken(AccessTokenSource *source)
{
    QString token;
    bool answered = false;
    source->request(this, [&](const QString &t, const OAuthFailure &) {
        token = t;
        answered = true;
    });
    if (!QTest::qWaitFor([&] { return answered; }, 20000) || token.isEmpty())
        return {};
    const QJsonObject r = m_server
                              .getJson(QStringLiteral("/__test/forget-access-token?token=") +
                                       QString::fromLatin1(QUrl::toPercentEncoding(token)))
                              .object();
    return r.value(QLatin1String("forgotten")).toBool() ? token : QString();
}

void TestOAuthTrust::forgottenAccessTokenRetriedOnce()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString queueDir = dir.filePath(QStringLiteral("queue"));
    const MailSettings settings = settingsOf(queueDir);
    const OAuthToken token = signIn();
    QVERIFY(!token.refreshToken.isEmpty());
    MemorySecretStore store;
    {
        QSignalSpy written(&store, &SecretStore::secretChanged);
        RefreshTokenStore::write(&store, token.refreshToken, this, [](const SecretResult &) {});
        QVERIFY(written.wait(5000));
    }
    AccessTokenSource source(&m_nam, &store);
    source.setSettings(settings);

    // Send Test: the window asks for a token (the one in memory, which the provider has
    // forgotten): refused, then one fresh one, and the message goes.
    QString forgotten = forgetAccessToken(&source);
    QVERIFY(!forgotten.isEmpty());
    int refreshes = source.refreshCount();
    int sent = messages();
    {
        QString fromMemory;
        source.request(this, [&](const QString &t, const OAuthFailure &) { fromMemory = t; });
        QTRY_VERIFY_WITH_TIMEOUT(!fromMemory.isEmpty(), 10000);
        QCOMPARE(fromMemory, forgotten);
        QCOMPARE(source.refreshCount(), refreshes);
        TestSend test;
        QSignalSpy finished(&test, &TestSend::finished);
        TestSend::Options o;
        o.tokens = &source;
        test.start(settings, Credentials{{}, {}, fromMemory, {}, {}}, o);
        QVERIFY(finished.wait(60000));
        QVERIFY2(test.result().ok, qPrintable(test.result().message));
        QCOMPARE(source.refreshCount(), refreshes + 1);
        QCOMPARE(messages(), sent + 1);
    }

    // The status check: Operating, not "Unable to connect".
    forgotten = forgetAccessToken(&source);
    QVERIFY(!forgotten.isEmpty());
    refreshes = source.refreshCount();
    {
        StatusMonitor monitor;
        monitor.setPeriodic(false);
        monitor.setAccessTokenSource(&source);
        monitor.setSettings(settings);
        QSignalSpy checked(&monitor, &StatusMonitor::checkFinished);
        monitor.refresh(StatusMonitor::Trigger::OnDemand);
        QTRY_VERIFY_WITH_TIMEOUT(monitor.state(QStringLiteral("smtp")).status !=
                                         ServerStatus::InProgress &&
                                     !checked.isEmpty(),
                                 60000);
        const ServerState st = monitor.state(QStringLiteral("smtp"));
        QVERIFY2(st.status == ServerStatus::Operating, qPrintable(st.reason));
        QCOMPARE(source.refreshCount(), refreshes + 1);
    }

    // The queue: delivered, not held for "Sign-in required".
    forgotten = forgetAccessToken(&source);
    QVERIFY(!forgotten.isEmpty());
    refreshes = source.refreshCount();
    sent = messages();
    Queue queue(queueDir);
    QString error;
    QVERIFY2(queue.ensure(&error), qPrintable(error));
    QueuedMessage m;
    m.sender = kAccount;
    m.recipients = {QStringLiteral("ops@example.test")};
    m.subject = QStringLiteral("after an early revocation");
    m.messageId = QStringLiteral("<forgotten-token@example.test>");
    m.content = QByteArray("Subject: forgotten\r\n\r\nsent with a fresh token\r\n");
    QVERIFY2(queue.enqueue(m, &error), qPrintable(error));
    // With the debug log on: both sessions are kept there, the refused one first.
    MailSettings logged = settings;
    logged.diagnostics.debugLog = dir.filePath(QStringLiteral("queue-debug.log"));
    QueueRunner runner(queueDir);
    runner.setSettings(logged);
    runner.setAccessTokenSource(&source);
    QSignalSpy done(&runner, &QueueRunner::finished);
    QueueRunner::Options opts;
    opts.once = true;
    runner.start(opts);
    QVERIFY(done.wait(60000));
    const QueueRunner::Summary s = runner.lastSummary();
    QVERIFY2(!s.held, qPrintable(queue.hold().message));
    QCOMPARE(s.delivered, 1);
    QCOMPARE(source.refreshCount(), refreshes + 1);
    QCOMPARE(messages(), sent + 1);
    QVERIFY(!queue.hold().active);
    const QByteArray text = mw::test::readDebugLog(logged.diagnostics.debugLog);
    QVERIFY2(mw::test::refusedThenAccepted(text), text.constData());
    QVERIFY(!text.contains(forgotten.toUtf8()));
    QVERIFY(!text.contains(token.refreshToken.toUtf8()));
    // Nor the refused login's XOAUTH2 response (the token, base64-encoded).
    const QByteArray response = "user=" + kAccount.toUtf8() +
                                "\x01"
                                "auth=Bearer " +
                                forgotten.toUtf8() + "\x01\x01";
    QVERIFY(!text.contains(response.toBase64()));
    QVERIFY2(text.contains("XOAUTH2"), text.constData());

    // A token straight from the provider that the server refuses is not retried: that
    // refusal is the server's verdict on a fresh token.
    const QString cached = forgetAccessToken(&source); // from memory after the queue's refresh
    QVERIFY(!cached.isEmpty());
    const Result refused =
        Result::failure(ErrorClass::AuthFailed, Phase::Auth, QStringLiteral("535"));
    QVERIFY(source.retryAfterRefusal(refused, cached));
    bool answered = false;
    QString renewed;
    source.request(this, [&](const QString &t, const OAuthFailure &) {
        renewed = t;
        answered = true;
    });
    QTRY_VERIFY_WITH_TIMEOUT(answered, 20000);
    QVERIFY(!renewed.isEmpty() && renewed != cached);
    QVERIFY(!source.retryAfterRefusal(refused, renewed)); // fresh from the provider: no
}

void TestOAuthTrust::rotatedTokenStoreFailureReported()
{
    const OAuthToken token = signIn();
    QVERIFY(!token.refreshToken.isEmpty());
    MemorySecretStore store;
    {
        QSignalSpy written(&store, &SecretStore::secretChanged);
        RefreshTokenStore::write(&store, token.refreshToken, this, [](const SecretResult &) {});
        QVERIFY(written.wait(5000));
    }
    AccessTokenSource source(&m_nam, &store);
    source.setSettings(settingsOf(QString()));
    bool resolved = false;
    source.resolveClient(this, [&](const OAuthEndpoints &, const QString &, const OAuthFailure &) {
        resolved = true;
    });
    QTRY_VERIFY_WITH_TIMEOUT(resolved, 20000);
    store.setFailure(QStringLiteral("the disk is full"));
    QSignalSpy failed(&source, &AccessTokenSource::storeFailed);
    QSignalSpy idle(&source, &AccessTokenSource::storeIdle);
    bool answered = false;
    source.request(this, [&](const QString &, const OAuthFailure &) { answered = true; });
    QTRY_VERIFY_WITH_TIMEOUT(answered, 20000);
    QVERIFY(idle.wait(10000) || !idle.isEmpty());
    QCOMPARE(failed.size(), 1);
    QVERIFY2(source.storeError().contains(QLatin1String("the disk is full")),
             qPrintable(source.storeError()));
    QVERIFY(!source.isStoring());
}

void TestOAuthTrust::cliReportsUnsavedRotation()
{
    // The refresh token comes from the environment (EnvSecretOverride) and the secret
    // file cannot be written (a folder nobody, not even root, can create): the provider
    // rotates the token, the new one cannot be kept, and the command must say so.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString ini =
        writeIni(dir, QStringLiteral("file"), QStringLiteral("/proc/mailwright-test/secrets"));
    const OAuthToken token = signIn();
    QVERIFY(!token.refreshToken.isEmpty());
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("MAILWRIGHT_OAUTH_REFRESH_PASSWORD"), token.refreshToken);
    QProcess status;
    status.setProcessEnvironment(env);
    status.start(QStringLiteral(MW_CLI_PATH),
                 {QStringLiteral("--config"), ini, QStringLiteral("--json"),
                  QStringLiteral("oauth"), QStringLiteral("status"), QStringLiteral("--check")});
    QVERIFY(status.waitForFinished(60000));
    const QByteArray err = status.readAllStandardError();
    QVERIFY2(status.exitCode() == 73, // EX_CANTCREAT
             QByteArray(QByteArray::number(status.exitCode()) + ' ' + err).constData());
    QVERIFY2(err.contains("could not save it"), err.constData());
    QVERIFY(!err.contains(token.refreshToken.toUtf8()));
}

void TestOAuthTrust::browserGetsNoSecretVariables()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString ini = writeIni(dir, QStringLiteral("file"));
    // A stand-in for the desktop's xdg-open, first on PATH: it writes down its
    // environment and the address it was given.
    const QString bin = dir.filePath(QStringLiteral("bin"));
    QVERIFY(QDir().mkpath(bin));
    const QString dump = dir.filePath(QStringLiteral("browser-env"));
    {
        QFile script(bin + QStringLiteral("/xdg-open"));
        QVERIFY(script.open(QIODevice::WriteOnly));
        script.write(QStringLiteral("#!/bin/sh\nenv > '%1.part'\nprintf 'URL=%s\\n' \"$1\" >> "
                                    "'%1.part'\nmv '%1.part' '%1'\n")
                         .arg(dump)
                         .toUtf8());
        script.close();
        QVERIFY(script.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                      QFileDevice::ExeOwner));
    }
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("PATH"), bin + QLatin1Char(':') + env.value(QStringLiteral("PATH")));
    env.insert(QStringLiteral("MAILWRIGHT_SMTP_PASSWORD"), QStringLiteral("Smtp-Secret-4711"));
    env.insert(QStringLiteral("MAILWRIGHT_POP3_PASSWORD"), QStringLiteral("Pop3-Secret-4712"));
    env.insert(QStringLiteral("MAILWRIGHT_OAUTH_CLIENT_PASSWORD"),
               QStringLiteral("Client-Secret-4713"));
    env.insert(QStringLiteral("MW_UNRELATED"), QStringLiteral("kept"));
    QProcess login;
    login.setProcessEnvironment(env);
    login.start(QStringLiteral(MW_CLI_PATH),
                {QStringLiteral("--config"), ini, QStringLiteral("--json"), QStringLiteral("oauth"),
                 QStringLiteral("login"), QStringLiteral("--browser"), QStringLiteral("--open")});
    QVERIFY(login.waitForStarted(10000));
    QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(dump), 30000);
    login.kill(); // nobody signs in; the address was all that was wanted
    login.waitForFinished(10000);
    QFile f(dump);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray seen = f.readAll();
    QVERIFY2(seen.contains(QByteArray("URL=" + m_issuer.toUtf8() + "/auth?")), seen.constData());
    QVERIFY(seen.contains("MW_UNRELATED=kept"));
    // (Only the offending lines are shown: the rest is the test machine's environment.)
    QByteArrayList leaked;
    for (const QByteArray &line : seen.split('\n'))
        if (line.startsWith("MAILWRIGHT_"))
            leaked << line;
    QVERIFY2(leaked.isEmpty(), leaked.join(' ').constData());
    for (const char *secret : {"Smtp-Secret-4711", "Pop3-Secret-4712", "Client-Secret-4713"})
        QVERIFY2(!seen.contains(secret), secret);
}

QTEST_GUILESS_MAIN(TestOAuthTrust)
#include "tst_oauth_trust.moc"
