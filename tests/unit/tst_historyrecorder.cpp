// SPDX-License-Identifier: GPL-3.0-or-later
// HistoryRecorder, which writes a queue pass's outcomes into the delivery history on a
// thread of its own: what an outcome becomes, the chunks written while the pass goes on,
// the rest at the session's end, and a batch another writer keeps out for a while.
#include "history/DeliveryHistory.h"
#include "history/HistoryRecorder.h"

#include <QDateTime>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace mw;

class TestHistoryRecorder : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void recorderWritesAPassAndObeysSettings();
    void recorderWritesFullChunksDuringThePass();
    void recorderWritesTheRestWhenTheSessionEnds();
    void batchKeptOutByAnotherWriterIsNotLost();

private:
    QString freshPath(const QString &name) const
    {
        return m_dir.filePath(name + QStringLiteral("/history.sqlite"));
    }
    QTemporaryDir m_dir;
};

// HistoryRecorder: an outcome becomes an entry with To and Cc from the message's header
// (a comma inside a quoted name or a comment does not split), the body only with
// keep_bodies, nothing until the pass is flushed, and nothing at all (not even a file) with
// history/enabled = false.
void TestHistoryRecorder::recorderWritesAPassAndObeysSettings()
{
    QueuedMessage m;
    m.id = QStringLiteral("20261204T100000-abc");
    m.category = QStringLiteral("error");
    m.sender = QStringLiteral("bounces@host.example");
    m.recipients = {QStringLiteral("ops@example.org")};
    m.subject = QStringLiteral("Disk full");
    m.messageId = QStringLiteral("<r1@host.example>");
    m.lastError = ErrorClass::RecipientRejected;
    m.content = QByteArrayLiteral("From: <a@host.example>\r\nTo: \"Ops, night\" <ops@example.org>,"
                                  "\r\n boss@example.org (the, boss)\r\nCc: c@example.org\r\n"
                                  "Subject: Disk full\r\n\r\nbody\r\n");

    const QString off = freshPath(QStringLiteral("r-off"));
    MailSettings s;
    s.history.enabled = false;
    {
        HistoryRecorder rec(off, s);
        rec.add(m, QStringLiteral("delivered"), QStringLiteral("250 OK"), QStringLiteral("smtp"));
        QCOMPARE(rec.pendingCount(), 0);
        QVERIFY(rec.flush());
    }
    QVERIFY(!QFile::exists(off));

    const QString path = freshPath(QStringLiteral("r-on"));
    s.history.enabled = true;
    s.history.keepBodies = true;
    HistoryRecorder rec(path, s);
    rec.add(m, QStringLiteral("dead"), QStringLiteral("550 5.1.1 no"),
            QStringLiteral("backup-smtp"));
    s.history.keepBodies = false;
    rec.setSettings(s);
    m.messageId = QStringLiteral("<r2@host.example>");
    rec.add(m, QStringLiteral("delivered"), QStringLiteral("250 OK"), QStringLiteral("smtp"));
    QCOMPARE(rec.pendingCount(), 2);
    {
        DeliveryHistory reader(path);
        QString error;
        QVERIFY2(reader.open(&error), qPrintable(error));
        QCOMPARE(reader.find({}).size(), 0); // nothing before the pass ends
    }
    QString error;
    QVERIFY2(rec.flush(&error), qPrintable(error));
    QCOMPARE(rec.pendingCount(), 0);
    DeliveryHistory reader(path);
    QVERIFY(reader.open());
    const QList<HistoryEntry> all = reader.find({});
    QCOMPARE(all.size(), 2);
    const HistoryEntry &dead = all[1];
    QCOMPARE(dead.result, QStringLiteral("dead"));
    QCOMPARE(dead.server, QStringLiteral("backup-smtp"));
    QCOMPARE(dead.errorClass, QStringLiteral("recipient_rejected"));
    QCOMPARE(dead.detail, QStringLiteral("550 5.1.1 no"));
    QCOMPARE(dead.headerTo, (QStringList{QStringLiteral("\"Ops, night\" <ops@example.org>"),
                                         QStringLiteral("boss@example.org (the, boss)"),
                                         QStringLiteral("c@example.org")}));
    QVERIFY(dead.hasBody);
    QCOMPARE(reader.body(dead.id), m.content);
    QCOMPARE(all[0].result, QStringLiteral("delivered"));
    QVERIFY(all[0].errorClass.isEmpty());
    QVERIFY(!all[0].hasBody);
}

// One delivered notification, as the recorder's chunk tests add it under many ids.
static QueuedMessage recorderOutcome()
{
    QueuedMessage m;
    m.sender = QStringLiteral("bounces@host.example");
    m.recipients = {QStringLiteral("ops@example.org")};
    m.content = QByteArrayLiteral("To: ops@example.org\r\n\r\nbody\r\n");
    return m;
}

// Settings with the history on.
static MailSettings historyOn()
{
    MailSettings s;
    s.history.enabled = true;
    return s;
}

