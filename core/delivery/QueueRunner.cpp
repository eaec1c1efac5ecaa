// SPDX-License-Identifier: GPL-3.0-or-later
// The queue runner's life cycle and one pass: lock, hold, credentials, then the session
// (QueueRunnerSession.cpp) and the per-recipient outcomes (QueueRunnerOutcomes.cpp).
#include "QueueRunner.h"

#include "Pickup.h"
#include "Router.h"
#include "oauth/AccessTokenSource.h"
#include "protocol/MailConnection.h"
#include "session/CredentialResolver.h"
#include "session/DebugLog.h"
#include "session/Preflight.h"
#include "session/SmtpConfigFactory.h"
#include "settings/SettingsFacts.h"

#include <QDateTime>

#include <algorithm>

namespace mw {

QueueRunner::QueueRunner(QString queueDir, QObject *parent)
    : QObject(parent)
    , m_queue(queueDir)
    , m_lock(queueDir)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &QueueRunner::runPass);
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(100);
    connect(&m_debounce, &QTimer::timeout, this, [this] {
        // A new message: send it now unless the server is known to be down or the
        // queue is held (and no backup server takes it); then it waits for the scheduled
        // pass like the others.
        const QueueBackoff b = m_queue.backoff();
        const QueueHold h = m_queue.hold();
        if (h.appliesTo(SettingsFacts::fingerprint(m_settings)) &&
            (h.storage || !SettingsFacts::backupConfigured(m_settings)))
            return;
        if (b.failures > 0 && b.nextPass > QDateTime::currentDateTimeUtc())
            return;
        runPass();
    });
}

QueueRunner::~QueueRunner()
{
    m_journalAhead.reset(); // a journal write under way ends
    m_remover.reset();      // and the removals asked for
    if (m_session)
        m_session->cancel();
    if (m_popBefore) {
        m_popBefore->disconnect(this);
        m_popBefore->cancel();
    }
}

qint64 QueueRunner::retryDelay(int intervalSeconds, int failures)
{
    const qint64 base = std::max(1, intervalSeconds);
    if (failures <= 3)
        return base;
    return base * (qint64(1) << std::min(failures - 3, 4));
}

void QueueRunner::addCounts(Summary &into, const Summary &earlier)
{
    into.attempted += earlier.attempted;
    into.delivered += earlier.delivered;
    into.deferred += earlier.deferred;
    into.dead += earlier.dead;
    into.unknown += earlier.unknown;
    into.recovered = earlier.recovered + into.recovered;
}

void QueueRunner::setSettings(const MailSettings &settings)
{
    const bool changed =
        SettingsFacts::fingerprint(settings) != SettingsFacts::fingerprint(m_settings);
    m_settings = settings;
    if (changed && m_running && !m_options.once) {
        note(QStringLiteral("settings changed"));
        // New settings: whatever held or delayed the queue may be fixed.
        QueueBackoff none;
        m_queue.setBackoff(none, nullptr);
        runPass();
    }
}

void QueueRunner::setCredentialResolver(CredentialResolver *resolver)
{
    m_resolver = resolver;
    m_reloadCredentials = resolver != nullptr; // read before the first login
}

void QueueRunner::setAccessTokenSource(AccessTokenSource *source)
{
    if (m_tokens)
        disconnect(m_tokens, nullptr, this, nullptr);
    m_tokens = source;
    if (!source)
        return;
    connect(source, &AccessTokenSource::signInChanged, this, [this] {
        // A new sign-in: a pass checks the hold against it.
        if (m_running && !m_options.once && m_queue.hold().active)
            runPass();
    });
}

void QueueRunner::credentialsChanged()
{
    m_reloadCredentials = true;
    if (!m_running || m_options.once)
        return;
    if (m_inPass)
        m_passPending = true;
    else
        m_debounce.start();
}

void QueueRunner::start(const Options &options)
{
    if (m_running)
        return;
    m_options = options;
    m_force = options.force;
    m_running = true;
    m_firstPass = true;
    m_runTotal = {};
    QString error;
    if (!m_queue.ensure(&error)) {
        m_summary = {};
        m_summary.error = error;
        m_summary.fatal = true;
        m_running = false;
        QTimer::singleShot(0, this, [this] { Q_EMIT finished(m_summary); });
        return;
    }
    if (!options.once) {
        m_watcher = std::make_unique<QFileSystemWatcher>(QStringList{m_queue.dir()});
        connect(m_watcher.get(), &QFileSystemWatcher::directoryChanged, this, [this] {
            if (!m_inPass)
                m_debounce.start();
            else
                m_passPending = true;
        });
    }
    QTimer::singleShot(0, this, &QueueRunner::runPass);
}

