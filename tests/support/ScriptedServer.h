// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QRegularExpression>
#include <QSslCertificate>
#include <QSslKey>
#include <QString>
#include <QTcpServer>

#include <memory>
#include <vector>

class QSslSocket;

namespace mw::test {

// A loopback server (127.0.0.1, port 0) that plays a fixed script to each client
// and records everything the client sent: for hostile-server tests of the SMTP and
// POP3 sessions (bare "250", replies split across packets, missing CR, stalls,
// bytes after the STARTTLS 220, ...).
//
//     using S = ScriptedServer;
//     ScriptedServer server({S::send("220 hi\r\n"),
//                            S::expect("EHLO ", "250-x\r\n"), S::sendAfter(50, "250 ok\r\n"),
//                            S::expect("QUIT", "221 bye\r\n"), S::close()});
//     QVERIFY(server.listen());
//     ... run the client against 127.0.0.1:server.port() ...
//     QTRY_VERIFY_WITH_TIMEOUT(server.isFinished(), 5000);
//     QCOMPARE(server.failure(), QString());
//
// The server runs in the test's thread: the client under test must be driven by the
// event loop (QSignalSpy::wait, QTRY_*), never by waitFor* calls, or nothing answers.
// Every connection plays the script from its first step. An expect step consumes one
// line the client sent (terminated by LF; the CR is kept in received() but not
// matched). When the script has no steps left the connection stays open and
// everything the client sends is still recorded.
class ScriptedServer : public QObject
{
    Q_OBJECT

public:
    struct Step
    {
        enum class Kind {
            Expect,     // wait for one client line matching prefix or regex, then send reply
            ExpectData, // consume lines up to a "." line (RFC 5321 §4.1.1.4), then send reply
            ExpectBdat, // consume a "BDAT <n> [LAST]" line and its n octets, then send reply
            Send,       // send bytes now (one write, flushed)
            SendAfter,  // wait delayMs, then send bytes
            Close,      // close the connection (after flushing)
            Abort,      // reset the connection without flushing
            Stall,      // do nothing more; keep the connection open and keep recording
            StartTls,   // start server-side TLS with setTlsCredentials()
        };
        Kind kind = Kind::Send;
        QByteArray bytes;         // Send/SendAfter payload, Expect/ExpectData reply
        QByteArray prefix;        // Expect: case-insensitive line prefix (empty: any line)
        QRegularExpression regex; // Expect: used instead of prefix when valid and non-empty
        int delayMs = 0;
    };

    static Step expect(const QByteArray &prefix, const QByteArray &reply = QByteArray());
    static Step expectRegex(const QString &pattern, const QByteArray &reply = QByteArray());
    static Step expectData(const QByteArray &reply = QByteArray());
    static Step expectBdat(const QByteArray &reply = QByteArray());
    static Step send(const QByteArray &bytes);
    static Step sendAfter(int delayMs, const QByteArray &bytes);
    static Step close();
    static Step abort();
    static Step stall();
    static Step startTls();

    explicit ScriptedServer(QList<Step> steps, QObject *parent = nullptr);
    ~ScriptedServer() override;
    Q_DISABLE_COPY_MOVE(ScriptedServer)

    // For StartTls steps (and implicit TLS): certificate and key PEM files, e.g.
    // from MailServerFixture::makeCertificates().
    bool setTlsCredentials(const QString &certFile, const QString &keyFile);
    // Start TLS as soon as a client connects (implicit TLS, RFC 8314 §3).
    void setImplicitTls(bool on) { m_implicitTls = on; }

    // Listens on 127.0.0.1 and a free port.
    bool listen();
    [[nodiscard]] quint16 port() const;

    // Everything every client sent, in order (raw bytes, across connections).
    [[nodiscard]] QByteArray received() const { return m_received; }
    // The lines that expect steps consumed, without line endings.
    [[nodiscard]] QList<QByteArray> receivedLines() const { return m_lines; }
    // Message bodies consumed by expectData steps (dot-stuffing kept as sent) and chunks
    // consumed by expectBdat steps.
    [[nodiscard]] QList<QByteArray> receivedData() const { return m_data; }
    [[nodiscard]] int connectionCount() const { return m_connectionCount; }
    // True once some connection has run all its steps (Stall counts as done).
    [[nodiscard]] bool isFinished() const { return m_finished; }
    // True once a client closed its side.
    [[nodiscard]] bool clientDisconnected() const { return m_clientDisconnected; }
    // The first mismatch ("step 3: expected 'MAIL FROM' got 'RCPT TO:<x>'"), or empty.
    [[nodiscard]] QString failure() const { return m_failure; }

Q_SIGNALS:
    void scriptFinished();
    void mismatch(const QString &what);

private:
    struct Connection;
    class Listener;

    void onConnection(qintptr socketDescriptor);
    void advance(Connection *connection);
    void fail(Connection *connection, const QString &what);
    void beginTls(Connection *connection);

    QList<Step> m_steps;
    std::unique_ptr<Listener> m_listener;
    std::vector<std::unique_ptr<Connection>> m_connections;
    QSslCertificate m_certificate;
    QSslKey m_key;
    bool m_implicitTls = false;
    QByteArray m_received;
    QList<QByteArray> m_lines;
    QList<QByteArray> m_data;
    int m_connectionCount = 0;
    bool m_finished = false;
    bool m_clientDisconnected = false;
    QString m_failure;
};

} // namespace mw::test
