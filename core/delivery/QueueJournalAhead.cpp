// SPDX-License-Identifier: GPL-3.0-or-later
#include "QueueJournalAhead.h"

#include "Queue.h"

namespace mw {

QueueJournalAhead::QueueJournalAhead(QString queueDir, QStringList ids, Writer writer)
    : m_dir(std::move(queueDir))
    , m_ids(std::move(ids))
    , m_write(std::move(writer))
{
    if (!m_write) {
        m_write = [](const QString &dir, const QStringList &group, QString *error) {
            return Queue(dir).journalAppend(group, error);
        };
    }
}

QueueJournalAhead::~QueueJournalAhead()
{
    settle();
    if (m_worker.joinable()) {
        {
            std::lock_guard<std::mutex> lock(m_mutex);
            m_stop = true;
        }
        m_wake.notify_one();
        m_worker.join();
    }
}

void QueueJournalAhead::runWorker()
{
    std::unique_lock<std::mutex> lock(m_mutex);
    for (;;) {
        m_wake.wait(lock, [this] { return m_stop || m_job.has_value(); });
        if (!m_job) // stopped, with nothing asked for (settle() came first)
            return;
        Write w = *m_job;
        m_job.reset();
        lock.unlock();
        w.ok = m_write(m_dir, m_ids.mid(w.first, w.count), &w.error);
        lock.lock();
        m_done = std::move(w);
        m_wake.notify_all();
    }
}

void QueueJournalAhead::settle()
{
    absorb(true, nullptr);
}

bool QueueJournalAhead::absorb(bool wait, QString *error)
{
    std::optional<Write> done;
    if (m_inFlight) {
        std::unique_lock<std::mutex> lock(m_mutex);
        if (wait)
            m_wake.wait(lock, [this] { return m_done.has_value(); });
        done.swap(m_done);
    }
    if (done) {
        m_inFlight = false;
        const Write &w = *done;
        if (w.ok) {
            m_runEnd = w.first + w.count; // an ahead write starts where the run ends
        } else {
            m_failed = true;
            m_failure = w.error;
        }
    }
    if (m_failed && error)
        *error = m_failure;
    return !m_failed;
}

void QueueJournalAhead::startAhead(int first)
{
    const int count = qMin(m_aheadSize, int(m_ids.size()) - m_runEnd);
    // One write at a time, from the run's end, once the session is within one write
    // ahead of it: the journal never runs further ahead of the wire than it must.
    if (m_inFlight || m_failed || count <= 0 || m_runEnd - first > m_aheadSize)
        return;
    m_aheadEnd = m_runEnd + count;
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        Write w;
        w.first = m_runEnd;
        w.count = count;
        m_job = w;
    }
    m_inFlight = true;
    if (!m_worker.joinable())
        m_worker = std::thread([this] { runWorker(); });
    else
        m_wake.notify_all();
}

bool QueueJournalAhead::commit(int first, int count, QString *error)
{
    const int n = int(m_ids.size());
    first = qBound(0, first, n);
    count = qBound(0, count, n - first);
    if (m_aheadSize == 0)
        m_aheadSize = qMax(1, count);
    const auto covered = [this, first, count] {
        return first >= m_runFrom && first + count <= m_runEnd;
    };
    if (!absorb(false, error))
        return false;
    if (!covered() && m_inFlight) {
        // One writer at a time. When the write under way holds what is asked for, the
        // disk is slower than the wire: write further ahead from now on.
        if (first < m_aheadEnd)
            m_aheadSize = qMin(m_aheadSize * 2, qMax(kMaxAhead, count));
        if (!absorb(true, error))
            return false;
    }
    if (!covered() && count > 0) {
        // Not written yet (the first group, or messages after a gap: those before it
        // finished before their end of data): now, from the run's end when it reaches.
        const bool joins = first >= m_runFrom && first <= m_runEnd;
        const int from = joins ? m_runEnd : first;
        if (!m_write(m_dir, m_ids.mid(from, first + count - from), error)) {
            m_failed = true;
            m_failure = error ? *error : QString();
            return false;
        }
        if (!joins)
            m_runFrom = first;
        m_runEnd = first + count;
    }
    startAhead(first);
    return true;
}

} // namespace mw
