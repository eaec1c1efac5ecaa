// SPDX-License-Identifier: GPL-3.0-or-later
// The settings window's start-up (issue 22: visible within 1.3x a bare Qt window's time
// and memory). Loading the TLS backend (Qt's TLS plugins, OpenSSL 3 and its initialisation:
// about 30 M instructions and several MiB) is work for after the first paint:
//   - nothing the window builds loads it (TlsIdentity of the status monitor's credentials);
//   - the first status check, which connects, starts after the first paint;
//   - the TLS check of app/gui/main.cpp (checkTlsAfterFirstPaint) loads it after the
//     first paint, on a worker thread, and the status check then runs as before.
// Only the tab the first paint shows (Server) is built before it: another tab's page (the
// Authentication tab too) is built when the tab is first shown; so are the test panel's hidden
// lists (Verify addresses, the round trip), and the status indicators show plain text (a rich
// text label makes and lays out a QTextDocument). The server check's dialog is built after the
// first paint, hidden, and every check reuses it (its first check then only shows it). Nor does the
// first paint decode an image file: QImageReader would load every image-format plugin (Fusion's
// group box frame was a PNG; ui/LightGroupBox.h), nor load QtSvg (the icons: ui/Icons.cpp), nor the
// keychain module (the saved OAuth2 sign-in is looked up after it), nor GNU SASL (the SASL
// module, loaded when a session will sign in). Linux (/proc/self/maps); each
// test function checks only what the ones before it did not load, as it watches what the process
// loads.
#include "FirstPaint.h"
#include "GuiTestSupport.h"
#include "LoadedLibraries.h"
#include "ServerCheckController.h"
#include "ServerCheckDialog.h"
#include "SettingsWindow.h"
#include "StatusIndicator.h"
#include "TestPanel.h"
#include "TrayStatus.h"
#include "diagnostics/StatusMonitor.h"

#include <QApplication>
#include <QBoxLayout>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QFrame>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QWindow>

#include <functional>

using namespace mw;
using mw::test::writeFile;

namespace {

// STARTTLS to a loopback port where nothing listens: the first status check connects (and
// so needs the TLS backend) and fails at once.
const QByteArray kConfig = "[general]\nsecret_backend=memory\n"
                           "[smtp]\nhost=127.0.0.1\nport=9\nsecurity=starttls\nauth=none\n"
                           "[mailboxes]\nfrom=alerts@example.test\nnotify=admin@example.test\n";

// Notes, at the window's first paint event, whether the TLS backend was loaded and whether
// a status check had started.
class PaintWatch : public QObject
{
public:
    explicit PaintWatch(SettingsWindow *w)
        : m_window(w)
    {
        w->installEventFilter(this);
    }
    bool painted = false;
    bool tlsAtPaint = false;
    bool checkingAtPaint = false;
    bool checkDialogAtPaint = false;
    bool pop3PageAtPaint = false;
    bool authPageAtPaint = false;
    bool hiddenTestListsAtPaint = false;
    bool testBannerAtPaint = false;
    QStringList richStatusAtPaint; // the status indicators that lay out rich text
    std::function<void()> atPaint; // more to note at the first paint

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (watched == m_window && event->type() == QEvent::Paint && !painted) {
            painted = true;
            if (atPaint)
                atPaint();
            tlsAtPaint = mw::test::tlsBackendMapped();
            checkingAtPaint = m_window->monitor()->state(QStringLiteral("smtp")).status ==
                              ServerStatus::InProgress;
            checkDialogAtPaint = m_window->findChild<ServerCheckDialog *>() != nullptr;
            pop3PageAtPaint = m_window->findChild<QWidget *>(QStringLiteral("pop3Host"));
            authPageAtPaint = m_window->findChild<QWidget *>(QStringLiteral("smtpUsername"));
            hiddenTestListsAtPaint =
                m_window->findChild<QWidget *>(QStringLiteral("verifyResults")) ||
                m_window->findChild<QWidget *>(QStringLiteral("roundTripSteps"));
            testBannerAtPaint = m_window->findChild<QWidget *>(QStringLiteral("testBanner")) ||
                                m_window->findChild<QWidget *>(QStringLiteral("transcriptView"));
            // A QLabel showing rich text makes a QWidgetTextControl (its QTextDocument).
            for (auto *indicator : m_window->findChildren<StatusIndicator *>()) {
                for (QObject *o : indicator->findChildren<QObject *>()) {
                    if (qstrcmp(o->metaObject()->className(), "QWidgetTextControl") == 0)
                        richStatusAtPaint << indicator->objectName();
                }
            }
        }
        return false;
    }

private:
    SettingsWindow *m_window;
};

} // namespace

