// SPDX-License-Identifier: GPL-3.0-or-later
// The settings window driven like an admin would: keys and clicks on widgets found by
// objectName. Stable objectNames (tests and accessibility tools rely on them):
//
//   window            settingsWindow; tabs; saveButton, discardButton, closeButton,
//                     saveBlockedLabel; messageBar, messageText, useFileBackendButton
//   header            smtpStatus, pop3Status (StatusIndicator), refreshStatusButton
//   Server tab        smtpEnabled, smtpHost, smtpPort, smtpSecurity, smtpHelo, smtpTimeout,
//                     smtpCaFile(+Browse), smtpPin
//   Authentication    smtpAuth, smtpUsername, smtpPassword, secretBackend, secretFile(+Browse)
//   sign-in rows      <smtp|pop3>Realm, ClientCert(+Browse), ClientCertPassphrase,
//                     ClientCertDetails, KerberosStatus, KerberosRefresh (tst_signin_methods)
//   POP3 tab          pop3Enabled, pop3Host, pop3Port, pop3Security, pop3Username,
//                     pop3Password, pop3Auth, pop3CheckInterval, pop3RelayWindow,
//                     pop3Timeout, pop3CaFile(+Browse), pop3Pin
//   Mailboxes tab     mailFrom, mailFromName, mailNotify, mailBounce, debugLog(+Browse)
//   Copies tab        copyAll, copyErrors, copyConsole, permittedRecipients
//   Delivery tab      deliveryMethod, pickupDir(+Browse), queueDir(+Browse), retryInterval
//   per field         <name>Error (QLabel under the field), <name>ErrorMark (action)
//   password fields   <name>Reveal (QAction), <name>RevealButton (QToolButton)
//   Send Test         testPanel, sendTestButton, checkLoginButton, cancelTestButton,
//                     testProgress, testSteps (QTreeWidget: step, ✓/✗, ms), testBanner,
//                     testBannerTitle, testBannerHint, testBannerServer, testBannerWhere,
//                     showTranscriptButton, copyDiagnosticsButton, transcriptView
#include "BlackHole.h"
#include "DovecotFixture.h"
#include "EximFixture.h"
#include "GuiTestSupport.h"
#include "ScriptedServer.h"
#include "SettingsWindow.h"
#include "StatusIndicator.h"
#include "TestPanel.h"
#include "diagnostics/StatusMonitor.h"
#include "settings/SettingsSchema.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QElapsedTimer>
#include <QFile>
#include <QFrame>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>
#include <QTreeWidget>

#include <memory>

using namespace mw;
using mw::test::find;
using mw::test::kStallBoundMs;
using mw::test::readFile;
using mw::test::ScriptedServer;
using mw::test::StallMeter;
using mw::test::writeFile;

