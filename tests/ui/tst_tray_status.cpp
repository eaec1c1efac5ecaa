// SPDX-License-Identifier: GPL-3.0-or-later
// The status in the tray (ui/TrayStatus, ui/SettingsWindowTray.cpp) and start at login
// (ui/Autostart):
//
//   window            thisComputerGroup, trayEnabled, startAtLogin, trayNote
//   tray menu         trayOpen, traySendTest, trayRefresh, trayQuit
//
// Under the offscreen platform there is no tray: the tests decide whether there is one
// (TrayStatus::setAvailableForTesting), so that both cases are checked on every desktop.
// The servers are a loopback port nothing listens on ("Unable to connect" at once).
#include "Autostart.h"
#include "GuiTestSupport.h"
#include "SettingsWindow.h"
#include "TestPanel.h"
#include "TrayStatus.h"
#include "delivery/Queue.h"
#include "diagnostics/StatusMonitor.h"
#include "settings/SettingsFacts.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QSystemTrayIcon>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <memory>

using namespace mw;
using mw::test::find;
using mw::test::readFile;
using mw::test::writeFile;

namespace {

// A loopback port nothing listens on (bound, then released).
quint16 closedPort()
{
    QTcpServer s;
    if (!s.listen(QHostAddress::LocalHost))
        return 9;
    const quint16 port = s.serverPort();
    s.close();
    return port;
}

ServerState stateOf(ServerStatus status, const QString &reason = {})
{
    ServerState s;
    s.status = status;
    s.reason = reason;
    return s;
}

// The Exec= line of a desktop entry.
QString execLine(const QByteArray &entry)
{
    for (const QByteArray &line : entry.split('\n')) {
        if (line.startsWith("Exec="))
            return QString::fromUtf8(line.mid(5));
    }
    return {};
}

} // namespace

