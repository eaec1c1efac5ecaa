// SPDX-License-Identifier: GPL-3.0-or-later
#include "DeliveryHistory.h"

#include "settings/ConfigDataPath.h"
#include "settings/SpoolFiles.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QVariant>

#include <atomic>

namespace mw {

namespace {

// Bumped with every change of the tables; open() upgrades an older file step by step.
constexpr int SchemaVersion = 1;
// The CLI's queue run and the window share the file: a writer waits this long for the
// other instead of failing at once.
constexpr int BusyTimeoutMs = 5000;
constexpr int WalCheckpointPages = 64;

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(mw::DeliveryHistory)
};

QString nextConnectionName()
{
    static std::atomic<quint64> counter{0};
    return QStringLiteral("mw-history-%1").arg(++counter);
}

// SQLite's result codes for a file that is not (or no longer) a database: SQLITE_CORRUPT
// and SQLITE_NOTADB (the driver reports the primary or the extended code).
bool isDamage(const QSqlError &error)
{
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    if (!ok)
        return false;
    const int primary = code & 0xff;
    return primary == 11 || primary == 26;
}

// SQLite's result codes for a file another connection holds (SQLITE_BUSY once the busy
// timeout is over, SQLITE_LOCKED): the same write may succeed later.
bool isBusy(const QSqlError &error)
{
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    return ok && ((code & 0xff) == 5 || (code & 0xff) == 6);
}

QString joinList(const QStringList &list)
{
    return list.join(QLatin1Char('\n'));
}

QStringList splitList(const QString &text)
{
    return text.isEmpty() ? QStringList() : text.split(QLatin1Char('\n'));
}

QVariant timeValue(const QDateTime &t)
{
    return t.isValid() ? QVariant(t.toMSecsSinceEpoch()) : QVariant(QMetaType(QMetaType::LongLong));
}

QDateTime timeFrom(const QVariant &v)
{
    return v.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(v.toLongLong(), Qt::UTC);
}

// One spelling of a Message-ID, so that the runner's header and a bounce report's
// Original-Message-ID meet: angle brackets, no surrounding space.
QString normalMessageId(const QString &id)
{
    QString s = id.trimmed();
    if (s.isEmpty())
        return s;
    if (!s.startsWith(QLatin1Char('<')))
        s.prepend(QLatin1Char('<'));
    if (!s.endsWith(QLatin1Char('>')))
        s.append(QLatin1Char('>'));
    return s;
}

// LIKE with our own escape character, so that a user's "%" or "_" is taken literally.
QString likePattern(const QString &text)
{
    QString s = text;
    s.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    s.replace(QLatin1Char('%'), QLatin1String("\\%"));
    s.replace(QLatin1Char('_'), QLatin1String("\\_"));
    return QLatin1Char('%') + s + QLatin1Char('%');
}

const char *const ColumnList = "id, at, queue_id, category, sender, recipients, header_to, "
                               "subject, message_id, server, result, error_class, detail, "
                               "bounced_at, bounce, body IS NOT NULL";

HistoryEntry entryFrom(const QSqlQuery &q)
{
    HistoryEntry e;
    e.id = q.value(0).toLongLong();
    e.at = timeFrom(q.value(1));
    e.queueId = q.value(2).toString();
    e.category = q.value(3).toString();
    e.sender = q.value(4).toString();
    e.recipients = splitList(q.value(5).toString());
    e.headerTo = splitList(q.value(6).toString());
    e.subject = q.value(7).toString();
    e.messageId = q.value(8).toString();
    e.server = q.value(9).toString();
    e.result = q.value(10).toString();
    e.errorClass = q.value(11).toString();
    e.detail = q.value(12).toString();
    e.bouncedAt = timeFrom(q.value(13));
    e.bounce = q.value(14).toString();
    e.hasBody = q.value(15).toBool();
    return e;
}

} // namespace

DeliveryHistory::DeliveryHistory(QString path)
    : m_path(std::move(path))
    , m_connection(nextConnectionName())
{}

DeliveryHistory::~DeliveryHistory()
{
    close();
}

QString DeliveryHistory::defaultPathFor(const QString &configPath)
{
    return configDataPath(configPath, QStringLiteral("history-"), QStringLiteral(".sqlite"));
}

void DeliveryHistory::close()
{
    if (!QSqlDatabase::contains(m_connection))
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        db.close();
    } // the last handle must be gone before the connection is removed
    QSqlDatabase::removeDatabase(m_connection);
    m_open = false;
}

