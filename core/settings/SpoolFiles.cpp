// SPDX-License-Identifier: GPL-3.0-or-later
#include "SpoolFiles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace mw {

namespace {

#ifdef Q_OS_UNIX
QString errnoText(int err)
{
    return QString::fromLocal8Bit(std::strerror(err));
}

// open(2) that never follows a symbolic link in the last component and refuses a file
// that is not a regular file of this user.
int openNoFollow(const QString &path, int flags, QString *error, qsizetype *size = nullptr)
{
    const int fd =
        ::open(QFile::encodeName(path).constData(), flags | O_CLOEXEC | O_NOFOLLOW, 0600);
    if (fd < 0) {
        const int err = errno;
        if (error)
            *error = err == ELOOP ? SpoolFiles::tr("%1 is a symbolic link; refused.").arg(path)
                                  : SpoolFiles::tr("Cannot open %1: %2").arg(path, errnoText(err));
        return -1;
    }
    struct stat st = {};
    if (::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode) || st.st_uid != ::geteuid()) {
        ::close(fd);
        if (error)
            *error = SpoolFiles::tr("%1 is not a regular file of this user; refused.").arg(path);
        return -1;
    }
    if (size)
        *size = qsizetype(st.st_size);
    return fd;
}

// The whole of an open regular file of `size` octets (its fstat's), then closed; nullopt with
// errno set when a read fails. One read asks for one octet more than the size: a read that
// comes back short of that, with the whole size read, is the end of the file, and no further
// read asks for it (QFile's open and readAll stat the file three times and copy the bytes
// through their buffer).
std::optional<QByteArray> readAndClose(int fd, qsizetype size)
{
    QByteArray data(size + 1, Qt::Uninitialized);
    qsizetype got = 0;
    for (;;) {
        const ssize_t n = ::read(fd, data.data() + got, size_t(data.size() - got));
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0) {
            const int err = errno;
            ::close(fd);
            errno = err;
            return std::nullopt;
        }
        if (n == 0)
            break; // the end of the file
        got += n;
        if (got < data.size()) {
            if (got >= size)
                break; // the whole file, and short of the octet more
            continue;  // a short read before the end: read on
        }
        // The file grew since its fstat: room for more.
        data.resize(data.size() + qMax<qsizetype>(4096, data.size() / 2));
    }
    ::close(fd);
    data.truncate(got);
    return data;
}
#else
// Windows: a symbolic link or junction needs a privilege (or developer mode) to create,
// but one is still refused; the check and the open are not atomic there.
bool isLink(const QString &path)
{
    const QFileInfo fi(path);
    return fi.isSymbolicLink() || fi.isJunction() || fi.isShortcut();
}
#endif

} // namespace

bool SpoolFiles::append(const QString &path, const QByteArray &data, bool sync, QString *error)
{
#ifdef Q_OS_UNIX
    const int fd = openNoFollow(path, O_WRONLY | O_CREAT | O_APPEND, error);
    if (fd < 0)
        return false;
    qsizetype done = 0;
    while (done < data.size()) {
        const ssize_t n = ::write(fd, data.constData() + done, size_t(data.size() - done));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0) {
            const int err = n < 0 ? errno : EIO;
            ::close(fd);
            if (error)
                *error = tr("Cannot write %1: %2").arg(path, errnoText(err));
            return false;
        }
        done += n;
    }
    if (sync && ::fdatasync(fd) != 0) {
        const int err = errno;
        ::close(fd);
        if (error)
            *error = tr("Cannot write %1: %2").arg(path, errnoText(err));
        return false;
    }
    if (::close(fd) != 0) {
        if (error)
            *error = tr("Cannot write %1: %2").arg(path, errnoText(errno));
        return false;
    }
    return true;
#else
    if (isLink(path)) {
        if (error)
            *error = tr("%1 is a symbolic link; refused.").arg(path);
        return false;
    }
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Append) || f.write(data) != data.size() ||
        !f.flush()) {
        if (error)
            *error = tr("Cannot write %1: %2").arg(path, f.errorString());
        return false;
    }
    Q_UNUSED(sync) // QFile::flush hands the data to the system; FlushFileBuffers is not exposed
    return true;
#endif
}

