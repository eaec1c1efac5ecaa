// SPDX-License-Identifier: GPL-3.0-or-later
// Pure tests of the POP3 reply parsers (core/protocol/Pop3Reply.h): status lines with
// RFC 2449 response codes, multi-line answers (dot-unstuffing, the terminating dot, the
// line and size limits the session uses), and the STAT, LIST, UIDL and CAPA answers.
// Each row names the story; hostile rows are what a broken or malicious server sends.
#include "protocol/Pop3Reply.h"
#include "protocol/Pop3Session.h"

#include <QTest>

using namespace mw;

Q_DECLARE_METATYPE(mw::Pop3MultiLine::Status)

namespace {

// The framing of MailConnection: the octets of all packets in order, lines end at LF, a
// CR before it is dropped, an unfinished last line is never delivered. The parsers only
// ever see whole lines, however the server cut its packets.
QList<QByteArray> frame(const QList<QByteArray> &packets)
{
    QByteArray wire;
    for (const QByteArray &p : packets)
        wire += p;
    QList<QByteArray> lines;
    qsizetype start = 0;
    for (qsizetype nl = wire.indexOf('\n'); nl >= 0; nl = wire.indexOf('\n', start)) {
        QByteArray line = wire.mid(start, nl - start);
        if (line.endsWith('\r'))
            line.chop(1);
        lines.append(line);
        start = nl + 1;
    }
    return lines;
}

enum Kind { Message, Capa, List };

} // namespace

class TestPop3Reply : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void status_data();
    void status();
    void multiLine_data();
    void multiLine();
    void feedWhenIdle();
    void stat_data();
    void stat();
    void listAndUidl_data();
    void listAndUidl();
    void capabilities();
    void limits();
};

void TestPop3Reply::status_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QByteArray>("code");
    QTest::addColumn<ErrorClass>("errorClass"); // of errorClass(ErrorClass::Protocol)

    const auto P = ErrorClass::Protocol;
    QTest::newRow("dovecot-greeting") << QByteArray("+OK Dovecot ready. <1.2@vm>") << true << true
                                      << QByteArray("Dovecot ready. <1.2@vm>") << QByteArray() << P;
    QTest::newRow("ok-without-text")
        << QByteArray("+OK") << true << true << QByteArray() << QByteArray() << P;
    QTest::newRow("ok-with-blank-only")
        << QByteArray("+OK ") << true << true << QByteArray() << QByteArray() << P;
    QTest::newRow("bare-err") << QByteArray("-ERR") << true << false << QByteArray() << QByteArray()
                              << P;
    QTest::newRow("dovecot-wrong-password")
        << QByteArray("-ERR [AUTH] Authentication failed.") << true << false
        << QByteArray("[AUTH] Authentication failed.") << QByteArray("AUTH")
        << ErrorClass::AuthFailed;
    QTest::newRow("mailbox-locked-by-other-client")
        << QByteArray("-ERR [IN-USE] mailbox locked") << true << false
        << QByteArray("[IN-USE] mailbox locked") << QByteArray("IN-USE") << ErrorClass::Temporary;
    QTest::newRow("server-overloaded")
        << QByteArray("-ERR [SYS/TEMP] go away") << true << false
        << QByteArray("[SYS/TEMP] go away") << QByteArray("SYS/TEMP") << ErrorClass::Temporary;
    QTest::newRow("logins-too-frequent")
        << QByteArray("-ERR [login-delay] wait") << true << false
        << QByteArray("[login-delay] wait") << QByteArray("LOGIN-DELAY") << ErrorClass::Temporary;
    QTest::newRow("permanent-system-error-is-fallback")
        << QByteArray("-ERR [SYS/PERM] disk gone") << true << false
        << QByteArray("[SYS/PERM] disk gone") << QByteArray("SYS/PERM") << P;
    // The classification has always looked for the codes anywhere in the text.
    QTest::newRow("auth-code-late-in-text")
        << QByteArray("-ERR Login failed [AUTH]") << true << false
        << QByteArray("Login failed [AUTH]") << QByteArray() << ErrorClass::AuthFailed;
    QTest::newRow("code-with-digits-is-text") << QByteArray("-ERR [4711] nope") << true << false
                                              << QByteArray("[4711] nope") << QByteArray() << P;
    QTest::newRow("unclosed-code-is-text") << QByteArray("-ERR [AUTH nope") << true << false
                                           << QByteArray("[AUTH nope") << QByteArray() << P;
    QTest::newRow("empty-level-is-text") << QByteArray("-ERR [SYS/] x") << true << false
                                         << QByteArray("[SYS/] x") << QByteArray() << P;
    QTest::newRow("ok-with-code") << QByteArray("+OK [IN-USE] odd but legal") << true << true
                                  << QByteArray("[IN-USE] odd but legal") << QByteArray("IN-USE")
                                  << ErrorClass::Temporary;
    QTest::newRow("garbage-okay") << QByteArray("+OKAY") << false << false << QByteArray()
                                  << QByteArray() << P;
    QTest::newRow("garbage-error")
        << QByteArray("-ERROR") << false << false << QByteArray() << QByteArray() << P;
    QTest::newRow("garbage-lower-case")
        << QByteArray("+ok fine") << false << false << QByteArray() << QByteArray() << P;
    QTest::newRow("garbage-tab-separator")
        << QByteArray("+OK\tfine") << false << false << QByteArray() << QByteArray() << P;
    QTest::newRow("garbage-leading-blank")
        << QByteArray(" +OK") << false << false << QByteArray() << QByteArray() << P;
    QTest::newRow("garbage-empty-line")
        << QByteArray() << false << false << QByteArray() << QByteArray() << P;
    QTest::newRow("smtp-on-pop3-port")
        << QByteArray("220 mx ESMTP") << false << false << QByteArray() << QByteArray() << P;
}