class TestWindowStartup : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QLocale::setDefault(QLocale::c());
    }

#ifdef Q_OS_LINUX
    void tlsAfterFirstPaint()
    {
        QVERIFY2(!mw::test::tlsBackendMapped(), "the TLS backend was loaded before the test");
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        qputenv("XDG_CONFIG_HOME", dir.filePath(QStringLiteral("xdg")).toUtf8());
        const QString ini = dir.filePath(QStringLiteral("mailwright.ini"));
        writeFile(ini, kConfig);

        SettingsWindow w(ini);
        w.monitor()->setPeriodic(false);
        QVERIFY2(!mw::test::tlsBackendMapped(), "building the window loaded the TLS backend");
        QSignalSpy checked(w.monitor(), &StatusMonitor::checkFinished);
        PaintWatch watch(&w);
        // As app/gui/main.cpp does.
        w.show();
        // Once the whole window (the Test box too) has been painted.
        bool firstPaintDone = false;
        QByteArray mappedAfterPaint;
        bool transcriptFontAtPaint = true;
        afterFirstPaint(&w, [&] {
            firstPaintDone = true;
            mappedAfterPaint = mw::test::mappedObjects();
            auto *transcript = w.findChild<QPlainTextEdit *>(QStringLiteral("transcriptView"));
            // (Built for the first result: none yet, so no font either.)
            transcriptFontAtPaint = transcript && transcript->testAttribute(Qt::WA_SetFont);
        });
        checkTlsAfterFirstPaint(&w);
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QTRY_VERIFY(watch.painted);
        QTRY_VERIFY(firstPaintDone);
        QVERIFY2(!mappedAfterPaint.contains("/imageformats/"),
                 "the first paint loaded the image-format plugins");
        // Its icons are drawn from raw pixels (ui/Icons.cpp), not from the SVG files.
        QVERIFY2(!mappedAfterPaint.contains("libQt6Svg"), "the first paint loaded QtSvg");
        // GNU SASL (and libidn, libntlm, libgssglue) is the SASL module's, loaded when a
        // session will sign in (protocol/SaslModule.h); this configuration signs in nowhere.
        QVERIFY2(!mappedAfterPaint.contains("libgsasl"), "the window started with GNU SASL");
        QVERIFY2(!mappedAfterPaint.contains("mailwright-sasl"),
                 "the window started with the SASL module");
        QVERIFY2(!mappedAfterPaint.contains("/iconengines/"),
                 "the first paint loaded the SVG icon engine");
        // The hidden transcript's monospace font (another font file) waits until it is shown.
        QVERIFY2(!transcriptFontAtPaint, "the transcript's font was set before the first paint");
        // The result banner and the transcript under it (hidden): built for the first result.
        QVERIFY2(!watch.testBannerAtPaint,
                 "the test panel's result banner was built before the first paint");
        QVERIFY(!w.findChild<QWidget *>(QStringLiteral("testBanner")));
        auto *panel = w.findChild<TestPanel *>();
        panel->showProblem(QStringLiteral("Not configured."), QStringLiteral("Set a server."));
        auto *banner = w.findChild<QFrame *>(QStringLiteral("testBanner"));
        QVERIFY(banner && banner->isVisible());
        QCOMPARE(w.findChild<QLabel *>(QStringLiteral("testBannerTitle"))->text(),
                 QStringLiteral("✗ Not configured."));
        // Where it was when built with the panel: under the step list, the transcript under it.
        auto *box = qobject_cast<QBoxLayout *>(panel->layout());
        auto *steps = w.findChild<QTreeView *>(QStringLiteral("testSteps"));
        QVERIFY(box->indexOf(steps) < box->indexOf(banner));
        QCOMPARE(box->indexOf(w.findChild<QWidget *>(QStringLiteral("transcriptView"))),
                 box->indexOf(banner) + 1);
        // One row's height for all rows (the step list's layout and auto-sized columns).
        QVERIFY(steps->uniformRowHeights());
        auto *showTranscript = w.findChild<QPushButton *>(QStringLiteral("showTranscriptButton"));
        QVERIFY(showTranscript && showTranscript->isCheckable());
        showTranscript->setChecked(true);
        auto *transcript = w.findChild<QPlainTextEdit *>(QStringLiteral("transcriptView"));
        QVERIFY(transcript->isVisible());
        QCOMPARE(transcript->font().family(), QStringLiteral("monospace"));
        showTranscript->setChecked(false);
        QVERIFY2(!watch.checkDialogAtPaint, "the server-check dialog was built before the paint");
        QVERIFY2(!watch.pop3PageAtPaint, "the POP3 tab was built before the first paint");
        QVERIFY(w.findChild<QWidget *>(QStringLiteral("smtpHost"))); // the Server tab
        QVERIFY(!w.findChild<QWidget *>(QStringLiteral("pop3Host")));
        // Shown: built, bound and visible at once.
        w.tabs()->setCurrentIndex(2);
        auto *pop3Host = w.findChild<QLineEdit *>(QStringLiteral("pop3Host"));
        QVERIFY(pop3Host);
        QVERIFY(pop3Host->isVisible());
        QCOMPARE(pop3Host->text(), w.model()->value(QStringLiteral("pop3/host")));
        QVERIFY(w.findChild<QPushButton *>(QStringLiteral("checkPop3Button")));
        // The Authentication tab too: built when shown, bound, and the sign-in shows itself.
        QVERIFY2(!watch.authPageAtPaint, "the Authentication tab was built before the first paint");
        QVERIFY(!w.findChild<QWidget *>(QStringLiteral("smtpUsername")));
        w.tabs()->setCurrentIndex(1);
        auto *username = w.findChild<QLineEdit *>(QStringLiteral("smtpUsername"));
        QVERIFY(username);
        QVERIFY(w.tabs()->currentWidget()->isAncestorOf(username));
        auto *method = w.findChild<QComboBox *>(QStringLiteral("smtpAuth"));
        QVERIFY(method && method->isVisible());
        QCOMPARE(method->currentData().toString(), w.model()->value(QStringLiteral("smtp/auth")));
        auto *signInStatus = w.findChild<QLabel *>(QStringLiteral("oauthStatus"));
        QVERIFY(signInStatus);
        QVERIFY(!signInStatus->text().isEmpty());
        QVERIFY(
            w.findChild<QPushButton *>(QStringLiteral("oauthSignInBrowserButton"))->isEnabled());
        // The test panel's lists of Verify addresses and of the round trip: built when used.
        QVERIFY2(!watch.hiddenTestListsAtPaint,
                 "a hidden list of the test panel was built before the first paint");
        // The status shows as plain text (the bold name is a label of its own).
        QVERIFY2(watch.richStatusAtPaint.isEmpty(),
                 qPrintable(QStringLiteral("rich text in %1 at the first paint")
                                .arg(watch.richStatusAtPaint.join(QLatin1Char(' ')))));
        auto *smtpStatus = w.findChild<StatusIndicator *>(QStringLiteral("smtpStatus"));
        QCOMPARE(smtpStatus->findChild<QLabel *>(QStringLiteral("name"))->text(),
                 QStringLiteral("SMTP"));
        QCOMPARE(smtpStatus->findChild<QLabel *>(QStringLiteral("text"))->text(),
                 smtpStatus->shownText());
        w.tabs()->setCurrentIndex(0);
        QTRY_VERIFY(w.findChild<ServerCheckDialog *>(QStringLiteral("smtpServerCheckDialog")));
        auto *prepared = w.findChild<ServerCheckDialog *>(QStringLiteral("smtpServerCheckDialog"));
        QVERIFY(!prepared->isVisible());
        auto *checks = w.findChild<ServerCheckController *>();
        QVERIFY(checks);
        QCOMPARE(checks->checkServer(ProbeService::Smtp), prepared);
        QVERIFY(prepared->isVisible());
        prepared->close();
        QCOMPARE(checks->checkServer(ProbeService::Smtp), prepared);
        prepared->close();
        QVERIFY2(!watch.tlsAtPaint, "the TLS backend was loaded before the first paint");
        QVERIFY2(!watch.checkingAtPaint, "the status check started before the first paint");
        // After it: the check loads the backend, and the first status check runs.
        QTRY_VERIFY_WITH_TIMEOUT(mw::test::tlsBackendMapped(), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(!checked.isEmpty(), 20000);
        QCOMPARE(checked.first().at(0).toString(), QStringLiteral("smtp"));
    }

    // The keychain (the default store): whether an OAuth2 sign-in is saved is asked after the
    // first paint, so the keychain module, QtKeychain, libsecret and GIO load only then.
    void keychainAfterFirstPaint()
    {
        QVERIFY2(!keychainModuleMapped(), "the keychain module was loaded before the test");
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        qputenv("XDG_CONFIG_HOME", dir.filePath(QStringLiteral("xdg")).toUtf8());
        const QString ini = dir.filePath(QStringLiteral("mailwright.ini"));
        writeFile(ini, "[mailboxes]\nfrom=alerts@example.test\nnotify=admin@example.test\n");

        SettingsWindow w(ini);
        w.monitor()->setPeriodic(false);
        QVERIFY2(!keychainModuleMapped(), "building the window loaded the keychain module");
        w.show();
        bool keychainAtPaint = true;
        bool painted = false;
        afterFirstPaint(&w, [&] {
            painted = true;
            keychainAtPaint = keychainModuleMapped();
        });
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QTRY_VERIFY(painted);
        QVERIFY2(!keychainAtPaint, "the keychain module was loaded before the first paint");
        // After it: the saved sign-in is looked up in the keychain.
        QTRY_VERIFY_WITH_TIMEOUT(keychainModuleMapped(), 10000);
    }
#endif

    // The application's icon (seven sizes converted and sent to the X server) and the question
    // whether the desktop has a tray (a blocking D-Bus call) come after the first paint; the
    // tray itself then comes as before when it was on.
    void iconAndTrayAfterFirstPaint()
    {
        // (The windows of the tests before this one have set it.)
        QApplication::setWindowIcon(QIcon());
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        qputenv("XDG_CONFIG_HOME", dir.filePath(QStringLiteral("xdg")).toUtf8());
        const QString ini = dir.filePath(QStringLiteral("mailwright.ini"));
        writeFile(ini, kConfig);
        QSettings().setValue(QStringLiteral("tray/enabled"), true);
        TrayStatus::setAvailableForTesting(true);
        const int queriesBefore = TrayStatus::availabilityQueries();

        SettingsWindow w(ini);
        w.monitor()->setPeriodic(false);
        bool iconAtPaint = true;
        int queriesAtPaint = -1;
        bool trayAtPaint = true;
        bool painted = false;
        PaintWatch watch(&w);
        watch.atPaint = [&] {
            iconAtPaint = !QApplication::windowIcon().isNull() ||
                          (w.windowHandle() && !w.windowHandle()->icon().isNull());
            queriesAtPaint = TrayStatus::availabilityQueries() - queriesBefore;
            trayAtPaint = w.trayStatus() != nullptr;
        };
        w.show();
        afterFirstPaint(&w, [&] { painted = true; });
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QTRY_VERIFY(painted);
        QVERIFY(watch.painted);
        QVERIFY2(!iconAtPaint, "the window's icon was set before the first paint");
        QCOMPARE(queriesAtPaint, 0); // "the tray was asked for before the first paint"
        QVERIFY(!trayAtPaint);
        // After it: the icon (every size the window manager may ask for), the tray's answer,
        // and the tray's icon, which was on.
        QTRY_VERIFY(!QApplication::windowIcon().isNull());
        QCOMPARE(QApplication::windowIcon().availableSizes().size(), 7);
        QVERIFY(!w.windowIcon().isNull());
        QTRY_VERIFY(w.trayStatus());
        QVERIFY(TrayStatus::availabilityQueries() > queriesBefore);
        QVERIFY(w.findChild<QCheckBox *>(QStringLiteral("trayEnabled"))->isChecked());
        QVERIFY(w.findChild<QCheckBox *>(QStringLiteral("startAtLogin"))->isEnabled());
        QSettings().remove(QStringLiteral("tray"));
        TrayStatus::setAvailableForTesting(std::nullopt);
        QApplication::setQuitOnLastWindowClosed(true);
    }

private:
    static bool keychainModuleMapped()
    {
        return mw::test::mappedObjects().contains("mailwright-keychain");
    }
};

QTEST_MAIN(TestWindowStartup)
#include "tst_window_startup.moc"
