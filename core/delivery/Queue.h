// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "protocol/Result.h"
#include "settings/MailSettings.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QLockFile>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>

namespace mw {

// One message of the spool, with its metadata.
struct QueuedMessage
{
    enum class State {
        Waiting, // to be sent at nextAttempt
        Unknown, // the connection broke after the final dot: the server may have it; the
                 // retry sends the same bytes (same Message-ID) so a duplicate can be told
        Dead,    // refused for good (5xx): in the dead-letter folder with the reason
    };
    QString id; // sortable by creation time: the queue is sent in this order
    State state = State::Waiting;
    QDateTime created; // UTC
    QString category;  // "job", "error", "console" (informational)
    QString sender;    // envelope sender; empty: "<>"
    QStringList recipients;
    QString subject;   // for listing only
    QString messageId; // the Message-ID header, for listing and duplicate checks
    int attempts = 0;
    QDateTime lastAttempt;
    QDateTime nextAttempt;
    ErrorClass lastError = ErrorClass::None;
    Phase lastPhase = Phase::Idle;
    QString lastMessage; // a sentence
    QString serverReply; // the server's own words
    // Recipients that have the message: never sent to again (a partly delivered message
    // keeps only the others in recipients).
    QStringList delivered;
    QByteArray content; // the RFC 5322 message; loaded on request
    // Whether <id>.state may exist: false when the spool's listing showed none as the
    // message was read (its removal then does not try to remove one).
    bool stateFile = true;

    [[nodiscard]] static QString stateId(State s); // "waiting", "unknown-outcome", "dead"
};

// The queue as a whole is held after an authentication or configuration failure, so that
// a wrong password is not tried again and again (servers lock accounts for that). The
// hold ends when the settings change (their fingerprint differs) or an admin flushes.
struct QueueHold
{
    bool active = false;
    QString settingsHash;
    ErrorClass errorClass = ErrorClass::None;
    QString message;
    QString serverReply;
    QDateTime since;
    // OAuth2: the sign-in that was refused (AccessTokenSource::signInId); a different one
    // (a new sign-in) lifts the hold like a settings change does.
    QString signIn;
    // The session was refused as a downgrade (DowngradeGuard): accepting what the server
    // offers now (probe --accept-changes, the window's server check) lifts the hold.
    bool downgrade = false;
    // The spool itself could not be written ("spool storage": disk full, I/O error): held
    // whatever the settings are, until a write works again.
    bool storage = false;

    // Whether this hold stops a runner that uses settings with this fingerprint.
    [[nodiscard]] bool appliesTo(const QString &currentSettingsHash) const
    {
        return active && (storage || settingsHash == currentSettingsHash);
    }
};

// Connection-level trouble (server unreachable): one back-off for the whole queue.
struct QueueBackoff
{
    int failures = 0; // consecutive failed passes
    QDateTime nextPass;
    ErrorClass errorClass = ErrorClass::None;
    QString message;
    QString serverReply;
};

struct QueueStats
{
    int waiting = 0; // waiting + unknown-outcome
    int unknown = 0;
    int dead = 0;
    QDateTime oldest; // creation time of the oldest message still to send; invalid if none
    bool held = false;
};

// The spool folder (seed 004: "stored in a local folder ... sent one by one").
//
// Layout of dir():
//   <id>.msg      one message: a first line "MWQ1 <metadata as JSON>", then the message
//                 bytes (CR LF line ends). Written once, whole, by AtomicFile (temporary
//                 file, fsync, rename, directory fsync), so a reader sees all or nothing.
//   <id>.state    the message's metadata as it changes (attempts, next attempt, last
//                 error, the recipients still to send to and those delivered), replacing
//                 the first line of <id>.msg. Small and written atomically, so recording
//                 an outcome never needs message-sized space on the disk.
//   dead/<id>.msg dead-lettered messages, same format (moved there by rename), with the
//                 reason in dead/<id>.state. A partial refusal gets its own dead letter
//                 <id>-r<N> (a hard link to the message where the system has them).
//   spare/<n>     spare files: files of delivered messages (n: an id of the moment each
//                 became a spare), their bytes zeroed, kept so that the next message queued
//                 is written over one (its disk blocks reused) instead of a file being
//                 removed and another created: on a disk that discards the blocks of a
//                 removed file, each removal waits for that. Not messages: nothing lists,
//                 counts, recovers or sends them. At most kMaxSpares files of up to
//                 kSpareMaxBytes, none older than a day (QueueRemover); a purge and a
//                 hold for spool storage remove them.
//                 spare/.<n> is one being made (or left by a killed runner: removed).
//   .hold-storage an empty marker: the spool could not be written (a full disk has no
//                 room for hold.json, but an empty file needs no data block).
//   .lock         flock(2) held by whoever changes existing messages (the runner's pass,
//                 retry, purge). Enqueuing needs no lock: new names never collide.
//   .journal      ids whose final dot may have been sent in the current pass, appended and
//                 fdatasync'ed before that dot can leave, a group of them at a time (the
//                 session's end-of-data gate; docs/RELIABILITY.md). A pass ends by syncing the
//                 folder and removing the journal; if the journal exists when a pass begins, the
//                 previous runner died mid-pass and those ids are marked "outcome unknown".
//   hold.json, backoff.json, queue.log (refusals, dead letters, unknown outcomes).
class Queue
{
    Q_DECLARE_TR_FUNCTIONS(mw::Queue)

public:
    explicit Queue(QString dir);
    // delivery/queue_dir, or AppLocalDataLocation/queue when empty.
    [[nodiscard]] static QString dirFor(const MailSettings &settings);
    // SettingsFacts::fingerprint of every setting (passwords are not settings): the hold
    // is lifted when it changes.
    [[nodiscard]] static QString settingsFingerprint(const MailSettings &settings);