void TestPop3Reply::status()
{
    QFETCH(QByteArray, line);
    QFETCH(bool, valid);
    QFETCH(bool, ok);
    QFETCH(QByteArray, text);
    QFETCH(QByteArray, code);
    QFETCH(ErrorClass, errorClass);

    const std::optional<Pop3Status> s = Pop3Status::parse(line);
    QCOMPARE(s.has_value(), valid);
    if (!valid) {
        QVERIFY(!Pop3Status::notStatusText(line, false).isEmpty());
        return;
    }
    QCOMPARE(s->ok, ok);
    QCOMPARE(s->text, text);
    QCOMPARE(s->code, code);
    QCOMPARE(s->errorClass(ErrorClass::Protocol), errorClass);
}

void TestPop3Reply::multiLine_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QList<QByteArray>>("packets");
    QTest::addColumn<qint64>("maxOctets");
    QTest::addColumn<Pop3MultiLine::Status>("status"); // after the last line fed
    QTest::addColumn<QByteArray>("content");           // the message, or the lines joined by '|'
    QTest::addColumn<int>("unread");                   // lines after the terminating dot
    QTest::addColumn<QString>("error");                // part of errorText()

    using St = Pop3MultiLine::Status;
    const qint64 big = 16 * 1024 * 1024;
    QTest::newRow("dovecot-capa") << int(Capa)
                                  << QList<QByteArray>{"TOP\r\nUIDL\r\nSTLS\r\nSASL PLAIN\r\n.\r\n"}
                                  << big << St::Complete << QByteArray("TOP|UIDL|STLS|SASL PLAIN")
                                  << 0 << QString();
    QTest::newRow("list-split-across-packets")
        << int(List) << QList<QByteArray>{"1 46", "4\r", "\n2 661\r\n.", "\r\n"} << big
        << St::Complete << QByteArray("1 464|2 661") << 0 << QString();
    QTest::newRow("message-missing-cr")
        << int(Message) << QList<QByteArray>{"Subject: x\n\nbody\n.\n"} << big << St::Complete
        << QByteArray("Subject: x\r\n\r\nbody\r\n") << 0 << QString();
    QTest::newRow("message-dot-stuffed-lines")
        << int(Message) << QList<QByteArray>{"..\r\n..hidden\r\n...\r\n.\r\n"} << big
        << St::Complete << QByteArray(".\r\n.hidden\r\n..\r\n") << 0 << QString();
    QTest::newRow("list-dot-stuffed-line") << int(List) << QList<QByteArray>{"..x\r\n.\r\n"} << big
                                           << St::Complete << QByteArray(".x") << 0 << QString();
    QTest::newRow("empty-mailbox-lone-dot") << int(List) << QList<QByteArray>{".\r\n"} << big
                                            << St::Complete << QByteArray() << 0 << QString();
    QTest::newRow("lone-dot-ends-answer-early")
        << int(Message) << QList<QByteArray>{"a\r\n.\r\nb\r\n"} << big << St::Complete
        << QByteArray("a\r\n") << 1 << QString();
    QTest::newRow("dot-with-blank-is-content")
        << int(Message) << QList<QByteArray>{". \r\n.\r\n"} << big << St::Complete
        << QByteArray(" \r\n") << 0 << QString();
    QTest::newRow("dot-with-cr-only-is-content")
        << int(Message) << QList<QByteArray>{".\r\r\n.\r\n"} << big << St::Complete
        << QByteArray("\r\r\n") << 0 << QString();
    QTest::newRow("unterminated-answer-needs-more")
        << int(Message) << QList<QByteArray>{"a\r\nb\r\n.."} << big << St::NeedMore << QByteArray()
        << 0 << QString();
    QTest::newRow("message-exactly-at-limit")
        << int(Message) << QList<QByteArray>{"12345678\r\n.\r\n"} << qint64(10) << St::Complete
        << QByteArray("12345678\r\n") << 0 << QString();
    QTest::newRow("over-long-message-line")
        << int(Message) << QList<QByteArray>{"123456789\r\n.\r\n"} << qint64(10) << St::Error
        << QByteArray() << 1 << QStringLiteral("Message 7 is larger than 10 octets");
    QTest::newRow("over-long-list-line")
        << int(List) << QList<QByteArray>{QByteArray(64, '1') + "\r\n.\r\n"} << qint64(64)
        << St::Error << QByteArray() << 1 << QStringLiteral("larger than 64 octets");
    QTest::newRow("stuffing-dot-not-counted")
        << int(Message) << QList<QByteArray>{"..2345678\r\n.\r\n"} << qint64(10) << St::Complete
        << QByteArray(".2345678\r\n") << 0 << QString();
    QTest::newRow("endless-capa") << int(Capa)
                                  << QList<QByteArray>{QByteArray("X\r\n").repeated(201) + ".\r\n"}
                                  << big << St::Error << QByteArray() << 1
                                  << QStringLiteral("more than 200 lines");
    QTest::newRow("capa-of-200-lines")
        << int(Capa) << QList<QByteArray>{QByteArray("X\r\n").repeated(200) + ".\r\n"} << big
        << St::Complete << QByteArray("X|").repeated(200).chopped(1) << 0 << QString();
}

