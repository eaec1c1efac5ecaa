// SPDX-License-Identifier: GPL-3.0-or-later
// The headers MessageBuilder writes and the test message built on it: the Date header's format
// in any locale, Date and Message-ID as a reader sees them, unique message ids, encoded-words
// that never split a character, quoted-printable line lengths, the test message's token and
// mailboxes. Every built message is read back by Python's email package (tests/support/
// EmlReader.h). The message's structure and the refused values: tst_messagebuilder.
#include "EmlReader.h"
#include "delivery/MessageBuilder.h"
#include "delivery/MimeEncoding.h"
#include "delivery/TestMessage.h"
#include "settings/MailSettings.h"

#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QStringDecoder>
#include <QtTest>

using namespace mw;
using namespace mw::test;

class TestMessageHeaders : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void dateFormat_data();
    void dateFormat();
    void dateAndMessageIdReachTheReader();
    void messageIdsAreUnique();
    void encodedWordsNeverSplitACharacter_data();
    void encodedWordsNeverSplitACharacter();
    void quotedPrintableLines();
    void testMessage();
    void testMessageNeedsMailboxes();

private:
    QDateTime m_fixedDate;
};

void TestMessageHeaders::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QLocale::setDefault(QLocale::c());
    m_fixedDate = QDateTime(QDate(2025, 7, 1), QTime(14, 3, 9), Qt::OffsetFromUTC, (2 * 3600));
    const QString missing = emlReaderMissing();
    QVERIFY2(missing.isEmpty(), qPrintable(missing));
}

void TestMessageHeaders::dateFormat_data()
{
    QTest::addColumn<QDateTime>("dateTime");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("east-of-utc") << QDateTime(QDate(2025, 7, 1), QTime(14, 3, 9), Qt::OffsetFromUTC,
                                              (7200))
                                 << QByteArray("Tue, 1 Jul 2025 14:03:09 +0200");
    QTest::newRow("half-hour-west") << QDateTime(QDate(2024, 12, 31), QTime(23, 59, 59),
                                                 Qt::OffsetFromUTC, (-(3 * 3600 + 30 * 60)))
                                    << QByteArray("Tue, 31 Dec 2024 23:59:59 -0330");
    QTest::newRow("utc") << QDateTime(QDate(2000, 2, 29), QTime(0, 0, 0), Qt::UTC)
                         << QByteArray("Tue, 29 Feb 2000 00:00:00 +0000");
    QTest::newRow("india-sunday") << QDateTime(QDate(2023, 1, 8), QTime(9, 5, 0), Qt::OffsetFromUTC,
                                               (19800))
                                  << QByteArray("Sun, 8 Jan 2023 09:05:00 +0530");
}

void TestMessageHeaders::dateFormat()
{
    QFETCH(QDateTime, dateTime);
    QFETCH(QByteArray, expected);
    // A German default locale must not leak into the header (RFC 5322 §3.3 names are English).
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    QCOMPARE(mime::formatDate(dateTime), expected);
    QLocale::setDefault(QLocale::c());
}

void TestMessageHeaders::dateAndMessageIdReachTheReader()
{
    const QDateTime date(QDate(2023, 1, 8), QTime(9, 5, 0), Qt::OffsetFromUTC, (19800));
    MessageBuilder b;
    b.setFrom({QStringLiteral("alerts@Bücher.Example"), {}});
    b.addTo({QStringLiteral("ops@example.org"), {}});
    b.setSubject(QStringLiteral("Date"));
    b.setDateTime(date);
    const auto r = b.build();
    QVERIFY2(r.ok(), qPrintable(r.error));
    QString failure;
    const QJsonObject parsed = parseEml(r.data, false, &failure);
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
    QCOMPARE(parsed.value(QStringLiteral("date_iso")).toString(),
             QStringLiteral("2023-01-08T09:05:00+05:30"));
    QCOMPARE(qint64(parsed.value(QStringLiteral("date_epoch")).toDouble()),
             date.toSecsSinceEpoch());
    const QString id = parsed.value(QStringLiteral("message_id")).toString();
    // RFC 5322 §3.6.4 msg-id: "<" id-left "@" id-right ">", right side the sender's domain.
    QVERIFY2(QRegularExpression(
                 QStringLiteral(R"(^<[0-9a-z]+\.[A-Za-z0-9_-]{22}@xn--bcher-kva\.example>$)"))
                 .match(id)
                 .hasMatch(),
             qPrintable(id));

    // Without an injected clock, the Date is now, in local time.
    MessageBuilder now;
    now.setFrom({QStringLiteral("alerts@example.com"), {}});
    now.addTo({QStringLiteral("ops@example.org"), {}});
    const qint64 before = QDateTime::currentSecsSinceEpoch();
    const auto r2 = now.build();
    const QJsonObject parsed2 = parseEml(r2.data, false, &failure);
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
    const auto epoch = qint64(parsed2.value(QStringLiteral("date_epoch")).toDouble());
    QVERIFY(epoch >= before - 1 && epoch <= QDateTime::currentSecsSinceEpoch() + 1);
}

