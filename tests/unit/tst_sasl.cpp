// SPDX-License-Identifier: GPL-3.0-or-later
// The SASL engine (protocol/SaslClient, SaslExchange, Sasl) against GNU SASL's own server
// side, in-process: a real implementation on the other end, not a mock. The SMTP and POP3
// rows run the sessions against a loopback server whose SASL half is that same gsasl
// server; its hostile modes forge the SCRAM server signature or skip the server-final
// message, which no honest server does.
#include "ScriptedSession.h"
#include "protocol/Sasl.h"
#include "protocol/SaslExchange.h"

#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

#include <gsasl.h>

#include <memory>

using namespace mw;

namespace {

const QString kUser = QStringLiteral("user");
const QString kPassword = QStringLiteral("secret");

// The server's side knows the one password.
int serverCallback(Gsasl *, Gsasl_session *session, Gsasl_property property)
{
    if (property == GSASL_PASSWORD) {
        const char *authid = gsasl_property_fast(session, GSASL_AUTHID);
        if (authid && QByteArray(authid) == kUser.toUtf8())
            return gsasl_property_set(session, GSASL_PASSWORD, kPassword.toUtf8().constData());
    }
    return GSASL_NO_CALLBACK;
}

Gsasl *serverContext()
{
    static Gsasl *const ctx = [] {
        Gsasl *c = nullptr;
        if (gsasl_init(&c) != GSASL_OK)
            return static_cast<Gsasl *>(nullptr);
        gsasl_callback_set(c, serverCallback);
        return c;
    }();
    return ctx;
}

// One server step on raw bytes.
int serverStep(Gsasl_session *s, const QByteArray &in, QByteArray *out)
{
    char *o = nullptr;
    size_t n = 0;
    const int rc = gsasl_step(s, in.constData(), size_t(in.size()), &o, &n);
    *out = o ? QByteArray(o, qsizetype(n)) : QByteArray();
    gsasl_free(o);
    return rc;
}

// SCRAM's server-final "v=<base64>" with its signature changed.
QByteArray forge(QByteArray serverFinal)
{
    const qsizetype i = serverFinal.indexOf("v=");
    if (i >= 0 && serverFinal.size() > i + 3)
        serverFinal[i + 2] = serverFinal[i + 2] == 'A' ? 'B' : 'A';
    return serverFinal;
}

enum class Mode { Honest, ForgeSignature, SkipServerFinal };

sasl::ClientParams params(const QString &password)
{
    sasl::ClientParams p;
    p.user = kUser;
    p.password = password;
    p.host = QStringLiteral("localhost");
    p.service = QStringLiteral("smtp");
    return p;
}

struct ExchangeOutcome
{
    bool serverAccepted = false;
    bool cancelled = false;
    std::optional<QString> clientRefusal; // Exchange::onSuccess() after the server's success
};

// Runs one exchange between sasl::Exchange and gsasl's server, as SMTP frames it.
ExchangeOutcome runExchange(const QString &mechanism, const QString &password, Mode mode)
{
    ExchangeOutcome r;
    Gsasl_session *server = nullptr;
    if (gsasl_server_start(serverContext(), mechanism.toLatin1().constData(), &server) != GSASL_OK)
        return r;
    sasl::Exchange client;
    std::optional<QByteArray> initial;
    QString why;
    if (!client.start(mechanism, params(password), &initial, &why)) {
        gsasl_finish(server);
        return r;
    }
    QByteArray toServer = initial && *initial != "=" ? QByteArray::fromBase64(*initial) : "";
    for (int round = 0; round < 10; ++round) {
        QByteArray out;
        const int rc = serverStep(server, toServer, &out);
        if (rc != GSASL_OK && rc != GSASL_NEEDS_MORE)
            break; // the server refused the login
        if (rc == GSASL_OK && (out.isEmpty() || mode == Mode::SkipServerFinal)) {
            r.serverAccepted = true;
            r.clientRefusal = client.onSuccess();
            break;
        }
        if (rc == GSASL_OK && mode == Mode::ForgeSignature)
            out = forge(out);
        const sasl::Exchange::Step step = client.onChallenge(out.toBase64());
        if (step.kind == sasl::Exchange::Step::Kind::Cancel) {
            r.cancelled = true;
            r.clientRefusal = client.onSuccess(); // a hostile server says 235 anyway
            break;
        }
        if (step.kind != sasl::Exchange::Step::Kind::Send)
            break;
        if (rc == GSASL_OK) { // the client answered the server-final message: 235 follows
            r.serverAccepted = true;
            r.clientRefusal = client.onSuccess();
            break;
        }
        toServer = QByteArray::fromBase64(step.line);
    }
    gsasl_finish(server);
    return r;
}

// A loopback SMTP or POP3 server whose AUTH is gsasl's server.
class GsaslMailServer : public QObject
{
public:
    GsaslMailServer(bool pop3, Mode mode)
        : m_pop3(pop3)
        , m_mode(mode)
    {
        QObject::connect(&m_server, &QTcpServer::newConnection, this, [this] {
            m_socket = m_server.nextPendingConnection();
            QObject::connect(m_socket, &QTcpSocket::readyRead, this, [this] { onRead(); });
            write(m_pop3 ? "+OK hi" : "220 hi");
        });
    }
    ~GsaslMailServer() override
    {
        if (m_sasl)
            gsasl_finish(m_sasl);
    }
    bool listen() { return m_server.listen(QHostAddress::LocalHost); }
    quint16 port() const { return m_server.serverPort(); }
    QList<QByteArray> lines;

private:
    void write(const QByteArray &line) { m_socket->write(line + "\r\n"); }
    void fail() { write(m_pop3 ? "-ERR no" : "535 5.7.8 no"); }
    void succeed() { write(m_pop3 ? "+OK logged in" : "235 2.7.0 ok"); }
    void challenge(const QByteArray &raw) { write((m_pop3 ? "+ " : "334 ") + raw.toBase64()); }

