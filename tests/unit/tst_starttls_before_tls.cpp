// SPDX-License-Identifier: GPL-3.0-or-later
// The session before STARTTLS (greeting, EHLO, the STARTTLS command and its 220) runs on the
// plain TCP socket while the TLS backend is still loading; only once the server agreed does
// MailConnection hand the connection to a QSslSocket, which then waits for the backend and
// starts the handshake (MailConnection::startTls). The test holds the TLS module's load and
// checks that a raw server sees the greeting answered, the EHLO and the STARTTLS command
// meanwhile, then (the load released) a TLS ClientHello on the same connection. Linux only;
// it must run before anything in the process loads TLS.
#include "LoadedLibraries.h"
#include "TlsLoadHold.h"
#include "protocol/MailConnection.h"

#include <QTest>

#include <atomic>
#include <thread>

#if defined(Q_OS_LINUX)
#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>
#endif

class TestStartTlsBeforeTls : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void plainStageBeforeTlsLoads();
};

namespace {

#if defined(Q_OS_LINUX)
// Reads from fd until `bytes` holds a line starting with `command` (CR LF ended), or
// until 5 s pass without one. Everything read stays in `bytes`.
bool readLineStarting(int fd, QByteArray &bytes, const QByteArray &command)
{
    for (;;) {
        for (const QByteArray &line : bytes.split('\n')) {
            if (line.startsWith(command) && line.endsWith('\r'))
                return true;
        }
        pollfd p{fd, POLLIN, 0};
        if (::poll(&p, 1, 5000) != 1)
            return false;
        char buf[512];
        const ssize_t n = ::read(fd, buf, sizeof buf);
        if (n <= 0)
            return false;
        bytes.append(buf, int(n));
    }
}

bool sendAll(int fd, const QByteArray &bytes)
{
    return ::write(fd, bytes.constData(), size_t(bytes.size())) == bytes.size();
}
#endif

} // namespace

void TestStartTlsBeforeTls::plainStageBeforeTlsLoads()
{
#if defined(Q_OS_LINUX)
    QVERIFY(!mw::test::tlsBackendMapped());
    sockaddr_in addr{};
    const int listener = mw::test::loopbackListener(&addr);
    QVERIFY(listener >= 0);

    // The TLS module (and OpenSSL behind it) cannot load while `hold` is held.
    mw::test::TlsLoadHold hold;
    std::atomic_bool ehloWhileHeld{false};
    std::atomic_bool startTlsWhileHeld{false};
    std::atomic_bool clientHello{false};
    std::atomic_bool serverDone{false};
    std::thread server([&] {
        pollfd p{listener, POLLIN, 0};
        const int fd = ::poll(&p, 1, 5000) == 1 ? ::accept(listener, nullptr, nullptr) : -1;
        QByteArray in;
        if (fd >= 0 && sendAll(fd, "220 hi\r\n") && readLineStarting(fd, in, "EHLO ")) {
            ehloWhileHeld = true;
            in.clear();
            if (sendAll(fd, "250-test.example\r\n250 STARTTLS\r\n") &&
                readLineStarting(fd, in, "STARTTLS")) {
                startTlsWhileHeld = true;
                (void)sendAll(fd, "220 go ahead\r\n");
            }
        }
        // From here on TLS may load: the client's next bytes must be a TLS handshake
        // record (content type 22), sent on the connection the plain socket made.
        hold.release();
        if (startTlsWhileHeld) {
            pollfd q{fd, POLLIN, 0};
            unsigned char first = 0;
            clientHello = ::poll(&q, 1, 10000) == 1 && ::read(fd, &first, 1) == 1 && first == 22;
        }
        if (fd >= 0)
            ::close(fd);
        serverDone = true;
    });

    mw::MailConnection connection;
    connect(&connection, &mw::MailConnection::lineReceived, this,
            [&connection](const QByteArray &line) {
                if (line == "220 hi")
                    connection.sendLine("EHLO client.example");
                else if (line == "250 STARTTLS")
                    connection.sendLine("STARTTLS");
                else if (line == "220 go ahead")
                    connection.startTls();
            });
    mw::MailConnection::Options options;
    options.host = QStringLiteral("127.0.0.1");
    options.port = ntohs(addr.sin_port);
    options.timeoutMs = 20000;
    connection.open(options, nullptr);
    // The server's steps end within 25 s (their polls' timeouts); the hold is released and
    // the thread joined before any check, so that a failing check cannot leave it running
    // (its destructor would end the process).
    (void)QTest::qWaitFor([&serverDone] { return serverDone.load(); }, 30000);
    hold.release();
    connection.abort();
    server.join();
    ::close(listener);
    QVERIFY2(serverDone.load(), "the raw server did not finish");
    QVERIFY2(ehloWhileHeld.load(), "the greeting was not answered before TLS loaded");
    QVERIFY2(startTlsWhileHeld.load(), "STARTTLS was not sent before TLS loaded");
    QVERIFY2(clientHello.load(), "no TLS handshake on the connection after the 220");
#endif
}

QTEST_GUILESS_MAIN(TestStartTlsBeforeTls)
#include "tst_starttls_before_tls.moc"