    [[nodiscard]] QString dir() const { return m_dir; }
    // Creates the folders (mode 0700, owned by this user, not a symbolic link; refused
    // otherwise with a sentence naming the folder).
    bool ensure(QString *error);

    // CR LF line ends throughout (a bare CR or LF becomes CR LF; RFC 5321 §2.3.8): what
    // the spool, the pickup folder and `send -t` hand on, so that no bare line end can
    // smuggle an end of DATA past a server.
    [[nodiscard]] static QByteArray normalizeLineEnds(const QByteArray &content);

    // Writes a new message durably; returns its id. When this returns, the message
    // survives a crash or power loss.
    std::optional<QString> enqueue(QueuedMessage message, QString *error);

    // Messages to send (waiting and unknown-outcome), oldest first; dead ones with withDead.
    [[nodiscard]] QList<QueuedMessage> list(bool withDead, bool withContent = false) const;
    // The ids of the dead letters (the dead/ folder), oldest first, without reading them.
    [[nodiscard]] QStringList deadIds() const;
    // The runner's batch: the messages to send, oldest first, read one at a time with
    // their content and handed to `take`, which says whether the message is taken (it may
    // change it). Reading stops once `limit` are taken or their content reaches
    // `limitBytes` (at least one is taken), so the files behind them are not read at all;
    // *full then says that it stopped there.
    [[nodiscard]] QList<QueuedMessage> listDue(int limit, qint64 limitBytes,
                                               const std::function<bool(QueuedMessage &)> &take,
                                               bool *full = nullptr) const;
    // How many messages wait (dead letters not counted): the spool's message files,
    // counted without reading them (what list(false).size() says, at a fraction of the cost).
    [[nodiscard]] int waitingCount() const;
    [[nodiscard]] std::optional<QueuedMessage> load(const QString &id, bool withContent) const;
    // A full id from a unique prefix (as `queue retry 2025...` accepts); empty + error.
    [[nodiscard]] QString resolveId(const QString &prefix, QString *error) const;

    // The following change existing messages: call them with the lock held.
    bool update(const QueuedMessage &message, QString *error); // content must be loaded
    bool remove(const QString &id, QString *error);            // after delivery
    // The same; stateFile false: the message has no <id>.state (QueuedMessage::stateFile).
    bool remove(const QString &id, bool stateFile, QString *error);
    bool moveToDead(QueuedMessage message, QString *error); // content must be loaded
    bool retry(const QString &id, QString *error);          // dead or waiting → due now
    bool purge(const QString &id, QString *error);          // removes, wherever it is
    // A dead letter for part of a message (the recipients refused for good while others
    // got it or wait): a new, unique id "<id>-r<N>"; returns it.
    std::optional<QString> addDeadLetter(const QueuedMessage &part, QString *error);

    // Spare files (spare/, QueueSpares.cpp). Only regular files of this size or less are
    // kept, and at most this many.
    static constexpr qint64 kSpareMaxBytes = 32 * 1024;
    static constexpr int kMaxSpares = 2000;
    [[nodiscard]] QString spareDir() const;
    // The spares' names, oldest first; hidden: those with a leading dot (being made).
    [[nodiscard]] QStringList spares(bool hidden = false) const;
    // After delivery, like remove(), but with keepSpare the file becomes a spare where it
    // can (Unix: a file of its own, not larger than kSpareMaxBytes): *spared says so.
    bool retire(const QString &id, bool stateFile, bool keepSpare, bool *spared, QString *error);
    // Of the names spares() gave, those to remove: older than a day, and the oldest beyond
    // `keep`.
    [[nodiscard]] QStringList staleSpares(const QStringList &sorted, int keep) const;
    // Removes these spares; returns how many were there.
    int dropSpares(const QStringList &names) const;
    // Tests: called at the steps of taking a spare for a new message (to stop there).
    enum class SpareStep { Claimed, Written };
    static void setSpareHook(std::function<void(SpareStep)> hook);

