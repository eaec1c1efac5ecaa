// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "FailoverPolicy.h"
#include "PopBeforeSmtp.h"
#include "Queue.h"
#include "QueueJournalAhead.h"
#include "QueueRemover.h"
#include "protocol/SmtpSession.h"
#include "session/Credentials.h"
#include "session/DowngradeGuard.h"
#include "settings/MailSettings.h"

#include <QFileSystemWatcher>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <functional>
#include <memory>

namespace mw {

class AccessTokenSource;
class CredentialResolver;
struct PreflightNeeds;

// Sends the spool (seed 004: "tries to reconnect every 30 seconds ... sent one by one in
// sequence"). One pass takes the due messages oldest first and sends them over one SMTP
// session (or writes them to the pickup folder), then records each outcome:
//  - delivered: removed from the spool;
//  - 5xx for the message or some recipients: those go to dead/ with the server's words;
//  - 4xx or connection trouble: retried after the retry interval, longer as failures
//    persist (retryDelay);
//  - connection lost after the final dot: "outcome unknown", retried with the same bytes;
//  - login or configuration failures: the whole queue is held until the settings change;
//  - OAuth2 "Sign-in required" (a refused refresh token): held, not failed, after one
//    attempt at the provider, until a new sign-in (setAccessTokenSource).
// Runs once (start(once)) or as a service that wakes for new files, due retries and
// settings changes.
class QueueRunner : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        bool once = false;  // one pass (and the passes a batch limit needs), then finish
        bool force = false; // first pass: every waiting message now, and lift a hold once
        // Messages per session, and the octets of their content (all in memory while the
        // session runs); at least one message. A flush of a long spool goes over one
        // connection up to these.
        int maxBatch = 2000;
        qint64 maxBatchBytes = 64 * 1024 * 1024;
        int lockWaitMs = 60000; // how long a --once pass waits for a running pass
    };

    struct Summary
    {
        int attempted = 0;
        int delivered = 0;
        int deferred = 0;
        int dead = 0;
        int unknown = 0;
        int remaining = 0;     // still in the spool after the pass
        QStringList recovered; // marked "outcome unknown" after a killed runner
        bool held = false;
        bool busy = false;    // the lock could not be had (another runner has it)
        bool fatal = false;   // the spool cannot be used at all: error says which file, why
        bool storage = false; // a state change could not be written: held ("spool storage")
        bool sessionRan = false;
        Result result; // of the SMTP session, when one ran
        // Where this pass's session went: "smtp" (the primary), "backup-smtp" or "pickup";
        // empty when none ran.
        QString server;
        // The backup server (backup_smtp): this pass moved the queue to it (with why: the
        // primary's outage or hold), or the primary answered again after such a move.
        bool failedOver = false;
        QString failoverReason;
        QDateTime outageSince; // the primary's, when the move was for an outage
        bool returnedToPrimary = false;
        QString error; // spool I/O trouble
    };

    explicit QueueRunner(QString queueDir, QObject *parent = nullptr);
    ~QueueRunner() override;
    Q_DISABLE_COPY_MOVE(QueueRunner)

    // The settings the next pass uses. A change of settings lifts a hold and, for a
    // running service, starts a pass.
    void setSettings(const MailSettings &settings);
    // The passwords the next pass uses (the POP3 one for POP-before-SMTP), when the caller
    // already has them; else setCredentialResolver().
    void setCredentials(const Credentials &credentials) { m_credentials = credentials; }
    // Where the passwords come from (not owned): the secrets Preflight names for
    // Purpose::QueueRun are read through it before the first pass, after a hold ends and
    // after credentialsChanged(). Its failure (no password stored, the store unreadable or
    // silent) ends the pass with that sentence in Summary::error, and the next pass reads
    // again. Access tokens are asked per session (setAccessTokenSource).
    void setCredentialResolver(CredentialResolver *resolver);
    // The remembered-capabilities file (CapabilityMemory): sessions refuse to do with less
    // than at the last good one (DowngradeGuard). Empty (the default): no such check.
    void setCapabilityMemory(const QString &path) { m_capabilityMemory = path; }
    // Where access tokens come from when smtp/auth is xoauth2 or oauthbearer (not owned).
    // Its signInChanged() lifts a sign-in hold; a held pass also re-reads the stored
    // sign-in (mailwright-cli oauth login in another process).
    void setAccessTokenSource(AccessTokenSource *source);
    // The secret store changed (e.g. its file was rewritten): the next pass reads the
    // passwords again, and a running service starts one.
    void credentialsChanged();
    void start(const Options &options);
    void stop();
    [[nodiscard]] bool isRunning() const { return m_running; }
    [[nodiscard]] const Summary &lastSummary() const { return m_summary; }

    // Seconds before the next try after `failures` consecutive failures: the interval for
    // the first three, then doubling, at most 16 times the interval.
    [[nodiscard]] static qint64 retryDelay(int intervalSeconds, int failures);