void TestPop3Reply::multiLine()
{
    QFETCH(int, kind);
    QFETCH(QList<QByteArray>, packets);
    QFETCH(qint64, maxOctets);
    QFETCH(Pop3MultiLine::Status, status);
    QFETCH(QByteArray, content);
    QFETCH(int, unread);
    QFETCH(QString, error);

    Pop3MultiLine answer;
    if (kind == Message)
        answer.beginMessage(7, maxOctets);
    else
        answer.beginLines(
            kind == Capa ? Pop3MultiLine::kMaxCapaLines : Pop3MultiLine::kMaxListLines, maxOctets);
    QVERIFY(answer.isActive());
    QCOMPARE(answer.isMessage(), kind == Message);
    const QList<QByteArray> lines = frame(packets);
    Pop3MultiLine::Status got = Pop3MultiLine::Status::NeedMore;
    int fed = 0;
    for (const QByteArray &l : lines) {
        got = answer.feedLine(l);
        ++fed;
        if (got != Pop3MultiLine::Status::NeedMore)
            break;
    }
    QCOMPARE(got, status);
    QCOMPARE(lines.size() - fed, unread);
    QCOMPARE(answer.isActive(), status == Pop3MultiLine::Status::NeedMore);
    if (status == Pop3MultiLine::Status::Error) {
        QVERIFY2(answer.errorText().contains(error), qPrintable(answer.errorText()));
        QVERIFY(answer.takeLines().isEmpty());
        QVERIFY(answer.takeMessage().isEmpty());
        return;
    }
    if (status == Pop3MultiLine::Status::NeedMore)
        return;
    QVERIFY(answer.errorText().isEmpty());
    if (kind == Message) {
        QCOMPARE(answer.takeMessage(), content);
        QCOMPARE(answer.octets(), qint64(content.size()));
    } else {
        QCOMPARE(answer.takeLines(), content.isEmpty() ? QList<QByteArray>() : content.split('|'));
    }
}

