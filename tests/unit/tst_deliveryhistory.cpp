// SPDX-License-Identifier: GPL-3.0-or-later
// DeliveryHistory, the SQLite database of every message the queue handed over: what it
// records and finds, its filters, retention, bounce marks, a damaged file and the modes of
// its files (the recorder that writes a pass into it: tst_historyrecorder).
#include "diagnostics/DsnParser.h"
#include "history/DeliveryHistory.h"
#include "history/HistoryRecorder.h"
#include "history/HistoryResend.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <sys/stat.h>

#include <atomic>
#include <thread>

using namespace mw;

class TestDeliveryHistory : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void recordAndFind();
    void filters();
    void pruneDropsOnlyOldEntries();
    void markBouncedMatchesMessageId();
    void damagedFileIsMovedAside();
    void filesArePrivate();
    void twoInstancesShareTheFile();
    void twoOpensOfANewFileAtOnce();
    void logIsCopiedInAsItGrows();
    void resentFieldsOnTop();
    void onlyFailureReportsMarkBounces();
    void toAndCcAsDsnParserReadsThem_data();
    void toAndCcAsDsnParserReadsThem();

private:
    QString freshPath(const QString &name) const
    {
        return m_dir.filePath(name + QStringLiteral("/history.sqlite"));
    }
    static HistoryEntry sample(const QString &subject, const QString &result,
                               const QString &messageId)
    {
        HistoryEntry e;
        e.queueId = QStringLiteral("q-") + subject;
        e.category = QStringLiteral("job");
        e.sender = QStringLiteral("backup@host.example");
        e.recipients = {QStringLiteral("ops@example.org"), QStringLiteral("boss@example.org")};
        e.headerTo = {QStringLiteral("Ops <ops@example.org>")};
        e.subject = subject;
        e.messageId = messageId;
        e.server = QStringLiteral("smtp");
        e.result = result;
        if (result != QLatin1String("delivered")) {
            e.errorClass = QStringLiteral("recipient-refused");
            e.detail = QStringLiteral("550 5.1.1 no such user");
        }
        return e;
    }

    QTemporaryDir m_dir;
};

// The write-ahead log is copied into the database every 64 pages as transactions commit, not
// only when the last connection closes: after 2 MiB of rows in eight transactions the log
// holds about one transaction, not all of them (SQLite's default waits for 1000 pages).
// The recorder's thread and a reader (the window's history view, `mailwright-cli history`)
// open a file that does not exist yet at the same moment: both create it and turn its
// journal to WAL, and SQLite answers one of them "database is locked" at once, without the
// busy timeout. open() tries again; both opens succeed. Many fresh files, so that the two
// meet inside that window.
void TestDeliveryHistory::twoOpensOfANewFileAtOnce()
{
    for (int round = 0; round < 60; ++round) {
        const QString path = freshPath(QStringLiteral("both-%1").arg(round));
        std::atomic_int ready{0};
        QString errors[2];
        bool opened[2] = {false, false};
        auto opener = [&](int i) {
            DeliveryHistory h(path);
            ++ready;
            while (ready.load() < 2) {
            }
            opened[i] = h.open(&errors[i]);
        };
        std::thread a(opener, 0);
        std::thread b(opener, 1);
        a.join();
        b.join();
        QVERIFY2(opened[0], qPrintable(QStringLiteral("round %1: %2").arg(round).arg(errors[0])));
        QVERIFY2(opened[1], qPrintable(QStringLiteral("round %1: %2").arg(round).arg(errors[1])));
    }
}

void TestDeliveryHistory::logIsCopiedInAsItGrows()
{
    const QString path = freshPath(QStringLiteral("wal"));
    DeliveryHistory h(path);
    QString error;
    QVERIFY2(h.open(&error), qPrintable(error));
    const QByteArray body = "Subject: big\r\n\r\n" + QByteArray(4000, 'x') + "\r\n";
    for (int t = 0; t < 8; ++t) {
        QList<std::pair<HistoryEntry, QByteArray>> rows;
        for (int i = 0; i < 64; ++i)
            rows.append(
                {sample(QStringLiteral("row %1-%2").arg(t).arg(i), QStringLiteral("delivered"),
                        QStringLiteral("<%1.%2@host.example>").arg(t).arg(i)),
                 body});
        QVERIFY2(h.recordAll(rows, &error), qPrintable(error));
    }
    const QFileInfo log(path + QStringLiteral("-wal"));
    QVERIFY(log.exists());
    QVERIFY2(log.size() < 1024 * 1024, qPrintable(QString::number(log.size())));
    QCOMPARE(h.find(HistoryQuery()).size(), 512);
}

