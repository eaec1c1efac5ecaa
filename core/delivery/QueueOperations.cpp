// SPDX-License-Identifier: GPL-3.0-or-later
// The administrator's operations on the queue, shared by `mailwright-cli queue` and the
// window's Queue view, and the record of the POP-before-SMTP relay window.
#include "QueueOperations.h"

#include "QueueSpool.h"
#include "settings/SettingsFacts.h"

namespace mw {

QString QueueSnapshot::statusId() const
{
    if (held)
        return QStringLiteral("held");
    return backoff.failures > 0 ? QStringLiteral("retrying") : QStringLiteral("ready");
}

QString QueueSnapshot::holdReasonId() const
{
    if (!held)
        return {};
    return hold.storage ? QStringLiteral("spool storage") : errorClassId(hold.errorClass);
}

QString QueueSnapshot::stateId(const QueuedMessage &m) const
{
    return held && m.state != QueuedMessage::State::Dead ? QStringLiteral("held")
                                                         : QueuedMessage::stateId(m.state);
}

QueueSnapshot QueueOperations::snapshot(const MailSettings &settings)
{
    const Queue queue(Queue::dirFor(settings));
    QueueSnapshot s;
    s.dir = queue.dir();
    s.hold = queue.hold();
    s.held = s.hold.appliesTo(SettingsFacts::fingerprint(settings));
    s.backoff = queue.backoff();
    s.messages = queue.list(true);
    // The same count as Queue::stats, from the same listing (one read of the folder).
    for (const QueuedMessage &m : std::as_const(s.messages)) {
        if (m.state == QueuedMessage::State::Dead) {
            ++s.stats.dead;
            continue;
        }
        ++s.stats.waiting;
        if (m.state == QueuedMessage::State::Unknown)
            ++s.stats.unknown;
        if (!s.stats.oldest.isValid() || m.created < s.stats.oldest)
            s.stats.oldest = m.created;
    }
    s.stats.held = s.held;
    return s;
}

template<typename Change>
QueueOperations::Outcome QueueOperations::locked(const MailSettings &settings,
                                                 const QString &idOrPrefix, int lockWaitMs,
                                                 Change change)
{
    Queue queue(Queue::dirFor(settings));
    Outcome out;
    if (!idOrPrefix.isNull()) {
        out.id = queue.resolveId(idOrPrefix, &out.error);
        if (out.id.isEmpty()) {
            out.kind = Outcome::Kind::NotFound;
            return out;
        }
    }
    Queue::Lock lock(queue.dir());
    // A pass of the runner holds the lock for a while.
    const Queue::Lock::Result result = lock.acquire(lockWaitMs);
    if (result == Queue::Lock::Result::Failed) {
        out.error = lock.errorString();
        return out;
    }
    if (result == Queue::Lock::Result::Busy) {
        out.kind = Outcome::Kind::Busy;
        out.error = tr("The queue runner is busy; try again.");
        return out;
    }
    out.kind = change(queue, out.id, &out.error);
    return out;
}

QueueOperations::Outcome QueueOperations::retry(const MailSettings &settings,
                                                const QString &idOrPrefix, int lockWaitMs)
{
    return locked(settings, idOrPrefix, lockWaitMs,
                  [](Queue &queue, const QString &id, QString *error) {
                      return queue.retry(id, error) ? Outcome::Kind::Done : Outcome::Kind::Failed;
                  });
}

QueueOperations::Outcome QueueOperations::remove(const MailSettings &settings,
                                                 const QString &idOrPrefix, int lockWaitMs)
{
    return locked(settings, idOrPrefix, lockWaitMs,
                  [](Queue &queue, const QString &id, QString *error) {
                      return queue.purge(id, error) ? Outcome::Kind::Done : Outcome::Kind::Failed;
                  });
}

QueueOperations::Outcome QueueOperations::releaseHold(const MailSettings &settings, int lockWaitMs)
{
    return locked(settings, QString(), lockWaitMs,
                  [](Queue &queue, const QString &, QString *error) {
                      if (!queue.hold().active) {
                          *error = tr("The queue is not held.");
                          return Outcome::Kind::NotFound;
                      }
                      queue.clearHold();
                      return Outcome::Kind::Done;
                  });
}

std::optional<QueuedMessage> QueueOperations::show(const MailSettings &settings,
                                                   const QString &idOrPrefix, QString *error)
{
    const Queue queue(Queue::dirFor(settings));
    const QString id = queue.resolveId(idOrPrefix, error);
    if (id.isEmpty())
        return std::nullopt;
    auto m = queue.load(id, true);
    if (!m && error)
        *error = tr("No queued message has the id %1.").arg(idOrPrefix);
    return m;
}

QString QueueOperations::lastErrorText(const QueuedMessage &m)
{
    QString text = m.lastMessage;
    if (!m.serverReply.isEmpty() && !text.contains(m.serverReply))
        text += (text.isEmpty() ? QString() : QStringLiteral("\n")) +
                tr("Server said: %1").arg(m.serverReply);
    return text;
}

QString QueueOperations::showText(const QueuedMessage &m)
{
    QStringList facts;
    facts << tr("Queue id: %1").arg(m.id) << tr("State: %1").arg(QueuedMessage::stateId(m.state))
          << tr("Queued: %1").arg(m.created.toLocalTime().toString(Qt::ISODate))
          << tr("Envelope sender: %1").arg(m.sender.isEmpty() ? QStringLiteral("<>") : m.sender)
          << tr("Envelope recipients: %1").arg(m.recipients.join(QStringLiteral(", ")))
          << tr("Attempts: %1").arg(m.attempts);
    if (!m.delivered.isEmpty())
        facts << tr("Already delivered to: %1").arg(m.delivered.join(QStringLiteral(", ")));
    if (const QString error = lastErrorText(m); !error.isEmpty())
        facts << tr("Last error: %1").arg(error);
    // The message as it will be sent, line ends made plain for reading.
    QString content = QString::fromUtf8(m.content);
    content.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    return facts.join(QLatin1Char('\n')) + QStringLiteral("\n\n") + content;
}

void QueueOperations::recordRelayLogin(const QString &queueDir, const QDateTime &at,
                                       const QString &account)
{
    QJsonObject o;
    o.insert(QStringLiteral("at"), spool::iso(at.toUTC()));
    o.insert(QStringLiteral("account"), account);
    spool::writeJson(queueDir + QStringLiteral("/relay-login.json"), o, nullptr);
}

QString QueueOperations::relayAccount(const MailSettings &settings)
{
    return QStringLiteral("%1:%2 %3")
        .arg(settings.pop3.host)
        .arg(settings.pop3.port)
        .arg(settings.pop3.username);
}

QDateTime QueueOperations::relayAuthorisedUntil(const MailSettings &settings, const QDateTime &now)
{
    if (!settings.smtp.enabled || settings.smtp.auth != MailSettings::SmtpAuth::PopBeforeSmtp ||
        settings.pop3.relayWindow <= 0)
        return {};
    // relay-login.json in the spool: the runner's last POP-before-SMTP login.
    const QJsonObject o =
        spool::readJson(Queue::dirFor(settings) + QStringLiteral("/relay-login.json"));
    const QDateTime at = spool::fromIso(o.value(QLatin1String("at")));
    if (!at.isValid() || o.value(QLatin1String("account")).toString() != relayAccount(settings))
        return {};
    const QDateTime until = at.addSecs(qint64(settings.pop3.relayWindow) * 60);
    return at <= now && now < until ? until : QDateTime();
}

} // namespace mw
