// SPDX-License-Identifier: GPL-3.0-or-later
// The History view (ui/HistoryView) opened through the window's button, on a history
// database written by the real DeliveryHistory. Stable objectNames:
//
//   window        historyButton
//   view          historyView, historyFilter, historyFailedOnly, historySince,
//                 historyCategory, historyServer, historyRefresh, historyStatus,
//                 historyTable, historyDetails, historyResend, historyResendResult,
//                 historyClose
#include "GuiTestSupport.h"
#include "HistoryModel.h"
#include "HistoryView.h"
#include "SettingsWindow.h"
#include "delivery/Queue.h"
#include "diagnostics/StatusMonitor.h"
#include "history/DeliveryHistory.h"

#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <memory>

using namespace mw;
using mw::test::find;
using mw::test::writeFile;

namespace {

HistoryEntry entry(const QString &queueId, const QString &category, const QString &to,
                   const QString &subject, const QString &server, const QString &result,
                   const QString &errorClass = {}, const QString &detail = {})
{
    HistoryEntry e;
    e.at = QDateTime::currentDateTimeUtc().addSecs(-60);
    e.queueId = queueId;
    e.category = category;
    e.sender = QStringLiteral("alerts@example.test");
    e.recipients = QStringList{to};
    e.headerTo = QStringList{to};
    e.subject = subject;
    e.messageId = QStringLiteral("<%1@example.test>").arg(queueId);
    e.server = server;
    e.result = result;
    e.errorClass = errorClass;
    e.detail = detail;
    return e;
}

QByteArray message(const QString &to, const QString &subject, const QString &messageId)
{
    return "From: alerts@example.test\r\nTo: " + to.toUtf8() + "\r\nSubject: " + subject.toUtf8() +
           "\r\nMessage-ID: " + messageId.toUtf8() +
           "\r\nDate: Fri, 04 Dec 2026 09:00:00 +0000\r\nMIME-Version: 1.0\r\n"
           "Content-Type: text/plain; charset=utf-8\r\n\r\nThe nightly backup finished.\r\n";
}

const QString kReply =
    QStringLiteral("550 5.1.1 <bob@example.test>: Recipient address rejected: User unknown");

} // namespace

