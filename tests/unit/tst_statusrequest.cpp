// SPDX-License-Identifier: GPL-3.0-or-later
// StatusRequestParser: remote status requests read from hostile mail (issue 19).
#include "notify/StatusReport.h"
#include "notify/StatusRequest.h"
#include "notify/StatusRequestCheck.h"
#include "settings/MailSettings.h"

#include <QElapsedTimer>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace mw;

namespace {

QByteArray msg(const QByteArray &headers, const QByteArray &body)
{
    QByteArray h = headers;
    h.replace("\n", "\r\n");
    QByteArray b = body;
    b.replace("\n", "\r\n");
    return h + "\r\n" + b;
}

const QByteArray kPlain = "From: Ops <ops@example.test>\n"
                          "To: box@example.test\n"
                          "Subject: status\n"
                          "Message-ID: <req1@example.test>\n";

} // namespace

class TestStatusRequest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void plainRequest();
    void subjectMatching_data();
    void subjectMatching();
    void encodedSubject();
    void foldedHeaders();
    void quotedReplyPasswordDoesNotCount();
    void passwordLines_data();
    void passwordLines();
    void quotedPrintableAndBase64Bodies();
    void multipartTextPlain();
    void headersOnly();
    void noBody();
    void nulInHeader();
    void multipleFrom();
    void senderRules_data();
    void senderRules();
    void autoSubmittedIsNoRequest();
    void authenticationResults_data();
    void authenticationResults();
    void trustBoundary();
    void hugeHeaderIsBounded();
    void deepMultipartIsBounded();
    void refusalRules();
    void reportText();
};

void TestStatusRequest::plainRequest()
{
    const StatusRequest r =
        StatusRequestParser::parse(msg(kPlain, "Hello\npassword: Sekr3t-pw\n"), QString());
    QVERIFY(r.malformed.isEmpty());
    QCOMPARE(r.from, QStringLiteral("ops@example.test"));
    QCOMPARE(r.fromCount, 1);
    QVERIFY(r.subjectMatches);
    QVERIFY(r.isCandidate());
    QCOMPARE(r.messageId, QStringLiteral("<req1@example.test>"));
    QVERIFY(r.passwordFound);
    QCOMPARE(r.password, QStringLiteral("Sekr3t-pw"));
}

void TestStatusRequest::subjectMatching_data()
{
    QTest::addColumn<QString>("subject");
    QTest::addColumn<bool>("matches");
    QTest::newRow("plain") << "status" << true;
    QTest::newRow("upper") << "STATUS" << true;
    QTest::newRow("re") << "Re: Status" << true;
    QTest::newRow("fwd aw wg") << "Fwd: AW: WG: status please" << true;
    QTest::newRow("surrounding") << "what is the status?" << true;
    QTest::newRow("word inside") << "statusreport" << false;
    QTest::newRow("prefix word") << "unstatus" << false;
    QTest::newRow("other") << "hello" << false;
    QTest::newRow("empty") << "" << false;
}

void TestStatusRequest::subjectMatching()
{
    QFETCH(QString, subject);
    QFETCH(bool, matches);
    QCOMPARE(StatusRequestParser::subjectMatches(subject), matches);
}

void TestStatusRequest::encodedSubject()
{
    QCOMPARE(StatusRequestParser::decodeHeader("=?UTF-8?B?U3RhdHVz?="), QStringLiteral("Status"));
    QCOMPARE(StatusRequestParser::decodeHeader("=?iso-8859-1?Q?St=E4tus_?= =?utf-8?q?status?="),
             QString::fromUtf8("Stätus status"));
    QCOMPARE(StatusRequestParser::decodeHeader("a =?x-unknown?Q?b?= c"), QStringLiteral("a b c"));
    const StatusRequest r = StatusRequestParser::parse(
        msg("From: ops@example.test\nSubject: Re: =?UTF-8?Q?=53tatus?=\n", "password: abcdefgh\n"),
        QString());
    QVERIFY(r.subjectMatches);
}

void TestStatusRequest::foldedHeaders()
{
    const StatusRequest r = StatusRequestParser::parse(
        msg("From: \"Ops\n team\"\n <ops@example.test>\nSubject: the\n\tstatus\n please\n",
            "password: abcdefgh\n"),
        QString());
    QCOMPARE(r.from, QStringLiteral("ops@example.test"));
    QVERIFY(r.subjectMatches);
    QVERIFY(r.passwordFound);
}

