// SPDX-License-Identifier: GPL-3.0-or-later
// Secret-leak scan of the settings window (issue 8): the real window, driven with keys and
// clicks (offscreen), with a distinctive SMTP password and a different POP3 password,
// against real Exim (SMTP, STARTTLS, AUTH PLAIN) and Dovecot (POP3S). The passwords are
// typed, saved (file backend), used by Send Test, Check login and the status refresh (SMTP
// and POP3 logins); the transcript is shown, the diagnostics are copied and a support
// bundle is saved (each of its members is searched as Python's zipfile unpacks it).
//
// Then searched for both passwords in clear, in base64 and in the AUTH PLAIN forms
// (tests/support/SecretScan.h): every file under the test's private HOME and XDG_* dirs
// (settings, lock file, status, debug log, window state, anything else), the transcript
// text, the clipboard, this process's stdout and stderr while the window ran, and every
// /proc/*/cmdline (every 20 ms). Only the file backend's secret file may hold them (0600);
// the test checks that it does, which proves the search works.
#include "DovecotFixture.h"
#include "EximFixture.h"
#include "SecretScan.h"
#include "SettingsWindow.h"
#include "TestPanel.h"
#include "ZipMembers.h"
#include "diagnostics/StatusMonitor.h"
#include "settings/AtomicFile.h"
#include "settings/SettingsStore.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <cstdio>
#include <fcntl.h>
#include <memory>
#include <unistd.h>

using namespace mw;
using namespace mw::test;

