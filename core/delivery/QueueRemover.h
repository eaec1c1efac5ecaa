// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Queue.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>
#include <utility>
#include <vector>

namespace mw {

// Retires the spool files of delivered messages on worker threads while the session goes
// on. A removal frees the message's blocks, and on a disk mounted with "discard" (ext4
// without a journal here) each one waits for the discard of its blocks: 0.05-0.15 s per
// 1000 on a quiet disk, seconds on a busy one. So a delivered file of up to
// Queue::kSpareMaxBytes is moved into the spool's spare/ folder instead (two renames, its
// bytes zeroed; Queue::retire), where the next message queued writes over it
// (Queue::enqueue), as long as spare/ holds fewer than maxSpares; the others are removed
// as before. Spares older than a day and those beyond maxSpares are removed here too, after
// the session's files. kThreads of them overlap their waits (1000 removals, one thread:
// 0.071-0.123 s, two: 0.048-0.100 s). Until finish() returns, a removal may still be under
// way: whoever lists the spool or ends the pass calls finish() first. A crash before a
// removal leaves that file in the spool with its id in the journal: it is marked "outcome
// unknown" and sent again (docs/RELIABILITY.md), never lost.
class QueueRemover
{
public:
    // maxSpares: how many spare files spare/ may hold (0: none kept, every file removed).
    explicit QueueRemover(QString queueDir, int maxSpares = Queue::kMaxSpares);
    // Waits for the removals asked for.
    ~QueueRemover();
    QueueRemover(const QueueRemover &) = delete;
    QueueRemover &operator=(const QueueRemover &) = delete;

    static constexpr int kThreads = 2;
    // Removals asked for before a thread is woken without wake() or finish().
    static constexpr size_t kWakeBatch = 16;

    // stateFile: whether <id>.state may exist (QueuedMessage::stateFile). The threads are
    // woken once kWakeBatch removals wait, or by wake() or finish().
    void remove(const QString &id, bool stateFile = true);
    // Starts the removals asked for so far (the end of a burst of replies).
    void wake();
    // Waits until every removal asked for (and the spares' trimming) is done; the ones that
    // failed, with why (the file is still there). The remover can be used again afterwards.
    [[nodiscard]] QList<std::pair<QString, QString>> finish();
    // How many delivered files became spares so far.
    [[nodiscard]] int spared();

private:
    void takeInventory();
    void run();

    QString m_dir;
    const int m_maxSpares;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::condition_variable m_idle;
    std::deque<std::pair<QString, bool>> m_ids;
    QStringList m_trim; // spares to remove, once the delivered files are done
    QList<std::pair<QString, QString>> m_failed;
    int m_room = 0; // spares that may still be kept
    int m_spared = 0;
    int m_busy = 0;       // removals under way
    bool m_ready = false; // the spares are counted (the first thread's first job)
    bool m_stop = false;
    std::vector<std::thread> m_threads;
};

} // namespace mw
