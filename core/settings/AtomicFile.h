// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QtGlobal>

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
    enum class Durability {
        // On disk when write() returns: the data flushed before the rename, the folder
        // after it (settings, secrets, the queue).
        Synced,
        // Replaced in one step all the same (a reader sees the old or the new file, a
        // process killed in the middle leaves the old one), but not waited for on the disk:
        // after a power loss the old content, or none, may be found. For files that only
        // record what was last seen (the status file): a Send Test does not wait for two
        // disk flushes and the discard of the old file's blocks.
        Replaced,
    };
    // mode: POSIX permission bits of the new file (e.g. 0600).
    [[nodiscard]] static bool write(const QString &path, const QByteArray &data, int mode,
                                    QString *error, Durability durability = Durability::Synced);

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

// An exclusive advisory lock on a lock file, held until destruction: flock(2) on Unix,
// LockFileEx on Windows. Both lock per open file (not per process), so two FileLocks on
// the same path exclude each other inside one process as well as across processes. The
// lock file is created if needed (mode 0600 on Unix) and never removed: removing it would
// let two processes lock two different files. The system drops the lock when the holder
// dies, so a killed holder never blocks the next one.
class FileLock
{
public:
    enum class Attempt {
        Locked, // this object holds the lock now
        Busy,   // another holder has it; try again later
        Failed, // the lock file cannot be opened or locked (error says why)
    };

    explicit FileLock(QString lockPath);
    ~FileLock();
    FileLock(const FileLock &) = delete;
    FileLock &operator=(const FileLock &) = delete;

    // One attempt that never waits (for callers on an event loop: retry from a timer).
    [[nodiscard]] Attempt tryLock(QString *error);
    // Waits at most timeoutMs for the lock, blocking the calling thread. False (with a
    // reason) if it could not be had. Not for the GUI thread: use tryLock there.
    [[nodiscard]] bool lock(int timeoutMs, QString *error);
    [[nodiscard]] bool isLocked() const;
    [[nodiscard]] QString path() const { return m_path; }

    // ".<name>.lock" beside `path`.
    [[nodiscard]] static QString lockPathFor(const QString &path);

private:
    QString m_path;
#ifdef Q_OS_WIN
    void *m_handle = nullptr; // the locked file's HANDLE, nullptr when not locked
#else
    int m_fd = -1;
#endif
};

} // namespace mw
