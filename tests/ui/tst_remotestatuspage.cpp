// SPDX-License-Identifier: GPL-3.0-or-later
// The "Status requests and alerts" tab driven with keys and clicks on the real window.
// Stable objectNames (tests and accessibility tools rely on them):
//
//   page              remoteStatusPage
//   Remote status     remoteStatusEnabled, remoteStatusPop3Hint, remoteStatusPermitted
//                     (the list; its error label remoteStatusPermittedError),
//                     remoteStatusPermitted1..N (one address each, <name>ErrorMark),
//                     remoteStatusAddAddress, remoteStatusPassword (+RevealButton),
//                     remoteStatusPasswordError, remoteStatusPasswordState,
//                     remoteStatusPasswordClear, remoteStatusAuthservId, remoteStatusFormat,
//                     remoteStatusCopyExample, remoteStatusRequestsSummary,
//                     remoteStatusRequests (QTreeWidget: time, sender, outcome, reason),
//                     remoteStatusRefresh
//   Alerts            alertsEnabled, alertsDeadLetters, alertsHeld, alertsCertificate,
//                     alertsOutage, alertsOutageMinutes, alertsCertificateDays,
//                     alertsMinInterval, alertsWebhook, alertsWebhookUrl (+RevealButton),
//                     alertsWebhookCaFile, alertsWebhookCaFileBrowse, alertsSystemLog,
//                     alertsTest, alertsTestResult
#include "GuiTestSupport.h"
#include "RemoteStatusPage.h"
#include "SettingsWindow.h"
#include "diagnostics/StatusMonitor.h"
#include "notify/StatusRequestLog.h"
#include "settings/PasswordDigest.h"
#include "settings/SettingsStore.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScopeGuard>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTreeWidget>

#include <memory>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

using namespace mw;
using mw::test::find;
using mw::test::readFile;
using mw::test::writeFile;

namespace {

const QByteArray kPassword = "Read-Only-Pw-7";

} // namespace

