// SPDX-License-Identifier: GPL-3.0-or-later
// The spool's file format: message ids, line ends, the metadata line of <id>.msg and the
// <id>.state file, and the small helpers the Queue's other files share (QueueSpool.h).
#include "Queue.h"
#include "QueueSpool.h"

#include "settings/AtomicFile.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>

#include <algorithm>
#include <atomic>
#include <chrono>

#ifdef Q_OS_UNIX
#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#else
#include <QDir>
#endif

namespace mw {

namespace spool {

QString iso(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODateWithMs) : QString();
}

namespace {

// The form iso() writes, "2026-12-05T01:02:03.456Z", read by hand: QDateTime::fromString
// took most of a message's metadata parse, three times a message in a queue flush
// (docs/PERFORMANCE-QUEUE.md). Anything else goes to QDateTime::fromString as before.
QDateTime fromOwnIso(QStringView s)
{
    if (s.size() != 24 || s[4] != u'-' || s[7] != u'-' || s[10] != u'T' || s[13] != u':' ||
        s[16] != u':' || s[19] != u'.' || s[23] != u'Z')
        return {};
    auto number = [s](qsizetype from, qsizetype digits, int *out) {
        int n = 0;
        for (qsizetype i = from; i < from + digits; ++i) {
            const char16_t c = s[i].unicode();
            if (c < u'0' || c > u'9')
                return false;
            n = n * 10 + (c - u'0');
        }
        *out = n;
        return true;
    };
    int y = 0, mo = 0, d = 0, h = 0, mi = 0, sec = 0, ms = 0;
    if (!number(0, 4, &y) || !number(5, 2, &mo) || !number(8, 2, &d) || !number(11, 2, &h) ||
        !number(14, 2, &mi) || !number(17, 2, &sec) || !number(20, 3, &ms))
        return {};
    const QDate date(y, mo, d);
    const QTime time(h, mi, sec, ms);
    if (!date.isValid() || !time.isValid())
        return {};
    return QDateTime(date, time, Qt::UTC);
}

} // namespace

QDateTime fromIso(const QJsonValue &v)
{
    const QString text = v.toString();
    if (QDateTime own = fromOwnIso(text); own.isValid())
        return own;
    QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (t.isValid())
        t.setTimeSpec(Qt::UTC);
    return t;
}

QStringList fileNames(const QString &dir)
{
    QStringList names;
#ifdef Q_OS_UNIX
    DIR *d = ::opendir(QFile::encodeName(dir).constData());
    if (!d)
        return names;
    const int fd = ::dirfd(d);
    while (const dirent *e = ::readdir(d)) {
        if (e->d_type == DT_DIR)
            continue;
        if (e->d_type != DT_REG) {
            // A symbolic link or a file system that does not say: as QDir::Files, a link
            // to a file counts, anything else does not.
            struct stat st;
            if (::fstatat(fd, e->d_name, &st, 0) != 0 || !S_ISREG(st.st_mode))
                continue;
        }
        names << QFile::decodeName(e->d_name);
    }
    ::closedir(d);
#else
    names = QDir(dir).entryList(QDir::Files | QDir::Hidden);
#endif
    return names;
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
    // Every field first as a missing key leaves it, then one pass over the object's
    // members: a lookup per field scanned the keys again for each of the 16 (about half
    // of the metadata's cost in a queue flush, docs/PERFORMANCE-QUEUE.md).
    m.id.clear();
    m.state = QueuedMessage::State::Waiting;
    m.created = QDateTime();
    m.category.clear();
    m.sender.clear();
    m.recipients.clear();
    m.subject.clear();
    m.messageId.clear();
    m.attempts = 0;
    m.lastAttempt = QDateTime();
    m.nextAttempt = QDateTime();
    m.lastError = errorClassFromId(QString());
    m.lastPhase = phaseFromId(QString());
    m.lastMessage.clear();
    m.serverReply.clear();
    m.delivered.clear();
    auto strings = [](const QJsonValue &v, QStringList &out) {
        const QJsonArray a = v.toArray();
        out.reserve(a.size());
        for (const QJsonValue &e : a)
            out << e.toString();
    };
    for (auto it = o.constBegin(); it != o.constEnd(); ++it) {
        const QString key = it.key();
        const QJsonValue v = it.value();
        if (key == QLatin1String("id")) {
            m.id = v.toString();
        } else if (key == QLatin1String("state")) {
            const QString st = v.toString();
            m.state = st == QLatin1String("dead")              ? QueuedMessage::State::Dead
                      : st == QLatin1String("unknown-outcome") ? QueuedMessage::State::Unknown
                                                               : QueuedMessage::State::Waiting;
        } else if (key == QLatin1String("created")) {
            m.created = fromIso(v);
        } else if (key == QLatin1String("category")) {
            m.category = v.toString();
        } else if (key == QLatin1String("sender")) {
            m.sender = v.toString();
        } else if (key == QLatin1String("recipients")) {
            strings(v, m.recipients);
        } else if (key == QLatin1String("subject")) {
            m.subject = v.toString();
        } else if (key == QLatin1String("message_id")) {
            m.messageId = v.toString();
        } else if (key == QLatin1String("attempts")) {
            m.attempts = v.toInt();
        } else if (key == QLatin1String("last_attempt")) {
            m.lastAttempt = fromIso(v);
        } else if (key == QLatin1String("next_attempt")) {
            m.nextAttempt = fromIso(v);
        } else if (key == QLatin1String("error_class")) {
            m.lastError = errorClassFromId(v.toString());
        } else if (key == QLatin1String("phase")) {
            m.lastPhase = phaseFromId(v.toString());
        } else if (key == QLatin1String("message")) {
            m.lastMessage = v.toString();
        } else if (key == QLatin1String("server_reply")) {
            m.serverReply = v.toString();
        } else if (key == QLatin1String("delivered")) {
            strings(v, m.delivered);
        }
    }
}

} // namespace spool

