// SPDX-License-Identifier: GPL-3.0-or-later
// Alerts about the backup SMTP server: the queue failed over to it, or went back.
#include "AlertEngine.h"

#include "settings/SettingsFacts.h"

namespace mw {

void AlertEngine::reviewFailover(const QueueRunner::Summary &s, QList<AlertEvent> *out)
{
    // The runner decides (FailoverPolicy) and says so once per move: each move is one
    // event, its subject the outage's start or the moment of the move (a hold's reason).
    if (s.failedOver) {
        AlertEvent e;
        e.kind = QStringLiteral("failover");
        const QDateTime since = s.outageSince.isValid() ? s.outageSince : m_now;
        e.subject = since.toString(Qt::ISODateWithMs);
        e.at = m_now;
        e.text = tr("At %1 the mail queue moved to the backup SMTP server %2: the primary server "
                    "%3 cannot take mail (%4).")
                     .arg(stamp(m_now),
                          SettingsFacts::smtpHost(SettingsFacts::forServer(
                              m_settings, MailSettings::SmtpServer::Backup)),
                          SettingsFacts::smtpHost(m_settings), s.failoverReason);
        if (s.outageSince.isValid())
            e.text += QLatin1Char('\n') +
                      tr("The primary server has been unreachable since %1.").arg(stamp(since));
        *out << e;
    }
    if (s.returnedToPrimary) {
        AlertEvent e;
        e.kind = QStringLiteral("failback");
        e.subject = m_now.toString(Qt::ISODateWithMs);
        e.at = m_now;
        e.text = tr("At %1 the primary SMTP server %2 answered again: the mail queue is back on "
                    "it.")
                     .arg(stamp(m_now), SettingsFacts::smtpHost(m_settings));
        *out << e;
    }
}

} // namespace mw
