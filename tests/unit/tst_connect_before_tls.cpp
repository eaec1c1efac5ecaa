// SPDX-License-Identifier: GPL-3.0-or-later
// A connection (STARTTLS or plain) is under way before the TLS library has loaded
// (MailConnection::connectNext connects TCP first, then hands the descriptor to the
// QSslSocket): the server's greeting overlaps loading and initialising OpenSSL. The test
// holds the dynamic loader, so that nothing can load TLS, and sees whether the connection
// still arrives. Linux (glibc) only; it must run before anything in the process loads TLS.
#include "LoadedLibraries.h"
#include "protocol/MailConnection.h"

#include <QTest>

#include <atomic>
#include <thread>

#if defined(Q_OS_LINUX)
#include <condition_variable>
#include <mutex>

#include <arpa/inet.h>
#include <link.h>
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

namespace {

#if defined(Q_OS_LINUX)
// Holds glibc's list of loaded objects (dl_iterate_phdr keeps its lock while the callback
// runs): no library can be loaded, in any thread, until `release`.
struct LoaderHold
{
    std::mutex mutex;
    std::condition_variable changed;
    bool holding = false;
    bool release = false;
};

int holdLoader(dl_phdr_info *, size_t, void *data)
{
    auto *hold = static_cast<LoaderHold *>(data);
    std::unique_lock<std::mutex> lock(hold->mutex);
    hold->holding = true;
    hold->changed.notify_all();
    hold->changed.wait(lock, [hold] { return hold->release; });
    return 1;
}
#endif

} // namespace

void TestConnectBeforeTls::connectsBeforeTlsLoads()
{
#if defined(Q_OS_LINUX)
    QVERIFY(!mw::test::tlsBackendMapped());
    const int listener = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    QVERIFY(listener >= 0);
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t len = sizeof addr;
    QVERIFY(::bind(listener, reinterpret_cast<sockaddr *>(&addr), len) == 0);
    QVERIFY(::listen(listener, 1) == 0);
    QVERIFY(::getsockname(listener, reinterpret_cast<sockaddr *>(&addr), &len) == 0);

    // Nothing can load TLS (Qt's plugin, OpenSSL) while `hold` is held.
    LoaderHold hold;
    std::thread holder([&hold] { dl_iterate_phdr(holdLoader, &hold); });
    {
        std::unique_lock<std::mutex> lock(hold.mutex);
        hold.changed.wait(lock, [&hold] { return hold.holding; });
    }
    // Whether the connection arrives while TLS cannot load; then the hold ends.
    std::atomic_int accepted{-1};
    std::thread server([&] {
        pollfd p{listener, POLLIN, 0};
        const bool came = ::poll(&p, 1, 5000) == 1;
        if (came) {
            const int fd = ::accept(listener, nullptr, nullptr);
            if (fd >= 0)
                ::close(fd);
        }
        accepted = came ? 1 : 0;
        const std::lock_guard<std::mutex> lock(hold.mutex);
        hold.release = true;
        hold.changed.notify_all();
    });
    mw::MailConnection connection;
    mw::MailConnection::Options options;
    options.host = QStringLiteral("127.0.0.1");
    options.port = ntohs(addr.sin_port);
    connection.open(options, nullptr);
    QTRY_VERIFY_WITH_TIMEOUT(accepted != -1, 20000);
    connection.abort();
    server.join();
    holder.join();
    ::close(listener);
    QCOMPARE(accepted.load(), 1);
#endif
}

QTEST_GUILESS_MAIN(TestConnectBeforeTls)
#include "tst_connect_before_tls.moc"
