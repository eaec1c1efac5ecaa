// SPDX-License-Identifier: GPL-3.0-or-later
// The sign-in methods of issue 18 in the window, driven with the keyboard and the mouse:
// each method shows only the fields it needs (SMTP and POP3), the POP3 method list
// round-trips through Save and a new window, the client certificate's details line names
// subject, issuer and expiry as ClientIdentity describes it (a PKCS#12 file opened with the
// passphrase typed in the window; a wrong one shows ClientIdentity's sentence), the Kerberos
// row shows the ticket that KerberosTicketReader reads from a real KDC's ticket (and the
// no-ticket sentence without one; Refresh reads again), and Check login only names the
// mechanism the server accepted.
//
// objectNames (per service prefix "smtp" / "pop3"): <p>Auth, <p>Password, <p>Realm,
// <p>ClientCert, <p>ClientCertBrowse, <p>ClientCertPassphrase, <p>ClientCertDetails,
// <p>KerberosStatus, <p>KerberosRefresh (SignInFields).
#include "ClientCertFiles.h"
#include "EximFixture.h"
#include "GuiTestSupport.h"
#include "KdcFixture.h"
#include "SettingsWindow.h"
#include "TestPanel.h"
#include "diagnostics/StatusMonitor.h"
#include "session/ClientIdentity.h"
#include "session/KerberosTicket.h"

#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

#include <memory>

using namespace mw;
using mw::test::find;
using mw::test::readFile;
using mw::test::writeFile;

namespace {

// The certificate details as one line: the window breaks the text into lines at spaces.
QString shown(const QLabel *details)
{
    return details->text().replace(QLatin1Char('\n'), QLatin1Char(' '));
}

// Chooses the item whose INI spelling is `value` with the keyboard (Home, then Down).
void choose(QComboBox *combo, const QString &value)
{
    const int index = combo->findData(value);
    QVERIFY2(index >= 0, qPrintable(value));
    combo->setFocus();
    QTest::keyClick(combo, Qt::Key_Home);
    for (int i = 0; i < index; ++i)
        QTest::keyClick(combo, Qt::Key_Down);
    QCOMPARE(combo->currentData().toString(), value);
}

} // namespace

class TestSignInMethods : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString configPath() const { return m_dir->filePath(QStringLiteral("mailwright.ini")); }
    std::unique_ptr<SettingsWindow> open()
    {
        auto w = std::make_unique<SettingsWindow>(configPath());
        w->monitor()->setPeriodic(false);
        w->show();
        return w;
    }
    void checkFields(const QString &prefix, int tab);

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QLocale::setDefault(QLocale::c());
    }
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        qputenv("XDG_CONFIG_HOME", m_dir->filePath(QStringLiteral("xdg")).toUtf8());
        // No Kerberos ticket in this test: an empty cache of our own.
        qputenv("KRB5CCNAME", "FILE:" + m_dir->filePath(QStringLiteral("krb5cc")).toUtf8());
        writeFile(configPath(), "[general]\nsecret_backend=memory\n"
                                "[smtp]\nhost=mail.example.test\nusername=alerts\n"
                                "[pop3]\nenabled=true\nhost=pop.example.test\nusername=alerts\n"
                                "[mailboxes]\nfrom=alerts@example.test\n"
                                "notify=admin@example.test\n");
    }
    void cleanup() { m_dir.reset(); }

    void methodFields_data();
    void methodFields();
    void pop3MethodRoundTrip();
    void certificateDetails();
    void pkcs12WithTypedPassphrase();
    void noKerberosTicket();
    void kerberosTicketFromKdc();
    void checkLoginNamesMechanism();
};

