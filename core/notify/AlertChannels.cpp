// SPDX-License-Identifier: GPL-3.0-or-later
#include "AlertChannels.h"

#include "AlertWebhook.h"
#include "SystemLog.h"
#include "settings/SecretStore.h"

#include <QHostInfo>
#include <QSysInfo>
#include <QTimer>

#include <memory>

namespace mw {

AlertChannels::AlertChannels(QObject *parent)
    : QObject(parent)
    , m_webhook(new AlertWebhook(this))
{
    connect(m_webhook, &AlertWebhook::idle, this, [this] {
        if (!busy())
            Q_EMIT idle();
    });
}

AlertChannels::~AlertChannels() = default;

void AlertChannels::setSecretStore(SecretStore *store)
{
    m_secrets = store;
}

QString AlertChannels::machineHost()
{
    const QString name = QHostInfo::localHostName();
    return name.isEmpty() ? QSysInfo::machineHostName() : name;
}

bool AlertChannels::busy() const
{
    return m_reading > 0 || m_webhook->inFlight() > 0;
}

void AlertChannels::abortAll()
{
    m_webhook->abortAll();
}

void AlertChannels::finishOne()
{
    --m_reading;
    if (!busy())
        Q_EMIT idle();
}

void AlertChannels::postWebhook(const MailSettings &s, const QString &kind, const QString &title,
                                const QString &text, const QDateTime &at, Done done)
{
    Outcome o;
    o.channel = QStringLiteral("webhook");
    const QByteArray body =
        AlertWebhook::body(s.alerts.webhook, kind, title, text, machineHost(), at);
    const QString caFile = s.alerts.webhookCaFile;
    const auto post = [this, o, body, caFile, done](const QString &url, const QString &error) {
        if (!error.isEmpty()) {
            Outcome failed = o;
            failed.detail = error;
            done(failed);
            finishOne();
            return;
        }
        const QString host = AlertWebhook::hostOf(url);
        // In flight from here on, before the read ends: busy() never dips in between.
        m_webhook->post(url, body, caFile, [o, host, done](const AlertWebhook::Outcome &w) {
            Outcome result = o;
            result.ok = w.ok;
            result.detail = w.ok ? host : w.error;
            done(result);
        });
        finishOne();
    };
    ++m_reading;
    if (m_urlSource) {
        m_urlSource(this, post);
        return;
    }
    if (!m_secrets) {
        QTimer::singleShot(0, this, [post] {
            post(QString(), tr("No secret store: the alert webhook's URL cannot be read."));
        });
        return;
    }
    m_secrets->read(webhookAccount(), this, [post](const SecretResult &r) {
        if (r.ok() && !r.secret.trimmed().isEmpty())
            post(r.secret, QString());
        else if (r.status == SecretResult::Status::Error)
            post(QString(), tr("The alert webhook's URL could not be read: %1").arg(r.error));
        else
            post(QString(),
                 tr("No URL is stored for the alert webhook (secret %1).").arg(webhookAccount()));
    });
}

AlertChannels::Outcome AlertChannels::writeSystemLog(const QString &kind, const QString &text)
{
    Outcome o;
    o.channel = QStringLiteral("system_log");
    QString error;
    o.ok = SystemLog::write(SystemLog::severityFor(kind), text, &error);
    o.detail = o.ok ? SystemLog::destination() : error;
    return o;
}

void AlertChannels::sendTest(const MailSettings &s,
                             std::function<void(const QList<Outcome> &)> done)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QString title = tr("Mailwright: test alert");
    const QString text =
        tr("This is a test alert from Mailwright on %1. Alerts about failing mail reach you "
           "this way.")
            .arg(machineHost());
    auto outcomes = std::make_shared<QList<Outcome>>();
    if (s.alerts.systemLog)
        *outcomes << writeSystemLog(QStringLiteral("test"), title + QStringLiteral(": ") + text);
    if (s.alerts.webhook == MailSettings::WebhookFormat::None) {
        QTimer::singleShot(0, this, [outcomes, done] { done(*outcomes); });
        return;
    }
    postWebhook(s, QStringLiteral("test"), title, text, now, [outcomes, done](const Outcome &o) {
        *outcomes << o;
        done(*outcomes);
    });
}

} // namespace mw
