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
    QByteArray content;  // the RFC 5322 message; loaded on request

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
//                 bytes. Written whole by AtomicFile (temporary file, fsync, rename,
//                 directory fsync), so a reader sees the old or the new file, never a part.
//   dead/<id>.msg dead-lettered messages, same format, with the reason.
//   .lock         flock(2) held by whoever changes existing messages (the runner's pass,
//                 retry, purge). Enqueuing needs no lock: new names never collide.
//   .journal      ids whose final dot may have been sent in the current pass, appended and
//                 fdatasync'ed before that dot can leave. A pass ends by syncing the folder
//                 and removing the journal; if the journal exists when a pass begins, the
//                 previous runner died mid-pass and those ids are marked "outcome unknown".
//   hold.json, backoff.json, queue.log (refusals, dead letters, unknown outcomes).
class Queue
{
    Q_DECLARE_TR_FUNCTIONS(mw::Queue)

public:
    explicit Queue(QString dir);
    // delivery/queue_dir, or AppLocalDataLocation/queue when empty.
    [[nodiscard]] static QString dirFor(const MailSettings &settings);
    // A short fingerprint of every setting (passwords are not settings): the hold is
    // lifted when it changes.
    [[nodiscard]] static QString settingsFingerprint(const MailSettings &settings);

    [[nodiscard]] QString dir() const { return m_dir; }
    // Creates the folders (mode 0700).
    bool ensure(QString *error);

    // Writes a new message durably; returns its id. When this returns, the message
    // survives a crash or power loss.
    std::optional<QString> enqueue(QueuedMessage message, QString *error);

    // Messages to send (waiting and unknown-outcome), oldest first; dead ones with withDead.
    [[nodiscard]] QList<QueuedMessage> list(bool withDead, bool withContent = false) const;
    [[nodiscard]] std::optional<QueuedMessage> load(const QString &id, bool withContent) const;
    // A full id from a unique prefix (as `queue retry 2025...` accepts); empty + error.
    [[nodiscard]] QString resolveId(const QString &prefix, QString *error) const;

    // The following change existing messages: call them with the lock held.
    bool update(const QueuedMessage &message, QString *error); // content must be loaded
    bool remove(const QString &id, QString *error);            // after delivery
    bool moveToDead(QueuedMessage message, QString *error);    // content must be loaded
    bool retry(const QString &id, QString *error);             // dead or waiting → due now
    bool purge(const QString &id, QString *error);             // removes, wherever it is

    // The journal of the current pass.
    bool journalAppend(const QString &id, QString *error);
    // Marks the ids of a leftover journal "outcome unknown" and removes the journal; also
    // removes temporary files a killed writer left behind. Returns the ids marked.
    QStringList recover(QString *error);
    // End of a pass: the removals are made durable, then the journal goes.
    void endPass();

    [[nodiscard]] QueueHold hold() const;
    bool setHold(const QueueHold &hold, QString *error);
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
        explicit Lock(const QString &dir);
        ~Lock();
        Q_DISABLE_COPY_MOVE(Lock)
        bool tryLock();
        void unlock();
        [[nodiscard]] bool isLocked() const { return m_locked; }

    private:
        QString m_path;
        int m_fd = -1;                         // flock(2) on Unix
        std::unique_ptr<QLockFile> m_lockFile; // elsewhere
        bool m_locked = false;
    };

    // Serialization of one spool file (exposed for tests).
    [[nodiscard]] static QByteArray serialize(const QueuedMessage &message);
    [[nodiscard]] static std::optional<QueuedMessage> parse(const QByteArray &data,
                                                            bool withContent);
    [[nodiscard]] static QString newId();

private:
    [[nodiscard]] QString pathFor(const QString &id, bool dead) const;
    bool write(const QString &path, const QueuedMessage &message, QString *error) const;

    QString m_dir;
};

} // namespace mw
