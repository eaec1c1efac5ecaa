// SPDX-License-Identifier: GPL-3.0-or-later
// Delivery status notifications (RFC 3464) as MTAs really send them, and messages that
// look like bounces but are not reports.
#include "TestPaths.h"
#include "diagnostics/DsnParser.h"

#include <QFile>
#include <QTest>

using namespace mw;

namespace {

QByteArray crlf(const char *text)
{
    return QByteArray(text).replace("\n", "\r\n");
}

} // namespace

class TestDsnParser : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parse_data();
    void parse();
    void fixtureDsn();
    void headerValue();
};

void TestDsnParser::parse_data()
{
    QTest::addColumn<QByteArray>("message");
    QTest::addColumn<bool>("isDsn");
    QTest::addColumn<QString>("recipient");
    QTest::addColumn<QString>("status");
    QTest::addColumn<QString>("action");
    QTest::addColumn<QString>("originalMessageId");
    QTest::addColumn<int>("recipients");

    QTest::newRow("exim-style-with-returned-message")
        << crlf("From: Mail Delivery System <Mailer-Daemon@mx.example.test>\n"
                "To: bounces@example.test\n"
                "Subject: Mail delivery failed\n"
                "Message-Id: <E1abc@mx.example.test>\n"
                "Content-Type: multipart/report; report-type=delivery-status; "
                "boundary=1700000000-eximdsn-1\n"
                "MIME-Version: 1.0\n"
                "\n"
                "--1700000000-eximdsn-1\n"
                "Content-type: text/plain; charset=us-ascii\n"
                "\n"
                "This message was created automatically by mail delivery software.\n"
                "--1700000000-eximdsn-1\n"
                "Content-type: message/delivery-status\n"
                "\n"
                "Reporting-MTA: dns; mx.example.test\n"
                "\n"
                "Action: failed\n"
                "Final-Recipient: rfc822;gone@remote.example\n"
                "Status: 5.0.0\n"
                "Remote-MTA: dns; remote.example\n"
                "Diagnostic-Code: smtp; 550 mailbox\n"
                "  unavailable\n"
                "\n"
                "--1700000000-eximdsn-1\n"
                "Content-type: message/rfc822\n"
                "\n"
                "From: alerts@example.test\n"
                "To: gone@remote.example\n"
                "Message-ID: <job-42@example.test>\n"
                "Subject: Job finished\n"
                "\n"
                "body\n"
                "--1700000000-eximdsn-1--\n")
        << true << "gone@remote.example"
        << "5.0.0"
        << "failed"
        << "<job-42@example.test>" << 1;
    QTest::newRow("postfix-style-two-recipients-one-delayed")
        << crlf("Subject: Undelivered Mail Returned to Sender\n"
                "Content-Type: multipart/report; report-type=\"delivery-status\";\n"
                "\tboundary=\"ABC.123/mx\"\n"
                "\n"
                "--ABC.123/mx\n"
                "Content-Description: Notification\n"
                "Content-Type: text/plain\n"
                "\n"
                "I'm sorry to have to inform you\n"
                "--ABC.123/mx\n"
                "Content-Description: Delivery report\n"
                "Content-Type: message/delivery-status\n"
                "\n"
                "Reporting-MTA: dns; mx.example.test\n"
                "X-Postfix-Queue-ID: 123\n"
                "\n"
                "Final-Recipient: rfc822; slow@remote.example\n"
                "Action: delayed\n"
                "Status: 4.4.1\n"
                "\n"
                "Final-Recipient: rfc822; <ops@remote.example>\n"
                "Original-Recipient: rfc822;ops@remote.example\n"
                "Action: failed\n"
                "Status: 5.1.1 (mailbox unknown)\n"
                "\n"
                "--ABC.123/mx\n"
                "Content-Description: Undelivered Message Headers\n"
                "Content-Type: text/rfc822-headers\n"
                "\n"
                "Message-Id: <alert-7@example.test>\n"
                "Subject: Error on job 7\n"
                "\n"
                "--ABC.123/mx--\n")
        << true << "ops@remote.example"
        << "5.1.1"
        << "failed"
        << "<alert-7@example.test>" << 2;
    QTest::newRow("report-nested-in-mixed-base64-status")
        << crlf("Content-Type: multipart/mixed; boundary=outer\n"
                "\n"
                "--outer\n"
                "Content-Type: multipart/report; report-type=delivery-status; boundary=inner\n"
                "\n"
                "--inner\n"
                "Content-Type: message/delivery-status\n"
                "Content-Transfer-Encoding: base64\n"
                "\n"
                "UmVwb3J0aW5nLU1UQTogZG5zOyB4DQoNCkZpbmFsLVJlY2lwaWVudDogcmZjODIyOyBiQHgudGVz\n"
                "dA0KQWN0aW9uOiBmYWlsZWQNClN0YXR1czogNS4yLjINCg==\n"
                "--inner--\n"
                "--outer--\n")
        << true << "b@x.test"
        << "5.2.2"
        << "failed"
        << "" << 1;
    QTest::newRow("plain-message-is-not-a-dsn")
        << crlf("Subject: hello\nContent-Type: text/plain\n\nStatus: 5.1.1\nAction: failed\n")
        << false << ""
        << ""
        << ""
        << "" << 0;
    QTest::newRow("other-report-type-is-not-a-dsn")
        << crlf("Content-Type: multipart/report; report-type=disposition-notification; "
                "boundary=b\n\n--b\nContent-Type: message/disposition-notification\n\n"
                "Final-Recipient: rfc822; a@b\nDisposition: manual-action/MDN-sent-manually; "
                "displayed\n--b--\n")
        << false << ""
        << ""
        << ""
        << "" << 0;
    QTest::newRow("report-without-status-part")
        << crlf("Content-Type: multipart/report; report-type=delivery-status; boundary=b\n\n"
                "--b\nContent-Type: text/plain\n\nsorry\n--b--\n")
        << false << ""
        << ""
        << ""
        << "" << 0;
    QTest::newRow("no-closing-boundary-lf-only")
        << QByteArray("Content-Type: multipart/report; report-type=delivery-status; boundary=b\n\n"
                      "--b\nContent-Type: message/delivery-status\n\nReporting-MTA: dns; x\n\n"
                      "Final-Recipient: rfc822; c@d.test\nAction: failed\nStatus: 5.7.1\n")
        << true << "c@d.test"
        << "5.7.1"
        << "failed"
        << "" << 1;
    QTest::newRow("empty") << QByteArray() << false << ""
                           << ""
                           << ""
                           << "" << 0;
}

