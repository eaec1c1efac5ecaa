// SPDX-License-Identifier: GPL-3.0-or-later
// A server's words carry no control characters past the point where they enter a Result:
// terminal escape sequences (ESC, C1 CSI, BEL), DEL and bidirectional overrides in a
// greeting, an EHLO keyword or a refusal reach neither the Result, the outcomes, the
// transcript, nor the CLI's text and JSON output raw.
#include "ScriptedServer.h"
#include "TestPaths.h"
#include "protocol/Pop3Session.h"
#include "protocol/SmtpSession.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace mw;
using mw::test::ScriptedServer;
using S = ScriptedServer;

namespace {

// ESC [2J (clear screen), OSC 0 (window title) ended by BEL, a C1 CSI in UTF-8 and as a
// raw byte, DEL, a right-to-left override, a bare CR.
const QByteArray kHostile = "\x1b[2J\x1b]0;pwned\x07 \xc2\x9b"
                            "31m \x9b"
                            "1m \x7f \xe2\x80\xae"
                            "txet \rforged";

bool isUnsafe(char16_t c)
{
    return (c < 0x20 && c != u'\t') || (c >= 0x7f && c <= 0x9f) || (c >= 0x202a && c <= 0x202e) ||
           (c >= 0x2066 && c <= 0x2069);
}

QString firstUnsafe(const QStringList &texts)
{
    for (const QString &t : texts) {
        for (const QChar ch : t) {
            if (isUnsafe(ch.unicode()))
                return QStringLiteral("U+%1 in \"%2\"")
                    .arg(uint(ch.unicode()), 4, 16, QLatin1Char('0'))
                    .arg(QString(t).toHtmlEscaped());
        }
    }
    return {};
}

QStringList resultTexts(const Result &r)
{
    return QStringList{r.message,           r.hint,
                       r.serverReply,       r.greeting,
                       r.authMechanismUsed, r.certificate.subject,
                       r.certificate.issuer} +
           r.capabilities + r.authMechanisms + r.certificate.names + r.certificateErrors;
}

// Every JSON string, recursively.
void collectStrings(const QJsonValue &v, QStringList *out)
{
    if (v.isString())
        *out << v.toString();
    else if (v.isArray())
        for (const QJsonValue &e : v.toArray())
            collectStrings(e, out);
    else if (v.isObject())
        for (const QJsonValue &e : v.toObject())
            collectStrings(e, out);
}

QList<S::Step> smtpScript()
{
    return {S::send("220 mx.example " + kHostile + "\r\n"),
            S::expect("EHLO", "250-mx.example\r\n250-X-" + kHostile + "\r\n250 SIZE 1000000\r\n"),
            S::expect("MAIL", "250 ok\r\n"),
            S::expect("RCPT", "550 5.1.1 " + kHostile + "\r\n"),
            S::expect("RSET", "250 ok\r\n"),
            S::expect("QUIT", "221 " + kHostile + "\r\n"),
            S::close()};
}

} // namespace

class TestServerText : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void smtpResult();
    void pop3Result();
    void cliOutput_data();
    void cliOutput();
};

void TestServerText::smtpResult()
{
    ScriptedServer server(smtpScript());
    QVERIFY(server.listen());
    SmtpConfig c;
    c.host = QStringLiteral("127.0.0.1");
    c.port = server.port();
    c.security = SmtpConfig::Security::None;
    c.timeoutSeconds = 5;
    SmtpSession session;
    QSignalSpy finished(&session, &SmtpSession::finished);
    QSignalSpy messages(&session, &SmtpSession::messageFinished);
    session.start(c,
                  {{QStringLiteral("a@example.test"), {QStringLiteral("b@example.test")}, "x\r\n"}},
                  Phase::Rcpt);
    QVERIFY(finished.wait(10000));
    const Result r = session.result();
    QCOMPARE(r.errorClass, ErrorClass::RecipientRejected);
    QVERIFY(r.serverReply.contains(QLatin1String("pwned")));
    const MessageOutcome out = session.outcomes().value(0);
    QCOMPARE(messages.count(), 1);
    const auto emitted = messages.first().at(1).value<MessageOutcome>();
    const QString unsafe =
        firstUnsafe(resultTexts(r) + QStringList{out.serverReply} + out.rejectedRecipients +
                    emitted.rejectedRecipients + QStringList{emitted.serverReply, r.message});
    QVERIFY2(unsafe.isEmpty(), qPrintable(unsafe));
    QVERIFY2(firstUnsafe(session.transcript().toText().split(u'\n')).isEmpty(),
             qPrintable(session.transcript().toText()));
}