// Every field comes back as written; the body only where one was given; newest first.
void TestDeliveryHistory::recordAndFind()
{
    DeliveryHistory h(freshPath(QStringLiteral("a")));
    QString error;
    QVERIFY2(h.open(&error), qPrintable(error));
    QVERIFY(h.damagedNotice().isEmpty());
    HistoryEntry first = sample(QStringLiteral("Nightly backup"), QStringLiteral("delivered"),
                                QStringLiteral("<one@host.example>"));
    first.at = QDateTime::currentDateTimeUtc().addSecs(-60);
    QVERIFY2(h.record(first, QByteArrayLiteral("Subject: Nightly backup\r\n\r\nok\r\n"), &error),
             qPrintable(error));
    const HistoryEntry second = sample(QStringLiteral("Disk full"), QStringLiteral("dead"),
                                       QStringLiteral("two@host.example"));
    QVERIFY2(h.recordAll({{second, {}}}, &error), qPrintable(error));

    const QList<HistoryEntry> all = h.find({}, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(all.size(), 2);
    QCOMPARE(all[0].subject, QStringLiteral("Disk full"));
    QCOMPARE(all[0].messageId, QStringLiteral("<two@host.example>")); // brackets added
    QCOMPARE(all[0].detail, QStringLiteral("550 5.1.1 no such user"));
    QCOMPARE(all[0].errorClass, QStringLiteral("recipient-refused"));
    QVERIFY(!all[0].hasBody);
    QVERIFY(all[0].at.isValid()); // stamped by record() when not given
    const HistoryEntry &back = all[1];
    QCOMPARE(back.subject, first.subject);
    QCOMPARE(back.recipients, first.recipients);
    QCOMPARE(back.headerTo, first.headerTo);
    QCOMPARE(back.sender, first.sender);
    QCOMPARE(back.queueId, first.queueId);
    QCOMPARE(back.category, first.category);
    QCOMPARE(back.server, first.server);
    QCOMPARE(back.result, first.result);
    QCOMPARE(back.at.toMSecsSinceEpoch(), first.at.toMSecsSinceEpoch());
    QVERIFY(back.hasBody);
    QVERIFY(!back.bouncedAt.isValid());

    const auto one = h.entry(back.id);
    QVERIFY(one.has_value());
    QCOMPARE(one->subject, first.subject);
    QCOMPARE(h.body(back.id), QByteArrayLiteral("Subject: Nightly backup\r\n\r\nok\r\n"));
    QVERIFY(h.body(all[0].id).isEmpty());
    QVERIFY(!h.entry(9999).has_value());

    // A second instance (the window while the CLI writes) reads the same rows.
    DeliveryHistory again(h.path());
    QVERIFY(again.open(&error));
    QCOMPARE(again.find({}).size(), 2);
}

void TestDeliveryHistory::filters()
{
    DeliveryHistory h(freshPath(QStringLiteral("b")));
    QVERIFY(h.open());
    HistoryEntry old = sample(QStringLiteral("Old report"), QStringLiteral("delivered"),
                              QStringLiteral("<old@x>"));
    old.at = QDateTime::currentDateTimeUtc().addDays(-3);
    HistoryEntry failed = sample(QStringLiteral("Refused 100%_done"), QStringLiteral("dead"),
                                 QStringLiteral("<failed@x>"));
    failed.server = QStringLiteral("backup-smtp");
    failed.category = QStringLiteral("error");
    HistoryEntry ok =
        sample(QStringLiteral("Fine"), QStringLiteral("delivered"), QStringLiteral("<fine@x>"));
    ok.recipients = {QStringLiteral("someone-else@example.net")};
    ok.headerTo = {};
    QVERIFY(h.recordAll({{old, {}}, {failed, {}}, {ok, {}}}));

    HistoryQuery q;
    q.since = QDateTime::currentDateTimeUtc().addDays(-1);
    QCOMPARE(h.find(q).size(), 2);
    q = {};
    q.failedOnly = true;
    QList<HistoryEntry> got = h.find(q);
    QCOMPARE(got.size(), 1);
    QCOMPARE(got[0].messageId, QStringLiteral("<failed@x>"));
    q = {};
    q.text = QStringLiteral("example.net"); // a recipient
    got = h.find(q);
    QCOMPARE(got.size(), 1);
    QCOMPARE(got[0].subject, QStringLiteral("Fine"));
    q.text = QStringLiteral("<OLD@"); // the Message-ID, any case
    QCOMPARE(h.find(q).size(), 1);
    q.text = QStringLiteral("100%_"); // taken literally, not as LIKE wildcards
    got = h.find(q);
    QCOMPARE(got.size(), 1);
    QCOMPARE(got[0].messageId, QStringLiteral("<failed@x>"));
    q.text = QStringLiteral("0%d");
    QCOMPARE(h.find(q).size(), 0);
    q = {};
    q.server = QStringLiteral("backup-smtp");
    QCOMPARE(h.find(q).size(), 1);
    q = {};
    q.category = QStringLiteral("job");
    QCOMPARE(h.find(q).size(), 2);
    q = {};
    q.limit = 2;
    got = h.find(q);
    QCOMPARE(got.size(), 2);
    QCOMPARE(got[1].messageId, QStringLiteral("<failed@x>")); // newest first, old one cut
}

void TestDeliveryHistory::pruneDropsOnlyOldEntries()
{
    DeliveryHistory h(freshPath(QStringLiteral("c")));
    QVERIFY(h.open());
    HistoryEntry old = sample(QStringLiteral("old"), QStringLiteral("delivered"), {});
    old.at = QDateTime::currentDateTimeUtc().addDays(-31);
    HistoryEntry edge = sample(QStringLiteral("edge"), QStringLiteral("delivered"), {});
    edge.at = QDateTime::currentDateTimeUtc().addDays(-29);
    const HistoryEntry fresh = sample(QStringLiteral("fresh"), QStringLiteral("delivered"), {});
    QVERIFY(h.recordAll({{old, {}}, {edge, {}}, {fresh, {}}}));
    QCOMPARE(h.prune(30), 1);
    QCOMPARE(h.prune(30), 0);
    const QList<HistoryEntry> left = h.find({});
    QCOMPARE(left.size(), 2);
    QCOMPARE(left[1].subject, QStringLiteral("edge"));
    QCOMPARE(h.prune(0), 0); // not a retention: nothing dropped
    QCOMPARE(h.find({}).size(), 2);
}

void TestDeliveryHistory::markBouncedMatchesMessageId()
{
    DeliveryHistory h(freshPath(QStringLiteral("d")));
    QVERIFY(h.open());
    const HistoryEntry a =
        sample(QStringLiteral("a"), QStringLiteral("deferred"), QStringLiteral("<bounced@host>"));
    HistoryEntry b = a; // the same message, delivered on the next pass
    b.result = QStringLiteral("delivered");
    const HistoryEntry other = sample(QStringLiteral("other"), QStringLiteral("delivered"),
                                      QStringLiteral("<other@host>"));
    QVERIFY(h.recordAll({{a, {}}, {b, {}}, {other, {}}}));
    const QDateTime at = QDateTime::currentDateTimeUtc();
    // A DSN's Original-Message-ID may come without brackets.
    QCOMPARE(
        h.markBounced(QStringLiteral("bounced@host"), at, QStringLiteral("5.1.1 user unknown")), 2);
    QCOMPARE(h.markBounced(QStringLiteral("<bounced@host>"), at, QStringLiteral("again")), 0);
    QCOMPARE(h.markBounced(QStringLiteral("<nobody@host>"), at, QStringLiteral("x")), 0);
    QCOMPARE(h.markBounced(QString(), at, QStringLiteral("x")), 0);
    HistoryQuery q;
    q.failedOnly = true; // a delivered message that bounced later counts as failed
    const QList<HistoryEntry> failed = h.find(q);
    QCOMPARE(failed.size(), 2);
    for (const HistoryEntry &e : failed) {
        QCOMPARE(e.messageId, QStringLiteral("<bounced@host>"));
        QCOMPARE(e.bounce, QStringLiteral("5.1.1 user unknown"));
        QCOMPARE(e.bouncedAt.toMSecsSinceEpoch(), at.toMSecsSinceEpoch());
    }
}

// A file that is not a database (overwritten, truncated) does not stop the history: it is
// moved aside under a timestamped name (kept, not deleted), a new one is created, and the
// notice says so.
void TestDeliveryHistory::damagedFileIsMovedAside()
{
    const QString path = freshPath(QStringLiteral("e"));
    {
        DeliveryHistory h(path);
        QVERIFY(h.open());
        QVERIFY(h.record(sample(QStringLiteral("x"), QStringLiteral("delivered"), {})));
    }
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(QByteArray(8192, 'Z'));
    f.close();
    QFile::remove(path + QStringLiteral("-wal"));
    QFile::remove(path + QStringLiteral("-shm"));

    DeliveryHistory h(path);
    QString error;
    QVERIFY2(h.open(&error), qPrintable(error));
    QVERIFY2(h.damagedNotice().contains(QLatin1String("moved aside")),
             qPrintable(h.damagedNotice()));
    QCOMPARE(h.find({}).size(), 0);
    QVERIFY(h.record(sample(QStringLiteral("y"), QStringLiteral("delivered"), {})));
    QCOMPARE(h.find({}).size(), 1);
    const QStringList aside =
        QFileInfo(path).dir().entryList({QStringLiteral("history.sqlite.damaged-*")}, QDir::Files);
    QCOMPARE(aside.size(), 1);
    QFile moved(QFileInfo(path).dir().filePath(aside[0]));
    QVERIFY(moved.open(QIODevice::ReadOnly));
    QCOMPARE(moved.readAll(), QByteArray(8192, 'Z')); // kept, not deleted
}

// 0700 folder, 0600 database (created by us before SQLite opens it), and SQLite's -wal
// file follows the database's mode.
void TestDeliveryHistory::filesArePrivate()
{
    const QString path = freshPath(QStringLiteral("g/sub"));
    DeliveryHistory h(path);
    QVERIFY(h.open());
    QVERIFY(h.record(sample(QStringLiteral("x"), QStringLiteral("delivered"), {})));
    struct stat st = {};
    QCOMPARE(::stat(QFile::encodeName(QFileInfo(path).absolutePath()).constData(), &st), 0);
    QCOMPARE(st.st_mode & 07777, mode_t(0700));
    QCOMPARE(::stat(QFile::encodeName(path).constData(), &st), 0);
    QCOMPARE(st.st_mode & 07777, mode_t(0600));
    QCOMPARE(::stat(QFile::encodeName(path + QStringLiteral("-wal")).constData(), &st), 0);
    QCOMPARE(st.st_mode & 07777, mode_t(0600));

    // A symbolic link where the database should be is refused, not followed.
    const QString target = m_dir.filePath(QStringLiteral("elsewhere.sqlite"));
    const QString link = freshPath(QStringLiteral("h"));
    QVERIFY(QDir().mkpath(QFileInfo(link).absolutePath()));
    QVERIFY(QFile::link(target, link));
    DeliveryHistory l(link);
    QString error;
    QVERIFY(!l.open(&error));
    QVERIFY2(error.contains(QLatin1String("symbolic link")), qPrintable(error));
    QVERIFY(!QFile::exists(target));
}

// Two instances write and read the same file (WAL and busy_timeout); each holds its own
// connection, removed with it.
void TestDeliveryHistory::twoInstancesShareTheFile()
{
    const QString path = freshPath(QStringLiteral("i"));
    const int before = QSqlDatabase::connectionNames().size();
    {
        DeliveryHistory a(path);
        DeliveryHistory b(path);
        QVERIFY(a.open());
        QVERIFY(b.open());
        QCOMPARE(QSqlDatabase::connectionNames().size(), before + 2);
        for (int i = 0; i < 5; ++i) {
            QVERIFY(
                a.record(sample(QStringLiteral("a%1").arg(i), QStringLiteral("delivered"), {})));
            QVERIFY(
                b.record(sample(QStringLiteral("b%1").arg(i), QStringLiteral("delivered"), {})));
        }
        QCOMPARE(a.find({}).size(), 10);
        QCOMPARE(b.find({}).size(), 10);
    }
    QCOMPARE(QSqlDatabase::connectionNames().size(), before);
}

void TestDeliveryHistory::resentFieldsOnTop()
{
    const QDateTime now(QDate(2026, 12, 4), QTime(10, 0), QTimeZone(3600));
    const QByteArray out = HistoryResend::withResentFields(
        QByteArrayLiteral("From: a@x\nSubject: s\n\nbody\n"), QStringLiteral("alerts@x"),
        QByteArrayLiteral("<new@x>"), now);
    QCOMPARE(out, QByteArrayLiteral("Resent-Date: Fri, 4 Dec 2026 10:00:00 +0100\r\n"
                                    "Resent-From: <alerts@x>\r\n"
                                    "Resent-Message-ID: <new@x>\r\n"
                                    "From: a@x\r\nSubject: s\r\n\r\nbody\r\n"));
}

// A "delayed" report is not a bounce; a failure marks the entries of its original message.
void TestDeliveryHistory::onlyFailureReportsMarkBounces()
{
    DeliveryHistory h(freshPath(QStringLiteral("link")));
    QVERIFY(h.open());
    QVERIFY(h.recordAll(
        {{sample(QStringLiteral("a"), QStringLiteral("delivered"), QStringLiteral("<a@x>")), {}},
         {sample(QStringLiteral("b"), QStringLiteral("delivered"), QStringLiteral("<b@x>")), {}}}));
    BounceRecord delayed;
    delayed.originalMessageId = QStringLiteral("<a@x>");
    delayed.action = QStringLiteral("delayed");
    BounceRecord failed;
    failed.originalMessageId = QStringLiteral("<b@x>");
    failed.action = QStringLiteral("failed");
    failed.recipient = QStringLiteral("ops@example.org");
    failed.status = QStringLiteral("5.1.1");
    failed.diagnostic = QStringLiteral("smtp; 550 unknown");
    QCOMPARE(HistoryResend::linkBounces(h, {delayed, failed}), 1);
    HistoryQuery q;
    q.failedOnly = true;
    const QList<HistoryEntry> got = h.find(q);
    QCOMPARE(got.size(), 1);
    QCOMPARE(got[0].messageId, QStringLiteral("<b@x>"));
    QCOMPARE(got[0].bounce, QStringLiteral("failed ops@example.org 5.1.1 (smtp; 550 unknown)"));
}

QTEST_GUILESS_MAIN(TestDeliveryHistory)
void TestDeliveryHistory::toAndCcAsDsnParserReadsThem_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::newRow("plain") << QByteArray("From: a@x.test\r\nTo: u@x.test, v@x.test\r\n"
                                         "Cc: w@x.test\r\n\r\nTo: body@x.test\r\n");
    QTest::newRow("folded, case, spaces")
        << QByteArray("Subject: s\r\nTO :  \"U, X\" <u@x.test>,\r\n\t v@x.test \r\n"
                      "cC:w@x.test\r\n\r\nbody\r\n");
    QTest::newRow("first of two, fold of the second")
        << QByteArray("To: a@x.test\r\nTo: b@x.test\r\n c@x.test\r\nCc: d@x.test\r\n\r\n");
    QTest::newRow("fold after a line without a name")
        << QByteArray("To: a@x.test\r\nno colon here\r\n b@x.test\r\n\r\n");
    QTest::newRow("fold before any field") << QByteArray(" x@x.test\r\nCc: c@x.test\r\n\r\n");
    QTest::newRow("bare LF, no body") << QByteArray("To: a@x.test\nCc: b@x.test\n");
    QTest::newRow("no header") << QByteArray("\r\nTo: body@x.test\r\n");
    QTest::newRow("empty names") << QByteArray(": x\r\nTo:\r\nCc: \r\n\r\n");
}

void TestDeliveryHistory::toAndCcAsDsnParserReadsThem()
{
    // The history reads To and Cc with its own scan (no copy of the other fields): the
    // same values as the DSN parser's reading of the header.
    QFETCH(QByteArray, content);
    const QStringList expected = DsnParser::headerValues(content, {"To", "Cc"});
    const std::array<QByteArray, 2> got = HistoryRecorder::toAndCc(content);
    QCOMPARE(QString::fromUtf8(got[0]), expected.at(0));
    QCOMPARE(QString::fromUtf8(got[1]), expected.at(1));
}

#include "tst_deliveryhistory.moc"
