// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AlertState.h"
#include "delivery/QueueRunner.h"
#include "settings/MailSettings.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QString>

#include <functional>

class QTimer;

namespace mw {

class AlertChannels;
class Queue;
class SecretStore;

// Notices about failing mail (issue 19): watches a QueueRunner's passes and queues a
// notice (AlertNotice) when
//  - a message is dead-lettered (one notice per dead message; a dead notice is only logged);
//  - the queue is held for a reason a person must fix (a refused login, a required OAuth2
//    sign-in, a refused downgrade, spool storage...): one notice per hold;
//  - the SMTP server's certificate expires within alerts/certificate_days, or differs from
//    the one of the last good session: one notice per certificate;
//  - SMTP passes failed with connection-class errors (isConnectionFailure) for at least
//    alerts/outage_minutes: nothing during the outage (it could not go anyway), ONE notice
//    with start, end and the error once a pass reaches the server again.
// Each event is raised once (kind + subject: message id, hold, fingerprint, outage start)
// and at most one notice per kind is queued per alerts/min_interval; events raised within
// that interval wait (in the state file) and go together in the next notice of their kind.
// The state survives a restart of the runner (AlertState), so nothing is sent twice.
// Each notice due also goes to the second channel (AlertChannels, AlertEngineChannels.cpp):
// its events to the system log at once, the notice to the webhook through an outbox in the
// state file with its own retries. A failing channel is only logged in queue.log.
class AlertEngine : public QObject
{
    Q_OBJECT
public:
    using Clock = std::function<QDateTime()>;

    explicit AlertEngine(QString statePath, QObject *parent = nullptr);
    ~AlertEngine() override;
    Q_DISABLE_COPY_MOVE(AlertEngine)

    // AppLocalDataLocation/alerts-<hash of the configuration path>.json
    [[nodiscard]] static QString defaultPathFor(const QString &configPath);

    // The settings (alerts, mailboxes, copies, the queue folder) of the next review.
    void setSettings(const MailSettings &settings);
    // The time source (UTC); tests make an outage last hours in no time.
    void setClock(Clock clock);
    // Reviews each pass of runner (passFinished); call setSettings() first (the queue
    // folder). The dead letters present before the engine first ran (no state file yet)
    // are never noticed. watch(nullptr): review() is called by hand (tests).
    void watch(QueueRunner *runner);

    // Where the webhook's URL (the secret alerts-webhook) is read; without a store the
    // webhook's notices fail (and are retried) with a line in queue.log.
    void setSecretStore(SecretStore *store);

    // One pass's outcome: raises the events it shows, queues the notices that are due.
    void review(const QueueRunner::Summary &summary);

    // Sends the webhook's notices that are due (their first attempt or a retry). review()
    // and a timer (the earliest retry) call it; tests call it after moving the clock.
    void flushChannels();
    // A webhook POST (or the read of its URL) is under way; channelsIdle() when it ends.
    [[nodiscard]] bool channelsBusy() const;
    // Seconds between a failed webhook attempt and the next one (attempt = failures so far).
    [[nodiscard]] static int webhookRetryDelay(int attempt);
    // A notice is given up when the webhook has not taken it within this many seconds.
    static constexpr int kWebhookGiveUpSeconds = 24 * 3600;

    // Connection-class failures: the server could not be reached or talked to at all (dns,
    // refused, timeout, network, tls_handshake, a temporary refusal of the whole session).
    [[nodiscard]] static bool isConnectionFailure(const Result &result);

    [[nodiscard]] const AlertState &state() const { return m_state; }
    [[nodiscard]] QString statePath() const { return m_path; }
    // Notices queued since construction.
    [[nodiscard]] int queuedCount() const { return m_queued; }

Q_SIGNALS:
    void noticeQueued(const QString &kind, const QString &queueId);
    // One webhook attempt ended (ok: the service took it).
    void webhookFinished(const QString &kind, bool ok);
    void channelsIdle();

private:
    void ensureLoaded();
    void reviewDeadLetters(Queue &queue, const QueueRunner::Summary &s, QList<AlertEvent> *out);
    void reviewHold(Queue &queue, const QueueRunner::Summary &s, QList<AlertEvent> *out);
    void reviewOutage(const QueueRunner::Summary &s, QList<AlertEvent> *out);
    void reviewCertificate(const QueueRunner::Summary &s, QList<AlertEvent> *out);
    // The queue went to the backup SMTP server, or back to the primary (AlertFailover.cpp).
    void reviewFailover(const QueueRunner::Summary &s, QList<AlertEvent> *out);
    void raise(const QList<AlertEvent> &events, Queue &queue);
    // Hands a due batch to the second channel (AlertEngineChannels.cpp); true when a
    // channel is on (the batch then counts for the kind's rate limit even without a mail).
    bool handToChannels(const QString &kind, const QList<AlertEvent> &batch, Queue &queue);
    void webhookDone(const QString &id, bool ok, const QString &detail);
    void scheduleRetry();
    AlertChannels *channels();
    void sendDue(Queue &queue);
    [[nodiscard]] bool kindEnabled(const QString &kind) const;
    [[nodiscard]] QString stamp(const QDateTime &t) const;

    QString m_path;
    MailSettings m_settings;
    Clock m_clock;
    AlertState m_state;
    QDateTime m_now; // of the review under way
    bool m_loaded = false;
    int m_queued = 0;
    QPointer<QueueRunner> m_runner;
    QPointer<SecretStore> m_secrets;
    AlertChannels *m_channels = nullptr;
    QTimer *m_retry = nullptr;
    QSet<QString> m_posting; // webhook items whose POST is under way
};

} // namespace mw