void TestServerText::pop3Result()
{
    ScriptedServer server({S::send("+OK " + kHostile + "\r\n"),
                           S::expect("CAPA", "+OK\r\nUSER\r\nSASL " + kHostile + "\r\n.\r\n"),
                           S::expect("USER", "+OK\r\n"),
                           S::expect("PASS", "-ERR [AUTH] " + kHostile + "\r\n"),
                           S::expect("QUIT", "+OK bye\r\n"), S::close()});
    QVERIFY(server.listen());
    Pop3Config c;
    c.host = QStringLiteral("127.0.0.1");
    c.port = server.port();
    c.security = Pop3Config::Security::None;
    c.username = QStringLiteral("user");
    c.password = QStringLiteral("Text-Pw-5521");
    c.timeoutSeconds = 5;
    Pop3Session session;
    QSignalSpy finished(&session, &Pop3Session::finished);
    session.start(c, Phase::Auth);
    QVERIFY(finished.wait(10000));
    const Result r = session.result();
    QCOMPARE(r.errorClass, ErrorClass::AuthFailed);
    QVERIFY(r.serverReply.contains(QLatin1String("pwned")));
    QVERIFY(r.greeting.contains(QLatin1String("pwned")));
    const QString unsafe = firstUnsafe(resultTexts(r));
    QVERIFY2(unsafe.isEmpty(), qPrintable(unsafe));
}

void TestServerText::cliOutput_data()
{
    QTest::addColumn<bool>("json");
    QTest::newRow("text") << false;
    QTest::newRow("json") << true;
}

void TestServerText::cliOutput()
{
    QFETCH(bool, json);
    ScriptedServer server(smtpScript());
    QVERIFY(server.listen());
    QTemporaryDir work;
    QVERIFY(work.isValid());
    QProcess cli;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_DATA_HOME"), work.filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), work.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_CACHE_HOME"), work.filePath(QStringLiteral("cache")));
    cli.setProcessEnvironment(env);
    QStringList args{QStringLiteral("--config"), work.filePath(QStringLiteral("mw.ini"))};
    if (json)
        args << QStringLiteral("--json");
    for (const QString &set :
         {QStringLiteral("smtp/host=127.0.0.1"), QStringLiteral("smtp/port=%1").arg(server.port()),
          QStringLiteral("smtp/security=none"), QStringLiteral("smtp/auth=none"),
          QStringLiteral("smtp/timeout=5"), QStringLiteral("mailboxes/from=alerts@example.test"),
          QStringLiteral("mailboxes/notify=admin@example.test")})
        args << QStringLiteral("--set") << set;
    args << QStringLiteral("test") << QStringLiteral("--stop-after") << QStringLiteral("rcpt");
    QSignalSpy done(&cli, &QProcess::finished);
    cli.start(mw::test::cliPath(), args);
    // The scripted server answers on this thread's event loop: wait through it.
    QVERIFY(done.wait(30000));
    const QByteArray out = cli.readAllStandardOutput();
    const QByteArray err = cli.readAllStandardError();
    QVERIFY2(out.contains("pwned"), QByteArray(out + err).constData());
    // No raw control byte but the line ends, no UTF-8 C1, no RLO.
    for (qsizetype i = 0; i < out.size(); ++i) {
        const auto b = static_cast<unsigned char>(out.at(i));
        QVERIFY2(b >= 0x20 || b == '\n' || b == '\t',
                 qPrintable(QStringLiteral("byte 0x%1 at %2 in:\n").arg(uint(b), 2, 16).arg(i) +
                            QString::fromUtf8(out.toPercentEncoding(" \n:/()\"{},=@"))));
        QVERIFY(b != 0x7f);
    }
    const QString text = QString::fromUtf8(out);
    QVERIFY2(firstUnsafe(text.split(u'\n')).isEmpty(), qPrintable(firstUnsafe(text.split(u'\n'))));
    if (json) {
        // JSON escapes control characters as \u001b: the decoded values must be clean too.
        QStringList strings;
        for (const QByteArray &line : out.split('\n')) {
            if (!line.trimmed().isEmpty())
                collectStrings(QJsonDocument::fromJson(line).object(), &strings);
        }
        QVERIFY(!strings.isEmpty());
        QVERIFY2(firstUnsafe(strings).isEmpty(), qPrintable(firstUnsafe(strings)));
    }
}

QTEST_GUILESS_MAIN(TestServerText)
#include "tst_servertext.moc"
