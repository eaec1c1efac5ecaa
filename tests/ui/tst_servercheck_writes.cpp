// SPDX-License-Identifier: GPL-3.0-or-later
// What the server check does with files, driven from the settings window against a real
// Exim on loopback, and where it does it:
//   - the comparison with the remembered capabilities (and the write that makes a good
//     check the new reference) runs on the background writer, not on the GUI thread: the
//     check counts as running until it is done, and the event loop never waits for it;
//   - the backup server's check is compared with, and remembered as, the backup server
//     ("backup-smtp"), never the primary;
//   - the dialog's native window and backing store exist before the first check, so that
//     showing it does not fault in a fresh backing store inside the check;
//   - the check's sessions connect only once the dialog has been painted, so that its
//     first paint does not share the event loop and the machine with their start.
#include "EximFixture.h"
#include "GuiTestSupport.h"
#include "ServerCheckController.h"
#include "ServerCheckDialog.h"
#include "SettingsWindow.h"
#include "diagnostics/StatusMonitor.h"
#include "session/CapabilityMemory.h"
#include "settings/BackgroundWrites.h"

#include <QBackingStore>
#include <QLabel>
#include <QPushButton>
#include <QSemaphore>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <vector>

using namespace mw;
using mw::test::EximFixture;
using mw::test::find;
using mw::test::kStallBoundMs;
using mw::test::StallMeter;
using mw::test::writeFile;

namespace {

// Counts the connections a listening server has been offered when a widget paints for the
// first time (the listening socket is polled, not waited for).
class FirstPaintSpy : public QObject
{
public:
    FirstPaintSpy(QWidget *widget, QTcpServer *server)
        : m_server(server)
    {
        widget->installEventFilter(this);
    }
    bool painted = false;
    int connectionsAtFirstPaint = -1;

protected:
    bool eventFilter(QObject *, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !painted) {
            painted = true;
            while (m_server->waitForNewConnection(0)) {
            }
            connectionsAtFirstPaint = 0;
            while (QTcpSocket *s = m_server->nextPendingConnection()) {
                ++connectionsAtFirstPaint;
                m_accepted.emplace_back(s);
            }
        }
        return false;
    }

private:
    QTcpServer *m_server;
    std::vector<std::unique_ptr<QTcpSocket>> m_accepted;
};

} // namespace

class TestServerCheckWrites : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString configPath() const { return m_dir->filePath(QStringLiteral("mailwright.ini")); }
    QString memoryPath() const { return CapabilityMemory::defaultPathFor(configPath()); }
    std::unique_ptr<SettingsWindow> open()
    {
        auto w = std::make_unique<SettingsWindow>(configPath());
        w->monitor()->setPeriodic(false);
        w->monitor()->cancel();
        w->show();
        return w;
    }
    static ServerCheckController *controller(SettingsWindow *w)
    {
        return w->findChild<ServerCheckController *>(QStringLiteral("serverCheckController"));
    }
    // Clicks a button on whichever tab holds it, as a person would: that tab first.
    static void clickOnItsTab(SettingsWindow *w, const char *name)
    {
        w->buildAllPages();
        auto *button = find<QPushButton>(w, name);
        QTabWidget *tabs = w->tabs();
        for (int i = 0; i < tabs->count(); ++i) {
            if (tabs->widget(i)->isAncestorOf(button))
                tabs->setCurrentIndex(i);
        }
        QVERIFY(button->isVisible() && button->isEnabled());
        QTest::mouseClick(button, Qt::LeftButton);
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

    void memoryReviewedOnTheWriter();
    void backupCheckRemembersTheBackup();
    void dialogBackingStoreReadyBeforeTheCheck();
    void sessionsStartOnceTheDialogIsPainted();
};