Q_SIGNALS:
    void messageDone(const QString &id, const QString &state, const QString &detail);
    // The same outcome with the whole message (its metadata, and its content when it was
    // loaded for sending: every outcome of a pass but a recovered one has it) and where
    // it went (Summary::server: "smtp", "backup-smtp", "pickup"; empty for an outcome a
    // killed runner left). For the delivery history (HistoryRecorder); emitted right
    // after messageDone.
    void messageHandled(const mw::QueuedMessage &message, const QString &state,
                        const QString &detail, const QString &server);
    // An SMTP session of the pass ended: its outcomes are all reported (messageHandled);
    // the removals of its delivered files and the pass's end come after.
    void sessionEnded();
    void passFinished(const mw::QueueRunner::Summary &summary);
    // A once-run (Options::once) that took several passes (batch limits) counts the
    // messages of all of them (attempted, delivered, deferred, dead, unknown, recovered);
    // the rest is the last pass's.
    void finished(const mw::QueueRunner::Summary &summary);

private:
    void runPass();
    // Adds the message counts of the passes before `into` (a once-run's total).
    static void addCounts(Summary &into, const Summary &earlier);
    void sendSmtp();
    void sendPopBeforeSmtp(const QList<Envelope> &envelopes);
    void startSession(const QString &accessToken);
    void afterHoldCheck();
    void sendPickup();
    void onMessage(int index, const MessageOutcome &outcome);
    void onSessionFinished(const Result &result);
    // What the session's end means for the pass (after onSessionFinished's retries).
    void concludeSession(const Result &sessionResult);
    // The session that ended: its transcript into the debug log (diagnostics/debug_log, if
    // one is set) and the SMTP session gone; a POP-before-SMTP one stays (its login record).
    void retireSession();
    [[nodiscard]] PreflightNeeds credentialNeeds() const;
    void endPass();
    void scheduleNext();
    void holdQueue(ErrorClass c, const QString &message, const QString &reply);
    void deferMessage(QueuedMessage &m);
    bool splitRecipients(QueuedMessage &m, const QStringList &rejected, bool deliveredSome);
    // Failures that more attempts cannot fix: they hold the whole queue.
    [[nodiscard]] static bool holdsQueue(ErrorClass c);
    void useCredentials(bool ok, const Credentials &credentials, const QString &error);
    void note(const QString &what);
    // Spool writes of the runner: a failure is remembered (and the outcome kept in memory,
    // so that no recipient recorded as delivered is sent to again) and holds the queue.
    bool saveState(QueuedMessage &m);
    bool removeDelivered(const QueuedMessage &m);
    // Waits for the session's removals; a failed one is kept in memory and holds the queue
    // (as a failed removeDelivered does).
    void settleRemovals();
    void storageFailed(const QString &error);
    // Writes what could not be written before; false while that still fails.
    bool flushPending();
    void continuePass();
    // The rest of this pass goes to the backup server (backup_smtp): the primary is held,
    // or has been unreachable for backup_smtp/after seconds.
    void switchToBackup(const QString &reason);
    void saveFailover();

    Queue m_queue;
    Queue::Lock m_lock;
    MailSettings m_settings;
    // The settings of this pass's session: m_settings, or their copy for the backup server
    // (SettingsFacts::forServer) once the pass moved there.
    MailSettings m_active;
    bool m_onBackup = false;
    FailoverState m_failover;
    QString m_credentialsFor; // the server (smtpServerId) m_credentials were read for
    Credentials m_credentials;
    Options m_options;
    bool m_force = false;
    bool m_running = false;
    bool m_inPass = false;
    bool m_passPending = false;
    bool m_firstPass = true;
    int m_lockWaited = 0;
    QList<QueuedMessage> m_batch;
    bool m_batchFull = false; // the batch limits left due messages for another pass
    Summary m_runTotal;       // the counts of this once-run's passes before the current one
    ErrorClass m_holdClass = ErrorClass::None;
    QString m_holdMessage;
    QString m_holdReply;
    QPointer<SmtpSession> m_session;
    // The session's end-of-data gate (group commit, the next group written ahead).
    std::unique_ptr<QueueJournalAhead> m_journalAhead;
    // The removals of the files of messages the session delivered, on a worker thread;
    // settleRemovals() waits for them before the spool is listed again or the pass ends.
    std::unique_ptr<QueueRemover> m_remover;
    bool m_removalWakePosted = false; // a wake of the remover is queued (removeDelivered)
    // POP-before-SMTP: kept across passes so that a login inside the relay window is reused.
    PopBeforeSmtp *m_popBefore = nullptr;
    QString m_capabilityMemory;
    DowngradeGuard m_guard;
    QPointer<AccessTokenSource> m_tokens;
    QPointer<CredentialResolver> m_resolver;
    bool m_reloadCredentials = false;
    // Outcomes not on disk yet (id → the message's metadata; remove: delivered to all).
    struct Pending
    {
        QueuedMessage message;
        bool remove = false;
    };
    QHash<QString, Pending> m_pending;
    bool m_storageTrouble = false; // this pass
    int m_storageFailures = 0;     // consecutive passes with spool write failures
    QDateTime m_storageRetry;      // no pass before this while held for storage
    QString m_accessToken;         // of the session under way (OAuth2)
    bool m_tokenRetried = false;   // this pass retried once with a fresh access token
    bool m_secretsRetried = false; // this pass read the secrets again after a refused login
    Summary m_summary;
    QTimer m_timer;
    QTimer m_debounce;
    std::unique_ptr<QFileSystemWatcher> m_watcher;
};

} // namespace mw

Q_DECLARE_METATYPE(mw::QueueRunner::Summary)
Q_DECLARE_METATYPE(mw::QueuedMessage)
