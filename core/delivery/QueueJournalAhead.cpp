// SPDX-License-Identifier: GPL-3.0-or-later
#include "QueueJournalAhead.h"

#include "Queue.h"

namespace mw {

QueueJournalAhead::QueueJournalAhead(QString queueDir, QStringList ids)
    : m_dir(std::move(queueDir))
    , m_ids(std::move(ids))
{}

QueueJournalAhead::~QueueJournalAhead()
{
    settle();
}

void QueueJournalAhead::settle()
{
    if (m_ahead.valid())
        m_done = m_ahead.get();
}

bool QueueJournalAhead::commit(int first, int count, QString *error)
{
    const int n = int(m_ids.size());
    first = qBound(0, first, n);
    count = qBound(0, count, n - first);
    bool covered = false;
    // One writer of the journal at a time: the write ahead ends before any other.
    settle();
    if (m_done) {
        const Write w = *m_done;
        m_done.reset();
        if (!w.ok) {
            if (error)
                *error = w.error;
            return false;
        }
        covered = first >= w.first && first + count <= w.first + w.count;
    }
    if (!covered && count > 0) {
        Queue q(m_dir);
        if (!q.journalAppend(m_ids.mid(first, count), error))
            return false;
    }
    // The group behind this one, as large, while this one is on its way.
    const int next = first + count;
    const int ahead = qMin(count, n - next);
    if (ahead > 0) {
        m_ahead = std::async(std::launch::async,
                             [dir = m_dir, ids = m_ids.mid(next, ahead), next, ahead] {
                                 Write w;
                                 w.first = next;
                                 w.count = ahead;
                                 w.ok = Queue(dir).journalAppend(ids, &w.error);
                                 return w;
                             });
    }
    return true;
}

} // namespace mw
