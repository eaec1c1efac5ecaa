// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>
#include <utility>
#include <vector>

namespace mw {

// Removes the spool files of delivered messages on worker threads while the session goes
// on: on a disk that syncs the spool, a removal frees the message's blocks and can take a
// millisecond (ext4 without a journal on a disk mounted with "discard" waits for the
// discard of each file's blocks, after the folder's lock is released), which the session
// no longer waits for; kThreads of them overlap those waits (1000 removals, one thread:
// 0.071-0.123 s, two: 0.048-0.100 s; more did not help, the discards seem to go one at a
// time at the disk). Until finish() returns, a removal may still be under way: whoever
// lists the spool or ends the pass calls finish() first. A crash before a removal leaves
// that file in the spool with its id in the journal: it is marked "outcome unknown" and
// sent again (docs/RELIABILITY.md), never lost.
class QueueRemover
{
public:
    explicit QueueRemover(QString queueDir);
    // Waits for the removals asked for.
    ~QueueRemover();
    QueueRemover(const QueueRemover &) = delete;
    QueueRemover &operator=(const QueueRemover &) = delete;

    static constexpr int kThreads = 2;

    // stateFile: whether <id>.state may exist (QueuedMessage::stateFile).
    void remove(const QString &id, bool stateFile = true);
    // Waits until every removal asked for is done; the ones that failed, with why (the
    // file is still there). The remover can be used again afterwards.
    [[nodiscard]] QList<std::pair<QString, QString>> finish();

private:
    void run();

    QString m_dir;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::condition_variable m_idle;
    std::deque<std::pair<QString, bool>> m_ids;
    QList<std::pair<QString, QString>> m_failed;
    int m_busy = 0; // removals under way
    bool m_stop = false;
    std::vector<std::thread> m_threads;
};

} // namespace mw
