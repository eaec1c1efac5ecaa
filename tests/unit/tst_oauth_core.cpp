// SPDX-License-Identifier: GPL-3.0-or-later
// core/oauth without a network: provider presets (data only, never contacted), the
// discovery document checks, token responses, provider errors, and the refresh token
// in the secret store (split for Windows Credential Manager's 2560-byte limit).
#include "oauth/OAuthEndpoints.h"
#include "oauth/OAuthFailure.h"
#include "oauth/OAuthToken.h"
#include "oauth/RefreshTokenStore.h"
#include "oauth/TokenManager.h"
#include "settings/MemorySecretStore.h"
#include "settings/SettingsSchema.h"
#include "settings/SettingsValidator.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

using namespace mw;

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
    void refreshTokenStore_data();
    void refreshTokenStore();
    void refreshTokenTooLong();
    void settingsKeys();
    void signInRequiredWithoutRefreshToken();
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

void TestOAuthCore::refreshTokenStore_data()
{
    QTest::addColumn<int>("length");
    QTest::addColumn<int>("chunks"); // 0: stored whole in oauth-refresh
    QTest::newRow("google-size") << 103 << 0;
    QTest::newRow("exactly-one-chunk") << RefreshTokenStore::kChunkChars << 0;
    QTest::newRow("microsoft-size-split") << 2400 << 2;
    QTest::newRow("largest-kept") << RefreshTokenStore::kChunkChars * RefreshTokenStore::kMaxChunks
                                  << RefreshTokenStore::kMaxChunks;
}

void TestOAuthCore::refreshTokenStore()
{
    QFETCH(int, length);
    QFETCH(int, chunks);
    MemorySecretStore store;
    QObject context;
    QString token;
    for (int i = 0; i < length; ++i)
        token += QLatin1Char("abcdefghijklmnopqrstuvwxyz0123456789-_."[i % 39]);

    // A longer token first: writing the shorter one must not leave its chunks behind.
    QString longer(RefreshTokenStore::kChunkChars * 3, QLatin1Char('Z'));
    bool done = false;
    SecretResult result;
    RefreshTokenStore::write(&store, longer, &context, [&](const SecretResult &r) {
        result = r;
        done = true;
    });
    QTRY_VERIFY_WITH_TIMEOUT(done, 5000);
    QVERIFY(result.ok());

    done = false;
    RefreshTokenStore::write(&store, token, &context, [&](const SecretResult &r) {
        result = r;
        done = true;
    });
    QTRY_VERIFY_WITH_TIMEOUT(done, 5000);
    QVERIFY2(result.ok(), qPrintable(result.error));

    // Every entry fits Windows Credential Manager (2560 bytes, even as UTF-16).
    for (int i = 0; i <= RefreshTokenStore::kMaxChunks; ++i) {
        const QString account =
            i == 0 ? RefreshTokenStore::kAccount
                   : RefreshTokenStore::kAccount + QLatin1Char('-') + QString::number(i);
        done = false;
        store.read(account, &context, [&](const SecretResult &r) {
            result = r;
            done = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(done, 5000);
        if (result.ok())
            QVERIFY(result.secret.size() * 2 <= 2560);
        if (i > 0)
            QCOMPARE(result.ok(), i <= chunks);
        if (i == 0 && chunks > 0)
            QCOMPARE(result.secret, QStringLiteral("mw-chunks:%1").arg(chunks));
    }

    done = false;
    RefreshTokenStore::read(&store, &context, [&](const SecretResult &r) {
        result = r;
        done = true;
    });
    QTRY_VERIFY_WITH_TIMEOUT(done, 5000);
    QVERIFY(result.ok());
    QCOMPARE(result.secret, token);

    done = false;
    RefreshTokenStore::remove(&store, &context, [&](const SecretResult &r) {
        result = r;
        done = true;
    });
    QTRY_VERIFY_WITH_TIMEOUT(done, 5000);
    QVERIFY(result.ok());
    done = false;
    RefreshTokenStore::read(&store, &context, [&](const SecretResult &r) {
        result = r;
        done = true;
    });
    QTRY_VERIFY_WITH_TIMEOUT(done, 5000);
    QCOMPARE(result.status, SecretResult::Status::NotFound);
}

void TestOAuthCore::refreshTokenTooLong()
{
    MemorySecretStore store;
    QObject context;
    bool done = false;
    SecretResult result;
    const QString huge(RefreshTokenStore::kChunkChars * RefreshTokenStore::kMaxChunks + 1,
                       QLatin1Char('x'));
    RefreshTokenStore::write(&store, huge, &context, [&](const SecretResult &r) {
        result = r;
        done = true;
    });
    QVERIFY(!done); // always later, from the event loop
    QTRY_VERIFY_WITH_TIMEOUT(done, 5000);
    QCOMPARE(result.status, SecretResult::Status::Error);
    QVERIFY2(result.error.contains(QLatin1String("was not saved")), qPrintable(result.error));
    QVERIFY(!result.error.contains(huge.left(50)));
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

QTEST_GUILESS_MAIN(TestOAuthCore)
#include "tst_oauth_core.moc"
