// SPDX-License-Identifier: GPL-3.0-or-later
#include "Queue.h"

#include "settings/AtomicFile.h"
#include "settings/SettingsSchema.h"

#include <QCryptographicHash>
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
#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>
#endif

namespace mw {

namespace {

constexpr QByteArrayView magic = "MWQ1 ";
const QString msgSuffix = QStringLiteral(".msg");

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
    QByteArray all;
    for (const QString &key : SettingsSchema::keys())
        all += key.toUtf8() + '=' +
               SettingsSchema::value(settings, key).value_or(QString()).toUtf8() + '\n';
    return QString::fromLatin1(
        QCryptographicHash::hash(all, QCryptographicHash::Sha256).toHex().left(16));
}

bool Queue::ensure(QString *error)
{
    for (const QString &d : QStringList{m_dir, m_dir + QStringLiteral("/dead")}) {
        if (!QDir().mkpath(d)) {
            if (error)
                *error = tr("Cannot create the queue folder %1.").arg(d);
            return false;
        }
        QFile::setPermissions(d, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                     QFileDevice::ExeOwner);
    }
    return true;
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

QByteArray Queue::serialize(const QueuedMessage &m)
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
    // Compact JSON escapes control characters, so the metadata is exactly one line.
    return magic.toByteArray() + QJsonDocument(o).toJson(QJsonDocument::Compact) + '\n' + m.content;
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
    const QJsonObject o = doc.object();
    QueuedMessage m;
    m.id = o.value(QLatin1String("id")).toString();
    const QString st = o.value(QLatin1String("state")).toString();
    m.state = st == QLatin1String("dead")              ? QueuedMessage::State::Dead
              : st == QLatin1String("unknown-outcome") ? QueuedMessage::State::Unknown
                                                       : QueuedMessage::State::Waiting;
    m.created = fromIso(o.value(QLatin1String("created")));
    m.category = o.value(QLatin1String("category")).toString();
    m.sender = o.value(QLatin1String("sender")).toString();
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
            QFile f(d + QLatin1Char('/') + name);
            if (!f.open(QIODevice::ReadOnly))
                continue; // delivered and removed meanwhile
            // The metadata line is short; the content only when asked for.
            const QByteArray data = withContent ? f.readAll() : f.readLine(1 << 20);
            if (auto m = parse(data, withContent)) {
                if (d != m_dir)
                    m->state = QueuedMessage::State::Dead;
                out << *m;
            }
        }
    }
    std::sort(out.begin(), out.end(),
              [](const QueuedMessage &a, const QueuedMessage &b) { return a.id < b.id; });
    return out;
}