void TestStatusRequest::quotedReplyPasswordDoesNotCount()
{
    const StatusRequest r = StatusRequestParser::parse(
        msg(kPlain, "Thanks!\n\n> password: Sekr3t-pw\n>> password: Sekr3t-pw\n"), QString());
    QVERIFY(r.isCandidate());
    QVERIFY(!r.passwordFound);
    QVERIFY(r.password.isEmpty());
}

void TestStatusRequest::passwordLines_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("password"); // empty: none
    QTest::newRow("plain") << "password: abc defg"
                           << "abc defg";
    QTest::newRow("key case and blanks") << "  PassWord :   abcdefg  "
                                         << "abcdefg";
    QTest::newRow("tab") << "\tpassword:\tabcdefg"
                         << "abcdefg";
    QTest::newRow("crlf") << "x\r\npassword: abcdefg\r\ny"
                          << "abcdefg";
    QTest::newRow("first counts") << "password: first11\npassword: second2"
                                  << "first11";
    QTest::newRow("quoted") << "> password: abcdefg"
                            << "";
    QTest::newRow("in text") << "my password: abcdefg"
                             << "";
    QTest::newRow("empty") << "password:   "
                           << "";
    QTest::newRow("control") << QStringLiteral("password: ab\x01"
                                               "cdefg")
                             << "";
    QTest::newRow("none") << "hello"
                          << "";
}

void TestStatusRequest::passwordLines()
{
    QFETCH(QString, text);
    QFETCH(QString, password);
    const auto pw = StatusRequestParser::passwordLine(text);
    QCOMPARE(pw.value_or(QString()), password);
    QCOMPARE(pw.has_value(), !password.isEmpty());
}

void TestStatusRequest::quotedPrintableAndBase64Bodies()
{
    const StatusRequest qp =
        StatusRequestParser::parse(msg(kPlain + "Content-Type: text/plain; charset=utf-8\n"
                                                "Content-Transfer-Encoding: quoted-printable\n",
                                       "pass=\nword: S=C3=A9kr3t=3Dpw\n"),
                                   QString());
    QVERIFY(qp.passwordFound);
    QCOMPARE(qp.password, QString::fromUtf8("Sékr3t=pw"));
    const StatusRequest b64 = StatusRequestParser::parse(
        msg(kPlain + "Content-Type: text/plain\nContent-Transfer-Encoding: base64\n",
            QByteArray("hi\npassword: Sekr3t-pw\n").toBase64() + "\n"),
        QString());
    QVERIFY(b64.passwordFound);
    QCOMPARE(b64.password, QStringLiteral("Sekr3t-pw"));
    const StatusRequest latin1 = StatusRequestParser::parse(
        msg(kPlain + "Content-Type: text/plain; charset=\"ISO-8859-1\"\n",
            "password: S\xe9kr3tpw\n"),
        QString());
    QCOMPARE(latin1.password, QString::fromUtf8("Sékr3tpw"));
}

void TestStatusRequest::multipartTextPlain()
{
    const QByteArray headers = kPlain + "MIME-Version: 1.0\n"
                                        "Content-Type: multipart/mixed; boundary=\"outer\"\n";
    const QByteArray body = "preamble password: nope\n"
                            "--outer\n"
                            "Content-Type: multipart/alternative; boundary=inner\n"
                            "\n"
                            "--inner\n"
                            "Content-Type: text/html\n"
                            "\n"
                            "<p>password: html-one</p>\n"
                            "--inner\n"
                            "Content-Type: text/plain; charset=utf-8\n"
                            "Content-Transfer-Encoding: base64\n"
                            "\n" +
                            QByteArray("password: Sekr3t-pw\n").toBase64() +
                            "\n"
                            "--inner--\n"
                            "--outer--\n";
    const StatusRequest r = StatusRequestParser::parse(msg(headers, body), QString());
    QVERIFY(r.passwordFound);
    QCOMPARE(r.password, QStringLiteral("Sekr3t-pw"));
    // Only HTML: no text/plain part, no password.
    const StatusRequest html = StatusRequestParser::parse(
        msg(kPlain + "Content-Type: text/html\n", "password: Sekr3t-pw\n"), QString());
    QVERIFY(!html.passwordFound);
}

void TestStatusRequest::headersOnly()
{
    // What TOP n 0 returns: the header and the empty line.
    const StatusRequest r = StatusRequestParser::parse(msg(kPlain, ""), QString());
    QVERIFY(r.isCandidate());
    QVERIFY(!r.hasBody);
    QVERIFY(!r.passwordFound);
}

