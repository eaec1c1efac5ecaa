// SPDX-License-Identifier: GPL-3.0-or-later
// Over 600 lines: one pass of the runner is one state machine (lock, hold, credentials,
// session, outcomes, spool-write failures); split it along those lines when it grows.
#include "QueueRunner.h"

#include "DebugLog.h"
#include "Pickup.h"
#include "Router.h"
#include "oauth/AccessTokenSource.h"
#include "session/SmtpConfigFactory.h"
#include "settings/SettingsFacts.h"

#include <QDateTime>

#include <algorithm>

namespace mw {

namespace {

// Failures that more attempts cannot fix: they hold the whole queue.
bool holdsQueue(ErrorClass c)
{
    switch (c) {
    case ErrorClass::Config:
    case ErrorClass::AuthFailed:
    case ErrorClass::AuthUnsupported:
    case ErrorClass::TlsCertificate:
    case ErrorClass::StartTlsUnavailable:
    case ErrorClass::SenderRejected:
        return true;
    default:
        return false;
    }
}

} // namespace

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
        // queue is held; then it waits for the scheduled pass like the others.
        const QueueBackoff b = m_queue.backoff();
        if (m_queue.hold().appliesTo(SettingsFacts::fingerprint(m_settings)))
            return;
        if (b.failures > 0 && b.nextPass > QDateTime::currentDateTimeUtc())
            return;
        runPass();
    });
}

QueueRunner::~QueueRunner()
{
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

void QueueRunner::setSettings(const MailSettings &settings, const QString &password,
                              const QString &pop3Password)
{
    const bool changed =
        SettingsFacts::fingerprint(settings) != SettingsFacts::fingerprint(m_settings);
    m_settings = settings;
    m_password = password;
    m_pop3Password = pop3Password;
    if (changed && m_running && !m_options.once) {
        note(QStringLiteral("settings changed"));
        // New settings: whatever held or delayed the queue may be fixed.
        QueueBackoff none;
        m_queue.setBackoff(none, nullptr);
        runPass();
    }
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
    m_holdClass = ErrorClass::None;
    m_tokenRetried = false;
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
    for (const QString &id : std::as_const(m_summary.recovered))
        Q_EMIT messageDone(id, QueuedMessage::stateId(QueuedMessage::State::Unknown),
                           tr("the previous runner stopped while sending it"));

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
                m_summary.held = true;
                endPass();
            });
            return;
        } else {
            m_summary.held = true;
            endPass();
            return;
        }
    }
    continuePass();
}

void QueueRunner::continuePass()
{
    if (!m_reloadCredentials || !m_loadCredentials) {
        afterHoldCheck();
        return;
    }
    m_reloadCredentials = false;
    QPointer<QueueRunner> self(this);
    m_loadCredentials([self](bool ok, const QString &password, const QString &pop3Password,
                             const QString &error) {
        if (!self)
            return;
        if (!ok) {
            // No login with a password that may be stale: the next pass reads again.
            self->m_reloadCredentials = true;
            self->m_summary.error = error;
            self->endPass();
            return;
        }
        self->m_password = password;
        self->m_pop3Password = pop3Password;
        if (!self->m_running) {
            self->endPass();
            return;
        }
        self->afterHoldCheck();
    });
}

bool QueueRunner::saveState(QueuedMessage &m)
{
    QString error;
    if (m_queue.update(m, &error)) {
        m_pending.remove(m.id);
        return true;
    }
    QueuedMessage meta = m;
    meta.content.clear();
    m_pending.insert(m.id, Pending{meta, false});
    storageFailed(error);
    return false;
}

bool QueueRunner::removeDelivered(const QueuedMessage &m)
{
    QString error;
    if (m_queue.remove(m.id, &error)) {
        m_pending.remove(m.id);
        return true;
    }
    QueuedMessage meta = m;
    meta.content.clear();
    m_pending.insert(m.id, Pending{meta, true});
    storageFailed(error);
    return false;
}

void QueueRunner::storageFailed(const QString &error)
{
    if (!m_storageTrouble)
        m_summary.error = error;
    m_storageTrouble = true;
}

