// SPDX-License-Identifier: GPL-3.0-or-later
// The Queue view (ui/QueueView) and the queue summary beside the SMTP indicator, following
// a real runner (`mailwright-cli queue run --once`) against a real Exim on loopback while
// the window stays responsive: the delivered messages disappear, a recipient Exim refuses
// with 550 becomes a dead letter with its reason, a wrong password holds the queue and the
// view says so; Release hold, Move back, Retry now, Show message and Delete by mouse.
// Stable objectNames:
//
//   window   queueButton, queueSummary, relayWindow
//   view     queueView, queueStatus, queueTable, queueRetry, queueDelete, queueRelease,
//            queueUndead, queueShow, queueRefresh, queueActionResult, queueMessage,
//            queueBounced, queueClose, queueDeleteConfirm
#include "EximFixture.h"
#include "GuiTestSupport.h"
#include "QueueModel.h"
#include "QueueView.h"
#include "SettingsWindow.h"
#include "TestPaths.h"
#include "delivery/Queue.h"
#include "delivery/QueueOperations.h"
#include "diagnostics/StatusMonitor.h"
#include "history/DeliveryHistory.h"
#include "settings/SettingsStore.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <memory>

using namespace mw;
using mw::test::EximFixture;
using mw::test::find;

class TestQueueView : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void followsRunnerDeliversHoldsDeadLetters();
    void relayWindowBesideIndicator();

private:
    QString configPath() const { return m_dir->filePath(QStringLiteral("mailwright.ini")); }
    QString queueDir() const { return m_dir->filePath(QStringLiteral("queue")); }
    MailSettings settings() const;
    void writeConfig(const MailSettings &s);
    QString enqueue(const QString &to, const QString &subject);
    // `queue run --once` with that SMTP password; waits in the event loop (the window
    // keeps reading the spool meanwhile) and returns the exit code.
    int runQueue(const QString &password);
    static int rowOf(QueueView *view, const QString &subject);
    static void clickRow(QueueView *view, int row);
    static QString cell(QueueView *view, int row, int column);

    std::unique_ptr<EximFixture> m_exim;
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestQueueView::initTestCase()
{
    m_exim = std::make_unique<EximFixture>();
    QVERIFY2(m_exim->start(), qPrintable(m_exim->errorString()));
}

void TestQueueView::init()
{
    m_exim->clearMaildir();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    qputenv("XDG_CONFIG_HOME", m_dir->filePath(QStringLiteral("xdg")).toUtf8());
    qputenv("XDG_DATA_HOME", m_dir->filePath(QStringLiteral("data")).toUtf8());
    QVERIFY(QDir().mkpath(m_dir->filePath(QStringLiteral("no-policy"))));
    qputenv("MAILWRIGHT_POLICY_DIR", m_dir->filePath(QStringLiteral("no-policy")).toUtf8());
}

void TestQueueView::cleanup()
{
    m_dir.reset();
}

MailSettings TestQueueView::settings() const
{
    MailSettings s = mw::test::smtpThroughExim(*m_exim);
    s.general.secretBackend = MailSettings::SecretBackend::Memory;
    s.mailboxes.from = QStringLiteral("alerts@example.test");
    s.alerts.enabled = false; // no notices of the runner's own among the rows
    s.delivery.queueDir = queueDir();
    return s;
}

void TestQueueView::writeConfig(const MailSettings &s)
{
    QString error;
    QVERIFY2(SettingsStore(configPath()).save(s, &error), qPrintable(error));
}

