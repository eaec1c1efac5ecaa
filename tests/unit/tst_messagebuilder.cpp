// SPDX-License-Identifier: GPL-3.0-or-later
// MessageBuilder, checked by an independent reader: every built message is parsed by Python's
// email package with its strict default policy (tests/support/EmlReader.h) and what that parser
// decodes is compared with what went in; the wire format rules (CRLF only, line lengths, 7-bit
// cleanliness, encoded-word length) are checked on the bytes. The Date and Message-ID headers,
// encoded-words and the test message: tst_messageheaders.
#include "EmlReader.h"
#include "delivery/MessageBuilder.h"
#include "delivery/MimeEncoding.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>
#include <QStandardPaths>
#include <QtTest>

using namespace mw;
using namespace mw::test;

namespace {

QList<MessageBuilder::Mailbox> mailboxes(const QStringList &addresses, const QStringList &names)
{
    QList<MessageBuilder::Mailbox> out;
    for (qsizetype i = 0; i < addresses.size(); ++i)
        out.append({addresses.at(i), names.value(i)});
    return out;
}

// What a reader should decode from the body: LF line ends and a final line end.
QString expectedBody(QString body)
{
    body.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    body.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    if (!body.isEmpty() && !body.endsWith(QLatin1Char('\n')))
        body += QLatin1Char('\n');
    return body;
}

} // namespace

class TestMessageBuilder : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void build_data();
    void build();
    void refused_data();
    void refused();
    void envelope();
    void extraHeaders();

private:
    QDateTime m_fixedDate;
};

void TestMessageBuilder::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QLocale::setDefault(QLocale::c());
    m_fixedDate = QDateTime(QDate(2025, 7, 1), QTime(14, 3, 9), Qt::OffsetFromUTC, (2 * 3600));
    const QString missing = emlReaderMissing();
    QVERIFY2(missing.isEmpty(), qPrintable(missing));
}