void TestServerCheckWrites::memoryReviewedOnTheWriter()
{
    EximFixture exim;
    QVERIFY2(exim.start(), qPrintable(exim.errorString()));
    writeFile(configPath(),
              QStringLiteral("[general]\nsecret_backend=memory\n[smtp]\nhost=%1\nport=%2\n"
                             "security=starttls\nauth=plain\nusername=%3\nca_file=%4\ntimeout=5\n"
                             "[mailboxes]\nfrom=alerts@example.test\n")
                  .arg(exim.hostName())
                  .arg(exim.plainPort())
                  .arg(exim.userName(), exim.caFile())
                  .toUtf8());
    auto w = open();
    controller(w.get())->setProbeAttempts(ProbeService::Smtp,
                                          {{SecurityMode::StartTls, exim.plainPort()}});

    // The writer is busy (another file's fsync on a slow disk, say) until released.
    QSemaphore release;
    BackgroundWrites::post([&release] { (void)release.tryAcquire(1, 10000); });
    StallMeter meter;
    clickOnItsTab(w.get(), "checkServerButton");
    auto *dialog = w->findChild<ServerCheckDialog *>(QStringLiteral("smtpServerCheckDialog"));
    QVERIFY(dialog && dialog->isVisible());
    QTRY_VERIFY_WITH_TIMEOUT(dialog->report().modes.size() == 1, 30000);
    QTest::qWait(100);
    // The probe is done; the memory waits for the writer, and so does the dialog's end,
    // while the event loop goes on.
    QVERIFY(dialog->isRunning());
    QVERIFY2(meter.maxGapMs() < kStallBoundMs, qPrintable(QString::number(meter.maxGapMs())));
    release.release();
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isRunning(), 10000);
    // A good check of the configured mode is the new reference.
    QVERIFY(!CapabilityMemory(memoryPath())
                 .read(QStringLiteral("smtp"), exim.hostName(), exim.plainPort())
                 .isNull());
    QVERIFY2(meter.maxGapMs() < kStallBoundMs, qPrintable(QString::number(meter.maxGapMs())));
}

void TestServerCheckWrites::backupCheckRemembersTheBackup()
{
    EximFixture exim;
    QVERIFY2(exim.start(), qPrintable(exim.errorString()));
    // The primary is the same server on the same port: only the server id tells the two
    // memories apart.
    const QString server = QStringLiteral("host=%1\nport=%2\nsecurity=starttls\nauth=plain\n"
                                          "username=%3\nca_file=%4\ntimeout=5\n")
                               .arg(exim.hostName())
                               .arg(exim.plainPort())
                               .arg(exim.userName(), exim.caFile());
    writeFile(configPath(), QStringLiteral("[general]\nsecret_backend=memory\n[smtp]\n%1"
                                           "[backup_smtp]\nenabled=true\n%1"
                                           "[mailboxes]\nfrom=alerts@example.test\n")
                                .arg(server)
                                .toUtf8());
    auto w = open();
    controller(w.get())->setProbeAttempts(ProbeService::Smtp,
                                          {{SecurityMode::StartTls, exim.plainPort()}});
    clickOnItsTab(w.get(), "checkBackupButton");
    auto *dialog = w->findChild<ServerCheckDialog *>(QStringLiteral("backupServerCheckDialog"));
    QVERIFY(dialog && dialog->isVisible());
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isRunning() && dialog->report().modes.size() == 1, 30000);
    QVERIFY(dialog->report().modes.first().works);
    const CapabilityMemory memory(memoryPath());
    QVERIFY(
        !memory.read(QStringLiteral("backup-smtp"), exim.hostName(), exim.plainPort()).isNull());
    QVERIFY2(memory.read(QStringLiteral("smtp"), exim.hostName(), exim.plainPort()).isNull(),
             "the backup server's check was remembered as the primary's");
}