void TestSignInMethods::methodFields_data()
{
    QTest::addColumn<QString>("prefix");
    QTest::addColumn<int>("tab");
    QTest::addColumn<QString>("method");
    QTest::addColumn<bool>("password");
    QTest::addColumn<bool>("realm");
    QTest::addColumn<bool>("certificate");
    QTest::addColumn<bool>("kerberos");
    const QList<std::pair<const char *, int>> services{{"smtp", 1}, {"pop3", 2}};
    for (const auto &service : services) {
        // (No structured binding: clang 14 cannot capture one in the lambda below.)
        const char *prefix = service.first;
        const int tab = service.second;
        const QString p = QString::fromLatin1(prefix);
        const auto row = [&](const char *method, bool pw, bool realm, bool cert, bool krb) {
            QTest::addRow("%s-%s", prefix, method)
                << p << tab << QString::fromLatin1(method) << pw << realm << cert << krb;
        };
        row("auto", true, false, false, false);
        row("plain", true, false, false, false);
        row("cram-md5", true, false, false, false);
        row("scram-sha-256", true, false, false, false);
        row("scram-sha-1", true, false, false, false);
        row("gssapi", false, true, false, true);
        row("ntlm", true, true, false, false);
        row("external", false, false, true, false);
        if (p == QLatin1String("pop3")) {
            row("user", true, false, false, false);
            row("apop", true, false, false, false);
        }
    }
}

void TestSignInMethods::methodFields()
{
    QFETCH(QString, prefix);
    QFETCH(int, tab);
    QFETCH(QString, method);
    QFETCH(bool, password);
    QFETCH(bool, realm);
    QFETCH(bool, certificate);
    QFETCH(bool, kerberos);
    auto w = open();
    w->tabs()->setCurrentIndex(tab);
    const auto named = [&prefix](const char *suffix) {
        return (prefix + QString::fromLatin1(suffix)).toLatin1();
    };
    choose(find<QComboBox>(w.get(), named("Auth").constData()), method);
    QCOMPARE(w->model()->value(prefix + QStringLiteral("/auth")), method);
    const auto shown = [&](const char *suffix) {
        QWidget *x = find<QWidget>(w.get(), named(suffix).constData());
        return x && x->isVisible();
    };
    QCOMPARE(shown("Password"), password);
    QCOMPARE(shown("Realm"), realm);
    QCOMPARE(shown("ClientCert"), certificate);
    QCOMPARE(shown("ClientCertBrowse"), certificate);
    QCOMPARE(shown("ClientCertPassphrase"), certificate);
    QCOMPARE(shown("KerberosStatus"), kerberos);
    QCOMPARE(shown("KerberosRefresh"), kerberos);
    if (password)
        QVERIFY(find<QWidget>(w.get(), named("Password").constData()) &&
                find<QWidget>(w.get(), named("Password").constData())->isEnabled());
    // The passphrase is a secret like the passwords: never a settings key.
    auto *pass = find<QLineEdit>(w.get(), named("ClientCertPassphrase").constData());
    QVERIFY(pass);
    QCOMPARE(pass->property("secretAccount").toString(), prefix + QStringLiteral("-client-cert"));
    QCOMPARE(pass->echoMode(), QLineEdit::Password);
}