class TestRemoteStatusPage : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString configPath() const { return m_dir->filePath(QStringLiteral("mailwright.ini")); }
    QString secretFile() const { return m_dir->filePath(QStringLiteral("secrets")); }
    // Servers on loopback ports where nothing listens: the window's first status check
    // ends at once and nothing leaves the machine.
    static QByteArray config(const QByteArray &extra = {}, bool pop3 = true)
    {
        return "[smtp]\nhost=127.0.0.1\nport=9\nsecurity=none\nauth=none\n"
               "[pop3]\nenabled=" +
               QByteArray(pop3 ? "true" : "false") +
               "\nhost=127.0.0.1\nport=9\nsecurity=none\nusername=inbox@example.test\n"
               "[mailboxes]\nfrom=alerts@example.test\nnotify=admin@example.test\n"
               "[remote_status]\nenabled=true\n" +
               extra;
    }
    void writeConfig(const QByteArray &extra = {}, bool pop3 = true)
    {
        writeFile(configPath(), "[general]\nsecret_backend=file\nsecret_file=" +
                                    secretFile().toUtf8() + "\n" + config(extra, pop3));
    }
    std::unique_ptr<SettingsWindow> open()
    {
        auto w = std::make_unique<SettingsWindow>(configPath());
        w->monitor()->setPeriodic(false);
        w->show();
        QApplication::setActiveWindow(w.get());
        auto *page = find<RemoteStatusPage>(w.get(), "remoteStatusPage");
        if (page)
            w->tabs()->setCurrentWidget(page);
        return w;
    }
    static MailSettings saved(const QString &path)
    {
        SettingsStore store(path);
        return store.load().settings;
    }
    static void clickSave(SettingsWindow *w)
    {
        auto *save = find<QPushButton>(w, "saveButton");
        QVERIFY2(save->isEnabled(), qPrintable(find<QLabel>(w, "saveBlockedLabel")->text()));
        QTest::mouseClick(save, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!w->isWindowModified() && !w->isSaving(), 10000);
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
        qputenv("XDG_DATA_HOME", m_dir->filePath(QStringLiteral("data")).toUtf8());
        qunsetenv("MAILWRIGHT_REMOTE_STATUS_PASSWORD");
        // No policy of the machine running the tests: an empty folder.
        QVERIFY(QDir().mkpath(m_dir->filePath(QStringLiteral("no-policy"))));
        qputenv("MAILWRIGHT_POLICY_DIR", m_dir->filePath(QStringLiteral("no-policy")).toUtf8());
        writeConfig();
    }
    void cleanup() { m_dir.reset(); }

    // A policy that locks remote_status/permitted (and the remote-status secret): the
    // page's own address fields are read-only, Add address and Clear are gone, typing
    // changes nothing, and Save does not write the key.
    void lockedByPolicy()
    {
        const QString dir = m_dir->filePath(QStringLiteral("policy"));
        QVERIFY(QDir().mkpath(dir));
        writeFile(dir + QStringLiteral("/policy.ini"),
                  "[policy]\nlocked = remote_status/permitted, secret/remote-status\n"
                  "[remote_status]\npermitted = soc@corp.example.test\n");
        qputenv("MAILWRIGHT_POLICY_DIR", dir.toUtf8());
        auto w = open();
        auto *first = find<QLineEdit>(w.get(), "remoteStatusPermitted1");
        QCOMPARE(first->text(), QStringLiteral("soc@corp.example.test"));
        QVERIFY(first->isReadOnly());
        QVERIFY(find<QLineEdit>(w.get(), "remoteStatusPermitted2")->isReadOnly());
        QVERIFY(!find<QPushButton>(w.get(), "remoteStatusAddAddress")->isEnabled());
        QVERIFY(!find<QPushButton>(w.get(), "remoteStatusPasswordClear")->isVisible());
        first->setFocus();
        QTest::keyClicks(first, QStringLiteral("x"));
        QCOMPARE(first->text(), QStringLiteral("soc@corp.example.test"));
        QVERIFY(!w->isWindowModified());
    }

    void permittedAddressesSave()
    {
        auto w = open();
        for (int i = 1; i <= RemoteStatusPage::kDefaultAddressFields; ++i) {
            auto *field =
                w->findChild<QLineEdit *>(QStringLiteral("remoteStatusPermitted%1").arg(i));
            QVERIFY(field);
            QVERIFY(field->isEnabled());
            QVERIFY(!field->accessibleName().isEmpty());
        }
        QVERIFY(!w->findChild<QLineEdit *>(QStringLiteral("remoteStatusPermitted5")));
        auto *first = find<QLineEdit>(w.get(), "remoteStatusPermitted1");
        first->setFocus();
        QTest::keyClicks(first, QStringLiteral("ops@example.test"));
        QTest::keyClick(first, Qt::Key_Tab); // to the second field
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("boss@example.test"));
        QCOMPARE(find<QLineEdit>(w.get(), "remoteStatusPermitted2")->text(),
                 QStringLiteral("boss@example.test"));
        // More than the four of the seed: Add address gives a fifth field, focused.
        QTest::mouseClick(find<QPushButton>(w.get(), "remoteStatusAddAddress"), Qt::LeftButton);
        auto *fifth = find<QLineEdit>(w.get(), "remoteStatusPermitted5");
        QVERIFY(fifth);
        QTRY_COMPARE(QApplication::focusWidget(), fifth);
        QTest::keyClicks(fifth, QStringLiteral("night@example.test"));
        QVERIFY(w->isWindowModified());
        clickSave(w.get());
        QCOMPARE(
            saved(configPath()).remoteStatus.permitted,
            (QStringList{QStringLiteral("ops@example.test"), QStringLiteral("boss@example.test"),
                         QStringLiteral("night@example.test")}));

        // Opened again: one address per field, a fifth field for the third address is
        // not needed, the four of the seed are there.
        w.reset();
        w = open();
        QCOMPARE(find<QLineEdit>(w.get(), "remoteStatusPermitted1")->text(),
                 QStringLiteral("ops@example.test"));
        QCOMPARE(find<QLineEdit>(w.get(), "remoteStatusPermitted3")->text(),
                 QStringLiteral("night@example.test"));
        QVERIFY(find<QLineEdit>(w.get(), "remoteStatusPermitted4")->text().isEmpty());
    }

    void invalidAddressShowsErrorAfterSave()
    {
        auto w = open();
        auto *second = find<QLineEdit>(w.get(), "remoteStatusPermitted2");
        second->setFocus();
        QTest::keyClicks(second, QStringLiteral("not an address"));
        // Save is refused and says why, naming the list; the error is under the list and
        // on the field that holds the bad address (mark + accessible description).
        QApplication::setActiveWindow(w.get());
        QTest::keyClick(w.get(), Qt::Key_S, Qt::ControlModifier);
        QVERIFY(!w->save());
        QVERIFY(!find<QPushButton>(w.get(), "saveButton")->isEnabled());
        auto *blocked = find<QLabel>(w.get(), "saveBlockedLabel");
        QVERIFY2(blocked->text().contains(QLatin1String("Status recipients")),
                 qPrintable(blocked->text()));
        auto *error = find<QLabel>(w.get(), "remoteStatusPermittedError");
        QVERIFY(error);
        QVERIFY(error->isVisible());
        QVERIFY2(error->text().contains(QLatin1String("not an address")),
                 qPrintable(error->text()));
        QVERIFY(second->findChild<QAction *>(QStringLiteral("remoteStatusPermitted2ErrorMark")));
        QVERIFY(!second->accessibleDescription().isEmpty());
        auto *first = find<QLineEdit>(w.get(), "remoteStatusPermitted1");
        QVERIFY(!first->findChild<QAction *>(QStringLiteral("remoteStatusPermitted1ErrorMark")));
        // The link of "Cannot save yet" leads to the field to correct.
        first->setFocus();
        QMetaObject::invokeMethod(blocked, "linkActivated",
                                  Q_ARG(QString, QStringLiteral("remote_status/permitted")));
        QTRY_COMPARE(QApplication::focusWidget(), second);
        QVERIFY(!readFile(configPath()).contains("not an address"));

        // Corrected: the mark and the error go.
        second->selectAll();
        QTest::keyClicks(second, QStringLiteral("ops@example.test"));
        QVERIFY(!error->isVisible());
        QVERIFY(!second->findChild<QAction *>(QStringLiteral("remoteStatusPermitted2ErrorMark")));
        clickSave(w.get());
        QCOMPARE(saved(configPath()).remoteStatus.permitted,
                 QStringList{QStringLiteral("ops@example.test")});
    }

    void passwordStoredAsDigest()
    {
        auto w = open();
        auto *state = find<QLabel>(w.get(), "remoteStatusPasswordState");
        QTRY_VERIFY_WITH_TIMEOUT(state->text().startsWith(QLatin1String("Not set")), 5000);
        auto *pw = find<QLineEdit>(w.get(), "remoteStatusPassword");
        QVERIFY(!pw->accessibleName().isEmpty());
        QCOMPARE(pw->echoMode(), QLineEdit::Password);
        pw->setFocus();
        QTest::keyClicks(pw, QString::fromLatin1(kPassword));
        QVERIFY(w->isWindowModified()); // a typed password is an unsaved change
        auto *eye = find<QToolButton>(w.get(), "remoteStatusPasswordRevealButton");
        QTest::mouseClick(eye, Qt::LeftButton);
        QCOMPARE(pw->echoMode(), QLineEdit::Normal);
        QTest::mouseClick(eye, Qt::LeftButton);
        clickSave(w.get());

        const QByteArray secrets = readFile(secretFile());
        QVERIFY2(secrets.contains("remote-status=pbkdf2-sha256$"), secrets.constData());
        QString digest;
        for (const QByteArray &line : secrets.split('\n')) {
            if (line.startsWith("remote-status="))
                digest = QString::fromUtf8(line.mid(int(qstrlen("remote-status="))));
        }
        QVERIFY(PasswordDigest::verify(digest, QString::fromLatin1(kPassword)));
        // The password is nowhere on disk: not in the INI file, not in the secret file.
        QDirIterator it(m_dir->path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            QVERIFY2(!readFile(path).contains(kPassword), qPrintable(path));
        }
        QVERIFY(!readFile(configPath()).contains("pbkdf2"));
        // Not kept in the field either, and the state says it is set.
        QVERIFY(pw->text().isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(state->text().startsWith(QLatin1String("Set")), 5000);
        QVERIFY(find<QPushButton>(w.get(), "remoteStatusPasswordClear")->isEnabled());

        // Revealing never reads the stored digest into the field.
        QTest::mouseClick(eye, Qt::LeftButton);
        QTest::qWait(200);
        QCOMPARE(pw->echoMode(), QLineEdit::Normal);
        QVERIFY(pw->text().isEmpty());
        QVERIFY(!w->isWindowModified());

        // Clear removes it at once.
        QTest::mouseClick(find<QPushButton>(w.get(), "remoteStatusPasswordClear"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(state->text().startsWith(QLatin1String("Not set")), 5000);
        QVERIFY(!readFile(secretFile()).contains("remote-status="));
    }

    void shortPasswordRefused()
    {
        auto w = open();
        auto *pw = find<QLineEdit>(w.get(), "remoteStatusPassword");
        auto *error = find<QLabel>(w.get(), "remoteStatusPasswordError");
        pw->setFocus();
        QTest::keyClicks(pw, QStringLiteral("abc"));
        // Not while typing: the field has not been left yet.
        QVERIFY(!error->isVisible());
        QVERIFY(pw->accessibleDescription().isEmpty());
        // Saving is refused and names the field.
        QVERIFY(!find<QPushButton>(w.get(), "saveButton")->isEnabled());
        QVERIFY2(find<QLabel>(w.get(), "saveBlockedLabel")
                     ->text()
                     .contains(QLatin1String("Read-only password")),
                 qPrintable(find<QLabel>(w.get(), "saveBlockedLabel")->text()));
        QVERIFY(!w->save());
        QVERIFY(error->isVisible());
        QCOMPARE(error->text(), PasswordDigest::checkPassword(QStringLiteral("abc")));
        QCOMPARE(pw->accessibleDescription(), error->text());
        QTest::qWait(300);
        QVERIFY(!readFile(secretFile()).contains("remote-status"));
        // Long enough: the error goes as it is typed, and it saves.
        QTest::keyClicks(pw, QStringLiteral("defgh"));
        QVERIFY(!error->isVisible());
        clickSave(w.get());
        QVERIFY(readFile(secretFile()).contains("remote-status=pbkdf2-sha256$"));
    }

    void copyExampleRequest()
    {
        auto w = open();
        auto *pw = find<QLineEdit>(w.get(), "remoteStatusPassword");
        pw->setFocus();
        QTest::keyClicks(pw, QString::fromLatin1(kPassword)); // typed, not saved
        QApplication::clipboard()->clear();
        QTest::mouseClick(find<QPushButton>(w.get(), "remoteStatusCopyExample"), Qt::LeftButton);
        const QString text = QApplication::clipboard()->text();
        QVERIFY2(text.contains(QLatin1String("To: inbox@example.test")), qPrintable(text));
        QVERIFY(text.contains(QLatin1String("Subject: status")));
        QVERIFY(text.contains(QLatin1String("password: <your read-only password>")));
        QVERIFY(!text.contains(QString::fromLatin1(kPassword)));
        // The format shown on the tab is the same request.
        QVERIFY(find<QLabel>(w.get(), "remoteStatusFormat")
                    ->text()
                    .contains(QLatin1String("Subject: status")));
    }

    void alertsSave()
    {
        auto w = open();
        auto *enabled = find<QCheckBox>(w.get(), "alertsEnabled");
        auto *dead = find<QCheckBox>(w.get(), "alertsDeadLetters");
        auto *outage = find<QCheckBox>(w.get(), "alertsOutage");
        auto *minutes = find<QSpinBox>(w.get(), "alertsOutageMinutes");
        auto *days = find<QSpinBox>(w.get(), "alertsCertificateDays");
        auto *interval = find<QSpinBox>(w.get(), "alertsMinInterval");
        QVERIFY(enabled->isChecked() && dead->isChecked());
        QCOMPARE(minutes->value(), 30);
        QCOMPARE(days->value(), 14);
        QCOMPARE(interval->value(), 60);
        // The Alerts group is below the fold of the tab: the keyboard reaches it.
        dead->setFocus();
        QTest::keyClick(dead, Qt::Key_Space);
        QVERIFY(!dead->isChecked());
        for (auto [box, value] : {std::pair{minutes, "45"}, {days, "7"}, {interval, "120"}}) {
            box->setFocus();
            box->selectAll();
            QTest::keyClicks(box, QString::fromLatin1(value));
        }
        clickSave(w.get());
        MailSettings s = saved(configPath());
        QVERIFY(s.alerts.enabled);
        QVERIFY(!s.alerts.deadLetters);
        QVERIFY(s.alerts.held && s.alerts.certificate && s.alerts.outage);
        QCOMPARE(s.alerts.outageMinutes, 45);
        QCOMPARE(s.alerts.certificateDays, 7);
        QCOMPARE(s.alerts.minInterval, 120);

        // The outage delay applies to outages only; alerts off: every event is off.
        outage->setFocus();
        QTest::keyClick(outage, Qt::Key_Space);
        QVERIFY(!minutes->isEnabled());
        QVERIFY(days->isEnabled());
        enabled->setFocus();
        QTest::keyClick(enabled, Qt::Key_Space);
        for (QWidget *wdg : {static_cast<QWidget *>(dead), static_cast<QWidget *>(outage),
                             static_cast<QWidget *>(days), static_cast<QWidget *>(interval)})
            QVERIFY(!wdg->isEnabled());
        clickSave(w.get());
        s = saved(configPath());
        QVERIFY(!s.alerts.enabled);
        QVERIFY(!s.alerts.outage);
    }

    // The second channel: the webhook's preset, its URL kept in the secret store only, the
    // system log, and "Send test alert" through the system log (a test socket).
    void alertsSecondChannel()
    {
        const QByteArray socketPath = m_dir->filePath(QStringLiteral("log.sock")).toLocal8Bit();
        const int fd = ::socket(AF_UNIX, SOCK_DGRAM, 0);
        QVERIFY(fd >= 0);
        const auto closeFd = qScopeGuard([fd] { ::close(fd); });
        sockaddr_un address{};
        address.sun_family = AF_UNIX;
        qstrncpy(address.sun_path, socketPath.constData(), sizeof(address.sun_path));
        QCOMPARE(::bind(fd, reinterpret_cast<const sockaddr *>(&address), sizeof(address)), 0);
        qputenv("MAILWRIGHT_SYSLOG_SOCKET", socketPath);
        const auto unset = qScopeGuard([] { qunsetenv("MAILWRIGHT_SYSLOG_SOCKET"); });
        const QString url = QStringLiteral("https://hooks.example.test/services/T0KEN-4711");

        auto w = open();
        auto *format = find<QComboBox>(w.get(), "alertsWebhook");
        auto *urlField = find<QLineEdit>(w.get(), "alertsWebhookUrl");
        auto *systemLog = find<QCheckBox>(w.get(), "alertsSystemLog");
        auto *test = find<QPushButton>(w.get(), "alertsTest");
        auto *result = find<QLabel>(w.get(), "alertsTestResult");
        QCOMPARE(format->currentData().toString(), QStringLiteral("none"));
        QVERIFY(!urlField->isEnabled());
        QVERIFY(!test->isEnabled()); // no channel on
        format->setFocus();
        format->setCurrentIndex(format->findData(QStringLiteral("slack")));
        QVERIFY(urlField->isEnabled());
        QCOMPARE(urlField->echoMode(), QLineEdit::Password);
        urlField->setFocus();
        QTest::keyClicks(urlField, url);
        systemLog->setFocus();
        QTest::keyClick(systemLog, Qt::Key_Space);
        QVERIFY(systemLog->isChecked());
        clickSave(w.get());
        MailSettings s = saved(configPath());
        QCOMPARE(s.alerts.webhook, MailSettings::WebhookFormat::Slack);
        QVERIFY(s.alerts.systemLog);
        QVERIFY(!readFile(configPath()).contains("T0KEN-4711"));

        // The test alert goes through the system log only (webhook back to none).
        format->setCurrentIndex(format->findData(QStringLiteral("none")));
        QVERIFY(test->isEnabled());
        QTest::mouseClick(test, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(result->text().contains(QLatin1String("System log: sent")), 5000);
        QVERIFY(test->isEnabled());
        char buffer[8192];
        const ssize_t n = ::recv(fd, buffer, sizeof(buffer), MSG_DONTWAIT);
        QVERIFY(n > 0);
        QVERIFY(QByteArray(buffer, qsizetype(n)).startsWith("<20>mailwright["));
    }

    void requestsList()
    {
        const QString logPath = StatusRequestLog::defaultPathFor(configPath());
        StatusRequestLog log(logPath);
        const QDateTime t0 = QDateTime::currentDateTimeUtc().addSecs(-3600);
        log.append({t0, QStringLiteral("1"), QStringLiteral("ops@example.test"),
                    StatusRequestEntry::Outcome::Answered,
                    QStringLiteral("answered to ops@example.test")});
        log.append({t0.addSecs(60), QStringLiteral("2"), QStringLiteral("mallory@example.test"),
                    StatusRequestEntry::Outcome::Refused,
                    QStringLiteral("the sender is not permitted")});
        QVERIFY(log.save());

        auto w = open();
        auto *list = find<QTreeWidget>(w.get(), "remoteStatusRequests");
        QTRY_COMPARE_WITH_TIMEOUT(list->topLevelItemCount(), 2, 5000);
        // Newest first: time, sender, outcome, reason.
        QCOMPARE(list->topLevelItem(0)->text(1), QStringLiteral("mallory@example.test"));
        QCOMPARE(list->topLevelItem(0)->text(2), QStringLiteral("Refused"));
        QCOMPARE(list->topLevelItem(0)->text(3), QStringLiteral("the sender is not permitted"));
        QVERIFY(!list->topLevelItem(0)->text(0).isEmpty());
        QCOMPARE(list->topLevelItem(1)->text(2), QStringLiteral("Answered"));
        QVERIFY(find<QLabel>(w.get(), "remoteStatusRequestsSummary")
                    ->text()
                    .contains(QLatin1String("2 request")));

        // A pass processed another one: Refresh shows it on top.
        log.append({t0.addSecs(120), QStringLiteral("3"), QStringLiteral("boss@example.test"),
                    StatusRequestEntry::Outcome::Answered,
                    QStringLiteral("answered to boss@example.test")});
        QVERIFY(log.save());
        QTest::mouseClick(find<QPushButton>(w.get(), "remoteStatusRefresh"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(list->topLevelItemCount(), 3, 5000);
        QCOMPARE(list->topLevelItem(0)->text(1), QStringLiteral("boss@example.test"));
    }

    void pop3Disabled()
    {
        writeConfig({}, false);
        auto w = open();
        QVERIFY(find<QLabel>(w.get(), "remoteStatusPop3Hint")->isVisible());
        QVERIFY(!find<QLineEdit>(w.get(), "remoteStatusPermitted1")->isEnabled());
        QVERIFY(!find<QLineEdit>(w.get(), "remoteStatusPassword")->isEnabled());
        // Still checked from the file: it can be turned off, not on.
        auto *enabled = find<QCheckBox>(w.get(), "remoteStatusEnabled");
        QVERIFY(enabled->isEnabled());
        QTest::mouseClick(enabled, Qt::LeftButton);
        QVERIFY(!enabled->isEnabled());
    }

    void accessibleAndTabOrder()
    {
        auto w = open();
        auto *page = find<RemoteStatusPage>(w.get(), "remoteStatusPage");
        for (QWidget *c : page->findChildren<QWidget *>()) {
            if (!(c->focusPolicy() & Qt::TabFocus) || qobject_cast<QLabel *>(c) ||
                c->objectName().isEmpty() || c->objectName().startsWith(QLatin1String("qt_")))
                continue;
            QVERIFY2(!c->accessibleName().isEmpty(), qPrintable(c->objectName()));
        }
        // Tab goes through the addresses, then Add address, then the password.
        auto *fourth = find<QLineEdit>(w.get(), "remoteStatusPermitted4");
        fourth->setFocus();
        QTest::keyClick(fourth, Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), find<QPushButton>(w.get(), "remoteStatusAddAddress"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), find<QLineEdit>(w.get(), "remoteStatusPassword"));
    }
};

QTEST_MAIN(TestRemoteStatusPage)
#include "tst_remotestatuspage.moc"
