// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Holds the load of the TLS module (protocol/TlsModule.h) until release(): a thread that
// loads it (the preload, or any other) waits in PrivateModule's load, with its lock held, as
// during a slow load. The tests of what a connection does before TLS has loaded use it
// (Linux, where the TLS module exists).
//
// Only the module's load waits, not the system's loader: holding glibc's list of loaded
// objects (dl_iterate_phdr), as these tests once did, also holds anything else in the
// process that needs the loader at that moment (a clean-clone CI run once timed out there).

#if defined(Q_OS_LINUX)
#include "protocol/PrivateModule.h"
#include "protocol/TlsModule.h"

#include <arpa/inet.h>
#include <condition_variable>
#include <mutex>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

namespace mw::test {

class TlsLoadHold
{
public:
    TlsLoadHold()
    {
        {
            const std::lock_guard<std::mutex> lock(state().mutex);
            state().released = false;
            state().waited = false;
        }
        PrivateModule::setBeforeLoadHook(&TlsLoadHold::hook);
    }
    ~TlsLoadHold()
    {
        release();
        PrivateModule::setBeforeLoadHook(nullptr);
    }
    TlsLoadHold(const TlsLoadHold &) = delete;
    TlsLoadHold &operator=(const TlsLoadHold &) = delete;

    // Lets the load go on (any thread; more than once is harmless).
    void release()
    {
        const std::lock_guard<std::mutex> lock(state().mutex);
        state().released = true;
        state().changed.notify_all();
    }
    // Whether a thread has waited at the hold so far.
    bool waited() const
    {
        const std::lock_guard<std::mutex> lock(state().mutex);
        return state().waited;
    }

private:
    struct State
    {
        std::mutex mutex;
        std::condition_variable changed;
        bool released = false;
        bool waited = false;
    };
    static State &state()
    {
        static State s;
        return s;
    }
    static void hook(const QString &name)
    {
        if (name != QLatin1String(tlsmodule::moduleName))
            return;
        std::unique_lock<std::mutex> lock(state().mutex);
        state().waited = true;
        state().changed.wait(lock, [] { return state().released; });
    }
};

// A listening TCP socket on 127.0.0.1, on a port the system chooses (written to *addr): the
// server side of those tests. -1 when it cannot be made.
inline int loopbackListener(sockaddr_in *addr)
{
    const int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (fd < 0)
        return -1;
    *addr = sockaddr_in{};
    addr->sin_family = AF_INET;
    addr->sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t len = sizeof *addr;
    if (::bind(fd, reinterpret_cast<sockaddr *>(addr), len) != 0 || ::listen(fd, 1) != 0 ||
        ::getsockname(fd, reinterpret_cast<sockaddr *>(addr), &len) != 0) {
        ::close(fd);
        return -1;
    }
    return fd;
}

} // namespace mw::test
#endif