void TestStatusRequest::noBody()
{
    QByteArray m = kPlain;
    m.replace("\n", "\r\n");
    const StatusRequest r = StatusRequestParser::parse(m, QString());
    QVERIFY(r.malformed.isEmpty());
    QVERIFY(!r.hasBody);
    QVERIFY(!r.passwordFound);
    QVERIFY(StatusRequestParser::parse(QByteArray(), QString()).malformed.size() > 0);
    QVERIFY(StatusRequestParser::parse("\r\n\r\npassword: x", QString()).malformed.size() > 0);
}

void TestStatusRequest::nulInHeader()
{
    QByteArray m = msg(kPlain, "password: Sekr3t-pw\n");
    m.replace("Subject: status", QByteArray("Subject: st\0atus status", 23));
    const StatusRequest r = StatusRequestParser::parse(m, QString());
    QVERIFY(!r.malformed.isEmpty());
    QString address;
    QVERIFY(!StatusRequestCheck::refusal(MailSettings(), r, &address).isEmpty());
}

void TestStatusRequest::multipleFrom()
{
    const StatusRequest two = StatusRequestParser::parse(
        msg("From: ops@example.test\nFrom: evil@example.test\nSubject: status\n",
            "password: Sekr3t-pw\n"),
        QString());
    QCOMPARE(two.fromCount, 2);
    QVERIFY(two.from.isEmpty());
    QVERIFY(!StatusRequestParser::answerAddress(two).second.isEmpty());
    const StatusRequest list = StatusRequestParser::parse(
        msg("From: ops@example.test, evil@example.test\nSubject: status\n", "x\n"), QString());
    QCOMPARE(list.fromCount, 2);
    QVERIFY(!StatusRequestParser::answerAddress(list).second.isEmpty());
    const StatusRequest none =
        StatusRequestParser::parse(msg("Subject: status\n", "password: x1234567\n"), QString());
    QVERIFY(!StatusRequestParser::answerAddress(none).second.isEmpty());
}

void TestStatusRequest::senderRules_data()
{
    QTest::addColumn<QByteArray>("headers");
    QTest::addColumn<QString>("answered"); // empty: refused
    QTest::newRow("from only") << QByteArray("From: Ops@Example.TEST\n") << "ops@example.test";
    QTest::newRow("return-path same")
        << QByteArray("Return-Path: <ops@example.test>\nFrom: ops@example.test\n")
        << "ops@example.test";
    QTest::newRow("return-path differs")
        << QByteArray("Return-Path: <evil@example.test>\nFrom: ops@example.test\n") << "";
    QTest::newRow("null return-path")
        << QByteArray("Return-Path: <>\nFrom: ops@example.test\n") << "";
    QTest::newRow("sender differs, no return-path")
        << QByteArray("Sender: evil@example.test\nFrom: ops@example.test\n") << "";
    QTest::newRow("sender differs, return-path confirms from")
        << QByteArray("Return-Path: <ops@example.test>\nSender: list@example.test\n"
                      "From: ops@example.test\n")
        << "ops@example.test";
    QTest::newRow("topmost return-path counts")
        << QByteArray("Return-Path: <evil@example.test>\nReturn-Path: <ops@example.test>\n"
                      "From: ops@example.test\n")
        << "";
}

void TestStatusRequest::senderRules()
{
    QFETCH(QByteArray, headers);
    QFETCH(QString, answered);
    const StatusRequest r =
        StatusRequestParser::parse(msg(headers + "Subject: status\n", "password: x1234567\n"), {});
    const auto [address, why] = StatusRequestParser::answerAddress(r);
    QCOMPARE(address, answered);
    QCOMPARE(why.isEmpty(), !answered.isEmpty());
}

void TestStatusRequest::autoSubmittedIsNoRequest()
{
    const StatusRequest answer = StatusRequestParser::parse(
        msg(kPlain + "Auto-Submitted: auto-generated\n", "password: x1234567\n"), QString());
    QVERIFY(answer.subjectMatches);
    QVERIFY(!answer.isCandidate());
    const StatusRequest no = StatusRequestParser::parse(
        msg(kPlain + "Auto-Submitted: no\n", "password: x1234567\n"), QString());
    QVERIFY(no.isCandidate());
    const StatusRequest notice =
        StatusRequestParser::parse(msg(kPlain + "X-Mailwright-Notice: held\n", "x\n"), QString());
    QVERIFY(!notice.isCandidate());
}

