// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AlertState.h"
#include "delivery/QueueRunner.h"
#include "settings/MailSettings.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>

namespace mw {

class Queue;

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

    // One pass's outcome: raises the events it shows, queues the notices that are due.
    void review(const QueueRunner::Summary &summary);

    // Connection-class failures: the server could not be reached or talked to at all (dns,
    // refused, timeout, network, tls_handshake, a temporary refusal of the whole session).
    [[nodiscard]] static bool isConnectionFailure(const Result &result);

    [[nodiscard]] const AlertState &state() const { return m_state; }
    [[nodiscard]] QString statePath() const { return m_path; }
    // Notices queued since construction.
    [[nodiscard]] int queuedCount() const { return m_queued; }

Q_SIGNALS:
    void noticeQueued(const QString &kind, const QString &queueId);

private:
    void ensureLoaded();
    void reviewDeadLetters(Queue &queue, const QueueRunner::Summary &s, QList<AlertEvent> *out);
    void reviewHold(Queue &queue, const QueueRunner::Summary &s, QList<AlertEvent> *out);
    void reviewOutage(const QueueRunner::Summary &s, QList<AlertEvent> *out);
    void reviewCertificate(const QueueRunner::Summary &s, QList<AlertEvent> *out);
    // The queue went to the backup SMTP server, or back to the primary (AlertFailover.cpp).
    void reviewFailover(const QueueRunner::Summary &s, QList<AlertEvent> *out);
    void raise(const QList<AlertEvent> &events, Queue &queue);
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
};

} // namespace mw
