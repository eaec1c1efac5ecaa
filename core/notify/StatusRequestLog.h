// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

namespace mw {

// One status request found in the POP3 mailbox and what was done with it.
struct StatusRequestEntry
{
    enum class Outcome {
        Answered, // the status report was queued to the sender
        Refused,  // wrong password, sender not permitted, failed SPF/DKIM/DMARC, rate limit
    };
    QDateTime time; // UTC, when it was processed
    QString uid;    // UIDL on the server
    QString sender; // the From address (only the address, lower-cased domain)
    Outcome outcome = Outcome::Refused;
    QString reason; // a plain sentence: why refused, or "answered to <address>"

    [[nodiscard]] static QString outcomeId(Outcome o); // "answered" | "refused"
    [[nodiscard]] QJsonObject toJson() const;
    [[nodiscard]] static StatusRequestEntry fromJson(const QJsonObject &o);
};

// What the remote status check remembers between passes (a small JSON file beside the
// status file, written atomically; a missing or damaged file reads as empty):
//  - the processed requests, newest last (at most kMaxEntries), for the window and
//    `status-requests check --json`;
//  - the UIDs already processed, so that a request is handled once even when its deletion
//    failed (a replay of the same message is refused: its UID is known);
//  - when each sender was last answered, for the per-sender rate limit.
// No password, digest or message body is ever written here.
class StatusRequestLog
{
public:
    static constexpr int kMaxEntries = 200;

    explicit StatusRequestLog(QString path);
    // AppLocalDataLocation/status-requests-<hash of the configuration path>.json
    [[nodiscard]] static QString defaultPathFor(const QString &configPath);
    [[nodiscard]] QString path() const { return m_path; }

    bool load();
    bool save() const;

    void append(const StatusRequestEntry &entry);
    [[nodiscard]] const QList<StatusRequestEntry> &entries() const { return m_entries; }
    [[nodiscard]] bool isProcessed(const QString &uid) const { return m_uids.contains(uid); }
    void markProcessed(const QString &uid) { m_uids.insert(uid); }
    // The Message-IDs of the requests processed (answered or refused), so that the same
    // message sent again under a new UID is known as a replay. At most kMaxMessageIds.
    static constexpr int kMaxMessageIds = 1000;
    [[nodiscard]] bool isProcessedMessageId(const QString &id) const
    {
        return m_messageIds.contains(id);
    }
    void markProcessedMessageId(const QString &id);
    [[nodiscard]] QDateTime lastAnswered(const QString &sender) const
    {
        return m_lastAnswered.value(sender);
    }
    void setLastAnswered(const QString &sender, const QDateTime &when)
    {
        m_lastAnswered.insert(sender, when);
    }
    // The account the UIDs belong to ("host:port user"); another account starts afresh.
    [[nodiscard]] QString account() const { return m_account; }
    void setAccount(const QString &account);

private:
    QString m_path;
    QString m_account;
    QList<StatusRequestEntry> m_entries;
    QSet<QString> m_uids;
    QStringList m_messageIds; // oldest first
    QHash<QString, QDateTime> m_lastAnswered;
};

} // namespace mw
