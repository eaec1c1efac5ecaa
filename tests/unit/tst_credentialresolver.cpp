// SPDX-License-Identifier: GPL-3.0-or-later
// CredentialResolver (core/session): the secrets an operation needs, from the file store,
// the keychain (the test session's gnome-keyring), a typed override or the OAuth2 token
// source, as one Credentials value or one failure with the shared sentences. Never
// answers inside the call, can be cancelled, and gives up on a store that hangs.
#include "ClientCertFiles.h"
#include "oauth/AccessTokenSource.h"
#include "session/CredentialResolver.h"
#include "settings/FileSecretStore.h"
#include "settings/KeychainSecretStore.h"
#include "settings/MemorySecretStore.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <optional>

using namespace mw;

Q_DECLARE_METATYPE(mw::CredentialResolver::HintStyle)
Q_DECLARE_METATYPE(mw::MailSettings::SmtpAuth)

namespace {

// A store that never answers (a keychain waiting for an unlock dialog nobody sees).
class HangingStore : public SecretStore
{
public:
    QString backendName() const override { return QStringLiteral("memory"); }
    int reads = 0;

protected:
    void doRead(const QString &, Callback) override { ++reads; }
    void doWrite(const QString &, const QString &, Callback) override {}
    void doRemove(const QString &, Callback) override {}
};

bool store(SecretStore &s, const QString &account, const QString &secret)
{
    std::optional<SecretResult> r;
    QObject context;
    s.write(account, secret, &context, [&r](const SecretResult &x) { r = x; });
    if (!QTest::qWaitFor([&r] { return r.has_value(); }, 30000))
        return false;
    return r->ok();
}

// Resolves and waits; nullopt when no answer came within ms.
std::optional<CredentialResolver::Outcome> resolve(CredentialResolver &resolver,
                                                   const MailSettings &s, const PreflightNeeds &n,
                                                   int ms = 30000)
{
    std::optional<CredentialResolver::Outcome> out;
    QObject context;
    bool inside = true;
    bool calledInside = false;
    resolver.resolve(s, n, &context, [&](const CredentialResolver::Outcome &o) {
        calledInside = inside;
        out = o;
    });
    inside = false;
    if (calledInside)
        qWarning("answered inside resolve()");
    (void)QTest::qWaitFor([&out] { return out.has_value(); }, ms);
    return calledInside ? std::nullopt : out;
}

MailSettings settings(MailSettings::SmtpAuth auth)
{
    MailSettings s;
    s.smtp.host = QStringLiteral("mail.example.org");
    s.smtp.username = QStringLiteral("alerts");
    s.smtp.auth = auth;
    s.pop3.host = QStringLiteral("pop.example.org");
    s.pop3.username = QStringLiteral("alerts");
    return s;
}

const QString kSmtp = QStringLiteral("smtp-secret-4711");
const QString kPop3 = QStringLiteral("pop3-secret-0815");

} // namespace

class TestCredentialResolver : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void fileStoreGivesWhatThePurposeNeeds();
    void keychainStoreGivesThePassword();
    void nothingNeededStillAnswersLater();
    void notStoredSentences_data();
    void notStoredSentences();
    void unreadableStoreIsConfig();
    void typedPasswordOverridesTheStore();
    void hangingStoreTimesOut();
    void cancelDropsTheAnswer();
    void destroyedContextGetsNoAnswer();
    void oauthWithoutSignIn();
    void clientCertificates();
    void clientCertificateFailures_data();
    void clientCertificateFailures();
    void missingKerberosTicket();
};

void TestCredentialResolver::fileStoreGivesWhatThePurposeNeeds()
{
    QTemporaryDir dir;
    FileSecretStore file(dir.filePath(QStringLiteral("secrets")));
    QVERIFY(store(file, QStringLiteral("smtp"), kSmtp));
    QVERIFY(store(file, QStringLiteral("pop3"), kPop3));
    CredentialResolver resolver;
    resolver.setSecretStore(&file);

    // A round trip with an SMTP login: both passwords.
    MailSettings s = settings(MailSettings::SmtpAuth::Plain);
    auto o = resolve(resolver, s, Preflight::needs(s, Purpose::RoundTrip));
    QVERIFY(o && o->ok);
    QCOMPARE(o->credentials, (Credentials{kSmtp, kPop3, {}, {}, {}}));
    // POP-before-SMTP Send Test: the POP3 password only, never the SMTP one.
    s = settings(MailSettings::SmtpAuth::PopBeforeSmtp);
    o = resolve(resolver, s, Preflight::needs(s, Purpose::SendTest));
    QVERIFY(o && o->ok);
    QCOMPARE(o->credentials, (Credentials{{}, kPop3, {}, {}, {}}));
    QVERIFY(!resolver.isRunning());
}

