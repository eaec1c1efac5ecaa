// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>
#include <utility>

class QSqlQuery;

namespace mw {

// One message the queue handed over (or tried to): what the history keeps of it. No
// secret is ever part of it; the body only when history/keep_bodies is on.
struct HistoryEntry
{
    qint64 id = 0;          // the database's row id
    QDateTime at;           // UTC, when the outcome was recorded
    QString queueId;        // the spool id (QueuedMessage::id)
    QString category;       // job, error, console, notice
    QString sender;         // envelope sender; empty: "<>"
    QStringList recipients; // envelope recipients of this attempt
    QStringList headerTo;   // To and Cc of the message
    QString subject;
    QString messageId;
    QString server;      // "smtp", "backup-smtp" or "pickup"
    QString result;      // delivered, deferred, dead, unknown-outcome
    QString errorClass;  // DESIGN.md error class id; empty when delivered
    QString detail;      // the server's reply or the sentence
    QDateTime bouncedAt; // a matching delivery status notification, when one came
    QString bounce;      // its status and diagnostic
    bool hasBody = false;
};

// What to list: newest first.
struct HistoryQuery
{
    QDateTime since;         // invalid: no lower bound
    bool failedOnly = false; // dead, deferred, unknown-outcome or bounced
    QString text;            // part of a recipient, the subject or the Message-ID
    QString category;        // empty: any
    QString server;          // empty: any
    int limit = 1000;
};

// The delivery history: a small SQLite database (Qt SQL) next to the configuration's other
// data (configDataPath(config, "history-", ".sqlite")). Each instance holds its own
// connection, so a worker thread opens its own instance; every call blocks on the disk,
// so the window calls it off the GUI thread.
class DeliveryHistory
{
public:
    explicit DeliveryHistory(QString path);
    ~DeliveryHistory();
    DeliveryHistory(const DeliveryHistory &) = delete;
    DeliveryHistory &operator=(const DeliveryHistory &) = delete;

    [[nodiscard]] static QString defaultPathFor(const QString &configPath);
    [[nodiscard]] QString path() const { return m_path; }

    // Opens (and creates or upgrades) the database; false with a sentence in *error.
    // A file that is not a readable history (damaged, or not SQLite at all) is moved
    // aside, renamed with a timestamp, and a new one created: damagedNotice() then says
    // so, for the queue log.
    bool open(QString *error = nullptr);
    [[nodiscard]] bool isOpen() const { return m_open; }
    // Set when open() or a later call moved a damaged file aside; empty otherwise.
    [[nodiscard]] QString damagedNotice() const { return m_damagedNotice; }
    // The last open() or recordAll() failed because another connection held the file
    // longer than the busy timeout: the same write may succeed later.
    [[nodiscard]] bool failedBusy() const { return m_busy; }
    // One entry; body is stored only when not empty (the caller asks history/keep_bodies).
    bool record(const HistoryEntry &entry, const QByteArray &body = {}, QString *error = nullptr);
    // Several entries in one transaction (one queue pass): all or none.
    bool recordAll(const QList<std::pair<HistoryEntry, QByteArray>> &entries,
                   QString *error = nullptr);
    [[nodiscard]] QList<HistoryEntry> find(const HistoryQuery &query,
                                           QString *error = nullptr) const;
    [[nodiscard]] std::optional<HistoryEntry> entry(qint64 id) const;
    [[nodiscard]] QByteArray body(qint64 id) const;
    // A bounce report for messageId: marks its entries; returns how many.
    int markBounced(const QString &messageId, const QDateTime &at, const QString &bounce);
    // Drops entries older than days; returns how many.
    int prune(int days);

private:
    bool openOnce(QString *error);
    // One row through q, the prepared INSERT of recordAll().
    bool insert(QSqlQuery &q, const HistoryEntry &entry, const QByteArray &body, QString *error);
    // A damaged file found by a statement: moved aside and a fresh one opened, once.
    bool recoverFrom(const QString &failure);
    void close();

    QString m_path;
    QString m_connection;
    bool m_open = false;
    bool m_recovered = false;
    bool m_busy = false;
    QString m_damagedNotice;
};

} // namespace mw
