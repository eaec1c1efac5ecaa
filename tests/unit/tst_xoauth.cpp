// SPDX-License-Identifier: GPL-3.0-or-later
// SASL XOAUTH2 and OAUTHBEARER (RFC 7628): the encoded initial responses, the error JSON
// parser, and the SMTP session against scripted servers (success, the error exchange,
// a 334 that is not the RFC 7628 error JSON). The access token must never reach the
// transcript.
#include "ScriptedServer.h"
#include "protocol/Sasl.h"
#include "protocol/SmtpSession.h"

#include <QSignalSpy>
#include <QTest>

using namespace mw;
using mw::test::ScriptedServer;
using S = ScriptedServer;

Q_DECLARE_METATYPE(QList<mw::test::ScriptedServer::Step>)
Q_DECLARE_METATYPE(mw::SmtpConfig::Auth)

namespace {

const QString kToken = QStringLiteral("ya29.Distinctive-Token-4711");
const QString kUser = QStringLiteral("alerts@example.test");

QByteArray b64(const QByteArray &raw)
{
    return raw.toBase64();
}

} // namespace

class TestXOAuth : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void responses();
    void parseError_data();
    void parseError();
    void session_data();
    void session();
    void refusedInClear();
};

void TestXOAuth::responses()
{
    // The exact octets of Google's XOAUTH2 format and RFC 7628 §4.1's example shape.
    QCOMPARE(QByteArray::fromBase64(sasl::xoauth2Response(kUser, kToken)),
             QByteArray("user=alerts@example.test\x01"
                        "auth=Bearer ya29.Distinctive-Token-4711\x01\x01"));
    QCOMPARE(QByteArray::fromBase64(sasl::oauthBearerResponse(
                 kUser, kToken, QStringLiteral("smtp.example.test"), 587)),
             QByteArray("n,a=alerts@example.test,\x01"
                        "host=smtp.example.test\x01"
                        "port=587\x01"
                        "auth=Bearer ya29.Distinctive-Token-4711\x01\x01"));
    // RFC 5801 §4: ',' and '=' in the authzid are escaped.
    QCOMPARE(QByteArray::fromBase64(
                 sasl::oauthBearerResponse(QStringLiteral("a,b=c"), QStringLiteral("t"), {}, 0)),
             QByteArray("n,a=a=2Cb=3Dc,\x01"
                        "auth=Bearer t\x01\x01"));
}