void TestServerCheckWrites::dialogBackingStoreReadyBeforeTheCheck()
{
    writeFile(configPath(), QByteArrayLiteral("[general]\nsecret_backend=memory\n[smtp]\n"
                                              "host=127.0.0.1\nport=25\nauth=none\n"));
    auto w = open();
    QTRY_VERIFY(w->findChild<ServerCheckDialog *>(QStringLiteral("smtpServerCheckDialog")));
    auto *dialog = w->findChild<ServerCheckDialog *>(QStringLiteral("smtpServerCheckDialog"));
    QVERIFY(!dialog->isVisible());
    QTRY_VERIFY(dialog->testAttribute(Qt::WA_WState_Created));
    QVERIFY(dialog->backingStore());
    QCOMPARE(dialog->backingStore()->size(), dialog->size());
}

void TestServerCheckWrites::sessionsStartOnceTheDialogIsPainted()
{
    // A server that accepts and never speaks: what matters here is when the sessions
    // connect, not what they find.
    QTcpServer silent;
    QVERIFY(silent.listen(QHostAddress::LocalHost, 0));
    const quint16 port = silent.serverPort();
    writeFile(configPath(), QStringLiteral("[general]\nsecret_backend=memory\n[smtp]\n"
                                           "host=127.0.0.1\nport=%1\nauth=none\ntimeout=10\n"
                                           "[mailboxes]\nfrom=a@example.test\n")
                                .arg(port)
                                .toUtf8());
    auto w = open();
    controller(w.get())->setProbeAttempts(ProbeService::Smtp, {{SecurityMode::Plain, port},
                                                               {SecurityMode::StartTls, port},
                                                               {SecurityMode::ImplicitTls, port}});
    QTRY_VERIFY(w->findChild<ServerCheckDialog *>(QStringLiteral("smtpServerCheckDialog")));
    auto *dialog = w->findChild<ServerCheckDialog *>(QStringLiteral("smtpServerCheckDialog"));
    // Whatever connected before the check (the status indicators' first look) is not
    // counted.
    const auto drain = [&silent] {
        while (silent.waitForNewConnection(0)) {
        }
        int connections = 0;
        for (; QTcpSocket *s = silent.nextPendingConnection(); ++connections)
            delete s;
        return connections;
    };
    QTest::qWait(200);
    (void)drain();
    FirstPaintSpy spy(dialog, &silent);
    StallMeter meter;
    clickOnItsTab(w.get(), "checkServerButton");
    QVERIFY(dialog->isVisible());
    // Started, as far as the person and the window's state go: running, cancellable.
    QVERIFY(dialog->isRunning());
    QVERIFY(find<QPushButton>(dialog, "serverCheckCancelButton")->isVisible());
    QTRY_VERIFY(spy.painted);
    QCOMPARE(spy.connectionsAtFirstPaint, 0);
    // Then every session connects, without any further prompt.
    std::vector<std::unique_ptr<QTcpSocket>> sessions;
    const auto accepted = [&] {
        while (QTcpSocket *s = silent.nextPendingConnection())
            sessions.emplace_back(s);
        return sessions.size();
    };
    QTRY_COMPARE_WITH_TIMEOUT(accepted(), std::size_t(3), 5000);
    QVERIFY(dialog->isRunning());
    QVERIFY2(meter.maxGapMs() < kStallBoundMs, qPrintable(QString::number(meter.maxGapMs())));

    // A check cancelled before the dialog is painted never connects.
    dialog->close();
    QTRY_VERIFY(!dialog->isRunning());
    (void)drain();
    FirstPaintSpy again(dialog, &silent);
    clickOnItsTab(w.get(), "checkServerButton");
    QVERIFY(dialog->isRunning());
    QTest::mouseClick(find<QPushButton>(dialog, "serverCheckCancelButton"), Qt::LeftButton);
    QVERIFY(!dialog->isRunning());
    QTRY_VERIFY(again.painted);
    QCOMPARE(again.connectionsAtFirstPaint, 0);
    QTest::qWait(300);
    QCOMPARE(drain(), 0);
    QVERIFY(find<QLabel>(dialog, "serverCheckTitle")->text().contains(QLatin1String("cancelled")));
}

QTEST_MAIN(TestServerCheckWrites)
#include "tst_servercheck_writes.moc"