bool DeliveryHistory::open(QString *error)
{
    if (m_open)
        return true;
    QString failure;
    // Another connection that creates the file or turns its journal to WAL at this moment
    // makes SQLite answer "database is locked" at once, without waiting the busy timeout
    // (both would wait for each other): tried again, for as long as that timeout.
    QElapsedTimer waited;
    waited.start();
    bool opened = openOnce(&failure);
    while (!opened && m_busy && waited.elapsed() < BusyTimeoutMs) {
        QThread::msleep(10);
        failure.clear();
        opened = openOnce(&failure);
    }
    if (opened)
        return true;
    // Only a damaged file is moved aside; a missing driver, a full disk or a folder of
    // another user stay an error (moving the file would not help, and would lose it).
    if (failure.isEmpty() || !recoverFrom(failure)) {
        if (error)
            *error = failure.startsWith(QLatin1String("damaged:")) ? failure.mid(8) : failure;
        return false;
    }
    return true;
}

bool DeliveryHistory::openOnce(QString *error)
{
    close();
    m_busy = false;
    const QString dir = QFileInfo(m_path).absolutePath();
    QString why;
    if (!SpoolFiles::ensurePrivateFolder(dir, &why)) {
        if (error)
            *error = why;
        return false;
    }
    // Created here, mode 0600 and never through a symbolic link, before SQLite opens it;
    // SQLite gives its -wal and -shm files the same mode.
    if (!SpoolFiles::touch(m_path, &why) || !SpoolFiles::makePrivate(m_path, &why)) {
        if (error)
            *error = why;
        return false;
    }
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QSQLITE"))) {
        if (error)
            *error = Tr::tr("The SQLite driver of Qt SQL (QSQLITE) is not installed; the "
                            "delivery history is not available.");
        return false;
    }
    m_damagedNotice.clear();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
        db.setDatabaseName(m_path);
        if (!db.open()) {
            if (error)
                *error = Tr::tr("Cannot open the delivery history %1: %2")
                             .arg(m_path, db.lastError().text());
            return false;
        }
        QSqlQuery q(db);
        auto exec = [&q](const QString &sql) { return q.exec(sql); };
        const auto fail = [&](bool damaged) {
            m_busy = isBusy(q.lastError());
            if (error)
                *error = (damaged ? QStringLiteral("damaged:") : QString()) +
                         Tr::tr("Cannot open the delivery history %1: %2")
                             .arg(m_path, q.lastError().text());
            return false;
        };
        // busy_timeout first: the next statements may already meet the other writer.
        if (!exec(QStringLiteral("PRAGMA busy_timeout = %1").arg(BusyTimeoutMs)))
            return fail(isDamage(q.lastError()));
        if (!exec(QStringLiteral("PRAGMA user_version")) || !q.next())
            return fail(isDamage(q.lastError()));
        const int version = q.value(0).toInt();
        if (version > SchemaVersion) {
            if (error)
                *error = Tr::tr("The delivery history %1 was written by a newer Mailwright "
                                "(schema %2); this one reads schema %3.")
                             .arg(m_path)
                             .arg(version)
                             .arg(SchemaVersion);
            return false;
        }
        // A checkpoint every 64 pages (256 KiB) of log, not SQLite's 1000: a writer copies
        // the log into the database a little at a time as it commits (on the history's own
        // thread, while a queue flush goes on), so that closing the last connection, which
        // copies what is left and syncs, no longer holds a program's exit for the whole pass
        // (16 ms after a flush of 1000 messages).
        if (!exec(QStringLiteral("PRAGMA journal_mode = WAL")) ||
            !exec(QStringLiteral("PRAGMA synchronous = NORMAL")) ||
            !exec(QStringLiteral("PRAGMA wal_autocheckpoint = %1").arg(WalCheckpointPages)))
            return fail(isDamage(q.lastError()));
        if (version < 1) {
            const bool created =
                db.transaction() &&
                exec(QStringLiteral("CREATE TABLE IF NOT EXISTS entries ("
                                    " id INTEGER PRIMARY KEY AUTOINCREMENT, at INTEGER NOT NULL,"
                                    " queue_id TEXT DEFAULT '', category TEXT DEFAULT '',"
                                    " sender TEXT DEFAULT '', recipients TEXT DEFAULT '',"
                                    " header_to TEXT DEFAULT '', subject TEXT DEFAULT '',"
                                    " message_id TEXT DEFAULT '', server TEXT DEFAULT '',"
                                    " result TEXT DEFAULT '', error_class TEXT DEFAULT '',"
                                    " detail TEXT DEFAULT '', bounced_at INTEGER,"
                                    " bounce TEXT DEFAULT '', body BLOB)")) &&
                exec(QStringLiteral("CREATE INDEX IF NOT EXISTS entries_at ON entries(at)")) &&
                exec(QStringLiteral(
                    "CREATE INDEX IF NOT EXISTS entries_message_id ON entries(message_id)")) &&
                exec(QStringLiteral("PRAGMA user_version = %1").arg(SchemaVersion)) && db.commit();
            if (!created) {
                const QSqlError e = q.lastError().isValid() ? q.lastError() : db.lastError();
                m_busy = isBusy(e);
                db.rollback();
                if (error)
                    *error =
                        (isDamage(e) ? QStringLiteral("damaged:") : QString()) +
                        Tr::tr("Cannot create the delivery history %1: %2").arg(m_path, e.text());
                return false;
            }
        }
        // A file that opens but whose table is unreadable is as damaged as one that does
        // not open; one cheap read finds the common cases (a truncated or overwritten file).
        if (!exec(QStringLiteral("SELECT count(*) FROM entries WHERE id = (SELECT max(id) "
                                 "FROM entries)")))
            return fail(isDamage(q.lastError()));
    }
    m_open = true;
    return true;
}