void TestPop3Reply::feedWhenIdle()
{
    // A line fed to a reader that is not in an answer is refused, not collected.
    Pop3MultiLine answer;
    QCOMPARE(answer.feedLine("1 464"), Pop3MultiLine::Status::Error);
    QVERIFY(!answer.errorText().isEmpty());
    QVERIFY(answer.takeLines().isEmpty());
    // A new answer starts from nothing, whatever the last one left.
    answer.beginLines(Pop3MultiLine::kMaxListLines, 100);
    QCOMPARE(answer.feedLine("1 464"), Pop3MultiLine::Status::NeedMore);
    answer.beginLines(Pop3MultiLine::kMaxListLines, 100);
    QCOMPARE(answer.octets(), qint64(0));
    QCOMPARE(answer.feedLine("."), Pop3MultiLine::Status::Complete);
    QVERIFY(answer.takeLines().isEmpty());
}

void TestPop3Reply::stat_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<int>("count");
    QTest::addColumn<qint64>("size");

    QTest::newRow("dovecot-three-messages")
        << QByteArray("+OK 3 2511") << true << 3 << qint64(2511);
    QTest::newRow("empty-mailbox") << QByteArray("+OK 0 0") << true << 0 << qint64(0);
    QTest::newRow("extra-text-after-size")
        << QByteArray("+OK 2 320 octets") << true << 2 << qint64(320);
    QTest::newRow("ok-without-text") << QByteArray("+OK") << false << 0 << qint64(0);
    QTest::newRow("negative-count") << QByteArray("+OK -1 10") << false << 0 << qint64(0);
    QTest::newRow("negative-size") << QByteArray("+OK 1 -10") << false << 0 << qint64(0);
    QTest::newRow("words-not-numbers") << QByteArray("+OK many big") << false << 0 << qint64(0);
    QTest::newRow("refused") << QByteArray("-ERR 1 10") << false << 0 << qint64(0);
}

void TestPop3Reply::stat()
{
    QFETCH(QByteArray, line);
    QFETCH(bool, valid);
    QFETCH(int, count);
    QFETCH(qint64, size);

    const auto s = Pop3Status::parse(line);
    QVERIFY(s);
    const auto drop = pop3::parseStat(*s);
    QCOMPARE(drop.has_value(), valid);
    if (valid) {
        QCOMPARE(drop->count, count);
        QCOMPARE(drop->size, size);
    }
}

