// SPDX-License-Identifier: GPL-3.0-or-later
// MessageImport (send -t): a whole message from a program, checked by an independent reader
// (Python's email package with its strict policy, tests/support/EmlReader.h) and on its bytes.

#include "EmlReader.h"
#include "delivery/MessageImport.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QtTest>

using namespace mw;
using namespace mw::test;

namespace {

QStringList addresses(const QJsonValue &list)
{
    QStringList out;
    for (const QJsonValue &v : list.toArray())
        out << v.toObject().value(QLatin1String("address")).toString();
    return out;
}

QStringList headerNames(const QJsonObject &parsed)
{
    QStringList out;
    for (const QJsonValue &h : parsed.value(QLatin1String("headers")).toArray())
        out << h.toArray().at(0).toString().toLower();
    return out;
}

} // namespace

class TestMessageImport : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void headersRecipientsAndBcc();
    void aceMessageId();
    void keepsItsOwnDateIdAndFrom();
    void refusesInputWithoutHeader();

private:
    const QDateTime m_now{QDate(2026, 3, 1), QTime(9, 30, 5), Qt::OffsetFromUTC, 3600};
};

void TestMessageImport::headersRecipientsAndBcc()
{
    // Bare LF and a bare CR as line ends, a folded Subject and a folded To.
    const QByteArray raw = "To: Ops Team <ops@example.org>,\n"
                           "  second@example.org\n"
                           "Cc: cc1@example.org, \"Copy, Two\" <cc2@example.org>\r"
                           "Bcc: hidden@example.net\n"
                           "Subject: Disk almost\n"
                           "\tfull on host7\n"
                           "X-Job: nightly\n"
                           "\n"
                           "Line one\n"
                           "Line two\n";
    const MessageImport::Result r =
        MessageImport::import(raw, QStringLiteral("alerts@example.com"), m_now);
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(r.recipients,
             (QStringList{QStringLiteral("ops@example.org"), QStringLiteral("second@example.org"),
                          QStringLiteral("cc1@example.org"), QStringLiteral("cc2@example.org"),
                          QStringLiteral("hidden@example.net")}));
    QCOMPARE(r.subject, QStringLiteral("Disk almost\tfull on host7"));
    QVERIFY2(bareLineEnd(r.content).isEmpty(), r.content.constData());
    QVERIFY(!r.content.toLower().contains("bcc"));
    QVERIFY(!r.content.contains("hidden@example.net"));

    QString failure;
    const QJsonObject parsed = parseEml(r.content, false, &failure);
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
    QCOMPARE(parsed.value(QLatin1String("header_defects")).toObject().size(), 0);
    QCOMPARE(
        addresses(parsed.value(QLatin1String("to"))),
        (QStringList{QStringLiteral("ops@example.org"), QStringLiteral("second@example.org")}));
    QCOMPARE(addresses(parsed.value(QLatin1String("cc"))),
             (QStringList{QStringLiteral("cc1@example.org"), QStringLiteral("cc2@example.org")}));
    QCOMPARE(addresses(parsed.value(QLatin1String("from"))),
             QStringList{QStringLiteral("alerts@example.com")});
    QCOMPARE(parsed.value(QLatin1String("subject")).toString(),
             QStringLiteral("Disk almost\tfull on host7"));
    QCOMPARE(parsed.value(QLatin1String("message_id")).toString(), r.messageId);
    // The added Date is the given time, as a reader decodes it.
    QCOMPARE(qint64(parsed.value(QLatin1String("date_epoch")).toDouble()),
             m_now.toSecsSinceEpoch());
    QVERIFY(!headerNames(parsed).contains(QLatin1String("bcc")));
    QVERIFY(headerNames(parsed).contains(QLatin1String("x-job")));
    QCOMPARE(parsed.value(QLatin1String("body")).toString(),
             QStringLiteral("Line one\nLine two\n"));
}

void TestMessageImport::aceMessageId()
{
    // The Message-ID takes the sender's domain in its ASCII form (RFC 5322 §3.6.4 wants
    // ASCII; a relay without SMTPUTF8 would refuse or mangle a raw UTF-8 domain).
    const MessageImport::Result r =
        MessageImport::import("To: ops@example.org\nSubject: x\n\nbody\n",
                              QStringLiteral("alerts@bücher.example"), m_now);
    QVERIFY2(r.ok(), qPrintable(r.error));
    QVERIFY2(r.messageId.endsWith(QLatin1String("@xn--bcher-kva.example>")),
             qPrintable(r.messageId));
    QVERIFY(r.messageId.startsWith(QLatin1Char('<')));
    const QByteArray idLine = "Message-ID: " + r.messageId.toLatin1() + "\r\n";
    QVERIFY2(r.content.contains(idLine), r.content.constData());
    for (const QChar c : r.messageId)
        QVERIFY(c.unicode() < 128);
    QString failure;
    const QJsonObject parsed = parseEml(r.content, false, &failure);
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
    QCOMPARE(parsed.value(QLatin1String("message_id")).toString(), r.messageId);
}

void TestMessageImport::keepsItsOwnDateIdAndFrom()
{
    const QByteArray raw = "From: Cron <cron@host.example>\n"
                           "Date: Mon, 02 Feb 2026 10:00:00 +0000\n"
                           "Message-ID: <own.1@host.example>\n"
                           "To: ops@example.org\n"
                           "\n"
                           "body\n";
    const MessageImport::Result r =
        MessageImport::import(raw, QStringLiteral("alerts@example.com"), m_now);
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(r.messageId, QStringLiteral("<own.1@host.example>"));
    QCOMPARE(r.content.count("Message-ID:"), 1);
    QCOMPARE(r.content.count("Date:"), 1);
    QCOMPARE(r.content.count("From:"), 1);
    QVERIFY(!r.content.contains("alerts@example.com"));
}

void TestMessageImport::refusesInputWithoutHeader()
{
    const MessageImport::Result r =
        MessageImport::import("just a body line\n", QStringLiteral("alerts@example.com"), m_now);
    QVERIFY(!r.ok());
    QVERIFY(r.error.contains(QLatin1String("just a body line")));
}

QTEST_GUILESS_MAIN(TestMessageImport)
#include "tst_messageimport.moc"