void TestStatusRequest::authenticationResults_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("failing");
    QTest::newRow("rfc8601 example")
        << QByteArray("example.com; spf=pass smtp.mailfrom=example.net; dkim=pass "
                      "header.i=@example.net; dmarc=fail (p=reject) header.from=example.net")
        << "example.com"
        << "dmarc=fail";
    QTest::newRow("none") << QByteArray("mx.example.test; none") << "mx.example.test"
                          << "";
    QTest::newRow("version and comments")
        << QByteArray("MX.Example.TEST 1 (comment; spf=fail); spf/1 = softfail (x) "
                      "smtp.mailfrom=a@b")
        << "mx.example.test"
        << "spf=softfail";
    QTest::newRow("quoted semicolon")
        << QByteArray("mx; dkim=pass reason=\"a; dmarc=fail\"; dmarc=pass") << "mx"
        << "";
    QTest::newRow("permerror") << QByteArray("mx; dkim=permerror") << "mx"
                               << "dkim=permerror";
    QTest::newRow("other method fails") << QByteArray("mx; auth=fail; iprev=fail") << "mx"
                                        << "";
    QTest::newRow("garbage") << QByteArray(";;;===;") << ""
                             << "";
}

void TestStatusRequest::authenticationResults()
{
    QFETCH(QByteArray, value);
    QFETCH(QString, id);
    QFETCH(QString, failing);
    const auto [authserv, verdicts] = StatusRequestParser::authenticationResults(value);
    QCOMPARE(authserv, id);
    QCOMPARE(StatusRequestParser::failingVerdict(verdicts), failing);
}

void TestStatusRequest::trustBoundary()
{
    const QByteArray body = "password: x1234567\n";
    // The MX's verdict above its own Received field counts.
    const QByteArray trusted = "Received: from mx.example.test by mailbox.example.test\n"
                               "Authentication-Results: mx.example.test; dmarc=fail\n"
                               "Received: from evil.example by mx.example.test with esmtp\n"
                               "From: ops@example.test\nSubject: status\n";
    QCOMPARE(StatusRequestParser::failingVerdict(
                 StatusRequestParser::parse(msg(trusted, body), QStringLiteral("mx.example.test"))
                     .verdicts),
             QStringLiteral("dmarc=fail"));
    // Another authserv-id is not ours; no configured id trusts nothing.
    QVERIFY(StatusRequestParser::parse(msg(trusted, body), QStringLiteral("other.example"))
                .verdicts.isEmpty());
    QVERIFY(StatusRequestParser::parse(msg(trusted, body), QString()).verdicts.isEmpty());
    // Below the MX's Received field: written by the sender, not trusted (a forged pass does
    // not hide the real fail above it).
    const QByteArray forged = "Authentication-Results: mx.example.test; dmarc=fail\n"
                              "Received: from evil.example by mx.example.test\n"
                              "Authentication-Results: mx.example.test; dmarc=pass\n"
                              "Authentication-Results: mx.example.test; spf=fail\n"
                              "Received: by mx.example.test\n"
                              "From: ops@example.test\nSubject: status\n";
    const StatusRequest r =
        StatusRequestParser::parse(msg(forged, body), QStringLiteral("mx.example.test"));
    QCOMPARE(r.verdicts, (QList<AuthVerdict>{{QStringLiteral("dmarc"), QStringLiteral("fail")}}));
    // No Received naming the server: only the fields above the first Received.
    const QByteArray local = "Authentication-Results: mx.example.test; dkim=fail\n"
                             "Received: from a by b\n"
                             "Authentication-Results: mx.example.test; spf=fail\n"
                             "From: ops@example.test\nSubject: status\n";
    QCOMPARE(StatusRequestParser::failingVerdict(
                 StatusRequestParser::parse(msg(local, body), QStringLiteral("mx.example.test"))
                     .verdicts),
             QStringLiteral("dkim=fail"));
    QCOMPARE(StatusRequestParser::parse(msg(local, body), QStringLiteral("mx.example.test"))
                 .verdicts.size(),
             1);
}

void TestStatusRequest::hugeHeaderIsBounded()
{
    QByteArray m = "From: ops@example.test\r\nSubject: status\r\nX-Big: a";
    for (int i = 0; i < 20000; ++i)
        m += "\r\n " + QByteArray(50, 'x');
    for (int i = 0; i < 3000; ++i)
        m += "\r\nX-" + QByteArray::number(i) + ": v";
    m += "\r\n\r\npassword: x1234567\r\n";
    QElapsedTimer t;
    t.start();
    const StatusRequest r = StatusRequestParser::parse(m, QStringLiteral("mx"));
    QVERIFY(t.elapsed() < 5000);
    QVERIFY(!r.malformed.isEmpty());
    const auto fields = StatusRequestParser::headerFields(m);
    QVERIFY(fields.size() <= StatusRequestParser::kMaxFields);
    for (const auto &f : fields)
        QVERIFY(f.second.size() <= StatusRequestParser::kMaxFieldLength);
}

