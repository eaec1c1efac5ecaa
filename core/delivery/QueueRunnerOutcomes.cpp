// SPDX-License-Identifier: GPL-3.0-or-later
// The queue runner's bookkeeping per message and recipient: outcomes recorded on disk
// first (kept in memory when the spool cannot be written), deferrals, dead recipients.
#include "QueueRunner.h"

#include "Pickup.h"
#include "Router.h"
#include "oauth/AccessTokenSource.h"
#include "session/SmtpConfigFactory.h"
#include "settings/SettingsFacts.h"

#include <QDateTime>

#include <algorithm>

namespace mw {

bool QueueRunner::holdsQueue(ErrorClass c)
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

bool QueueRunner::saveState(QueuedMessage &m)
{
    m.stateFile = true; // written now (or kept in memory and written later)
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
    if (m_remover) {
        // During a session: on the worker thread (settleRemovals() collects failures),
        // started once the replies that came with this one are handled: a delivered file
        // left in the spool by a kill is sent again as "outcome unknown", so it must not
        // wait long, and a wake per message cost the session its core.
        m_pending.remove(m.id);
        m_remover->remove(m.id, m.stateFile);
        if (!m_removalWakePosted) {
            m_removalWakePosted = true;
            QMetaObject::invokeMethod(
                this,
                [this] {
                    m_removalWakePosted = false;
                    if (m_remover)
                        m_remover->wake();
                },
                Qt::QueuedConnection);
        }
        return true;
    }
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

void QueueRunner::settleRemovals()
{
    if (!m_remover)
        return;
    const QList<std::pair<QString, QString>> failed = m_remover->finish();
    m_remover.reset();
    for (const auto &[id, error] : failed) {
        // Kept in memory: never sent again, and removed before the next pass sends.
        QueuedMessage meta;
        meta.id = id;
        if (const auto m = m_queue.load(id, false))
            meta = *m;
        m_pending.insert(id, Pending{meta, true});
        storageFailed(error);
    }
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
            Q_EMIT messageHandled(dead, QueuedMessage::stateId(QueuedMessage::State::Dead),
                                  dead.serverReply, m_summary.server);
            return true;
        }
        // Part of it waits: the refused part gets its own dead letter, with a new id.
        if (!m_queue.addDeadLetter(dead, &error)) {
            storageFailed(error);
            return false;
        }
        ++m_summary.dead;
        Q_EMIT messageHandled(dead, QueuedMessage::stateId(QueuedMessage::State::Dead),
                              dead.serverReply, m_summary.server);
    }
    if (!temporary.isEmpty()) {
        m.recipients = temporary;
        m.state = QueuedMessage::State::Waiting;
        deferMessage(m);
        ++m_summary.deferred;
        Q_EMIT messageDone(m.id, QueuedMessage::stateId(m.state), m.serverReply);
        Q_EMIT messageHandled(m, QueuedMessage::stateId(m.state), m.serverReply, m_summary.server);
    } else {
        removeDelivered(m);
        if (deliveredSome)
            ++m_summary.delivered;
        Q_EMIT messageDone(m.id, QStringLiteral("delivered"), m.serverReply);
        Q_EMIT messageHandled(m, QStringLiteral("delivered"), m.serverReply, m_summary.server);
    }
    return true;
}

void QueueRunner::onMessage(int index, const MessageOutcome &out)
{
    if (index < 0 || index >= m_batch.size())
        return;
    QueuedMessage &m = m_batch[index];
    QString error;
    // The journal is written by the session's end-of-data gate (startSession).
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
            Q_EMIT messageHandled(m, QStringLiteral("delivered"), out.serverReply,
                                  m_summary.server);
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
        Q_EMIT messageHandled(m, QueuedMessage::stateId(QueuedMessage::State::Dead),
                              out.serverReply, m_summary.server);
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
        Q_EMIT messageHandled(m, QueuedMessage::stateId(m.state), out.serverReply,
                              m_summary.server);
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
        Q_EMIT messageHandled(m, QueuedMessage::stateId(m.state), out.serverReply,
                              m_summary.server);
        return;
    }
}

} // namespace mw
