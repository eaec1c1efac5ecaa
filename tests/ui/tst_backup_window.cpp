// SPDX-License-Identifier: GPL-3.0-or-later
// The backup SMTP server in the settings window, driven like an admin would. objectNames:
//
//   Backup server tab   backupSmtpEnabled, backupSmtpAfter, backupSmtpHost, backupSmtpPort,
//                       backupSmtpSecurity, backupSmtpHelo, backupSmtpTimeout,
//                       backupSmtpCaFile(+Browse), backupSmtpPin, backupSmtpAuth,
//                       backupSmtpUsername, backupSmtpPassword (secret "backup-smtp"),
//                       backupSmtpRealm, backupSmtpClientCert(+Browse), checkBackupButton
//   header              backupSmtpStatus (shown while the saved settings have a backup)
//   test panel          testTargetRow, testTarget (Primary / Backup; shown with a backup)
#include "EximFixture.h"
#include "GuiTestSupport.h"
#include "ServerPage.h"
#include "SettingsWindow.h"
#include "StatusIndicator.h"
#include "TestPanel.h"
#include "diagnostics/StatusMonitor.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

#include <memory>

using namespace mw;
using mw::test::find;
using mw::test::readFile;
using mw::test::writeFile;

namespace {

const QByteArray kPrimary = "[general]\nsecret_backend=memory\n"
                            "[smtp]\nhost=127.0.0.1\nport=%1\nsecurity=none\nauth=none\n"
                            "[mailboxes]\nfrom=alerts@example.test\nnotify=admin@example.test\n";

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

// Selects the whole text of a field and types a new one, as an admin would.
void retype(QWidget *field, const QString &text)
{
    field->setFocus(Qt::OtherFocusReason);
    QTest::keyClick(field, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(field, text);
}

// A combo box changed with the keyboard: Home, then Down until the item with that data.
void choose(QComboBox *combo, const QString &data)
{
    combo->setFocus(Qt::OtherFocusReason);
    QTest::keyClick(combo, Qt::Key_Home);
    for (int i = 0; i < combo->count() && combo->currentData().toString() != data; ++i)
        QTest::keyClick(combo, Qt::Key_Down);
}

} // namespace

class TestBackupWindow : public QObject
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
    static void showBackupTab(SettingsWindow *w)
    {
        w->buildAllPages(); // a tab's page is built when first shown: the pages, to look at
        for (int i = 0; i < w->tabs()->count(); ++i) {
            auto *page = qobject_cast<ServerPage *>(w->tabs()->widget(i));
            if (page && page->role() == ServerPage::Role::Backup)
                w->tabs()->setCurrentIndex(i);
        }
    }
    // Fills the Backup server tab with the keyboard.
    static void fillBackup(SettingsWindow *w, const QString &host, quint16 port,
                           const QString &security, const QString &user, const QString &caFile,
                           const QString &password)
    {
        showBackupTab(w);
        auto *enabled = find<QCheckBox>(w, "backupSmtpEnabled");
        QVERIFY(!enabled->isChecked());
        QVERIFY(!find<QLineEdit>(w, "backupSmtpHost")->isEnabled()); // off until enabled
        enabled->setFocus(Qt::OtherFocusReason);
        QTest::keyClick(enabled, Qt::Key_Space);
        QVERIFY(enabled->isChecked());
        QVERIFY(find<QLineEdit>(w, "backupSmtpHost")->isEnabled());
        retype(find<QLineEdit>(w, "backupSmtpHost"), host);
        retype(find<QSpinBox>(w, "backupSmtpPort"), QString::number(port));
        choose(find<QComboBox>(w, "backupSmtpSecurity"), security);
        retype(find<QLineEdit>(w, "backupSmtpCaFile"), caFile);
        choose(find<QComboBox>(w, "backupSmtpAuth"), QStringLiteral("auto"));
        retype(find<QLineEdit>(w, "backupSmtpUsername"), user);
        auto *pw = find<QLineEdit>(w, "backupSmtpPassword");
        QVERIFY(pw->isVisible() && pw->isEnabled());
        QCOMPARE(pw->echoMode(), QLineEdit::Password);
        retype(pw, password);
    }
    static SecretResult readSecret(SettingsWindow *w, const QString &account)
    {
        SecretResult out = SecretResult::failure(QStringLiteral("no answer"));
        bool done = false;
        QObject context;
        w->secretStore()->read(account, &context, [&](const SecretResult &r) {
            out = r;
            done = true;
        });
        if (!QTest::qWaitFor([&] { return done; }, 10000))
            qWarning("the secret store did not answer");
        return out;
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
        qputenv("XDG_CONFIG_HOME", m_dir->filePath(QStringLiteral("xdg")).toUtf8());
    }
    void cleanup() { m_dir.reset(); }