void TestStatusRequest::deepMultipartIsBounded()
{
    QByteArray body;
    QByteArray closing;
    for (int i = 0; i < 200; ++i) {
        body += "--b" + QByteArray::number(i) + "\nContent-Type: multipart/mixed; boundary=b" +
                QByteArray::number(i + 1) + "\n\n";
        closing.prepend("--b" + QByteArray::number(i) + "--\n");
    }
    body += "--b200\nContent-Type: text/plain\n\npassword: deep12345\n--b200--\n" + closing;
    const StatusRequest r = StatusRequestParser::parse(
        msg(kPlain + "Content-Type: multipart/mixed; boundary=b0\n", body), QString());
    QVERIFY(!r.passwordFound); // deeper than kMaxMimeDepth: not looked for
}

void TestStatusRequest::refusalRules()
{
    MailSettings s;
    s.remoteStatus.enabled = true;
    s.remoteStatus.permitted = {QStringLiteral("ops@example.test"), QStringLiteral("@admins.test")};
    s.remoteStatus.authservId = QStringLiteral("mx.example.test");
    const auto check = [&s](const QByteArray &headers, const QByteArray &body) {
        QString address;
        return StatusRequestCheck::refusal(
            s, StatusRequestParser::parse(msg(headers, body), s.remoteStatus.authservId), &address);
    };
    QVERIFY(check(kPlain, "password: x1234567\n").isEmpty());
    QVERIFY(check("From: boss@admins.test\nSubject: status\n", "password: x1234567\n").isEmpty());
    QVERIFY(check("From: evil@example.test\nSubject: status\n", "password: x1234567\n")
                .contains(QLatin1String("not permitted")));
    // A quoted password line is no password line: such a message is no request at all
    // (StatusRequestCheck leaves it alone; tst_remote_status otherMessagesLeftAlone).
    QVERIFY(!StatusRequestParser::parse(msg(kPlain, "> password: x1234567\n"), QString())
                 .passwordFound);
    QVERIFY(check("Authentication-Results: mx.example.test; dmarc=fail\n" + kPlain,
                  "password: x1234567\n")
                .contains(QLatin1String("dmarc=fail")));
    s.remoteStatus.permitted.clear(); // empty: anyone (the password still decides)
    QVERIFY(check("From: evil@example.test\nSubject: status\n", "password: x1234567\n").isEmpty());
}

void TestStatusRequest::reportText()
{
    QStandardPaths::setTestModeEnabled(true);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    MailSettings s;
    s.smtp.host = QStringLiteral("smtp.example.test");
    s.mailboxes.from = QStringLiteral("alerts@example.test");
    s.delivery.queueDir = dir.filePath(QStringLiteral("queue"));
    const QString config = dir.filePath(QStringLiteral("m.ini"));
    StatusSnapshot snap = StatusReport::gather(s, config);
    QString text = StatusReport::text(snap);
    QVERIFY2(text.contains(QLatin1String("Queue: 0 message(s) waiting")), qPrintable(text));
    QVERIFY(text.contains(QLatin1String("SMTP certificate: unknown")));
    QVERIFY(text.contains(QLatin1String("Last Send Test: unknown")));
    QVERIFY(text.contains(QLatin1String(MAILWRIGHT_VERSION)));
    // A Send Test recorded where it finishes shows in the next report.
    StatusReport::recordSendTest(config, s,
                                 Result::failure(ErrorClass::AuthFailed, Phase::Auth,
                                                 QStringLiteral("The server rejected the login.")));
    snap = StatusReport::gather(s, config);
    text = StatusReport::text(snap);
    QVERIFY2(text.contains(QLatin1String("Last Send Test: ")) &&
                 text.contains(QLatin1String("failed: The server rejected the login.")),
             qPrintable(text));
    const MessageBuilder::Result m = StatusReport::build(
        s, snap, QStringLiteral("ops@example.test"), QStringLiteral("<r@x.test>"));
    QVERIFY2(m.ok(), qPrintable(m.error));
    QVERIFY(m.data.contains("In-Reply-To: <r@x.test>\r\n"));
    QVERIFY(m.data.contains("References: <r@x.test>\r\n"));
    QVERIFY(m.data.contains("Auto-Submitted: auto-generated"));
    QCOMPARE(m.envelopeRecipients, QList<QByteArray>{"ops@example.test"});
}

QTEST_GUILESS_MAIN(TestStatusRequest)
#include "tst_statusrequest.moc"
