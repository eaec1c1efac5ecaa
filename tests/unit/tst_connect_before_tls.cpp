// SPDX-License-Identifier: GPL-3.0-or-later
// A connection (STARTTLS or plain) is under way before the TLS library has loaded
// (MailConnection::connectNext connects a plain TCP socket; a QSslSocket takes the
// connection over only when TLS starts): the server's greeting overlaps loading and
// initialising OpenSSL (tst_starttls_before_tls: the commands before STARTTLS too). The test
// holds the TLS module's load and sees whether the connection still arrives. Linux only; it
// must run before anything in the process loads TLS.
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

class TestConnectBeforeTls : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void connectsBeforeTlsLoads();
};

void TestConnectBeforeTls::connectsBeforeTlsLoads()
{
#if defined(Q_OS_LINUX)
    QVERIFY(!mw::test::tlsBackendMapped());
    sockaddr_in addr{};
    const int listener = mw::test::loopbackListener(&addr);
    QVERIFY(listener >= 0);

    // The TLS module (and OpenSSL behind it) cannot load while `hold` is held.
    mw::test::TlsLoadHold hold;
    // Whether the connection arrives while TLS cannot load. The hold ends there if not: a
    // connection that waits for TLS (on the hold) then goes on, too late.
    std::atomic_int accepted{-1};
    std::thread server([&] {
        pollfd p{listener, POLLIN, 0};
        const bool came = ::poll(&p, 1, 20000) == 1;
        if (came) {
            const int fd = ::accept(listener, nullptr, nullptr);
            if (fd >= 0)
                ::close(fd);
        }
        accepted = came ? 1 : 0;
        if (!came)
            hold.release();
    });
    mw::MailConnection connection;
    mw::MailConnection::Options options;
    options.host = QStringLiteral("127.0.0.1");
    options.port = ntohs(addr.sin_port);
    connection.open(options, nullptr);
    (void)QTest::qWaitFor([&accepted] { return accepted != -1; }, 30000);
    // The load was under way meanwhile: the preload waits at the hold (so the hold works).
    if (accepted == 1)
        (void)QTest::qWaitFor([&hold] { return hold.waited(); }, 10000);
    const bool held = hold.waited();
    // Released and joined before any check: a check that returns early must not leave the
    // server thread running (its destructor would end the process).
    hold.release();
    connection.abort();
    server.join();
    ::close(listener);
    QCOMPARE(accepted.load(), 1);
    QVERIFY2(held, "the TLS module's load did not wait at the hold");
#endif
}

QTEST_GUILESS_MAIN(TestConnectBeforeTls)
#include "tst_connect_before_tls.moc"
