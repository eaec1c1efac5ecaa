// SPDX-License-Identifier: GPL-3.0-or-later
// The dates of the spool's metadata line (delivery/QueueSpool.h): what iso() writes,
// fromIso() reads back to the millisecond in UTC, on its own fast path; any other form
// still reads as QDateTime::fromString reads it, and a broken one stays invalid. The
// message ids (Queue::idAt, written out by hand) name the moment as QDateTime does.
#include "delivery/Queue.h"
#include "delivery/QueueSpool.h"

#include <QJsonValue>
#include <QRandomGenerator>
#include <QRegularExpression>
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
    void idsNameTheMoment()
    {
        // The form the ids always had: the moment's UTC date and time from QDateTime, the
        // nanoseconds, the sequence's last two digits and four hex digits.
        const auto expected = [](qint64 ns, quint32 sequence, quint16 random) -> QString {
            return QDateTime::fromMSecsSinceEpoch(ns / 1000000, Qt::UTC)
                       .toString(QStringLiteral("yyyyMMdd-HHmmss")) +
                   QStringLiteral(".%1%2-%3")
                       .arg(ns % 1000000000, 9, 10, QLatin1Char('0'))
                       .arg(sequence % 100, 2, 10, QLatin1Char('0'))
                       .arg(random, 4, 16, QLatin1Char('0'));
        };
        const qint64 second = 1000000000;
        QList<qint64> moments = {
            0,
            second - 1,
            (951782400 + 86399) * second + 999999999, // 2000-02-29T23:59:59.999999999
            4107542400 * second,                      // 2100-03-01 (no leap day before)
            1798761599 * second + 123456789,          // 2026-12-31T23:59:59.123456789
            9223372036 * second + 854775807,          // the last nanosecond an id can name
        };
        QRandomGenerator random(22);
        for (int i = 0; i < 2000; ++i)
            moments << qint64(random.bounded(Q_INT64_C(9223372036))) * second +
                           random.bounded(1000000000);
        for (const qint64 ns : std::as_const(moments)) {
            const quint32 sequence = random.generate();
            const auto tail = quint16(random.generate());
            QCOMPARE(Queue::idAt(ns, sequence, tail), expected(ns, sequence, tail));
        }
        const QString id = Queue::newId();
        static const QRegularExpression form(
            QStringLiteral("^\\d{8}-\\d{6}\\.\\d{11}-[0-9a-f]{4}$"));
        QVERIFY2(form.match(id).hasMatch(), qPrintable(id));
        const QDateTime at = QDateTime::fromString(id.left(15), QStringLiteral("yyyyMMdd-HHmmss"));
        QVERIFY(at.isValid());
        QVERIFY(
            qAbs(QDateTime(at.date(), at.time(), Qt::UTC).secsTo(QDateTime::currentDateTimeUtc())) <
            60);
        QVERIFY(Queue::newId() > id.left(15));
    }
};

QTEST_GUILESS_MAIN(TestQueueDates)
#include "tst_queue_dates.moc"
