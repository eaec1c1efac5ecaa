// SPDX-License-Identifier: GPL-3.0-or-later
#include "QueueJournalAhead.h"

#include "Queue.h"

#include <chrono>

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
}

void QueueJournalAhead::settle()
{
    absorb(true, nullptr);
}

bool QueueJournalAhead::absorb(bool wait, QString *error)
{
    if (m_ahead.valid() &&
        (wait || m_ahead.wait_for(std::chrono::seconds(0)) == std::future_status::ready)) {
        const Write w = m_ahead.get();
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
    if (m_ahead.valid() || m_failed || count <= 0 || m_runEnd - first > m_aheadSize)
        return;
    m_aheadEnd = m_runEnd + count;
    m_ahead = std::async(std::launch::async, [dir = m_dir, ids = m_ids.mid(m_runEnd, count),
                                              start = m_runEnd, count, write = m_write] {
        Write w;
        w.first = start;
        w.count = count;
        w.ok = write(dir, ids, &w.error);
        return w;
    });
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
    if (!covered() && m_ahead.valid()) {
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