class TestTrayStatus : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString configPath() const { return m_dir->filePath(QStringLiteral("mailwright.ini")); }
    QString autostartFile() const
    {
        return m_dir->filePath(
            QStringLiteral("xdg-config/autostart/io.github.mailwright.Mailwright.desktop"));
    }
    // A window on an SMTP server that cannot be reached; not shown yet.
    std::unique_ptr<SettingsWindow> create()
    {
        writeFile(configPath(),
                  QStringLiteral("[general]\nsecret_backend=memory\n"
                                 "[smtp]\nhost=127.0.0.1\nport=%1\nsecurity=none\nauth=none\n"
                                 "[mailboxes]\nfrom=alerts@example.test\n"
                                 "notify=admin@example.test\n[delivery]\nqueue_dir=%2\n")
                      .arg(closedPort())
                      .arg(m_dir->filePath(QStringLiteral("queue")))
                      .toUtf8());
        auto w = std::make_unique<SettingsWindow>(configPath());
        w->monitor()->setPeriodic(false);
        return w;
    }

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
        qputenv("XDG_CONFIG_HOME", m_dir->filePath(QStringLiteral("xdg-config")).toUtf8());
        QSettings().remove(QStringLiteral("tray"));
        TrayStatus::setAvailableForTesting(true);
    }
    void cleanup()
    {
        TrayStatus::setAvailableForTesting(std::nullopt);
        QSettings().remove(QStringLiteral("tray"));
        QApplication::setQuitOnLastWindowClosed(true);
    }

    void worstStatus_data()
    {
        using S = ServerStatus;
        QTest::addColumn<QList<ServerStatus>>("statuses");
        QTest::addColumn<ServerStatus>("worst");
        QTest::newRow("all operating") << QList<S>{S::Operating, S::Operating} << S::Operating;
        QTest::newRow("unused servers do not count")
            << QList<S>{S::Operating, S::Stop, S::Stop} << S::Operating;
        QTest::newRow("one unreachable")
            << QList<S>{S::Operating, S::UnableToConnect, S::Stop} << S::UnableToConnect;
        QTest::newRow("unreachable before not connected")
            << QList<S>{S::NotConnected, S::UnableToConnect} << S::UnableToConnect;
        QTest::newRow("not connected before in progress")
            << QList<S>{S::InProgress, S::NotConnected} << S::NotConnected;
        QTest::newRow("in progress before operating")
            << QList<S>{S::Operating, S::InProgress} << S::InProgress;
        QTest::newRow("nothing used") << QList<S>{S::Stop, S::Stop} << S::Stop;
        QTest::newRow("none") << QList<S>{} << S::Stop;
    }
    void worstStatus()
    {
        QFETCH(QList<ServerStatus>, statuses);
        QFETCH(ServerStatus, worst);
        QCOMPARE(TrayStatus::worstStatus(statuses), worst);
    }

    // A notification when a server turns to "Unable to connect", once per transition: a
    // check that finds it still unreachable (through "Connection in progress") is no news.
    void notifiesOncePerTransition()
    {
        StatusMonitor monitor;
        monitor.setPeriodic(false);
        TrayStatus tray(&monitor);
        QSignalSpy notified(&tray, &TrayStatus::notified);
        tray.updateServer(QStringLiteral("smtp"), stateOf(ServerStatus::InProgress));
        tray.updateServer(QStringLiteral("smtp"),
                          stateOf(ServerStatus::UnableToConnect, QStringLiteral("refused")));
        QCOMPARE(notified.size(), 1);
        QCOMPARE(notified.at(0).at(0).toString(), QStringLiteral("SMTP: Unable to connect"));
        QCOMPARE(notified.at(0).at(1).toString(), QStringLiteral("refused"));
        QCOMPARE(tray.status(), ServerStatus::UnableToConnect);

        // Checked again, still unreachable: the icon stays red during the check.
        tray.updateServer(QStringLiteral("smtp"), stateOf(ServerStatus::InProgress));
        QCOMPARE(tray.shownStatus(QStringLiteral("smtp")), ServerStatus::UnableToConnect);
        QVERIFY(tray.toolTip().contains(QStringLiteral("SMTP: Unable to connect (checking…)")));
        tray.updateServer(QStringLiteral("smtp"), stateOf(ServerStatus::UnableToConnect));
        QCOMPARE(notified.size(), 1);

        // Back, then gone again: a new transition.
        tray.updateServer(QStringLiteral("smtp"), stateOf(ServerStatus::Operating));
        QCOMPARE(tray.status(), ServerStatus::Operating);
        QCOMPARE(notified.size(), 1);
        tray.updateServer(QStringLiteral("pop3"), stateOf(ServerStatus::UnableToConnect));
        QCOMPARE(notified.size(), 2);
        QCOMPARE(notified.at(1).at(0).toString(), QStringLiteral("POP3: Unable to connect"));
        QCOMPARE(tray.status(), ServerStatus::UnableToConnect);
        const QString tip = tray.toolTip();
        QVERIFY2(tip.contains(QStringLiteral("SMTP: Operating")), qPrintable(tip));
        QVERIFY2(tip.contains(QStringLiteral("POP3: Unable to connect")), qPrintable(tip));
        QVERIFY2(!tip.contains(QStringLiteral("Backup")), qPrintable(tip)); // not configured

        // The queue: a notification when it becomes held, not while it stays held.
        tray.updateQueue({3, false, {}});
        QCOMPARE(notified.size(), 2);
        QVERIFY(tray.toolTip().contains(QStringLiteral("Queue: 3 message(s) waiting")));
        tray.updateQueue({3, true, QStringLiteral("The login was refused.")});
        QCOMPARE(notified.size(), 3);
        QCOMPARE(notified.at(2).at(0).toString(), QStringLiteral("The queue is held"));
        QCOMPARE(notified.at(2).at(1).toString(), QStringLiteral("The login was refused."));
        tray.updateQueue({4, true, QStringLiteral("The login was refused.")});
        QCOMPARE(notified.size(), 3);
        QVERIFY(tray.toolTip().contains(QStringLiteral("Queue held, 4 message(s) waiting")));
        tray.updateQueue({0, false, {}});
        tray.updateQueue({1, true, {}});
        QCOMPARE(notified.size(), 4);
    }

    // The icon differs by status (a coloured dot on the application icon).
    void iconPerStatus()
    {
        const QImage operating =
            TrayStatus::iconFor(ServerStatus::Operating).pixmap(32, 32).toImage();
        const QImage unable =
            TrayStatus::iconFor(ServerStatus::UnableToConnect).pixmap(32, 32).toImage();
        QVERIFY(!operating.isNull());
        QVERIFY(operating != unable);
        // The dot's centre has the status colour.
        const QColor red = unable.pixelColor(25, 25);
        QVERIFY2(red.red() > 180 && red.green() < 100, qPrintable(red.name()));
    }

    // The tray on at start: the first check's "Unable to connect" is notified once, and
    // Refresh status in the menu checks again without a second notification.
    void refreshFromMenu()
    {
        QSettings().setValue(QStringLiteral("tray/enabled"), true);
        auto w = create();
        // The tray comes after the window's first paint, before its first check.
        QVERIFY(!w->trayStatus());
        std::unique_ptr<QSignalSpy> notifiedSpy;
        connect(w.get(), &SettingsWindow::trayStatusChanged, this, [&] {
            if (w->trayStatus() && !notifiedSpy)
                notifiedSpy = std::make_unique<QSignalSpy>(w->trayStatus(), &TrayStatus::notified);
        });
        w->show();
        QTRY_VERIFY(w->trayStatus());
        TrayStatus *tray = w->trayStatus();
        QVERIFY(notifiedSpy);
        QSignalSpy &notified = *notifiedSpy;
        QVERIFY(!QApplication::quitOnLastWindowClosed()); // hidden windows keep it running
        QVERIFY(find<QCheckBox>(w.get(), "trayEnabled")->isChecked());
        QTRY_COMPARE_WITH_TIMEOUT(notified.size(), 1, 10000);
        QCOMPARE(notified.at(0).at(0).toString(), QStringLiteral("SMTP: Unable to connect"));
        QCOMPARE(tray->status(), ServerStatus::UnableToConnect);
        QVERIFY(tray->trayIcon()->toolTip().contains(QStringLiteral("SMTP: Unable to connect")));

        const QString smtp = QStringLiteral("smtp");
        const int checks = w->monitor()->checkCount(smtp);
        QSignalSpy finished(w->monitor(), &StatusMonitor::checkFinished);
        QVERIFY(tray->menu()->actions().contains(tray->refreshAction()));
        tray->refreshAction()->trigger();
        QVERIFY(w->monitor()->isChecking(smtp));
        QTRY_VERIFY_WITH_TIMEOUT(w->monitor()->checkCount(smtp) > checks, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(!w->monitor()->isChecking(smtp), 10000);
        QCOMPARE(w->monitor()->state(smtp).status, ServerStatus::UnableToConnect);
        QCOMPARE(notified.size(), 1);
    }

    // A queue held for the saved settings (by the runner, another process) is notified
    // once: the tray reads the spool off the GUI thread after each check.
    void heldQueueNotified()
    {
        auto w = create();
        // Turned on in the window (not shown: no status check runs).
        find<QCheckBox>(w.get(), "trayEnabled")->setChecked(true);
        TrayStatus *tray = w->trayStatus();
        QVERIFY(tray);
        QSignalSpy notified(tray, &TrayStatus::notified);
        const MailSettings saved = w->model()->savedSettings();
        QueueHold hold;
        hold.active = true;
        hold.settingsHash = SettingsFacts::fingerprint(saved);
        hold.errorClass = ErrorClass::AuthFailed;
        hold.message = QStringLiteral("The server refused the login.");
        hold.since = QDateTime::currentDateTimeUtc();
        QVERIFY(QDir().mkpath(Queue::dirFor(saved)));
        QString error;
        QVERIFY2(Queue(Queue::dirFor(saved)).setHold(hold, &error), qPrintable(error));
        // Read after each check and every minute; here at once.
        QSignalSpy read(tray, &TrayStatus::queueRead);
        tray->readQueue();
        QTRY_VERIFY_WITH_TIMEOUT(tray->queue().held, 5000);
        QCOMPARE(notified.size(), 1);
        QCOMPARE(notified.at(0).at(0).toString(), QStringLiteral("The queue is held"));
        QCOMPARE(notified.at(0).at(1).toString(), hold.message);
        // Still held at the next read: no news.
        read.clear();
        tray->readQueue();
        QVERIFY(read.wait(5000));
        QVERIFY(tray->queue().held);
        QCOMPARE(notified.size(), 1);
        QVERIFY(tray->toolTip().contains(QStringLiteral("Queue held")));
    }

    // Close hides the window to the tray while it is on; the menu's Send Test shows it again
    // and runs the test. Without the tray, Close closes.
    void closeHidesAndSendTestShows()
    {
        auto w = create();
        w->show();
        QVERIFY(QTest::qWaitForWindowExposed(w.get()));
        auto *enabled = find<QCheckBox>(w.get(), "trayEnabled");
        QVERIFY(enabled->isEnabled());
        QVERIFY(!enabled->isChecked()); // off by default
        QVERIFY(!enabled->accessibleName().isEmpty());
        QVERIFY(!find<QCheckBox>(w.get(), "startAtLogin")->accessibleName().isEmpty());
        QVERIFY(!w->trayStatus());
        enabled->setChecked(true);
        QVERIFY(w->trayStatus());
        QVERIFY(QSettings().value(QStringLiteral("tray/enabled")).toBool());

        // A check running while the window goes to the tray finishes (a real Close would
        // have cancelled it).
        const QString smtp = QStringLiteral("smtp");
        QTRY_VERIFY_WITH_TIMEOUT(!w->monitor()->isChecking(smtp), 10000); // the first one
        QSignalSpy checked(w->monitor(), &StatusMonitor::checkFinished);
        w->refreshStatus();
        QVERIFY(w->monitor()->isChecking(smtp));
        QVERIFY(!w->close()); // not closed: hidden
        QVERIFY(w->isHidden());
        QTRY_VERIFY_WITH_TIMEOUT(!checked.isEmpty(), 10000);

        TrayStatus *tray = w->trayStatus();
        QSignalSpy testFinished(w->testPanel(), &TestPanel::finished);
        tray->sendTestAction()->trigger();
        QVERIFY(w->isVisible());
        QVERIFY(testFinished.wait(15000));
        QVERIFY(!testFinished.at(0).at(0).value<Result>().ok);

        tray->openAction()->trigger(); // already shown: stays so
        QVERIFY(w->isVisible());
        enabled->setChecked(false);
        QVERIFY(!w->trayStatus());
        QVERIFY(QApplication::quitOnLastWindowClosed());
        QVERIFY(w->close());
        QVERIFY(w->isHidden());
    }

    // The unsaved-changes question still comes first: Cancel keeps the window on screen.
    void unsavedChangesAskedBeforeHiding()
    {
        QSettings().setValue(QStringLiteral("tray/enabled"), true);
        auto w = create();
        w->show();
        QVERIFY(QTest::qWaitForWindowExposed(w.get()));
        w->model()->setValue(QStringLiteral("smtp/host"), QStringLiteral("other.example.test"));
        QVERIFY(w->hasUnsavedChanges());
        bool asked = false;
        QTimer::singleShot(0, w.get(), [&asked] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (!box || box->objectName() != QLatin1String("unsavedChangesBox"))
                return;
            asked = true;
            box->button(QMessageBox::Cancel)->click();
        });
        QVERIFY(!w->close());
        QVERIFY(asked);
        QVERIFY(w->isVisible());
        w->discard();
        QVERIFY(!w->close());
        QVERIFY(w->isHidden());
    }

    // Started with --tray: hidden while the tray is on, shown otherwise.
    void startInTray()
    {
        {
            auto w = create();
            QVERIFY(!w->startInTray()); // the tray is off
        }
        QSettings().setValue(QStringLiteral("tray/enabled"), true);
        auto w = create();
        QVERIFY(w->startInTray());
        QVERIFY(w->isHidden());
        // The first check runs without the window.
        QTRY_COMPARE_WITH_TIMEOUT(w->monitor()->state(QStringLiteral("smtp")).status,
                                  ServerStatus::UnableToConnect, 10000);
        QCOMPARE(w->trayStatus()->status(), ServerStatus::UnableToConnect);
    }

    // A desktop without a tray: the option is disabled and says why, whatever was saved.
    void noTrayDisablesOption()
    {
        TrayStatus::setAvailableForTesting(false);
        QSettings().setValue(QStringLiteral("tray/enabled"), true);
        auto w = create();
        w->show();
        auto *enabled = find<QCheckBox>(w.get(), "trayEnabled");
        // (Asked after the window's first paint.)
        QTRY_VERIFY(!enabled->isEnabled());
        QVERIFY(!enabled->isChecked());
        QVERIFY(!w->trayStatus());
        QVERIFY(!find<QCheckBox>(w.get(), "startAtLogin")->isEnabled());
        auto *note = find<QLabel>(w.get(), "trayNote");
        QVERIFY(!note->isHidden()); // (its tab is not the current one)
        QVERIFY2(note->text().contains(QStringLiteral("no system tray")), qPrintable(note->text()));
        QVERIFY(w->close()); // closes for real
    }

    // Started at login before the desktop's panel: hidden while the tray is awaited, and
    // the icon comes as soon as the tray does.
    void trayAppearsAfterStart()
    {
        TrayStatus::setAvailableForTesting(false);
        QSettings().setValue(QStringLiteral("tray/enabled"), true);
        auto w = create();
        QVERIFY(!w->trayStatus());
        QVERIFY(w->startInTray());
        QTest::qWait(700);
        QVERIFY(w->isHidden());
        QVERIFY(!w->trayStatus());
        TrayStatus::setAvailableForTesting(true);
        QTRY_VERIFY_WITH_TIMEOUT(w->trayStatus(), 3000);
        QVERIFY(find<QCheckBox>(w.get(), "trayEnabled")->isEnabled());
        QVERIFY(find<QCheckBox>(w.get(), "trayEnabled")->isChecked());
        QVERIFY(find<QLabel>(w.get(), "trayNote")->isHidden());
        QVERIFY(w->isHidden());
    }

    void desktopExecQuoting_data()
    {
        QTest::addColumn<QStringList>("command");
        QTest::addColumn<QString>("exec");
        QTest::newRow("plain") << QStringList{QStringLiteral("/usr/bin/mailwright"),
                                              QStringLiteral("--tray")}
                               << QStringLiteral("/usr/bin/mailwright --tray");
        QTest::newRow("space") << QStringList{QStringLiteral("/opt/Mail Wright/mailwright"),
                                              QStringLiteral("--tray")}
                               << QStringLiteral("\"/opt/Mail Wright/mailwright\" --tray");
        // $ and " escaped inside the quotes; the backslash of that escape is doubled by the
        // file's own string escapes; % is doubled (no field code).
        QTest::newRow("reserved") << QStringList{QStringLiteral("/home/a$b/\"x\"/100%/mailwright")}
                                  << QStringLiteral(
                                         "\"/home/a\\\\$b/\\\\\"x\\\\\"/100%%/mailwright\"");
    }
    void desktopExecQuoting()
    {
        QFETCH(QStringList, command);
        QFETCH(QString, exec);
        QCOMPARE(Autostart::desktopExec(command), exec);
    }

    void windowsCommandLine()
    {
        QCOMPARE(Autostart::windowsCommandLine(
                     {QStringLiteral("C:\\Program Files\\Mailwright\\mailwright.exe"),
                      QStringLiteral("--tray"), QStringLiteral("--config"),
                      QStringLiteral("C:\\My Files\\")}),
                 QStringLiteral("\"C:\\Program Files\\Mailwright\\mailwright.exe\" --tray "
                                "--config \"C:\\My Files\\\\\""));
    }

    // The XDG autostart entry is the Linux and BSD implementation of start at login: its two
    // tests exist where it is compiled (ui/CMakeLists.txt picks Autostart_unix.cpp).
