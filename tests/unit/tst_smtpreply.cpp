// SPDX-License-Identifier: GPL-3.0-or-later
// Pure tests of the SMTP reply parser, the data encoder and the SASL helpers.
#include "protocol/Sasl.h"
#include "protocol/SmtpReply.h"
#include "protocol/SmtpSession.h"

#include <QMessageAuthenticationCode>
#include <QTest>

using namespace mw;

class TestSmtpReply : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parse_data();
    void parse();
    void capabilities();
    void sizeParameter_data();
    void sizeParameter();
    void encodeData_data();
    void encodeData();
    void encodeAddress_data();
    void encodeAddress();
    void cramMd5();
    void choose_data();
    void choose();
};

// Lines are given joined by '\n' and fed one by one, as the framing layer delivers them
// (a reply split across packets arrives as separate lines or partial reads that the
// framing joins; the parser only ever sees whole lines).
void TestSmtpReply::parse_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<int>("code");
    QTest::addColumn<int>("lineCount");
    QTest::addColumn<QString>("enhanced");

    QTest::newRow("single-line") << QByteArray("250 OK") << true << 250 << 1 << QString();
    QTest::newRow("bare-250") << QByteArray("250") << true << 250 << 1 << QString();
    QTest::newRow("multi-line-ehlo")
        << QByteArray("250-mail.example.test\n250-PIPELINING\n250-SIZE 1000\n250 8BITMIME") << true
        << 250 << 4 << QString();
    QTest::newRow("enhanced-code")
        << QByteArray("550 5.1.1 User unknown") << true << 550 << 1 << QStringLiteral("5.1.1");
    QTest::newRow("enhanced-class-mismatch-is-text")
        << QByteArray("550 2.1.1 odd") << true << 550 << 1 << QString();
    QTest::newRow("enhanced-alone")
        << QByteArray("250 2.0.0") << true << 250 << 1 << QStringLiteral("2.0.0");
    QTest::newRow("enhanced-three-digits-tab")
        << QByteArray("421 4.123.999\tbusy") << true << 421 << 1 << QStringLiteral("4.123.999");
    QTest::newRow("enhanced-four-digits-is-text")
        << QByteArray("550 5.7.1234 no") << true << 550 << 1 << QString();
    QTest::newRow("enhanced-glued-is-text")
        << QByteArray("250 2.0.0x ok") << true << 250 << 1 << QString();
    QTest::newRow("enhanced-two-parts-is-text")
        << QByteArray("250 2.0 ok") << true << 250 << 1 << QString();
    QTest::newRow("enhanced-class-3-is-text")
        << QByteArray("354 3.0.0 go") << true << 354 << 1 << QString();
    QTest::newRow("enhanced-empty-part-is-text")
        << QByteArray("550 5..1 no") << true << 550 << 1 << QString();
    QTest::newRow("code-without-separator") << QByteArray("250OK") << false << 0 << 0 << QString();
    QTest::newRow("pop3-greeting") << QByteArray("+OK POP3 ready") << false << 0 << 0 << QString();
    QTest::newRow("invalid-code-2x0") << QByteArray("2x0 nope") << false << 0 << 0 << QString();
    QTest::newRow("invalid-code-999") << QByteArray("999 nope") << false << 0 << 0 << QString();
    QTest::newRow("code-changes-mid-reply")
        << QByteArray("250-first\n251 second") << false << 0 << 0 << QString();
    QTest::newRow("empty-line") << QByteArray("") << false << 0 << 0 << QString();
    QTest::newRow("http-response")
        << QByteArray("HTTP/1.1 400 Bad Request") << false << 0 << 0 << QString();
}

void TestSmtpReply::parse()
{
    QFETCH(QByteArray, input);
    QFETCH(bool, valid);
    QFETCH(int, code);
    QFETCH(int, lineCount);
    QFETCH(QString, enhanced);

    SmtpReplyParser parser;
    SmtpReplyParser::Status status = SmtpReplyParser::Status::NeedMore;
    const QList<QByteArray> lines = input.split('\n');
    for (const QByteArray &l : lines) {
        status = parser.feedLine(l);
        if (status != SmtpReplyParser::Status::NeedMore)
            break;
    }
    if (!valid) {
        QCOMPARE(status, SmtpReplyParser::Status::Error);
        QVERIFY(!parser.errorText().isEmpty());
        return;
    }
    QCOMPARE(status, SmtpReplyParser::Status::Complete);
    const SmtpReply r = parser.takeReply();
    QCOMPARE(r.code, code);
    QCOMPARE(r.lines.size(), lineCount);
    QCOMPARE(r.enhancedCode, enhanced);
}