void TestCredentialResolver::keychainStoreGivesThePassword()
{
    // The test session's unlocked gnome-keyring (scripts/ctest-in-session.sh).
    QTemporaryDir dir;
    KeychainSecretStore keychain(dir.filePath(QStringLiteral("mailwright.ini")));
    QVERIFY2(store(keychain, QStringLiteral("smtp"), kSmtp),
             "run inside dbus-run-session with an unlocked gnome-keyring");
    CredentialResolver resolver;
    resolver.setSecretStore(&keychain);
    const MailSettings s = settings(MailSettings::SmtpAuth::Login);
    auto o = resolve(resolver, s, Preflight::needs(s, Purpose::StatusCheck));
    QVERIFY(o && o->ok);
    QCOMPARE(o->credentials.smtpPassword, kSmtp);
    // No POP3 password in this keychain entry set.
    PreflightNeeds n;
    n.pop3Password = true;
    o = resolve(resolver, s, n);
    QVERIFY(o && !o->ok);
    QCOMPARE(o->account, QStringLiteral("pop3"));
    QCOMPARE(o->failure.message, QStringLiteral("No POP3 password is stored."));
    std::optional<SecretResult> removed;
    keychain.remove(QStringLiteral("smtp"), this, [&](const SecretResult &r) { removed = r; });
    QTRY_VERIFY_WITH_TIMEOUT(removed.has_value(), 30000);
}

void TestCredentialResolver::nothingNeededStillAnswersLater()
{
    CredentialResolver resolver; // no store at all: nothing is read
    const MailSettings s = settings(MailSettings::SmtpAuth::None);
    const auto o = resolve(resolver, s, Preflight::needs(s, Purpose::SendTest));
    QVERIFY(o && o->ok);
    QCOMPARE(o->credentials, Credentials{});
}

void TestCredentialResolver::notStoredSentences_data()
{
    QTest::addColumn<CredentialResolver::HintStyle>("style");
    QTest::addColumn<MailSettings::SmtpAuth>("auth");
    QTest::addColumn<QString>("message");
    QTest::addColumn<QString>("hint");
    using H = CredentialResolver::HintStyle;
    using A = MailSettings::SmtpAuth;
    QTest::newRow("window smtp") << H::Window << A::Plain << "No SMTP password is stored."
                                 << "Type it in the Password field of the Authentication tab.";
    QTest::newRow("window pop3") << H::Window << A::PopBeforeSmtp << "No POP3 password is stored."
                                 << "Type it in the Password field of the POP3 tab.";
    QTest::newRow("cli smtp") << H::CommandLine << A::Plain << "No SMTP password is stored."
                              << "Store it with \"mailwright-cli secret set smtp\" or set "
                                 "MAILWRIGHT_SMTP_PASSWORD.";
    QTest::newRow("cli pop3") << H::CommandLine << A::PopBeforeSmtp << "No POP3 password is stored."
                              << "Store it with \"mailwright-cli secret set pop3\" or set "
                                 "MAILWRIGHT_POP3_PASSWORD.";
    QTest::newRow("service") << H::Service << A::Login << "No SMTP password is stored."
                             << "Enter it in the settings window and save.";
}

void TestCredentialResolver::notStoredSentences()
{
    QFETCH(CredentialResolver::HintStyle, style);
    QFETCH(MailSettings::SmtpAuth, auth);
    QFETCH(QString, message);
    QFETCH(QString, hint);
    MemorySecretStore memory;
    CredentialResolver resolver;
    resolver.setSecretStore(&memory);
    resolver.setHintStyle(style);
    const MailSettings s = settings(auth);
    const auto o = resolve(resolver, s, Preflight::needs(s, Purpose::SendTest));
    QVERIFY(o && !o->ok);
    QCOMPARE(o->failure.errorClass, ErrorClass::Config);
    QCOMPARE(o->failure.message, message);
    QCOMPARE(o->failure.hint, hint);
    QCOMPARE(resolver.notStored(o->account).message, message);
}