namespace {

// Distinctive; characters that survive the INI, the servers' password files and base64.
const QByteArray kSmtpPassword = "Gui-Smtp-Canary-5Kp2Vd";
const QByteArray kPop3Password = "Gui-Pop3-Canary-8Rt4Wm";

template<typename T> T *find(QWidget *root, const char *name)
{
    T *w = root->findChild<T *>(QString::fromLatin1(name));
    if (auto *window = qobject_cast<SettingsWindow *>(root); !w && window) {
        window->buildAllPages(); // a tab's page is built when first shown
        w = root->findChild<T *>(QString::fromLatin1(name));
    }
    if (!w)
        qWarning("no widget %s", name);
    return w;
}

// Sends this process's stdout and stderr (fds 1 and 2) into a file until stop() or the
// destructor, then restores them. stop() returns the captured bytes (searched by the
// caller); when a failed check leaves the scope early, the destructor prints them with
// every form of the secrets masked, so that the failure can be read.
class OutputCapture
{
public:
    OutputCapture(const QString &path, const SecretScan &scan)
        : m_path(path)
        , m_scan(scan)
    {
        std::fflush(stdout);
        std::fflush(stderr);
        const int fd = ::open(QFile::encodeName(path).constData(),
                              O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
        if (fd < 0)
            return;
        m_savedOut = ::dup(1);
        m_savedErr = ::dup(2);
        ::dup2(fd, 1);
        ::dup2(fd, 2);
        ::close(fd);
    }
    ~OutputCapture()
    {
        if (m_savedOut < 0)
            return;
        const QByteArray text = m_scan.masked(stop());
        std::fwrite(text.constData(), 1, size_t(text.size()), stderr);
    }
    [[nodiscard]] bool active() const { return m_savedOut >= 0; }
    QByteArray stop()
    {
        if (m_savedOut >= 0) {
            std::fflush(stdout);
            std::fflush(stderr);
            ::dup2(m_savedOut, 1);
            ::dup2(m_savedErr, 2);
            ::close(m_savedOut);
            ::close(m_savedErr);
            m_savedOut = m_savedErr = -1;
        }
        QFile f(m_path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

private:
    QString m_path;
    const SecretScan &m_scan;
    int m_savedOut = -1;
    int m_savedErr = -1;
};

} // namespace

class TestSecretLeakGui : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void everyWindowFlow();

private:
    void typeInto(SettingsWindow *w, const char *name, const QByteArray &text);

    QTemporaryDir m_serverDir;
    QTemporaryDir m_home;
    QTemporaryDir m_captureDir; // outside the home: the capture is scanned on its own
    std::unique_ptr<EximFixture> m_smtp;
    std::unique_ptr<DovecotFixture> m_pop;
    QString m_config;
    QString m_secretFile;
    SecretScan m_scan;
};

void TestSecretLeakGui::initTestCase()
{
    QVERIFY(m_serverDir.isValid() && m_home.isValid() && m_captureDir.isValid());
    QFile::setPermissions(m_serverDir.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                                  QFileDevice::ExeOwner | QFileDevice::ReadGroup |
                                                  QFileDevice::ExeGroup | QFileDevice::ReadOther |
                                                  QFileDevice::ExeOther);
    QLocale::setDefault(QLocale::c());
    // The fixtures take their users' password from MW_TEST_PASSWORD when they start.
    qputenv("MW_TEST_PASSWORD", kSmtpPassword);
    m_smtp = std::make_unique<EximFixture>(QStringLiteral("default"),
                                           m_serverDir.filePath(QStringLiteral("exim")));
    QVERIFY2(m_smtp->start(), qPrintable(m_smtp->errorString()));
    qputenv("MW_TEST_PASSWORD", kPop3Password);
    m_pop = std::make_unique<DovecotFixture>(QStringLiteral("default"),
                                             m_serverDir.filePath(QStringLiteral("dovecot")));
    QVERIFY2(m_pop->start(), qPrintable(m_pop->errorString()));
    qunsetenv("MW_TEST_PASSWORD");
    m_scan.addSecret(QStringLiteral("the SMTP password"), kSmtpPassword,
                     {m_smtp->userName().toUtf8(), m_pop->userName().toUtf8()});
    m_scan.addSecret(QStringLiteral("the POP3 password"), kPop3Password,
                     {m_smtp->userName().toUtf8(), m_pop->userName().toUtf8()});

    // A private home: everything the window writes lands below it.
    const QString home = m_home.path();
    for (const char *d : {"config", "data", "cache", "state", "runtime", "tmp", "queue"})
        QVERIFY(QDir(home).mkpath(QString::fromLatin1(d)));
    QFile::setPermissions(home + QStringLiteral("/runtime"),
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    qputenv("HOME", QFile::encodeName(home));
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(home + QStringLiteral("/config")));
    qputenv("XDG_DATA_HOME", QFile::encodeName(home + QStringLiteral("/data")));
    qputenv("XDG_CACHE_HOME", QFile::encodeName(home + QStringLiteral("/cache")));
    qputenv("XDG_STATE_HOME", QFile::encodeName(home + QStringLiteral("/state")));
    qputenv("XDG_RUNTIME_DIR", QFile::encodeName(home + QStringLiteral("/runtime")));
    qputenv("TMPDIR", QFile::encodeName(home + QStringLiteral("/tmp")));

    m_config = home + QStringLiteral("/config/mailwright/mailwright.ini");
    m_secretFile = home + QStringLiteral("/config/mailwright/secrets");
    QVERIFY(QDir().mkpath(QFileInfo(m_config).absolutePath()));
    QFile f(m_config);
    QVERIFY(f.open(QIODevice::WriteOnly));
    // No password here: they are typed into the window.
    QString ini =
        QStringLiteral("[general]\nsecret_backend=file\nsecret_file=@SECRETS@\n"
                       "[smtp]\nhost=@SMTPHOST@\nport=@SMTPPORT@\nsecurity=starttls\nauth=plain\n"
                       "username=@SMTPUSER@\nca_file=@SMTPCA@\ntimeout=15\n"
                       "[pop3]\nenabled=true\nhost=@POPHOST@\nport=@POPPORT@\nsecurity=tls\n"
                       "username=@POPUSER@\nca_file=@POPCA@\ntimeout=15\n"
                       "[mailboxes]\nfrom=alerts@example.test\nnotify=admin@example.test\n"
                       "[delivery]\nqueue_dir=@HOME@/queue\n"
                       "[diagnostics]\ndebug_log=@HOME@/state/debug.log\n");
    const QList<std::pair<const char *, QString>> values = {
        {"@SECRETS@", m_secretFile},
        {"@SMTPHOST@", m_smtp->hostName()},
        {"@SMTPPORT@", QString::number(m_smtp->starttlsPort())},
        {"@SMTPUSER@", m_smtp->userName()},
        {"@SMTPCA@", m_smtp->caFile()},
        {"@POPHOST@", m_pop->hostName()},
        {"@POPPORT@", QString::number(m_pop->tlsPort())},
        {"@POPUSER@", m_pop->userName()},
        {"@POPCA@", m_pop->caFile()},
        {"@HOME@", home},
    };
    for (const auto &[key, value] : values)
        ini.replace(QLatin1String(key), value);
    f.write(ini.toUtf8());
    f.close();
    QFile::setPermissions(m_config, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}

void TestSecretLeakGui::typeInto(SettingsWindow *w, const char *name, const QByteArray &text)
{
    auto *edit = find<QLineEdit>(w, name);
    QVERIFY(edit);
    for (int i = 0; i < w->tabs()->count(); ++i) {
        if (w->tabs()->widget(i)->isAncestorOf(edit))
            w->tabs()->setCurrentIndex(i);
    }
    QVERIFY2(edit->isEnabled(), name);
    QTest::mouseClick(edit, Qt::LeftButton);
    QTest::keyClicks(edit, QString::fromLatin1(text));
    QCOMPARE(edit->text(), QString::fromLatin1(text));
    QCOMPARE(edit->echoMode(), QLineEdit::Password);
}

void TestSecretLeakGui::everyWindowFlow()
{
    QStringList cmdlineHits;
    int cmdlineSweeps = 0;
    QTimer sweeper;
    connect(&sweeper, &QTimer::timeout, this, [&] {
        cmdlineHits << m_scan.scanCommandLines();
        ++cmdlineSweeps;
    });
    sweeper.start(20);

    QString transcript;
    QString clipboard;
    QByteArray captured;
    QStringList bundleHits; // "<what> <member>" for each member the scan found a secret in
    int bundleMembers = 0;
    {
        OutputCapture capture(m_captureDir.filePath(QStringLiteral("output.txt")), m_scan);
        QVERIFY(capture.active());
        auto w = std::make_unique<SettingsWindow>(m_config);
        w->monitor()->setPeriodic(false);
        w->show();
        QVERIFY(QTest::qWaitForWindowExposed(w.get()));
        QApplication::setActiveWindow(w.get());

        typeInto(w.get(), "smtpPassword", kSmtpPassword);
        QVERIFY(!QTest::currentTestFailed());
        typeInto(w.get(), "pop3Password", kPop3Password);
        QVERIFY(!QTest::currentTestFailed());
        // A settings change too, so that Save writes the INI (under its lock) as well as
        // the passwords.
        auto *fromName = find<QLineEdit>(w.get(), "mailFromName");
        QVERIFY(fromName);
        for (int i = 0; i < w->tabs()->count(); ++i) {
            if (w->tabs()->widget(i)->isAncestorOf(fromName))
                w->tabs()->setCurrentIndex(i);
        }
        QTest::mouseClick(fromName, Qt::LeftButton);
        QTest::keyClicks(fromName, QStringLiteral("Leak scan"));
        QVERIFY(w->hasUnsavedChanges());

        // Save with the keyboard, like an admin.
        QSignalSpy saved(w.get(), &SettingsWindow::saveFinished);
        QTest::keyClick(w.get(), Qt::Key_S, Qt::ControlModifier);
        QVERIFY(saved.wait(15000));
        QCOMPARE(saved.first().at(0).toBool(), true);
        QVERIFY(!w->hasUnsavedChanges());

        // Send Test: STARTTLS, AUTH PLAIN with the SMTP password, a message to notify.
        QSignalSpy finished(w->testPanel(), &TestPanel::finished);
        QTest::mouseClick(find<QPushButton>(w.get(), "sendTestButton"), Qt::LeftButton);
        QVERIFY(finished.wait(60000));
        QVERIFY2(finished.first().at(0).value<Result>().ok,
                 qPrintable(finished.first().at(0).value<Result>().message));
        QVERIFY(m_smtp->waitForMessages(1));

        // The transcript, shown, and the diagnostics, copied.
        QTest::mouseClick(find<QPushButton>(w.get(), "showTranscriptButton"), Qt::LeftButton);
        transcript = find<QPlainTextEdit>(w.get(), "transcriptView")->toPlainText();
        QVERIFY(transcript.contains(QLatin1String("AUTH PLAIN")));
        QTest::mouseClick(find<QPushButton>(w.get(), "copyDiagnosticsButton"), Qt::LeftButton);
        clipboard = QGuiApplication::clipboard()->text();
        QVERIFY(clipboard.contains(QLatin1String("[smtp]")));

        // Check login (AUTH only), then the status refresh: SMTP and POP3 logins.
        finished.clear();
        QTest::mouseClick(find<QPushButton>(w.get(), "checkLoginButton"), Qt::LeftButton);
        QVERIFY(finished.wait(60000));
        QVERIFY(finished.first().at(0).value<Result>().ok);
        transcript +=
            QLatin1Char('\n') + find<QPlainTextEdit>(w.get(), "transcriptView")->toPlainText();
        QSignalSpy checked(w->monitor(), &StatusMonitor::checkFinished);
        QTest::mouseClick(find<QPushButton>(w.get(), "refreshStatusButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(checked.size() >= 2, 60000);
        QStringList servers;
        for (const QList<QVariant> &c : std::as_const(checked)) {
            servers << c.at(0).toString();
            QVERIFY2(c.at(1).value<Result>().ok,
                     qPrintable(c.at(0).toString() + QLatin1String(": ") +
                                c.at(1).value<Result>().message));
        }
        QVERIFY2(servers.contains(QLatin1String("pop3")), qPrintable(servers.join(u' ')));

        // The support bundle, with the passwords still in the form and a Send Test behind
        // it: each member as Python's zipfile unpacks it (the members are deflated).
        const QString bundle = m_home.filePath(QStringLiteral("support.zip"));
        w->saveSupportBundleTo(bundle);
        QTRY_VERIFY_WITH_TIMEOUT(find<QLabel>(w.get(), "messageText")
                                     ->text()
                                     .startsWith(QLatin1String("Support bundle saved")),
                                 30000);
        const ZipMembers zipped = ZipMembers::read(bundle);
        QVERIFY2(zipped.error.isEmpty(), qPrintable(zipped.error));
        QVERIFY(zipped.members.value(QStringLiteral("diagnostics.txt")).contains("AUTH"));
        for (auto it = zipped.members.cbegin(); it != zipped.members.cend(); ++it)
            bundleHits << m_scan.hitIn(it.value()) + QLatin1Char(' ') + it.key();
        bundleHits.removeIf([](const QString &h) { return h.startsWith(QLatin1Char(' ')); });
        bundleMembers = int(zipped.members.size());

        // The passwords are still in the form; close the window (it writes its state).
        w->close();
        w.reset();
        QTest::qWait(100);
        captured = capture.stop();
    }
    sweeper.stop();

    // Results: only descriptions, never the bytes found.
    QVERIFY2(cmdlineHits.isEmpty(), qPrintable(cmdlineHits.join(QLatin1Char('\n'))));
    QVERIFY(cmdlineSweeps > 10);
    QString hit = m_scan.hitIn(transcript);
    QVERIFY2(hit.isEmpty(), qPrintable(hit + QLatin1String(" in the transcript")));
    QVERIFY2(bundleHits.isEmpty(), qPrintable(bundleHits.join(QLatin1Char('\n'))));
    QVERIFY(bundleMembers >= 9);
    hit = m_scan.hitIn(clipboard);
    QVERIFY2(hit.isEmpty(), qPrintable(hit + QLatin1String(" in the copied diagnostics")));
    hit = m_scan.hitIn(QGuiApplication::clipboard()->text());
    QVERIFY2(hit.isEmpty(), qPrintable(hit + QLatin1String(" on the clipboard")));
    hit = m_scan.hitIn(captured);
    QVERIFY2(hit.isEmpty(), qPrintable(hit + QLatin1String(" on stdout/stderr")));
    // Now that it is known to be clean, show what was printed.
    std::fwrite(captured.constData(), 1, size_t(captured.size()), stderr);
    std::fflush(stderr);

    // The secret file holds both (by design, 0600): proves the search finds them.
    QFile secrets(m_secretFile);
    QVERIFY(secrets.open(QIODevice::ReadOnly));
    const QByteArray secretData = secrets.readAll();
    QVERIFY(secretData.contains(kSmtpPassword));
    QVERIFY(secretData.contains(kPop3Password));
    QVERIFY(!m_scan.hitIn(secretData).isEmpty());
    QCOMPARE(secrets.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther |
                                      QFileDevice::WriteGroup | QFileDevice::WriteOther),
             QFileDevice::Permissions());

    const SecretScan::TreeReport report = m_scan.scanTree(m_home.path(), {m_secretFile});
    QVERIFY2(report.hits.isEmpty(), qPrintable(report.hits.join(QLatin1Char('\n'))));
    QVERIFY2(report.unreadable.isEmpty(), qPrintable(report.unreadable.join(QLatin1Char('\n'))));
    QVERIFY(report.files.contains(m_config));
    QVERIFY(SettingsStore(m_config).load().settings.mailboxes.fromName ==
            QLatin1String("Leak scan"));
    QVERIFY(report.files.contains(FileLock::lockPathFor(m_config))); // saved by the window
    qInfo("scanned %d files under the private home (besides the secret file), %lld bytes of "
          "transcript, %lld of clipboard, %lld of stdout/stderr, %d /proc sweeps; files: %s",
          report.scanned, qint64(transcript.size()), qint64(clipboard.size()),
          qint64(captured.size()), cmdlineSweeps,
          qPrintable(QStringList(report.files)
                         .replaceInStrings(m_home.path(), QStringLiteral("~"))
                         .join(QLatin1Char(' '))));
    QVERIFY(report.scanned >= 2);
}

QTEST_MAIN(TestSecretLeakGui)
#include "tst_secret_leak_gui.moc"