class TestHistoryView : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString configPath() const { return m_dir->filePath(QStringLiteral("mailwright.ini")); }
    QString queueDir() const { return m_dir->filePath(QStringLiteral("queue")); }
    QString historyPath() const { return DeliveryHistory::defaultPathFor(configPath()); }

    // Four messages: two delivered (one with its text kept), one refused for good with the
    // server's reply, one delivered and then bounced.
    void writeHistory()
    {
        DeliveryHistory h(historyPath());
        QString error;
        QVERIFY2(h.open(&error), qPrintable(error));
        HistoryEntry ok1 =
            entry(QStringLiteral("q1"), QStringLiteral("job"), QStringLiteral("alice@example.test"),
                  QStringLiteral("Backup finished on srv1"), QStringLiteral("smtp"),
                  QStringLiteral("delivered"));
        ok1.hasBody = true;
        QVERIFY2(h.record(ok1, message(ok1.recipients.first(), ok1.subject, ok1.messageId), &error),
                 qPrintable(error));
        const HistoryEntry dead =
            entry(QStringLiteral("q2"), QStringLiteral("error"), QStringLiteral("bob@example.test"),
                  QStringLiteral("Disk full on srv1"), QStringLiteral("smtp"),
                  QStringLiteral("dead"), QStringLiteral("recipient-rejected"), kReply);
        QVERIFY2(h.record(dead, {}, &error), qPrintable(error));
        const HistoryEntry bounced =
            entry(QStringLiteral("q3"), QStringLiteral("notice"),
                  QStringLiteral("carol@example.test"), QStringLiteral("Weekly report"),
                  QStringLiteral("backup-smtp"), QStringLiteral("delivered"));
        QVERIFY2(h.record(bounced, {}, &error), qPrintable(error));
        QCOMPARE(h.markBounced(bounced.messageId, QDateTime::currentDateTimeUtc(),
                               QStringLiteral("5.2.2 mailbox full")),
                 1);
        const HistoryEntry ok2 =
            entry(QStringLiteral("q4"), QStringLiteral("job"), QStringLiteral("dave@example.test"),
                  QStringLiteral("Backup finished on srv2"), QStringLiteral("smtp"),
                  QStringLiteral("delivered"));
        QVERIFY2(h.record(ok2, {}, &error), qPrintable(error));
    }

    std::unique_ptr<SettingsWindow> openWindow()
    {
        auto w = std::make_unique<SettingsWindow>(configPath());
        w->monitor()->setPeriodic(false);
        w->show();
        QApplication::setActiveWindow(w.get());
        return w;
    }

    // The view opened with a mouse click on the window's button, its first load done.
    static HistoryView *openHistory(SettingsWindow *w)
    {
        auto *button = find<QPushButton>(w, "historyButton");
        if (!button)
            return nullptr;
        QTest::mouseClick(button, Qt::LeftButton);
        auto *view = w->findChild<HistoryView *>(QStringLiteral("historyView"));
        if (view) {
            // Active on the platform's side too (not only Qt's idea of it), so that a window
            // event meanwhile (another window made hidden, say) does not give the focus back.
            view->activateWindow();
            if (!QTest::qWaitForWindowActive(view))
                return nullptr;
        }
        return view;
    }

    static int rowOf(HistoryView *view, const QString &subject)
    {
        for (int row = 0; row < view->model()->rowCount(); ++row)
            if (view->model()->entryAt(row)->subject == subject)
                return row;
        return -1;
    }

    static void clickRow(QTableView *table, int row)
    {
        const QModelIndex index = table->model()->index(row, HistoryModel::Subject);
        table->scrollTo(index);
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(index).center());
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
        QVERIFY(QDir().mkpath(m_dir->filePath(QStringLiteral("no-policy"))));
        qputenv("MAILWRIGHT_POLICY_DIR", m_dir->filePath(QStringLiteral("no-policy")).toUtf8());
        // Servers on a loopback port where nothing listens: nothing leaves the machine.
        writeFile(configPath(),
                  "[general]\nsecret_backend=file\nsecret_file=" +
                      m_dir->filePath(QStringLiteral("secrets")).toUtf8() +
                      "\n[smtp]\nhost=127.0.0.1\nport=9\nsecurity=none\nauth=none\n"
                      "[mailboxes]\nfrom=alerts@example.test\nnotify=admin@example.test\n"
                      "[delivery]\nqueue_dir=" +
                      queueDir().toUtf8() + "\n[history]\nkeep_bodies=true\n");
    }
    void cleanup() { m_dir.reset(); }

    // Filters, details, keyboard, the live refresh and Resend, with the event loop never
    // blocked: every read happens on a pool thread.
    void browseFilterAndResend()
    {
        writeHistory();
        if (QTest::currentTestFailed())
            return;
        auto w = openWindow();
        mw::test::StallMeter stall;
        HistoryView *view = openHistory(w.get());
        QVERIFY(view);
        QVERIFY(view->isVisible());
        auto *table = find<QTableView>(view, "historyTable");
        auto *status = find<QLabel>(view, "historyStatus");
        QTRY_COMPARE_WITH_TIMEOUT(table->model()->rowCount(), 4, 10000);
        QVERIFY(!view->isLoading());
        // The database was read on a pool thread, never on the GUI thread.
        QVERIFY(view->lastLoadThread());
        QVERIFY(view->lastLoadThread() != QThread::currentThread());
        QCOMPARE(status->text(), QStringLiteral("4 message(s), newest first."));
        // The view's own reads make SQLite create and delete its WAL file, which the file
        // watch sees: left alone, the view must not keep reading.
        const int loads = view->loadsStarted();
        QTest::qWait(1500);
        QVERIFY2(view->loadsStarted() <= loads + 1,
                 qPrintable(QString::number(view->loadsStarted() - loads)));
        // Plain words with the error class; the bounce mark.
        const int deadRow = rowOf(view, QStringLiteral("Disk full on srv1"));
        QVERIFY(deadRow >= 0);
        QCOMPARE(table->model()->index(deadRow, HistoryModel::Outcome).data().toString(),
                 QStringLiteral("Refused for good (recipient-rejected)"));
        QCOMPARE(table->model()->index(deadRow, HistoryModel::Server).data().toString(),
                 QStringLiteral("Primary SMTP"));
        const int bouncedRow = rowOf(view, QStringLiteral("Weekly report"));
        QCOMPARE(table->model()->index(bouncedRow, HistoryModel::Bounce).data().toString(),
                 QStringLiteral("Bounced"));
        QCOMPARE(table->model()->index(bouncedRow, HistoryModel::Server).data().toString(),
                 QStringLiteral("Backup SMTP"));
        for (const char *name :
             {"historyFilter", "historyFailedOnly", "historySince", "historyCategory",
              "historyServer", "historyTable", "historyDetails"})
            QVERIFY2(
                !view->findChild<QWidget *>(QString::fromLatin1(name))->accessibleName().isEmpty(),
                name);
        auto *resend = find<QPushButton>(view, "historyResend");
        QVERIFY(!resend->isEnabled()); // nothing selected

        // Ctrl+F: the filter; typing narrows the rows (recipient or subject).
        table->setFocus();
        QTest::keyClick(view, Qt::Key_F, Qt::ControlModifier);
        auto *filter = find<QLineEdit>(view, "historyFilter");
        QTRY_COMPARE(QApplication::focusWidget(), filter);
        QTest::keyClicks(filter, QStringLiteral("Backup finished"));
        QTRY_COMPARE_WITH_TIMEOUT(table->model()->rowCount(), 2, 10000);
        filter->clear();
        QTest::keyClicks(filter, QStringLiteral("carol@"));
        QTRY_COMPARE_WITH_TIMEOUT(table->model()->rowCount(), 1, 10000);
        QCOMPARE(view->model()->entryAt(0)->subject, QStringLiteral("Weekly report"));
        filter->clear();
        QTRY_COMPARE_WITH_TIMEOUT(table->model()->rowCount(), 4, 10000);

        // Failed only: the refused one and the bounced one.
        QTest::mouseClick(find<QCheckBox>(view, "historyFailedOnly"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(table->model()->rowCount(), 2, 10000);
        QStringList failed;
        for (int row = 0; row < 2; ++row)
            failed << view->model()->entryAt(row)->subject;
        failed.sort();
        QCOMPARE(failed, (QStringList{QStringLiteral("Disk full on srv1"),
                                      QStringLiteral("Weekly report")}));

        // A row selected: the details show the server's reply; Enter moves to them.
        auto *details = find<QPlainTextEdit>(view, "historyDetails");
        clickRow(table, rowOf(view, QStringLiteral("Disk full on srv1")));
        QTRY_VERIFY(details->toPlainText().contains(kReply));
        QVERIFY(details->toPlainText().contains(QStringLiteral("bob@example.test")));
        QVERIFY(details->toPlainText().contains(QStringLiteral("was not kept")));
        QVERIFY(resend->isEnabled());
        QTest::keyClick(table, Qt::Key_Return);
        QTRY_COMPARE(QApplication::focusWidget(), details);

        // The runner records while the view is open: the new row appears without Refresh.
        QTest::mouseClick(find<QCheckBox>(view, "historyFailedOnly"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(table->model()->rowCount(), 4, 10000);
        {
            DeliveryHistory h(historyPath());
            QVERIFY(h.open());
            QVERIFY(h.record(entry(QStringLiteral("q5"), QStringLiteral("console"),
                                   QStringLiteral("erin@example.test"),
                                   QStringLiteral("Typed at the console"), QStringLiteral("pickup"),
                                   QStringLiteral("delivered"))));
        }
        QTRY_COMPARE_WITH_TIMEOUT(table->model()->rowCount(), 5, 10000);

        // Resend of the message whose text was kept: a new message in the spool.
        QVERIFY(Queue(queueDir()).list(false).isEmpty());
        clickRow(table, rowOf(view, QStringLiteral("Backup finished on srv1")));
        QTRY_VERIFY(
            details->toPlainText().contains(QStringLiteral("The nightly backup finished.")));
        QTest::mouseClick(resend, Qt::LeftButton);
        QVERIFY(!resend->isEnabled()); // while it runs
        QTRY_VERIFY_WITH_TIMEOUT(!view->isResending(), 10000);
        const QList<QueuedMessage> queued = Queue(queueDir()).list(false);
        QCOMPARE(queued.size(), 1);
        QCOMPARE(queued.first().subject, QStringLiteral("Backup finished on srv1"));
        QCOMPARE(queued.first().recipients, QStringList{QStringLiteral("alice@example.test")});
        auto *result = find<QLabel>(view, "historyResendResult");
        QVERIFY2(result->text().contains(queued.first().id), qPrintable(result->text()));
        QVERIFY(resend->isEnabled());

        // Without the text: the clear error, and nothing queued.
        clickRow(table, rowOf(view, QStringLiteral("Backup finished on srv2")));
        QTest::mouseClick(resend, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!view->isResending(), 10000);
        QVERIFY2(result->text().contains(QStringLiteral("keep_bodies")),
                 qPrintable(result->text()));
        QCOMPARE(Queue(queueDir()).list(false).size(), 1);

        QVERIFY2(stall.maxGapMs() < mw::test::kStallBoundMs,
                 qPrintable(QString::number(stall.maxGapMs())));
        // One view: the button raises it again.
        QCOMPARE(openHistory(w.get()), view);
    }

    // No database yet (nothing handed over): an empty list, not an error; F5 reads again.
    void noHistoryYet()
    {
        auto w = openWindow();
        HistoryView *view = openHistory(w.get());
        QVERIFY(view);
        auto *status = find<QLabel>(view, "historyStatus");
        QTRY_COMPARE_WITH_TIMEOUT(status->text(), QStringLiteral("No message matches."), 10000);
        writeHistory();
        if (QTest::currentTestFailed())
            return;
        QTest::keyClick(view, Qt::Key_F5);
        QTRY_COMPARE_WITH_TIMEOUT(view->model()->rowCount(), 4, 10000);
    }
};

QTEST_MAIN(TestHistoryView)
#include "tst_history_view.moc"