std::optional<QueuedMessage> Queue::load(const QString &id, bool withContent) const
{
    for (bool dead : {false, true}) {
        QFile f(pathFor(id, dead));
        if (!f.open(QIODevice::ReadOnly))
            continue;
        auto m = parse(withContent ? f.readAll() : f.readLine(1 << 20), withContent);
        if (m && dead)
            m->state = QueuedMessage::State::Dead;
        return m;
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
    return write(pathFor(m.id, m.state == QueuedMessage::State::Dead), m, error);
}

bool Queue::remove(const QString &id, QString *error)
{
    if (QFile::remove(pathFor(id, false)) || !QFile::exists(pathFor(id, false)))
        return true;
    if (error)
        *error = tr("Cannot remove %1 from the queue.").arg(id);
    return false;
}

bool Queue::moveToDead(QueuedMessage m, QString *error)
{
    // Written to dead/ first: a crash in between leaves two copies, never none.
    m.state = QueuedMessage::State::Dead;
    if (!write(pathFor(m.id, true), m, error))
        return false;
    if (!QFile::remove(pathFor(m.id, false)) && QFile::exists(pathFor(m.id, false))) {
        if (error)
            *error = tr("Cannot remove %1 from the queue.").arg(m.id);
        return false;
    }
    syncDir(m_dir);
    log(QStringLiteral("dead %1 to %2: %3 [%4]")
            .arg(m.id, m.recipients.join(QLatin1Char(',')), m.lastMessage, m.serverReply));
    return true;
}

bool Queue::retry(const QString &id, QString *error)
{
    auto m = load(id, true);
    if (!m) {
        if (error)
            *error = tr("No queued message has the id %1.").arg(id);
        return false;
    }
    const bool wasDead = m->state == QueuedMessage::State::Dead;
    if (wasDead)
        m->state = QueuedMessage::State::Waiting;
    m->nextAttempt = QDateTime::currentDateTimeUtc();
    if (!write(pathFor(id, false), *m, error))
        return false;
    if (wasDead) {
        QFile::remove(pathFor(id, true));
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
#ifdef Q_OS_UNIX
    const QByteArray path = QFile::encodeName(m_dir + QStringLiteral("/.journal"));
    const int fd = ::open(path.constData(), O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0600);
    if (fd < 0) {
        if (error)
            *error = tr("Cannot write the queue journal.");
        return false;
    }
    const QByteArray line = id.toUtf8() + '\n';
    const bool ok =
        ::write(fd, line.constData(), size_t(line.size())) == line.size() && ::fdatasync(fd) == 0;
    ::close(fd);
    if (!ok && error)
        *error = tr("Cannot write the queue journal.");
    return ok;
#else
    QFile f(m_dir + QStringLiteral("/.journal"));
    if (!f.open(QIODevice::Append) || f.write(id.toUtf8() + '\n') < 0) {
        if (error)
            *error = tr("Cannot write the queue journal.");
        return false;
    }
    f.flush();
    return true;
#endif
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
    }
    const QString journal = m_dir + QStringLiteral("/.journal");
    QFile f(journal);
    if (!f.open(QIODevice::ReadOnly))
        return marked;
    QStringList ids;
    while (!f.atEnd()) {
        const QString id = QString::fromUtf8(f.readLine()).trimmed();
        if (!id.isEmpty() && !ids.contains(id))
            ids << id;
    }
    f.close();
    for (const QString &id : std::as_const(ids)) {
        auto m = load(id, true);
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

void Queue::endPass()
{
    syncDir(m_dir); // the removals of delivered messages first, then the journal
    QFile::remove(m_dir + QStringLiteral("/.journal"));
    syncDir(m_dir);
}

QueueHold Queue::hold() const
{
    const QJsonObject o = readJson(m_dir + QStringLiteral("/hold.json"));
    QueueHold h;
    if (o.isEmpty())
        return h;
    h.active = true;
    h.settingsHash = o.value(QLatin1String("settings_hash")).toString();
    h.errorClass = errorClassFromId(o.value(QLatin1String("error_class")).toString());
    h.message = o.value(QLatin1String("message")).toString();
    h.serverReply = o.value(QLatin1String("server_reply")).toString();
    h.since = fromIso(o.value(QLatin1String("since")));
    h.signIn = o.value(QLatin1String("sign_in")).toString();
    h.downgrade = o.value(QLatin1String("downgrade")).toBool();
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
    if (!writeJson(m_dir + QStringLiteral("/hold.json"), o, error))
        return false;
    log(QStringLiteral("hold (%1): %2 [%3]")
            .arg(errorClassId(h.errorClass), h.message, h.serverReply));
    return true;
}

void Queue::clearHold()
{
    if (QFile::remove(m_dir + QStringLiteral("/hold.json")))
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
    const QueueHold h = hold();
    s.held = h.active && h.settingsHash == currentSettingsHash;
    return s;
}

QString Queue::logPath() const
{
    return m_dir + QStringLiteral("/queue.log");
}

void Queue::log(const QString &line) const
{
    QFile f(logPath());
    if (!f.open(QIODevice::Append | QIODevice::Text))
        return;
    QString clean = line;
    clean.replace(QLatin1Char('\n'), QLatin1Char(' ')).replace(QLatin1Char('\r'), QLatin1Char(' '));
    f.write((iso(QDateTime::currentDateTimeUtc()) + QLatin1Char(' ') + clean + QLatin1Char('\n'))
                .toUtf8());
}

Queue::Lock::Lock(const QString &dir)
    : m_path(dir + QStringLiteral("/.lock"))
{}

Queue::Lock::~Lock()
{
    unlock();
}

bool Queue::Lock::tryLock()
{
    if (m_locked)
        return true;
#ifdef Q_OS_UNIX
    if (m_fd < 0)
        m_fd = ::open(QFile::encodeName(m_path).constData(), O_RDWR | O_CREAT | O_CLOEXEC, 0600);
    if (m_fd < 0)
        return false;
    m_locked = ::flock(m_fd, LOCK_EX | LOCK_NB) == 0;
#else
    // QLockFile removes a lock whose process is gone, so a killed runner does not block.
    if (!m_lockFile)
        m_lockFile = std::make_unique<QLockFile>(m_path);
    m_locked = m_lockFile->tryLock(0);
#endif
    return m_locked;
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