void QueueRunner::stop()
{
    m_running = false;
    m_timer.stop();
    m_debounce.stop();
    m_watcher.reset();
    if (m_session)
        m_session->cancel();
    else if (m_popBefore && m_popBefore->isRunning())
        m_popBefore->cancel();
    else if (!m_inPass)
        Q_EMIT finished(m_summary);
}

void QueueRunner::note(const QString &what)
{
    m_queue.log(what);
}

void QueueRunner::runPass()
{
    if (!m_running || m_inPass)
        return;
    m_timer.stop();
    const Queue::Lock::Result locked = m_lock.acquire();
    if (locked == Queue::Lock::Result::Failed) {
        // Not "busy": a read-only or otherwise unusable spool never gets better by
        // waiting, and nothing could be recorded. Say which file and why, and stop.
        m_summary = {};
        m_summary.fatal = true;
        m_summary.error = m_lock.errorString();
        m_running = false;
        m_debounce.stop();
        m_watcher.reset();
        Q_EMIT finished(m_summary);
        return;
    }
    if (locked == Queue::Lock::Result::Busy) {
        // Another pass (a service, or a flush) runs now; try again shortly.
        if (m_options.once && m_lockWaited >= m_options.lockWaitMs) {
            m_summary = {};
            m_summary.busy = true;
            m_summary.error = tr("Another queue runner is busy with this queue.");
            m_running = false;
            Q_EMIT finished(m_summary);
            return;
        }
        m_lockWaited += 100;
        m_timer.start(100);
        return;
    }
    m_lockWaited = 0;
    m_inPass = true;
    m_passPending = false;
    m_summary = {};
    m_active = m_settings;
    m_onBackup = false;
    m_failover = FailoverPolicy::load(m_queue.dir());
    m_holdClass = ErrorClass::None;
    m_tokenRetried = false;
    m_secretsRetried = false;
    m_storageTrouble = false;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const bool storageHeld = !m_pending.isEmpty() || m_queue.hold().storage;
    if (storageHeld && !m_force && m_storageRetry.isValid() && now < m_storageRetry) {
        // Held for spool storage: nothing is sent before the back-off ends.
        m_summary.held = true;
        m_summary.storage = true;
        endPass();
        return;
    }
    // Outcomes of an earlier pass that could not be written come first: until they are on
    // disk, nothing is sent (a recipient that has a message must never get it again).
    if (!m_pending.isEmpty()) {
        if (!flushPending()) {
            endPass();
            return;
        }
        m_queue.endPass(); // recorded now: the journal kept for them can go
    }
    QString error;
    m_summary.recovered = m_queue.recover(&error);
    if (!error.isEmpty())
        m_summary.error = error;
    for (const QString &id : std::as_const(m_summary.recovered)) {
        Q_EMIT messageDone(id, QueuedMessage::stateId(QueuedMessage::State::Unknown),
                           tr("the previous runner stopped while sending it"));
        if (const auto m = m_queue.load(id, true))
            Q_EMIT messageHandled(*m, QueuedMessage::stateId(QueuedMessage::State::Unknown),
                                  tr("the previous runner stopped while sending it"), {});
    }

    const QString hash = SettingsFacts::fingerprint(m_settings);
    const QueueHold hold = m_queue.hold();
    if (hold.active) {
        // Whatever lifts the hold (a new password stored by another process, the window's
        // Save, a flush), the passwords are read again before the next login.
        m_reloadCredentials = true;
        if (hold.storage || hold.settingsHash != hash || m_force) {
            m_queue.clearHold();
        } else if (!hold.signIn.isEmpty() && m_tokens) {
            // Held for an OAuth2 sign-in: only a new one (here or in another process)
            // lifts it; reading the secret store asks the provider nothing.
            m_tokens->reload(this, [this, hold] {
                if (m_tokens && m_tokens->signInId() != hold.signIn) {
                    m_queue.clearHold();
                    continuePass();
                    return;
                }
                if (SettingsFacts::backupConfigured(m_settings)) {
                    switchToBackup(hold.message);
                    continuePass();
                    return;
                }
                m_summary.held = true;
                endPass();
            });
            return;
        } else if (SettingsFacts::backupConfigured(m_settings)) {
            // The primary stays held (untried) until its settings or secret change; the
            // mail goes through the backup meanwhile.
            switchToBackup(hold.message);
        } else {
            m_summary.held = true;
            endPass();
            return;
        }
    }
    continuePass();
}

