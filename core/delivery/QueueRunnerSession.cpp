// SPDX-License-Identifier: GPL-3.0-or-later
// The queue runner's session of a pass: the pickup folder, one SMTP session (an OAuth2
// access token first), or POP-before-SMTP; and what the session's end means for the pass.
#include "QueueRunner.h"

#include "Pickup.h"
#include "QueueOperations.h"
#include "Router.h"
#include "oauth/AccessTokenSource.h"
#include "session/CredentialResolver.h"
#include "session/DebugLog.h"
#include "session/Preflight.h"
#include "session/SmtpConfigFactory.h"
#include "settings/SettingsFacts.h"

#include <QDateTime>

#include <algorithm>

namespace mw {

void QueueRunner::sendPickup()
{
    m_summary.server = QStringLiteral("pickup");
    for (QueuedMessage &m : m_batch) {
        ++m_summary.attempted;
        QString error;
        if (Pickup::write(m_settings.delivery.pickupDir, m.id, m.sender, m.recipients, m.content,
                          &error)) {
            // A failed removal is kept in memory and holds the queue: never picked up twice.
            removeDelivered(m);
            ++m_summary.delivered;
            Q_EMIT messageDone(m.id, QStringLiteral("delivered"), m_settings.delivery.pickupDir);
            Q_EMIT messageHandled(m, QStringLiteral("delivered"), m_settings.delivery.pickupDir,
                                  m_summary.server);
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
    if (!SettingsFacts::smtpConfigured(m_active)) {
        holdQueue(
            ErrorClass::Config,
            m_active.smtp.enabled
                ? tr("No SMTP server is set (%1/host).").arg(SettingsFacts::smtpSection(m_active))
                : tr("Outgoing mail is switched off (%1/enabled).")
                      .arg(SettingsFacts::smtpSection(m_active)),
            {});
        endPass();
        return;
    }
    if (!SettingsFacts::usesOAuth(m_active)) {
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
    QList<Envelope> envelopes;
    envelopes.reserve(m_batch.size());
    for (const QueuedMessage &m : std::as_const(m_batch))
        envelopes << Envelope{m.sender, m.recipients, m.content};
    if (m_active.smtp.auth == MailSettings::SmtpAuth::PopBeforeSmtp) {
        // No SMTP AUTH to downgrade here: the relay permission comes from the POP3 login.
        m_guard = DowngradeGuard();
        sendPopBeforeSmtp(envelopes);
        return;
    }
    auto *session = new SmtpSession(this);
    m_session = session;
    m_accessToken = accessToken;
    m_summary.sessionRan = true;
    m_summary.server = SettingsFacts::smtpServerId(m_active);
    connect(session, &SmtpSession::messageFinished, this, &QueueRunner::onMessage);
    connect(session, &SmtpSession::finished, this, &QueueRunner::onSessionFinished);
    // Group commit: before a message's end of data leaves, its id and the next few are in
    // the journal with one fdatasync, the group behind them written ahead while they are
    // sent (docs/RELIABILITY.md, "Queue flush: group commit").
    QStringList ids;
    ids.reserve(m_batch.size());
    for (const QueuedMessage &m : std::as_const(m_batch))
        ids << m.id;
    m_journalAhead = std::make_unique<QueueJournalAhead>(m_queue.dir(), ids);
    m_remover = std::make_unique<QueueRemover>(m_queue.dir());
    session->setEndOfDataGate([this](int first, int count) {
        QString error;
        if (m_journalAhead && m_journalAhead->commit(first, count, &error))
            return true;
        storageFailed(error);
        return false;
    });
    m_guard = DowngradeGuard(m_capabilityMemory, SettingsFacts::smtpServerId(m_active));
    session->start(m_guard.prepare(smtpConfigFrom(m_active, m_credentials.smtpPassword, accessToken,
                                                  m_credentials.smtpIdentity)),
                   envelopes);
}

void QueueRunner::sendPopBeforeSmtp(const QList<Envelope> &envelopes)
{
    // The session may run twice (one fresh POP3 login after a relay refusal), so no gate
    // per end of data keeps ahead of it: journal the whole batch now, in one fdatasync.
    // After a crash these are marked "outcome unknown", never lost.
    QString error;
    QStringList ids;
    for (const QueuedMessage &m : std::as_const(m_batch))
        ids << m.id;
    if (!m_queue.journalAppend(ids, &error)) {
        storageFailed(error);
        endPass();
        return;
    }
    if (!m_popBefore) {
        m_popBefore = new PopBeforeSmtp(this);
        connect(m_popBefore, &PopBeforeSmtp::messageFinished, this, &QueueRunner::onMessage);
        connect(m_popBefore, &PopBeforeSmtp::finished, this, &QueueRunner::onSessionFinished);
    }
    m_summary.sessionRan = true;
    m_summary.server = SettingsFacts::smtpServerId(m_active);
    m_popBefore->start(m_active, m_credentials, envelopes);
}

void QueueRunner::onSessionFinished(const Result &sessionResult)
{
    // What waits for the outcomes (the delivery history) starts on them while the
    // removals finish.
    Q_EMIT sessionEnded();
    // The delivered files are gone before anything lists the spool again (a failover to
    // the backup server relists it in this pass).
    settleRemovals();
    // OAuth2: an access token from memory refused at AUTH (revoked early, no expiry
    // given) is no refused sign-in yet: one retry with a fresh one first.
    if (m_tokens && m_session && !m_tokenRetried &&
        m_tokens->retryAfterRefusal(sessionResult, m_accessToken)) {
        m_tokenRetried = true;
        note(QStringLiteral("access token refused: trying a fresh one"));
        retireSession(); // the refused session stays in the debug log
        sendSmtp();
        return;
    }
    // A refused login's password (or client certificate) may be one another process has
    // replaced since this runner read it: its `secret set` lifts the hold of another runner
    // of this queue that was refused before this one saw that hold. The secrets are read
    // again first (once a pass); different ones get one more session, the same ones hold
    // the queue as before. Nothing was sent: a login comes before any message.
    if (!m_secretsRetried && m_resolver && sessionResult.errorClass == ErrorClass::AuthFailed &&
        sessionResult.phase == Phase::Auth && !SettingsFacts::usesOAuth(m_active)) {
        m_secretsRetried = true;
        QPointer<QueueRunner> self(this);
        const Credentials used = m_credentials;
        m_resolver->resolve(m_active, credentialNeeds(), this,
                            [self, used, sessionResult](const CredentialResolver::Outcome &o) {
                                if (!self)
                                    return;
                                if (o.ok && !(o.credentials == used) && self->m_running) {
                                    self->note(
                                        QStringLiteral("login refused; the stored secrets changed "
                                                       "meanwhile: trying them"));
                                    self->m_credentials = o.credentials;
                                    self->retireSession(); // the refused one stays in the log
                                    self->sendSmtp();
                                    return;
                                }
                                self->concludeSession(sessionResult);
                            });
        return;
    }
    concludeSession(sessionResult);
}

void QueueRunner::retireSession()
{
    const QString label =
        m_onBackup ? QStringLiteral("Queue run (backup-smtp)") : QStringLiteral("Queue run");
    const auto log = [this, &label](const Transcript &transcript) {
        QString error;
        if (!appendDebugLog(m_settings.diagnostics.debugLog, label, transcript, &error))
            note(QStringLiteral("debug log not written: %1").arg(error));
    };
    if (m_session) {
        log(m_session->transcript());
        m_session->deleteLater();
        m_session = nullptr;
    } else if (m_popBefore) {
        log(m_popBefore->transcript());
    }
}

void QueueRunner::concludeSession(const Result &sessionResult)
{
    // A session refused because the server offers less than before holds the queue.
    const Result result = m_guard.review(sessionResult);
    m_summary.result = result;
    const bool popBefore = !m_session && m_popBefore;
    retireSession();
    if (popBefore) {
        // The window says "relay authorised until ..." from this record.
        const PopBeforeSmtp::Login &login = m_popBefore->lastLogin();
        if (m_popBefore->loginCount() > 0 && login.at.isValid())
            QueueOperations::recordRelayLogin(m_queue.dir(), login.at, login.server);
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
    if (!m_onBackup && !m_storageTrouble && m_running &&
        SettingsFacts::backupConfigured(m_settings)) {
        const FailoverDecision d =
            FailoverPolicy::afterPrimary(QDateTime::currentDateTimeUtc(), m_failover, result,
                                         m_summary.held, m_settings.backup.after);
        if (d.returnedToPrimary) {
            m_summary.returnedToPrimary = true;
            note(QStringLiteral("back on the primary smtp (%1): it answers again")
                     .arg(SettingsFacts::smtpHost(m_settings)));
        }
        // A hold's reason is the sentence it was held with (the session's or a message's).
        const QString reason = m_summary.held ? m_queue.hold().message : d.state.reason;
        m_failover = d.state;
        m_failover.onBackup = m_failover.onBackup && !d.failedOver; // switchToBackup logs it
        if (d.toBackup) {
            // The messages the primary did not take go on to the backup in this pass; a
            // message refused for itself (5xx) is a dead letter already, never retried there.
            m_summary.held = false;
            switchToBackup(reason);
            continuePass();
            return;
        }
        saveFailover();
    }
    endPass();
}

} // namespace mw