void TestMessageBuilder::build_data()
{
    QTest::addColumn<QString>("fromAddress");
    QTest::addColumn<QString>("fromName");
    QTest::addColumn<QStringList>("toAddresses");
    QTest::addColumn<QStringList>("toNames");
    QTest::addColumn<QStringList>("ccAddresses");
    QTest::addColumn<QString>("subject");
    QTest::addColumn<QString>("body");
    QTest::addColumn<bool>("smtpUtf8");
    QTest::addColumn<bool>("allow8Bit");
    // What the reader must see.
    QTest::addColumn<QString>("expectedFrom");
    QTest::addColumn<QStringList>("expectedTo");
    QTest::addColumn<QByteArray>("expectedEncoding");

    const QString ascii = QStringLiteral("The nightly backup finished at 02:14.\nNo errors.\n");
    const QStringList ops{QStringLiteral("ops@example.org")};
    const QStringList noNames;

    QTest::newRow("ascii") << QStringLiteral("alerts@example.com") << QStringLiteral("Backup Robot")
                           << ops << QStringList{QStringLiteral("Operations")} << QStringList{}
                           << QStringLiteral("Job finished: nightly backup") << ascii << false
                           << false << QStringLiteral("alerts@example.com") << ops
                           << QByteArray("7bit");

    QTest::newRow("address-literals")
        << QStringLiteral("root@[192.0.2.1]") << QString()
        << QStringList{QStringLiteral("ops@[IPv6:2001:db8::1]")} << noNames << QStringList{}
        << QStringLiteral("Job finished") << ascii << false << false
        << QStringLiteral("root@[192.0.2.1]")
        << QStringList{QStringLiteral("ops@[IPv6:2001:db8::1]")} << QByteArray("7bit");

    QTest::newRow("german-umlauts-in-subject-and-name")
        << QStringLiteral("juergen@example.de") << QStringLiteral("Jürgen Müller-Lüdenscheidt")
        << ops << QStringList{QStringLiteral("Björn Ärger")} << QStringList{}
        << QStringLiteral("Grüße aus München: Sicherung abgeschlossen (Größe 3 GB)")
        << QStringLiteral("Sehr geehrte Damen und Herren,\ndie Sicherung ist fertig. Äpfel, Öl, "
                          "Übermut, ß.\n")
        << false << false << QStringLiteral("juergen@example.de") << ops
        << QByteArray("quoted-printable");

    QTest::newRow("cjk") << QStringLiteral("yamada@example.jp") << QStringLiteral("山田太郎") << ops
                         << QStringList{QStringLiteral("運用チーム")} << QStringList{}
                         << QStringLiteral("バックアップが完了しました。これは折り返しが必要な"
                                           "とても長い件名です。夜間ジョブの結果をお知らせします。")
                         << QStringLiteral("夜間バックアップは正常に終了しました。\n") << false
                         << false << QStringLiteral("yamada@example.jp") << ops
                         << QByteArray("quoted-printable");

    QTest::newRow("emoji")
        << QStringLiteral("bot@example.com") << QStringLiteral("Deploy 🚀 Bot") << ops << noNames
        << QStringList{}
        << QStringLiteral("Deploy done ✅🎉 all green 👍🏽 "
                          "👨‍👩‍👧‍👦 family emoji sequence and more 🚀🚀🚀")
        << QStringLiteral("Status: 🟢\n") << false << false << QStringLiteral("bot@example.com")
        << ops << QByteArray("quoted-printable");

    QTest::newRow("long-ascii-subject-is-folded")
        << QStringLiteral("alerts@example.com") << QString() << ops << noNames << QStringList{}
        << QStringLiteral("The quick brown fox jumps over the lazy dog. ").repeated(12) +
               QStringLiteral("End")
        << ascii << false << false << QStringLiteral("alerts@example.com") << ops
        << QByteArray("7bit");

    QTest::newRow("unbreakable-ascii-subject-word")
        << QStringLiteral("alerts@example.com") << QString() << ops << noNames << QStringList{}
        << QStringLiteral("Path: /") + QStringLiteral("very-long-directory-name/").repeated(10)
        << ascii << false << false << QStringLiteral("alerts@example.com") << ops
        << QByteArray("7bit");

    QTest::newRow("encoded-word-lookalike-subject-stays-literal")
        << QStringLiteral("alerts@example.com") << QString() << ops << noNames << QStringList{}
        << QStringLiteral("Literal =?UTF-8?B?SGk=?= is not decoded") << ascii << false << false
        << QStringLiteral("alerts@example.com") << ops << QByteArray("7bit");

    QTest::newRow("tab-and-double-space-in-subject")
        << QStringLiteral("alerts@example.com") << QString() << ops << noNames << QStringList{}
        << QStringLiteral("Job\tA  finished   twice") << ascii << false << false
        << QStringLiteral("alerts@example.com") << ops << QByteArray("7bit");

    // fuzz_message_builder: a word of tabs only where the line is full, followed by a word
    // that does not fit after it, used to be left alone on a folded line " \t": white
    // space only (RFC 5322 §3.2.2). A run of spaces at the fold made an over-long line.
    QTest::newRow("tab-only-word-at-the-fold")
        << QStringLiteral("alerts@example.com") << QString() << ops << noNames << QStringList{}
        << QString(66, QLatin1Char('x')) + QStringLiteral(" \t ") + QString(74, QLatin1Char('w'))
        << ascii << false << false << QStringLiteral("alerts@example.com") << ops
        << QByteArray("7bit");
    QTest::newRow("tab-only-words-everywhere")
        << QStringLiteral("alerts@example.com") << QString() << ops << noNames << QStringList{}
        << QStringLiteral("Backup \t of \t\t\t /srv \t ").repeated(8) + QStringLiteral("end")
        << ascii << false << false << QStringLiteral("alerts@example.com") << ops
        << QByteArray("7bit");
    QTest::newRow("run-of-spaces-at-the-fold")
        << QStringLiteral("alerts@example.com") << QString() << ops << noNames << QStringList{}
        << QString(66, QLatin1Char('y')) + QString(20, QLatin1Char(' ')) + QStringLiteral("z")
        << ascii << false << false << QStringLiteral("alerts@example.com") << ops
        << QByteArray("7bit");
    QTest::newRow("white-space-words-over-a-whole-line")
        << QStringLiteral("alerts@example.com") << QString() << ops << noNames << QStringList{}
        << QStringLiteral("a ") + QStringLiteral("\t ").repeated(60) + QStringLiteral("b") << ascii
        << false << false << QStringLiteral("alerts@example.com") << ops << QByteArray("7bit");

    QTest::newRow("empty-subject")
        << QStringLiteral("alerts@example.com") << QString() << ops << noNames << QStringList{}
        << QString() << ascii << false << false << QStringLiteral("alerts@example.com") << ops
        << QByteArray("7bit");

    QTest::newRow("subject-with-leading-and-trailing-spaces")
        << QStringLiteral("alerts@example.com") << QString() << ops << noNames << QStringList{}
        << QStringLiteral("  padded subject ") << ascii << false << false
        << QStringLiteral("alerts@example.com") << ops << QByteArray("7bit");

    QTest::newRow("long-body-line-becomes-quoted-printable")
        << QStringLiteral("alerts@example.com") << QString() << ops << noNames << QStringList{}
        << QStringLiteral("Log")
        << QStringLiteral("start\n") + QStringLiteral("0123456789").repeated(150) +
               QStringLiteral("\nend\n")
        << false << false << QStringLiteral("alerts@example.com") << ops
        << QByteArray("quoted-printable");

    QTest::newRow("200-octet-ascii-line-stays-7bit")
        << QStringLiteral("alerts@example.com") << QString() << ops << noNames << QStringList{}
        << QStringLiteral("Log") << QStringLiteral("abcdefghij").repeated(20) + QStringLiteral("\n")
        << false << false << QStringLiteral("alerts@example.com") << ops << QByteArray("7bit");

    QTest::newRow("line-starting-with-a-dot-is-left-alone")
        << QStringLiteral("alerts@example.com") << QString() << ops << noNames << QStringList{}
        << QStringLiteral("Dots") << QStringLiteral("first\n.\n..hidden\n.end\n") << false << false
        << QStringLiteral("alerts@example.com") << ops << QByteArray("7bit");

    QTest::newRow("dot-line-in-quoted-printable-body")
        << QStringLiteral("alerts@example.com") << QString() << ops << noNames << QStringList{}
        << QStringLiteral("Dots") << QStringLiteral("Grüße\n.\n.Ende\n") << false << false
        << QStringLiteral("alerts@example.com") << ops << QByteArray("quoted-printable");

    QTest::newRow("trailing-white-space-in-quoted-printable")
        << QStringLiteral("alerts@example.com") << QString() << ops << noNames << QStringList{}
        << QStringLiteral("Spaces") << QStringLiteral("Größe   \nTab\t\n= sign =3D\n") << false
        << false << QStringLiteral("alerts@example.com") << ops << QByteArray("quoted-printable");

    QTest::newRow("nul-and-control-in-body-are-encoded")
        << QStringLiteral("alerts@example.com") << QString() << ops << noNames << QStringList{}
        << QStringLiteral("Binary-ish")
        << QStringLiteral("a") + QChar(u'\0') +
               QStringLiteral("b\x07"
                              "c\n")
        << false << false << QStringLiteral("alerts@example.com") << ops
        << QByteArray("quoted-printable");

    QTest::newRow("mixed-line-ends-become-crlf")
        << QStringLiteral("alerts@example.com") << QString() << ops << noNames << QStringList{}
        << QStringLiteral("Line ends") << QStringLiteral("one\r\ntwo\rthree\nfour") << false
        << false << QStringLiteral("alerts@example.com") << ops << QByteArray("7bit");

    QTest::newRow("empty-body") << QStringLiteral("alerts@example.com") << QString() << ops
                                << noNames << QStringList{} << QStringLiteral("Nothing")
                                << QString() << false << false
                                << QStringLiteral("alerts@example.com") << ops
                                << QByteArray("7bit");

    QTest::newRow("comma-and-quotes-in-display-name")
        << QStringLiteral("jd@example.com") << QStringLiteral("Doe, John \"JD\"") << ops
        << QStringList{QStringLiteral("Ops; Team <night>")} << QStringList{}
        << QStringLiteral("Quoting") << ascii << false << false << QStringLiteral("jd@example.com")
        << ops << QByteArray("7bit");

    QTest::newRow("backslash-and-dot-in-display-name")
        << QStringLiteral("agent@example.com") << QStringLiteral("C:\\Backup Agent v1.2") << ops
        << noNames << QStringList{} << QStringLiteral("Quoting") << ascii << false << false
        << QStringLiteral("agent@example.com") << ops << QByteArray("7bit");

    QTest::newRow("encoded-word-lookalike-display-name")
        << QStringLiteral("agent@example.com") << QStringLiteral("=?UTF-8?Q?Mallory?=") << ops
        << noNames << QStringList{} << QStringLiteral("Quoting") << ascii << false << false
        << QStringLiteral("agent@example.com") << ops << QByteArray("7bit");

    QTest::newRow("long-ascii-display-name")
        << QStringLiteral("agent@example.com")
        << QStringLiteral("Very Long Display Name ").repeated(5) + QStringLiteral("End") << ops
        << noNames << QStringList{} << QStringLiteral("Long name") << ascii << false << false
        << QStringLiteral("agent@example.com") << ops << QByteArray("7bit");

    QTest::newRow("idn-domain-written-as-ace")
        << QStringLiteral("alerts@münchen.example") << QStringLiteral("Alerts")
        << QStringList{QStringLiteral("admin@bücher.example")} << noNames << QStringList{}
        << QStringLiteral("IDN") << ascii << false << false
        << QStringLiteral("alerts@xn--mnchen-3ya.example")
        << QStringList{QStringLiteral("admin@xn--bcher-kva.example")} << QByteArray("7bit");

    QTest::newRow("several-to-and-cc-are-folded")
        << QStringLiteral("alerts@example.com") << QStringLiteral("Alerts")
        << QStringList{QStringLiteral("first.person@example.org"),
                       QStringLiteral("second.person@example.org"),
                       QStringLiteral("third@example.net")}
        << QStringList{QStringLiteral("First Person With A Rather Long Name"),
                       QStringLiteral("Zweite Persön"), QString()}
        << QStringList{QStringLiteral("cc1@example.org"), QStringLiteral("cc2@example.org")}
        << QStringLiteral("Several") << ascii << false << false
        << QStringLiteral("alerts@example.com")
        << QStringList{QStringLiteral("first.person@example.org"),
                       QStringLiteral("second.person@example.org"),
                       QStringLiteral("third@example.net")}
        << QByteArray("7bit");

    QTest::newRow("8bit-when-the-caller-allows-it")
        << QStringLiteral("alerts@example.com") << QString() << ops << noNames << QStringList{}
        << QStringLiteral("8bit") << QStringLiteral("Grüße aus Köln\n") << false << true
        << QStringLiteral("alerts@example.com") << ops << QByteArray("8bit");

    QTest::newRow("8bit-allowed-but-line-too-long-so-quoted-printable")
        << QStringLiteral("alerts@example.com") << QString() << ops << noNames << QStringList{}
        << QStringLiteral("8bit") << QStringLiteral("Grüße ").repeated(200) + QStringLiteral("\n")
        << false << true << QStringLiteral("alerts@example.com") << ops
        << QByteArray("quoted-printable");

    QTest::newRow("utf8-local-part-with-smtputf8")
        << QStringLiteral("jürgen@bücher.example") << QStringLiteral("Jürgen")
        << QStringList{QStringLiteral("用户@例子.广告")} << noNames << QStringList{}
        << QStringLiteral("SMTPUTF8") << ascii << true << false
        << QStringLiteral("jürgen@bücher.example") << QStringList{QStringLiteral("用户@例子.广告")}
        << QByteArray("7bit");
}

