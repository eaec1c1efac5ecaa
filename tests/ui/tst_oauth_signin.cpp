// SPDX-License-Identifier: GPL-3.0-or-later
// The window's OAuth2 sign-in driven like an admin would (clicks and keys on the widgets of
// the Authentication tab) against the real loopback OpenID provider and the bearer-checking
// SMTP server of tests/servers/oauth/server.mjs. The browser sign-in goes through Debian's
// Chromium driven by browser.mjs: an xdg-open stand-in first on PATH hands it the address
// the window opens (and shows which environment the browser got). The device-code sign-in is
// approved through the provider's own /device pages (/__test/approve).
//
// objectNames (see AuthPage.h): oauthGroup, oauthProvider, oauthIssuer, oauthTenant,
// oauthClientId, oauthClientSecret, oauthScopes, oauthSignInBrowserButton,
// oauthSignInDeviceButton, oauthSignOutButton, oauthStatus, oauthWaiting, oauthWaitingText,
// oauthVerificationUrl, oauthUserCode, oauthCopyCodeButton, oauthOpenPageButton,
// oauthCancelButton; in the window: messageBar, messageText, signInAgainButton, smtpStatus.
#include "AuthPage.h"
#include "BrowserStandIn.h"
#include "GuiTestSupport.h"
#include "OAuthServerFixture.h"
#include "OAuthSignIn.h"
#include "SettingsWindow.h"
#include "StatusIndicator.h"
#include "TestPanel.h"
#include "delivery/Queue.h"
#include "diagnostics/StatusMonitor.h"
#include "oauth/AccessTokenSource.h"
#include "oauth/RefreshTokenStore.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QElapsedTimer>
#include <QFile>
#include <QFrame>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QPushButton>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>
#include <QUrlQuery>

#include <memory>

using namespace mw;
using mw::test::BrowserStandIn;
using mw::test::find;
using mw::test::kStallBoundMs;
using mw::test::readFile;
using mw::test::StallMeter;

namespace {

const QString kAccount = QStringLiteral("admin@example.test");
const QString kConfidentialSecret = QStringLiteral("Client-Secret-Distinctive-5150");
constexpr int kBrowserMs = 60000; // Chromium under load

} // namespace

class TestOAuthSignIn : public QObject
{
    Q_OBJECT
private:
    mw::test::OAuthServerFixture m_server;
    QString m_issuer;
    quint16 m_smtpPort = 0;
    QNetworkAccessManager m_nam;
    std::unique_ptr<QTemporaryDir> m_dir;
    BrowserStandIn m_browser;