bool DeliveryHistory::recoverFrom(const QString &failure)
{
    static const QString damaged = QStringLiteral("damaged:");
    if (m_recovered || !failure.startsWith(damaged))
        return false;
    // Once per instance: a file that is damaged again right after being created means
    // something else is wrong (the disk), and repeating would only fill the folder.
    m_recovered = true;
    close();
    const QString aside =
        m_path + QStringLiteral(".damaged-") +
        QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
    if (!QFile::rename(m_path, aside))
        return false;
    for (const char *suffix : {"-wal", "-shm"}) {
        const QString side = m_path + QLatin1String(suffix);
        if (QFile::exists(side))
            QFile::rename(side, aside + QLatin1String(suffix));
    }
    QString error;
    if (!openOnce(&error))
        return false;
    m_damagedNotice = Tr::tr("The delivery history %1 was damaged (%2); it was moved aside "
                             "to %3 and a new, empty one was started.")
                          .arg(m_path, failure.mid(damaged.size()), aside);
    return true;
}

bool DeliveryHistory::insert(QSqlQuery &q, const HistoryEntry &e, const QByteArray &body,
                             QString *error)
{
    // Named, not positional: Qt 6.4 formats a ":<n>" name with QString::arg for every
    // positional value (1.2 K instructions each, 15 per row), a named value is a hash look-up.
    const QDateTime at = e.at.isValid() ? e.at : QDateTime::currentDateTimeUtc();
    q.bindValue(QStringLiteral(":at"), at.toMSecsSinceEpoch());
    q.bindValue(QStringLiteral(":queue_id"), e.queueId);
    q.bindValue(QStringLiteral(":category"), e.category);
    q.bindValue(QStringLiteral(":sender"), e.sender);
    q.bindValue(QStringLiteral(":recipients"), joinList(e.recipients));
    q.bindValue(QStringLiteral(":header_to"), joinList(e.headerTo));
    q.bindValue(QStringLiteral(":subject"), e.subject);
    q.bindValue(QStringLiteral(":message_id"), normalMessageId(e.messageId));
    q.bindValue(QStringLiteral(":server"), e.server);
    q.bindValue(QStringLiteral(":result"), e.result);
    q.bindValue(QStringLiteral(":error_class"), e.errorClass);
    q.bindValue(QStringLiteral(":detail"), e.detail);
    q.bindValue(QStringLiteral(":bounced_at"), timeValue(e.bouncedAt));
    q.bindValue(QStringLiteral(":bounce"), e.bounce);
    q.bindValue(QStringLiteral(":body"),
                body.isEmpty() ? QVariant(QMetaType(QMetaType::QByteArray)) : QVariant(body));
    if (q.exec())
        return true;
    m_busy = isBusy(q.lastError());
    if (error)
        *error =
            (isDamage(q.lastError()) ? QStringLiteral("damaged:") : QString()) +
            Tr::tr("Cannot write to the delivery history %1: %2").arg(m_path, q.lastError().text());
    return false;
}

bool DeliveryHistory::record(const HistoryEntry &entry, const QByteArray &body, QString *error)
{
    return recordAll({{entry, body}}, error);
}