void TestMessageBuilder::build()
{
    QFETCH(QString, fromAddress);
    QFETCH(QString, fromName);
    QFETCH(QStringList, toAddresses);
    QFETCH(QStringList, toNames);
    QFETCH(QStringList, ccAddresses);
    QFETCH(QString, subject);
    QFETCH(QString, body);
    QFETCH(bool, smtpUtf8);
    QFETCH(bool, allow8Bit);
    QFETCH(QString, expectedFrom);
    QFETCH(QStringList, expectedTo);
    QFETCH(QByteArray, expectedEncoding);

    MessageBuilder b;
    b.setFrom({fromAddress, fromName});
    b.setTo(mailboxes(toAddresses, toNames));
    b.setCc(mailboxes(ccAddresses, {}));
    b.setSubject(subject);
    b.setBody(body);
    b.setDateTime(m_fixedDate);
    b.setSmtpUtf8(smtpUtf8);
    b.setBodyEncoding(allow8Bit ? MessageBuilder::BodyEncoding::Allow8Bit
                                : MessageBuilder::BodyEncoding::SevenBit);
    const MessageBuilder::Result r = b.build();
    QVERIFY2(r.ok(), qPrintable(r.error));
    QVERIFY(!r.data.isEmpty());
    QCOMPARE(r.transferEncoding, expectedEncoding);
    QCOMPARE(r.needs8BitMime, expectedEncoding == "8bit");

    const bool sevenBit = expectedEncoding != "8bit" && !smtpUtf8;
    const QString problem = wireProblem(r.data, sevenBit);
    QVERIFY2(problem.isEmpty(),
             qPrintable(problem + QStringLiteral("\n") + QString::fromUtf8(r.data)));
    // The header is ASCII unless an address needs UTF-8 (RFC 6532).
    const QByteArray header = r.data.left(r.data.indexOf("\r\n\r\n"));
    const bool headerAscii = std::all_of(header.cbegin(), header.cend(), [](char c) {
        return static_cast<unsigned char>(c) < 0x80;
    });
    QCOMPARE(!headerAscii, smtpUtf8);
    QCOMPARE(r.needsSmtpUtf8, smtpUtf8);

    QString failure;
    const QJsonObject parsed = parseEml(r.data, smtpUtf8, &failure);
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
    QJsonObject headerDefects = parsed.value(QStringLiteral("header_defects")).toObject();
    if (smtpUtf8) {
        // Python's parser follows RFC 5322, not RFC 6532, and flags UTF-8 local parts.
        for (const QString &key : headerDefects.keys()) {
            QJsonArray kept;
            for (const QJsonValue &d : headerDefects.value(key).toArray())
                if (!d.toString().startsWith(QLatin1String("NonASCIILocalPartDefect")))
                    kept.append(d);
            if (kept.isEmpty())
                headerDefects.remove(key);
        }
    }
    QVERIFY2(headerDefects.isEmpty(),
             QByteArray(QJsonDocument(headerDefects).toJson() + "\n" + r.data).constData());
    QVERIFY(parsed.value(QStringLiteral("defects")).toArray().isEmpty());

    const QJsonArray from = parsed.value(QStringLiteral("from")).toArray();
    QCOMPARE(from.size(), 1);
    QCOMPARE(from.at(0).toObject().value(QStringLiteral("name")).toString(), fromName);
    QCOMPARE(from.at(0).toObject().value(QStringLiteral("address")).toString(), expectedFrom);

    const QJsonArray to = parsed.value(QStringLiteral("to")).toArray();
    QCOMPARE(to.size(), expectedTo.size());
    for (qsizetype i = 0; i < expectedTo.size(); ++i) {
        QCOMPARE(to.at(i).toObject().value(QStringLiteral("address")).toString(), expectedTo.at(i));
        QCOMPARE(to.at(i).toObject().value(QStringLiteral("name")).toString(), toNames.value(i));
    }
    const QJsonArray cc = parsed.value(QStringLiteral("cc")).toArray();
    QCOMPARE(cc.size(), ccAddresses.size());
    for (qsizetype i = 0; i < ccAddresses.size(); ++i)
        QCOMPARE(cc.at(i).toObject().value(QStringLiteral("address")).toString(),
                 ccAddresses.at(i));

    QCOMPARE(parsed.value(QStringLiteral("subject")).toString(), subject);
    QCOMPARE(parsed.value(QStringLiteral("message_id")).toString(),
             QString::fromLatin1(r.messageId));
    QCOMPARE(parsed.value(QStringLiteral("date_iso")).toString(),
             QStringLiteral("2025-07-01T14:03:09+02:00"));
    QCOMPARE(parsed.value(QStringLiteral("mime_version")).toString(), QStringLiteral("1.0"));
    QCOMPARE(parsed.value(QStringLiteral("content_type")).toString(), QStringLiteral("text/plain"));
    QCOMPARE(parsed.value(QStringLiteral("charset")).toString(), QStringLiteral("utf-8"));
    QCOMPARE(parsed.value(QStringLiteral("cte")).toString(), QString::fromLatin1(expectedEncoding));
    QCOMPARE(parsed.value(QStringLiteral("body")).toString(), expectedBody(body));
    QCOMPARE(headerValue(parsed, QStringLiteral("X-Mailer")), MessageBuilder::defaultMailer());

    // RFC 5321 §4.5.2 dot-stuffing is the SMTP layer's job: the builder must not double dots.
    if (body.contains(QLatin1String("\n.")))
        QVERIFY2(!r.data.contains("\r\n..."), "the builder stuffed a dot");
    if (QTest::currentDataTag() == QByteArray("line-starting-with-a-dot-is-left-alone"))
        QVERIFY(r.data.contains("\r\nfirst\r\n.\r\n..hidden\r\n.end\r\n"));
    if (expectedEncoding == "quoted-printable") {
        // RFC 2045 §6.7 (5): encoded lines are at most 76 characters.
        const QByteArray encodedBody = r.data.mid(r.data.indexOf("\r\n\r\n") + 4);
        for (const QByteArray &line : encodedBody.split('\n'))
            QVERIFY2(line.size() <= mime::QpLineLength + 1, line.constData());
    }
}