    QString configPath() const { return m_dir->filePath(QStringLiteral("mailwright.ini")); }
    QString secretPath() const { return m_dir->filePath(QStringLiteral("secrets")); }
    void writeConfig(const QString &clientId = QStringLiteral("mailwright-test"))
    {
        QFile f(configPath());
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(QStringLiteral("[general]\nsecret_backend=file\nsecret_file=%1\n"
                               "[smtp]\nhost=127.0.0.1\nport=%2\nsecurity=none\nauth=xoauth2\n"
                               "username=%3\ntimeout=20\n"
                               "[oauth]\nprovider=oidc\nissuer=%4\nclient_id=%5\n"
                               "scopes=openid offline_access smtp.send\n"
                               "[mailboxes]\nfrom=alerts@example.test\nnotify=%3\n"
                               "[delivery]\nqueue_dir=%6\n")
                    .arg(secretPath())
                    .arg(m_smtpPort)
                    .arg(kAccount, m_issuer, clientId, m_dir->filePath(QStringLiteral("queue")))
                    .toUtf8());
    }
    std::unique_ptr<SettingsWindow> open()
    {
        auto w = std::make_unique<SettingsWindow>(configPath());
        w->monitor()->setPeriodic(false);
        w->show();
        w->tabs()->setCurrentIndex(1); // Authentication
        return w;
    }
    QJsonDocument httpGet(const QString &path) { return m_server.getJson(path); }
    QJsonObject refreshWith(const QString &refreshToken, const QString &clientId)
    {
        QNetworkRequest req(QUrl(m_issuer + QStringLiteral("/token")));
        req.setTransferTimeout(20000);
        req.setHeader(QNetworkRequest::ContentTypeHeader,
                      QStringLiteral("application/x-www-form-urlencoded"));
        const QByteArray body =
            "grant_type=refresh_token&client_id=" + QUrl::toPercentEncoding(clientId) +
            "&refresh_token=" + QUrl::toPercentEncoding(refreshToken);
        QNetworkReply *reply = m_nam.post(req, body);
        QSignalSpy done(reply, &QNetworkReply::finished);
        if (!done.wait(25000))
            return {};
        reply->deleteLater();
        return QJsonDocument::fromJson(reply->readAll()).object();
    }
    // The store's answer for an account (the refresh token: RefreshTokenStore).
    SecretResult readSecret(SettingsWindow *w, const QString &account)
    {
        SecretResult out = SecretResult::failure(QStringLiteral("no answer"));
        bool done = false;
        QObject context;
        const auto take = [&](const SecretResult &r) {
            out = r;
            done = true;
        };
        if (account == RefreshTokenStore::kAccount)
            RefreshTokenStore::read(w->secretStore(), &context, take);
        else
            w->secretStore()->read(account, &context, take);
        if (!QTest::qWaitFor([&] { return done; }, 10000))
            qWarning("the secret store did not answer");
        return out;
    }
    QString statusText(SettingsWindow *w) { return find<QLabel>(w, "oauthStatus")->text(); }
    // Clicks "Sign in with a code…", checks what is shown and approves the code.
    void deviceSignIn(SettingsWindow *w)
    {
        auto *button = find<QPushButton>(w, "oauthSignInDeviceButton");
        QVERIFY(button->isVisible() && button->isEnabled());
        QTest::mouseClick(button, Qt::LeftButton);
        auto *code = find<QLineEdit>(w, "oauthUserCode");
        QTRY_VERIFY_WITH_TIMEOUT(code->isVisible() && !code->text().isEmpty(), 30000);
        QVERIFY(code->isReadOnly()); // selectable and copyable, not editable
        auto *url = find<QLineEdit>(w, "oauthVerificationUrl");
        QVERIFY2(url->text().startsWith(m_issuer), qPrintable(url->text()));
        QVERIFY(find<QPushButton>(w, "oauthCancelButton")->isVisible());
        QVERIFY(!button->isEnabled());
        QTest::mouseClick(find<QPushButton>(w, "oauthCopyCodeButton"), Qt::LeftButton);
        QCOMPARE(QGuiApplication::clipboard()->text(), code->text());
        const QJsonObject r = httpGet(QStringLiteral("/__test/approve?user_code=") +
                                      QString::fromLatin1(QUrl::toPercentEncoding(code->text())))
                                  .object();
        QVERIFY2(r.value(QLatin1String("approved")).toBool(),
                 QJsonDocument(r).toJson().constData());
        QTRY_VERIFY_WITH_TIMEOUT(statusText(w).startsWith(QStringLiteral("Signed in as ") +
                                                          kAccount +
                                                          QStringLiteral(" — token "
                                                                         "valid until")),
                                 60000);
        QVERIFY(!find<QFrame>(w, "oauthWaiting")->isVisible());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QLocale::setDefault(QLocale::c());
        // Access tokens long-lived enough that no refresh happens behind a row's back.
        QVERIFY2(m_server.start(900), qPrintable(m_server.errorString()));
        m_issuer = m_server.issuer();
        m_smtpPort = m_server.smtpPort();
        QVERIFY(m_browser.install());
    }
    void cleanupTestCase()
    {
        m_browser.stop();
        m_server.stop();
    }
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        qputenv("XDG_CONFIG_HOME", m_dir->filePath(QStringLiteral("xdg")).toUtf8());
        m_browser.setMode(QStringLiteral("allow"));
        writeConfig();
    }
    void cleanup()
    {
        m_browser.stop();
        m_dir.reset();
    }

    void groupFollowsMethod()
    {
        auto w = open();
        auto *group = find<QWidget>(w.get(), "oauthGroup");
        auto *password = find<QLineEdit>(w.get(), "smtpPassword");
        QVERIFY(group->isVisible());
        QVERIFY(!password->isVisible()); // a token replaces the password
        QCOMPARE(find<QLineEdit>(w.get(), "oauthIssuer")->text(), m_issuer);
        QVERIFY(find<QLineEdit>(w.get(), "oauthIssuer")->isEnabled());
        QVERIFY(!find<QLineEdit>(w.get(), "oauthTenant")->isEnabled());
        // Microsoft 365: tenant instead of issuer.
        auto *provider = find<QComboBox>(w.get(), "oauthProvider");
        provider->setFocus();
        QTest::keyClick(provider, Qt::Key_Home);
        QCOMPARE(w->model()->value(QStringLiteral("oauth/provider")), QStringLiteral("microsoft"));
        QVERIFY(find<QLineEdit>(w.get(), "oauthTenant")->isEnabled());
        QVERIFY(!find<QLineEdit>(w.get(), "oauthIssuer")->isEnabled());
        // The client id is required, with the field's own error under it.
        auto *clientId = find<QLineEdit>(w.get(), "oauthClientId");
        clientId->setFocus();
        clientId->selectAll();
        QTest::keyClick(clientId, Qt::Key_Delete);
        QTRY_VERIFY(find<QLabel>(w.get(), "oauthClientIdError")->isVisible());
        // PLAIN: the group goes, the password comes back.
        auto *method = find<QComboBox>(w.get(), "smtpAuth");
        method->setCurrentIndex(method->findData(QStringLiteral("plain")));
        QVERIFY(!group->isVisible());
        QVERIFY(password->isVisible());
    }

    void deviceCodeSignIn()
    {
        auto w = open();
        QVERIFY(!find<QPushButton>(w.get(), "oauthSignOutButton")->isEnabled());
        StallMeter meter;
        deviceSignIn(w.get());
        qInfo("device sign-in: longest event-loop stall %lld ms", meter.maxGapMs());
        QVERIFY2(meter.maxGapMs() < kStallBoundMs, qPrintable(QString::number(meter.maxGapMs())));
        const SecretResult saved = readSecret(w.get(), RefreshTokenStore::kAccount);
        QVERIFY(saved.ok() && !saved.secret.isEmpty());
        QVERIFY(!readFile(configPath()).contains(saved.secret.toUtf8()));
        QVERIFY(find<QPushButton>(w.get(), "oauthSignOutButton")->isEnabled());
        // The status check follows the new sign-in.
        auto *indicator = find<StatusIndicator>(w.get(), "smtpStatus");
        QTRY_COMPARE_WITH_TIMEOUT(indicator->status(), ServerStatus::Operating, 30000);
        QVERIFY(!indicator->isSignInRequired());
        QVERIFY(!find<QFrame>(w.get(), "messageBar")->isVisible() ||
                !find<QPushButton>(w.get(), "signInAgainButton")->isVisible());
        // The group says what the provider granted (the test provider grants what was asked).
        QTRY_VERIFY_WITH_TIMEOUT(statusText(w.get()).contains(QLatin1String("Scopes granted: ")),
                                 10000);
        QVERIFY2(statusText(w.get()).contains(QLatin1String("smtp.send")),
                 qPrintable(statusText(w.get())));
    }

    void browserSignIn()
    {
        auto w = open();
        // From the keyboard: Alt+W is the button's mnemonic.
        QApplication::setActiveWindow(w.get()); // shortcuts go to the active window
        auto *clientId = find<QLineEdit>(w.get(), "oauthClientId");
        clientId->setFocus();
        QTest::keyClick(clientId, Qt::Key_W, Qt::AltModifier);
        auto *waiting = find<QLabel>(w.get(), "oauthWaitingText");
        QTRY_VERIFY_WITH_TIMEOUT(waiting->isVisible() && waiting->text().startsWith(QStringLiteral(
                                                             "Waiting for the browser…")),
                                 30000);
        QVERIFY(find<QPushButton>(w.get(), "oauthCancelButton")->isVisible());
        QTRY_COMPARE_WITH_TIMEOUT(m_browser.opened().size(), 1, 10000);
        const QUrl url = m_browser.opened().first();
        QVERIFY(url.toString().startsWith(m_issuer));
        QVERIFY(url.query().contains(QLatin1String("code_challenge_method=S256")));
        QTRY_VERIFY_WITH_TIMEOUT(
            statusText(w.get()).startsWith(QStringLiteral("Signed in as ") + kAccount), kBrowserMs);
        QVERIFY(statusText(w.get()).contains(QLatin1String("token valid until")));
        QTRY_VERIFY_WITH_TIMEOUT(!m_browser.outcome().isEmpty(), kBrowserMs);
        QVERIFY(m_browser.outcome().value(QLatin1String("ok")).toBool());
        const SecretResult saved = readSecret(w.get(), RefreshTokenStore::kAccount);
        QVERIFY(saved.ok() && !saved.secret.isEmpty());
        QVERIFY(!readFile(configPath()).contains(saved.secret.toUtf8()));
    }

    void consentDeclined()
    {
        m_browser.setMode(QStringLiteral("deny"));
        auto w = open();
        QTest::mouseClick(find<QPushButton>(w.get(), "oauthSignInBrowserButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(statusText(w.get()).startsWith(QLatin1String("Sign-in failed")),
                                 kBrowserMs);
        const QString text = statusText(w.get());
        QVERIFY2(text.contains(QLatin1String("declined")), qPrintable(text));
        QVERIFY2(text.contains(QLatin1String("Nothing was saved")), qPrintable(text));
        QVERIFY(!find<QFrame>(w.get(), "oauthWaiting")->isVisible());
        QVERIFY(find<QPushButton>(w.get(), "oauthSignInBrowserButton")->isEnabled());
        QCOMPARE(readSecret(w.get(), RefreshTokenStore::kAccount).status,
                 SecretResult::Status::NotFound);
        // The browser was answered too (the loopback page), not left hanging.
        QTRY_VERIFY_WITH_TIMEOUT(!m_browser.outcome().isEmpty(), kBrowserMs);
        QVERIFY(m_browser.outcome().value(QLatin1String("ok")).toBool());
        QVERIFY(!m_browser.outcome().value(QLatin1String("result")).toString().isEmpty());
        qInfo("declined: the browser was told \"%s\"",
              qPrintable(m_browser.outcome().value(QLatin1String("result")).toString()));
    }

    void browserGetsNoSecretVariables()
    {
        // Passwords given to Mailwright in its environment (EnvSecretOverride) stay there:
        // the browser, and whatever it starts, does not see them.
        qputenv("MAILWRIGHT_SMTP_PASSWORD", "Smtp-Secret-Env-4711");
        qputenv("MAILWRIGHT_POP3_PASSWORD", "Pop3-Secret-Env-4712");
        const auto unset = qScopeGuard([] {
            qunsetenv("MAILWRIGHT_SMTP_PASSWORD");
            qunsetenv("MAILWRIGHT_POP3_PASSWORD");
        });
        m_browser.setMode(QStringLiteral("none"));
        auto w = open();
        QTest::mouseClick(find<QPushButton>(w.get(), "oauthSignInBrowserButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!m_browser.opened().isEmpty(), 30000);
        QTRY_VERIFY_WITH_TIMEOUT(!m_browser.environment().isEmpty(), 10000);
        const QByteArray env = m_browser.environment();
        QVERIFY(env.contains("PATH="));
        QByteArrayList leaked; // only these lines: the rest is the machine's environment
        for (const QByteArray &line : env.split('\n'))
            if (line.startsWith("MAILWRIGHT_"))
                leaked << line;
        QVERIFY2(leaked.isEmpty(), leaked.join(' ').constData());
        QVERIFY(!env.contains("Smtp-Secret-Env-4711"));
        QVERIFY(!env.contains("Pop3-Secret-Env-4712"));
        QTest::mouseClick(find<QPushButton>(w.get(), "oauthCancelButton"), Qt::LeftButton);
        QTRY_VERIFY(!find<QFrame>(w.get(), "oauthWaiting")->isVisible());
    }

    void cancelWhileWaiting()
    {
        m_browser.setMode(QStringLiteral("none")); // the person never comes back
        auto w = open();
        StallMeter meter;
        auto *browserButton = find<QPushButton>(w.get(), "oauthSignInBrowserButton");
        QTest::mouseClick(browserButton, Qt::LeftButton);
        auto *cancel = find<QPushButton>(w.get(), "oauthCancelButton");
        QTRY_VERIFY_WITH_TIMEOUT(cancel->isVisible() && !m_browser.opened().isEmpty(), 30000);
        // The loopback listener waits for the browser.
        const QUrl redirect(
            QUrlQuery(m_browser.opened().first())
                .queryItemValue(QStringLiteral("redirect_uri"), QUrl::FullyDecoded));
        QVERIFY(redirect.host() == QLatin1String("127.0.0.1"));
        QTest::qWait(300);
        QTest::mouseClick(cancel, Qt::LeftButton);
        QTRY_VERIFY(!find<QFrame>(w.get(), "oauthWaiting")->isVisible());
        QVERIFY2(statusText(w.get()).startsWith(QLatin1String("Sign-in cancelled")),
                 qPrintable(statusText(w.get())));
        QVERIFY(browserButton->isEnabled());
        QCOMPARE(readSecret(w.get(), RefreshTokenStore::kAccount).status,
                 SecretResult::Status::NotFound);
        qInfo("cancel: longest event-loop stall %lld ms", meter.maxGapMs());
        QVERIFY2(meter.maxGapMs() < kStallBoundMs, qPrintable(QString::number(meter.maxGapMs())));
        // Still responsive: the device sign-in starts (and is cancelled) at once.
        QTest::mouseClick(find<QPushButton>(w.get(), "oauthSignInDeviceButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!find<QLineEdit>(w.get(), "oauthUserCode")->text().isEmpty(),
                                 30000);
        QTest::keyClick(cancel, Qt::Key_Space);
        QTRY_VERIFY(!find<QFrame>(w.get(), "oauthWaiting")->isVisible());
        QCOMPARE(readSecret(w.get(), RefreshTokenStore::kAccount).status,
                 SecretResult::Status::NotFound);
    }

    void sendTestAfterSignIn()
    {
        auto w = open();
        deviceSignIn(w.get());
        const int before = int(httpGet(QStringLiteral("/__test/messages")).array().size());
        QSignalSpy finished(w->testPanel(), &TestPanel::finished);
        QTest::mouseClick(find<QPushButton>(w.get(), "sendTestButton"), Qt::LeftButton);
        QVERIFY(finished.wait(60000));
        const QString title = find<QLabel>(w.get(), "testBannerTitle")->text();
        QVERIFY2(w->testPanel()->result().ok, qPrintable(title));
        const QJsonArray messages = httpGet(QStringLiteral("/__test/messages")).array();
        QCOMPARE(int(messages.size()), before + 1);
        QCOMPARE(messages.last().toObject().value(QLatin1String("user")).toString(), kAccount);
        const QJsonArray logins = httpGet(QStringLiteral("/__test/stats"))
                                      .object()
                                      .value(QLatin1String("smtpLogins"))
                                      .toArray();
        QVERIFY(!logins.isEmpty());
        QCOMPARE(logins.last().toObject().value(QLatin1String("method")).toString(),
                 QStringLiteral("XOAUTH2"));
        QVERIFY(logins.last().toObject().value(QLatin1String("ok")).toBool());
    }

    void verifyAddressesAfterSignIn()
    {
        // Verify addresses signs in with the saved sign-in too: MAIL FROM + RCPT per role
        // address after an XOAUTH2 login, nothing sent.
        auto w = open();
        deviceSignIn(w.get());
        const int before = int(httpGet(QStringLiteral("/__test/messages")).array().size());
        QSignalSpy verified(w->testPanel(), &TestPanel::verifyFinished);
        QTest::mouseClick(find<QPushButton>(w.get(), "verifyAddressesButton"), Qt::LeftButton);
        QVERIFY(verified.wait(60000));
        const Result r = verified.first().first().value<Result>();
        QVERIFY2(r.ok, qPrintable(r.message));
        QCOMPARE(r.authMechanismUsed, QStringLiteral("XOAUTH2"));
        auto *rows = find<QTreeWidget>(w.get(), "verifyResults");
        QVERIFY(rows && rows->isVisible());
        bool notifyAccepted = false;
        for (int i = 0; i < rows->topLevelItemCount(); ++i) {
            const QTreeWidgetItem *item = rows->topLevelItem(i);
            if (item->text(0) == QLatin1String("notify"))
                notifyAccepted = item->text(2).contains(QChar(0x2713)) ||
                                 item->text(2).contains(QLatin1String("ccepted"));
        }
        QVERIFY(notifyAccepted);
        QCOMPARE(int(httpGet(QStringLiteral("/__test/messages")).array().size()), before);
    }

    void signOutRevokesAndForgets()
    {
        auto w = open();
        deviceSignIn(w.get());
        const SecretResult saved = readSecret(w.get(), RefreshTokenStore::kAccount);
        QVERIFY(saved.ok());
        auto *signOut = find<QPushButton>(w.get(), "oauthSignOutButton");
        QVERIFY(signOut->isEnabled());
        QTest::mouseClick(signOut, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(statusText(w.get()).startsWith(QLatin1String("Signed out")),
                                 30000);
        QVERIFY2(statusText(w.get()).contains(QLatin1String("revoked")),
                 qPrintable(statusText(w.get())));
        QCOMPARE(readSecret(w.get(), RefreshTokenStore::kAccount).status,
                 SecretResult::Status::NotFound);
        QVERIFY(!signOut->isEnabled());
        // The provider no longer honours it (RFC 7009).
        const QJsonObject refused = refreshWith(saved.secret, QStringLiteral("mailwright-test"));
        QCOMPARE(refused.value(QLatin1String("error")).toString(), QStringLiteral("invalid_grant"));
    }

    void signInRequiredAndSignInAgain()
    {
        auto w = open();
        deviceSignIn(w.get());
        const SecretResult saved = readSecret(w.get(), RefreshTokenStore::kAccount);
        QVERIFY(saved.ok());
        auto *indicator = find<StatusIndicator>(w.get(), "smtpStatus");
        QTRY_COMPARE_WITH_TIMEOUT(indicator->status(), ServerStatus::Operating, 30000);
        // The provider forgets the sign-in behind the window's back (revoked elsewhere);
        // every check now refreshes first, so the refusal is seen.
        QNetworkRequest req(QUrl(m_issuer + QStringLiteral("/token/revocation")));
        req.setHeader(QNetworkRequest::ContentTypeHeader,
                      QStringLiteral("application/x-www-form-urlencoded"));
        QNetworkReply *reply =
            m_nam.post(req, "client_id=mailwright-test&token_type_hint=refresh_token&token=" +
                                QUrl::toPercentEncoding(saved.secret));
        QSignalSpy revoked(reply, &QNetworkReply::finished);
        QVERIFY(revoked.wait(20000));
        reply->deleteLater();
        w->accessTokens()->setRefreshMargin(24 * 3600);
        QTest::mouseClick(find<QPushButton>(w.get(), "refreshStatusButton"), Qt::LeftButton);
        auto *again = find<QPushButton>(w.get(), "signInAgainButton");
        QTRY_VERIFY_WITH_TIMEOUT(again->isVisible(), 30000);
        QVERIFY(find<QFrame>(w.get(), "messageBar")->isVisible());
        QVERIFY(indicator->isSignInRequired());
        QVERIFY(indicator->accessibleDescription().contains(QLatin1String("Sign-in required")));
        QVERIFY(statusText(w.get()).contains(QLatin1String("Sign-in required")));
        // Sign in again: the Authentication tab, the browser sign-in.
        w->tabs()->setCurrentIndex(0);
        w->accessTokens()->setRefreshMargin(300);
        QTest::mouseClick(again, Qt::LeftButton);
        QCOMPARE(w->tabs()->currentIndex(), 1);
        QTRY_VERIFY_WITH_TIMEOUT(!m_browser.opened().isEmpty(), 30000);
        QTRY_VERIFY_WITH_TIMEOUT(
            statusText(w.get()).startsWith(QStringLiteral("Signed in as ") + kAccount), kBrowserMs);
        QTRY_VERIFY_WITH_TIMEOUT(
            !again->isVisible() || !find<QFrame>(w.get(), "messageBar")->isVisible(), 10000);
        QTRY_COMPARE_WITH_TIMEOUT(indicator->status(), ServerStatus::Operating, 30000);
        QVERIFY(!indicator->isSignInRequired());
        const SecretResult fresh = readSecret(w.get(), RefreshTokenStore::kAccount);
        QVERIFY(fresh.ok() && fresh.secret != saved.secret);
        QTRY_VERIFY_WITH_TIMEOUT(!m_browser.outcome().isEmpty(), kBrowserMs);

        // Revoked once more: the bar comes back (it became true again); dismissed, it stays
        // away at the next check that still finds no sign-in, and the indicator keeps it.
        QNetworkReply *second =
            m_nam.post(req, "client_id=mailwright-test&token_type_hint=refresh_token&token=" +
                                QUrl::toPercentEncoding(fresh.secret));
        QSignalSpy revokedAgain(second, &QNetworkReply::finished);
        QVERIFY(revokedAgain.wait(20000));
        second->deleteLater();
        w->accessTokens()->setRefreshMargin(24 * 3600);
        QTest::mouseClick(find<QPushButton>(w.get(), "refreshStatusButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(again->isVisible(), 30000);
        QTest::mouseClick(find<QPushButton>(w.get(), "dismissMessageButton"), Qt::LeftButton);
        QVERIFY(!find<QFrame>(w.get(), "messageBar")->isVisible());
        QSignalSpy checked(w->monitor(), &StatusMonitor::checkFinished);
        QTRY_VERIFY_WITH_TIMEOUT(find<QPushButton>(w.get(), "refreshStatusButton")->isEnabled(),
                                 30000);
        QTest::mouseClick(find<QPushButton>(w.get(), "refreshStatusButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!checked.isEmpty(), 30000);
        QTest::qWait(200);
        QVERIFY(!find<QFrame>(w.get(), "messageBar")->isVisible());
        QVERIFY(indicator->isSignInRequired());
    }

    void queueHeldForSignIn()
    {
        // A queue runner (another process) held the queue: the saved sign-in was refused.
        auto first = open();
        deviceSignIn(first.get());
        const QString refused = first->accessTokens()->signInId();
        const MailSettings saved = first->model()->savedSettings();
        first.reset();
        Queue queue(Queue::dirFor(saved));
        QString error;
        QVERIFY2(queue.ensure(&error), qPrintable(error));
        QueueHold hold;
        hold.active = true;
        hold.settingsHash = Queue::settingsFingerprint(saved);
        hold.errorClass = ErrorClass::AuthFailed;
        hold.message = QStringLiteral("Sign-in required: the provider no longer accepts the "
                                      "saved sign-in.");
        hold.since = QDateTime::currentDateTimeUtc();
        hold.signIn = refused;
        QVERIFY2(queue.setHold(hold, &error), qPrintable(error));

        auto w = open();
        auto *again = find<QPushButton>(w.get(), "signInAgainButton");
        QTRY_VERIFY_WITH_TIMEOUT(again->isVisible(), 20000);
        QVERIFY(find<QLabel>(w.get(), "messageText")
                    ->text()
                    .startsWith(QLatin1String("The queue is held")));
        w.reset();
        // After a new sign-in the hold names an older one: nothing to ask for any more.
        hold.signIn = QStringLiteral("0123456789abcdef");
        QVERIFY2(queue.setHold(hold, &error), qPrintable(error));
        auto later = open();
        QTest::qWait(1000);
        QVERIFY(!find<QPushButton>(later.get(), "signInAgainButton")->isVisible());
    }

    void secretNeverInIni()
    {
        writeConfig(QStringLiteral("mailwright-confidential"));
        auto w = open();
        auto *secret = find<QLineEdit>(w.get(), "oauthClientSecret");
        QCOMPARE(secret->echoMode(), QLineEdit::Password);
        secret->setFocus();
        QTest::keyClicks(secret, kConfidentialSecret);
        // The sign-in saves first (the secret goes to the store), then signs in with it.
        deviceSignIn(w.get());
        QVERIFY(!w->hasUnsavedChanges());
        const QByteArray ini = readFile(configPath());
        QVERIFY(!ini.isEmpty());
        QVERIFY(!ini.contains(kConfidentialSecret.toUtf8()));
        const SecretResult refresh = readSecret(w.get(), RefreshTokenStore::kAccount);
        QVERIFY(refresh.ok());
        QVERIFY(!ini.contains(refresh.secret.toUtf8()));
        const SecretResult client = readSecret(w.get(), RefreshTokenStore::kClientSecretAccount);
        QVERIFY(client.ok());
        QCOMPARE(client.secret, kConfidentialSecret);
    }
};

QTEST_MAIN(TestOAuthSignIn)
#include "tst_oauth_signin.moc"