bool QueueRunner::flushPending()
{
    for (auto it = m_pending.begin(); it != m_pending.end();) {
        QString error;
        const bool ok = it->remove ? m_queue.remove(it->message.id, &error)
                                   : m_queue.update(it->message, &error);
        if (!ok) {
            storageFailed(error);
            return false;
        }
        it = m_pending.erase(it);
    }
    return true;
}

void QueueRunner::afterHoldCheck()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QueueBackoff backoff = m_queue.backoff();
    const bool serverDown = backoff.failures > 0 && backoff.nextPass > now;
    if (serverDown && !m_force && !m_firstPass) {
        endPass();
        return;
    }
    m_batch.clear();
    for (QueuedMessage &m : m_queue.list(false, true)) {
        if (!m_force && m.nextAttempt.isValid() && m.nextAttempt > now)
            continue;
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
            continue;
        }
        m.recipients = remaining;
        m_batch << std::move(m);
        if (m_batch.size() >= m_options.maxBatch)
            break;
    }
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

void QueueRunner::sendPickup()
{
    for (QueuedMessage &m : m_batch) {
        ++m_summary.attempted;
        QString error;
        if (Pickup::write(m_settings.delivery.pickupDir, m.id, m.sender, m.recipients, m.content,
                          &error)) {
            // A failed removal is kept in memory and holds the queue: never picked up twice.
            removeDelivered(m);
            ++m_summary.delivered;
            Q_EMIT messageDone(m.id, QStringLiteral("delivered"), m_settings.delivery.pickupDir);
            continue;
        }
        // The folder is missing or full: keep the message, try again later.
        ++m.attempts;
        m.lastAttempt = QDateTime::currentDateTimeUtc();
        m.lastError = ErrorClass::Config;
        m.lastPhase = Phase::Idle;
        m.lastMessage = error;
        m.serverReply.clear();
        deferMessage(m);
        ++m_summary.deferred;
    }
    endPass();
}

void QueueRunner::sendSmtp()
{
    if (!SettingsFacts::smtpConfigured(m_settings)) {
        holdQueue(ErrorClass::Config,
                  m_settings.smtp.enabled ? tr("No SMTP server is set (smtp/host).")
                                          : tr("Outgoing mail is switched off (smtp/enabled)."),
                  {});
        endPass();
        return;
    }
    if (!SettingsFacts::usesOAuth(m_settings)) {
        startSession({});
        return;
    }
    if (!m_tokens) {
        holdQueue(ErrorClass::Config,
                  tr("OAuth2 sign-in is chosen but this runner has no "
                     "access to the sign-in."),
                  {});
        endPass();
        return;
    }
    m_tokens->request(this, [this](const QString &token, const OAuthFailure &failure) {
        if (!m_running) {
            endPass(); // stopped while the token was fetched
            return;
        }
        if (!token.isEmpty()) {
            startSession(token);
            return;
        }
        if (failure.kind == OAuthFailure::Kind::Network) {
            // The provider is unreachable: like an unreachable server, retried later.
            Result r = Result::failure(ErrorClass::Network, Phase::Auth, failure.message);
            onSessionFinished(r);
            return;
        }
        // Sign-in required, a refused client or scope, missing settings: no message can
        // go until a person acts. Held, not failed.
        holdQueue(failure.kind == OAuthFailure::Kind::Config ? ErrorClass::Config
                                                             : ErrorClass::AuthFailed,
                  failure.message, failure.description);
        endPass();
    });
}