void TestSignInMethods::pop3MethodRoundTrip()
{
    {
        auto w = open();
        w->tabs()->setCurrentIndex(2);
        choose(find<QComboBox>(w.get(), "pop3Auth"), QStringLiteral("ntlm"));
        auto *realm = find<QLineEdit>(w.get(), "pop3Realm");
        QVERIFY(realm->isVisible());
        realm->setFocus();
        QTest::keyClicks(realm, QStringLiteral("CORP"));
        QTest::mouseClick(find<QPushButton>(w.get(), "saveButton"), Qt::LeftButton);
        QTRY_VERIFY2_WITH_TIMEOUT(!w->hasUnsavedChanges(),
                                  qPrintable(find<QLabel>(w.get(), "saveBlockedLabel")->text()),
                                  5000);
    }
    const QByteArray ini = readFile(configPath());
    QVERIFY2(ini.contains("auth=ntlm"), ini.constData());
    QVERIFY2(ini.contains("realm=CORP"), ini.constData());
    // (pop3/apop leaves the schema on the settings branch; the window no longer writes it.)
    auto w = open();
    w->tabs()->setCurrentIndex(2);
    QCOMPARE(find<QComboBox>(w.get(), "pop3Auth")->currentData().toString(),
             QStringLiteral("ntlm"));
    QCOMPARE(find<QLineEdit>(w.get(), "pop3Realm")->text(), QStringLiteral("CORP"));
    QVERIFY(find<QLineEdit>(w.get(), "pop3Realm")->isVisible());
    QVERIFY(!find<QWidget>(w.get(), "pop3KerberosStatus")->isVisible());
    // No APOP checkbox any more: the method list replaced it.
    QVERIFY(!w->findChild<QWidget *>(QStringLiteral("pop3Apop")));
}

