// SPDX-License-Identifier: GPL-3.0-or-later
// The dates of the spool's metadata line (delivery/QueueSpool.h): what iso() writes,
// fromIso() reads back to the millisecond in UTC, on its own fast path; any other form
// still reads as QDateTime::fromString reads it, and a broken one stays invalid.
#include "delivery/Queue.h"
#include "delivery/QueueSpool.h"

#include <QJsonValue>
#include <QTest>

using namespace mw;

class TestQueueDates : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void writtenFormReadsBack_data()
    {
        QTest::addColumn<QDateTime>("t");
        QTest::newRow("now") << QDateTime::currentDateTimeUtc();
        QTest::newRow("whole second") << QDateTime(QDate(2026, 12, 5), QTime(1, 2, 3), Qt::UTC);
        QTest::newRow("last ms of a leap day")
            << QDateTime(QDate(2028, 2, 29), QTime(23, 59, 59, 999), Qt::UTC);
        QTest::newRow("local time, written in UTC")
            << QDateTime(QDate(2026, 6, 1), QTime(12, 0, 0, 7), Qt::OffsetFromUTC, 7200);
        QTest::newRow("year 9999") << QDateTime(QDate(9999, 12, 31), QTime(0, 0), Qt::UTC);
    }
    void writtenFormReadsBack()
    {
        QFETCH(QDateTime, t);
        const QString text = spool::iso(t);
        QCOMPARE(text.size(), 24);
        const QDateTime back = spool::fromIso(QJsonValue(text));
        QVERIFY(back.isValid());
        QCOMPARE(back.timeSpec(), Qt::UTC);
        QCOMPARE(back.toMSecsSinceEpoch(), t.toMSecsSinceEpoch());
        QCOMPARE(back, QDateTime::fromString(text, Qt::ISODateWithMs).toUTC());
    }
    void otherFormsAsBefore_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::newRow("no milliseconds") << QStringLiteral("2026-12-05T01:02:03Z") << true;
        QTest::newRow("an offset") << QStringLiteral("2026-12-05T01:02:03.456+02:00") << true;
        QTest::newRow("month 13") << QStringLiteral("2026-13-05T01:02:03.456Z") << false;
        QTest::newRow("hour 24") << QStringLiteral("2026-12-05T24:02:03.456Z") << false;
        QTest::newRow("a letter") << QStringLiteral("2026-12-05T01:0x:03.456Z") << false;
        QTest::newRow("empty") << QString() << false;
    }
    void otherFormsAsBefore()
    {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        const QDateTime got = spool::fromIso(QJsonValue(text));
        QCOMPARE(got.isValid(), valid);
        if (valid) {
            QDateTime expected = QDateTime::fromString(text, Qt::ISODateWithMs);
            expected.setTimeSpec(Qt::UTC);
            QCOMPARE(got, expected);
        }
    }
};

QTEST_GUILESS_MAIN(TestQueueDates)
#include "tst_queue_dates.moc"
