// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>
#include <utility>

namespace mw {

// Removes the spool files of delivered messages on a worker thread, in the order given,
// while the session goes on: on a disk that syncs the spool, a removal frees the message's
// blocks in the file system's journal and can take a millisecond, which the session no
// longer waits for. Until finish() returns, a removal may still be under way: whoever lists
// the spool or ends the pass calls finish() first. A crash before a removal leaves that
// file in the spool with its id in the journal: it is marked "outcome unknown" and sent
// again (docs/RELIABILITY.md), never lost.
class QueueRemover
{
public:
    explicit QueueRemover(QString queueDir);
    // Waits for the removals asked for.
    ~QueueRemover();
    QueueRemover(const QueueRemover &) = delete;
    QueueRemover &operator=(const QueueRemover &) = delete;

    void remove(const QString &id);
    // Waits until every removal asked for is done; the ones that failed, with why (the
    // file is still there). The remover can be used again afterwards.
    [[nodiscard]] QList<std::pair<QString, QString>> finish();

private:
    void run();

    QString m_dir;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::condition_variable m_idle;
    std::deque<QString> m_ids;
    QList<std::pair<QString, QString>> m_failed;
    bool m_busy = false;
    bool m_stop = false;
    std::thread m_thread;
};

} // namespace mw