void QueueRunner::startSession(const QString &accessToken)
{
    QString error;
    // The first message may get its final dot out during this session: journal it now.
    if (!m_queue.journalAppend(m_batch.first().id, &error)) {
        storageFailed(error);
        endPass();
        return;
    }
    QList<Envelope> envelopes;
    envelopes.reserve(m_batch.size());
    for (const QueuedMessage &m : std::as_const(m_batch))
        envelopes << Envelope{m.sender, m.recipients, m.content};
    if (m_settings.smtp.auth == MailSettings::SmtpAuth::PopBeforeSmtp) {
        // No SMTP AUTH to downgrade here: the relay permission comes from the POP3 login.
        m_guard = DowngradeGuard();
        sendPopBeforeSmtp(envelopes);
        return;
    }
    auto *session = new SmtpSession(this);
    m_session = session;
    m_accessToken = accessToken;
    m_summary.sessionRan = true;
    connect(session, &SmtpSession::messageFinished, this, &QueueRunner::onMessage);
    connect(session, &SmtpSession::finished, this, &QueueRunner::onSessionFinished);
    m_guard = DowngradeGuard(m_capabilityMemory);
    session->start(m_guard.prepare(smtpConfigFrom(m_settings, m_password, accessToken)), envelopes);
}

void QueueRunner::sendPopBeforeSmtp(const QList<Envelope> &envelopes)
{
    // The session may run twice (one fresh POP3 login after a relay refusal), so the
    // next-message journalling of onMessage() cannot keep ahead of it: journal the
    // whole batch now. After a crash these are marked "outcome unknown", never lost.
    QString error;
    for (int i = 1; i < m_batch.size(); ++i) {
        if (!m_queue.journalAppend(m_batch.at(i).id, &error)) {
            storageFailed(error);
            endPass();
            return;
        }
    }
    if (!m_popBefore) {
        m_popBefore = new PopBeforeSmtp(this);
        connect(m_popBefore, &PopBeforeSmtp::messageFinished, this, &QueueRunner::onMessage);
        connect(m_popBefore, &PopBeforeSmtp::finished, this, &QueueRunner::onSessionFinished);
    }
    m_summary.sessionRan = true;
    m_popBefore->start(m_settings, m_password, m_pop3Password, envelopes);
}

void QueueRunner::deferMessage(QueuedMessage &m)
{
    m.nextAttempt = QDateTime::currentDateTimeUtc().addSecs(
        retryDelay(m_settings.delivery.retryInterval, m.attempts));
    saveState(m);
}

bool QueueRunner::splitRecipients(QueuedMessage &m, const QStringList &rejected, bool deliveredSome)
{
    // Each entry is "address: NNN text" (SmtpSession). 5xx recipients are dead letters,
    // 4xx recipients stay queued; the others got the message.
    QStringList permanent;
    QStringList temporary;
    QStringList reasons;
    for (const QString &entry : rejected) {
        const qsizetype sep = entry.indexOf(QStringLiteral(": "));
        const QString address = entry.left(sep);
        const QString reply = sep >= 0 ? entry.mid(sep + 2) : QString();
        if (reply.startsWith(QLatin1Char('4'))) {
            temporary << address;
        } else {
            permanent << address;
            reasons << entry;
        }
    }
    if (deliveredSome) {
        // Who has it now is recorded first (a small state write): whatever fails below,
        // the message never goes to them again.
        QStringList open;
        for (const QString &r : std::as_const(m.recipients)) {
            const QString n = Router::normalized(r);
            const auto same = [&n](const QString &a) { return Router::normalized(a) == n; };
            if (std::any_of(permanent.cbegin(), permanent.cend(), same) ||
                std::any_of(temporary.cbegin(), temporary.cend(), same))
                open << r;
            else if (!std::any_of(m.delivered.cbegin(), m.delivered.cend(), same))
                m.delivered << r;
        }
        m.recipients = open;
        if (!saveState(m))
            return false; // held for spool storage; the outcome waits in memory
    }
    QString error;
    if (!permanent.isEmpty()) {
        QueuedMessage dead = m;
        dead.recipients = permanent;
        dead.lastError = ErrorClass::RecipientRejected;
        dead.lastPhase = Phase::Rcpt;
        dead.lastMessage = tr("The server refused the recipient for good.");
        dead.serverReply = reasons.join(QStringLiteral("; "));
        if (temporary.isEmpty()) {
            // Nothing of it is left to send: the message itself is the dead letter.
            if (!m_queue.moveToDead(dead, &error)) {
                storageFailed(error); // still queued for them: refused again next time
                return false;
            }
            ++m_summary.dead;
            if (deliveredSome)
                ++m_summary.delivered;
            Q_EMIT messageDone(m.id, QueuedMessage::stateId(QueuedMessage::State::Dead),
                               dead.serverReply);
            return true;
        }
        // Part of it waits: the refused part gets its own dead letter, with a new id.
        if (!m_queue.addDeadLetter(dead, &error)) {
            storageFailed(error);
            return false;
        }
        ++m_summary.dead;
    }
    if (!temporary.isEmpty()) {
        m.recipients = temporary;
        m.state = QueuedMessage::State::Waiting;
        deferMessage(m);
        ++m_summary.deferred;
        Q_EMIT messageDone(m.id, QueuedMessage::stateId(m.state), m.serverReply);
    } else {
        removeDelivered(m);
        if (deliveredSome)
            ++m_summary.delivered;
        Q_EMIT messageDone(m.id, QStringLiteral("delivered"), m.serverReply);
    }
    return true;
}

