// SPDX-License-Identifier: GPL-3.0-or-later
// Over 600 lines: the spool's file format and every operation on it stay in one place
// (the lock and the no-follow file helpers are in QueueFiles.cpp).
#include "Queue.h"

#include "QueueFiles.h"
#include "settings/AtomicFile.h"
#include "settings/SettingsFacts.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QRandomGenerator>
#include <QStandardPaths>

#include <atomic>
#include <chrono>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>
#endif

namespace mw {

namespace {

constexpr QByteArrayView magic = "MWQ1 ";
const QString msgSuffix = QStringLiteral(".msg");
const QString stateSuffix = QStringLiteral(".state");
const QString storageMarker = QStringLiteral("/.hold-storage");

QString iso(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QDateTime fromIso(const QJsonValue &v)
{
    QDateTime t = QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
    if (t.isValid())
        t.setTimeSpec(Qt::UTC);
    return t;
}

void syncDir(const QString &dir)
{
#ifdef Q_OS_UNIX
    const int fd = ::open(QFile::encodeName(dir).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
#else
    Q_UNUSED(dir)
#endif
}

bool writeJson(const QString &path, const QJsonObject &o, QString *error)
{
    return AtomicFile::write(path, QJsonDocument(o).toJson(QJsonDocument::Compact), 0600, error);
}

QJsonObject readJson(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.readAll()).object();
}

} // namespace

QString QueuedMessage::stateId(State s)
{
    switch (s) {
    case State::Waiting:
        return QStringLiteral("waiting");
    case State::Unknown:
        return QStringLiteral("unknown-outcome");
    case State::Dead:
        return QStringLiteral("dead");
    }
    return QStringLiteral("waiting");
}

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

QByteArray Queue::normalizeLineEnds(const QByteArray &content)
{
    QByteArray out;
    out.reserve(content.size() + content.size() / 40);
    for (qsizetype i = 0; i < content.size(); ++i) {
        const char c = content.at(i);
        if (c == '\r') {
            out += "\r\n";
            if (i + 1 < content.size() && content.at(i + 1) == '\n')
                ++i;
        } else if (c == '\n') {
            out += "\r\n";
        } else {
            out += c;
        }
    }
    return out;
}

QString Queue::newId()
{
    // Creation time to the nanosecond, then a random tail: ids sort in creation order
    // across processes, and two writers never pick the same name.
    const auto now = std::chrono::system_clock::now().time_since_epoch();
    const qint64 ns = std::chrono::duration_cast<std::chrono::nanoseconds>(now).count();
    const QDateTime t = QDateTime::fromMSecsSinceEpoch(ns / 1000000, Qt::UTC);
    static std::atomic<quint32> counter{0};
    return t.toString(QStringLiteral("yyyyMMdd-HHmmss")) +
           QStringLiteral(".%1%2-%3")
               .arg(ns % 1000000000, 9, 10, QLatin1Char('0'))
               .arg(counter++ % 100, 2, 10, QLatin1Char('0'))
               .arg(QRandomGenerator::system()->generate() & 0xffff, 4, 16, QLatin1Char('0'));
}

QString Queue::pathFor(const QString &id, bool dead) const
{
    return m_dir + (dead ? QStringLiteral("/dead/") : QStringLiteral("/")) + id + msgSuffix;
}

QString Queue::statePathFor(const QString &id, bool dead) const
{
    return m_dir + (dead ? QStringLiteral("/dead/") : QStringLiteral("/")) + id + stateSuffix;
}

namespace {

QJsonObject metadata(const QueuedMessage &m)
{
    QJsonObject o;
    o.insert(QStringLiteral("id"), m.id);
    o.insert(QStringLiteral("state"), QueuedMessage::stateId(m.state));
    o.insert(QStringLiteral("created"), iso(m.created));
    o.insert(QStringLiteral("category"), m.category);
    o.insert(QStringLiteral("sender"), m.sender);
    o.insert(QStringLiteral("recipients"), QJsonArray::fromStringList(m.recipients));
    o.insert(QStringLiteral("subject"), m.subject);
    o.insert(QStringLiteral("message_id"), m.messageId);
    o.insert(QStringLiteral("attempts"), m.attempts);
    o.insert(QStringLiteral("last_attempt"), iso(m.lastAttempt));
    o.insert(QStringLiteral("next_attempt"), iso(m.nextAttempt));
    o.insert(QStringLiteral("error_class"), errorClassId(m.lastError));
    o.insert(QStringLiteral("phase"), phaseId(m.lastPhase));
    o.insert(QStringLiteral("message"), m.lastMessage);
    o.insert(QStringLiteral("server_reply"), m.serverReply);
    if (!m.delivered.isEmpty())
        o.insert(QStringLiteral("delivered"), QJsonArray::fromStringList(m.delivered));
    return o;
}

void applyMetadata(const QJsonObject &o, QueuedMessage &m)
{
    m.id = o.value(QLatin1String("id")).toString();
    const QString st = o.value(QLatin1String("state")).toString();
    m.state = st == QLatin1String("dead")              ? QueuedMessage::State::Dead
              : st == QLatin1String("unknown-outcome") ? QueuedMessage::State::Unknown
                                                       : QueuedMessage::State::Waiting;
    m.created = fromIso(o.value(QLatin1String("created")));
    m.category = o.value(QLatin1String("category")).toString();
    m.sender = o.value(QLatin1String("sender")).toString();
    m.recipients.clear();
    for (const QJsonValue &v : o.value(QLatin1String("recipients")).toArray())
        m.recipients << v.toString();
    m.subject = o.value(QLatin1String("subject")).toString();
    m.messageId = o.value(QLatin1String("message_id")).toString();
    m.attempts = o.value(QLatin1String("attempts")).toInt();
    m.lastAttempt = fromIso(o.value(QLatin1String("last_attempt")));
    m.nextAttempt = fromIso(o.value(QLatin1String("next_attempt")));
    m.lastError = errorClassFromId(o.value(QLatin1String("error_class")).toString());
    m.lastPhase = phaseFromId(o.value(QLatin1String("phase")).toString());
    m.lastMessage = o.value(QLatin1String("message")).toString();
    m.serverReply = o.value(QLatin1String("server_reply")).toString();
    m.delivered.clear();
    for (const QJsonValue &v : o.value(QLatin1String("delivered")).toArray())
        m.delivered << v.toString();
}

} // namespace

QByteArray Queue::serialize(const QueuedMessage &m)
{
    // Compact JSON escapes control characters, so the metadata is exactly one line.
    return magic.toByteArray() + QJsonDocument(metadata(m)).toJson(QJsonDocument::Compact) + '\n' +
           m.content;
}

std::optional<QueuedMessage> Queue::parse(const QByteArray &data, bool withContent)
{
    if (!data.startsWith(magic))
        return std::nullopt;
    const qsizetype nl = data.indexOf('\n');
    if (nl < 0)
        return std::nullopt;
    QJsonParseError pe;
    const QJsonDocument doc =
        QJsonDocument::fromJson(data.mid(magic.size(), nl - magic.size()), &pe);
    if (!doc.isObject())
        return std::nullopt;
    QueuedMessage m;
    applyMetadata(doc.object(), m);
    if (m.id.isEmpty())
        return std::nullopt;
    if (withContent)
        m.content = data.mid(nl + 1);
    return m;
}

bool Queue::write(const QString &path, const QueuedMessage &m, QString *error) const
{
    return AtomicFile::write(path, serialize(m), 0600, error);
}

bool Queue::writeState(const QueuedMessage &m, bool dead, QString *error) const
{
    return AtomicFile::write(statePathFor(m.id, dead),
                             QJsonDocument(metadata(m)).toJson(QJsonDocument::Compact), 0600,
                             error);
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
    const QJsonObject state = readJson(statePathFor(id, dead));
    if (!state.isEmpty())
        applyMetadata(state, *m);
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
    if (any)
        log(QStringLiteral("purge %1").arg(id));
    return any;
}

bool Queue::journalAppend(const QString &id, QString *error)
{
    // Synced before the final dot can leave; never through a symbolic link.
    QString why;
    if (SpoolFiles::append(m_dir + QStringLiteral("/.journal"), id.toUtf8() + '\n', true, &why))
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
        const QFileInfoList temps =
            QDir(d).entryInfoList({QStringLiteral(".*.msg.*")}, QDir::Files | QDir::Hidden);
        for (const QFileInfo &fi : temps) {
            if (fi.lastModified().toUTC() < old)
                QFile::remove(fi.absoluteFilePath());
        }
        // State files whose message is gone (a crash between the two removals). Only the
        // lock holder writes them, and that is the caller.
        const QStringList states = QDir(d).entryList({QLatin1Char('*') + stateSuffix}, QDir::Files);
        for (const QString &name : states) {
            if (!name.startsWith(QLatin1Char('.')) &&
                !QFile::exists(d + QLatin1Char('/') + name.chopped(stateSuffix.size()) + msgSuffix))
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
    syncDir(m_dir); // the removals of delivered messages first, then the journal
    if (keepJournal)
        return;
    QFile::remove(m_dir + QStringLiteral("/.journal"));
    syncDir(m_dir);
}

QueueHold Queue::hold() const
{
    const QJsonObject o = readJson(m_dir + QStringLiteral("/hold.json"));
    QueueHold h;
    if (o.isEmpty()) {
        const QFileInfo marker(m_dir + storageMarker);
        if (marker.exists()) {
            h.active = true;
            h.storage = true;
            h.errorClass = ErrorClass::Temporary;
            h.message = tr("spool storage: the queue folder %1 could not be written (is the "
                           "disk full?); retried as space comes back.")
                            .arg(m_dir);
            h.since = marker.lastModified().toUTC();
        }
        return h;
    }
    h.active = true;
    h.settingsHash = o.value(QLatin1String("settings_hash")).toString();
    h.errorClass = errorClassFromId(o.value(QLatin1String("error_class")).toString());
    h.message = o.value(QLatin1String("message")).toString();
    h.serverReply = o.value(QLatin1String("server_reply")).toString();
    h.since = fromIso(o.value(QLatin1String("since")));
    h.signIn = o.value(QLatin1String("sign_in")).toString();
    h.downgrade = o.value(QLatin1String("downgrade")).toBool();
    h.storage = o.value(QLatin1String("storage")).toBool();
    return h;
}

bool Queue::setHold(const QueueHold &h, QString *error)
{
    QJsonObject o;
    o.insert(QStringLiteral("settings_hash"), h.settingsHash);
    o.insert(QStringLiteral("error_class"), errorClassId(h.errorClass));
    o.insert(QStringLiteral("message"), h.message);
    o.insert(QStringLiteral("server_reply"), h.serverReply);
    o.insert(QStringLiteral("since"), iso(h.since));
    if (!h.signIn.isEmpty())
        o.insert(QStringLiteral("sign_in"), h.signIn);
    if (h.downgrade)
        o.insert(QStringLiteral("downgrade"), true);
    if (h.storage)
        o.insert(QStringLiteral("storage"), true);
    if (!writeJson(m_dir + QStringLiteral("/hold.json"), o, error))
        return false;
    log(QStringLiteral("hold (%1): %2 [%3]")
            .arg(errorClassId(h.errorClass), h.message, h.serverReply));
    return true;
}

bool Queue::setStorageHold(const QString &why, QString *error)
{
    QueueHold h;
    h.active = true;
    h.storage = true;
    h.errorClass = ErrorClass::Temporary;
    h.message = tr("spool storage: %1").arg(why);
    h.since = QDateTime::currentDateTimeUtc();
    if (setHold(h, nullptr))
        return true;
    // No room for hold.json: the empty marker takes no data block.
    QString e;
    if (SpoolFiles::touch(m_dir + storageMarker, &e)) {
        log(QStringLiteral("hold (spool storage): %1").arg(why));
        return true;
    }
    if (error)
        *error = e;
    return false;
}

void Queue::clearHold()
{
    const bool marker = QFile::remove(m_dir + storageMarker);
    if (QFile::remove(m_dir + QStringLiteral("/hold.json")) || marker)
        log(QStringLiteral("hold lifted"));
}

bool Queue::releaseLoginHold()
{
    const QueueHold h = hold();
    if (!h.active || h.errorClass != ErrorClass::AuthFailed || !h.signIn.isEmpty())
        return false;
    if (!QFile::remove(m_dir + QStringLiteral("/hold.json")))
        return false;
    log(QStringLiteral("hold lifted: a new password was stored"));
    return true;
}

bool Queue::releaseDowngradeHold()
{
    const QueueHold h = hold();
    if (!h.active || !h.downgrade)
        return false;
    if (!QFile::remove(m_dir + QStringLiteral("/hold.json")))
        return false;
    log(QStringLiteral("hold lifted: the server's capabilities were accepted"));
    return true;
}

QueueBackoff Queue::backoff() const
{
    const QJsonObject o = readJson(m_dir + QStringLiteral("/backoff.json"));
    QueueBackoff b;
    b.failures = o.value(QLatin1String("failures")).toInt();
    b.nextPass = fromIso(o.value(QLatin1String("next_pass")));
    b.errorClass = errorClassFromId(o.value(QLatin1String("error_class")).toString());
    b.message = o.value(QLatin1String("message")).toString();
    b.serverReply = o.value(QLatin1String("server_reply")).toString();
    return b;
}

bool Queue::setBackoff(const QueueBackoff &b, QString *error)
{
    if (b.failures == 0) {
        QFile::remove(m_dir + QStringLiteral("/backoff.json"));
        return true;
    }
    QJsonObject o;
    o.insert(QStringLiteral("failures"), b.failures);
    o.insert(QStringLiteral("next_pass"), iso(b.nextPass));
    o.insert(QStringLiteral("error_class"), errorClassId(b.errorClass));
    o.insert(QStringLiteral("message"), b.message);
    o.insert(QStringLiteral("server_reply"), b.serverReply);
    return writeJson(m_dir + QStringLiteral("/backoff.json"), o, error);
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
        (iso(QDateTime::currentDateTimeUtc()) + QLatin1Char(' ') + clean + QLatin1Char('\n'))
            .toUtf8(),
        false, nullptr);
}

Queue::Lock::Lock(const QString &dir)
    : m_path(dir + QStringLiteral("/.lock"))
{}

Queue::Lock::~Lock()
{
    unlock();
}

Queue::Lock::Result Queue::Lock::acquire()
{
    if (m_locked)
        return Result::Locked;
#ifdef Q_OS_UNIX
    if (m_fd < 0) {
        m_fd = ::open(QFile::encodeName(m_path).constData(),
                      O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0600);
        if (m_fd < 0) {
            const int err = errno;
            m_error = err == ELOOP
                          ? tr("The queue lock %1 is a symbolic link; refused.").arg(m_path)
                          : tr("Cannot open the queue lock %1: %2")
                                .arg(m_path, QString::fromLocal8Bit(std::strerror(err)));
            return Result::Failed;
        }
    }
    if (::flock(m_fd, LOCK_EX | LOCK_NB) == 0) {
        m_locked = true;
        return Result::Locked;
    }
    const int err = errno;
    if (err == EWOULDBLOCK || err == EINTR)
        return Result::Busy;
    m_error = tr("Cannot lock the queue lock %1: %2")
                  .arg(m_path, QString::fromLocal8Bit(std::strerror(err)));
    return Result::Failed;
#else
    // QLockFile removes a lock whose process is gone, so a killed runner does not block.
    if (QFileInfo(m_path).isSymbolicLink()) {
        m_error = tr("The queue lock %1 is a symbolic link; refused.").arg(m_path);
        return Result::Failed;
    }
    if (!m_lockFile)
        m_lockFile = std::make_unique<QLockFile>(m_path);
    m_locked = m_lockFile->tryLock(0);
    if (m_locked)
        return Result::Locked;
    if (m_lockFile->error() == QLockFile::LockFailedError)
        return Result::Busy;
    m_error = m_lockFile->error() == QLockFile::PermissionError
                  ? tr("Cannot create the queue lock %1: permission denied.").arg(m_path)
                  : tr("Cannot create the queue lock %1.").arg(m_path);
    return Result::Failed;
#endif
}

void Queue::Lock::unlock()
{
#ifdef Q_OS_UNIX
    if (m_fd >= 0) {
        if (m_locked)
            ::flock(m_fd, LOCK_UN);
        ::close(m_fd);
        m_fd = -1;
    }
#else
    if (m_lockFile && m_locked)
        m_lockFile->unlock();
#endif
    m_locked = false;
}

} // namespace mw
