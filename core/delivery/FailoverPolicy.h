// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "protocol/Result.h"

#include <QDateTime>
#include <QString>

namespace mw {

// Where the queue's mail goes while the primary SMTP server cannot take it (issue 23): the
// state survives a restart of the runner (each `queue run --once` is a new process) in
// failover.json in the spool folder.
struct FailoverState
{
    // The first connection-class failure of the primary in the current outage; invalid
    // while it answers.
    QDateTime outageSince;
    bool onBackup = false; // the last session went to the backup server
    QString reason;        // why (the outage's or the hold's sentence)

    [[nodiscard]] bool operator==(const FailoverState &o) const = default;
};

// The decision after a session with the primary, kept pure so that it can be tested
// without servers.
struct FailoverDecision
{
    FailoverState state;            // to record
    bool toBackup = false;          // this pass goes on to the backup server now
    bool failedOver = false;        // ... and the queue was on the primary before
    bool returnedToPrimary = false; // the primary answered again after a failover
};

namespace FailoverPolicy {

// primary: the result of the primary's session; held: it held the queue (wrong password,
// sign-in required, refused downgrade: the backup at once); afterSeconds: how long
// connection-class failures must last before the backup is used (backup_smtp/after).
[[nodiscard]] FailoverDecision afterPrimary(const QDateTime &now, const FailoverState &before,
                                            const Result &primary, bool held, int afterSeconds);

// The state in <queueDir>/failover.json (none: a default state).
[[nodiscard]] FailoverState load(const QString &queueDir);
// Writes it atomically (a default state removes the file).
bool save(const QString &queueDir, const FailoverState &state, QString *error);

} // namespace FailoverPolicy
} // namespace mw
