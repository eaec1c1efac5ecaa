// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "settings/MailSettings.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>

namespace mw {

class AlertWebhook;
class SecretStore;

// The second channel of alerts, beside the e-mail notices (issue 23): the HTTPS webhook
// (alerts/webhook, URL in the secret "alerts-webhook") and the system log
// (alerts/system_log). Both go out directly, never through the mail queue. The alert engine
// decides what is sent when (deduplication, rate limit, the webhook's retries); the window
// and `mailwright-cli alerts test` send a test alert through sendTest(). Nothing here
// raises an alert: a failing channel is only reported to its caller.
class AlertChannels : public QObject
{
    Q_OBJECT
public:
    struct Outcome
    {
        QString channel; // "webhook" or "system_log"
        bool ok = false;
        QString detail; // where it went (host, log), or why it failed; never the URL
    };
    using Done = std::function<void(const Outcome &)>;

    // The secret account of the webhook's URL.
    static QString webhookAccount() { return QStringLiteral("alerts-webhook"); }

    explicit AlertChannels(QObject *parent = nullptr);
    ~AlertChannels() override;
    Q_DISABLE_COPY_MOVE(AlertChannels)

    // Where the webhook's URL is read (at every POST, so a new URL is used at once).
    void setSecretStore(SecretStore *store);
    // Instead of the store: the window's test uses what was typed, else the stored URL.
    using UrlSource = std::function<void(
        QObject *context, std::function<void(const QString &url, const QString &error)>)>;
    void setUrlSource(UrlSource source) { m_urlSource = std::move(source); }

    // One notice to the webhook of s (alerts/webhook must not be none): reads the URL,
    // refuses anything but https://, POSTs the body of the preset. done is called once,
    // later, from the event loop.
    void postWebhook(const MailSettings &s, const QString &kind, const QString &title,
                     const QString &text, const QDateTime &at, Done done);
    // One entry in the system log, now.
    [[nodiscard]] static Outcome writeSystemLog(const QString &kind, const QString &text);

    // One test alert through every channel s switches on (the webhook, the system log);
    // done gets one outcome per channel, none when no channel is on.
    void sendTest(const MailSettings &s, std::function<void(const QList<Outcome> &)> done);

    // A secret is being read or a POST is under way.
    [[nodiscard]] bool busy() const;
    // Stops every POST under way (their callbacks report a failure).
    void abortAll();

    // This machine's name, as the alerts give it.
    [[nodiscard]] static QString machineHost();

Q_SIGNALS:
    // busy() turned false.
    void idle();

private:
    void finishOne();

    QPointer<SecretStore> m_secrets;
    UrlSource m_urlSource;
    AlertWebhook *m_webhook;
    int m_reading = 0;
};

} // namespace mw
