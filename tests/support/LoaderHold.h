// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Holds glibc's list of loaded objects from another thread, so that no library can be
// loaded in this process (the TLS backend, OpenSSL) until release() (Linux only): the
// tests of what a connection does before TLS has loaded use it.

#if defined(Q_OS_LINUX)
#include <arpa/inet.h>
#include <condition_variable>
#include <link.h>
#include <mutex>
#include <netinet/in.h>
#include <sys/socket.h>
#include <thread>
#include <unistd.h>

namespace mw::test {

class LoaderHold
{
public:
    // Returns once the loader is held.
    LoaderHold()
        : m_thread([this] { dl_iterate_phdr(&LoaderHold::hold, this); })
    {
        std::unique_lock<std::mutex> lock(m_mutex);
        m_changed.wait(lock, [this] { return m_holding; });
    }
    ~LoaderHold()
    {
        release();
        m_thread.join();
    }
    LoaderHold(const LoaderHold &) = delete;
    LoaderHold &operator=(const LoaderHold &) = delete;

    // Lets the loader go (any thread; more than once is harmless).
    void release()
    {
        const std::lock_guard<std::mutex> lock(m_mutex);
        m_release = true;
        m_changed.notify_all();
    }

private:
    // dl_iterate_phdr keeps its lock while this callback runs.
    static int hold(dl_phdr_info *, size_t, void *data)
    {
        auto *self = static_cast<LoaderHold *>(data);
        std::unique_lock<std::mutex> lock(self->m_mutex);
        self->m_holding = true;
        self->m_changed.notify_all();
        self->m_changed.wait(lock, [self] { return self->m_release; });
        return 1;
    }

    std::mutex m_mutex;
    std::condition_variable m_changed;
    bool m_holding = false;
    bool m_release = false;
    std::thread m_thread; // last: started once the members above exist
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
