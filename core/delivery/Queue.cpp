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
#include <QSet>
#include <QStandardPaths>

#include <algorithm>
#include <atomic>
#include <thread>
#include <vector>

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
    for (const QString &d : QStringList{m_dir, m_dir + QStringLiteral("/dead"), spareDir()}) {
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

std::optional<QueuedMessage> Queue::read(const QString &id, bool dead, bool withContent,
                                         std::optional<bool> hasState) const
{
    // The metadata line is short; the content only when asked for, kept in the buffer it
    // was read into (no copy of a message-sized array).
    QByteArray data;
    if (withContent) {
        std::optional<QByteArray> all = SpoolFiles::readWhole(pathFor(id, dead));
        if (!all)
            return std::nullopt; // delivered and removed meanwhile, or not there
        data = std::move(*all);
    } else {
        QFile f(pathFor(id, dead));
        if (!f.open(QIODevice::ReadOnly))
            return std::nullopt;
        // The line is read in blocks (one read() holds a whole small message):
        // QFile::readLine takes a byte at a time through QIODevice until its buffer holds
        // something, 400 calls for a 400-byte line.
        constexpr qsizetype block = 4096;
        constexpr qsizetype maxLine = 1 << 20;
        while (data.size() < maxLine) {
            const QByteArray more = f.read(block);
            if (more.isEmpty())
                break;
            data += more;
            if (more.contains('\n'))
                break;
        }
    }
    auto m = parse(data, false);
    if (!m)
        return std::nullopt;
    if (withContent) {
        data.remove(0, data.indexOf('\n') + 1);
        m->content = std::move(data);
    }
    // A .state written after the listing belongs to a change made under the lock, which
    // the lister (the lock holder, or a reader that may be a moment late) does not race.
    const QJsonObject state =
        hasState.value_or(true) ? spool::readJson(statePathFor(id, dead)) : QJsonObject();
    if (!state.isEmpty())
        spool::applyMetadata(state, *m);
    m->id = id; // the file name: a dead letter shares the first line of its message
    m->stateFile = hasState.value_or(true);
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
    if (!writeNew(m.id, serialize(m), error))
        return std::nullopt;
    return m.id;
}

namespace {

// One folder of the spool as one directory read shows it: the message ids in id order
// (oldest first) and the ids that have a .state file.
struct Listing
{
    QStringList ids;
    QSet<QString> states;
};

Listing listFolder(const QString &dir)
{
    Listing l;
    for (const QString &name : spool::fileNames(dir)) {
        if (name.startsWith(QLatin1Char('.')))
            continue; // a temporary file of AtomicFile, the journal, the lock
        if (name.endsWith(msgSuffix))
            l.ids << name.chopped(msgSuffix.size());
        else if (name.endsWith(stateSuffix))
            l.states.insert(name.chopped(stateSuffix.size()));
    }
    std::sort(l.ids.begin(), l.ids.end());
    return l;
}

} // namespace

QList<QueuedMessage> Queue::list(bool withDead, bool withContent) const
{
    QList<QueuedMessage> out;
    QStringList dirs{m_dir};
    if (withDead)
        dirs << m_dir + QStringLiteral("/dead");
    for (const QString &d : dirs) {
        const Listing l = listFolder(d);
        for (const QString &id : l.ids) {
            if (auto m = read(id, d != m_dir, withContent, l.states.contains(id)))
                out << std::move(*m);
        }
    }
    std::sort(out.begin(), out.end(),
              [](const QueuedMessage &a, const QueuedMessage &b) { return a.id < b.id; });
    return out;
}

QStringList Queue::deadIds() const
{
    return listFolder(m_dir + QStringLiteral("/dead")).ids;
}

namespace {

// Reads the files of a batch on two threads (a queue flush has 2 cores to read and parse
// 1000 files with): the caller's thread reads from the first file on, in order, a second
// thread from the last one back; where they meet, a file read by the other thread is
// taken from it. The caller never waits for the other thread: a file that thread is still
// reading (it may be preempted on a busy machine) is read again by the caller. Only the
// first `bound` files are read ahead (those the batch could hold), and the second thread
// stops once its files reach half of `limitBytes` (a batch that the bytes limit ends
// early leaves at most that much read for nothing) or the caller has enough.
class ReadAhead
{
public:
    using Reader = std::function<std::optional<QueuedMessage>(qsizetype)>;

    ReadAhead(qsizetype bound, qint64 limitBytes, Reader read)
        : m_slots(size_t(bound))
        , m_state(size_t(bound))
        , m_limitBytes(limitBytes / 2)
        , m_read(std::move(read))
    {
        for (std::atomic<int> &st : m_state)
            st.store(Free, std::memory_order_relaxed);
        if (bound >= kMinAhead)
            m_thread = std::thread([this] { run(); });
    }
    ~ReadAhead()
    {
        m_stop.store(true);
        if (m_thread.joinable())
            m_thread.join();
    }
    Q_DISABLE_COPY_MOVE(ReadAhead)

    // File i (below the bound): the other thread's copy when it has read it, else read here.
    std::optional<QueuedMessage> take(qsizetype i)
    {
        int st = Free;
        if (m_state[size_t(i)].compare_exchange_strong(st, Caller))
            return m_read(i);
        // Still being read there: read here, that copy is dropped (and that thread stops).
        if (st == Reading && m_state[size_t(i)].compare_exchange_strong(st, Caller))
            return m_read(i);
        return std::move(m_slots[size_t(i)]); // Ready
    }

private:
    enum : int { Free, Reading, Ready, Caller };
    static constexpr qsizetype kMinAhead = 8;

    void run()
    {
        qint64 bytes = 0;
        for (qsizetype i = qsizetype(m_slots.size()) - 1; i >= 0; --i) {
            if (m_stop.load(std::memory_order_relaxed) || bytes >= m_limitBytes)
                return;
            int st = Free;
            if (!m_state[size_t(i)].compare_exchange_strong(st, Reading))
                return; // the caller got here: the rest is read
            std::optional<QueuedMessage> m = m_read(i);
            if (m)
                bytes += m->content.size();
            m_slots[size_t(i)] = std::move(m);
            st = Reading;
            // Published unless the caller read it meanwhile (then the rest is read too).
            if (!m_state[size_t(i)].compare_exchange_strong(st, Ready))
                return;
        }
    }

    std::vector<std::optional<QueuedMessage>> m_slots;
    std::vector<std::atomic<int>> m_state;
    const qint64 m_limitBytes;
    Reader m_read;
    std::atomic<bool> m_stop{false};
    std::thread m_thread;
};

} // namespace

QList<QueuedMessage> Queue::listDue(int limit, qint64 limitBytes,
                                    const std::function<bool(QueuedMessage &)> &take,
                                    bool *full) const
{
    QList<QueuedMessage> out;
    qint64 bytes = 0;
    if (full)
        *full = false;
    const Listing l = listFolder(m_dir);
    auto readAt = [this, &l](qsizetype i) {
        const QString &id = l.ids.at(i);
        return read(id, false, true, l.states.contains(id));
    };
    // `take` runs here, in order, whichever thread read the file.
    const qsizetype bound = std::min<qsizetype>(l.ids.size(), std::max(limit, 1));
    ReadAhead ahead(bound, limitBytes, readAt);
    out.reserve(bound);
    for (qsizetype i = 0; i < l.ids.size(); ++i) {
        if (!out.isEmpty() && (out.size() >= limit || bytes >= limitBytes)) {
            if (full)
                *full = true;
            break;
        }
        auto m = i < bound ? ahead.take(i) : readAt(i);
        if (m && take(*m)) {
            bytes += m->content.size();
            out << std::move(*m);
        }
    }
    return out;
}

int Queue::waitingCount() const
{
    int n = 0;
    for (const QString &name : spool::fileNames(m_dir)) {
        if (!name.startsWith(QLatin1Char('.')) && name.endsWith(msgSuffix))
            ++n; // not a temporary file of AtomicFile
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
    return remove(id, true, error);
}

bool Queue::remove(const QString &id, bool stateFile, QString *error)
{
    const QString path = pathFor(id, false);
    if (!QFile::remove(path) && QFile::exists(path)) {
        if (error)
            *error = tr("Cannot remove %1 from the queue.").arg(id);
        return false;
    }
    // A state file without its message is ignored (and removed by recover()).
    if (stateFile)
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