void TestCredentialResolver::unreadableStoreIsConfig()
{
    QTemporaryDir dir;
    // A folder where the secret file should be: the store cannot read it.
    QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("secrets/x")));
    FileSecretStore file(dir.filePath(QStringLiteral("secrets")));
    CredentialResolver resolver;
    resolver.setSecretStore(&file);
    resolver.setHintStyle(CredentialResolver::HintStyle::Window);
    const MailSettings s = settings(MailSettings::SmtpAuth::Plain);
    const auto o = resolve(resolver, s, Preflight::needs(s, Purpose::SendTest));
    QVERIFY(o && !o->ok);
    QCOMPARE(o->failure.errorClass, ErrorClass::Config);
    QVERIFY2(o->failure.message.startsWith(QLatin1String("The SMTP password could not be read: ")),
             qPrintable(o->failure.message));
    QVERIFY(!o->secretError.isEmpty());
    QCOMPARE(o->failure.hint,
             QStringLiteral("Type the password again, or keep passwords in a file."));
}

void TestCredentialResolver::typedPasswordOverridesTheStore()
{
    MemorySecretStore memory;
    QVERIFY(store(memory, QStringLiteral("smtp"), QStringLiteral("old")));
    CredentialResolver resolver;
    resolver.setSecretStore(&memory);
    resolver.setSecretSource(
        QStringLiteral("smtp"), [](QObject *context, const SecretStore::Callback &done) {
            QTimer::singleShot(0, context,
                               [done] { done(SecretResult::success(QStringLiteral("typed"))); });
        });
    const MailSettings s = settings(MailSettings::SmtpAuth::Plain);
    auto o = resolve(resolver, s, Preflight::needs(s, Purpose::SendTest));
    QVERIFY(o && o->ok);
    QCOMPARE(o->credentials.smtpPassword, QStringLiteral("typed"));
    resolver.setSecretSource(QStringLiteral("smtp"), {});
    o = resolve(resolver, s, Preflight::needs(s, Purpose::SendTest));
    QVERIFY(o && o->ok);
    QCOMPARE(o->credentials.smtpPassword, QStringLiteral("old"));
}

void TestCredentialResolver::hangingStoreTimesOut()
{
    HangingStore hanging;
    CredentialResolver resolver;
    resolver.setSecretStore(&hanging);
    resolver.setTimeout(300);
    const MailSettings s = settings(MailSettings::SmtpAuth::Plain);
    QElapsedTimer clock;
    clock.start();
    const auto o = resolve(resolver, s, Preflight::needs(s, Purpose::SendTest), 5000);
    QVERIFY2(o.has_value(), "no answer from a resolver whose store hangs");
    QVERIFY(clock.elapsed() < 3000);
    QVERIFY(!o->ok);
    QCOMPARE(hanging.reads, 1);
    QCOMPARE(o->failure.errorClass, ErrorClass::Config);
    QVERIFY2(o->failure.message.contains(QLatin1String("did not answer")),
             qPrintable(o->failure.message));
    QVERIFY(!resolver.isRunning());
}

void TestCredentialResolver::cancelDropsTheAnswer()
{
    MemorySecretStore memory;
    QVERIFY(store(memory, QStringLiteral("smtp"), kSmtp));
    CredentialResolver resolver;
    resolver.setSecretStore(&memory);
    const MailSettings s = settings(MailSettings::SmtpAuth::Plain);
    int calls = 0;
    resolver.resolve(s, Preflight::needs(s, Purpose::SendTest), this,
                     [&calls](const CredentialResolver::Outcome &) { ++calls; });
    QVERIFY(resolver.isRunning());
    resolver.cancel();
    QVERIFY(!resolver.isRunning());
    QTest::qWait(200);
    QCOMPARE(calls, 0);
    // A new resolution replaces one under way: only the new one answers.
    resolver.resolve(s, Preflight::needs(s, Purpose::SendTest), this,
                     [&calls](const CredentialResolver::Outcome &) { calls += 10; });
    resolver.resolve(s, Preflight::needs(s, Purpose::SendTest), this,
                     [&calls](const CredentialResolver::Outcome &o) { calls += o.ok ? 1 : 100; });
    QTRY_COMPARE(calls, 1);
    QTest::qWait(100);
    QCOMPARE(calls, 1);
}

