// SPDX-License-Identifier: GPL-3.0-or-later
#include "AtomicFile.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QThread>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <csignal>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace mw {

#ifdef Q_OS_UNIX
namespace {
QString errnoText(int err)
{
    return QString::fromLocal8Bit(std::strerror(err));
}

// The six characters mkstemp puts in place of XXXXXX: letters and digits.
bool isMkstempSuffix(QStringView s)
{
    if (s.size() != 6)
        return false;
    for (const QChar c : s) {
        if (!(c.isLetterOrNumber() && c.unicode() < 128))
            return false;
    }
    return true;
}
} // namespace
#endif

bool AtomicFile::write(const QString &path, const QByteArray &data, int mode, QString *error)
{
    const auto fail = [error](const QString &why) {
        if (error)
            *error = why;
        return false;
    };
    const QFileInfo info(path);
    if (info.isDir())
        return fail(QStringLiteral("%1 is a folder, not a file.").arg(path));
#ifdef Q_OS_UNIX
    // mkstemp creates the file with mode 0600, so nobody else can open it in between.
    QByteArray tmpl =
        QFile::encodeName(info.absolutePath() + QStringLiteral("/.") + info.fileName() +
                          QStringLiteral(".tmp-%1-XXXXXX").arg(qint64(::getpid())));
    const int fd = ::mkstemp(tmpl.data());
    if (fd < 0)
        return fail(QStringLiteral("Cannot create a temporary file in %1: %2")
                        .arg(info.absolutePath(), errnoText(errno)));
    const auto abandon = [&](const QString &what, int err) {
        ::close(fd);
        ::unlink(tmpl.constData());
        return fail(QStringLiteral("Cannot write %1 (%2): %3").arg(path, what, errnoText(err)));
    };
    if (::fchmod(fd, static_cast<mode_t>(mode)) != 0)
        return abandon(QStringLiteral("setting permissions"), errno);
    qsizetype done = 0;
    while (done < data.size()) {
        const ssize_t n = ::write(fd, data.constData() + done, size_t(data.size() - done));
        if (n < 0) {
            if (errno == EINTR)
                continue;
            return abandon(QStringLiteral("writing"), errno);
        }
        done += n;
    }
    if (::fsync(fd) != 0)
        return abandon(QStringLiteral("flushing to disk"), errno);
    if (::close(fd) != 0) {
        const int err = errno;
        ::unlink(tmpl.constData());
        return fail(QStringLiteral("Cannot write %1 (closing): %2").arg(path, errnoText(err)));
    }
    // rename(2) replaces the old file atomically: readers see the old or the new file.
    if (::rename(tmpl.constData(), QFile::encodeName(path).constData()) != 0) {
        const int err = errno;
        ::unlink(tmpl.constData());
        return fail(QStringLiteral("Cannot replace %1: %2").arg(path, errnoText(err)));
    }
    // Make the rename itself durable.
    const int dfd = ::open(QFile::encodeName(info.absolutePath()).constData(),
                           O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (dfd >= 0) {
        ::fsync(dfd);
        ::close(dfd);
    }
    return true;
#else
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(QStringLiteral("Cannot write %1: %2").arg(path, file.errorString()));
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    if (file.write(data) != data.size() || !file.commit())
        return fail(QStringLiteral("Cannot write %1: %2").arg(path, file.errorString()));
    Q_UNUSED(mode)
    return true;
#endif
}

int AtomicFile::removeStaleTemporaries(const QString &path, int staleAfterSeconds)
{
#ifdef Q_OS_UNIX
    const QFileInfo info(path);
    const QDir dir(info.absolutePath());
    const QString base = QLatin1Char('.') + info.fileName() + QLatin1Char('.');
    const QString tmpPrefix = base + QStringLiteral("tmp-");
    const std::time_t now = std::time(nullptr);
    int removed = 0;
    const QStringList names =
        dir.entryList({base + QLatin1Char('*')}, QDir::Files | QDir::Hidden | QDir::System);
    for (const QString &name : names) {
        bool withPid = false;
        qint64 pid = 0;
        if (name.startsWith(tmpPrefix)) {
            // "<pid>-XXXXXX"
            const QStringView rest = QStringView(name).mid(tmpPrefix.size());
            const qsizetype dash = rest.indexOf(QLatin1Char('-'));
            if (dash <= 0 || !isMkstempSuffix(rest.mid(dash + 1)))
                continue;
            bool ok = false;
            pid = rest.left(dash).toLongLong(&ok);
            if (!ok || pid <= 0 || rest.left(dash).front() == QLatin1Char('+'))
                continue;
            withPid = true;
        } else if (!isMkstempSuffix(QStringView(name).mid(base.size()))) {
            continue; // the lock file, or someone else's file
        }
        const QByteArray full = QFile::encodeName(dir.filePath(name));
        struct stat st
        {
        };
        if (::lstat(full.constData(), &st) != 0 || !S_ISREG(st.st_mode) || st.st_uid != ::geteuid())
            continue;
        const bool old = now - st.st_mtime >= staleAfterSeconds;
        bool stale = old;
        if (withPid && !stale) {
            if (pid == qint64(::getpid()))
                continue; // never our own: this process removes its failed temporaries
            stale = ::kill(pid_t(pid), 0) != 0 && errno == ESRCH;
        }
        if (stale && ::unlink(full.constData()) == 0)
            ++removed;
    }
    return removed;
#else
    Q_UNUSED(path)
    Q_UNUSED(staleAfterSeconds)
    return 0;
#endif
}

FileLock::FileLock(QString lockPath)
    : m_path(std::move(lockPath))
{}

FileLock::~FileLock()
{
#ifdef Q_OS_UNIX
    if (m_fd >= 0) {
        ::flock(m_fd, LOCK_UN);
        ::close(m_fd);
    }
#endif
}

QString FileLock::lockPathFor(const QString &path)
{
    const QFileInfo info(path);
    return info.absolutePath() + QStringLiteral("/.") + info.fileName() + QStringLiteral(".lock");
}

bool FileLock::lock(int timeoutMs, QString *error)
{
#ifdef Q_OS_UNIX
    if (m_fd >= 0)
        return true;
    const auto fail = [error](const QString &why) {
        if (error)
            *error = why;
        return false;
    };
    const QByteArray name = QFile::encodeName(m_path);
    const int fd = ::open(name.constData(), O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0600);
    if (fd < 0)
        return fail(
            QStringLiteral("Cannot open the lock file %1: %2").arg(m_path, errnoText(errno)));
    QDeadlineTimer deadline(timeoutMs);
    for (;;) {
        if (::flock(fd, LOCK_EX | LOCK_NB) == 0)
            break;
        const int err = errno;
        if (err == EINTR)
            continue;
        if (err != EWOULDBLOCK || deadline.hasExpired()) {
            ::close(fd);
            if (err == EWOULDBLOCK)
                return fail(QStringLiteral("Another process has been saving %1 for more than "
                                           "%2 seconds (lock file %3).")
                                .arg(QFileInfo(m_path).absolutePath())
                                .arg(timeoutMs / 1000)
                                .arg(m_path));
            return fail(QStringLiteral("Cannot lock %1: %2").arg(m_path, errnoText(err)));
        }
        QThread::msleep(10);
    }
    m_fd = fd;
    return true;
#else
    Q_UNUSED(timeoutMs)
    Q_UNUSED(error)
    return true;
#endif
}

} // namespace mw