void TestSignInMethods::certificateDetails()
{
    const QString key = m_dir->filePath(QStringLiteral("client.key"));
    const QString cert = m_dir->filePath(QStringLiteral("client.crt"));
    QProcess openssl;
    openssl.start(QStringLiteral("openssl"),
                  {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                   QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-keyout"),
                   key, QStringLiteral("-out"), cert, QStringLiteral("-days"), QStringLiteral("30"),
                   QStringLiteral("-subj"), QStringLiteral("/CN=alerts.example.test")});
    QVERIFY(openssl.waitForFinished(60000));
    QCOMPARE(openssl.exitCode(), 0);
    // One PEM file with certificate and key, as smtp/client_cert takes it.
    const QString pem = m_dir->filePath(QStringLiteral("client.pem"));
    writeFile(pem, readFile(cert) + readFile(key));

    auto w = open();
    w->tabs()->setCurrentIndex(1);
    choose(find<QComboBox>(w.get(), "smtpAuth"), QStringLiteral("external"));
    auto *edit = find<QLineEdit>(w.get(), "smtpClientCert");
    edit->setFocus();
    QTest::keyClicks(edit, pem);
    auto *details = find<QLabel>(w.get(), "smtpClientCertDetails");
    QTRY_VERIFY_WITH_TIMEOUT(shown(details).contains(QLatin1String("valid until")), 10000);
    const QString expiry = QDateTime::currentDateTimeUtc().addDays(30).date().toString(Qt::ISODate);
    QVERIFY2(shown(details).startsWith(QLatin1String("alerts.example.test, issued by "
                                                     "alerts.example.test, valid until ")),
             qPrintable(shown(details)));
    QVERIFY2(shown(details).contains(expiry), qPrintable(shown(details)));
    // "(29 day(s) left)" untranslated, "(29 days left)" in English.
    QVERIFY2(shown(details).contains(QLatin1String("(29 day")) ||
                 shown(details).contains(QLatin1String("(30 day")),
             qPrintable(shown(details)));
    QVERIFY(details->isVisible());

    // A file that is no certificate says so, in the same place, in ClientIdentity's words.
    const QString missing = key + QStringLiteral(".missing");
    edit->clear();
    QTest::keyClicks(edit, missing);
    const QString sentence = ClientIdentity::load(missing, {}).error;
    QVERIFY(!sentence.isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(shown(details), sentence, 10000);
}

void TestSignInMethods::pkcs12WithTypedPassphrase()
{
    test::ClientCertFiles files;
    QVERIFY(files.make());
    const QString p12 = files.path(QStringLiteral("ec.p12"));
    auto w = open();
    w->tabs()->setCurrentIndex(1);
    choose(find<QComboBox>(w.get(), "smtpAuth"), QStringLiteral("external"));
    auto *edit = find<QLineEdit>(w.get(), "smtpClientCert");
    edit->setFocus();
    QTest::keyClicks(edit, p12);
    auto *details = find<QLabel>(w.get(), "smtpClientCertDetails");
    // No passphrase typed or stored: ClientIdentity's sentence for that.
    QTRY_COMPARE_WITH_TIMEOUT(shown(details), ClientIdentity::load(p12, {}).error, 10000);

    // A wrong passphrase typed: ClientIdentity's sentence for that.
    auto *pass = find<QLineEdit>(w.get(), "smtpClientCertPassphrase");
    pass->setFocus();
    QTest::keyClicks(pass, QStringLiteral("not-the-passphrase"));
    const QString wrong = ClientIdentity::load(p12, "not-the-passphrase").error;
    QVERIFY(wrong.contains(QLatin1String("does not open")));
    QTRY_COMPARE_WITH_TIMEOUT(shown(details), wrong, 10000);

    // The right one: subject, issuer and expiry.
    pass->clear();
    QTest::keyClicks(pass, QString::fromLatin1(test::ClientCertFiles::passphrase()));
    QTRY_VERIFY_WITH_TIMEOUT(shown(details).contains(QLatin1String("valid until")), 10000);
    const QString expiry = QDateTime::currentDateTimeUtc().addDays(30).date().toString(Qt::ISODate);
    QVERIFY2(shown(details).contains(QLatin1String("alerts-ec")), qPrintable(shown(details)));
    QVERIFY2(shown(details).contains(QLatin1String("issued by Mailwright Test Client CA")),
             qPrintable(shown(details)));
    QVERIFY2(shown(details).contains(expiry), qPrintable(shown(details)));
    // The passphrase is never part of what is shown.
    QVERIFY(!shown(details).contains(QString::fromLatin1(test::ClientCertFiles::passphrase())));
    // Laid out, not only set: a person sees the line (a wrapped label must get a height).
    QTRY_VERIFY_WITH_TIMEOUT(details->isVisible() && details->height() > 0, 5000);
    if (qEnvironmentVariableIsSet("MW_SCREENSHOT_DIR"))
        w->grab().save(qEnvironmentVariable("MW_SCREENSHOT_DIR") +
                       QStringLiteral("/signin-certificate.png"));
}

void TestSignInMethods::noKerberosTicket()
{
    auto w = open();
    w->tabs()->setCurrentIndex(1);
    choose(find<QComboBox>(w.get(), "smtpAuth"), QStringLiteral("gssapi"));
    auto *status = find<QLabel>(w.get(), "smtpKerberosStatus");
    const QString none = QStringLiteral("No Kerberos ticket — run kinit or log in to the domain.");
    QTRY_VERIFY2_WITH_TIMEOUT(status->text().startsWith(none), qPrintable(status->text()), 10000);
    // Refresh reads it again (and says so while it does).
    auto *refresh = find<QPushButton>(w.get(), "smtpKerberosRefresh");
    QTRY_VERIFY_WITH_TIMEOUT(refresh->isEnabled(), 10000);
    QTest::mouseClick(refresh, Qt::LeftButton);
    QCOMPARE(status->text(), QStringLiteral("Looking for a Kerberos ticket…"));
    QTRY_VERIFY2_WITH_TIMEOUT(status->text().startsWith(none), qPrintable(status->text()), 10000);
}

void TestSignInMethods::kerberosTicketFromKdc()
{
    test::KdcFixture kdc;
    QVERIFY2(kdc.start(), qPrintable(kdc.errorString()));
    const QString cc = kdc.ccache(QStringLiteral("user"));
    kdc.useInThisProcess(cc);

    // No kinit yet: the window opens on the no-ticket sentence.
    auto w = open();
    w->tabs()->setCurrentIndex(1);
    choose(find<QComboBox>(w.get(), "smtpAuth"), QStringLiteral("gssapi"));
    auto *status = find<QLabel>(w.get(), "smtpKerberosStatus");
    auto *refresh = find<QPushButton>(w.get(), "smtpKerberosRefresh");
    QTRY_VERIFY2_WITH_TIMEOUT(status->text().startsWith(QLatin1String("No Kerberos ticket")),
                              qPrintable(status->text()), 10000);
    QTRY_VERIFY_WITH_TIMEOUT(refresh->isEnabled(), 10000);

    // kinit while the window is open, then Refresh with the mouse: the row changes.
    QVERIFY2(kdc.kinit(cc), qPrintable(kdc.errorString()));
    // The cache is read through the krb5 API, no klist (or any other program): with no
    // PATH the row still finds the ticket.
    const QByteArray path = qgetenv("PATH");
    qputenv("PATH", "");
    QTest::mouseClick(refresh, Qt::LeftButton);
    QTRY_VERIFY2_WITH_TIMEOUT(!status->text().startsWith(QLatin1String("Looking")),
                              qPrintable(status->text()), 10000);
    qputenv("PATH", path);
    QVERIFY2(status->text().startsWith(QLatin1String("Ticket for")), qPrintable(status->text()));
    const KerberosTicketInfo info = readKerberosTicket();
    QVERIFY2(info.found && !info.expired, qPrintable(info.problem));
    // The realm's lifetime is 10 h.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QVERIFY(info.expires > now.addSecs(9 * 3600) && info.expires <= now.addSecs(10 * 3600 + 60));
    QCOMPARE(status->text(),
             QStringLiteral("Ticket for mwtest@MAILWRIGHT.TEST, valid until %1")
                 .arg(info.expires.toLocalTime().toString(QStringLiteral("yyyy-MM-dd")) +
                      QChar(0x00A0) +
                      info.expires.toLocalTime().toString(QStringLiteral("HH:mm"))));
    QVERIFY(refresh->isEnabled());
    if (qEnvironmentVariableIsSet("MW_SCREENSHOT_DIR"))
        w->grab().save(qEnvironmentVariable("MW_SCREENSHOT_DIR") +
                       QStringLiteral("/signin-kerberos.png"));
}

void TestSignInMethods::checkLoginNamesMechanism()
{
    test::EximFixture exim;
    QVERIFY2(exim.start(), qPrintable(exim.errorString()));
    writeFile(configPath(),
              QStringLiteral("[general]\nsecret_backend=memory\n[smtp]\nhost=%1\nport=%2\n"
                             "security=starttls\nauth=auto\nusername=%3\nca_file=%4\n"
                             "[mailboxes]\nfrom=alerts@example.test\nnotify=admin@example.test\n")
                  .arg(exim.hostName())
                  .arg(exim.starttlsPort())
                  .arg(exim.userName(), exim.caFile())
                  .toUtf8());
    auto w = open();
    w->tabs()->setCurrentIndex(1);
    auto *pw = find<QLineEdit>(w.get(), "smtpPassword");
    pw->setFocus();
    QTest::keyClicks(pw, exim.password());
    QSignalSpy finished(w->testPanel(), &TestPanel::finished);
    QTest::mouseClick(find<QPushButton>(w.get(), "checkLoginButton"), Qt::LeftButton);
    QVERIFY(finished.wait(30000));
    const Result r = finished.first().first().value<Result>();
    QVERIFY2(r.ok, qPrintable(r.message));
    QVERIFY(!r.authMechanismUsed.isEmpty());
    auto *steps = find<QTreeWidget>(w.get(), "testSteps");
    bool found = false;
    for (int i = 0; i < steps->topLevelItemCount(); ++i) {
        if (steps->topLevelItem(i)->text(0) ==
            QStringLiteral("Signed in with %1").arg(r.authMechanismUsed)) {
            found = true;
            QCOMPARE(steps->topLevelItem(i)->text(1), QStringLiteral("✓"));
        }
    }
    QVERIFY2(found, qPrintable(r.authMechanismUsed));
}

QTEST_MAIN(TestSignInMethods)
#include "tst_signin_methods.moc"
