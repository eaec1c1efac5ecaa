// SPDX-License-Identifier: GPL-3.0-or-later
// The one rule for the web addresses a sign-in goes to (protocol/WebUrl.h): https, or plain
// http only to this machine. The OAuth2 endpoints' check and the settings' check of the
// OpenID issuer take the same decision for every address (the settings also refuse a query
// or a fragment).
#include "oauth/OAuthEndpoints.h"
#include "protocol/WebUrl.h"
#include "settings/SettingsSchema.h"
#include "settings/SettingsValidator.h"

#include <QTest>

using namespace mw;

class TestWebUrl : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void oneRuleForBoth_data();
    void oneRuleForBoth();
    void issuerAlsoWithoutQueryOrFragment();
};

namespace {

// Whether the settings' check flags oauth/issuer for this issuer (an OpenID sign-in that is
// otherwise complete).
bool issuerFlagged(const QString &issuer)
{
    MailSettings m;
    (void)SettingsSchema::setValue(m, QStringLiteral("smtp/auth"), QStringLiteral("XOAUTH2"));
    (void)SettingsSchema::setValue(m, QStringLiteral("oauth/provider"), QStringLiteral("oidc"));
    m.smtp.host = QStringLiteral("smtp.example.test");
    m.smtp.username = QStringLiteral("a@example.test");
    m.mailboxes.from = QStringLiteral("a@example.test");
    m.oauth.clientId = QStringLiteral("app");
    m.oauth.issuer = issuer;
    for (const ValidationIssue &i : SettingsValidator::validate(m)) {
        if (i.key == QLatin1String("oauth/issuer"))
            return true;
    }
    return false;
}

} // namespace

void TestWebUrl::oneRuleForBoth_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("https") << QStringLiteral("https://id.example.test/realm") << true;
    QTest::newRow("https-port") << QStringLiteral("https://id.example.test:8443") << true;
    QTest::newRow("http-127.0.0.1") << QStringLiteral("http://127.0.0.1:8080/realm") << true;
    QTest::newRow("http-ipv6-loopback") << QStringLiteral("http://[::1]:8080") << true;
    QTest::newRow("http-localhost") << QStringLiteral("http://localhost/realm") << true;
    QTest::newRow("http-elsewhere") << QStringLiteral("http://id.example.test") << false;
    QTest::newRow("http-localhost-lookalike")
        << QStringLiteral("http://localhost.attacker.example") << false;
    QTest::newRow("http-other-loopback-name") << QStringLiteral("http://127.0.0.2") << false;
    QTest::newRow("ftp-localhost") << QStringLiteral("ftp://localhost/x") << false;
    QTest::newRow("no-host") << QStringLiteral("https:///realm") << false;
}

void TestWebUrl::oneRuleForBoth()
{
    QFETCH(QString, url);
    QFETCH(bool, accepted);
    QCOMPARE(isSecureOrLocalWebUrl(QUrl(url)), accepted);
    QCOMPARE(OAuthEndpoints::isAcceptableUrl(QUrl(url)), accepted);
    QCOMPARE(issuerFlagged(url), !accepted);
}

void TestWebUrl::issuerAlsoWithoutQueryOrFragment()
{
    QVERIFY(!issuerFlagged(QStringLiteral("https://id.example.test/realm")));
    QVERIFY(issuerFlagged(QStringLiteral("https://id.example.test/realm?x=1")));
    QVERIFY(issuerFlagged(QStringLiteral("https://id.example.test/realm#top")));
    // The endpoints' check has no such limit (a token endpoint may carry a query).
    QVERIFY(OAuthEndpoints::isAcceptableUrl(QUrl(QStringLiteral("https://id.example.test/t?x=1"))));
}

QTEST_GUILESS_MAIN(TestWebUrl)
#include "tst_weburl.moc"