QString TestQueueView::enqueue(const QString &to, const QString &subject)
{
    QueuedMessage m;
    m.category = QStringLiteral("job");
    m.sender = QStringLiteral("alerts@example.test");
    m.recipients = QStringList{to};
    m.subject = subject;
    m.messageId = QStringLiteral("<%1@example.test>").arg(QString::number(qHash(subject)));
    m.content = "From: alerts@example.test\r\nTo: " + to.toUtf8() +
                "\r\nSubject: " + subject.toUtf8() + "\r\nMessage-ID: " + m.messageId.toUtf8() +
                "\r\nDate: Fri, 04 Dec 2026 09:00:00 +0000\r\n\r\nBody of " + subject.toUtf8() +
                ".\r\n";
    QString error;
    const auto id = Queue(queueDir()).enqueue(m, &error);
    if (!id)
        qWarning("enqueue: %s", qPrintable(error));
    return id.value_or(QString());
}

int TestQueueView::runQueue(const QString &password)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("MAILWRIGHT_SMTP_PASSWORD"), password);
    p.setProcessEnvironment(env);
    QSignalSpy finished(&p, &QProcess::finished);
    p.start(test::cliPath(), {QStringLiteral("--config"), configPath(), QStringLiteral("queue"),
                              QStringLiteral("run"), QStringLiteral("--once")});
    if (!finished.wait(30000)) {
        p.kill();
        p.waitForFinished(5000);
        return -1;
    }
    return p.exitCode();
}

int TestQueueView::rowOf(QueueView *view, const QString &subject)
{
    for (int row = 0; row < view->model()->rowCount(); ++row)
        if (view->model()->messageAt(row)->subject == subject)
            return row;
    return -1;
}

void TestQueueView::clickRow(QueueView *view, int row)
{
    auto *table = find<QTableView>(view, "queueTable");
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {},
                      table->visualRect(view->model()->index(row, QueueModel::Subject)).center());
}

QString TestQueueView::cell(QueueView *view, int row, int column)
{
    return view->model()->index(row, column).data().toString();
}

