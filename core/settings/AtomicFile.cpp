// SPDX-License-Identifier: GPL-3.0-or-later
#include "AtomicFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
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
    QByteArray tmpl = QFile::encodeName(info.absolutePath() + QStringLiteral("/.") +
                                        info.fileName() + QStringLiteral(".XXXXXX"));
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

} // namespace mw