void TestSmtpReply::capabilities()
{
    SmtpReplyParser parser;
    const QList<QByteArray> lines{
        "250-mx.example.test Hello", "250-PIPELINING", "250-SIZE 52428800", "250-AUTH PLAIN LOGIN",
        "250-AUTH=CRAM-MD5",         "250-8BITMIME",   "250-SMTPUTF8",      "250 STARTTLS"};
    SmtpReplyParser::Status s{};
    for (const QByteArray &l : lines)
        s = parser.feedLine(l);
    QCOMPARE(s, SmtpReplyParser::Status::Complete);
    const auto caps = SmtpCapabilities::fromEhloReply(parser.takeReply());
    QVERIFY(caps.pipelining);
    QVERIFY(caps.startTls);
    QVERIFY(caps.eightBitMime);
    QVERIFY(caps.smtpUtf8);
    QCOMPARE(caps.size, 52428800);
    QCOMPARE(caps.authMechanisms, (QStringList{QStringLiteral("PLAIN"), QStringLiteral("LOGIN"),
                                               QStringLiteral("CRAM-MD5")}));
}

void TestSmtpReply::sizeParameter_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<qint64>("size"); // -1: not announced, 0: no limit we can use
    QTest::newRow("limit") << QByteArray("250 SIZE 10485760") << qint64(10485760);
    QTest::newRow("no-value") << QByteArray("250 SIZE") << qint64(0);
    QTest::newRow("not-announced") << QByteArray("250 PIPELINING") << qint64(-1);
    // Found by fuzz_smtp_reply: a sign was read as a negative limit.
    QTest::newRow("negative") << QByteArray("250 SIZE -0971520") << qint64(0);
    QTest::newRow("plus-sign") << QByteArray("250 SIZE +1000") << qint64(0);
    QTest::newRow("suffix") << QByteArray("250 SIZE 10M") << qint64(0);
    QTest::newRow("past-qint64") << QByteArray("250 SIZE 99999999999999999999") << qint64(0);
    QTest::newRow("21-digits") << QByteArray("250 SIZE 000000000000000001000") << qint64(0);
}

void TestSmtpReply::sizeParameter()
{
    QFETCH(QByteArray, line);
    QFETCH(qint64, size);
    SmtpReplyParser parser;
    QCOMPARE(parser.feedLine("250-mx.example.test Hello"), SmtpReplyParser::Status::NeedMore);
    QCOMPARE(parser.feedLine(line), SmtpReplyParser::Status::Complete);
    QCOMPARE(SmtpCapabilities::fromEhloReply(parser.takeReply()).size, size);
}

void TestSmtpReply::encodeData_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QByteArray>("wire");

    QTest::newRow("crlf-kept") << QByteArray("a\r\nb\r\n") << true << QByteArray("a\r\nb\r\n.\r\n");
    QTest::newRow("bare-lf-becomes-crlf")
        << QByteArray("a\nb\n") << true << QByteArray("a\r\nb\r\n.\r\n");
    QTest::newRow("no-final-newline")
        << QByteArray("a\nb") << true << QByteArray("a\r\nb\r\n.\r\n");
    QTest::newRow("first-line-dot")
        << QByteArray(".hidden\nx\n") << true << QByteArray("..hidden\r\nx\r\n.\r\n");
    QTest::newRow("lone-dot-line")
        << QByteArray("a\n.\nb\n") << true << QByteArray("a\r\n..\r\nb\r\n.\r\n");
    QTest::newRow("998-octets-ok")
        << QByteArray(998, 'x') << true << QByteArray(998, 'x') + "\r\n.\r\n";
    QTest::newRow("999-octets-refused") << QByteArray(999, 'x') << false << QByteArray();
}

void TestSmtpReply::encodeData()
{
    QFETCH(QByteArray, content);
    QFETCH(bool, ok);
    QFETCH(QByteArray, wire);
    QString error;
    const auto out = SmtpSession::encodeData(content, &error);
    QCOMPARE(out.has_value(), ok);
    if (ok)
        QCOMPARE(*out, wire);
    else
        QVERIFY(error.contains(QLatin1String("998")));
}

void TestSmtpReply::encodeAddress_data()
{
    QTest::addColumn<QString>("address");
    QTest::addColumn<QByteArray>("wire");
    QTest::addColumn<bool>("utf8");
    QTest::newRow("plain") << QStringLiteral("a@example.test") << QByteArray("<a@example.test>")
                           << false;
    QTest::newRow("null-sender") << QString() << QByteArray("<>") << false;
    QTest::newRow("idn-domain") << QStringLiteral("a@bücher.example")
                                << QByteArray("<a@xn--bcher-kva.example>") << false;
    QTest::newRow("utf8-local") << QStringLiteral("jörg@example.test")
                                << QByteArray("<j\xc3\xb6rg@example.test>") << true;
}