void QueueRunner::switchToBackup(const QString &reason)
{
    m_onBackup = true;
    m_active = SettingsFacts::forServer(m_settings, MailSettings::SmtpServer::Backup);
    m_holdClass = ErrorClass::None;
    m_tokenRetried = false;
    m_secretsRetried = false;
    if (!m_failover.onBackup) {
        m_summary.failedOver = true;
        m_summary.failoverReason = reason;
        m_summary.outageSince = m_failover.outageSince;
        m_failover.reason = reason;
        note(QStringLiteral("failover to backup-smtp (%1): %2")
                 .arg(SettingsFacts::smtpHost(m_active), reason));
    }
    m_failover.onBackup = true;
    saveFailover();
}

void QueueRunner::saveFailover()
{
    QString error;
    if (!FailoverPolicy::save(m_queue.dir(), m_failover, &error))
        note(QStringLiteral("failover state not written: %1").arg(error));
}

void QueueRunner::continuePass()
{
    // Each server has its own secrets: read them again when the pass changes server.
    if (m_resolver && m_credentialsFor != SettingsFacts::smtpServerId(m_active))
        m_reloadCredentials = true;
    if (!m_reloadCredentials || !m_resolver) {
        afterHoldCheck();
        return;
    }
    m_reloadCredentials = false;
    QPointer<QueueRunner> self(this);
    m_resolver->resolve(
        m_active, credentialNeeds(), this, [self](const CredentialResolver::Outcome &o) {
            if (self)
                self->useCredentials(o.ok, o.credentials, o.ok ? QString() : o.text());
        });
}

PreflightNeeds QueueRunner::credentialNeeds() const
{
    PreflightNeeds needs = Preflight::needs(m_active, Purpose::QueueRun);
    needs.accessToken = false; // asked per session: retried once, a sign-in holds
    return needs;
}

void QueueRunner::useCredentials(bool ok, const Credentials &credentials, const QString &error)
{
    if (!ok) {
        // No login with a password that may be stale: the next pass reads again.
        m_reloadCredentials = true;
        m_summary.error = error;
        endPass();
        return;
    }
    m_credentials = credentials;
    m_credentialsFor = SettingsFacts::smtpServerId(m_active);
    if (!m_running) {
        endPass();
        return;
    }
    afterHoldCheck();
}

void QueueRunner::afterHoldCheck()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QueueBackoff backoff = m_queue.backoff();
    const bool serverDown = backoff.failures > 0 && backoff.nextPass > now;
    if (serverDown && !m_force && !m_firstPass && !m_onBackup) {
        if (m_failover.onBackup && SettingsFacts::backupConfigured(m_settings)) {
            // The primary's back-off is not over: straight to the backup meanwhile.
            switchToBackup(m_failover.reason);
            continuePass();
            return;
        }
        endPass();
        return;
    }
    // Only the files of this batch are read: the rest of a long spool waits unread for
    // the next pass. Once one is due, the TLS library starts loading on a worker thread
    // while the others are read, instead of when the session connects.
    const bool tls = m_settings.delivery.method != MailSettings::DeliveryMethod::Pickup &&
                     m_active.smtp.security != MailSettings::SmtpSecurity::None;
    m_batch = m_queue.listDue(
        m_options.maxBatch, m_options.maxBatchBytes,
        [this, now, tls](QueuedMessage &m) {
            if (!m_force && m.nextAttempt.isValid() && m.nextAttempt > now)
                return false;
            // Recipients recorded as delivered never get the message again.
            QStringList remaining;
            for (const QString &r : std::as_const(m.recipients)) {
                if (std::none_of(m.delivered.cbegin(), m.delivered.cend(), [&r](const QString &d) {
                        return Router::normalized(d) == Router::normalized(r);
                    }))
                    remaining << r;
            }
            if (remaining.isEmpty()) {
                removeDelivered(m); // every recipient has it (the removal had failed)
                return false;
            }
            m.recipients = remaining;
            if (tls)
                MailConnection::preloadTls(); // once a process
            return true;
        },
        &m_batchFull);
    m_firstPass = false;
    m_force = false;
    if (m_batch.isEmpty()) {
        endPass();
        return;
    }
    if (m_settings.delivery.method == MailSettings::DeliveryMethod::Pickup)
        sendPickup();
    else
        sendSmtp();
}