    // Send Test on the backup: the message goes through the backup's Exim with the password
    // typed (not saved) in the backup's field, while the primary does not even listen.
    void sendTestThroughBackup()
    {
        test::EximFixture exim;
        QVERIFY2(exim.start(), qPrintable(exim.errorString()));
        writeFile(configPath(), QString::fromLatin1(kPrimary).arg(closedPort()).toUtf8());
        auto w = open();
        auto *targetRow = find<QWidget>(w.get(), "testTargetRow");
        QVERIFY(!targetRow->isVisible()); // no backup yet: nothing to choose
        fillBackup(w.get(), exim.hostName(), exim.starttlsPort(), QStringLiteral("starttls"),
                   exim.userName(), exim.caFile(), exim.password());
        QVERIFY(targetRow->isVisible());
        // The indicator follows the saved settings: still hidden before Save.
        QVERIFY(!find<StatusIndicator>(w.get(), "backupSmtpStatus")->isVisible());
        choose(find<QComboBox>(w.get(), "testTarget"), QStringLiteral("backup"));

        QSignalSpy finished(w->testPanel(), &TestPanel::finished);
        QTest::mouseClick(find<QPushButton>(w.get(), "sendTestButton"), Qt::LeftButton);
        // A problem found before connecting shows the banner without finished(); the banner is
        // built for the first result.
        QLabel *title = nullptr;
        QVERIFY(QTest::qWaitFor(
            [&] {
                title = w->findChild<QLabel *>(QStringLiteral("testBannerTitle"));
                return !finished.isEmpty() || (title && title->isVisible());
            },
            30000));
        QVERIFY2(finished.size() == 1, qPrintable(title ? title->text() : QString()));
        const Result r = w->testPanel()->result();
        QVERIFY2(r.ok, qPrintable(r.message));
        auto *steps = find<QTreeWidget>(w.get(), "testSteps");
        const auto mark = [steps](const QString &name) {
            for (int i = 0; i < steps->topLevelItemCount(); ++i) {
                if (steps->topLevelItem(i)->text(0) == name)
                    return steps->topLevelItem(i)->text(1);
            }
            return QStringLiteral("missing");
        };
        for (Phase p : {Phase::Connect, Phase::Tls, Phase::Mail, Phase::Rcpt, Phase::Data})
            QCOMPARE(mark(TestPanel::stepName(p)), QStringLiteral("✓"));
        QCOMPARE(mark(TestPanel::signedInText(r.authMechanismUsed)), QStringLiteral("✓"));
        // The result says which server was used.
        const QString where = find<QLabel>(w.get(), "testBannerWhere")->text();
        QVERIFY2(where.contains(QLatin1String("backup server")), qPrintable(where));
        QVERIFY2(where.contains(QString::number(exim.starttlsPort())), qPrintable(where));
        QVERIFY(exim.waitForMessages(1));
        QCOMPARE(exim.deliveredMessages().size(), 1);
        QVERIFY(exim.deliveredMessages().first().contains("admin@example.test"));

        // Check login on the backup: signed in, nothing sent.
        QTest::mouseClick(find<QPushButton>(w.get(), "checkLoginButton"), Qt::LeftButton);
        QVERIFY(finished.wait(30000));
        QVERIFY2(w->testPanel()->result().ok, qPrintable(w->testPanel()->result().message));
        QVERIFY(!w->testPanel()->result().authMechanismUsed.isEmpty());
        QVERIFY(find<QLabel>(w.get(), "testBannerWhere")
                    ->text()
                    .contains(QLatin1String("backup server")));
        QCOMPARE(exim.deliveredMessages().size(), 1);

        // Back to Primary: the same button goes to the primary, which does not answer.
        choose(find<QComboBox>(w.get(), "testTarget"), QStringLiteral("primary"));
        QTest::mouseClick(find<QPushButton>(w.get(), "sendTestButton"), Qt::LeftButton);
        QVERIFY(finished.wait(30000));
        QVERIFY(!w->testPanel()->result().ok);
        QVERIFY(!find<QLabel>(w.get(), "testBannerWhere")
                     ->text()
                     .contains(QLatin1String("backup server")));
        QCOMPARE(exim.deliveredMessages().size(), 1);
        w->discard();
    }