    void onRead()
    {
        while (m_socket->canReadLine()) {
            const QByteArray line = m_socket->readLine().trimmed();
            lines.append(line);
            onLine(line);
        }
    }

    void onLine(const QByteArray &line)
    {
        if (m_inAuth) {
            if (line == "*") {
                m_inAuth = false;
                // Hostile: the forged signature made the client cancel; say yes anyway.
                if (m_mode == Mode::ForgeSignature)
                    succeed();
                else
                    write(m_pop3 ? "-ERR cancelled" : "501 5.7.0 cancelled");
                return;
            }
            if (m_serverFinalSent) {
                m_inAuth = false;
                succeed();
                return;
            }
            step(QByteArray::fromBase64(line));
            return;
        }
        const QByteArray upper = line.toUpper();
        if (upper.startsWith("EHLO")) {
            write("250-x");
            write("250 AUTH SCRAM-SHA-256 SCRAM-SHA-1 CRAM-MD5 PLAIN LOGIN");
        } else if (upper == "CAPA") {
            write("+OK");
            write("SASL SCRAM-SHA-256 SCRAM-SHA-1 CRAM-MD5 PLAIN LOGIN");
            write("USER");
            write(".");
        } else if (upper.startsWith("AUTH ")) {
            const QList<QByteArray> words = line.split(' ');
            if (gsasl_server_start(serverContext(), words.value(1).constData(), &m_sasl) !=
                GSASL_OK) {
                write(m_pop3 ? "-ERR unknown" : "504 unknown");
                return;
            }
            m_inAuth = true;
            const QByteArray ir = words.value(2);
            step(ir == "=" ? QByteArray() : QByteArray::fromBase64(ir));
        } else if (upper == "QUIT") {
            write(m_pop3 ? "+OK bye" : "221 bye");
            m_socket->disconnectFromHost();
        } else {
            write(m_pop3 ? "-ERR what" : "500 what");
        }
    }

    void step(const QByteArray &in)
    {
        QByteArray out;
        const int rc = serverStep(m_sasl, in, &out);
        if (rc == GSASL_NEEDS_MORE) {
            challenge(out);
            return;
        }
        if (rc != GSASL_OK) {
            m_inAuth = false;
            fail();
            return;
        }
        if (out.isEmpty() || m_mode == Mode::SkipServerFinal) {
            m_inAuth = false;
            succeed();
            return;
        }
        m_serverFinalSent = true;
        challenge(m_mode == Mode::ForgeSignature ? forge(out) : out);
    }