// n delivered outcomes, their ids prefix0 .. prefix<n-1>, handed to the recorder.
static void addOutcomes(HistoryRecorder &rec, const QString &prefix, int n)
{
    QueuedMessage m = recorderOutcome();
    for (int i = 0; i < n; ++i) {
        m.id = prefix + QString::number(i);
        rec.add(m, QStringLiteral("delivered"), QStringLiteral("250 OK"), QStringLiteral("smtp"));
    }
}

void TestHistoryRecorder::recorderWritesTheRestWhenTheSessionEnds()
{
    // Fewer than a chunk: nothing is written until the session ends (writeNow, which the
    // runner's sessionEnded calls), then without a flush(), which then finds them written.
    const QString path = freshPath(QStringLiteral("r-rest"));
    HistoryRecorder rec(path, historyOn());
    addOutcomes(rec, QStringLiteral("w"), 3);
    HistoryQuery all;
    all.limit = 0;
    QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(path), 10000); // opened by the first outcome
    // One reader, as the window's history view keeps it (a reader opened and closed every
    // few milliseconds, the last connection each time, checkpoints on every close and kept
    // the writer out for seconds where a sync is slow).
    DeliveryHistory reader(path);
    auto written = [&] { return reader.open() ? reader.find(all).size() : qsizetype(-1); };
    QTest::qWait(200);
    QCOMPARE(written(), qsizetype(0)); // not a chunk yet
    rec.writeNow();
    QTRY_COMPARE_WITH_TIMEOUT(written(), qsizetype(3), 10000);
    QCOMPARE(rec.pendingCount(), 3); // still counted until the pass's flush()
    QVERIFY(rec.flush());
    QCOMPARE(written(), qsizetype(3));
    // Nothing queued: writeNow() does nothing.
    rec.writeNow();
    QVERIFY(rec.flush());
    QCOMPARE(written(), qsizetype(3));
}

// The recorder's thread writes each full chunk of outcomes while the pass goes on (the
// session is not kept waiting for the history at its end); the rest comes with flush().
void TestHistoryRecorder::recorderWritesFullChunksDuringThePass()
{
    const QString path = freshPath(QStringLiteral("r-chunks"));
    HistoryRecorder rec(path, historyOn());
    const int n = HistoryRecorder::kChunk + 3;
    addOutcomes(rec, QStringLiteral("c"), n);
    QCOMPARE(rec.pendingCount(), n);
    HistoryQuery all;
    all.limit = 0;
    // A full chunk (and what was queued behind it by then) is written without a flush.
    DeliveryHistory reader(path);
    QTRY_VERIFY_WITH_TIMEOUT(reader.open() && reader.find(all).size() >= HistoryRecorder::kChunk,
                             10000);
    QString error;
    QVERIFY2(rec.flush(&error), qPrintable(error));
    QCOMPARE(rec.pendingCount(), 0);
    const QList<HistoryEntry> got = reader.find(all);
    QCOMPARE(got.size(), n);
    QCOMPARE(got.constLast().queueId, QStringLiteral("c0"));
    QCOMPARE(got.constLast().headerTo, QStringList{QStringLiteral("ops@example.org")});
}

// Two runners share a history (the window's and the service's): while one writes, the other
// waits the busy timeout (5 s) and fails. The recorder keeps such a batch and tries it again
// instead of dropping the pass's outcomes; the pass's flush() writes them all.
void TestHistoryRecorder::batchKeptOutByAnotherWriterIsNotLost()
{
    const QString path = freshPath(QStringLiteral("r-busy"));
    HistoryRecorder rec(path, historyOn());
    // A first pass: the recorder's connection is open (and its daily prune done).
    addOutcomes(rec, QStringLiteral("first"), 1);
    QVERIFY(rec.flush());
    // The other writer: a write transaction held for 7 s, past one busy timeout.
    const QString other = QStringLiteral("other-writer");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), other);
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("BEGIN IMMEDIATE")));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO entries (at, queue_id) VALUES (%1, 'other')")
                           .arg(QDateTime::currentMSecsSinceEpoch())));
    }
    const int n = HistoryRecorder::kChunk + 3;
    addOutcomes(rec, QStringLiteral("b"), n);
    // The chunk's first write waits the busy timeout and fails; the next one, under way when
    // the other writer commits, succeeds.
    QTest::qWait(7000);
    {
        QSqlDatabase db = QSqlDatabase::database(other);
        QVERIFY(db.commit());
        db.close();
    }
    QSqlDatabase::removeDatabase(other);
    QString error;
    QVERIFY2(rec.flush(&error), qPrintable(error));
    DeliveryHistory reader(path);
    QVERIFY(reader.open());
    HistoryQuery all;
    all.limit = 0;
    QStringList ids;
    for (const HistoryEntry &e : reader.find(all))
        ids << e.queueId;
    QCOMPARE(ids.size(), n + 2);
    QVERIFY(ids.contains(QStringLiteral("other")));
    QVERIFY(ids.contains(QStringLiteral("b0")));
    QVERIFY(ids.contains(QStringLiteral("b%1").arg(n - 1)));
    QCOMPARE(ids.constLast(), QStringLiteral("first0"));
}

QTEST_GUILESS_MAIN(TestHistoryRecorder)
#include "tst_historyrecorder.moc"