void TestMessageBuilder::refused_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("value");

    const QString injected = QStringLiteral("Bcc: victim@example.net");
    QTest::newRow("crlf-in-subject")
        << QStringLiteral("subject") << QStringLiteral("Hello\r\n") + injected;
    QTest::newRow("lf-in-subject")
        << QStringLiteral("subject") << QStringLiteral("Hello\n") + injected;
    QTest::newRow("cr-in-subject")
        << QStringLiteral("subject") << QStringLiteral("Hello\r") + injected;
    QTest::newRow("nul-in-subject")
        << QStringLiteral("subject") << QStringLiteral("Hello") + QChar(u'\0') + injected;
    QTest::newRow("non-ascii-subject-with-lf")
        << QStringLiteral("subject") << QStringLiteral("Grüße\n") + injected;
    QTest::newRow("crlf-in-from-display-name")
        << QStringLiteral("fromName") << QStringLiteral("Eve\r\n") + injected;
    QTest::newRow("lf-in-to-display-name")
        << QStringLiteral("toName") << QStringLiteral("Eve\n") + injected;
    QTest::newRow("nul-in-display-name")
        << QStringLiteral("fromName") << QStringLiteral("Eve") + QChar(u'\0');
    QTest::newRow("escape-char-in-display-name")
        << QStringLiteral("fromName") << QStringLiteral("Eve\x1b[31m");
    QTest::newRow("crlf-in-from-address")
        << QStringLiteral("fromAddress") << QStringLiteral("eve@example.com\r\n") + injected;
    QTest::newRow("crlf-in-to-address-smtp-smuggling")
        << QStringLiteral("toAddress")
        << QStringLiteral("a@example.com>\r\nRCPT TO:<victim@example.net");
    // Found by fuzz_message_builder: RFC 5322 dtext lets "<" and ">" into a domain
    // literal, and "MAIL FROM:<a@[x>y]>" would end the path early.
    QTest::newRow("angle-brackets-in-address-literal")
        << QStringLiteral("toAddress") << QStringLiteral("a@[ezh<zz{zz]");
    QTest::newRow("closing-bracket-path-in-address-literal")
        << QStringLiteral("fromAddress") << QStringLiteral("a@[x> SIZE=1]");
    QTest::newRow("address-literal-not-an-ip")
        << QStringLiteral("toAddress") << QStringLiteral("a@[mail.example.com]");
    QTest::newRow("nul-in-address")
        << QStringLiteral("toAddress")
        << QStringLiteral("a") + QChar(u'\0') + QStringLiteral("@example.com");
    QTest::newRow("lf-in-cc-address")
        << QStringLiteral("ccAddress") << QStringLiteral("a@example.com\nX: y");
    QTest::newRow("crlf-in-extra-header-value")
        << QStringLiteral("extraValue") << QStringLiteral("v\r\n") + injected;
    QTest::newRow("crlf-in-mailer")
        << QStringLiteral("mailer") << QStringLiteral("M\r\n") + injected;
    QTest::newRow("colon-in-extra-header-name")
        << QStringLiteral("extraName") << QStringLiteral("X-Bad: Name");
    QTest::newRow("lf-in-extra-header-name")
        << QStringLiteral("extraName") << QStringLiteral("X-Bad\nBcc");
    QTest::newRow("extra-header-name-over-50-characters")
        << QStringLiteral("extraName")
        << QStringLiteral("X-Quite-Long-Header-Name-Of-Exactly-Fifty-Chars-OK1");
    QTest::newRow("extra-header-overriding-bcc")
        << QStringLiteral("extraName") << QStringLiteral("Bcc");
    QTest::newRow("extra-header-overriding-content-type")
        << QStringLiteral("extraName") << QStringLiteral("Content-Type");
    QTest::newRow("utf8-local-part-without-smtputf8")
        << QStringLiteral("toAddress") << QStringLiteral("jürgen@example.de");
    QTest::newRow("address-without-at")
        << QStringLiteral("toAddress") << QStringLiteral("example.com");
    QTest::newRow("space-in-address")
        << QStringLiteral("toAddress") << QStringLiteral("a b@example.com");
    QTest::newRow("angle-bracket-in-address")
        << QStringLiteral("toAddress") << QStringLiteral("a>@example.com");
    QTest::newRow("double-dot-local-part")
        << QStringLiteral("toAddress") << QStringLiteral("a..b@example.com");
    QTest::newRow("space-in-domain")
        << QStringLiteral("toAddress") << QStringLiteral("a@exa mple.com");
    QTest::newRow("empty-domain-label")
        << QStringLiteral("toAddress") << QStringLiteral("a@example..com");
    QTest::newRow("local-part-over-64-octets")
        << QStringLiteral("toAddress")
        << QStringLiteral("x").repeated(65) + QStringLiteral("@example.com");
    QTest::newRow("empty-from") << QStringLiteral("fromAddress") << QString();
    QTest::newRow("no-recipient") << QStringLiteral("noTo") << QString();
    QTest::newRow("lone-surrogate-in-subject")
        << QStringLiteral("subject") << QString(QChar(0xD800)) + QStringLiteral("x");
}