class TestSettingsWindow : public QObject
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
    void checkDefaults(int tab, const QList<std::pair<const char *, QString>> &fields);

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
        // The window's own state (geometry) goes to this temporary QSettings location.
        qputenv("XDG_CONFIG_HOME", m_dir->filePath(QStringLiteral("xdg")).toUtf8());
        writeFile(configPath(), "[general]\nsecret_backend=memory\n");
    }
    void cleanup() { m_dir.reset(); }

    void serverDefaults()
    {
        checkDefaults(0, {{"smtpEnabled", QStringLiteral("smtp/enabled")},
                          {"smtpHost", QStringLiteral("smtp/host")},
                          {"smtpPort", QStringLiteral("smtp/port")},
                          {"smtpSecurity", QStringLiteral("smtp/security")},
                          {"smtpHelo", QStringLiteral("smtp/helo")},
                          {"smtpTimeout", QStringLiteral("smtp/timeout")},
                          {"smtpCaFile", QStringLiteral("smtp/ca_file")},
                          {"smtpPin", QStringLiteral("smtp/pin_sha256")}});
    }
    void authDefaults()
    {
        checkDefaults(1, {{"smtpAuth", QStringLiteral("smtp/auth")},
                          {"smtpUsername", QStringLiteral("smtp/username")}});
        auto w = open();
        auto *pw = find<QLineEdit>(w.get(), "smtpPassword");
        QVERIFY(pw);
        QCOMPARE(pw->echoMode(), QLineEdit::Password);
        QVERIFY(pw->text().isEmpty());
        QVERIFY(!pw->placeholderText().isEmpty());
    }
    void pop3Defaults()
    {
        checkDefaults(2, {{"pop3Enabled", QStringLiteral("pop3/enabled")},
                          {"pop3Host", QStringLiteral("pop3/host")},
                          {"pop3Port", QStringLiteral("pop3/port")},
                          {"pop3Security", QStringLiteral("pop3/security")},
                          {"pop3Username", QStringLiteral("pop3/username")},
                          {"pop3Auth", QStringLiteral("pop3/auth")},
                          {"pop3CheckInterval", QStringLiteral("pop3/check_interval")},
                          {"pop3RelayWindow", QStringLiteral("pop3/relay_window")},
                          {"pop3Timeout", QStringLiteral("pop3/timeout")}});
        auto w = open();
        QCOMPARE(find<StatusIndicator>(w.get(), "pop3Status")->statusText(),
                 QStringLiteral("Stop"));
        QVERIFY(!find<QLineEdit>(w.get(), "pop3Host")->isEnabled()); // POP3 off by default
    }
    void mailboxesDefaults()
    {
        checkDefaults(3, {{"mailFrom", QStringLiteral("mailboxes/from")},
                          {"mailFromName", QStringLiteral("mailboxes/from_name")},
                          {"mailNotify", QStringLiteral("mailboxes/notify")},
                          {"mailBounce", QStringLiteral("mailboxes/bounce")},
                          {"debugLog", QStringLiteral("diagnostics/debug_log")}});
    }
    void copiesDefaults()
    {
        checkDefaults(4, {{"copyAll", QStringLiteral("copies/all")},
                          {"copyErrors", QStringLiteral("copies/errors")},
                          {"copyConsole", QStringLiteral("copies/console")},
                          {"permittedRecipients", QStringLiteral("recipients/permitted")}});
    }
    void deliveryDefaults()
    {
        checkDefaults(5, {{"deliveryMethod", QStringLiteral("delivery/method")},
                          {"pickupDir", QStringLiteral("delivery/pickup_dir")},
                          {"queueDir", QStringLiteral("delivery/queue_dir")},
                          {"retryInterval", QStringLiteral("delivery/retry_interval")}});
    }

    void everyInputHasAnAccessibleName()
    {
        auto w = open();
        for (QWidget *input : w->findChildren<QWidget *>()) {
            if (!input->property("settingsKey").isValid() &&
                !input->property("secretAccount").isValid())
                continue;
            QVERIFY2(!input->accessibleName().isEmpty(), qPrintable(input->objectName()));
        }
    }

    void fillValidateSaveReopen()
    {
        auto w = open();
        auto *save = find<QPushButton>(w.get(), "saveButton");
        QVERIFY(!save->isEnabled()); // a new configuration has no SMTP server yet
        QVERIFY(find<QLabel>(w.get(), "saveBlockedLabel")->isVisible());

        auto *host = find<QLineEdit>(w.get(), "smtpHost");
        host->setFocus();
        QTest::keyClicks(host, QStringLiteral("mail.example.test,465"));
        QCOMPARE(find<QSpinBox>(w.get(), "smtpPort")->value(), 465); // "host,port" sets the port
        QVERIFY(w->isWindowModified());

        // Automatic authentication needs a login name.
        w->tabs()->setCurrentIndex(1);
        QTest::keyClicks(find<QLineEdit>(w.get(), "smtpUsername"), QStringLiteral("alerts"));

        w->tabs()->setCurrentIndex(3);
        auto *from = find<QLineEdit>(w.get(), "mailFrom");
        QTest::keyClicks(from, QStringLiteral("alerts@"));
        auto *fromError = find<QLabel>(w.get(), "mailFromError");
        QVERIFY(fromError->isVisible());
        QVERIFY(!fromError->text().isEmpty());
        QVERIFY(!save->isEnabled());
        QTest::keyClicks(from, QStringLiteral("example.test"));
        QVERIFY(!fromError->isVisible());
        QVERIFY2(save->isEnabled(), qPrintable(find<QLabel>(w.get(), "saveBlockedLabel")->text()));

        QSignalSpy saved(w.get(), &SettingsWindow::saveFinished);
        QApplication::setActiveWindow(w.get()); // shortcuts go to the active window
        QTest::keyClick(from, Qt::Key_S, Qt::ControlModifier);
        QVERIFY(saved.wait(5000));
        QCOMPARE(saved.first().at(0).toBool(), true);
        QVERIFY(!w->isWindowModified());
        QFile f(configPath());
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray ini = f.readAll();
        QVERIFY(ini.contains("host=mail.example.test"));
        QVERIFY(ini.contains("port=465"));
        QVERIFY(ini.contains("from=alerts@example.test"));
        w.reset();

        auto again = open();
        QCOMPARE(find<QLineEdit>(again.get(), "smtpHost")->text(),
                 QStringLiteral("mail.example.test"));
        QCOMPARE(find<QSpinBox>(again.get(), "smtpPort")->value(), 465);
        QCOMPARE(find<QLineEdit>(again.get(), "mailFrom")->text(),
                 QStringLiteral("alerts@example.test"));
        QVERIFY(!again->isWindowModified());
    }

    void discardRestoresSavedValues()
    {
        writeFile(configPath(),
                  "[general]\nsecret_backend=memory\n[smtp]\nhost=saved.example.test\n"
                  "[mailboxes]\nfrom=a@example.test\n");
        auto w = open();
        auto *host = find<QLineEdit>(w.get(), "smtpHost");
        host->selectAll();
        QTest::keyClicks(host, QStringLiteral("other.example.test"));
        QVERIFY(w->isWindowModified());
        QVERIFY(w->windowTitle().contains(QLatin1String("[*]")));
        QTest::mouseClick(find<QPushButton>(w.get(), "discardButton"), Qt::LeftButton);
        QCOMPARE(host->text(), QStringLiteral("saved.example.test"));
        QVERIFY(!w->isWindowModified());
    }

    void securityProposesPort_data()
    {
        QTest::addColumn<int>("startPort");
        QTest::addColumn<QString>("security");
        QTest::addColumn<int>("port");
        QTest::newRow("tls-on-submission-port-becomes-465") << 587 << QStringLiteral("tls") << 465;
        QTest::newRow("starttls-after-465-becomes-587") << 465 << QStringLiteral("starttls") << 587;
        QTest::newRow("starttls-keeps-25") << 25 << QStringLiteral("starttls") << 25;
        QTest::newRow("custom-port-is-kept") << 2525 << QStringLiteral("tls") << 2525;
    }
    void securityProposesPort()
    {
        QFETCH(int, startPort);
        QFETCH(QString, security);
        QFETCH(int, port);
        writeFile(configPath(),
                  "[general]\nsecret_backend=memory\n[smtp]\nhost=h.example.test\nport=" +
                      QByteArray::number(startPort) + "\n");
        auto w = open();
        auto *combo = find<QComboBox>(w.get(), "smtpSecurity");
        combo->setFocus();
        const int target = combo->findData(security);
        QVERIFY(target >= 0);
        // Keyboard: move through the items until the wanted one is current.
        while (combo->currentIndex() != target)
            QTest::keyClick(combo, combo->currentIndex() < target ? Qt::Key_Down : Qt::Key_Up);
        QCOMPARE(find<QSpinBox>(w.get(), "smtpPort")->value(), port);
    }

    void revealPassword()
    {
        auto w = open();
        QApplication::setActiveWindow(w.get());
        w->tabs()->setCurrentIndex(1);
        find<QComboBox>(w.get(), "smtpAuth")
            ->setCurrentIndex(
                find<QComboBox>(w.get(), "smtpAuth")->findData(QStringLiteral("plain")));
        auto *pw = find<QLineEdit>(w.get(), "smtpPassword");
        QVERIFY(pw->isEnabled());
        QTest::keyClicks(pw, QStringLiteral("s3cret-UI"));
        QCOMPARE(pw->echoMode(), QLineEdit::Password);
        QVERIFY(w->isWindowModified()); // a typed password is an unsaved change
        auto *eye = find<QToolButton>(w.get(), "smtpPasswordRevealButton");
        QVERIFY(eye);
        QVERIFY(eye->focusPolicy() & Qt::TabFocus);
        QVERIFY(!eye->accessibleName().isEmpty());
        QTest::mouseClick(eye, Qt::LeftButton);
        QCOMPARE(pw->echoMode(), QLineEdit::Normal);
        QTest::keyClick(pw, Qt::Key_R, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(pw->echoMode(), QLineEdit::Password);
        QTest::mouseClick(eye, Qt::LeftButton);
        QCOMPARE(pw->echoMode(), QLineEdit::Normal);
        // Another window takes the focus: the password is hidden again.
        QWidget other;
        other.show();
        QApplication::setActiveWindow(&other);
        QTRY_COMPARE_WITH_TIMEOUT(pw->echoMode(), QLineEdit::Password, 2000);
    }

    void storedPasswordLoadsOnlyOnReveal()
    {
        const QString secrets = m_dir->filePath(QStringLiteral("secrets"));
        writeFile(secrets, "smtp=Stored-Pw-42\n");
        QFile::setPermissions(secrets, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        writeFile(configPath(), "[general]\nsecret_backend=file\nsecret_file=" + secrets.toUtf8() +
                                    "\n[smtp]\nhost=h.example.test\nauth=plain\nusername=u\n");
        auto w = open();
        auto *pw = find<QLineEdit>(w.get(), "smtpPassword");
        QTest::qWait(100);
        QVERIFY(pw->text().isEmpty()); // not loaded just because the window opened
        QVERIFY(pw->placeholderText().contains(QLatin1String("password file")));
        QTest::mouseClick(find<QToolButton>(w.get(), "smtpPasswordRevealButton"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(pw->text(), QStringLiteral("Stored-Pw-42"), 3000);
        QCOMPARE(pw->echoMode(), QLineEdit::Normal);
        QVERIFY(!w->isWindowModified());
    }

    void sendTestAgainstExim_data()
    {
        QTest::addColumn<bool>("rightPassword");
        QTest::newRow("right-password-delivers") << true;
        QTest::newRow("wrong-password-fails-at-auth") << false;
    }
    void sendTestAgainstExim()
    {
        QFETCH(bool, rightPassword);
        test::EximFixture exim;
        QVERIFY2(exim.start(), qPrintable(exim.errorString()));
        writeFile(
            configPath(),
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
        const QString password = rightPassword ? exim.password() : QStringLiteral("wrong-Pw-1");
        QTest::keyClicks(pw, password);

        StallMeter meter;
        QSignalSpy finished(w->testPanel(), &TestPanel::finished);
        QTest::mouseClick(find<QPushButton>(w.get(), "sendTestButton"), Qt::LeftButton);
        QVERIFY(finished.wait(30000));
        qInfo("Send Test (%s): longest event-loop stall %lld ms",
              rightPassword ? "delivered" : "auth failed", meter.maxGapMs());
        // The figure is printed above; the bound is loose on purpose: CTest runs two tests
        // at once on a two-core machine, so scheduling alone can cost a few hundred ms,
        // while a real blocking call (a waitFor*, a synchronous lookup or connect to a
        // silent host) costs whole seconds.
        QVERIFY2(meter.maxGapMs() < kStallBoundMs, qPrintable(QString::number(meter.maxGapMs())));

        auto *steps = find<QTreeWidget>(w.get(), "testSteps");
        auto mark = [steps](const QString &name) {
            for (int i = 0; i < steps->topLevelItemCount(); ++i) {
                if (steps->topLevelItem(i)->text(0) == name)
                    return steps->topLevelItem(i)->text(1);
            }
            return QStringLiteral("missing");
        };
        auto *title = find<QLabel>(w.get(), "testBannerTitle");
        QVERIFY(find<QFrame>(w.get(), "testBanner")->isVisible());
        if (rightPassword) {
            for (Phase p : {Phase::Resolve, Phase::Connect, Phase::Greeting, Phase::Ehlo,
                            Phase::Tls, Phase::Mail, Phase::Rcpt, Phase::Data})
                QCOMPARE(mark(TestPanel::stepName(p)), QStringLiteral("✓"));
            // The sign-in row names the mechanism the server accepted.
            QCOMPARE(mark(TestPanel::signedInText(w->testPanel()->result().authMechanismUsed)),
                     QStringLiteral("✓"));
            QVERIFY(steps->topLevelItem(0)->text(2).endsWith(QLatin1String(" ms")));
            QVERIFY(find<QLabel>(w.get(), "testBannerWhere")
                        ->text()
                        .contains(QLatin1String("admin@example.test")));
            QVERIFY(exim.waitForMessages(1));
            const QList<QByteArray> delivered = exim.deliveredMessages();
            QCOMPARE(delivered.size(), 1);
            QVERIFY(delivered.first().contains("admin@example.test"));
        } else {
            QCOMPARE(mark(TestPanel::stepName(Phase::Tls)), QStringLiteral("✓"));
            QCOMPARE(mark(TestPanel::stepName(Phase::Auth)), QStringLiteral("✗"));
            QCOMPARE(mark(TestPanel::stepName(Phase::Mail)), QStringLiteral("—"));
            QVERIFY2(title->text().contains(QLatin1String("rejected the login")),
                     qPrintable(title->text()));
            QVERIFY(!find<QLabel>(w.get(), "testBannerServer")->text().isEmpty()); // 535 words
            QVERIFY(exim.messageFiles().isEmpty());
        }
        // Transcript and diagnostics never hold the password.
        QTest::mouseClick(find<QPushButton>(w.get(), "showTranscriptButton"), Qt::LeftButton);
        const QString transcript = find<QPlainTextEdit>(w.get(), "transcriptView")->toPlainText();
        QVERIFY(transcript.contains(QLatin1String("EHLO")));
        QVERIFY(!transcript.contains(password));
        QTest::mouseClick(find<QPushButton>(w.get(), "copyDiagnosticsButton"), Qt::LeftButton);
        const QString diag = QGuiApplication::clipboard()->text();
        QVERIFY(diag.contains(QLatin1String("Mailwright")));
        QVERIFY(diag.contains(QLatin1String("[smtp]")));
        QVERIFY(!diag.contains(password));
        QVERIFY(!diag.toUtf8().contains(password.toUtf8().toBase64()));
    }

    // A test that signs in with OAuth2 needs a valid [oauth] section (Preflight): the field
    // is named and focused. The window's own section list used to leave [oauth] out, so
    // an emptied client ID only said that the OAuth2 settings had changed.
    void checkLoginNamesTheOAuthField()
    {
        writeFile(configPath(), "[general]\nsecret_backend=memory\n[smtp]\nhost=h.example.test\n"
                                "auth=xoauth2\nusername=u@example.test\n[oauth]\nprovider=oidc\n"
                                "issuer=https://127.0.0.1:1/\nclient_id=mailwright\n[mailboxes]\n"
                                "from=alerts@example.test\nnotify=admin@example.test\n");
        auto w = open();
        auto *clientId = find<QLineEdit>(w.get(), "oauthClientId");
        clientId->selectAll();
        QTest::keyClick(clientId, Qt::Key_Backspace);
        QVERIFY(clientId->text().isEmpty());
        QTest::mouseClick(find<QPushButton>(w.get(), "checkLoginButton"), Qt::LeftButton);
        auto *title = find<QLabel>(w.get(), "testBannerTitle");
        QTRY_VERIFY_WITH_TIMEOUT(!title->text().isEmpty(), 3000);
        QVERIFY2(title->text().contains(
                     QStringLiteral("Fix “%1” first").arg(clientId->accessibleName())),
                 qPrintable(title->text()));
        QVERIFY(!w->testPanel()->isRunning());
    }

    void checkLoginOnlySendsNothing()
    {
        test::EximFixture exim;
        QVERIFY2(exim.start(), qPrintable(exim.errorString()));
        writeFile(
            configPath(),
            QStringLiteral("[general]\nsecret_backend=memory\n[smtp]\nhost=%1\nport=%2\n"
                           "security=starttls\nauth=auto\nusername=%3\nca_file=%4\n"
                           "[mailboxes]\nfrom=alerts@example.test\nnotify=admin@example.test\n")
                .arg(exim.hostName())
                .arg(exim.starttlsPort())
                .arg(exim.userName(), exim.caFile())
                .toUtf8());
        auto w = open();
        QTest::keyClicks(find<QLineEdit>(w.get(), "smtpPassword"), exim.password());
        QSignalSpy finished(w->testPanel(), &TestPanel::finished);
        QTest::mouseClick(find<QPushButton>(w.get(), "checkLoginButton"), Qt::LeftButton);
        QVERIFY(finished.wait(30000));
        QVERIFY(finished.first().at(0).value<Result>().ok);
        QVERIFY(find<QLabel>(w.get(), "testBannerTitle")->text().contains(QLatin1String("login")));
        QTest::qWait(300);
        QVERIFY(exim.messageFiles().isEmpty());
    }

    void statusRefreshOfBlackHoleDoesNotStall()
    {
        // A loopback port that never completes a handshake: like a host that drops packets,
        // without sending anything off this machine.
        mw::test::BlackHole hole;
        QVERIFY(hole.port() != 0);
        writeFile(
            configPath(),
            "[general]\nsecret_backend=memory\n[smtp]\nhost=127.0.0.1\nport=" +
                QByteArray::number(hole.port()) +
                "\nsecurity=starttls\nauth=none\ntimeout=2\n[mailboxes]\nfrom=a@example.test\n");
        auto w = open();
        auto *indicator = find<StatusIndicator>(w.get(), "smtpStatus");
        QSignalSpy finished(w->monitor(), &StatusMonitor::checkFinished);
        StallMeter meter;
        QTest::mouseClick(find<QPushButton>(w.get(), "refreshStatusButton"), Qt::LeftButton);
        QVERIFY(finished.wait(15000) || !finished.isEmpty());
        qInfo("status refresh of a black hole: longest event-loop stall %lld ms", meter.maxGapMs());
        QVERIFY2(meter.maxGapMs() < kStallBoundMs, qPrintable(QString::number(meter.maxGapMs())));
        QCOMPARE(indicator->statusText(), QStringLiteral("Unable to connect"));
        QVERIFY(indicator->toolTip().contains(QLatin1String("Reason:")));
        QVERIFY(indicator->toolTip().contains(QLatin1String("Last check:")));
    }

    void autoWithoutStartTlsIsAWarning()
    {
        // The combo box says what "auto" does: STARTTLS when offered, no login without it.
        {
            auto first = open();
            for (const char *name : {"smtpSecurity", "pop3Security"}) {
                auto *combo = find<QComboBox>(first.get(), name);
                const int autoIndex = combo->findData(QStringLiteral("auto"));
                QVERIFY(autoIndex >= 0);
                QVERIFY2(combo->itemText(autoIndex).contains(QLatin1String("no login without it")),
                         qPrintable(combo->itemText(autoIndex)));
                QVERIFY(!combo->itemText(autoIndex).contains(QLatin1String("never clear")));
            }
        }

        // A server without STARTTLS and no login configured: it works, in clear, and the
        // window says so (amber dot, "unencrypted", the banner), not plain green.
        ScriptedServer server({ScriptedServer::send("220 hi\r\n"),
                               ScriptedServer::expect("EHLO", "250-hi\r\n250 AUTH PLAIN\r\n"),
                               ScriptedServer::expect("QUIT", "221 bye\r\n"),
                               ScriptedServer::close()});
        QVERIFY(server.listen());
        writeFile(configPath(), QStringLiteral("[general]\nsecret_backend=memory\n[smtp]\n"
                                               "host=127.0.0.1\nport=%1\nsecurity=auto\n"
                                               "auth=none\ntimeout=5\n")
                                    .arg(server.port())
                                    .toUtf8());
        auto w = open();
        auto *indicator = find<StatusIndicator>(w.get(), "smtpStatus");
        QSignalSpy finished(w->monitor(), &StatusMonitor::checkFinished);
        QTest::mouseClick(find<QPushButton>(w.get(), "refreshStatusButton"), Qt::LeftButton);
        QVERIFY(finished.wait(10000));
        QCOMPARE(indicator->statusText(), QStringLiteral("Operating"));
        QVERIFY(indicator->isUnencryptedWarning());
        QVERIFY(indicator->dotColor() != StatusIndicator::colorFor(ServerStatus::Operating));
        QVERIFY(find<QLabel>(indicator, "text")->text().contains(QLatin1String("unencrypted")));
        QVERIFY(indicator->toolTip().contains(QLatin1String("not encrypted")));
        QTRY_VERIFY_WITH_TIMEOUT(find<QFrame>(w.get(), "messageBar")->isVisible(), 2000);
        QVERIFY2(find<QLabel>(w.get(), "messageText")->text().contains(QLatin1String("STARTTLS")),
                 qPrintable(find<QLabel>(w.get(), "messageText")->text()));
    }

    void bounceWatchShowsReportsOnPop3Tab()
    {
        // The admin ticks "this account receives the bounced-alerts mailbox", types the
        // POP3 password, saves and refreshes: the POP3 tab lists the DSN the real Dovecot
        // holds (the fixture's mailbox has one among three messages); nothing is deleted.
        test::DovecotFixture dovecot;
        QVERIFY2(dovecot.start(), qPrintable(dovecot.errorString()));
        writeFile(configPath(),
                  QStringLiteral("[general]\nsecret_backend=memory\n[smtp]\nenabled=false\n"
                                 "[pop3]\nenabled=true\nhost=%1\nport=%2\nsecurity=tls\n"
                                 "username=%3\nca_file=%4\n")
                      .arg(dovecot.hostName())
                      .arg(dovecot.tlsPort())
                      .arg(dovecot.userName(), dovecot.caFile())
                      .toUtf8());
        auto w = open();
        w->tabs()->setCurrentIndex(2);
        auto *watch = find<QCheckBox>(w.get(), "pop3WatchBounces");
        auto *del = find<QCheckBox>(w.get(), "pop3DeleteBounces");
        QVERIFY(watch->isEnabled());
        QVERIFY(!watch->isChecked());
        QVERIFY(!del->isEnabled()); // only with the watch
        QTest::mouseClick(watch, Qt::LeftButton, {}, QPoint(8, watch->height() / 2));
        QVERIFY(watch->isChecked());
        QVERIFY(del->isEnabled());
        QVERIFY(!del->isChecked());
        QTest::keyClicks(find<QLineEdit>(w.get(), "pop3Password"), dovecot.password());
        QSignalSpy read(w->monitor(), &StatusMonitor::bouncesRead);
        QVERIFY2(find<QPushButton>(w.get(), "saveButton")->isEnabled(),
                 qPrintable(find<QLabel>(w.get(), "saveBlockedLabel")->text()));
        QTest::mouseClick(find<QPushButton>(w.get(), "saveButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!w->isWindowModified(), 5000);
        QVERIFY(readFile(configPath()).contains("watch_bounces=true"));
        QTest::mouseClick(find<QPushButton>(w.get(), "refreshStatusButton"), Qt::LeftButton);
        QVERIFY(read.wait(30000) || !read.isEmpty());
        auto *summary = find<QLabel>(w.get(), "pop3BounceSummary");
        QVERIFY2(summary->text().contains(QLatin1String("1 delivery report")),
                 qPrintable(summary->text()));
        QVERIFY(summary->text().contains(QLatin1String("ops@unknown.example.test")));
        QVERIFY(summary->text().contains(QLatin1String("5.1.1")));
        QVERIFY(summary->text().contains(QLatin1String("1 new")));
        // The reports are read inside the session; its end (and the indicator) comes after,
        // later still on a loaded machine.
        QTRY_COMPARE_WITH_TIMEOUT(find<StatusIndicator>(w.get(), "pop3Status")->statusText(),
                                  QStringLiteral("Operating"), 10000);
        QCOMPARE(dovecot.messageFiles().size(), 3);
        QVERIFY(!readFile(configPath()).contains(dovecot.password().toUtf8()));
    }
};

void TestSettingsWindow::checkDefaults(int tab,
                                       const QList<std::pair<const char *, QString>> &fields)
{
    auto w = open();
    w->tabs()->setCurrentIndex(tab);
    for (const auto &[name, key] : fields) {
        QWidget *widget = find<QWidget>(w.get(), name);
        QVERIFY2(widget, name);
        QCOMPARE(widget->property("settingsKey").toString(), key);
        const QString expected = SettingsSchema::defaultValue(key);
        QString shown;
        if (auto *le = qobject_cast<QLineEdit *>(widget))
            shown = le->text();
        else if (auto *sb = qobject_cast<QSpinBox *>(widget))
            shown = QString::number(sb->value());
        else if (auto *cb = qobject_cast<QComboBox *>(widget))
            shown = cb->currentData().toString();
        else if (auto *ch = qobject_cast<QCheckBox *>(widget))
            shown = ch->isChecked() ? QStringLiteral("true") : QStringLiteral("false");
        QCOMPARE(shown, expected);
        // Each field has its buddy label with an accelerator, and a name for screen readers.
        QVERIFY2(!widget->accessibleName().isEmpty(), name);
        if (!qobject_cast<QCheckBox *>(widget)) {
            auto *label = find<QLabel>(w.get(), QByteArray(QByteArray(name) + "Label").constData());
            QVERIFY2(label && label->buddy() == widget, name);
            QVERIFY2(label->text().contains(QLatin1Char('&')), name);
        }
    }
}

QTEST_MAIN(TestSettingsWindow)
#include "tst_settingswindow.moc"
