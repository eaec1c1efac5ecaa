// SPDX-License-Identifier: GPL-3.0-or-later
// Spare files (the spool's spare/ folder): the files of delivered messages, kept to be
// written over by the next messages queued instead of being removed and created anew. On a
// disk that discards a file's blocks when the file is removed (ext4 mounted with
// "discard": each unlink waits for it), a delivered message then costs two renames and no
// discard, and the next message queued reuses the blocks. Queue.h has the folder's place
// in the spool's layout; docs/RELIABILITY.md why no kill turns a spare into a message or a
// message into a spare.
#include "Queue.h"

#include "QueueSpool.h"
#include "settings/AtomicFile.h"
#include "settings/SpoolFiles.h"

#include <QDateTime>
#include <QFile>

#include <algorithm>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace mw {

namespace {

// Test hook (Queue::setSpareHook): called at the steps of taking a spare.
std::function<void(Queue::SpareStep)> &spareHook()
{
    static std::function<void(Queue::SpareStep)> hook;
    return hook;
}

void step(Queue::SpareStep s)
{
    if (spareHook())
        spareHook()(s);
}

#ifdef Q_OS_UNIX
bool writeAll(int fd, const char *data, qint64 size)
{
    qint64 done = 0;
    while (done < size) {
        const ssize_t n = ::pwrite(fd, data + done, size_t(size - done), off_t(done));
        if (n < 0) {
            if (errno == EINTR)
                continue;
            return false;
        }
        done += n;
    }
    return true;
}

// Zeros over the first `size` bytes, without a sync: the page cache writes them over the
// file's own blocks later (no blocks freed, so no discard).
void zero(int fd, qint64 size)
{
    static const char zeros[16384] = {};
    for (qint64 at = 0; at < size;) {
        const ssize_t n =
            ::pwrite(fd, zeros, size_t(std::min<qint64>(size - at, sizeof zeros)), off_t(at));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return;
        at += n;
    }
}
#endif

} // namespace

void Queue::setSpareHook(std::function<void(SpareStep)> hook)
{
    spareHook() = std::move(hook);
}

QString Queue::spareDir() const
{
    return m_dir + QStringLiteral("/spare");
}

QStringList Queue::spares(bool hidden) const
{
    QStringList names = spool::fileNames(spareDir());
    // Names are the ids of the moment each became a spare: sorted, the oldest first. A
    // name with a leading dot is one being made (or left half-made by a killed remover).
    names.erase(std::remove_if(names.begin(), names.end(),
                               [hidden](const QString &n) {
                                   return n.startsWith(QLatin1Char('.')) != hidden;
                               }),
                names.end());
    std::sort(names.begin(), names.end());
    return names;
}

bool Queue::retire(const QString &id, bool stateFile, bool keepSpare, bool *spared, QString *error)
{
    if (spared)
        *spared = false;
#ifdef Q_OS_UNIX
    if (keepSpare) {
        const QByteArray path = QFile::encodeName(pathFor(id, false));
        const int fd = ::open(path.constData(), O_WRONLY | O_NOFOLLOW | O_CLOEXEC);
        struct stat st;
        // Only a file of its own: a message with a dead letter shares its blocks with it
        // (a hard link) and is removed as before (that frees nothing, so it costs no discard).
        if (fd >= 0 && ::fstat(fd, &st) == 0 && S_ISREG(st.st_mode) && st.st_nlink == 1 &&
            st.st_size <= kSpareMaxBytes) {
            // First under a name no writer takes (a leading dot), zeroed there, then
            // offered: a spare is never taken before its zeros are written.
            const QString name = newId();
            const QByteArray hidden = QFile::encodeName(spareDir() + QStringLiteral("/.") + name);
            if (::rename(path.constData(), hidden.constData()) == 0) {
                zero(fd, st.st_size);
                ::close(fd);
                if (::rename(hidden.constData(),
                             QFile::encodeName(spareDir() + QLatin1Char('/') + name).constData()) !=
                    0)
                    ::unlink(hidden.constData());
                if (stateFile)
                    QFile::remove(statePathFor(id, false));
                if (spared)
                    *spared = true;
                return true;
            }
        }
        if (fd >= 0)
            ::close(fd);
    }
#else
    Q_UNUSED(keepSpare)
#endif
    return remove(id, stateFile, error);
}

int Queue::dropSpares(const QStringList &names) const
{
    int n = 0;
    for (const QString &name : names) {
        if (QFile::remove(spareDir() + QLatin1Char('/') + name))
            ++n;
    }
    return n;
}

QStringList Queue::staleSpares(const QStringList &sorted, int keep) const
{
    // Older than a day (the name's time: names sort as ids do), then the oldest beyond keep.
    const QString dayAgo =
        QDateTime::currentDateTimeUtc().addDays(-1).toString(QStringLiteral("yyyyMMdd-HHmmss"));
    qsizetype old = 0;
    while (old < sorted.size() && sorted.at(old) < dayAgo)
        ++old;
    return sorted.mid(0, std::max<qsizetype>(old, sorted.size() - std::max(keep, 0)));
}

bool Queue::writeNew(const QString &id, const QByteArray &data, QString *error) const
{
    const QString path = pathFor(id, false);
#ifdef Q_OS_UNIX
    // A spare: claimed by a rename to this writer's temporary name (another writer's rename
    // of the same spare then fails, and it takes the next), overwritten in place, cut to
    // the new length, synced and renamed into the spool like AtomicFile's temporary.
    int tries = 0;
    const QStringList names = spares();
    for (const QString &name : names) {
        if (++tries > 4)
            break;
        const QByteArray from = QFile::encodeName(spareDir() + QLatin1Char('/') + name);
        const int fd = ::open(from.constData(), O_WRONLY | O_NOFOLLOW | O_CLOEXEC);
        if (fd < 0)
            continue; // taken meanwhile
        struct stat st;
        if (::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode) || st.st_uid != ::geteuid()) {
            ::close(fd);
            continue;
        }
        if (st.st_nlink != 1) {
            // Also a name elsewhere (a file-system check after a power loss can leave a
            // message's blocks under both names): this name goes, the other is untouched.
            ::close(fd);
            ::unlink(from.constData());
            continue;
        }
        // A temporary's age is its last change (Queue::recover removes old ones): fresh now.
        ::futimens(fd, nullptr);
        const QByteArray tmp =
            QFile::encodeName(m_dir + QStringLiteral("/.") + id + spool::msgSuffix +
                              QStringLiteral(".tmp-%1-spare").arg(qint64(::getpid())));
        if (::rename(from.constData(), tmp.constData()) != 0) {
            ::close(fd);
            continue; // another writer took it
        }
        step(SpareStep::Claimed);
        bool ok = ::fchmod(fd, 0600) == 0 && writeAll(fd, data.constData(), data.size());
        step(SpareStep::Written);
        ok = ok && ::ftruncate(fd, off_t(data.size())) == 0 && ::fsync(fd) == 0;
        ok = ::close(fd) == 0 && ok;
        if (ok && ::rename(tmp.constData(), QFile::encodeName(path).constData()) == 0) {
            spool::syncDir(m_dir);
            return true;
        }
        ::unlink(tmp.constData());
        break; // a write that fails here fails below too, with its reason
    }
#endif
    return AtomicFile::write(path, data, 0600, error);
}

} // namespace mw