    QTcpServer m_server;
    QTcpSocket *m_socket = nullptr;
    Gsasl_session *m_sasl = nullptr;
    bool m_pop3 = false;
    Mode m_mode = Mode::Honest;
    bool m_inAuth = false;
    bool m_serverFinalSent = false;
};

} // namespace

class TestSasl : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void againstGsaslServer_data();
    void againstGsaslServer();
    void scramForgedSignature();
    void scramSuccessWithoutServerFinal();
    void autoOrder_data();
    void autoOrder();
    void smtpSession_data();
    void smtpSession();
    void pop3Session_data();
    void pop3Session();
    void pop3ChallengeLoop();
    void pop3LongInitialResponse();
    void smtpNtlmRefusesMalformedChallenge();
    void smtpHostile_data();
    void smtpHostile();
};

void TestSasl::againstGsaslServer_data()
{
    QTest::addColumn<QString>("mechanism");
    QTest::addColumn<QString>("password");
    QTest::addColumn<bool>("accepted");
    for (const char *m : {"SCRAM-SHA-256", "SCRAM-SHA-1", "PLAIN", "CRAM-MD5", "LOGIN"}) {
        QTest::addRow("%s", m) << QString::fromLatin1(m) << kPassword << true;
        QTest::addRow("%s wrong password", m) << QString::fromLatin1(m) << "wrong" << false;
    }
}

void TestSasl::againstGsaslServer()
{
    QFETCH(QString, mechanism);
    QFETCH(QString, password);
    QFETCH(bool, accepted);
    QVERIFY(sasl::Client::supports(mechanism));
    const ExchangeOutcome r = runExchange(mechanism, password, Mode::Honest);
    QCOMPARE(r.serverAccepted, accepted);
    QVERIFY(!r.cancelled);
    if (accepted)
        QVERIFY2(!r.clientRefusal, qPrintable(r.clientRefusal.value_or(QString())));
}

void TestSasl::scramForgedSignature()
{
    for (const QString &m : {QStringLiteral("SCRAM-SHA-256"), QStringLiteral("SCRAM-SHA-1")}) {
        const ExchangeOutcome r = runExchange(m, kPassword, Mode::ForgeSignature);
        QVERIFY2(r.cancelled, qPrintable(m)); // the client answered "*"
        QVERIFY(r.clientRefusal.has_value()); // and a 235 after it is no login
        QVERIFY2(r.clientRefusal->contains(QStringLiteral("did not prove")),
                 qPrintable(*r.clientRefusal));
    }
}

void TestSasl::scramSuccessWithoutServerFinal()
{
    const ExchangeOutcome r =
        runExchange(QStringLiteral("SCRAM-SHA-256"), kPassword, Mode::SkipServerFinal);
    QVERIFY(r.serverAccepted);
    QVERIFY(r.clientRefusal.has_value());
    QVERIFY2(r.clientRefusal->contains(QStringLiteral("did not prove")),
             qPrintable(*r.clientRefusal));
}

void TestSasl::autoOrder_data()
{
    QTest::addColumn<QStringList>("offered");
    QTest::addColumn<bool>("password");
    QTest::addColumn<bool>("certificate");
    QTest::addColumn<QString>("chosen"); // empty: none
    const QStringList dovecot{QStringLiteral("PLAIN"),
                              QStringLiteral("LOGIN"),
                              QStringLiteral("CRAM-MD5"),
                              QStringLiteral("SCRAM-SHA-1"),
                              QStringLiteral("SCRAM-SHA-256"),
                              QStringLiteral("NTLM"),
                              QStringLiteral("GSSAPI"),
                              QStringLiteral("EXTERNAL"),
                              QStringLiteral("SCRAM-SHA-256-PLUS")};
    QTest::newRow("certificate: EXTERNAL") << dovecot << true << true << "EXTERNAL";
    QTest::newRow("password: SCRAM-SHA-256") << dovecot << true << false << "SCRAM-SHA-256";
    QTest::newRow("no password: GSSAPI") << dovecot << false << false << "GSSAPI";
    QTest::newRow("SCRAM-SHA-1 over CRAM")
        << QStringList{QStringLiteral("CRAM-MD5"), QStringLiteral("SCRAM-SHA-1")} << true << false
        << "SCRAM-SHA-1";
    QTest::newRow("password: never GSSAPI")
        << QStringList{QStringLiteral("GSSAPI"), QStringLiteral("LOGIN")} << true << false
        << "LOGIN";
    QTest::newRow("never NTLM") << QStringList{QStringLiteral("NTLM")} << true << false << "";
    QTest::newRow("never -PLUS") << QStringList{QStringLiteral("SCRAM-SHA-256-PLUS")} << true
                                 << false << "";
    QTest::newRow("no certificate: no EXTERNAL")
        << QStringList{QStringLiteral("EXTERNAL")} << true << false << "";
}