#if !defined(Q_OS_WIN) && !defined(Q_OS_MACOS)
    // Start at login writes an XDG autostart entry that runs this program with --tray and
    // this window's configuration file; turning it off, or the tray off, removes it.
    void autostartEntry()
    {
        auto w = create();
        w->show();
        auto *enabled = find<QCheckBox>(w.get(), "trayEnabled");
        auto *login = find<QCheckBox>(w.get(), "startAtLogin");
        QVERIFY(!login->isEnabled()); // only with the tray
        enabled->setChecked(true);
        QVERIFY(login->isEnabled());
        QVERIFY(!QFile::exists(autostartFile()));
        login->setChecked(true);
        QVERIFY2(QFile::exists(autostartFile()), qPrintable(autostartFile()));
        QVERIFY(Autostart::isEnabled());
        const QByteArray entry = readFile(autostartFile());
        QVERIFY(entry.startsWith("[Desktop Entry]\n"));
        QVERIFY(entry.contains("\nType=Application\n"));
        QCOMPARE(execLine(entry),
                 Autostart::desktopExec({QCoreApplication::applicationFilePath(),
                                         QStringLiteral("--tray"), QStringLiteral("--config"),
                                         configPath()}));
        QVERIFY(execLine(entry).contains(QStringLiteral(" --tray --config ")));
        // No temporary file is left beside it (written atomically).
        QCOMPARE(QDir(QFileInfo(autostartFile()).absolutePath()).entryList(QDir::Files).size(), 1);

        login->setChecked(false);
        QVERIFY(!QFile::exists(autostartFile()));
        login->setChecked(true);
        QVERIFY(QFile::exists(autostartFile()));
        // The tray off: nothing would show at login, so the entry goes.
        enabled->setChecked(false);
        QVERIFY(!QFile::exists(autostartFile()));
        QVERIFY(!login->isChecked());
        QVERIFY(!login->isEnabled());
    }

    // An entry that cannot be written is reported and the box stays unchecked.
    void autostartFailure()
    {
        // XDG_CONFIG_HOME is a file: the autostart folder cannot be made.
        writeFile(m_dir->filePath(QStringLiteral("xdg-config")), "not a folder");
        auto w = create();
        w->show();
        find<QCheckBox>(w.get(), "trayEnabled")->setChecked(true);
        auto *login = find<QCheckBox>(w.get(), "startAtLogin");
        login->setChecked(true);
        QVERIFY(!login->isChecked());
        auto *note = find<QLabel>(w.get(), "trayNote");
        QVERIFY(!note->isHidden()); // (its tab is not the current one)
        QVERIFY2(note->text().contains(QStringLiteral("autostart")), qPrintable(note->text()));
    }
#endif
};

QTEST_MAIN(TestTrayStatus)
#include "tst_tray_status.moc"