void TestXOAuth::parseError_data()
{
    QTest::addColumn<QByteArray>("challenge");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QString>("status");
    QTest::addColumn<QString>("scope");

    QTest::newRow("google-401-string-status")
        << b64(R"({"status":"401","schemes":"bearer","scope":"https://mail.google.com/"})") << true
        << "401"
        << "https://mail.google.com/";
    QTest::newRow("rfc7628-invalid-token")
        << b64(R"({"status":"invalid_token","scope":"example_scope","openid-configuration":"https://example.com/.well-known/openid-configuration"})")
        << true << "invalid_token"
        << "example_scope";
    QTest::newRow("numeric-status") << b64(R"({"status":403,"scope":"smtp.send"})") << true << "403"
                                    << "smtp.send";
    QTest::newRow("not-base64") << QByteArray("this is not base64!") << false << ""
                                << "";
    QTest::newRow("base64-of-text") << b64("Username:") << false << ""
                                    << "";
    QTest::newRow("json-array") << b64("[1,2]") << false << ""
                                << "";
    QTest::newRow("json-without-status") << b64(R"({"scope":"x"})") << false << ""
                                         << "";
    QTest::newRow("megabytes") << QByteArray(sasl::kMaxChallenge + 1, 'A') << false << ""
                               << "";
}

void TestXOAuth::parseError()
{
    QFETCH(QByteArray, challenge);
    QFETCH(bool, valid);
    QFETCH(QString, status);
    QFETCH(QString, scope);
    const auto e = sasl::parseOAuthError(challenge);
    QCOMPARE(e.has_value(), valid);
    if (!valid)
        return;
    QCOMPARE(e->status, status);
    QCOMPARE(e->scope, scope);
    const QString sentence = sasl::describeOAuthError(*e, QStringLiteral("XOAUTH2"));
    QVERIFY2(sentence.contains(status), qPrintable(sentence));
    QVERIFY2(sentence.contains(scope), qPrintable(sentence));
}

void TestXOAuth::session_data()
{
    QTest::addColumn<QList<S::Step>>("script");
    QTest::addColumn<SmtpConfig::Auth>("auth");
    QTest::addColumn<QString>("errorClass");  // empty: success
    QTest::addColumn<QByteArray>("sentAuth"); // the AUTH line the server must have seen
    QTest::addColumn<QByteArray>("ack");      // the answer to the error 334, or empty
    QTest::addColumn<QStringList>("inMessage");

    using A = SmtpConfig::Auth;
    const QByteArray ehlo = "250-test.example\r\n250 AUTH PLAIN XOAUTH2 OAUTHBEARER\r\n";
    const QByteArray xo = "AUTH XOAUTH2 " + sasl::xoauth2Response(kUser, kToken);
    const QByteArray ob =
        "AUTH OAUTHBEARER " +
        sasl::oauthBearerResponse(kUser, kToken, QStringLiteral("127.0.0.1"), 0 /*see below*/);
    const QByteArray errJson =
        "334 " + b64(R"({"status":"invalid_token","schemes":"bearer","scope":"smtp.send"})") +
        "\r\n";
    const QByteArray googleJson =
        "334 " + b64(R"({"status":"401","schemes":"bearer","scope":"https://mail.google.com/"})") +
        "\r\n";

    QTest::newRow("xoauth2-accepted")
        << QList<S::Step>{S::send("220 hi\r\n"), S::expect("EHLO", ehlo),
                          S::expect(xo, "235 2.7.0 Accepted\r\n"), S::expect("QUIT", "221 bye\r\n")}
        << A::XOAuth2 << "" << xo << QByteArray() << QStringList();
    QTest::newRow("oauthbearer-accepted")
        << QList<S::Step>{S::send("220 hi\r\n"), S::expect("EHLO", ehlo),
                          S::expect("AUTH OAUTHBEARER ", "235 2.7.0 Accepted\r\n"),
                          S::expect("QUIT", "221 bye\r\n")}
        << A::OAuthBearer << "" << ob << QByteArray() << QStringList();
    QTest::newRow("xoauth2-google-error-exchange")
        << QList<S::Step>{S::send("220 hi\r\n"), S::expect("EHLO", ehlo),
                          S::expect("AUTH XOAUTH2 ", googleJson),
                          S::expectRegex(QStringLiteral("^\\r?$"),
                                         "535 5.7.8 Username and Password not accepted\r\n"),
                          S::stall()}
        << A::XOAuth2 << "auth_failed" << xo << QByteArray("")
        << QStringList{QStringLiteral("401"), QStringLiteral("https://mail.google.com/"),
                       QStringLiteral("invalid or has expired")};
    QTest::newRow("oauthbearer-error-exchange-acknowledged-with-ctrl-a")
        << QList<S::Step>{S::send("220 hi\r\n"), S::expect("EHLO", ehlo),
                          S::expect("AUTH OAUTHBEARER ", errJson),
                          S::expect("AQ==", "535 5.7.8 Authentication credentials invalid\r\n"),
                          S::stall()}
        << A::OAuthBearer << "auth_failed" << ob << QByteArray("AQ==")
        << QStringList{QStringLiteral("invalid_token"), QStringLiteral("smtp.send")};
    QTest::newRow("error-exchange-final-454-is-temporary")
        << QList<S::Step>{S::send("220 hi\r\n"), S::expect("EHLO", ehlo),
                          S::expect("AUTH OAUTHBEARER ", errJson),
                          S::expect("AQ==", "454 4.7.0 Temporary authentication failure\r\n"),
                          S::stall()}
        << A::OAuthBearer << "temporary" << ob << QByteArray("AQ==")
        << QStringList{QStringLiteral("invalid_token")};
    QTest::newRow("334-not-base64-json")
        << QList<S::Step>{S::send("220 hi\r\n"), S::expect("EHLO", ehlo),
                          S::expect("AUTH XOAUTH2 ", "334 VXNlcm5hbWU6\r\n"), S::stall()}
        << A::XOAuth2 << "protocol" << xo << QByteArray()
        << QStringList{QStringLiteral("RFC 7628")};
    QTest::newRow("334-garbage") << QList<S::Step>{S::send("220 hi\r\n"), S::expect("EHLO", ehlo),
                                                   S::expect("AUTH OAUTHBEARER ",
                                                             "334 %%%not base64%%%\r\n"),
                                                   S::stall()}
                                 << A::OAuthBearer << "protocol" << ob << QByteArray()
                                 << QStringList{QStringLiteral("RFC 7628")};
    QTest::newRow("plain-535-without-json")
        << QList<S::Step>{S::send("220 hi\r\n"), S::expect("EHLO", ehlo),
                          S::expect("AUTH XOAUTH2 ", "535 5.7.3 Authentication unsuccessful\r\n"),
                          S::stall()}
        << A::XOAuth2 << "auth_failed" << xo << QByteArray()
        << QStringList{QStringLiteral("access token")};
    QTest::newRow("mechanism-not-offered")
        << QList<S::Step>{S::send("220 hi\r\n"),
                          S::expect("EHLO", "250-test.example\r\n250 AUTH PLAIN LOGIN\r\n"),
                          S::stall()}
        << A::XOAuth2 << "auth_unsupported" << QByteArray() << QByteArray()
        << QStringList{QStringLiteral("XOAUTH2")};
}

void TestXOAuth::session()
{
    QFETCH(QList<S::Step>, script);
    QFETCH(SmtpConfig::Auth, auth);
    QFETCH(QString, errorClass);
    QFETCH(QByteArray, sentAuth);
    QFETCH(QByteArray, ack);
    QFETCH(QStringList, inMessage);

    ScriptedServer server(script);
    QVERIFY(server.listen());
    SmtpConfig c;
    c.host = QStringLiteral("127.0.0.1");
    c.port = server.port();
    c.security = SmtpConfig::Security::None; // explicit: a token may go in clear on loopback
    c.auth = auth;
    c.username = kUser;
    c.accessToken = kToken;
    c.timeoutSeconds = 1;
    c.heloName = QStringLiteral("client.example.test");

    SmtpSession session;
    QSignalSpy finished(&session, &SmtpSession::finished);
    session.start(c, {}, Phase::Auth);
    QVERIFY(finished.wait(8000));
    QCOMPARE(finished.count(), 1);
    const Result r = session.result();
    const QString transcript = session.transcript().toText();
    QVERIFY2(errorClassId(r.errorClass) == errorClass,
             qPrintable(errorClassId(r.errorClass) + QLatin1String(": ") + r.message +
                        QLatin1Char('\n') + transcript));
    QCOMPARE(server.failure(), QString());
    const QList<QByteArray> lines = server.receivedLines();
    if (!sentAuth.isEmpty()) {
        QVERIFY(lines.size() >= 2);
        QByteArray authLine = lines.at(1);
        if (sentAuth.startsWith("AUTH OAUTHBEARER")) {
            // The port is the scripted server's, unknown when the rows were made.
            sentAuth = "AUTH OAUTHBEARER " +
                       sasl::oauthBearerResponse(kUser, kToken, c.host, server.port());
        }
        QCOMPARE(authLine, sentAuth);
    } else {
        for (const QByteArray &l : lines)
            QVERIFY2(!l.startsWith("AUTH"), l.constData());
    }
    if (!ack.isNull()) {
        QVERIFY(lines.size() >= 3);
        QCOMPARE(lines.at(2), ack);
    }
    if (errorClass.isEmpty()) {
        QCOMPARE(r.authMechanismUsed, auth == SmtpConfig::Auth::XOAuth2
                                          ? QStringLiteral("XOAUTH2")
                                          : QStringLiteral("OAUTHBEARER"));
    } else {
        QCOMPARE(phaseId(r.phase), QStringLiteral("auth"));
    }
    for (const QString &word : inMessage)
        QVERIFY2(r.message.contains(word), qPrintable(r.message));
    // The token is on the wire (base64) but never in the transcript, in any form.
    QVERIFY(!transcript.contains(kToken));
    if (!sentAuth.isEmpty())
        QVERIFY(!transcript.contains(QString::fromLatin1(sentAuth.split(' ').value(2))));
    QVERIFY(!r.message.contains(kToken));
    QVERIFY(!r.serverReply.contains(kToken));
}

void TestXOAuth::refusedInClear()
{
    // Security "auto" that ended without TLS: a bearer token is a credential, not sent.
    ScriptedServer server({S::send("220 hi\r\n"),
                           S::expect("EHLO", "250-x\r\n250 AUTH XOAUTH2 OAUTHBEARER\r\n"),
                           S::stall()});
    QVERIFY(server.listen());
    SmtpConfig c;
    c.host = QStringLiteral("127.0.0.1");
    c.port = server.port();
    c.security = SmtpConfig::Security::Auto;
    c.auth = SmtpConfig::Auth::XOAuth2;
    c.username = kUser;
    c.accessToken = kToken;
    c.timeoutSeconds = 1;
    SmtpSession session;
    QSignalSpy finished(&session, &SmtpSession::finished);
    session.start(c, {}, Phase::Auth);
    QVERIFY(finished.wait(8000));
    // With credentials set, "auto" stops before AUTH when TLS was not achieved.
    QCOMPARE(session.result().errorClass, ErrorClass::StartTlsUnavailable);
    QVERIFY(!server.received().contains("AUTH"));
}

QTEST_GUILESS_MAIN(TestXOAuth)
#include "tst_xoauth.moc"