void TestSasl::autoOrder()
{
    QFETCH(QStringList, offered);
    QFETCH(bool, password);
    QFETCH(bool, certificate);
    QFETCH(QString, chosen);
    sasl::Available have;
    have.password = password;
    have.clientCertificate = certificate;
    QString why;
    const auto m = sasl::choose(QStringLiteral("AUTO"), offered, true, false, have, &why);
    QCOMPARE(m.value_or(QString()), chosen);
    if (!m)
        QVERIFY(!why.isEmpty());
}

void TestSasl::smtpSession_data()
{
    QTest::addColumn<int>("auth");
    QTest::addColumn<int>("mode");
    QTest::addColumn<QString>("password");
    QTest::addColumn<QString>("errorClass"); // empty: success
    QTest::addColumn<QString>("used");
    using A = SmtpConfig::Auth;
    QTest::newRow("scram-256") << int(A::ScramSha256) << int(Mode::Honest) << kPassword << ""
                               << "SCRAM-SHA-256";
    QTest::newRow("scram-1") << int(A::ScramSha1) << int(Mode::Honest) << kPassword << ""
                             << "SCRAM-SHA-1";
    QTest::newRow("auto picks scram-256") << int(A::Auto) << int(Mode::Honest) << kPassword << ""
                                          << "SCRAM-SHA-256";
    QTest::newRow("cram-md5") << int(A::CramMd5) << int(Mode::Honest) << kPassword << ""
                              << "CRAM-MD5";
    QTest::newRow("login") << int(A::Login) << int(Mode::Honest) << kPassword << ""
                           << "LOGIN";
    QTest::newRow("scram wrong password") << int(A::ScramSha256) << int(Mode::Honest) << "wrong"
                                          << "auth_failed"
                                          << "";
    // Hostile: a forged v= (the client cancels with "*", the server says 235 anyway), and a
    // 235 right after the client-final message.
    QTest::newRow("scram forged signature then 235")
        << int(A::ScramSha256) << int(Mode::ForgeSignature) << kPassword << "auth_failed"
        << "";
    QTest::newRow("scram 235 without server-final")
        << int(A::ScramSha256) << int(Mode::SkipServerFinal) << kPassword << "auth_failed"
        << "";
}

void TestSasl::smtpSession()
{
    QFETCH(int, auth);
    QFETCH(int, mode);
    QFETCH(QString, password);
    QFETCH(QString, errorClass);
    QFETCH(QString, used);
    GsaslMailServer server(false, Mode(mode));
    QVERIFY(server.listen());
    SmtpConfig c = test::smtpConfig(server.port());
    c.auth = SmtpConfig::Auth(auth);
    c.username = kUser;
    c.password = password;
    test::SmtpRun run;
    QVERIFY(run.start(c, {}, Phase::Auth));
    const QString text = run.session.transcript().toText();
    QVERIFY2(!text.contains(password), qPrintable(text));
    if (errorClass.isEmpty()) {
        QVERIFY2(run.result().ok, run.explain().constData());
        QCOMPARE(run.result().authMechanismUsed, used);
    } else {
        QVERIFY2(!run.result().ok, run.explain().constData());
        QCOMPARE(errorClassId(run.result().errorClass), errorClass);
    }
    if (Mode(mode) == Mode::ForgeSignature)
        QVERIFY(server.lines.contains("*"));
    if (used.startsWith(QLatin1String("SCRAM"))) {
        // Binary challenges are shown by size, every client line of the exchange as ***.
        QVERIFY2(text.contains(QStringLiteral("334 (challenge, ")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("AUTH %1 ***").arg(used)), qPrintable(text));
    }
}