void TestCredentialResolver::destroyedContextGetsNoAnswer()
{
    MemorySecretStore memory;
    CredentialResolver resolver;
    resolver.setSecretStore(&memory);
    const MailSettings s = settings(MailSettings::SmtpAuth::Plain);
    int calls = 0;
    auto *context = new QObject;
    resolver.resolve(s, Preflight::needs(s, Purpose::SendTest), context,
                     [&calls](const CredentialResolver::Outcome &) { ++calls; });
    delete context;
    QTest::qWait(200);
    QCOMPARE(calls, 0);
    QVERIFY(!resolver.isRunning());
}

void TestCredentialResolver::oauthWithoutSignIn()
{
    const MailSettings s = settings(MailSettings::SmtpAuth::XOAuth2);
    const PreflightNeeds n = Preflight::needs(s, Purpose::SendTest);
    QVERIFY(n.accessToken && !n.smtpPassword);
    CredentialResolver resolver;
    resolver.setHintStyle(CredentialResolver::HintStyle::Window);
    // No token source: a configuration failure, at AUTH.
    auto o = resolve(resolver, s, n);
    QVERIFY(o && !o->ok);
    QCOMPARE(o->account, QStringLiteral("oauth"));
    QCOMPARE(o->failure.errorClass, ErrorClass::Config);
    QCOMPARE(o->failure.phase, Phase::Auth);
    QCOMPARE(o->failure.hint, QStringLiteral("Sign in on the Authentication tab."));
    // A source without a saved sign-in: "Sign-in required", asked of nobody.
    MemorySecretStore memory;
    MailSettings signedOut = s;
    signedOut.oauth.clientId = QStringLiteral("client");
    AccessTokenSource tokens(nullptr, &memory);
    tokens.setSettings(signedOut);
    resolver.setAccessTokenSource(&tokens);
    o = resolve(resolver, signedOut, n);
    QVERIFY(o && !o->ok);
    QCOMPARE(o->oauth.kind, OAuthFailure::Kind::SignInRequired);
    QCOMPARE(o->failure.errorClass, ErrorClass::AuthFailed);
    QCOMPARE(o->failure.message, o->oauth.message);
    QCOMPARE(o->failure.hint, QStringLiteral("Sign in on the Authentication tab."));
    QVERIFY(o->credentials.accessToken.isEmpty());
    // Nothing went to the network, so the source made no HTTP access of its own (making
    // one maps a megabyte of QtNetwork before the window's first paint); it makes one when
    // asked.
    QVERIFY(!tokens.findChild<QNetworkAccessManager *>());
    QNetworkAccessManager *network = tokens.network();
    QVERIFY(network && network->parent() == &tokens);
    QCOMPARE(tokens.network(), network);
}

void TestCredentialResolver::clientCertificates()
{
    test::ClientCertFiles files;
    QVERIFY(files.make());
    MemorySecretStore memory;
    // The SMTP key is encrypted: its passphrase is the secret smtp-client-cert. The POP3
    // certificate is a PKCS#12 file opened with pop3-client-cert.
    QVERIFY(store(memory, QStringLiteral("smtp-client-cert"),
                  QString::fromLatin1(test::ClientCertFiles::passphrase())));
    QVERIFY(store(memory, QStringLiteral("pop3-client-cert"),
                  QString::fromLatin1(test::ClientCertFiles::passphrase())));
    QVERIFY(store(memory, QStringLiteral("pop3"), kPop3));
    CredentialResolver resolver;
    resolver.setSecretStore(&memory);
    MailSettings s = settings(MailSettings::SmtpAuth::External);
    s.smtp.clientCert = files.pem(QStringLiteral("ec"), true);
    s.pop3.clientCert = files.path(QStringLiteral("ec.p12"));
    auto o = resolve(resolver, s, Preflight::needs(s, Purpose::RoundTrip));
    QVERIFY(o.has_value());
    QVERIFY2(o->ok, qPrintable(o->text()));
    QVERIFY(o->credentials.smtpIdentity.isSet());
    QVERIFY(o->credentials.pop3Identity.isSet());
    QCOMPARE(o->credentials.smtpIdentity.certificate(),
             QSslCertificate::fromPath(files.path(QStringLiteral("ec.pem"))).value(0));
    QCOMPARE(o->credentials.pop3Identity.chain().size(), 1);
    QVERIFY(o->credentials.smtpPassword.isEmpty()); // EXTERNAL needs no password
    QCOMPARE(o->credentials.pop3Password, kPop3);
    // A key that is not encrypted needs no passphrase in the store.
    MemorySecretStore empty;
    resolver.setSecretStore(&empty);
    s.smtp.clientCert = files.pem(QStringLiteral("rsa"));
    o = resolve(resolver, s, Preflight::needs(s, Purpose::SendTest));
    QVERIFY(o.has_value());
    QVERIFY2(o->ok, qPrintable(o->text()));
    QVERIFY(o->credentials.smtpIdentity.isSet());
    QVERIFY(!o->credentials.pop3Identity.isSet()); // not needed for Send Test
}

