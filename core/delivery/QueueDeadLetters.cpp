// SPDX-License-Identifier: GPL-3.0-or-later
// Dead letters: moving a message to dead/ (or a part of it as "<id>-r<N>"), retrying one,
// purging one. Moves are renames or hard links, so they work on a full disk.
#include "Queue.h"
#include "QueueSpool.h"

#include <QFile>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

namespace mw {

using spool::syncDir;

namespace {

// Moves (or links) a message file within the spool: no data is copied, so it works on a
// full disk. False when the system cannot (then the caller writes a copy).
bool moveFile(const QString &from, const QString &to, bool link)
{
#ifdef Q_OS_UNIX
    const QByteArray f = QFile::encodeName(from);
    const QByteArray t = QFile::encodeName(to);
    return link ? ::link(f.constData(), t.constData()) == 0
                : ::rename(f.constData(), t.constData()) == 0;
#else
    // Windows: QFile::rename moves within a volume without copying; a hard link is not
    // offered by Qt, so a partial dead letter is written as a copy there.
    return !link && QFile::rename(from, to);
#endif
}

} // namespace

bool Queue::moveToDead(QueuedMessage m, QString *error)
{
    // The reason first (a crash in between leaves a state file that recover() removes),
    // then the message moves by rename: no message-sized write.
    m.state = QueuedMessage::State::Dead;
    if (!writeState(m, true, error))
        return false;
    if (!moveFile(pathFor(m.id, false), pathFor(m.id, true), false)) {
        if (!write(pathFor(m.id, true), m, error))
            return false;
        if (!QFile::remove(pathFor(m.id, false)) && QFile::exists(pathFor(m.id, false))) {
            if (error)
                *error = tr("Cannot remove %1 from the queue.").arg(m.id);
            return false;
        }
    }
    QFile::remove(statePathFor(m.id, false));
    syncDir(m_dir);
    syncDir(m_dir + QStringLiteral("/dead"));
    log(QStringLiteral("dead %1 to %2: %3 [%4]")
            .arg(m.id, m.recipients.join(QLatin1Char(',')), m.lastMessage, m.serverReply));
    return true;
}

std::optional<QString> Queue::addDeadLetter(const QueuedMessage &part, QString *error)
{
    QueuedMessage dead = part;
    dead.state = QueuedMessage::State::Dead;
    for (int n = 1;; ++n) {
        dead.id = part.id + QStringLiteral("-r%1").arg(n);
        if (!QFile::exists(pathFor(dead.id, true)) && !QFile::exists(statePathFor(dead.id, true)))
            break;
    }
    if (!writeState(dead, true, error))
        return std::nullopt;
    if (!moveFile(pathFor(part.id, false), pathFor(dead.id, true), true)) {
        QueuedMessage copy = dead;
        if (copy.content.isEmpty()) {
            if (auto loaded = load(part.id, true))
                copy.content = loaded->content;
        }
        if (!write(pathFor(dead.id, true), copy, error)) {
            QFile::remove(statePathFor(dead.id, true));
            return std::nullopt;
        }
    }
    syncDir(m_dir + QStringLiteral("/dead"));
    log(QStringLiteral("dead %1 to %2: %3")
            .arg(dead.id, dead.recipients.join(QLatin1Char(',')), dead.serverReply));
    return dead.id;
}

bool Queue::retry(const QString &id, QString *error)
{
    auto m = load(id, false);
    if (!m) {
        if (error)
            *error = tr("No queued message has the id %1.").arg(id);
        return false;
    }
    const bool wasDead = m->state == QueuedMessage::State::Dead;
    m->state = QueuedMessage::State::Waiting;
    m->nextAttempt = QDateTime::currentDateTimeUtc();
    if (!writeState(*m, false, error))
        return false;
    if (wasDead) {
        if (!moveFile(pathFor(id, true), pathFor(id, false), false)) {
            auto full = read(id, true, true);
            if (!full) {
                if (error)
                    *error = tr("No queued message has the id %1.").arg(id);
                return false;
            }
            full->state = QueuedMessage::State::Waiting;
            if (!write(pathFor(id, false), *full, error))
                return false;
            QFile::remove(pathFor(id, true));
        }
        QFile::remove(statePathFor(id, true));
        syncDir(m_dir);
        syncDir(m_dir + QStringLiteral("/dead"));
    }
    log(QStringLiteral("retry %1").arg(id));
    return true;
}

bool Queue::purge(const QString &id, QString *error)
{
    bool any = false;
    for (bool dead : {false, true}) {
        if (QFile::remove(pathFor(id, dead))) {
            any = true;
            QFile::remove(statePathFor(id, dead));
            syncDir(dead ? m_dir + QStringLiteral("/dead") : m_dir);
        }
    }
    if (!any && error)
        *error = tr("No queued message has the id %1.").arg(id);
    if (any) {
        // The operator wants messages gone: the files of delivered ones kept as spares go too.
        dropSpares(spares() + spares(true));
        log(QStringLiteral("purge %1").arg(id));
    }
    return any;
}
} // namespace mw