void TestSasl::pop3Session_data()
{
    QTest::addColumn<int>("auth");
    QTest::addColumn<int>("mode");
    QTest::addColumn<QString>("errorClass");
    QTest::addColumn<QString>("used");
    using A = Pop3Config::Auth;
    QTest::newRow("scram-256") << int(A::ScramSha256) << int(Mode::Honest) << ""
                               << "SCRAM-SHA-256";
    QTest::newRow("scram-1") << int(A::ScramSha1) << int(Mode::Honest) << ""
                             << "SCRAM-SHA-1";
    QTest::newRow("auto") << int(A::Auto) << int(Mode::Honest) << ""
                          << "SCRAM-SHA-256";
    QTest::newRow("plain") << int(A::Plain) << int(Mode::Honest) << ""
                           << "PLAIN";
    QTest::newRow("cram-md5") << int(A::CramMd5) << int(Mode::Honest) << ""
                              << "CRAM-MD5";
    QTest::newRow("user") << int(A::User) << int(Mode::Honest) << "auth_failed"
                          << "";
    QTest::newRow("scram forged signature then +OK")
        << int(A::ScramSha256) << int(Mode::ForgeSignature) << "auth_failed"
        << "";
    QTest::newRow("scram +OK without server-final")
        << int(A::ScramSha256) << int(Mode::SkipServerFinal) << "auth_failed"
        << "";
}

void TestSasl::pop3Session()
{
    QFETCH(int, auth);
    QFETCH(int, mode);
    QFETCH(QString, errorClass);
    QFETCH(QString, used);
    GsaslMailServer server(true, Mode(mode));
    QVERIFY(server.listen());
    Pop3Config c = test::pop3Config(server.port());
    c.auth = Pop3Config::Auth(auth);
    c.username = kUser;
    c.password = kPassword;
    test::Pop3Run run;
    QVERIFY(run.start(c, Phase::Auth));
    const QString text = run.session.transcript().toText();
    QVERIFY2(!text.contains(kPassword), qPrintable(text));
    if (errorClass.isEmpty()) {
        QVERIFY2(run.result().ok, run.explain().constData());
        QCOMPARE(run.result().authMechanismUsed, used);
        QVERIFY(run.session.saslMechanisms().contains(QStringLiteral("SCRAM-SHA-256")));
    } else {
        QVERIFY2(!run.result().ok, run.explain().constData());
        QCOMPARE(errorClassId(run.result().errorClass), errorClass);
    }
    if (Mode(mode) == Mode::ForgeSignature)
        QVERIFY(server.lines.contains("*"));
    if (used.startsWith(QLatin1String("SCRAM"))) {
        QVERIFY2(text.contains(QStringLiteral("+ (challenge, ")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("AUTH %1 ***").arg(used)), qPrintable(text));
    }
}

void TestSasl::pop3ChallengeLoop()
{
    // A server that answers every response with another "+ " challenge.
    using S = test::ScriptedServer;
    QList<S::Step> steps{S::send("+OK hi\r\n"), S::expect("CAPA", "+OK\r\nSASL PLAIN\r\n.\r\n"),
                         S::expect("AUTH PLAIN", "+ \r\n")};
    for (int i = 0; i < 10; ++i)
        steps << S::expect("", "+ \r\n");
    S server(steps);
    QVERIFY(server.listen());
    Pop3Config c = test::pop3Config(server.port());
    c.auth = Pop3Config::Auth::Plain;
    c.username = kUser;
    c.password = kPassword;
    test::Pop3Run run;
    QVERIFY(run.start(c, Phase::Auth));
    QVERIFY(!run.result().ok);
    QCOMPARE(run.result().errorClass, ErrorClass::Protocol);
    // AUTH, one resend of the ignored initial response, nothing more.
    QVERIFY2(server.receivedLines().size() <= 1 + 1 + 1, run.explain().constData());
}