    // Save writes [backup_smtp] to the INI file and the password only to the secret store;
    // the header then shows the backup's indicator, which the status check fills.
    void saveAndIndicator()
    {
        const quint16 dead = closedPort();
        writeFile(configPath(), QString::fromLatin1(kPrimary).arg(dead).toUtf8());
        auto w = open();
        auto *indicator = find<StatusIndicator>(w.get(), "backupSmtpStatus");
        QVERIFY(!indicator->isVisible());
        QCOMPARE(w->monitor()->state(QStringLiteral("backup-smtp")).status, ServerStatus::Stop);
        const QString password = QStringLiteral("Backup-Secret-731");
        fillBackup(w.get(), QStringLiteral("127.0.0.1"), dead, QStringLiteral("starttls"),
                   QStringLiteral("backup-user"), QString(), password);
        QVERIFY(find<QPushButton>(w.get(), "checkBackupButton")->isEnabled());
        retype(find<QSpinBox>(w.get(), "backupSmtpAfter"), QStringLiteral("300"));
        QTest::keyClick(find<QSpinBox>(w.get(), "backupSmtpAfter"), Qt::Key_Tab);

        QSignalSpy saved(w.get(), &SettingsWindow::saveFinished);
        QTest::mouseClick(find<QPushButton>(w.get(), "saveButton"), Qt::LeftButton);
        QVERIFY(saved.wait(10000));
        QCOMPARE(saved.first().first().toBool(), true);

        const QByteArray ini = readFile(configPath());
        QVERIFY2(ini.contains("[backup_smtp]"), ini.constData());
        QVERIFY2(ini.contains("enabled=true"), ini.constData());
        QVERIFY2(ini.contains("username=backup-user"), ini.constData());
        QVERIFY2(ini.contains("after=300"), ini.constData());
        QVERIFY2(ini.contains(QByteArray(QByteArray("port=") + QByteArray::number(dead))),
                 ini.constData());
        QVERIFY2(!ini.contains(password.toUtf8()), "the password is in the INI file");
        const SecretResult stored = readSecret(w.get(), QStringLiteral("backup-smtp"));
        QVERIFY2(stored.ok(), qPrintable(stored.error));
        QCOMPARE(stored.secret, password);
        QVERIFY(!readSecret(w.get(), QStringLiteral("smtp")).secret.contains(password));

        // Saved with a backup: its indicator is shown, and the check after Save reaches it
        // (nobody listens there: Unable to connect).
        QVERIFY(indicator->isVisible());
        QVERIFY(QTest::qWaitFor(
            [&] {
                return w->monitor()->checkCount(QStringLiteral("backup-smtp")) > 0 &&
                       !w->monitor()->isChecking(QStringLiteral("backup-smtp"));
            },
            15000));
        QCOMPARE(w->monitor()->state(QStringLiteral("backup-smtp")).status,
                 ServerStatus::UnableToConnect);
        QVERIFY(indicator->accessibleName().contains(QLatin1String("Backup SMTP")));

        // Turned off and saved: the indicator goes away, the status is Stop again.
        showBackupTab(w.get());
        auto *enabled = find<QCheckBox>(w.get(), "backupSmtpEnabled");
        enabled->setFocus(Qt::OtherFocusReason);
        QTest::keyClick(enabled, Qt::Key_Space);
        QVERIFY(!find<QLineEdit>(w.get(), "backupSmtpHost")->isEnabled());
        QVERIFY(!find<QPushButton>(w.get(), "checkBackupButton")->isEnabled());
        QVERIFY(!find<QWidget>(w.get(), "testTargetRow")->isVisible());
        QTest::mouseClick(find<QPushButton>(w.get(), "saveButton"), Qt::LeftButton);
        QVERIFY(saved.wait(10000));
        QVERIFY(!indicator->isVisible());
        QCOMPARE(w->monitor()->state(QStringLiteral("backup-smtp")).status, ServerStatus::Stop);
    }
};

QTEST_MAIN(TestBackupWindow)
#include "tst_backup_window.moc"
