// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

#include <future>
#include <optional>

namespace mw {

// The queue runner's end-of-data gate with the next group written ahead (docs/
// RELIABILITY.md, "Queue flush: group commit and pipelining"). commit(first, count)
// returns once the ids of messages first..first+count-1 of the batch are in the spool's
// journal and fdatasync'ed, which the session needs before their ends of data leave;
// then it starts writing the ids of the group behind them on a worker thread, so that
// their fdatasync runs while this group is on the wire instead of stopping the session
// when that group's turn comes. The next commit waits for that write (usually long done)
// and writes nothing more when it covers the group asked for. After a crash up to one
// more group is marked "outcome unknown" than without it (never sent, sent again).
class QueueJournalAhead
{
public:
    // ids: the batch's, in the session's order (message i is ids[i]).
    QueueJournalAhead(QString queueDir, QStringList ids);
    // Waits for a write under way.
    ~QueueJournalAhead();
    QueueJournalAhead(const QueueJournalAhead &) = delete;
    QueueJournalAhead &operator=(const QueueJournalAhead &) = delete;

    // False with the sentence in *error when the journal cannot be written (then nothing
    // more is written ahead).
    bool commit(int first, int count, QString *error);
    // Waits for a write under way: before the journal is removed at the end of a pass.
    void settle();

private:
    struct Write
    {
        int first = 0;
        int count = 0;
        bool ok = false;
        QString error;
    };

    QString m_dir;
    QStringList m_ids;
    std::future<Write> m_ahead;
    std::optional<Write> m_done; // the write ahead, once settled, until a commit uses it
};

} // namespace mw