void TestSasl::pop3LongInitialResponse()
{
    // RFC 5034 §4: an AUTH command over 255 octets goes without its initial response, which
    // then answers the server's empty challenge.
    using S = test::ScriptedServer;
    const QString longUser = QString(200, QLatin1Char('u'));
    S server({S::send("+OK hi\r\n"), S::expect("CAPA", "+OK\r\nSASL PLAIN\r\n.\r\n"),
              S::expectRegex(QStringLiteral("^AUTH PLAIN\\r?$"), "+ \r\n"),
              S::expect("", "+OK in\r\n"), S::expect("QUIT", "+OK bye\r\n")});
    QVERIFY(server.listen());
    Pop3Config c = test::pop3Config(server.port());
    c.auth = Pop3Config::Auth::Plain;
    c.username = longUser;
    c.password = kPassword;
    test::Pop3Run run;
    QVERIFY(run.start(c, Phase::Auth));
    QVERIFY2(run.result().ok, run.explain().constData());
    QCOMPARE(server.failure(), QString());
    QCOMPARE(server.receivedLines().value(2),
             sasl::plainResponse(longUser, kPassword)); // the response, after the "+ "
}

void TestSasl::smtpNtlmRefusesMalformedChallenge()
{
    // NTLM (explicit only) through Ntlm.h: NEGOTIATE as the initial response; a CHALLENGE
    // that is not one is cancelled with "*", and the session fails without a response.
    using S = test::ScriptedServer;
    S server(
        {S::send("220 hi\r\n"), S::expect("EHLO", "250-x\r\n250 AUTH NTLM\r\n"),
         S::expect("AUTH NTLM TlRMTVNTUAAB", "334 " + QByteArray("garbage").toBase64() + "\r\n"),
         S::expectRegex(QStringLiteral("^\\*\r?$"), "501 5.7.0 cancelled\r\n"),
         S::expect("QUIT", "221 bye\r\n")});
    QVERIFY(server.listen());
    SmtpConfig c = test::smtpConfig(server.port());
    c.auth = SmtpConfig::Auth::Ntlm;
    c.username = kUser;
    c.password = kPassword;
    c.realm = QStringLiteral("EXAMPLE");
    test::SmtpRun run;
    QVERIFY(run.start(c, {}, Phase::Auth));
    QVERIFY(!run.result().ok);
    QCOMPARE(run.result().errorClass, ErrorClass::AuthFailed);
    QCOMPARE(server.failure(), QString());
    const QString text = run.session.transcript().toText();
    QVERIFY2(text.contains(QStringLiteral("334 (challenge, 7 bytes)")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("AUTH NTLM ***")), qPrintable(text));
}

void TestSasl::smtpHostile_data()
{
    using S = test::ScriptedServer;
    QTest::addColumn<QList<S::Step>>("script");
    QTest::addColumn<int>("maxLines"); // client lines the server may see at most
    const QList<S::Step> hello{S::send("220 hi\r\n"),
                               S::expect("EHLO", "250-x\r\n250 AUTH SCRAM-SHA-256\r\n")};
    QList<S::Step> endless = hello + QList<S::Step>{S::expect("AUTH SCRAM-SHA-256", "334 \r\n")};
    for (int i = 0; i < 10; ++i)
        endless << S::expect("", "334 \r\n");
    // EHLO, AUTH, the resent initial response, "*", QUIT at most.
    QTest::newRow("endless 334") << endless << 5;
    QTest::newRow("huge challenge")
        << hello +
               QList<S::Step>{S::expect("AUTH SCRAM-SHA-256",
                                        "334 " + QByteArray(sasl::kMaxChallenge + 8, 'A') + "\r\n"),
                              S::stall()}
        << 2;
}

void TestSasl::smtpHostile()
{
    using S = test::ScriptedServer;
    QFETCH(QList<S::Step>, script);
    QFETCH(int, maxLines);
    S server(script);
    QVERIFY(server.listen());
    SmtpConfig c = test::smtpConfig(server.port());
    c.auth = SmtpConfig::Auth::ScramSha256;
    c.username = kUser;
    c.password = kPassword;
    test::SmtpRun run;
    QVERIFY(run.start(c, {}, Phase::Auth));
    QVERIFY(!run.result().ok);
    QVERIFY2(run.result().errorClass == ErrorClass::Protocol ||
                 run.result().errorClass == ErrorClass::AuthFailed,
             run.explain().constData());
    QVERIFY2(server.receivedLines().size() <= maxLines, run.explain().constData());
    QVERIFY(!run.session.transcript().toText().contains(kPassword));
}

QTEST_GUILESS_MAIN(TestSasl)
#include "tst_sasl.moc"