void TestQueueView::followsRunnerDeliversHoldsDeadLetters()
{
    writeConfig(settings());
    QVERIFY(!enqueue(QStringLiteral("first@example.test"), QStringLiteral("Q one")).isEmpty());
    QVERIFY(!enqueue(QStringLiteral("nobody@example.test"), QStringLiteral("Q refused")).isEmpty());
    QVERIFY(!enqueue(QStringLiteral("third@example.test"), QStringLiteral("Q three")).isEmpty());

    // A notification sent earlier whose bounce report was read (the history marks it).
    {
        DeliveryHistory history(DeliveryHistory::defaultPathFor(configPath()));
        QVERIFY(history.open());
        HistoryEntry sent;
        sent.at = QDateTime::currentDateTimeUtc().addSecs(-3600);
        sent.queueId = QStringLiteral("20261204T080000-earlier");
        sent.category = QStringLiteral("error");
        sent.recipients = QStringList{QStringLiteral("ops@example.test")};
        sent.subject = QStringLiteral("Disk full on srv3");
        sent.messageId = QStringLiteral("<earlier@example.test>");
        sent.server = QStringLiteral("smtp");
        sent.result = QStringLiteral("delivered");
        QVERIFY(history.record(sent));
        QCOMPARE(
            history.markBounced(sent.messageId, QDateTime::currentDateTimeUtc(),
                                QStringLiteral("failed ops@example.test 5.2.2 (mailbox full)")),
            1);
    }

    SettingsWindow w(configPath());
    w.monitor()->setPeriodic(false);
    w.show();
    auto *summary = find<QPushButton>(&w, "queueSummary");
    QVERIFY(summary);
    QTRY_VERIFY2(summary->text().contains(QLatin1String("3 waiting")), qPrintable(summary->text()));
    QTest::mouseClick(find<QPushButton>(&w, "queueButton"), Qt::LeftButton);
    auto *view = w.findChild<QueueView *>(QStringLiteral("queueView"));
    QVERIFY(view);
    QTRY_COMPARE(view->model()->rowCount(), 3);
    QVERIFY(view->lastLoadThread() && view->lastLoadThread() != QThread::currentThread());
    for (int row = 0; row < 3; ++row)
        QCOMPARE(cell(view, row, QueueModel::State), QStringLiteral("Waiting"));
    // The bounce is shown on its message, below the queue.
    auto *bounced = find<QListWidget>(view, "queueBounced");
    QCOMPARE(bounced->count(), 1);
    QVERIFY2(bounced->item(0)->text().contains(QLatin1String("Disk full on srv3")) &&
                 bounced->item(0)->text().contains(QLatin1String("5.2.2 (mailbox full)")) &&
                 bounced->item(0)->text().contains(QLatin1String("<earlier@example.test>")),
             qPrintable(bounced->item(0)->text()));

    // The runner delivers two; Exim refuses nobody@ for good: the view follows by itself.
    QCOMPARE(runQueue(m_exim->password()), 0);
    QVERIFY(m_exim->waitForMessages(2));
    QTRY_COMPARE(view->model()->rowCount(), 1);
    QCOMPARE(cell(view, 0, QueueModel::Subject), QStringLiteral("Q refused"));
    QCOMPARE(cell(view, 0, QueueModel::State), QStringLiteral("Dead letter"));
    QVERIFY2(cell(view, 0, QueueModel::LastError).contains(QLatin1String("550")),
             qPrintable(cell(view, 0, QueueModel::LastError)));
    QCOMPARE(cell(view, 0, QueueModel::Recipients), QStringLiteral("nobody@example.test"));
    QTRY_VERIFY2(summary->text().contains(QLatin1String("1 dead letter")),
                 qPrintable(summary->text()));

    // A wrong password holds the queue: the view says held.
    const QString wrong = QStringLiteral("Wrong-Queue-View-4x!");
    QVERIFY(!enqueue(QStringLiteral("fourth@example.test"), QStringLiteral("Q held")).isEmpty());
    QTRY_COMPARE(view->model()->rowCount(), 2);
    QVERIFY(runQueue(wrong) != 0);
    QTRY_COMPARE(cell(view, rowOf(view, QStringLiteral("Q held")), QueueModel::State),
                 QStringLiteral("Held"));
    auto *status = find<QLabel>(view, "queueStatus");
    QVERIFY2(status->text().contains(QLatin1String("held")), qPrintable(status->text()));
    QTRY_VERIFY2(summary->text().contains(QLatin1String("1 held")), qPrintable(summary->text()));

    // Release hold, by mouse.
    auto *release = find<QPushButton>(view, "queueRelease");
    QVERIFY(release->isEnabled());
    QTest::mouseClick(release, Qt::LeftButton);
    QTRY_VERIFY(!Queue(queueDir()).hold().active);
    QTRY_COMPARE(cell(view, rowOf(view, QStringLiteral("Q held")), QueueModel::State),
                 QStringLiteral("Waiting"));
    QTRY_VERIFY(!release->isEnabled());

    // Move back from the dead letters.
    const QString deadId = view->model()->messageAt(rowOf(view, QStringLiteral("Q refused")))->id;
    clickRow(view, rowOf(view, QStringLiteral("Q refused")));
    auto *undead = find<QPushButton>(view, "queueUndead");
    QVERIFY(undead->isEnabled());
    QVERIFY(!find<QPushButton>(view, "queueRetry")->isEnabled());
    QTRY_VERIFY(!view->isBusy());
    QTest::mouseClick(undead, Qt::LeftButton);
    QTRY_COMPARE(cell(view, rowOf(view, QStringLiteral("Q refused")), QueueModel::State),
                 QStringLiteral("Waiting"));
    QVERIFY(
        !QFile::exists(queueDir() + QStringLiteral("/dead/") + deadId + QStringLiteral(".msg")));
    QVERIFY(QFile::exists(queueDir() + QLatin1Char('/') + deadId + QStringLiteral(".msg")));

    // Show message: headers and body, never a password.
    clickRow(view, rowOf(view, QStringLiteral("Q refused")));
    QTRY_VERIFY(!view->isBusy()); // the previous action has ended
    QTest::mouseClick(find<QPushButton>(view, "queueShow"), Qt::LeftButton);
    auto *shown = find<QPlainTextEdit>(view, "queueMessage");
    QTRY_VERIFY(shown->toPlainText().contains(QLatin1String("Subject: Q refused")));
    QVERIFY(shown->toPlainText().contains(QLatin1String("Body of Q refused.")));
    // A read of the spool (the runner, the age timer) keeps it shown.
    view->reload();
    QTRY_VERIFY(!view->isLoading());
    QVERIFY(shown->toPlainText().contains(QLatin1String("Subject: Q refused")));
    QVERIFY(shown->toPlainText().contains(QLatin1String("550")));
    QVERIFY(!shown->toPlainText().contains(m_exim->password()));
    QVERIFY(!shown->toPlainText().contains(wrong));

    // Retry now: due at once.
    clickRow(view, rowOf(view, QStringLiteral("Q held")));
    const QString heldId = view->model()->messageAt(rowOf(view, QStringLiteral("Q held")))->id;
    QSignalSpy acted(view, &QueueView::actionFinished);
    QTRY_VERIFY(!view->isBusy()); // the previous action has ended
    QTest::mouseClick(find<QPushButton>(view, "queueRetry"), Qt::LeftButton);
    QVERIFY(acted.wait(20000));
    QVERIFY2(acted.at(0).at(0).toBool(), qPrintable(acted.at(0).at(1).toString()));
    QVERIFY(Queue(queueDir()).load(heldId, false)->nextAttempt <= QDateTime::currentDateTimeUtc());

    // Delete asks first; Yes removes it from the spool and the view.
    clickRow(view, rowOf(view, QStringLiteral("Q held")));
    QTRY_VERIFY(!view->isBusy()); // the previous action has ended
    QTest::mouseClick(find<QPushButton>(view, "queueDelete"), Qt::LeftButton);
    QMessageBox *confirm = nullptr;
    QTRY_VERIFY((confirm = view->findChild<QMessageBox *>(QStringLiteral("queueDeleteConfirm"))));
    QTest::mouseClick(confirm->button(QMessageBox::Yes), Qt::LeftButton);
    QTRY_COMPARE(view->model()->rowCount(), 1);
    QCOMPARE(rowOf(view, QStringLiteral("Q held")), -1);
    QVERIFY(!Queue(queueDir()).load(heldId, false));
    QTRY_VERIFY2(summary->text().contains(QLatin1String("1 waiting")), qPrintable(summary->text()));
}

