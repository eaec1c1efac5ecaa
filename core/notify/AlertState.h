// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "protocol/Result.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QString>

namespace mw {

// One event worth a notice about failing mail. `subject` is what the event is about (a
// message id, a hold reason, a certificate fingerprint, an outage's start): with the kind
// it is the deduplication key. `text` is the paragraph the notice carries; it names
// servers, addresses, error classes and server replies, never a secret or a message body.
struct AlertEvent
{
    QString kind; // dead_letter, held, certificate_expiring, certificate_changed, outage
    QString subject;
    QDateTime at; // UTC, when it was seen
    QString text;

    [[nodiscard]] QString key() const { return kind + QLatin1Char(' ') + subject; }
    [[nodiscard]] QJsonObject toJson() const;
    [[nodiscard]] static AlertEvent fromJson(const QJsonObject &o);
};

// One notice waiting for the alert webhook (alerts/webhook): sent at `next`, again with
// a growing delay after each failure (1, 5, 15, 60 minutes...), given up a day after
// `first`. Holds the notice's words, not the URL (a secret, read at every attempt).
struct WebhookItem
{
    QString id; // unique, to find the item again when its POST ends
    QString kind;
    QString title;
    QString text;
    QDateTime at;    // when the notice was due (UTC)
    QDateTime first; // first attempt
    QDateTime next;  // next attempt
    int attempts = 0;

    [[nodiscard]] QJsonObject toJson() const;
    [[nodiscard]] static WebhookItem fromJson(const QJsonObject &o);
};

// What the alert engine remembers between passes and across restarts of the runner, in
// AppLocalDataLocation/alerts-<hash of the configuration path>.json (written atomically;
// a missing or damaged file reads as empty). Holds no secret and no message content.
struct AlertState
{
    // Deduplication: "kind subject" → when the event was raised. Entries older than
    // kKeepDays are dropped.
    QHash<QString, QDateTime> raised;
    // Rate limit: kind → when its last notice was queued.
    QHash<QString, QDateTime> lastSent;
    // Raised but not queued yet (the kind's rate limit, or the queue could not be written).
    QList<AlertEvent> pending;
    // Dead letters already looked at (noticed or not), so that each gets one notice; the
    // ones present when the engine first ran are the baseline, never noticed.
    QSet<QString> knownDead;
    bool deadBaseline = false;
    // The hold noticed ("auth_failed", "sign_in", "downgrade", "storage"...); empty when
    // the queue is not held. A new hold after this one ended is noticed again.
    QString heldKey;
    // An outage under way: when connection-class failures began, and the last one seen.
    QDateTime outageStart;
    QDateTime outageLast;
    ErrorClass outageClass = ErrorClass::None;
    QString outageMessage;
    QString outageReply;
    // "host:port" → SHA-256 of the certificate of the last good session.
    QHash<QString, QString> certificates;
    // The second channel: notices the webhook has not taken yet, and the pending events
    // already handed to the channels (so that a notice the mail queue could not take yet
    // does not reach the webhook and the system log twice).
    QList<WebhookItem> webhookOutbox;
    QSet<QString> channelled;

    static constexpr int kKeepDays = 400;

    // Reads `path`; false (and an empty state) when it exists but cannot be read.
    bool load(const QString &path);
    bool save(const QString &path, QString *error) const;
    void prune(const QDateTime &now);
};

} // namespace mw