void QueueRunner::onMessage(int index, const MessageOutcome &out)
{
    if (index < 0 || index >= m_batch.size())
        return;
    QueuedMessage &m = m_batch[index];
    QString error;
    // The next message's final dot cannot leave before this handler returns (the session
    // needs the server's 354 first): journal it now, before it can be sent.
    if (index + 1 < m_batch.size() && m_session && m_session->isRunning()) {
        if (!m_queue.journalAppend(m_batch.at(index + 1).id, &error)) {
            storageFailed(error);
            m_session->cancel();
        }
    }
    if (out.state == MessageOutcome::State::NotAttempted)
        return;
    ++m_summary.attempted;
    ++m.attempts;
    m.lastAttempt = QDateTime::currentDateTimeUtc();
    m.lastError = out.errorClass;
    m.lastPhase = out.phase;
    m.serverReply = out.serverReply;
    m.lastMessage = defaultMessage(out.errorClass);
    switch (out.state) {
    case MessageOutcome::State::NotAttempted:
        return;
    case MessageOutcome::State::Delivered:
        if (out.rejectedRecipients.isEmpty()) {
            removeDelivered(m);
            ++m_summary.delivered;
            Q_EMIT messageDone(m.id, QStringLiteral("delivered"), out.serverReply);
        } else {
            splitRecipients(m, out.rejectedRecipients, true);
        }
        return;
    case MessageOutcome::State::Rejected:
        if (holdsQueue(out.errorClass)) {
            // The sender address (or the settings) is the problem, not this message.
            m_holdClass = out.errorClass;
            m_holdMessage = m.lastMessage;
            m_holdReply = out.serverReply;
            deferMessage(m);
            ++m_summary.deferred;
            return;
        }
        if (!out.rejectedRecipients.isEmpty() && out.acceptedRecipients.isEmpty() &&
            out.phase == Phase::Rcpt) {
            splitRecipients(m, out.rejectedRecipients, false);
            return;
        }
        if (!m_queue.moveToDead(m, &error))
            storageFailed(error); // still queued: refused again on the next attempt
        ++m_summary.dead;
        Q_EMIT messageDone(m.id, QueuedMessage::stateId(QueuedMessage::State::Dead),
                           out.serverReply);
        return;
    case MessageOutcome::State::Deferred:
        if (!out.rejectedRecipients.isEmpty() && out.acceptedRecipients.isEmpty() &&
            out.phase == Phase::Rcpt) {
            splitRecipients(m, out.rejectedRecipients, false);
            return;
        }
        deferMessage(m);
        ++m_summary.deferred;
        Q_EMIT messageDone(m.id, QueuedMessage::stateId(m.state), out.serverReply);
        return;
    case MessageOutcome::State::Unknown:
        // RFC 5321 §4.1.1.4 / RFC 1047: the server may have the message. It is sent again
        // as the same bytes, so the duplicate (if any) carries the same Message-ID.
        m.state = QueuedMessage::State::Unknown;
        m.lastMessage = tr("The connection was lost after the message was sent; the server "
                           "may have it already.");
        deferMessage(m);
        ++m_summary.unknown;
        m_queue.log(QStringLiteral("unknown-outcome %1 %2").arg(m.id, m.messageId));
        Q_EMIT messageDone(m.id, QueuedMessage::stateId(m.state), out.serverReply);
        return;
    }
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
}