// A POP-before-SMTP login of the runner: "relay authorised until HH:MM" beside the SMTP
// indicator, for that login's relay window only.
void TestQueueView::relayWindowBesideIndicator()
{
    MailSettings s = settings();
    s.smtp.auth = MailSettings::SmtpAuth::PopBeforeSmtp;
    s.pop3.host = QStringLiteral("localhost");
    s.pop3.port = 995;
    s.pop3.username = QStringLiteral("relayuser");
    s.pop3.relayWindow = 10;
    writeConfig(s);
    QVERIFY(QDir().mkpath(queueDir()));
    const QDateTime at = QDateTime::currentDateTimeUtc().addSecs(-60);
    QueueOperations::recordRelayLogin(queueDir(), at, QueueOperations::relayAccount(s));

    SettingsWindow w(configPath());
    w.monitor()->setPeriodic(false);
    w.show();
    auto *relay = find<QLabel>(&w, "relayWindow");
    QVERIFY(relay);
    QTRY_VERIFY(relay->isVisible());
    const QString until =
        QLocale().toString(at.addSecs(600).toLocalTime().time(), QLocale::ShortFormat);
    QVERIFY2(relay->text() == QStringLiteral("relay authorised until %1").arg(until),
             qPrintable(relay->text()));

    // A login of another account (the settings changed) opens nothing.
    QueueOperations::recordRelayLogin(queueDir(), at, QStringLiteral("other:995 someone"));
    QTRY_VERIFY(!relay->isVisible());
}

QTEST_MAIN(TestQueueView)
#include "tst_queue_view.moc"
