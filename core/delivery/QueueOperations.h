// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Queue.h"
#include "settings/MailSettings.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace mw {

// The queue as an administrator sees it at one moment: what `queue list` prints and the
// window's Queue view shows.
struct QueueSnapshot
{
    QString dir;
    QueueHold hold;
    bool held = false; // the hold applies to the settings the snapshot was read for
    QueueBackoff backoff;
    QList<QueuedMessage> messages; // waiting, unknown-outcome and dead letters, oldest first
    QueueStats stats;

    // "held", "retrying" (a back-off after connection trouble) or "ready".
    [[nodiscard]] QString statusId() const;
    // "spool storage" or the hold's error class id; empty when not held.
    [[nodiscard]] QString holdReasonId() const;
    // QueuedMessage::stateId, but "held" for a message the hold stops.
    [[nodiscard]] QString stateId(const QueuedMessage &m) const;
};

// The administrator's operations on the queue: the one place for `mailwright-cli queue
// list|retry|purge|release|show` and the window's Queue view. Each call reads or changes the
// spool on disk and blocks (the changes wait up to lockWaitMs for a running pass, which
// holds the queue's lock): the CLI calls them directly, the window from a worker thread.
class QueueOperations
{
    Q_DECLARE_TR_FUNCTIONS(mw::QueueOperations)

public:
    // How long the CLI waits for a pass of the runner to end before it says "busy".
    static constexpr int kCliLockWaitMs = 60000;

    struct Outcome
    {
        enum class Kind {
            Done,
            NotFound, // no message with that id (or the prefix is ambiguous): error says
            Busy,     // a pass of the runner held the lock for longer than the wait
            Failed,   // the spool or its lock could not be used: error says why
        };
        Kind kind = Kind::Failed;
        QString id; // the full id the prefix resolved to
        QString error;

        [[nodiscard]] bool ok() const { return kind == Kind::Done; }
    };

    [[nodiscard]] static QueueSnapshot snapshot(const MailSettings &settings);

    // Due now: a waiting message on the next pass; a dead letter moves back to the queue.
    // idOrPrefix: the id or a unique start of it (as `queue retry 2026...`).
    [[nodiscard]] static Outcome retry(const MailSettings &settings, const QString &idOrPrefix,
                                       int lockWaitMs);
    // Deletes the message, waiting or dead.
    [[nodiscard]] static Outcome remove(const MailSettings &settings, const QString &idOrPrefix,
                                        int lockWaitMs);
    // Lifts the hold of the whole queue (whatever held it): the next pass tries again, and
    // holds again if the trouble is still there. NotFound when nothing was held.
    [[nodiscard]] static Outcome releaseHold(const MailSettings &settings, int lockWaitMs);
    // The message with its content (headers and body); nullopt with *error.
    [[nodiscard]] static std::optional<QueuedMessage>
    show(const MailSettings &settings, const QString &idOrPrefix, QString *error);
    // What Show message prints: the spool's facts, then the message as it will be sent
    // (headers and body). The spool never holds a password; an AUTH line cannot be in it.
    [[nodiscard]] static QString showText(const QueuedMessage &m);
    // The last error of a message in plain words: its sentence, then the server's reply.
    [[nodiscard]] static QString lastErrorText(const QueuedMessage &m);

    // POP-before-SMTP: a runner's POP3 login opens a relay window on the SMTP server; it
    // records the login in the spool (relay-login.json) so that the window can say until
    // when the relay is authorised. Best effort: nothing depends on the file.
    static void recordRelayLogin(const QString &queueDir, const QDateTime &at,
                                 const QString &account);
    // The POP3 account of settings as a relay login names it ("host:port user"): the
    // login of another account (the settings changed) opens nothing for these.
    [[nodiscard]] static QString relayAccount(const MailSettings &settings);
    // The end of the relay window the last recorded login opened for the POP3 account of
    // settings (smtp/auth = pop-before-smtp); invalid when none is open at now.
    [[nodiscard]] static QDateTime relayAuthorisedUntil(const MailSettings &settings,
                                                        const QDateTime &now);

private:
    // Resolves the id, takes the lock (waiting up to lockWaitMs) and runs change.
    template<typename Change>
    static Outcome locked(const MailSettings &settings, const QString &idOrPrefix, int lockWaitMs,
                          Change change);
};

} // namespace mw
