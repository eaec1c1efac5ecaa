// SPDX-License-Identifier: GPL-3.0-or-later
#include "AtomicFile.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
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
#elif defined(Q_OS_WIN)
#include "WindowsFileSecurity.h"

#include <QRandomGenerator>

#include <qt_windows.h>

#include <memory>
#include <string>
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

bool AtomicFile::write(const QString &path, const QByteArray &data, int mode, QString *error,
                       Durability durability)
{
    const bool synced = durability == Durability::Synced;
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
    if (synced && ::fsync(fd) != 0)
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
    if (!synced)
        return true;
    const int dfd = ::open(QFile::encodeName(info.absolutePath()).constData(),
                           O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (dfd >= 0) {
        ::fsync(dfd);
        ::close(dfd);
    }
    return true;
#elif defined(Q_OS_WIN)
    // The same steps with the Win32 API: the temporary is created (CREATE_NEW) with its
    // final access list, written, flushed, then moved over the old file in one step
    // (MoveFileExW keeps the temporary's security descriptor).
    std::unique_ptr<winsec::PrivateDescriptor> privateDescriptor;
    SECURITY_ATTRIBUTES attributes{};
    attributes.nLength = sizeof attributes;
    attributes.bInheritHandle = FALSE;
    if ((mode & 077) == 0) {
        privateDescriptor = std::make_unique<winsec::PrivateDescriptor>();
        if (!privateDescriptor->isValid())
            return fail(QStringLiteral("Cannot write %1 (access list for your account alone): %2")
                            .arg(path, privateDescriptor->error()));
        attributes.lpSecurityDescriptor = privateDescriptor->descriptor();
    }
    const auto native = [](const QString &p) { return QDir::toNativeSeparators(p).toStdWString(); };
    static const char alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    QString tmp;
    HANDLE h = INVALID_HANDLE_VALUE;
    DWORD createError = ERROR_FILE_EXISTS;
    for (int attempt = 0; attempt < 32 && createError == ERROR_FILE_EXISTS; ++attempt) {
        QString suffix;
        for (int i = 0; i < 6; ++i)
            suffix += QLatin1Char(alphabet[QRandomGenerator::global()->bounded(62)]);
        tmp = info.absolutePath() + QStringLiteral("/.") + info.fileName() +
              QStringLiteral(".tmp-%1-").arg(qulonglong(::GetCurrentProcessId())) + suffix;
        h = ::CreateFileW(native(tmp).c_str(), GENERIC_WRITE, 0, &attributes, CREATE_NEW,
                          FILE_ATTRIBUTE_NORMAL, nullptr);
        createError = h == INVALID_HANDLE_VALUE ? ::GetLastError() : ERROR_SUCCESS;
    }
    if (h == INVALID_HANDLE_VALUE)
        return fail(QStringLiteral("Cannot create a temporary file in %1: %2")
                        .arg(info.absolutePath(), qt_error_string(int(createError))));
    const auto abandon = [&](const QString &what, DWORD err) {
        if (h != INVALID_HANDLE_VALUE)
            ::CloseHandle(h);
        ::DeleteFileW(native(tmp).c_str());
        return fail(
            QStringLiteral("Cannot write %1 (%2): %3").arg(path, what, qt_error_string(int(err))));
    };
    qsizetype done = 0;
    while (done < data.size()) {
        DWORD written = 0;
        const DWORD chunk = DWORD(qMin<qsizetype>(data.size() - done, 1 << 30));
        if (!::WriteFile(h, data.constData() + done, chunk, &written, nullptr))
            return abandon(QStringLiteral("writing"), ::GetLastError());
        done += qsizetype(written);
    }
    if (synced && !::FlushFileBuffers(h))
        return abandon(QStringLiteral("flushing to disk"), ::GetLastError());
    if (!::CloseHandle(h)) {
        h = INVALID_HANDLE_VALUE;
        return abandon(QStringLiteral("closing"), ::GetLastError());
    }
    h = INVALID_HANDLE_VALUE;
    // MOVEFILE_WRITE_THROUGH: returns once the rename is on disk. A reader that opened the
    // old file without FILE_SHARE_DELETE (a virus scanner, an indexer, a QFile of another
    // process) makes the replace fail for as long as it holds it: try again briefly.
    for (int attempt = 0;; ++attempt) {
        if (::MoveFileExW(native(tmp).c_str(), native(path).c_str(),
                          MOVEFILE_REPLACE_EXISTING | (synced ? MOVEFILE_WRITE_THROUGH : 0)))
            break;
        const DWORD err = ::GetLastError();
        if ((err != ERROR_SHARING_VIOLATION && err != ERROR_ACCESS_DENIED) || attempt >= 40)
            return abandon(QStringLiteral("replacing the old file"), err);
        ::Sleep(25);
    }
    return true;
#else
#error "AtomicFile: no atomic replace for this platform"
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
#ifdef Q_OS_WIN
    if (m_handle) {
        OVERLAPPED whole{};
        ::UnlockFileEx(static_cast<HANDLE>(m_handle), 0, 1, 0, &whole);
        ::CloseHandle(static_cast<HANDLE>(m_handle));
    }
#else
    if (m_fd >= 0) {
        ::flock(m_fd, LOCK_UN);
        ::close(m_fd);
    }
#endif
}

bool FileLock::isLocked() const
{
#ifdef Q_OS_WIN
    return m_handle != nullptr;
#else
    return m_fd >= 0;
#endif
}

QString FileLock::lockPathFor(const QString &path)
{
    const QFileInfo info(path);
    return info.absolutePath() + QStringLiteral("/.") + info.fileName() + QStringLiteral(".lock");
}

FileLock::Attempt FileLock::tryLock(QString *error)
{
    if (isLocked())
        return Attempt::Locked;
    const auto fail = [this, error](const QString &what, const QString &why) {
        if (error)
            *error = what.arg(QDir::toNativeSeparators(m_path), why);
        return Attempt::Failed;
    };
#ifdef Q_OS_WIN
    // Sharing read, write and delete: the lock is the byte range below, not the sharing
    // mode, so every process can open the file and then wait for the range.
    HANDLE h = ::CreateFileW(QDir::toNativeSeparators(m_path).toStdWString().c_str(),
                             GENERIC_READ | GENERIC_WRITE,
                             FILE_SHARE_READ | FILE_SHARE_WRITE | FILE_SHARE_DELETE, nullptr,
                             OPEN_ALWAYS, FILE_ATTRIBUTE_NORMAL, nullptr);
    if (h == INVALID_HANDLE_VALUE)
        return fail(QStringLiteral("Cannot open the lock file %1: %2"),
                    qt_error_string(int(::GetLastError())));
    // The first byte, exclusively; FAIL_IMMEDIATELY: never wait inside the call.
    OVERLAPPED first{};
    if (::LockFileEx(h, LOCKFILE_EXCLUSIVE_LOCK | LOCKFILE_FAIL_IMMEDIATELY, 0, 1, 0, &first)) {
        m_handle = h;
        return Attempt::Locked;
    }
    const DWORD err = ::GetLastError();
    ::CloseHandle(h);
    if (err == ERROR_LOCK_VIOLATION || err == ERROR_IO_PENDING)
        return Attempt::Busy;
    return fail(QStringLiteral("Cannot lock %1: %2"), qt_error_string(int(err)));
#else
    const int fd = ::open(QFile::encodeName(m_path).constData(),
                          O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0600);
    if (fd < 0)
        return fail(QStringLiteral("Cannot open the lock file %1: %2"), errnoText(errno));
    for (;;) {
        if (::flock(fd, LOCK_EX | LOCK_NB) == 0) {
            m_fd = fd;
            return Attempt::Locked;
        }
        const int err = errno;
        if (err == EINTR)
            continue;
        ::close(fd);
        if (err == EWOULDBLOCK)
            return Attempt::Busy;
        return fail(QStringLiteral("Cannot lock %1: %2"), errnoText(err));
    }
#endif
}

bool FileLock::lock(int timeoutMs, QString *error)
{
    QDeadlineTimer deadline(timeoutMs);
    for (;;) {
        switch (tryLock(error)) {
        case Attempt::Locked:
            return true;
        case Attempt::Failed:
            return false;
        case Attempt::Busy:
            break;
        }
        if (deadline.hasExpired()) {
            if (error)
                *error = QStringLiteral("Another process has been saving %1 for more than "
                                        "%2 seconds (lock file %3).")
                             .arg(QDir::toNativeSeparators(QFileInfo(m_path).absolutePath()))
                             .arg(timeoutMs / 1000)
                             .arg(QDir::toNativeSeparators(m_path));
            return false;
        }
        QThread::msleep(10);
    }
}

} // namespace mw
