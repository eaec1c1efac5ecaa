// SPDX-License-Identifier: GPL-3.0-or-later
// The alert engine's second channel: the system log at once, the webhook through an outbox
// kept in the state file, with its own retries (a restart neither loses nor repeats one).
#include "AlertEngine.h"

#include "AlertChannels.h"
#include "AlertNotice.h"
#include "delivery/Queue.h"
#include "settings/SecretStore.h"

#include <QTimer>
#include <QUuid>

#include <algorithm>
#include <limits>

namespace mw {

void AlertEngine::setSecretStore(SecretStore *store)
{
    m_secrets = store;
    if (m_channels)
        m_channels->setSecretStore(store);
}

AlertChannels *AlertEngine::channels()
{
    if (!m_channels) {
        m_channels = new AlertChannels(this);
        m_channels->setSecretStore(m_secrets);
        connect(m_channels, &AlertChannels::idle, this, &AlertEngine::channelsIdle);
    }
    return m_channels;
}

bool AlertEngine::channelsBusy() const
{
    return m_channels && m_channels->busy();
}

int AlertEngine::webhookRetryDelay(int attempt)
{
    if (attempt <= 1)
        return 60;
    if (attempt == 2)
        return 5 * 60;
    if (attempt == 3)
        return 15 * 60;
    return 60 * 60;
}

bool AlertEngine::handToChannels(const QString &kind, const QList<AlertEvent> &batch, Queue &queue)
{
    const MailSettings::Alerts &a = m_settings.alerts;
    const bool webhook = a.webhook != MailSettings::WebhookFormat::None;
    if (!webhook && !a.systemLog)
        return false;
    QList<AlertEvent> fresh;
    for (const AlertEvent &e : batch) {
        if (!m_state.channelled.contains(e.key()))
            fresh << e;
    }
    if (fresh.isEmpty())
        return true; // handed over in an earlier review; the mail is what waited
    QStringList texts;
    for (const AlertEvent &e : std::as_const(fresh)) {
        m_state.channelled.insert(e.key());
        texts << e.text;
        if (!a.systemLog)
            continue;
        const AlertChannels::Outcome o = AlertChannels::writeSystemLog(
            kind, AlertNotice::subjectFor(kind, 1) + QStringLiteral(": ") + e.text);
        if (!o.ok)
            queue.log(QStringLiteral("alerts: %1 %2 not written to the system log: %3")
                          .arg(kind, e.subject, o.detail));
    }
    if (webhook) {
        WebhookItem w;
        w.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        w.kind = kind;
        w.title = AlertNotice::subjectFor(kind, int(fresh.size()));
        w.text = texts.join(QStringLiteral("\n\n"));
        w.at = m_now;
        w.first = m_now;
        w.next = m_now;
        m_state.webhookOutbox << w;
    }
    return true;
}

void AlertEngine::flushChannels()
{
    ensureLoaded();
    if (m_state.webhookOutbox.isEmpty())
        return;
    const QDateTime now = m_clock();
    if (m_settings.alerts.webhook == MailSettings::WebhookFormat::None) {
        // Switched off: what waited for it is not sent any more.
        Queue(Queue::dirFor(m_settings))
            .log(QStringLiteral("alerts: webhook off; %1 notice(s) for it dropped")
                     .arg(m_state.webhookOutbox.size()));
        m_state.webhookOutbox.clear();
        QString error;
        m_state.save(m_path, &error);
        return;
    }
    const QList<WebhookItem> items = m_state.webhookOutbox;
    for (const WebhookItem &w : items) {
        if (w.next > now || m_posting.contains(w.id))
            continue;
        m_posting.insert(w.id);
        channels()->postWebhook(m_settings, w.kind, w.title, w.text, w.at,
                                [this, id = w.id](const AlertChannels::Outcome &o) {
                                    webhookDone(id, o.ok, o.detail);
                                });
    }
    scheduleRetry();
}

void AlertEngine::webhookDone(const QString &id, bool ok, const QString &detail)
{
    m_posting.remove(id);
    const auto it = std::find_if(m_state.webhookOutbox.begin(), m_state.webhookOutbox.end(),
                                 [&id](const WebhookItem &w) { return w.id == id; });
    if (it == m_state.webhookOutbox.end())
        return;
    const QDateTime now = m_clock();
    const QString kind = it->kind;
    // Only queue.log hears of a failing webhook: an alert about it could only go to the
    // channels that are failing, or loop.
    Queue queue(Queue::dirFor(m_settings));
    if (ok) {
        queue.log(QStringLiteral("alerts: %1 notice sent to the webhook at %2").arg(kind, detail));
        m_state.webhookOutbox.erase(it);
    } else {
        ++it->attempts;
        if (it->first.secsTo(now) >= kWebhookGiveUpSeconds) {
            queue.log(QStringLiteral("alerts: %1 notice for the webhook given up after %2 "
                                     "attempt(s): %3")
                          .arg(kind)
                          .arg(it->attempts)
                          .arg(detail));
            m_state.webhookOutbox.erase(it);
        } else {
            it->next = now.addSecs(webhookRetryDelay(it->attempts));
            queue.log(QStringLiteral("alerts: %1 notice not taken by the webhook (attempt %2, "
                                     "again at %3): %4")
                          .arg(kind)
                          .arg(it->attempts)
                          .arg(it->next.toString(Qt::ISODate), detail));
        }
    }
    QString error;
    if (!m_state.save(m_path, &error))
        queue.log(QStringLiteral("alerts: state not written: %1").arg(error));
    scheduleRetry();
    Q_EMIT webhookFinished(kind, ok);
}

void AlertEngine::scheduleRetry()
{
    if (!m_retry) {
        m_retry = new QTimer(this);
        m_retry->setSingleShot(true);
        connect(m_retry, &QTimer::timeout, this, &AlertEngine::flushChannels);
    }
    qint64 wait = std::numeric_limits<qint64>::max();
    const QDateTime now = m_clock();
    for (const WebhookItem &w : std::as_const(m_state.webhookOutbox)) {
        if (!m_posting.contains(w.id))
            wait = std::min(wait, now.msecsTo(w.next));
    }
    if (wait == std::numeric_limits<qint64>::max()) {
        m_retry->stop();
        return;
    }
    // At least a second (no busy loop), at most an hour (a clock that jumped).
    m_retry->start(int(std::clamp<qint64>(wait, 1000, 3600 * 1000)));
}

} // namespace mw