void TestPop3Reply::listAndUidl_data()
{
    QTest::addColumn<QList<QByteArray>>("list");
    QTest::addColumn<QList<QByteArray>>("uidl");
    QTest::addColumn<QByteArray>("bad"); // the offending line, empty when all is well
    QTest::addColumn<QStringList>("uids");

    using L = QList<QByteArray>;
    QTest::newRow("dovecot-listing")
        << L{"1 464", "2 661"} << L{"1 000000016553f100", "2 000000026553f100"} << QByteArray()
        << QStringList{QStringLiteral("000000016553f100"), QStringLiteral("000000026553f100")};
    QTest::newRow("uidl-for-unknown-number-ignored")
        << L{"1 464"} << L{"9 abc", "1 def"} << QByteArray() << QStringList{QStringLiteral("def")};
    QTest::newRow("list-message-zero") << L{"0 10"} << L{} << QByteArray("0 10") << QStringList{};
    QTest::newRow("list-without-size")
        << L{"1 464", "2"} << L{} << QByteArray("2") << QStringList{};
    QTest::newRow("list-garbage") << L{"hello world"} << L{} << QByteArray("hello world")
                                  << QStringList{};
    QTest::newRow("uid-of-71-characters")
        << L{"1 10"} << L{"1 " + QByteArray(71, 'u')} << QByteArray("1 " + QByteArray(71, 'u'))
        << QStringList{};
    QTest::newRow("uid-missing") << L{"1 10"} << L{"1"} << QByteArray("1") << QStringList{};
}

void TestPop3Reply::listAndUidl()
{
    QFETCH(QList<QByteArray>, list);
    QFETCH(QList<QByteArray>, uidl);
    QFETCH(QByteArray, bad);
    QFETCH(QStringList, uids);

    QByteArray offending;
    const auto listing = pop3::parseList(list, &offending);
    if (!listing) {
        QCOMPARE(offending, bad);
        return;
    }
    QList<Pop3MessageInfo> infos = *listing;
    QCOMPARE(infos.size(), list.size());
    const bool ok = pop3::applyUidl(uidl, infos, &offending);
    QCOMPARE(ok, bad.isEmpty());
    if (!ok) {
        QCOMPARE(offending, bad);
        return;
    }
    QStringList got;
    for (const Pop3MessageInfo &m : std::as_const(infos)) {
        QVERIFY(m.number > 0);
        if (!m.uid.isEmpty())
            got << m.uid;
    }
    QCOMPARE(got, uids);
}

void TestPop3Reply::capabilities()
{
    const pop3::Capabilities caps = pop3::parseCapabilities(
        {"TOP", "", "  uidl  ", "SASL plain  cram-md5", "stls", "RESP-CODES"});
    QCOMPARE(caps.lines, (QStringList{QStringLiteral("TOP"), QStringLiteral("uidl"),
                                      QStringLiteral("SASL plain  cram-md5"),
                                      QStringLiteral("stls"), QStringLiteral("RESP-CODES")}));
    QCOMPARE(caps.saslMechanisms,
             (QStringList{QStringLiteral("PLAIN"), QStringLiteral("CRAM-MD5")}));
    QVERIFY(caps.stls);
    QVERIFY(caps.uidl);
    const pop3::Capabilities bare = pop3::parseCapabilities({"USER"});
    QVERIFY(!bare.stls);
    QVERIFY(!bare.uidl);
    QVERIFY(bare.saslMechanisms.isEmpty());
}

void TestPop3Reply::limits()
{
    // The bounds the session has always used: a 16 MiB answer, 200 CAPA lines, 200,000
    // LIST/UIDL lines, 16 KiB a line.
    QCOMPARE(Pop3Config().maxMessageSize, qint64(16 * 1024 * 1024));
    QCOMPARE(Pop3MultiLine::kMaxCapaLines, 200);
    QCOMPARE(Pop3MultiLine::kMaxListLines, 200000);
    QCOMPARE(Pop3MultiLine::kMaxLine, 16384);
}

QTEST_APPLESS_MAIN(TestPop3Reply)
#include "tst_pop3reply.moc"
