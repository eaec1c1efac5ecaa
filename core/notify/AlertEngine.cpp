// SPDX-License-Identifier: GPL-3.0-or-later
#include "AlertEngine.h"

#include "settings/ConfigDataPath.h"

#include "AlertNotice.h"
#include "delivery/Queue.h"
#include "protocol/ConnectionFailure.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QStandardPaths>

#include <algorithm>

namespace mw {

namespace {

const QString kDead = QStringLiteral("dead_letter");
const QString kHeld = QStringLiteral("held");
const QString kCertExpiring = QStringLiteral("certificate_expiring");
const QString kCertChanged = QStringLiteral("certificate_changed");
const QString kOutage = QStringLiteral("outage");

QString replyLine(const QString &reply)
{
    return reply.isEmpty() ? AlertEngine::tr("The server said nothing.")
                           : AlertEngine::tr("Server said: %1").arg(reply);
}

} // namespace

AlertEngine::AlertEngine(QString statePath, QObject *parent)
    : QObject(parent)
    , m_path(std::move(statePath))
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
{}

AlertEngine::~AlertEngine() = default;

QString AlertEngine::defaultPathFor(const QString &configPath)
{
    return configDataPath(configPath, QStringLiteral("alerts-"), QStringLiteral(".json"));
}

void AlertEngine::setSettings(const MailSettings &settings)
{
    m_settings = settings;
}

void AlertEngine::setClock(Clock clock)
{
    m_clock = std::move(clock);
}

void AlertEngine::watch(QueueRunner *runner)
{
    if (m_runner)
        disconnect(m_runner, nullptr, this, nullptr);
    m_runner = runner;
    ensureLoaded();
    if (!runner)
        return;
    connect(runner, &QueueRunner::passFinished, this, &AlertEngine::review);
}

bool AlertEngine::isConnectionFailure(const Result &r)
{
    return mw::isConnectionFailure(r);
}

void AlertEngine::ensureLoaded()
{
    if (m_loaded)
        return;
    m_loaded = true;
    m_state.load(m_path); // a damaged file reads as empty: at worst a notice is repeated
    if (m_state.deadBaseline)
        return;
    // The dead letters already there when notices were first switched on are old news.
    // Their ids only: the dead/ folder's listing, not a read of every queued message.
    const Queue queue(Queue::dirFor(m_settings));
    for (const QString &id : queue.deadIds())
        m_state.knownDead.insert(id);
    m_state.deadBaseline = true;
    QString error;
    if (!m_state.save(m_path, &error))
        queue.log(QStringLiteral("alerts: state not written: %1").arg(error));
}

QString AlertEngine::stamp(const QDateTime &t) const
{
    return t.toLocalTime().toString(Qt::ISODate);
}

bool AlertEngine::kindEnabled(const QString &kind) const
{
    const MailSettings::Alerts &a = m_settings.alerts;
    if (!a.enabled)
        return false;
    if (kind == kDead)
        return a.deadLetters;
    if (kind == kHeld)
        return a.held;
    if (kind == kCertExpiring || kind == kCertChanged)
        return a.certificate;
    if (kind == kOutage)
        return a.outage;
    if (kind == QLatin1String("failover") || kind == QLatin1String("failback"))
        return true; // the backup server's moves: always worth knowing while alerts are on
    return false;
}

void AlertEngine::review(const QueueRunner::Summary &summary)
{
    ensureLoaded();
    m_now = m_clock();
    Queue queue(Queue::dirFor(m_settings));
    QList<AlertEvent> events;
    reviewDeadLetters(queue, summary, &events);
    reviewHold(queue, summary, &events);
    reviewOutage(summary, &events);
    reviewCertificate(summary, &events);
    reviewFailover(summary, &events);
    raise(events, queue);
    sendDue(queue);
    flushChannels();
    m_state.prune(m_now);
    QString error;
    if (!m_state.save(m_path, &error))
        queue.log(QStringLiteral("alerts: state not written: %1").arg(error));
}

void AlertEngine::reviewDeadLetters(Queue &queue, const QueueRunner::Summary &s,
                                    QList<AlertEvent> *out)
{
    if (s.dead == 0)
        return;
    QSet<QString> present;
    for (const QueuedMessage &m : queue.list(true)) {
        if (m.state != QueuedMessage::State::Dead)
            continue;
        present.insert(m.id);
        if (m_state.knownDead.contains(m.id))
            continue;
        m_state.knownDead.insert(m.id);
        if (AlertNotice::isNotice(m)) {
            // No notice about a notice: that could only loop. The log keeps it.
            queue.log(QStringLiteral("alerts: notice %1 dead-lettered (%2); no notice about it")
                          .arg(m.id, errorClassId(m.lastError)));
            continue;
        }
        AlertEvent e;
        e.kind = kDead;
        e.subject = m.id;
        e.at = m_now;
        e.text = tr("Message %1 (subject \"%2\", Message-ID %3, queued %4) to %5 was refused "
                    "for good at %6 and moved to the dead letters.")
                     .arg(m.id, m.subject, m.messageId, stamp(m.created),
                          m.recipients.join(QStringLiteral(", ")),
                          stamp(m.lastAttempt.isValid() ? m.lastAttempt : m_now)) +
                 QLatin1Char('\n') +
                 tr("Error: %1 (%2)")
                     .arg(m.lastMessage.isEmpty() ? defaultMessage(m.lastError) : m.lastMessage,
                          errorClassId(m.lastError)) +
                 QLatin1Char('\n') + replyLine(m.serverReply);
        *out << e;
    }
    m_state.knownDead.intersect(present); // purged ones are forgotten
}

void AlertEngine::reviewHold(Queue &queue, const QueueRunner::Summary &s, QList<AlertEvent> *out)
{
    if (!s.held) {
        if (!s.busy && s.error.isEmpty())
            m_state.heldKey.clear(); // the hold ended: a new one is a new event
        return;
    }
    const QueueHold h = queue.hold();
    QString key;
    if (s.storage || h.storage)
        key = QStringLiteral("storage");
    else if (!h.signIn.isEmpty() && h.errorClass == ErrorClass::AuthFailed)
        key = QStringLiteral("sign_in");
    else if (h.downgrade)
        key = QStringLiteral("downgrade");
    else
        key = errorClassId(h.errorClass);
    if (key == m_state.heldKey)
        return; // the same hold as before
    m_state.heldKey = key;
    if (!h.storage && !s.storage && h.errorClass == ErrorClass::Config)
        return; // SMTP switched off or not set up: the admin's own settings, no news
    const QList<QueuedMessage> waiting = queue.list(false);
    if (!waiting.isEmpty() && std::all_of(waiting.cbegin(), waiting.cend(),
                                          [](const auto &m) { return AlertNotice::isNotice(m); })) {
        queue.log(QStringLiteral("alerts: held (%1) while only notices wait; no notice about it")
                      .arg(key));
        return;
    }
    AlertEvent e;
    e.kind = kHeld;
    const QDateTime since = h.since.isValid() ? h.since : m_now;
    e.subject = key + QLatin1Char(' ') + since.toString(Qt::ISODateWithMs); // one per hold
    e.at = m_now;
    const QString why = h.message.isEmpty() ? s.error : h.message;
    e.text = tr("Since %1 the queue is held: %2 (%3).")
                 .arg(stamp(since), why,
                      key == QLatin1String("storage") ? QStringLiteral("spool storage")
                                                      : errorClassId(h.errorClass)) +
             QLatin1Char('\n') + replyLine(h.serverReply) + QLatin1Char('\n') +
             tr("%n message(s) wait in the queue.", nullptr, int(waiting.size()));
    *out << e;
}

void AlertEngine::reviewOutage(const QueueRunner::Summary &s, QList<AlertEvent> *out)
{
    if (!s.sessionRan)
        return; // nothing was tried: no news about the server
    if (s.server == QLatin1String("backup-smtp"))
        return; // the backup's session says nothing about the primary (reviewFailover)
    const Result &r = s.result;
    if (isConnectionFailure(r)) {
        if (!m_state.outageStart.isValid())
            m_state.outageStart = m_now;
        m_state.outageLast = m_now;
        m_state.outageClass = r.errorClass;
        m_state.outageMessage = r.message;
        m_state.outageReply = r.serverReply;
        return;
    }
    if (!m_state.outageStart.isValid())
        return;
    const QDateTime start = m_state.outageStart;
    const qint64 minutes = start.secsTo(m_now) / 60;
    if (minutes >= m_settings.alerts.outageMinutes) {
        AlertEvent e;
        e.kind = kOutage;
        e.subject = start.toString(Qt::ISODateWithMs);
        e.at = m_now;
        e.text =
            tr("From %1 to %2 (%n minute(s)) the SMTP server %3 could not be reached.", nullptr,
               int(minutes))
                .arg(stamp(start), stamp(m_now),
                     QStringLiteral("%1:%2").arg(m_settings.smtp.host).arg(m_settings.smtp.port)) +
            QLatin1Char('\n') +
            tr("Last error: %1 (%2)")
                .arg(m_state.outageMessage, errorClassId(m_state.outageClass)) +
            QLatin1Char('\n') + replyLine(m_state.outageReply);
        *out << e;
    }
    m_state.outageStart = {};
    m_state.outageLast = {};
    m_state.outageClass = ErrorClass::None;
    m_state.outageMessage.clear();
    m_state.outageReply.clear();
}

void AlertEngine::reviewCertificate(const QueueRunner::Summary &s, QList<AlertEvent> *out)
{
    const Result &r = s.result;
    if (!s.sessionRan || r.certificate.isNull() || isConnectionFailure(r) ||
        r.errorClass == ErrorClass::TlsCertificate)
        return; // only the certificate of a session that was trusted counts
    const CertificateInfo &c = r.certificate;
    const QString server =
        QStringLiteral("%1:%2").arg(m_settings.smtp.host).arg(m_settings.smtp.port);
    const QString before = m_state.certificates.value(server);
    m_state.certificates.insert(server, c.sha256);
    if (!before.isEmpty() && before != c.sha256) {
        AlertEvent e;
        e.kind = kCertChanged;
        e.subject = c.sha256;
        e.at = m_now;
        e.text =
            tr("The certificate of %1 changed at %2.").arg(server, stamp(m_now)) +
            QLatin1Char('\n') + tr("Before: SHA-256 %1").arg(before) + QLatin1Char('\n') +
            tr("Now: SHA-256 %1, %2, valid until %3").arg(c.sha256, c.subject, stamp(c.notAfter));
        *out << e;
    }
    if (c.notAfter.isValid() &&
        m_now.secsTo(c.notAfter) < qint64(m_settings.alerts.certificateDays) * 86400) {
        AlertEvent e;
        e.kind = kCertExpiring;
        e.subject = c.sha256;
        e.at = m_now;
        e.text = c.notAfter > m_now
                     ? tr("The certificate of %1 expires at %2 (in %n day(s)).", nullptr,
                          int(m_now.secsTo(c.notAfter) / 86400))
                           .arg(server, stamp(c.notAfter))
                     : tr("The certificate of %1 expired at %2.").arg(server, stamp(c.notAfter));
        e.text +=
            QLatin1Char('\n') +
            tr("Certificate: %1, issued by %2, SHA-256 %3").arg(c.subject, c.issuer, c.sha256);
        *out << e;
    }
}

void AlertEngine::raise(const QList<AlertEvent> &events, Queue &queue)
{
    for (const AlertEvent &e : events) {
        if (m_state.raised.contains(e.key()))
            continue; // raised before (this run or an earlier one)
        if (!kindEnabled(e.kind)) {
            queue.log(QStringLiteral("alerts: %1 %2 (notices of this kind are off)")
                          .arg(e.kind, e.subject));
            continue;
        }
        m_state.raised.insert(e.key(), m_now);
        m_state.pending << e;
    }
}

void AlertEngine::sendDue(Queue &queue)
{
    QStringList kinds;
    for (const AlertEvent &e : std::as_const(m_state.pending)) {
        if (!kinds.contains(e.kind))
            kinds << e.kind;
    }
    const qint64 interval = qint64(std::max(1, m_settings.alerts.minInterval)) * 60;
    for (const QString &kind : std::as_const(kinds)) {
        const QDateTime last = m_state.lastSent.value(kind);
        if (last.isValid() && last.secsTo(m_now) < interval && last <= m_now)
            continue; // rate limit: these wait for the next notice of their kind
        QList<AlertEvent> batch;
        for (const AlertEvent &e : std::as_const(m_state.pending)) {
            if (e.kind == kind)
                batch << e;
        }
        const auto drop = [this, &kind] {
            m_state.pending.erase(
                std::remove_if(m_state.pending.begin(), m_state.pending.end(),
                               [&kind](const AlertEvent &e) { return e.kind == kind; }),
                m_state.pending.end());
        };
        if (!kindEnabled(kind)) {
            drop(); // switched off meanwhile
            continue;
        }
        const bool channelled = handToChannels(kind, batch, queue);
        const AlertNotice::Composed n = AlertNotice::compose(m_settings, kind, batch, m_now);
        if (!n.ok()) {
            queue.log(QStringLiteral("alerts: %1 notice not sent: %2").arg(kind, n.error));
            drop(); // a notice nobody can receive would wait for ever
            if (channelled)
                m_state.lastSent.insert(kind, m_now); // the second channel had it
            continue;
        }
        QString error;
        const std::optional<QString> id = queue.enqueue(n.message, &error);
        if (!id) {
            queue.log(QStringLiteral("alerts: %1 notice not queued: %2").arg(kind, error));
            continue; // kept: the next review tries again
        }
        drop();
        m_state.lastSent.insert(kind, m_now);
        ++m_queued;
        queue.log(QStringLiteral("alerts: %1 notice %2 queued (%3 event(s))")
                      .arg(kind, *id)
                      .arg(batch.size()));
        Q_EMIT noticeQueued(kind, *id);
    }
    // Only the events still waiting need to remember that the channels had them.
    QSet<QString> waiting;
    for (const AlertEvent &e : std::as_const(m_state.pending))
        waiting.insert(e.key());
    m_state.channelled.intersect(waiting);
}

} // namespace mw
