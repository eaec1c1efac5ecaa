// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

#include <condition_variable>
#include <functional>
#include <mutex>
#include <optional>
#include <thread>

namespace mw {

// The queue runner's end-of-data gate with the journal written ahead (docs/
// RELIABILITY.md, "Queue flush: group commit and pipelining"). commit(first, count)
// returns once the ids of messages first..first+count-1 of the batch are in the spool's
// journal and fdatasync'ed, which the session needs before their ends of data leave.
// Meanwhile the ids behind them are written on a worker thread (one write ahead at a
// time), so that their fdatasync runs while earlier messages are on the wire instead of
// stopping the session when their turn comes. The write ahead starts as large as the
// first group asked for and doubles, up to kMaxAhead ids, each time a commit finds it
// unfinished (a disk slower to sync than the wire is to carry that many messages); the
// next one starts once the session is within one write-ahead of the journal's end. After
// a crash, journalled messages that were not sent yet are marked "outcome unknown" too
// (never sent, sent again): at most the rest of the group asked for, plus two writes
// ahead. Every write ahead of one gate runs on the same worker thread, started by the
// first: a flush of 1000 messages makes dozens of them, and a thread started for each cost
// about 70 µs of CPU on a slow 2-core machine (docs/PERFORMANCE-QUEUE.md).
class QueueJournalAhead
{
public:
    // How a group of ids is made durable; Queue::journalAppend unless a test says otherwise.
    using Writer = std::function<bool(const QString &dir, const QStringList &ids, QString *error)>;
    static constexpr int kMaxAhead = 64;

    // ids: the batch's, in the session's order (message i is ids[i]).
    QueueJournalAhead(QString queueDir, QStringList ids, Writer writer = {});
    // Waits for a write under way.
    ~QueueJournalAhead();
    QueueJournalAhead(const QueueJournalAhead &) = delete;
    QueueJournalAhead &operator=(const QueueJournalAhead &) = delete;

    // False with the sentence in *error when the journal cannot be written (then nothing
    // more is written ahead).
    bool commit(int first, int count, QString *error);
    // Waits for a write under way: before the journal is removed at the end of a pass.
    void settle();
    // How many ids the next write ahead takes.
    [[nodiscard]] int aheadSize() const { return m_aheadSize; }

private:
    struct Write
    {
        int first = 0;
        int count = 0;
        bool ok = false;
        QString error;
    };

    // Takes a finished (or, with wait, any) write ahead into the durable run.
    bool absorb(bool wait, QString *error);
    void startAhead(int first);
    void runWorker();

    QString m_dir;
    QStringList m_ids;
    Writer m_write;
    // The write ahead under way (m_inFlight): handed to the worker in m_job (which ids of
    // m_ids, unchanged after construction), its outcome back in m_done, both under m_mutex.
    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::optional<Write> m_job;
    std::optional<Write> m_done;
    bool m_stop = false;
    std::thread m_worker;
    bool m_inFlight = false;
    // Ids runFrom..runEnd-1 are durable (written by consecutive writes).
    int m_runFrom = 0;
    int m_runEnd = 0;
    int m_aheadEnd = 0;  // the end of the write under way
    int m_aheadSize = 0; // 0 until the first commit sets it
    bool m_failed = false;
    QString m_failure;
};

} // namespace mw