void TestSmtpReply::encodeAddress()
{
    QFETCH(QString, address);
    QFETCH(QByteArray, wire);
    QFETCH(bool, utf8);
    bool needs = !utf8;
    QCOMPARE(SmtpSession::encodeAddress(address, &needs), wire);
    QCOMPARE(needs, utf8);
    // Again, after other addresses and past the 64 the encoder keeps: the same answer.
    bool other = false;
    QCOMPARE(SmtpSession::encodeAddress(QStringLiteral("jörg@example.test"), &other),
             QByteArray("<j\xc3\xb6rg@example.test>"));
    QVERIFY(other);
    for (int i = 0; i < 70; ++i)
        (void)SmtpSession::encodeAddress(QStringLiteral("u%1@example.test").arg(i), nullptr);
    needs = !utf8;
    QCOMPARE(SmtpSession::encodeAddress(address, &needs), wire);
    QCOMPARE(needs, utf8);
    needs = !utf8;
    QCOMPARE(SmtpSession::encodeAddress(address, &needs), wire);
    QCOMPARE(needs, utf8);
}

void TestSmtpReply::cramMd5()
{
    // RFC 2195 §2 example.
    const QByteArray challenge =
        QByteArray("<1896.697170952@postoffice.reston.mci.net>").toBase64();
    const auto r =
        sasl::cramMd5Response(challenge, QStringLiteral("tim"), QStringLiteral("tanstaaftanstaaf"));
    QVERIFY(r.has_value());
    QCOMPARE(QByteArray::fromBase64(*r), QByteArray("tim b913a602c7eda7a495b4e6e7334d3890"));
    QVERIFY(!sasl::cramMd5Response("not base64 !!", QStringLiteral("u"), QStringLiteral("p")));
    QVERIFY(!sasl::cramMd5Response(QByteArray(sasl::kMaxChallenge + 4, 'A'), QStringLiteral("u"),
                                   QStringLiteral("p")));
    QCOMPARE(QByteArray::fromBase64(sasl::plainResponse(QStringLiteral("u"), QStringLiteral("p"))),
             QByteArray("\0u\0p", 4));
}

void TestSmtpReply::choose_data()
{
    QTest::addColumn<QString>("requested");
    QTest::addColumn<QStringList>("offered");
    QTest::addColumn<bool>("encrypted");
    QTest::addColumn<bool>("clearAllowed");
    QTest::addColumn<QString>("chosen"); // empty: refused

    const QStringList all{QStringLiteral("PLAIN"), QStringLiteral("LOGIN"),
                          QStringLiteral("CRAM-MD5")};
    const QStringList plainLogin{QStringLiteral("PLAIN"), QStringLiteral("LOGIN")};
    QTest::newRow("auto-tls-prefers-cram") << "AUTO" << all << true << false << "CRAM-MD5";
    QTest::newRow("auto-tls-plain") << "AUTO" << plainLogin << true << false << "PLAIN";
    QTest::newRow("auto-clear-refuses-plain") << "AUTO" << plainLogin << false << false << "";
    // CRAM-MD5's answer is cracked offline, and the message would follow in clear.
    QTest::newRow("auto-clear-refuses-cram") << "AUTO" << all << false << false << "";
    QTest::newRow("cram-clear-refused") << "CRAM-MD5" << all << false << false << "";
    QTest::newRow("cram-clear-explicit-none") << "CRAM-MD5" << all << false << true << "CRAM-MD5";
    QTest::newRow("auto-clear-explicit-none") << "AUTO" << plainLogin << false << true << "PLAIN";
    QTest::newRow("plain-clear-refused") << "PLAIN" << all << false << false << "";
    QTest::newRow("login-not-offered")
        << "LOGIN" << QStringList{QStringLiteral("PLAIN")} << true << false << "";
    QTest::newRow("nothing-offered") << "AUTO" << QStringList{} << true << false << "";
}

void TestSmtpReply::choose()
{
    QFETCH(QString, requested);
    QFETCH(QStringList, offered);
    QFETCH(bool, encrypted);
    QFETCH(bool, clearAllowed);
    QFETCH(QString, chosen);
    QString why;
    sasl::Available have;
    have.password = true;
    const auto m = sasl::choose(requested, offered, encrypted, clearAllowed, have, &why);
    if (chosen.isEmpty()) {
        QVERIFY(!m.has_value());
        QVERIFY(!why.isEmpty());
    } else {
        QVERIFY(m.has_value());
        QCOMPARE(*m, chosen);
    }
}

QTEST_GUILESS_MAIN(TestSmtpReply)
#include "tst_smtpreply.moc"