void TestMessageBuilder::refused()
{
    QFETCH(QString, field);
    QFETCH(QString, value);

    MessageBuilder b;
    MessageBuilder::Mailbox from{QStringLiteral("alerts@example.com"), QStringLiteral("Alerts")};
    MessageBuilder::Mailbox to{QStringLiteral("ops@example.org"), QStringLiteral("Ops")};
    if (field == QLatin1String("fromName"))
        from.displayName = value;
    else if (field == QLatin1String("fromAddress"))
        from.address = value;
    else if (field == QLatin1String("toName"))
        to.displayName = value;
    else if (field == QLatin1String("toAddress"))
        to.address = value;
    b.setFrom(from);
    if (field != QLatin1String("noTo"))
        b.addTo(to);
    if (field == QLatin1String("ccAddress"))
        b.addCc({value, {}});
    b.setSubject(field == QLatin1String("subject") ? value : QStringLiteral("Fine"));
    if (field == QLatin1String("extraValue"))
        b.setHeader("X-Extra", value);
    if (field == QLatin1String("extraName"))
        b.setHeader(value.toLatin1(), QStringLiteral("v"));
    if (field == QLatin1String("mailer"))
        b.setMailer(value);
    b.setBody(QStringLiteral("Body\n"));

    const MessageBuilder::Result r = b.build();
    QVERIFY2(!r.ok(), r.data.constData());
    QVERIFY(!r.error.isEmpty());
    QVERIFY(r.data.isEmpty());
    QVERIFY(r.envelopeRecipients.isEmpty());
    QVERIFY(r.envelopeFrom.isEmpty());

    // The same builder without the bad value is accepted: the refusal is about that value.
    MessageBuilder good;
    good.setFrom({QStringLiteral("alerts@example.com"), QStringLiteral("Alerts")});
    good.addTo({QStringLiteral("ops@example.org"), QStringLiteral("Ops")});
    good.setSubject(QStringLiteral("Fine"));
    good.setBody(QStringLiteral("Body\n"));
    QVERIFY(good.build().ok());
}