bool DeliveryHistory::recordAll(const QList<std::pair<HistoryEntry, QByteArray>> &entries,
                                QString *error)
{
    if (!open(error))
        return false;
    if (entries.isEmpty())
        return true;
    m_busy = false;
    const auto attempt = [&](QString *why) {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        if (!db.transaction()) {
            m_busy = isBusy(db.lastError());
            *why = (isDamage(db.lastError()) ? QStringLiteral("damaged:") : QString()) +
                   Tr::tr("Cannot write to the delivery history %1: %2")
                       .arg(m_path, db.lastError().text());
            return false;
        }
        // Prepared once for the whole pass: SQLite compiles the statement once.
        QSqlQuery q(db);
        q.prepare(QStringLiteral(
            "INSERT INTO entries (at, queue_id, category, sender, recipients, header_to, subject,"
            " message_id, server, result, error_class, detail, bounced_at, bounce, body)"
            " VALUES (:at, :queue_id, :category, :sender, :recipients, :header_to, :subject,"
            " :message_id, :server, :result, :error_class, :detail, :bounced_at, :bounce, :body)"));
        for (const auto &[entry, body] : entries) {
            if (!insert(q, entry, body, why)) {
                db.rollback();
                return false;
            }
        }
        if (db.commit())
            return true;
        m_busy = isBusy(db.lastError());
        *why = Tr::tr("Cannot write to the delivery history %1: %2")
                   .arg(m_path, db.lastError().text());
        db.rollback();
        return false;
    };
    QString why;
    bool ok = attempt(&why);
    // Damage found while writing: the file is moved aside once and the pass is written
    // into the new one, so that it is not lost as well.
    if (!ok && recoverFrom(why))
        ok = attempt(&why);
    if (!ok && error)
        *error = why.startsWith(QLatin1String("damaged:")) ? why.mid(8) : why;
    return ok;
}

QList<HistoryEntry> DeliveryHistory::find(const HistoryQuery &query, QString *error) const
{
    QList<HistoryEntry> out;
    if (!m_open) {
        if (error)
            *error = Tr::tr("The delivery history is not open.");
        return out;
    }
    QStringList where;
    QVariantList values;
    if (query.since.isValid()) {
        where << QStringLiteral("at >= ?");
        values << query.since.toMSecsSinceEpoch();
    }
    if (query.failedOnly)
        where << QStringLiteral("(result <> 'delivered' OR bounced_at IS NOT NULL)");
    if (!query.text.isEmpty()) {
        where << QStringLiteral("(recipients LIKE ? ESCAPE '\\' OR header_to LIKE ? ESCAPE '\\'"
                                " OR subject LIKE ? ESCAPE '\\' OR message_id LIKE ? ESCAPE "
                                "'\\' OR sender LIKE ? ESCAPE '\\')");
        const QString p = likePattern(query.text);
        values << p << p << p << p << p;
    }
    if (!query.category.isEmpty()) {
        where << QStringLiteral("category = ?");
        values << query.category;
    }
    if (!query.server.isEmpty()) {
        where << QStringLiteral("server = ?");
        values << query.server;
    }
    QString sql = QStringLiteral("SELECT %1 FROM entries").arg(QLatin1String(ColumnList));
    if (!where.isEmpty())
        sql += QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "));
    sql += QStringLiteral(" ORDER BY at DESC, id DESC LIMIT ?");
    values << (query.limit > 0 ? query.limit : -1);
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.setForwardOnly(true);
    q.prepare(sql);
    for (const QVariant &v : std::as_const(values))
        q.addBindValue(v);
    if (!q.exec()) {
        if (error)
            *error =
                Tr::tr("Cannot read the delivery history %1: %2").arg(m_path, q.lastError().text());
        return out;
    }
    while (q.next())
        out << entryFrom(q);
    return out;
}

std::optional<HistoryEntry> DeliveryHistory::entry(qint64 id) const
{
    if (!m_open)
        return std::nullopt;
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral("SELECT %1 FROM entries WHERE id = ?").arg(QLatin1String(ColumnList)));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return entryFrom(q);
}

QByteArray DeliveryHistory::body(qint64 id) const
{
    if (!m_open)
        return {};
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral("SELECT body FROM entries WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return {};
    return q.value(0).toByteArray();
}

int DeliveryHistory::markBounced(const QString &messageId, const QDateTime &at,
                                 const QString &bounce)
{
    const QString id = normalMessageId(messageId);
    if (id.isEmpty() || !open())
        return 0;
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    // The same report read twice (bounces runs again over the same mailbox) changes
    // nothing: only entries not yet marked are.
    q.prepare(QStringLiteral("UPDATE entries SET bounced_at = ?, bounce = ? WHERE message_id = ?"
                             " AND bounced_at IS NULL"));
    q.addBindValue((at.isValid() ? at : QDateTime::currentDateTimeUtc()).toMSecsSinceEpoch());
    q.addBindValue(bounce);
    q.addBindValue(id);
    if (!q.exec())
        return 0;
    return q.numRowsAffected();
}

int DeliveryHistory::prune(int days)
{
    if (days <= 0 || !open())
        return 0;
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral("DELETE FROM entries WHERE at < ?"));
    q.addBindValue(QDateTime::currentDateTimeUtc().addDays(-days).toMSecsSinceEpoch());
    if (!q.exec())
        return 0;
    return q.numRowsAffected();
}

} // namespace mw
