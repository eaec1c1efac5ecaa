// SPDX-License-Identifier: GPL-3.0-or-later
// First run from an e-mail address, driven with keys and clicks: with no configuration the
// window offers the setup assistant; an address of the test DNS domain (example.test: SRV
// records and an https autoconfig document on loopback, both naming the Exim fixture) is
// looked up, every candidate probed and listed with its source, the safest working one
// proposed, Send Test reaches Exim and Save writes the INI file (never the password) and the
// secret store. Also: a fresh form shows no field error before the field is touched or Save
// pressed, and Cancel during the detection leaves the settings untouched.
//
// objectNames (SetupAssistant.h): firstRunBanner, firstRunSetupButton, firstRunManualButton;
// setupAssistant, setupAddress, setupPassword, setupFindButton, setupCandidates,
// setupProposal, setupLogin, setupUseButton, setupCancelButton, setupTestStatus,
// setupSendTestButton, setupSaveButton.
#include "EximFixture.h"
#include "GuiTestSupport.h"
#include "SettingsWindow.h"
#include "SetupAssistant.h"
#include "TestDns.h"
#include "diagnostics/StatusMonitor.h"

#include <QAction>
#include <QApplication>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

#include <memory>

using namespace mw;
using mw::test::AutoconfigServer;
using mw::test::EximFixture;
using mw::test::find;
using mw::test::readFile;
using mw::test::TestDns;
using mw::test::writeFile;

