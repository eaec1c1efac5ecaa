// SPDX-License-Identifier: GPL-3.0-or-later
// The window when the OS keychain cannot be used: this process has no D-Bus session bus
// (as on a headless server or in a broken desktop session), so QtKeychain fails for real.
// The admin types a password and saves: the settings are saved, the password is not lost
// from the field, the message bar says what happened and offers the file store; one click
// moves the passwords into a file only the admin can read, never into the INI file.
#include "SettingsWindow.h"
#include "diagnostics/StatusMonitor.h"

#include <QApplication>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

#include <memory>

using namespace mw;

namespace {

const QString kPassword = QStringLiteral("Kc-fail-Pw-42!");

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestKeychainFailure : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        qputenv("XDG_CONFIG_HOME", m_dir.filePath(QStringLiteral("xdg")).toUtf8());
    }
    void saveWithoutKeychainOffersFileStore();

private:
    QTemporaryDir m_dir;
};

void TestKeychainFailure::saveWithoutKeychainOffersFileStore()
{
    const QString config = m_dir.filePath(QStringLiteral("mailwright.ini"));
    {
        QFile f(config);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("[smtp]\nhost=127.0.0.1\nport=2525\nauth=login\nusername=alerts\n"
                "[mailboxes]\nfrom=alerts@example.test\nnotify=admin@example.test\n");
    }
    auto w = std::make_unique<SettingsWindow>(config);
    w->monitor()->setPeriodic(false);
    w->show();
    QVERIFY(QTest::qWaitForWindowExposed(w.get()));

    auto *tabs = w->findChild<QTabWidget *>(QStringLiteral("tabs"));
    QVERIFY(tabs);
    tabs->setCurrentIndex(1); // Authentication
    auto *password = w->findChild<QLineEdit *>(QStringLiteral("smtpPassword"));
    QVERIFY(password);
    QTRY_VERIFY(password->isEnabled());
    password->setFocus();
    QTest::keyClicks(password, kPassword);
    auto *save = w->findChild<QPushButton *>(QStringLiteral("saveButton"));
    QVERIFY(save);
    QTRY_VERIFY(save->isEnabled());
    QSignalSpy saved(w.get(), &SettingsWindow::saveFinished);
    QTest::mouseClick(save, Qt::LeftButton);

    // The keychain write fails (no session bus): said in the bar, with the way out.
    QTRY_COMPARE_WITH_TIMEOUT(saved.size(), 1, 30000);
    QCOMPARE(saved.first().first().toBool(), false);
    auto *bar = w->findChild<QWidget *>(QStringLiteral("messageBar"));
    auto *text = w->findChild<QLabel *>(QStringLiteral("messageText"));
    auto *useFile = w->findChild<QPushButton *>(QStringLiteral("useFileBackendButton"));
    QVERIFY(bar && text && useFile);
    QTRY_VERIFY(bar->isVisible());
    QVERIFY2(text->text().contains(QLatin1String("keychain could not be used")),
             qPrintable(text->text()));
    QVERIFY(useFile->isVisible());
    // The typed password is still in the field (not lost), and nowhere in the INI file.
    QCOMPARE(password->text(), kPassword);
    QVERIFY(!readFile(config).contains(kPassword.toUtf8()));
    QVERIFY(readFile(config).contains("username=alerts"));

    // One click: the file store is chosen, saved, and the password written into it.
    QSignalSpy savedAgain(w.get(), &SettingsWindow::saveFinished);
    QTest::mouseClick(useFile, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(savedAgain.size(), 1, 30000);
    QCOMPARE(savedAgain.first().first().toBool(), true);
    QTRY_VERIFY(!bar->isVisible());
    const QByteArray ini = readFile(config);
    QVERIFY2(ini.contains("secret_backend=file"), ini.constData());
    QVERIFY(!ini.contains(kPassword.toUtf8()));
    const QString secrets = m_dir.filePath(QStringLiteral("mailwright-secrets"));
    QVERIFY2(QFileInfo::exists(secrets), qPrintable(secrets));
    QCOMPARE(QFileInfo(secrets).permissions() & (QFileDevice::ReadGroup | QFileDevice::WriteGroup |
                                                 QFileDevice::ReadOther | QFileDevice::WriteOther),
             QFileDevice::Permissions());
    QVERIFY(!readFile(secrets).isEmpty());

    // A new window (the next start) reads the password back from the file when the admin
    // reveals it (a stored password is loaded only on demand).
    w.reset();
    auto again = std::make_unique<SettingsWindow>(config);
    again->monitor()->setPeriodic(false);
    again->show();
    QVERIFY(QTest::qWaitForWindowExposed(again.get()));
    again->findChild<QTabWidget *>(QStringLiteral("tabs"))->setCurrentIndex(1);
    auto *pw2 = again->findChild<QLineEdit *>(QStringLiteral("smtpPassword"));
    auto *reveal = again->findChild<QToolButton *>(QStringLiteral("smtpPasswordRevealButton"));
    QVERIFY(pw2 && reveal);
    QVERIFY(pw2->text().isEmpty());
    QTest::mouseClick(reveal, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(pw2->text(), kPassword, 10000);
    QCOMPARE(pw2->echoMode(), QLineEdit::Normal);
    auto *bar2 = again->findChild<QWidget *>(QStringLiteral("messageBar"));
    QVERIFY(bar2 && !bar2->isVisible());
}

int main(int argc, char **argv)
{
    // No session bus: QtKeychain's Secret Service backend fails as it would on a machine
    // without one. Set before QApplication so that nothing connected to a real bus first.
    qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/mailwright-no-bus");
    qunsetenv("GNOME_KEYRING_CONTROL");
    QApplication app(argc, argv);
    TestKeychainFailure t;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&t, argc, argv);
}

#include "tst_keychain_failure.moc"
