// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DsnParser.h"
#include "protocol/Pop3Session.h"
#include "protocol/Result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QString>

namespace mw {

// One delivery status notification found in the bounced-alerts mailbox, as recorded.
struct BounceRecord
{
    QString uid;    // UIDL of the report on the server (empty without UIDL)
    int number = 0; // its message number in the session that found it
    QDateTime seenAt;
    QString messageId; // of the report itself
    QString date;
    QString reportingMta;
    QString recipient; // the failed recipient
    QString action;    // failed, delayed, ...
    QString status;    // "5.1.1"
    QString diagnostic;
    QString originalMessageId; // the alert that bounced
    QString originalSubject;
    bool deleted = false; // removed from the server after it was recorded

    [[nodiscard]] static BounceRecord from(const Pop3MessageInfo &info,
                                           const DeliveryStatusNotification &dsn);
    [[nodiscard]] QJsonObject toJson() const;
    [[nodiscard]] static BounceRecord fromJson(const QJsonObject &o);
};

// What the bounced-alerts mailbox has shown so far: the reports found (newest last, at
// most kMaxRecords) and the UIDs already read, reports or not, so that a periodic check
// downloads each message once. A small JSON file beside the status file, written
// atomically; a missing or damaged file reads as empty (the mailbox is simply read again).
class BounceLog
{
public:
    static constexpr int kMaxRecords = 500;

    explicit BounceLog(QString path);
    // AppLocalDataLocation/bounces-<hash of the configuration path>.json
    [[nodiscard]] static QString defaultPathFor(const QString &configPath);
    [[nodiscard]] QString path() const { return m_path; }

    bool load();
    bool save() const;
    // Records `found` (those whose UID is new) and `seenUids`; returns the new records.
    QList<BounceRecord> merge(const QList<BounceRecord> &found, const QSet<QString> &seenUids);

    [[nodiscard]] const QList<BounceRecord> &records() const { return m_records; }
    [[nodiscard]] const QSet<QString> &seenUids() const { return m_seen; }
    // The account the UIDs belong to ("host:port user"); a different account starts afresh.
    [[nodiscard]] QString account() const { return m_account; }
    void setAccount(const QString &account);

private:
    QString m_path;
    QString m_account;
    QList<BounceRecord> m_records;
    QSet<QString> m_seen;
};

// Reads the bounced-alerts mailbox over POP3 once: LIST/UIDL, RETR of each message not
// read before (by UID) up to a size limit, recognises RFC 3464 reports, and optionally
// marks the reports for deletion (removed only when QUIT succeeds, RFC 1939 §6). Other
// messages are never deleted. Finishes exactly once per start(); cancellable.
class BounceCheck : public QObject
{
    Q_OBJECT
public:
    static constexpr qint64 kMaxBounceSize = 4 * 1024 * 1024;

    struct Options
    {
        bool deleteReports = false;
        QSet<QString> skipUids; // already read: not downloaded again
        qint64 maxSize = kMaxBounceSize;
        // diagnostics/debug_log: the session's redacted transcript is appended there (the
        // messages read appear as "(message N, size octets)", never their contents).
        QString debugLog;
    };

    explicit BounceCheck(QObject *parent = nullptr);
    ~BounceCheck() override;
    Q_DISABLE_COPY_MOVE(BounceCheck)

    void start(const Pop3Config &config, const Options &options);
    void cancel();
    [[nodiscard]] bool isRunning() const { return !m_session.isNull(); }

    [[nodiscard]] const Result &result() const { return m_result; }
    [[nodiscard]] int messageCount() const { return m_messages; }
    [[nodiscard]] const QList<BounceRecord> &found() const { return m_found; }
    // UIDs of every message read in this check (reports or not).
    [[nodiscard]] const QSet<QString> &readUids() const { return m_readUids; }
    // Messages larger than the limit, left unread.
    [[nodiscard]] int skipped() const { return m_skipped; }
    [[nodiscard]] const Transcript &transcript() const { return m_transcript; }
    // Why the debug log could not be written (empty when it was, or none is set).
    [[nodiscard]] QString debugLogError() const { return m_debugLogError; }

Q_SIGNALS:
    void finished(const mw::Result &result);

private:
    QPointer<Pop3Session> m_session;
    Options m_options;
    Result m_result;
    QList<Pop3MessageInfo> m_listing;
    QList<BounceRecord> m_found;
    QSet<QString> m_readUids;
    Transcript m_transcript;
    QString m_debugLogError;
    int m_messages = 0;
    int m_skipped = 0;
    int m_readyCount = 0;
};

} // namespace mw

Q_DECLARE_METATYPE(mw::BounceRecord)