void TestMessageBuilder::envelope()
{
    MessageBuilder b;
    b.setFrom({QStringLiteral("alerts@münchen.example"), QStringLiteral("Alerts")});
    b.addTo({QStringLiteral("a@example.org"), {}});
    b.addTo({QStringLiteral("b@bücher.example"), {}});
    b.addCc({QStringLiteral("c@example.org"), {}});
    b.addBcc({QStringLiteral("hidden@example.net"), QStringLiteral("Hidden Person")});
    b.setSubject(QStringLiteral("Envelope"));
    const auto r = b.build();
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(r.envelopeFrom, QByteArray("alerts@xn--mnchen-3ya.example"));
    const QList<QByteArray> expected{"a@example.org", "b@xn--bcher-kva.example", "c@example.org",
                                     "hidden@example.net"};
    QCOMPARE(r.envelopeRecipients, expected);
    // RFC 5322 §3.6.3: Bcc recipients stay out of the header.
    QVERIFY(!r.data.contains("hidden"));
    QVERIFY(!r.data.contains("Bcc"));
    QVERIFY(!r.needsSmtpUtf8);
}

void TestMessageBuilder::extraHeaders()
{
    MessageBuilder b;
    b.setFrom({QStringLiteral("alerts@example.com"), {}});
    b.addTo({QStringLiteral("ops@example.org"), {}});
    b.setSubject(QStringLiteral("Extras"));
    b.setAutoSubmitted(true);
    b.setMailer(QStringLiteral("Mailwright 9.9 (Grüße)"));
    b.setHeader("X-Job-Name", QStringLiteral("Nachtsicherung für Server „Süd“"));
    b.setHeader("X-Priority-Hint", QStringLiteral("low"));
    b.setHeader("x-priority-hint", QStringLiteral("high")); // replaces, case-insensitively
    b.setHeader("X-Quite-Long-Header-Name-Of-Exactly-Fifty-Chars-OK",
                QStringLiteral("äöü ") + QStringLiteral("wert ").repeated(20));
    const auto r = b.build();
    QVERIFY2(r.ok(), qPrintable(r.error));
    const QString problem = wireProblem(r.data, true);
    QVERIFY2(problem.isEmpty(),
             qPrintable(problem + QStringLiteral("\n") + QString::fromUtf8(r.data)));
    QString failure;
    const QJsonObject parsed = parseEml(r.data, false, &failure);
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
    QVERIFY(parsed.value(QStringLiteral("header_defects")).toObject().isEmpty());
    QCOMPARE(headerValue(parsed, QStringLiteral("Auto-Submitted")),
             QStringLiteral("auto-generated"));
    QCOMPARE(headerValue(parsed, QStringLiteral("X-Mailer")),
             QStringLiteral("Mailwright 9.9 (Grüße)"));
    QCOMPARE(headerValue(parsed, QStringLiteral("X-Job-Name")),
             QStringLiteral("Nachtsicherung für Server „Süd“"));
    QCOMPARE(headerValue(parsed, QStringLiteral("X-Priority-Hint")), QStringLiteral("high"));
    QCOMPARE(r.data.count("riority-Hint"), 1);
    QCOMPARE(
        headerValue(parsed, QStringLiteral("X-Quite-Long-Header-Name-Of-Exactly-Fifty-Chars-OK")),
        QStringLiteral("äöü ") + QStringLiteral("wert ").repeated(20));

    // No X-Mailer when cleared.
    b.setMailer(QString());
    QVERIFY(!b.build().data.contains("X-Mailer"));
}

QTEST_GUILESS_MAIN(TestMessageBuilder)
#include "tst_messagebuilder.moc"