void TestCredentialResolver::clientCertificateFailures_data()
{
    QTest::addColumn<CredentialResolver::HintStyle>("style");
    QTest::addColumn<QString>("file"); // in ClientCertFiles: "enc" the encrypted EC bundle
    QTest::addColumn<QString>("passphrase");
    QTest::addColumn<QString>("message");
    QTest::addColumn<QString>("hint");
    using H = CredentialResolver::HintStyle;
    QTest::newRow("cli no passphrase")
        << H::CommandLine << "enc" << QString() << "is encrypted and no passphrase is stored"
        << "Store the key's passphrase with \"mailwright-cli secret set smtp-client-cert\".";
    QTest::newRow("window wrong passphrase")
        << H::Window << "enc"
        << "not-it"
        << "The stored passphrase does not open"
        << "Type the key's passphrase on the Authentication tab.";
    QTest::newRow("cli missing file")
        << H::CommandLine << "missing.pem" << QString() << "cannot be read"
        << "Set the file with \"mailwright-cli config set smtp/client_cert FILE\".";
    QTest::newRow("service certificate only")
        << H::Service << "ec.pem" << QString() << "holds no private key"
        << "Check the client certificate in the settings window and save.";
}

void TestCredentialResolver::clientCertificateFailures()
{
    QFETCH(CredentialResolver::HintStyle, style);
    QFETCH(QString, file);
    QFETCH(QString, passphrase);
    QFETCH(QString, message);
    QFETCH(QString, hint);
    test::ClientCertFiles files;
    QVERIFY(files.make());
    MemorySecretStore memory;
    if (!passphrase.isEmpty())
        QVERIFY(store(memory, QStringLiteral("smtp-client-cert"), passphrase));
    CredentialResolver resolver;
    resolver.setSecretStore(&memory);
    resolver.setHintStyle(style);
    MailSettings s = settings(MailSettings::SmtpAuth::External);
    s.smtp.clientCert =
        file == QLatin1String("enc") ? files.pem(QStringLiteral("ec"), true) : files.path(file);
    const auto o = resolve(resolver, s, Preflight::needs(s, Purpose::SendTest));
    QVERIFY(o && !o->ok);
    QCOMPARE(o->account, QStringLiteral("smtp-client-cert"));
    QCOMPARE(o->failure.errorClass, ErrorClass::Config);
    QVERIFY2(o->failure.message.contains(message), qPrintable(o->failure.message));
    QCOMPARE(o->failure.hint, hint);
    if (!passphrase.isEmpty())
        QVERIFY(!o->text().contains(passphrase));
    QVERIFY(!resolver.isRunning());
}

void TestCredentialResolver::missingKerberosTicket()
{
    // smtp/auth=gssapi with no ticket in the cache: named before any connection, as a
    // failed login, with kerberosTicketInfo()'s sentence; no secret store is needed.
    QTemporaryDir dir;
    const QByteArray saved = qgetenv("KRB5CCNAME");
    qputenv("KRB5CCNAME", "FILE:" + dir.filePath(QStringLiteral("no-such-ccache")).toLocal8Bit());
    CredentialResolver resolver;
    MailSettings s = settings(MailSettings::SmtpAuth::Gssapi);
    const PreflightNeeds n = Preflight::needs(s, Purpose::SendTest);
    QVERIFY(n.kerberosTicket);
    const auto o = resolve(resolver, s, n);
    if (saved.isNull())
        qunsetenv("KRB5CCNAME");
    else
        qputenv("KRB5CCNAME", saved);
    QVERIFY(o);
    QVERIFY(!o->ok);
    QCOMPARE(o->account, QStringLiteral("kerberos"));
    QCOMPARE(o->failure.errorClass, ErrorClass::AuthFailed);
    QVERIFY2(o->failure.message.startsWith(
                 QStringLiteral("No Kerberos ticket — run kinit or log in to the domain.")),
             qPrintable(o->failure.message));
    QVERIFY(!resolver.isRunning());
}

QTEST_GUILESS_MAIN(TestCredentialResolver)
#include "tst_credentialresolver.moc"