void QueueRunner::holdQueue(ErrorClass c, const QString &message, const QString &reply)
{
    QueueHold h;
    h.active = true;
    h.settingsHash = SettingsFacts::fingerprint(m_settings);
    h.errorClass = c;
    h.message = message;
    h.serverReply = reply;
    h.since = QDateTime::currentDateTimeUtc();
    if (m_tokens && SettingsFacts::usesOAuth(m_settings) && c != ErrorClass::Config)
        h.signIn = m_tokens->signInId(); // a new sign-in may fix it
    h.downgrade = !m_guard.downgrades().isEmpty();
    QString error;
    if (!m_queue.setHold(h, &error))
        m_summary.error = error;
    m_summary.held = true;
    // Whoever lifts the hold (`secret set` in another process lifts a refused login's before
    // this runner's watch sees the new secret), the next login reads the passwords again:
    // never the one that was refused.
    m_reloadCredentials = true;
}

void QueueRunner::endPass()
{
    settleRemovals(); // a failed removal holds the queue like any spool write
    if (m_storageTrouble) {
        // The spares' blocks are given back: kept only to spare removals their discards,
        // they may be the room a full disk lacks.
        m_queue.dropSpares(m_queue.spares() + m_queue.spares(true));
        // Back off (as for an unreachable server) and hold with the reason, instead of
        // trying again at once: a full disk does not empty itself in 50 ms.
        ++m_storageFailures;
        m_storageRetry = QDateTime::currentDateTimeUtc().addSecs(
            retryDelay(m_settings.delivery.retryInterval, m_storageFailures));
        QString error;
        if (!m_queue.setStorageHold(m_summary.error, &error))
            note(QStringLiteral("spool storage: %1").arg(error));
        m_summary.held = true;
        m_summary.storage = true;
    } else if (m_summary.attempted > 0 && m_pending.isEmpty()) {
        m_storageFailures = 0;
    }
    // A journal write ahead ends first: none may follow the journal's removal.
    m_journalAhead.reset();
    // The journal stays while an outcome of this pass is not on disk: after a crash those
    // messages are marked "outcome unknown" instead of looking untouched.
    m_queue.endPass(!m_pending.isEmpty());
    m_lock.unlock();
    m_inPass = false;
    m_summary.remaining = m_queue.waitingCount();
    Q_EMIT passFinished(m_summary);
    if (!m_running)
        return Q_EMIT finished(m_summary);
    // A full batch went well: more may be due right away.
    const bool more = m_batchFull && !m_summary.held && (m_summary.delivered + m_summary.dead) > 0;
    m_batch.clear();
    m_batchFull = false;
    if (m_options.once) {
        if (more) {
            Summary sofar = m_summary;
            addCounts(sofar, m_runTotal);
            m_runTotal = sofar;
            QTimer::singleShot(0, this, &QueueRunner::runPass);
            return;
        }
        m_running = false;
        Summary total = m_summary;
        addCounts(total, m_runTotal);
        Q_EMIT finished(total);
        return;
    }
    if (more || m_passPending) {
        m_timer.start(more ? 0 : 100);
        return;
    }
    scheduleNext();
}

void QueueRunner::scheduleNext()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    // Wake at the next due retry, at the end of a back-off, and at least once per retry
    // interval (a safety net if a file-system notification is missed).
    qint64 ms = qint64(std::max(1, m_settings.delivery.retryInterval)) * 1000;
    const QueueBackoff b = m_queue.backoff();
    const QueueHold h = m_queue.hold();
    if (h.storage || !m_pending.isEmpty()) {
        // Held for spool storage: try again when the back-off ends.
        if (m_storageRetry.isValid())
            ms = std::min(ms, std::max<qint64>(0, now.msecsTo(m_storageRetry)));
    } else if (h.appliesTo(SettingsFacts::fingerprint(m_settings))) {
        // Held: nothing to do until the settings change (setSettings starts a pass).
    } else if (b.failures > 0 && b.nextPass > now) {
        ms = std::min(ms, now.msecsTo(b.nextPass));
    } else {
        for (const QueuedMessage &m : m_queue.list(false)) {
            if (m.nextAttempt.isValid())
                ms = std::min(ms, std::max<qint64>(0, now.msecsTo(m.nextAttempt)));
        }
    }
    m_timer.start(int(std::clamp<qint64>(ms, 50, 24 * 3600 * 1000)));
}

} // namespace mw