    // The journal of the current pass.
    bool journalAppend(const QString &id, QString *error);
    // Several ids with one fdatasync (group commit: the messages of one pipeline window).
    bool journalAppend(const QStringList &ids, QString *error);
    // Marks the ids of a leftover journal "outcome unknown" and removes the journal; also
    // removes temporary files a killed writer left behind. Returns the ids marked.
    QStringList recover(QString *error);
    // End of a pass: the removals are made durable, then the journal goes (kept with
    // keepJournal: outcomes of this pass are not on disk yet).
    void endPass(bool keepJournal = false);

    [[nodiscard]] QueueHold hold() const;
    bool setHold(const QueueHold &hold, QString *error);
    // Holds the queue for "spool storage"; when hold.json cannot be written either (a
    // full disk), an empty marker file records it.
    bool setStorageHold(const QString &why, QString *error);
    void clearHold();
    // A new SMTP or POP3 password was stored: a hold for a refused login (auth_failed, not
    // an OAuth2 sign-in, which a new sign-in lifts) ends, as a settings change would end it.
    // Returns whether a hold was lifted.
    bool releaseLoginHold();
    // The admin accepted what the server offers now: a hold for a refused downgrade ends.
    bool releaseDowngradeHold();
    [[nodiscard]] QueueBackoff backoff() const;
    bool setBackoff(const QueueBackoff &backoff, QString *error);

    [[nodiscard]] QueueStats stats(const QString &currentSettingsHash) const;
    // Appends one line (UTC time stamp first) to queue.log.
    void log(const QString &line) const;
    [[nodiscard]] QString logPath() const;

    // The exclusive lock of the queue; released by the destructor (and by the kernel
    // when the process dies, so a SIGKILLed runner never leaves a stale lock).
    class Lock
    {
    public:
        enum class Result {
            Locked, // ours now
            Busy,   // another process holds it
            Failed, // the lock file cannot be opened or locked (read-only, a symbolic
                    // link, ...): errorString() says which file and why
        };
        explicit Lock(const QString &dir);
        ~Lock();
        Q_DISABLE_COPY_MOVE(Lock)
        [[nodiscard]] Result acquire();
        // Tries again every 50 ms while another process holds it, at most waitMs. Blocks:
        // for the CLI and worker threads, never a GUI thread.
        [[nodiscard]] Result acquire(int waitMs);
        bool tryLock() { return acquire() == Result::Locked; }
        void unlock();
        [[nodiscard]] bool isLocked() const { return m_locked; }
        [[nodiscard]] QString errorString() const { return m_error; }

    private:
        QString m_path;
        QString m_error;
        int m_fd = -1;                         // flock(2) on Unix
        std::unique_ptr<QLockFile> m_lockFile; // elsewhere
        bool m_locked = false;
    };

    // Serialization of one spool file (exposed for tests).
    [[nodiscard]] static QByteArray serialize(const QueuedMessage &message);
    [[nodiscard]] static std::optional<QueuedMessage> parse(const QByteArray &data,
                                                            bool withContent);
    [[nodiscard]] static QString newId();
    // The id newId() gives at that moment (nanoseconds since 1970, UTC; earlier counts as
    // 1970), with that sequence number (its last two digits) and random tail.
    [[nodiscard]] static QString idAt(qint64 nsSinceEpoch, quint32 sequence, quint16 random);

private:
    [[nodiscard]] QString pathFor(const QString &id, bool dead) const;
    [[nodiscard]] QString statePathFor(const QString &id, bool dead) const;
    bool write(const QString &path, const QueuedMessage &message, QString *error) const;
    // A new message's file, durably: written over a spare where there is one, else by
    // AtomicFile (the same steps: a temporary, fsync, rename, the folder's fsync).
    bool writeNew(const QString &id, const QByteArray &data, QString *error) const;
    bool writeState(const QueuedMessage &message, bool dead, QString *error) const;
    // The message file of id (in dead/ or not) with its .state applied. hasState: whether
    // the folder's listing showed a .state file (no attempt to open one that is not there);
    // unknown (nullopt) for a single message.
    [[nodiscard]] std::optional<QueuedMessage> read(const QString &id, bool dead, bool withContent,
                                                    std::optional<bool> hasState = {}) const;

    QString m_dir;
};

} // namespace mw