class TestSetupAssistant : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<EximFixture> m_smtp;
    TestDns m_dns;
    AutoconfigServer m_https;
    std::unique_ptr<QTemporaryDir> m_dir;

    QString configPath() const { return m_dir->filePath(QStringLiteral("mailwright.ini")); }
    std::unique_ptr<SettingsWindow> open()
    {
        auto w = std::make_unique<SettingsWindow>(configPath());
        w->monitor()->setPeriodic(false);
        w->show();
        QApplication::setActiveWindow(w.get());
        return w;
    }
    // The lookups of the test: the loopback DNS, the https autoconfig server (certificate of
    // the fixture's CA), the fixture's ports for hosts of unknown port.
    AutoDetector::Options options() const
    {
        AutoDetector::Options o;
        o.nameserver = m_dns.address();
        o.autoconfigUrls = {QStringLiteral("https://localhost:%1/%2/mail/config-v1.1.xml")
                                .arg(m_https.port())
                                .arg(QStringLiteral("%1"))};
        o.smtpAttempts = {{SecurityMode::ImplicitTls, m_smtp->tlsPort()},
                          {SecurityMode::StartTls, m_smtp->plainPort()}};
        o.trust.caFile = m_smtp->caFile();
        o.useGuesses = false; // smtp.example.test would be one more probe of the same server
        o.loopbackOnly = true;
        o.probeTimeoutSeconds = 3;
        o.lookupTimeoutMs = 4000;
        return o;
    }
    // Opens the assistant from the banner and types the address and password.
    SetupAssistant *startAssistant(SettingsWindow *w, const QString &address)
    {
        auto *banner = find<QWidget>(w, "firstRunBanner");
        if (!banner || !banner->isVisible())
            return nullptr;
        QTest::mouseClick(find<QPushButton>(w, "firstRunSetupButton"), Qt::LeftButton);
        auto *a = w->findChild<SetupAssistant *>();
        if (!a || !a->isVisible())
            return nullptr;
        a->setDetectorOptions(options());
        QTest::keyClicks(find<QLineEdit>(a, "setupAddress"), address);
        QTest::keyClicks(find<QLineEdit>(a, "setupPassword"), m_smtp->password());
        return a;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QLocale::setDefault(QLocale::c());
        m_smtp = std::make_unique<EximFixture>();
        QVERIFY2(m_smtp->start(), qPrintable(m_smtp->errorString()));
        QString error;
        QVERIFY2(m_dns.start(m_smtp->tlsPort(), m_smtp->plainPort(), m_smtp->tlsPort(), &error),
                 qPrintable(error));
        QString key = m_smtp->certFile();
        key.replace(QLatin1String(".pem"), QLatin1String(".key"));
        QVERIFY(m_https.start(m_smtp->certFile(), key));
        // The domain's autoconfig document over https: it speaks for example.test, so the
        // host it names (localhost, outside the domain) may be recommended.
        m_https.serve("/example.test/mail/config-v1.1.xml",
                      "<clientConfig version='1.1'><emailProvider id='example.test'>"
                      "<outgoingServer type='smtp'><hostname>localhost</hostname><port>" +
                          QByteArray::number(m_smtp->tlsPort()) +
                          "</port><socketType>SSL</socketType><username>" +
                          m_smtp->userName().toUtf8() +
                          "</username><authentication>password-cleartext</authentication>"
                          "</outgoingServer></emailProvider></clientConfig>");
    }
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        qputenv("XDG_CONFIG_HOME", m_dir->filePath(QStringLiteral("xdg")).toUtf8());
    }
    void cleanup() { m_dir.reset(); }

    void firstRunEndsWithSavedWorkingSettings()
    {
        QVERIFY(!QFile::exists(configPath()));
        auto w = open();
        const int before = int(m_smtp->deliveredMessages().size());
        SetupAssistant *a = startAssistant(w.get(), QStringLiteral("admin@example.test"));
        QVERIFY(a);
        // Enter in the password field starts the search.
        QTest::keyClick(find<QLineEdit>(a, "setupPassword"), Qt::Key_Return);
        auto *use = find<QPushButton>(a, "setupUseButton");
        QTRY_VERIFY_WITH_TIMEOUT(use->isEnabled(), 20000);
        QVERIFY(!a->isRunning());

        // Every candidate was probed and is listed with where it came from: the https
        // autoconfig document (recommended) and the SRV records (the same server, also named
        // by DNS; the STARTTLS one only by DNS: a host outside example.test, marked ⚠).
        auto *list = find<QTreeWidget>(a, "setupCandidates");
        QVERIFY(list->topLevelItemCount() >= 2);
        bool srvForeign = false;
        for (int i = 0; i < list->topLevelItemCount(); ++i) {
            const QTreeWidgetItem *item = list->topLevelItem(i);
            if (item->text(3) == QLatin1String("DNS SRV record"))
                srvForeign = srvForeign || item->text(4).startsWith(QStringLiteral("⚠"));
        }
        QVERIFY(srvForeign);
        QTreeWidgetItem *current = list->currentItem();
        QVERIFY(current);
        QCOMPARE(current->text(0), QStringLiteral("localhost"));
        QCOMPARE(current->text(1).toInt(), int(m_smtp->tlsPort()));
        QCOMPARE(current->text(3), QStringLiteral("autoconfig document"));
        const QString why = find<QLabel>(a, "setupProposal")->text();
        QVERIFY2(why.contains(QLatin1String("autoconfig document")), qPrintable(why));
        QVERIFY2(why.contains(QLatin1String("implicit TLS"), Qt::CaseInsensitive), qPrintable(why));
        QCOMPARE(find<QLineEdit>(a, "setupLogin")->text(), m_smtp->userName());

        // Nothing reached the form before "Use these settings".
        QVERIFY(!w->model()->isDirty());
        QTest::mouseClick(use, Qt::LeftButton);
        QCOMPARE(find<QLineEdit>(w.get(), "smtpHost")->text(), QStringLiteral("localhost"));
        QCOMPARE(find<QSpinBox>(w.get(), "smtpPort")->value(), int(m_smtp->tlsPort()));
        QCOMPARE(w->model()->value(QStringLiteral("mailboxes/from")),
                 QStringLiteral("admin@example.test"));
        QVERIFY(w->isWindowModified());

        // Send Test: the window's own test, on the form with the typed password.
        QTest::mouseClick(find<QPushButton>(a, "setupSendTestButton"), Qt::LeftButton);
        auto *status = find<QLabel>(a, "setupTestStatus");
        QTRY_VERIFY_WITH_TIMEOUT(status->text().startsWith(QStringLiteral("✓")), 20000);
        QVERIFY(m_smtp->waitForMessages(before + 1));

        // Save: the INI file without the password, the password in the secret store.
        QSignalSpy saved(w.get(), &SettingsWindow::saveFinished);
        QTest::mouseClick(find<QPushButton>(a, "setupSaveButton"), Qt::LeftButton);
        QVERIFY(saved.wait(10000));
        QCOMPARE(saved.first().at(0).toBool(), true);
        QTRY_VERIFY(!a->isVisible()); // the assistant closes once saved
        QVERIFY(!w->isWindowModified());
        const QByteArray ini = readFile(configPath());
        QVERIFY2(ini.contains("host=localhost"), ini.constData());
        QVERIFY(ini.contains(QByteArray("port=" + QByteArray::number(m_smtp->tlsPort()))));
        QVERIFY(ini.contains("from=admin@example.test"));
        QVERIFY(!ini.contains(m_smtp->password().toUtf8()));
        QString stored;
        bool answered = false;
        QObject context;
        w->secretStore()->read(QStringLiteral("smtp"), &context, [&](const SecretResult &r) {
            stored = r.secret;
            answered = true;
        });
        QTRY_VERIFY(answered);
        QCOMPARE(stored, m_smtp->password());
        QVERIFY(!find<QWidget>(w.get(), "firstRunBanner")->isVisible());
        // The status check after Save reads the keychain: the window goes only once it is
        // done (a libsecret answer for a job of a deleted store crashes QtKeychain).
        QTRY_VERIFY_WITH_TIMEOUT(!w->monitor()->isChecking(QStringLiteral("smtp")), 15000);
        QTest::qWait(200);
    }

    void noFieldErrorBeforeTouchOrSave()
    {
        // A file with no server yet (the memory backend: nothing left in the keychain).
        writeFile(configPath(), "[general]\nsecret_backend=memory\n");
        auto w = open();
        // The empty form is invalid (no server, no From address) ...
        QVERIFY(!w->model()->fieldError(QStringLiteral("smtp/host")).isEmpty());
        QVERIFY(!w->model()->fieldError(QStringLiteral("mailboxes/from")).isEmpty());
        // ... but says so on no field yet.
        for (QLabel *l : w->findChildren<QLabel *>()) {
            if (l->objectName().endsWith(QLatin1String("Error"))) // on every tab
                QVERIFY2(l->isHidden(), qPrintable(l->objectName()));
        }
        for (QAction *mark : w->findChildren<QAction *>()) {
            QVERIFY2(!mark->objectName().endsWith(QLatin1String("ErrorMark")),
                     qPrintable(mark->objectName()));
        }
        auto *host = find<QLineEdit>(w.get(), "smtpHost");
        QVERIFY(host->accessibleDescription().isEmpty());

        // Touched: typed into and emptied again, the field shows its error; others do not.
        w->tabs()->setCurrentIndex(0);
        host->setFocus();
        QTest::keyClicks(host, QStringLiteral("x"));
        QTest::keyClick(host, Qt::Key_Backspace);
        QVERIFY(find<QLabel>(w.get(), "smtpHostError")->isVisible());
        QVERIFY(!host->accessibleDescription().isEmpty());
        auto *fromError = find<QLabel>(w.get(), "mailFromError");
        QVERIFY(fromError->isHidden());

        // Save asked for (Ctrl+S while Save cannot run): every field shows its error.
        QTest::keyClick(host, Qt::Key_S, Qt::ControlModifier);
        QTRY_VERIFY(!fromError->isHidden());
        QVERIFY(!fromError->text().isEmpty());
        QCOMPARE(w->focusWidget(), find<QLineEdit>(w.get(), "smtpHost")); // the first problem
    }

    void cancelDuringDetectionLeavesSettingsUntouched()
    {
        const QByteArray ini = "[general]\nsecret_backend=memory\n[mailboxes]\n"
                               "from=someone@example.test\n";
        writeFile(configPath(), ini);
        auto w = open();
        SetupAssistant *a = startAssistant(w.get(), QStringLiteral("admin@example.test"));
        QVERIFY(a);
        QTest::mouseClick(find<QPushButton>(a, "setupFindButton"), Qt::LeftButton);
        QVERIFY(a->isRunning());
        auto *cancel = find<QPushButton>(a, "setupCancelButton");
        QVERIFY(cancel->isVisible());
        QTest::mouseClick(cancel, Qt::LeftButton);
        QVERIFY(!a->isRunning());
        QCOMPARE(find<QStackedWidget>(a, "setupPages")->currentWidget()->objectName(),
                 QStringLiteral("setupAddressPage"));
        // Long enough for the lookups and probes that were running to have answered.
        QTest::qWait(1500);
        QCOMPARE(find<QTreeWidget>(a, "setupCandidates")->topLevelItemCount(), 0);
        QVERIFY(!find<QPushButton>(a, "setupUseButton")->isEnabled());
        QVERIFY(!w->model()->isDirty());
        QVERIFY(!w->isWindowModified());
        QVERIFY(find<QLineEdit>(w.get(), "smtpHost")->text().isEmpty());
        QCOMPARE(w->model()->value(QStringLiteral("mailboxes/from")),
                 QStringLiteral("someone@example.test"));
        QCOMPARE(readFile(configPath()), ini);
    }
};

QTEST_MAIN(TestSetupAssistant)
#include "tst_setup_assistant.moc"
