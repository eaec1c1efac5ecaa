// SPDX-License-Identifier: GPL-3.0-or-later
// The journal of a pass (ids whose final dot may have left) and the recovery of a pass
// whose runner died.
#include "Queue.h"
#include "QueueSpool.h"
#include "settings/SpoolFiles.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>

namespace mw {

using spool::msgSuffix;
using spool::stateSuffix;
using spool::syncDir;

bool Queue::journalAppend(const QString &id, QString *error)
{
    return journalAppend(QStringList{id}, error);
}

bool Queue::journalAppend(const QStringList &ids, QString *error)
{
    // Synced before the final dot can leave; never through a symbolic link. One write and
    // one fdatasync for all of them: the ids of a commit group are durable together.
    QByteArray lines;
    for (const QString &id : ids)
        lines += id.toUtf8() + '\n';
    QString why;
    if (SpoolFiles::append(m_dir + QStringLiteral("/.journal"), lines, true, &why))
        return true;
    if (error)
        *error = tr("Cannot write the queue journal: %1").arg(why);
    return false;
}

QStringList Queue::recover(QString *error)
{
    QStringList marked;
    // Temporary files of writers that died before their rename (AtomicFile's ".name.XXXXXX").
    // Only old ones: a `send` running now may be writing one.
    const QDateTime old = QDateTime::currentDateTimeUtc().addSecs(-3600);
    for (const QString &d : QStringList{m_dir, m_dir + QStringLiteral("/dead")}) {
        // One directory read for both (no stat per message file).
        const QStringList names = spool::fileNames(d);
        const QSet<QString> present(names.cbegin(), names.cend());
        for (const QString &name : names) {
            if (name.startsWith(QLatin1Char('.'))) {
                if (name.indexOf(msgSuffix + QLatin1Char('.'), 1) >= 0 &&
                    QFileInfo(d + QLatin1Char('/') + name).lastModified().toUTC() < old)
                    QFile::remove(d + QLatin1Char('/') + name);
                continue;
            }
            // State files whose message is gone (a crash between the two removals). Only
            // the lock holder writes them, and that is the caller.
            if (name.endsWith(stateSuffix) &&
                !present.contains(name.chopped(stateSuffix.size()) + msgSuffix))
                QFile::remove(d + QLatin1Char('/') + name);
        }
    }
    const QString journal = m_dir + QStringLiteral("/.journal");
    QString why;
    const std::optional<QByteArray> data = SpoolFiles::read(journal, &why);
    if (!data) {
        if (!why.isEmpty() && error)
            *error = tr("Cannot read the queue journal: %1").arg(why);
        return marked;
    }
    QStringList ids;
    for (const QByteArray &line : data->split('\n')) {
        const QString id = QString::fromUtf8(line).trimmed();
        if (!id.isEmpty() && !ids.contains(id))
            ids << id;
    }
    for (const QString &id : std::as_const(ids)) {
        auto m = load(id, false);
        if (!m || m->state == QueuedMessage::State::Dead)
            continue; // delivered (removed) or already dealt with
        m->state = QueuedMessage::State::Unknown;
        m->lastError = ErrorClass::Network;
        m->lastPhase = Phase::Data;
        m->lastMessage = tr("The queue runner stopped while this message was being sent; the "
                            "server may have it already.");
        m->nextAttempt = QDateTime::currentDateTimeUtc();
        QString e;
        if (!update(*m, &e)) {
            if (error)
                *error = e;
            return marked; // keep the journal: try again next pass
        }
        marked << id;
        log(QStringLiteral("unknown-outcome %1 %2 (runner stopped during the pass)")
                .arg(id, m->messageId));
    }
    syncDir(m_dir);
    QFile::remove(journal);
    syncDir(m_dir);
    return marked;
}

void Queue::endPass(bool keepJournal)
{
    // The delivered files moved into spare/ and removed first, then the journal. spare/
    // before the spool: a crash between the two leaves a file under both names (at worst),
    // which writeNew recognises by its link count, never a file in neither.
    syncDir(spareDir());
    syncDir(m_dir);
    if (keepJournal)
        return;
    QFile::remove(m_dir + QStringLiteral("/.journal"));
    syncDir(m_dir);
}
} // namespace mw
