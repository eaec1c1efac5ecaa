// SPDX-License-Identifier: GPL-3.0-or-later
// The spool folder and its messages: where they are, enqueuing, reading and listing them.
// The other jobs of Queue have files of their own: QueueFormat.cpp (ids and the file
// format), QueueDeadLetters.cpp, QueueJournal.cpp, QueueHold.cpp (holds and back-off) and
// QueueLock.cpp.
#include "Queue.h"

#include "QueueSpool.h"
#include "settings/AtomicFile.h"
#include "settings/SettingsFacts.h"
#include "settings/SpoolFiles.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>

namespace mw {

using spool::msgSuffix;
using spool::stateSuffix;

Queue::Queue(QString dir)
    : m_dir(QDir::cleanPath(std::move(dir)))
{}

QString Queue::dirFor(const MailSettings &settings)
{
    if (!settings.delivery.queueDir.isEmpty())
        return QDir::cleanPath(settings.delivery.queueDir);
    return QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) +
           QStringLiteral("/queue");
}

QString Queue::settingsFingerprint(const MailSettings &settings)
{
    return SettingsFacts::fingerprint(settings);
}

bool Queue::ensure(QString *error)
{
    for (const QString &d : QStringList{m_dir, m_dir + QStringLiteral("/dead")}) {
        QString why;
        if (!SpoolFiles::ensurePrivateFolder(d, &why)) {
            if (error)
                *error = tr("The queue folder cannot be used: %1").arg(why);
            return false;
        }
    }
    return true;
}

QString Queue::pathFor(const QString &id, bool dead) const
{
    return m_dir + (dead ? QStringLiteral("/dead/") : QStringLiteral("/")) + id + msgSuffix;
}

QString Queue::statePathFor(const QString &id, bool dead) const
{
    return m_dir + (dead ? QStringLiteral("/dead/") : QStringLiteral("/")) + id + stateSuffix;
}

bool Queue::write(const QString &path, const QueuedMessage &m, QString *error) const
{
    return AtomicFile::write(path, serialize(m), 0600, error);
}

bool Queue::writeState(const QueuedMessage &m, bool dead, QString *error) const
{
    return spool::writeJson(statePathFor(m.id, dead), spool::metadata(m), error);
}

std::optional<QueuedMessage> Queue::read(const QString &id, bool dead, bool withContent) const
{
    QFile f(pathFor(id, dead));
    if (!f.open(QIODevice::ReadOnly))
        return std::nullopt; // delivered and removed meanwhile, or not there
    // The metadata line is short; the content only when asked for.
    auto m = parse(withContent ? f.readAll() : f.readLine(1 << 20), withContent);
    if (!m)
        return std::nullopt;
    const QJsonObject state = spool::readJson(statePathFor(id, dead));
    if (!state.isEmpty())
        spool::applyMetadata(state, *m);
    m->id = id; // the file name: a dead letter shares the first line of its message
    if (dead)
        m->state = QueuedMessage::State::Dead;
    else if (m->state == QueuedMessage::State::Dead)
        m->state = QueuedMessage::State::Waiting; // retried: the dead state file went
    return m;
}

std::optional<QString> Queue::enqueue(QueuedMessage m, QString *error)
{
    if (!ensure(error))
        return std::nullopt;
    if (m.recipients.isEmpty()) {
        if (error)
            *error = tr("The message has no recipient.");
        return std::nullopt;
    }
    m.id = newId();
    m.state = QueuedMessage::State::Waiting;
    m.delivered.clear();
    m.content = normalizeLineEnds(m.content);
    if (!m.created.isValid())
        m.created = QDateTime::currentDateTimeUtc();
    if (!m.nextAttempt.isValid())
        m.nextAttempt = m.created;
    if (!write(pathFor(m.id, false), m, error))
        return std::nullopt;
    return m.id;
}

QList<QueuedMessage> Queue::list(bool withDead, bool withContent) const
{
    QList<QueuedMessage> out;
    QStringList dirs{m_dir};
    if (withDead)
        dirs << m_dir + QStringLiteral("/dead");
    for (const QString &d : dirs) {
        const QStringList names =
            QDir(d).entryList({QStringLiteral("*.msg")}, QDir::Files, QDir::Name);
        for (const QString &name : names) {
            if (name.startsWith(QLatin1Char('.')))
                continue; // a temporary file of AtomicFile
            if (auto m = read(name.chopped(msgSuffix.size()), d != m_dir, withContent))
                out << *m;
        }
    }
    std::sort(out.begin(), out.end(),
              [](const QueuedMessage &a, const QueuedMessage &b) { return a.id < b.id; });
    return out;
}

int Queue::waitingCount() const
{
    int n = 0;
    for (const QString &name : QDir(m_dir).entryList({QStringLiteral("*.msg")}, QDir::Files)) {
        if (!name.startsWith(QLatin1Char('.'))) // a temporary file of AtomicFile
            ++n;
    }
    return n;
}

std::optional<QueuedMessage> Queue::load(const QString &id, bool withContent) const
{
    for (bool dead : {false, true}) {
        if (QFile::exists(pathFor(id, dead)))
            return read(id, dead, withContent);
    }
    return std::nullopt;
}

QString Queue::resolveId(const QString &prefix, QString *error) const
{
    QStringList matches;
    for (const QueuedMessage &m : list(true)) {
        if (m.id == prefix)
            return m.id;
        if (!prefix.isEmpty() && m.id.startsWith(prefix))
            matches << m.id;
    }
    if (matches.size() == 1)
        return matches.first();
    if (error)
        *error = matches.isEmpty() ? tr("No queued message has the id %1.").arg(prefix)
                                   : tr("%1 matches %2 messages; give more of the id.")
                                         .arg(prefix)
                                         .arg(matches.size());
    return {};
}

bool Queue::update(const QueuedMessage &m, QString *error)
{
    // Only the small state file: a full disk with room for a page still records outcomes.
    return writeState(m, m.state == QueuedMessage::State::Dead, error);
}

bool Queue::remove(const QString &id, QString *error)
{
    const QString path = pathFor(id, false);
    if (!QFile::remove(path) && QFile::exists(path)) {
        if (error)
            *error = tr("Cannot remove %1 from the queue.").arg(id);
        return false;
    }
    // A state file without its message is ignored (and removed by recover()).
    QFile::remove(statePathFor(id, false));
    return true;
}

QueueStats Queue::stats(const QString &currentSettingsHash) const
{
    QueueStats s;
    for (const QueuedMessage &m : list(true)) {
        if (m.state == QueuedMessage::State::Dead) {
            ++s.dead;
            continue;
        }
        ++s.waiting;
        if (m.state == QueuedMessage::State::Unknown)
            ++s.unknown;
        if (!s.oldest.isValid() || m.created < s.oldest)
            s.oldest = m.created;
    }
    s.held = hold().appliesTo(currentSettingsHash);
    return s;
}

QString Queue::logPath() const
{
    return m_dir + QStringLiteral("/queue.log");
}

void Queue::log(const QString &line) const
{
    QString clean = line;
    clean.replace(QLatin1Char('\n'), QLatin1Char(' ')).replace(QLatin1Char('\r'), QLatin1Char(' '));
    // Best effort (a full disk must not stop delivery), never through a symbolic link.
    SpoolFiles::append(
        logPath(),
        (spool::iso(QDateTime::currentDateTimeUtc()) + QLatin1Char(' ') + clean + QLatin1Char('\n'))
            .toUtf8(),
        false, nullptr);
}
} // namespace mw