using spool::applyMetadata;
using spool::magic;
using spool::metadata;

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

QString Queue::idAt(qint64 nsSinceEpoch, quint32 sequence, quint16 random)
{
    // yyyyMMdd-HHmmss.<nanoseconds, 9 digits><sequence, 2 digits>-<random, 4 hex digits>,
    // UTC. Written out by hand: QDateTime::toString and three QString::arg took 12 000
    // instructions an id, paid for each message queued and each one a flush retires.
    // Days to a civil date: the proleptic Gregorian algorithm of H. Hinnant's "chrono-
    // compatible low-level date algorithms" (days_from_civil's inverse), for moments from
    // 1970 on (a clock set earlier names 1970-01-01).
    const qint64 ns = std::max<qint64>(0, nsSinceEpoch);
    const qint64 secs = ns / 1000000000;
    const qint64 nanos = ns % 1000000000;
    const qint64 days = secs / 86400;
    const qint64 daySecs = secs % 86400;
    const qint64 z = days + 719468;
    const qint64 era = z / 146097;
    const qint64 doe = z - era * 146097;
    const qint64 yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const qint64 doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const qint64 mp = (5 * doy + 2) / 153;
    const qint64 day = doy - (153 * mp + 2) / 5 + 1;
    const qint64 month = mp < 10 ? mp + 3 : mp - 9;
    const qint64 year = yoe + era * 400 + (month <= 2 ? 1 : 0);

    char out[32];
    int n = 0;
    const auto digits = [&out, &n](qint64 value, int width) {
        for (int i = width - 1; i >= 0; --i) {
            out[n + i] = char('0' + value % 10);
            value /= 10;
        }
        n += width;
    };
    digits(year, 4);
    digits(month, 2);
    digits(day, 2);
    out[n++] = '-';
    digits(daySecs / 3600, 2);
    digits(daySecs / 60 % 60, 2);
    digits(daySecs % 60, 2);
    out[n++] = '.';
    digits(nanos, 9);
    digits(sequence % 100, 2);
    out[n++] = '-';
    static constexpr char hex[] = "0123456789abcdef";
    for (int shift = 12; shift >= 0; shift -= 4)
        out[n++] = hex[(random >> shift) & 0xf];
    return QString::fromLatin1(out, n);
}

QString Queue::newId()
{
    // Creation time to the nanosecond, then a random tail: ids sort in creation order
    // across processes, and two writers never pick the same name.
    const auto now = std::chrono::system_clock::now().time_since_epoch();
    const qint64 ns = std::chrono::duration_cast<std::chrono::nanoseconds>(now).count();
    static std::atomic<quint32> counter{0};
    return idAt(ns, counter++, quint16(QRandomGenerator::system()->generate() & 0xffff));
}

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
    // The line in place (no copy): `data` outlives the parse.
    const QJsonDocument doc = QJsonDocument::fromJson(
        QByteArray::fromRawData(data.constData() + magic.size(), nl - magic.size()), &pe);
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
} // namespace mw