void QueueRunner::onSessionFinished(const Result &sessionResult)
{
    // OAuth2: an access token from memory refused at AUTH (revoked early, no expiry
    // given) is no refused sign-in yet: one retry with a fresh one first.
    if (m_tokens && m_session && !m_tokenRetried &&
        m_tokens->retryAfterRefusal(sessionResult, m_accessToken)) {
        m_tokenRetried = true;
        m_session->deleteLater();
        m_session = nullptr;
        sendSmtp();
        return;
    }
    // A session refused because the server offers less than before holds the queue.
    const Result result = m_guard.review(sessionResult);
    m_summary.result = result;
    if (m_session) {
        const Transcript transcript = m_session->transcript();
        m_session->deleteLater();
        m_session = nullptr;
        QString error;
        if (!appendDebugLog(m_settings.diagnostics.debugLog, QStringLiteral("Queue run"),
                            transcript, &error))
            note(QStringLiteral("debug log not written: %1").arg(error));
    } else if (m_popBefore) {
        QString error;
        if (!appendDebugLog(m_settings.diagnostics.debugLog, QStringLiteral("Queue run"),
                            m_popBefore->transcript(), &error))
            note(QStringLiteral("debug log not written: %1").arg(error));
    }
    const bool sessionLevel = !result.ok && result.phase != Phase::Mail &&
                              result.phase != Phase::Rcpt && result.phase != Phase::Data &&
                              result.phase != Phase::Done;
    QueueBackoff backoff = m_queue.backoff();
    if (m_holdClass != ErrorClass::None) {
        // The session's own sentence is the better one when it names the same trouble
        // (POP-before-SMTP: "the POP3 login worked, but the SMTP server did not honour it").
        holdQueue(m_holdClass,
                  result.errorClass == m_holdClass && !result.message.isEmpty() ? result.message
                                                                                : m_holdMessage,
                  m_holdReply);
    } else if (sessionLevel && holdsQueue(result.errorClass)) {
        holdQueue(result.errorClass, result.message, result.serverReply);
    } else if (sessionLevel || result.errorClass == ErrorClass::Network ||
               result.errorClass == ErrorClass::Timeout) {
        // Server unreachable or gone: one back-off for the whole queue.
        ++backoff.failures;
        backoff.nextPass = QDateTime::currentDateTimeUtc().addSecs(
            retryDelay(m_settings.delivery.retryInterval, backoff.failures));
        backoff.errorClass = result.errorClass;
        backoff.message = result.message;
        backoff.serverReply = result.serverReply;
        m_queue.setBackoff(backoff, nullptr);
    } else if (backoff.failures > 0) {
        m_queue.setBackoff(QueueBackoff{}, nullptr);
    }
    endPass();
}

void QueueRunner::endPass()
{
    if (m_storageTrouble) {
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
    // The journal stays while an outcome of this pass is not on disk: after a crash those
    // messages are marked "outcome unknown" instead of looking untouched.
    m_queue.endPass(!m_pending.isEmpty());
    m_lock.unlock();
    m_inPass = false;
    m_summary.remaining = int(m_queue.list(false).size());
    Q_EMIT passFinished(m_summary);
    if (!m_running)
        return Q_EMIT finished(m_summary);
    // A full batch went well: more may be due right away.
    const bool more = m_batch.size() >= m_options.maxBatch && !m_summary.held &&
                      (m_summary.delivered + m_summary.dead) > 0;
    m_batch.clear();
    if (m_options.once) {
        if (more) {
            QTimer::singleShot(0, this, &QueueRunner::runPass);
            return;
        }
        m_running = false;
        Q_EMIT finished(m_summary);
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
