// SPDX-License-Identifier: GPL-3.0-or-later
#include "AlertNotice.h"

#include "delivery/MessageBuilder.h"
#include "delivery/Router.h"

#include <QSysInfo>

namespace mw {

namespace {

// The [alerts] key that switches a kind of notice on or off; the backup server's moves
// have none of their own (they go whenever alerts are on, at most one per min_interval).
QString settingOf(const QString &kind)
{
    if (kind == QLatin1String("dead_letter"))
        return QStringLiteral("dead_letters");
    if (kind.startsWith(QLatin1String("certificate")))
        return QStringLiteral("certificate");
    if (kind == QLatin1String("failover") || kind == QLatin1String("failback"))
        return QStringLiteral("min_interval");
    return kind;
}

} // namespace

QString AlertNotice::subjectFor(const QString &kind, int count)
{
    if (kind == QLatin1String("dead_letter"))
        return tr("Mailwright: %n message(s) could not be delivered", nullptr, count);
    if (kind == QLatin1String("held"))
        return tr("Mailwright: the mail queue is held");
    if (kind == QLatin1String("certificate_expiring"))
        return tr("Mailwright: the mail server's certificate expires soon");
    if (kind == QLatin1String("certificate_changed"))
        return tr("Mailwright: the mail server's certificate changed");
    if (kind == QLatin1String("outage"))
        return tr("Mailwright: the mail server could not be reached");
    if (kind == QLatin1String("failover"))
        return tr("Mailwright: mail goes through the backup SMTP server");
    if (kind == QLatin1String("failback"))
        return tr("Mailwright: mail goes through the primary SMTP server again");
    return tr("Mailwright: notice about failing mail");
}

QString AlertNotice::adviceFor(const QString &kind)
{
    if (kind == QLatin1String("dead_letter"))
        return tr("Check the recipient addresses and the server's reply. \"mailwright-cli queue "
                  "list\" shows the dead letters, \"mailwright-cli queue retry ID\" sends one "
                  "again, \"mailwright-cli queue purge ID\" removes it.");
    if (kind == QLatin1String("held"))
        return tr("Nothing is sent until the cause is fixed: store the right password "
                  "(\"mailwright-cli secret set smtp\"), sign in again (\"mailwright-cli oauth "
                  "login\"), accept what the server offers now (\"mailwright-cli probe "
                  "--accept-changes\") or free space for the queue folder; then \"mailwright-cli "
                  "queue flush\". This notice waits in the queue until then.");
    if (kind == QLatin1String("certificate_expiring"))
        return tr("Ask the administrator of the mail server to renew the certificate. If its "
                  "fingerprint is pinned (smtp/pin_sha256), update the pin after the renewal.");
    if (kind == QLatin1String("certificate_changed"))
        return tr("If the certificate was not renewed on purpose, check that nobody intercepts "
                  "the connection to the mail server.");
    if (kind == QLatin1String("outage"))
        return tr("The messages queued meanwhile are sent now. Check the network and the mail "
                  "server's logs for the time above.");
    if (kind == QLatin1String("failover"))
        return tr("Mail is delivered meanwhile. Fix the primary server (or its password: "
                  "\"mailwright-cli secret set smtp\"); the queue goes back to it as soon as "
                  "it answers.");
    if (kind == QLatin1String("failback"))
        return tr("Nothing to do: this is for the record.");
    return {};
}

AlertNotice::Composed AlertNotice::compose(const MailSettings &settings, const QString &kind,
                                           const QList<AlertEvent> &events, const QDateTime &now)
{
    Composed out;
    if (settings.mailboxes.from.isEmpty()) {
        out.error = tr("No sender (mailboxes/from) is set: a notice cannot be sent.");
        return out;
    }
    QStringList to;
    if (!settings.mailboxes.notify.isEmpty())
        to << settings.mailboxes.notify;
    const Route route = Router::route(settings, MailCategory::Error, to);
    if (!route.hasRecipients()) {
        out.error = tr("No notification mailbox (mailboxes/notify) or error copy address is "
                       "set, or none is permitted: a notice cannot be sent.");
        return out;
    }
    QString body =
        tr("Mailwright on %1 reports:").arg(QSysInfo::machineHostName()) + QStringLiteral("\n\n");
    for (const AlertEvent &e : events)
        body += e.text + QStringLiteral("\n\n");
    body += adviceFor(kind) + QStringLiteral("\n\n-- \n") +
            tr("Notices about failing mail are set in the [alerts] section of the "
               "configuration (alerts/enabled, alerts/%1...).")
                .arg(settingOf(kind)) +
            QLatin1Char('\n');

    MessageBuilder b;
    b.setFrom({settings.mailboxes.from, settings.mailboxes.fromName});
    // The visible header names the notification mailbox; copies stay envelope-only.
    b.addTo({to.isEmpty() ? route.recipients.first() : to.first(), {}});
    b.setSubject(subjectFor(kind, int(events.size())));
    b.setBody(body);
    b.setDateTime(now);
    b.setAutoSubmitted(true); // RFC 3834 §5: nobody's auto-responder answers it
    b.setHeader(kHeader, kind);
    const MessageBuilder::Result built = b.build();
    if (!built.ok()) {
        out.error = built.error;
        return out;
    }
    QueuedMessage &m = out.message;
    m.category = category();
    // As for every message: bounces collect in the bounced-alerts mailbox.
    m.sender =
        settings.mailboxes.bounce.isEmpty() ? settings.mailboxes.from : settings.mailboxes.bounce;
    m.recipients = route.recipients;
    m.subject = b.subject();
    m.messageId = QString::fromLatin1(built.messageId);
    m.content = built.data;
    return out;
}

} // namespace mw