void TestMessageHeaders::messageIdsAreUnique()
{
    MessageBuilder b;
    b.setFrom({QStringLiteral("alerts@example.com"), {}});
    b.addTo({QStringLiteral("ops@example.org"), {}});
    b.setDateTime(m_fixedDate); // same clock for all: uniqueness must come from randomness
    QSet<QByteArray> ids;
    for (int i = 0; i < 2000; ++i) {
        const auto r = b.build();
        QVERIFY(r.ok());
        QVERIFY(r.messageId.endsWith("@example.com>"));
        ids.insert(r.messageId);
    }
    QCOMPARE(ids.size(), 2000);
}

void TestMessageHeaders::encodedWordsNeverSplitACharacter_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("firstMax");
    QTest::newRow("umlauts-q") << QStringLiteral("Grüße ").repeated(30) << 40;
    QTest::newRow("cjk-b") << QStringLiteral("日本語のテキスト").repeated(20) << 30;
    QTest::newRow("emoji-surrogate-pairs") << QStringLiteral("🚀✅👍🏽").repeated(40) << 24;
    QTest::newRow("single-four-byte-char") << QStringLiteral("🚀") << 10;
}

void TestMessageHeaders::encodedWordsNeverSplitACharacter()
{
    QFETCH(QString, text);
    QFETCH(int, firstMax);
    const QList<QByteArray> words = mime::encodeWords(text, firstMax);
    QVERIFY(!words.isEmpty());
    QString decoded;
    for (qsizetype i = 0; i < words.size(); ++i) {
        const QByteArray &w = words.at(i);
        QVERIFY2(w.size() <= mime::MaxEncodedWordLength, w.constData());
        if (i == 0)
            QVERIFY2(w.size() <= std::max(firstMax, 24), w.constData());
        QVERIFY(w.startsWith("=?UTF-8?") && w.endsWith("?="));
        const QByteArray payload = w.mid(10, w.size() - 12);
        QByteArray raw;
        if (w.at(8) == 'B') {
            raw = QByteArray::fromBase64(payload);
        } else {
            QByteArray p = payload;
            p.replace('_', ' ');
            raw = QByteArray::fromPercentEncoding(p, '=');
        }
        // Each word on its own must be complete UTF-8 (RFC 2047 §5).
        QStringDecoder strict(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        const QString part = strict.decode(raw);
        QVERIFY2(!strict.hasError(), w.constData());
        decoded += part;
    }
    QCOMPARE(decoded, text);
}

void TestMessageHeaders::quotedPrintableLines()
{
    // "=" must not be split from its two hex digits, and a line break must not be left
    // with trailing white space.
    const QByteArray line = QByteArray(74, 'a') + "\xc3\xa4\xc3\xa4 " + QByteArray(10, '=') + ' ';
    const QByteArray qp = mime::encodeQuotedPrintable({line, QByteArray(" "), QByteArray()});
    for (const QByteArray &l : qp.split('\n')) {
        QVERIFY2(l.size() <= mime::QpLineLength + 1, l.constData());
        QVERIFY(!l.endsWith(" \r") && !l.endsWith("\t\r"));
    }
    QVERIFY(qp.endsWith("=20\r\n\r\n"));
    QByteArray unfolded = qp;
    unfolded.replace("=\r\n", "");
    QCOMPARE(QByteArray::fromPercentEncoding(unfolded, '='), line + "\r\n \r\n\r\n");
}

void TestMessageHeaders::testMessage()
{
    MailSettings s;
    s.smtp.host = QStringLiteral("smtp.example.net");
    s.smtp.port = 465;
    s.smtp.security = MailSettings::SmtpSecurity::Tls;
    s.smtp.auth = MailSettings::SmtpAuth::Login;
    s.smtp.username = QStringLiteral("notifier");
    s.mailboxes.from = QStringLiteral("notifier@example.net");
    s.mailboxes.fromName = QStringLiteral("Büro Notifier");
    s.mailboxes.notify = QStringLiteral("admin@example.org");

    TestMessage::Options o;
    o.hostName = QStringLiteral("build-01.example.net");
    o.now = m_fixedDate;
    o.token = TestMessage::newToken();
    QCOMPARE(o.token.size(), 32);
    QVERIFY(o.token != TestMessage::newToken());

    const auto r = TestMessage::build(s, o);
    QVERIFY2(r.ok(), qPrintable(r.error));
    const QString problem = wireProblem(r.data, true);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QString failure;
    const QJsonObject parsed = parseEml(r.data, false, &failure);
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
    QVERIFY(parsed.value(QStringLiteral("header_defects")).toObject().isEmpty());

    QCOMPARE(parsed.value(QStringLiteral("subject")).toString(),
             QStringLiteral("Mailwright test message from build-01.example.net"));
    const QJsonObject from = parsed.value(QStringLiteral("from")).toArray().at(0).toObject();
    QCOMPARE(from.value(QStringLiteral("name")).toString(), QStringLiteral("Büro Notifier"));
    QCOMPARE(from.value(QStringLiteral("address")).toString(),
             QStringLiteral("notifier@example.net"));
    QCOMPARE(parsed.value(QStringLiteral("to"))
                 .toArray()
                 .at(0)
                 .toObject()
                 .value(QStringLiteral("address"))
                 .toString(),
             QStringLiteral("admin@example.org"));
    QCOMPARE(headerValue(parsed, QStringLiteral("X-Mailwright-Token")), o.token);
    QCOMPARE(headerValue(parsed, QStringLiteral("Auto-Submitted")),
             QStringLiteral("auto-generated"));

    const QString body = parsed.value(QStringLiteral("body")).toString();
    const QStringList expectedLines{
        QStringLiteral("Mailwright " MAILWRIGHT_VERSION),
        QStringLiteral("Sent from host: build-01.example.net"),
        QStringLiteral("Sent at: 2025-07-01 12:03:09 +00:00 (UTC)"),
        QStringLiteral("  SMTP server: smtp.example.net"),
        QStringLiteral("  Port: 465"),
        QStringLiteral("  Security: TLS (implicit)"),
        QStringLiteral("  Authentication: LOGIN"),
        QStringLiteral("  Login name: notifier"),
        QStringLiteral("  From: Büro Notifier <notifier@example.net>"),
        QStringLiteral("  Notification mailbox: admin@example.org"),
        QStringLiteral("Test token: ") + o.token,
    };
    for (const QString &l : expectedLines)
        QVERIFY2(body.contains(l),
                 qPrintable(QStringLiteral("missing \"%1\" in:\n%2").arg(l, body)));
    // The local time line carries the local offset of that instant.
    const QDateTime local = m_fixedDate.toLocalTime();
    QVERIFY2(body.contains(QStringLiteral("Local time: ") +
                           local.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))),
             qPrintable(body));

    // Without a token: neither header nor line; the builder is the same otherwise.
    o.token.clear();
    const auto plain = TestMessage::build(s, o);
    QVERIFY(plain.ok());
    QVERIFY(!plain.data.contains("X-Mailwright-Token"));
    QVERIFY(!plain.data.contains("Test token"));

    // A token carrying a line break is refused like any header value.
    o.token = QStringLiteral("abc\r\nBcc: victim@example.net");
    QVERIFY(!TestMessage::build(s, o).ok());
}

void TestMessageHeaders::testMessageNeedsMailboxes()
{
    MailSettings s;
    s.smtp.host = QStringLiteral("smtp.example.net");
    s.mailboxes.from = QStringLiteral("notifier@example.net");
    auto r = TestMessage::build(s);
    QVERIFY(!r.ok());
    QVERIFY(r.data.isEmpty());
    s.mailboxes.notify = QStringLiteral("admin@example.org");
    s.mailboxes.from.clear();
    r = TestMessage::build(s);
    QVERIFY(!r.ok());
    // An explicit recipient stands in for the notification mailbox.
    s.mailboxes.from = QStringLiteral("notifier@example.net");
    s.mailboxes.notify.clear();
    TestMessage::Options o;
    o.recipient = QStringLiteral("someone@example.org");
    r = TestMessage::build(s, o);
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(r.envelopeRecipients, QList<QByteArray>{"someone@example.org"});
}

QTEST_GUILESS_MAIN(TestMessageHeaders)
#include "tst_messageheaders.moc"