void TestDsnParser::parse()
{
    QFETCH(QByteArray, message);
    QFETCH(bool, isDsn);
    QFETCH(QString, recipient);
    QFETCH(QString, status);
    QFETCH(QString, action);
    QFETCH(QString, originalMessageId);
    QFETCH(int, recipients);

    const auto dsn = DsnParser::parse(message);
    QCOMPARE(dsn.has_value(), isDsn);
    if (!dsn)
        return;
    QCOMPARE(dsn->recipients.size(), recipients);
    const DsnRecipient *r = dsn->failed();
    QVERIFY(r);
    QCOMPARE(r->finalRecipient, recipient);
    QCOMPARE(r->status, status);
    QCOMPARE(r->action, action);
    QCOMPARE(dsn->originalMessageId, originalMessageId);
    QVERIFY(dsn->isFailure());
}

void TestDsnParser::fixtureDsn()
{
    // The DSN the Dovecot fixture serves as message 3.
    QFile f(test::sourceDir() + QStringLiteral("/servers/dovecot/messages/03-dsn.eml"));
    QVERIFY(f.open(QIODevice::ReadOnly));
    const auto dsn = DsnParser::parse(f.readAll());
    QVERIFY(dsn);
    QCOMPARE(dsn->failed()->finalRecipient, QStringLiteral("ops@unknown.example.test"));
    QCOMPARE(dsn->failed()->status, QStringLiteral("5.1.1"));
    QCOMPARE(dsn->failed()->diagnosticCode, QStringLiteral("smtp; 550 5.1.1 User unknown"));
    QCOMPARE(dsn->originalMessageId, QStringLiteral("<original-03@example.test>"));
    QCOMPARE(dsn->originalSubject, QStringLiteral("Job failed: nightly backup"));
    QCOMPARE(dsn->messageId, QStringLiteral("<fixture-03-dsn@mx.example.test>"));
    QCOMPARE(dsn->reportingMta, QStringLiteral("mx.example.test"));
}

void TestDsnParser::headerValue()
{
    const QByteArray m =
        crlf("Subject: a\nX-Mailwright-Token: abc123\n  def\n\nX-Mailwright-Token: "
             "body\n");
    QCOMPARE(DsnParser::headerValue(m, "x-mailwright-token"), QStringLiteral("abc123 def"));
    QVERIFY(DsnParser::headerValue(m, "X-Other").isNull());
}

QTEST_GUILESS_MAIN(TestDsnParser)
#include "tst_dsnparser.moc"
