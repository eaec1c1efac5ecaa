// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace mw {

// Replaces a file in one step: the new content goes to a temporary file beside it
// (created with the final mode, so it is never readable by others even briefly), is
// flushed to disk, then renamed over the old file and the directory is synced. A
// failure at any step leaves the old file as it was and removes the temporary.
//
// The temporary is named ".<name>.tmp-<pid>-XXXXXX" (<pid>: the writing process), so that
// one left by a process killed in the middle of a save can be recognised and removed
// later by removeStaleTemporaries().
class AtomicFile
{
public:
    // mode: POSIX permission bits of the new file (e.g. 0600).
    [[nodiscard]] static bool write(const QString &path, const QByteArray &data, int mode,
                                    QString *error);

    // Removes the temporaries of `path` that earlier writes left behind when their process
    // was killed. Call it only while holding a FileLock that every writer of `path` takes
    // (SettingsStore does): then no live writer can be between creating and renaming its
    // temporary. Still, a file is removed only when it is a regular file of this user whose
    // name is exactly a temporary of `path`, and
    //  - ".<name>.tmp-<pid>-XXXXXX": process <pid> no longer exists, or the file has not
    //    been modified for staleAfterSeconds (the pid was reused);
    //  - ".<name>.XXXXXX" (written before the pid was in the name, without a lock): not
    //    modified for staleAfterSeconds.
    // Returns how many were removed.
    static int removeStaleTemporaries(const QString &path, int staleAfterSeconds = 600);
};

// An advisory lock (flock(2), exclusive) on a lock file, held until destruction. The lock
// file is created (mode 0600) if needed and never removed: removing it would let two
// processes lock two different inodes. The kernel drops the lock when the process dies,
// so a killed holder never blocks the next one.
class FileLock
{
public:
    explicit FileLock(QString lockPath);
    ~FileLock();
    FileLock(const FileLock &) = delete;
    FileLock &operator=(const FileLock &) = delete;

    // Waits at most timeoutMs for the lock. False (with a reason) if it could not be had.
    [[nodiscard]] bool lock(int timeoutMs, QString *error);
    [[nodiscard]] bool isLocked() const { return m_fd >= 0; }
    [[nodiscard]] QString path() const { return m_path; }

    // ".<name>.lock" beside `path`.
    [[nodiscard]] static QString lockPathFor(const QString &path);

private:
    QString m_path;
    int m_fd = -1;
};

} // namespace mw
