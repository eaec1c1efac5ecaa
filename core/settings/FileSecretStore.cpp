// SPDX-License-Identifier: GPL-3.0-or-later
#include "FileSecretStore.h"

#include "AtomicFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStringList>

#include <QTimer>

#include <algorithm>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#elif defined(Q_OS_WIN)
#include "WindowsFileSecurity.h"

#include <qt_windows.h>
#endif

namespace mw {

namespace {
constexpr int kMaxFileSize = 1024 * 1024;
// How long a change waits for another process's change of the same file, and how often
// it looks again meanwhile (from a timer: the thread's event loop keeps running).
constexpr int kLockWaitMs = 10000;
constexpr int kLockRetryMs = 10;
} // namespace

FileSecretStore::FileSecretStore(QString path, QObject *parent)
    : SecretStore(parent)
    , m_path(std::move(path))
{}

std::optional<QHash<QString, QString>> FileSecretStore::load(QString *error) const
{
    QHash<QString, QString> secrets;
    const QString shown = QDir::toNativeSeparators(m_path);
    QByteArray bytes;
#ifdef Q_OS_UNIX
    // Check the file we actually read (fstat on the open descriptor), not the name, so a
    // swap between check and read cannot slip a different file in; refuse symlinks.
    const int fd = ::open(QFile::encodeName(m_path).constData(), O_RDONLY | O_CLOEXEC | O_NOFOLLOW);
    if (fd < 0) {
        const int err = errno;
        if (err == ENOENT)
            return secrets;
        if (err == ELOOP) {
            *error = QStringLiteral("The secret file %1 is a symbolic link; refused.").arg(shown);
            return std::nullopt;
        }
        *error = QStringLiteral("Cannot read the secret file %1: %2")
                     .arg(shown, QString::fromLocal8Bit(std::strerror(err)));
        return std::nullopt;
    }
    struct stat st
    {
    };
    if (::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
        ::close(fd);
        *error = QStringLiteral("The secret file %1 is not a regular file; refused.").arg(shown);
        return std::nullopt;
    }
    if ((st.st_mode & 077) != 0) {
        ::close(fd);
        *error =
            QStringLiteral("The secret file %1 is readable or writable by group or others "
                           "(mode %2); refused. Run: chmod 600 %1")
                .arg(shown)
                .arg(QString::number(st.st_mode & 0777, 8).rightJustified(4, QLatin1Char('0')));
        return std::nullopt;
    }
    if (st.st_uid != ::geteuid()) {
        ::close(fd);
        *error = QStringLiteral("The secret file %1 belongs to another user; refused.").arg(shown);
        return std::nullopt;
    }
    char buf[4096];
    for (;;) {
        const ssize_t n = ::read(fd, buf, sizeof buf);
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0) {
            const int err = errno;
            ::close(fd);
            *error = QStringLiteral("Cannot read the secret file %1: %2")
                         .arg(shown, QString::fromLocal8Bit(std::strerror(err)));
            return std::nullopt;
        }
        if (n == 0)
            break;
        bytes.append(buf, n);
        if (bytes.size() > kMaxFileSize) {
            ::close(fd);
            *error = QStringLiteral("The secret file %1 is too large.").arg(shown);
            return std::nullopt;
        }
    }
    ::close(fd);
#elif defined(Q_OS_WIN)
    // The same checks as above on the file actually opened: not a link (reparse point),
    // owned by this user and readable by nobody else (winsec::checkPrivate: the DACL).
    HANDLE h =
        ::CreateFileW(QDir::toNativeSeparators(m_path).toStdWString().c_str(),
                      GENERIC_READ | READ_CONTROL, FILE_SHARE_READ | FILE_SHARE_DELETE, nullptr,
                      OPEN_EXISTING, FILE_ATTRIBUTE_NORMAL | FILE_FLAG_OPEN_REPARSE_POINT, nullptr);
    if (h == INVALID_HANDLE_VALUE) {
        const DWORD err = ::GetLastError();
        if (err == ERROR_FILE_NOT_FOUND || err == ERROR_PATH_NOT_FOUND)
            return secrets;
        *error = QStringLiteral("Cannot read the secret file %1: %2")
                     .arg(shown, qt_error_string(int(err)));
        return std::nullopt;
    }
    const auto refuse = [&](const QString &why) {
        ::CloseHandle(h);
        *error = why;
        return std::nullopt;
    };
    BY_HANDLE_FILE_INFORMATION fileInfo{};
    if (!::GetFileInformationByHandle(h, &fileInfo) || ::GetFileType(h) != FILE_TYPE_DISK ||
        (fileInfo.dwFileAttributes & FILE_ATTRIBUTE_DIRECTORY))
        return refuse(
            QStringLiteral("The secret file %1 is not a regular file; refused.").arg(shown));
    if (fileInfo.dwFileAttributes & FILE_ATTRIBUTE_REPARSE_POINT)
        return refuse(QStringLiteral("The secret file %1 is a symbolic link; refused.").arg(shown));
    if (const QString why = winsec::checkPrivate(h, shown); !why.isEmpty())
        return refuse(why);
    if (fileInfo.nFileSizeHigh != 0 || fileInfo.nFileSizeLow > kMaxFileSize)
        return refuse(QStringLiteral("The secret file %1 is too large.").arg(shown));
    bytes.resize(qsizetype(fileInfo.nFileSizeLow));
    DWORD total = 0;
    while (total < fileInfo.nFileSizeLow) {
        DWORD n = 0;
        if (!::ReadFile(h, bytes.data() + total, fileInfo.nFileSizeLow - total, &n, nullptr))
            return refuse(QStringLiteral("Cannot read the secret file %1: %2")
                              .arg(shown, qt_error_string(int(::GetLastError()))));
        if (n == 0)
            break;
        total += n;
    }
    bytes.truncate(qsizetype(total));
    ::CloseHandle(h);
#else
#error "FileSecretStore: no owner and permission check for this platform"
#endif
    const QStringList lines = QString::fromUtf8(bytes).split(QLatin1Char('\n'));
    for (QString line : lines) {
        if (line.endsWith(QLatin1Char('\r')))
            line.chop(1);
        if (line.trimmed().isEmpty() || line.trimmed().startsWith(QLatin1Char('#')))
            continue;
        const qsizetype eq = line.indexOf(QLatin1Char('='));
        if (eq <= 0)
            continue; // not a secret line; never echo it, it may be a password
        // The secret is everything after '=', spaces included.
        secrets.insert(line.left(eq).trimmed(), line.mid(eq + 1));
    }
    return secrets;
}