std::optional<QByteArray> SpoolFiles::read(const QString &path, QString *error)
{
#ifdef Q_OS_UNIX
    QString why;
    qsizetype size = 0;
    const int fd = openNoFollow(path, O_RDONLY, &why, &size);
    if (fd < 0) {
        if (error)
            *error = QFileInfo::exists(path) || QFileInfo(path).isSymLink() ? why : QString();
        return std::nullopt;
    }
    std::optional<QByteArray> data = readAndClose(fd, size);
    if (!data && error)
        *error = tr("Cannot read %1: %2").arg(path, errnoText(errno));
    return data;
#else
    if (isLink(path)) {
        if (error)
            *error = tr("%1 is a symbolic link; refused.").arg(path);
        return std::nullopt;
    }
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        if (error)
            *error = f.exists() ? tr("Cannot read %1: %2").arg(path, f.errorString()) : QString();
        return std::nullopt;
    }
    return f.readAll();
#endif
}

std::optional<QByteArray> SpoolFiles::readWhole(const QString &path)
{
#ifdef Q_OS_UNIX
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return std::nullopt;
    struct stat st = {};
    if (::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
        ::close(fd);
        return std::nullopt;
    }
    return readAndClose(fd, qsizetype(st.st_size));
#else
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly | QIODevice::Unbuffered))
        return std::nullopt;
    return f.readAll();
#endif
}

bool SpoolFiles::ensurePrivateFolder(const QString &dir, QString *error)
{
#ifdef Q_OS_UNIX
    const QByteArray name = QFile::encodeName(dir);
    struct stat st = {};
    if (::lstat(name.constData(), &st) != 0) {
        if (errno != ENOENT || !QDir().mkpath(dir) || ::lstat(name.constData(), &st) != 0) {
            if (error)
                *error = tr("Cannot create the folder %1: %2").arg(dir, errnoText(errno));
            return false;
        }
    }
    if (S_ISLNK(st.st_mode)) {
        if (error)
            *error =
                tr("The folder %1 is a symbolic link; refused (give the real folder).").arg(dir);
        return false;
    }
    if (!S_ISDIR(st.st_mode)) {
        if (error)
            *error = tr("%1 is not a folder.").arg(dir);
        return false;
    }
    if (st.st_uid != ::geteuid()) {
        if (error)
            *error = tr("The folder %1 belongs to another user (uid %2); refused.")
                         .arg(dir)
                         .arg(st.st_uid);
        return false;
    }
    if ((st.st_mode & 07777) != 0700 && ::chmod(name.constData(), 0700) != 0) {
        if (error)
            *error =
                tr("Cannot make the folder %1 private (chmod 700): %2").arg(dir, errnoText(errno));
        return false;
    }
    return true;
#else
    if (isLink(dir)) {
        if (error)
            *error =
                tr("The folder %1 is a symbolic link; refused (give the real folder).").arg(dir);
        return false;
    }
    if (!QDir().mkpath(dir)) {
        if (error)
            *error = tr("Cannot create the folder %1.").arg(dir);
        return false;
    }
    // Nothing to change on Windows: a folder under the user profile inherits its ACL,
    // which grants access to this user, SYSTEM and Administrators only; QFile's
    // permission bits map to the read-only attribute there and would protect nothing.
    return true;
#endif
}

bool SpoolFiles::touch(const QString &path, QString *error)
{
#ifdef Q_OS_UNIX
    const int fd = openNoFollow(path, O_WRONLY | O_CREAT, error);
    if (fd < 0)
        return false;
    ::close(fd);
    return true;
#else
    return append(path, QByteArray(), false, error);
#endif
}

bool SpoolFiles::makePrivate(const QString &path, QString *error)
{
#ifdef Q_OS_UNIX
    const int fd = openNoFollow(path, O_RDONLY, error);
    if (fd < 0)
        return false;
    const bool ok = ::fchmod(fd, 0600) == 0;
    const int err = errno;
    ::close(fd);
    if (!ok && error)
        *error = tr("Cannot make %1 private (chmod 600): %2").arg(path, errnoText(err));
    return ok;
#else
    // As in ensurePrivateFolder(): the file inherits the folder's ACL; nothing to set.
    Q_UNUSED(path)
    Q_UNUSED(error)
    return true;
#endif
}

} // namespace mw
