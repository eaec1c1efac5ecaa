// SPDX-License-Identifier: GPL-3.0-or-later
// The queue lock: busy (another process holds it) versus broken (cannot be opened or
// locked), decided in acquire().
#include "Queue.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QThread>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>
#endif

namespace mw {

Queue::Lock::Lock(const QString &dir)
    : m_path(dir + QStringLiteral("/.lock"))
{}

Queue::Lock::~Lock()
{
    unlock();
}

Queue::Lock::Result Queue::Lock::acquire(int waitMs)
{
    QDeadlineTimer deadline(waitMs);
    for (;;) {
        const Result r = acquire();
        if (r != Result::Busy || deadline.hasExpired())
            return r;
        QThread::msleep(50);
    }
}

Queue::Lock::Result Queue::Lock::acquire()
{
    if (m_locked)
        return Result::Locked;
#ifdef Q_OS_UNIX
    if (m_fd < 0) {
        m_fd = ::open(QFile::encodeName(m_path).constData(),
                      O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0600);
        if (m_fd < 0) {
            const int err = errno;
            m_error = err == ELOOP
                          ? tr("The queue lock %1 is a symbolic link; refused.").arg(m_path)
                          : tr("Cannot open the queue lock %1: %2")
                                .arg(m_path, QString::fromLocal8Bit(std::strerror(err)));
            return Result::Failed;
        }
    }
    if (::flock(m_fd, LOCK_EX | LOCK_NB) == 0) {
        m_locked = true;
        return Result::Locked;
    }
    const int err = errno;
    if (err == EWOULDBLOCK || err == EINTR)
        return Result::Busy;
    m_error = tr("Cannot lock the queue lock %1: %2")
                  .arg(m_path, QString::fromLocal8Bit(std::strerror(err)));
    return Result::Failed;
#else
    // QLockFile removes a lock whose process is gone, so a killed runner does not block.
    if (QFileInfo(m_path).isSymbolicLink()) {
        m_error = tr("The queue lock %1 is a symbolic link; refused.").arg(m_path);
        return Result::Failed;
    }
    if (!m_lockFile)
        m_lockFile = std::make_unique<QLockFile>(m_path);
    m_locked = m_lockFile->tryLock(0);
    if (m_locked)
        return Result::Locked;
    if (m_lockFile->error() == QLockFile::LockFailedError)
        return Result::Busy;
    m_error = m_lockFile->error() == QLockFile::PermissionError
                  ? tr("Cannot create the queue lock %1: permission denied.").arg(m_path)
                  : tr("Cannot create the queue lock %1.").arg(m_path);
    return Result::Failed;
#endif
}

void Queue::Lock::unlock()
{
#ifdef Q_OS_UNIX
    if (m_fd >= 0) {
        if (m_locked)
            ::flock(m_fd, LOCK_UN);
        ::close(m_fd);
        m_fd = -1;
    }
#else
    if (m_lockFile && m_locked)
        m_lockFile->unlock();
#endif
    m_locked = false;
}

} // namespace mw