bool FileSecretStore::store(const QHash<QString, QString> &secrets, QString *error) const
{
    QStringList accounts = secrets.keys();
    std::sort(accounts.begin(), accounts.end());
    QByteArray out("# Mailwright secrets: account=password. Keep this file mode 0600.\n");
    for (const QString &a : accounts)
        out += a.toUtf8() + '=' + secrets.value(a).toUtf8() + '\n';
    return AtomicFile::write(m_path, out, 0600, error);
}

void FileSecretStore::doRead(const QString &account, Callback done)
{
    QString error;
    const auto secrets = load(&error);
    if (!secrets)
        return done(SecretResult::failure(error));
    const auto it = secrets->constFind(account);
    done(it == secrets->constEnd() ? SecretResult::notFound() : SecretResult::success(*it));
}

void FileSecretStore::doWrite(const QString &account, const QString &secret, Callback done)
{
    if (secret.contains(QLatin1Char('\n')) || secret.contains(QLatin1Char('\r')) ||
        secret.contains(QChar(0)))
        return done(SecretResult::failure(
            QStringLiteral("A password in the secret file cannot contain a line break.")));
    update(
        [account, secret](QHash<QString, QString> &secrets) {
            secrets.insert(account, secret);
            return true;
        },
        std::move(done), QDeadlineTimer(kLockWaitMs));
}

void FileSecretStore::doRemove(const QString &account, Callback done)
{
    update([account](QHash<QString, QString> &secrets) { return secrets.remove(account) > 0; },
           std::move(done), QDeadlineTimer(kLockWaitMs));
}

void FileSecretStore::update(const Change &change, Callback done, QDeadlineTimer deadline)
{
    // Several processes change this file (the window's Save, the runner rotating a token,
    // mailwright-cli): each read-modify-write holds the lock file beside it, or the second
    // writer would write back what it read before the first one's change, losing it.
    const QFileInfo info(m_path);
    if (!QDir().mkpath(info.absolutePath()))
        return done(SecretResult::failure(QStringLiteral("Cannot create the folder %1.")
                                              .arg(QDir::toNativeSeparators(info.absolutePath()))));
    QString error;
    SecretResult result;
    {
        FileLock lock(FileLock::lockPathFor(m_path));
        switch (lock.tryLock(&error)) {
        case FileLock::Attempt::Locked:
            break;
        case FileLock::Attempt::Failed:
            return done(SecretResult::failure(error));
        case FileLock::Attempt::Busy:
            if (deadline.hasExpired())
                return done(SecretResult::failure(
                    QStringLiteral("Another program has been changing the secret file %1 for "
                                   "more than %2 seconds; try again.")
                        .arg(QDir::toNativeSeparators(m_path))
                        .arg(kLockWaitMs / 1000)));
            // Never wait here: this may be the GUI thread.
            QTimer::singleShot(kLockRetryMs, this,
                               [this, change, done, deadline] { update(change, done, deadline); });
            return;
        }
        auto secrets = load(&error);
        if (!secrets)
            result = SecretResult::failure(error);
        else if (change(*secrets) && !store(*secrets, &error))
            result = SecretResult::failure(error);
    } // the lock is released before anyone hears of the result
    done(result);
}

} // namespace mw
