// SPDX-License-Identifier: GPL-3.0-or-later
#include "HealthCheck.h"

#include "settings/SettingsFacts.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>

namespace mw {
namespace {

using State = HealthReport::State;

// Collects the problems by severity, so that the summary names the worst first.
struct Verdict
{
    QStringList critical;
    QStringList warning;
};

// The perfdata label of a server's certificate ("cert_days_backup_smtp"): letters, digits
// and underscores only, so that it never needs quoting.
QString certLabel(const QString &serverId)
{
    return QStringLiteral("cert_days_") +
           QString(serverId).replace(QLatin1Char('-'), QLatin1Char('_'));
}

QString serverName(const QString &id)
{
    if (id == QLatin1String("backup-smtp"))
        return HealthCheck::tr("backup SMTP server");
    if (id == QLatin1String("pop3"))
        return HealthCheck::tr("POP3 server");
    return HealthCheck::tr("SMTP server");
}

// A state recorded with other settings says nothing about these (as StatusReport::gather).
ServerState current(const ServerState &s, const QString &hash)
{
    if (s.settingsHash == hash)
        return s;
    ServerState none;
    none.status = ServerStatus::NotConnected;
    return none;
}

HealthReport::Server serverFigures(const QString &id, const ServerState &s)
{
    HealthReport::Server f;
    f.id = id;
    f.status = s.status;
    f.signInRequired = s.signInRequired;
    f.errorClass = s.errorClass;
    f.checkedAt = s.checkedAt;
    f.certNotAfter = s.certNotAfter;
    return f;
}

bool isUp(const HealthReport::Server &s)
{
    return s.status == ServerStatus::Operating;
}

// The certificate verdict for one server: CRITICAL within certificate_critical days (or
// expired), WARNING within alerts/certificate_days.
void reviewCertificate(const HealthReport &r, const HealthReport::Server &s, Verdict &v)
{
    if (!s.certNotAfter.isValid())
        return;
    const int days = s.certDaysLeft(r.now);
    if (days < 0)
        v.critical
            << HealthCheck::tr("the certificate of the %1 has expired").arg(serverName(s.id));
    else if (days <= r.thresholds.certificateCritical)
        v.critical << HealthCheck::tr("the certificate of the %1 expires in %2 day(s)")
                          .arg(serverName(s.id))
                          .arg(days);
    else if (days <= r.certificateWarningDays)
        v.warning << HealthCheck::tr("the certificate of the %1 expires in %2 day(s)")
                         .arg(serverName(s.id))
                         .arg(days);
}

QString failure(const HealthReport::Server &s)
{
    if (s.signInRequired)
        return HealthCheck::tr("%1: sign-in required").arg(serverName(s.id));
    if (s.errorClass == ErrorClass::AuthFailed)
        return HealthCheck::tr("%1: the login was refused").arg(serverName(s.id));
    return HealthCheck::tr("%1: %2").arg(serverName(s.id), statusName(s.status));
}

// The Prometheus label value escapes (backslash, double quote, line feed).
QString labelValue(const QString &v)
{
    QString out = v;
    out.replace(QLatin1Char('\\'), QLatin1String("\\\\"))
        .replace(QLatin1Char('"'), QLatin1String("\\\""))
        .replace(QLatin1Char('\n'), QLatin1String("\\n"));
    return out;
}

void metric(QString &out, const char *name, const char *type, const char *help)
{
    out += QStringLiteral("# HELP %1 %2\n# TYPE %1 %3\n")
               .arg(QLatin1String(name), QLatin1String(help), QLatin1String(type));
}

} // namespace

int HealthReport::Server::certDaysLeft(const QDateTime &now) const
{
    const qint64 secs = now.secsTo(certNotAfter);
    return static_cast<int>(secs >= 0 ? secs / 86400 : -((-secs + 86399) / 86400));
}

qint64 HealthReport::lastSuccessSeconds() const
{
    return lastSuccess.isValid() ? std::max<qint64>(0, lastSuccess.secsTo(now)) : -1;
}

HealthReport HealthCheck::gather(const MailSettings &settings, const QString &configPath)
{
    // An unreadable spool would read as an empty queue: say so instead of "OK". A spool
    // that does not exist yet is simply empty (nothing was ever queued).
    const QFileInfo spool(Queue::dirFor(settings));
    if (spool.exists() && (!spool.isDir() || !spool.isReadable() || !spool.isExecutable()))
        return unknown(
            tr("the spool %1 cannot be read").arg(QDir::toNativeSeparators(spool.filePath())));
    const StatusSnapshot snapshot = StatusReport::gather(settings, configPath);
    const ServerState backup = current(
        StatusFile(StatusFile::defaultPathFor(configPath)).read(QStringLiteral("backup-smtp")),
        SettingsFacts::fingerprint(settings));
    return evaluate(settings, snapshot, backup);
}

HealthReport HealthCheck::evaluate(const MailSettings &settings, const StatusSnapshot &snapshot,
                                   const ServerState &backupSmtp)
{
    const bool pickup = settings.delivery.method == MailSettings::DeliveryMethod::Pickup;
    if (!snapshot.smtpConfigured && !pickup)
        return unknown(tr("no SMTP server is configured (smtp/host)"));

    HealthReport r;
    r.now = snapshot.now;
    r.thresholds = settings.monitoring;
    r.certificateWarningDays = settings.alerts.certificateDays;
    r.queued = snapshot.queue.waiting;
    r.dead = snapshot.queue.dead;
    r.held = snapshot.hold.active;
    if (snapshot.queue.oldest.isValid())
        r.oldestSeconds = std::max<qint64>(0, snapshot.queue.oldest.secsTo(r.now));

    const bool backupConfigured = !pickup && SettingsFacts::backupConfigured(settings);
    if (snapshot.smtpConfigured && !pickup)
        r.servers << serverFigures(QStringLiteral("smtp"), snapshot.smtp);
    if (backupConfigured)
        r.servers << serverFigures(QStringLiteral("backup-smtp"), backupSmtp);
    if (snapshot.pop3Configured)
        r.servers << serverFigures(QStringLiteral("pop3"), snapshot.pop3);

    // The runner records each session under the server it went to (Summary::server): the
    // backup is in use when its entry is the newer of the two.
    r.backupInUse =
        backupConfigured && backupSmtp.checkedAt.isValid() &&
        (!snapshot.smtp.checkedAt.isValid() || backupSmtp.checkedAt > snapshot.smtp.checkedAt);

    // The last success: the newest good SMTP session of either server, or Send Test.
    for (const ServerState *s : {&snapshot.smtp, &backupSmtp, &snapshot.lastTest}) {
        if (s->status == ServerStatus::Operating && s->checkedAt.isValid() &&
            (!r.lastSuccess.isValid() || s->checkedAt > r.lastSuccess))
            r.lastSuccess = s->checkedAt;
    }

    Verdict v;
    if (r.held)
        v.critical << (snapshot.hold.message.isEmpty()
                           ? tr("the queue is held")
                           : tr("the queue is held: %1").arg(snapshot.hold.message));
    const MailSettings::Monitoring &t = r.thresholds;
    if (r.queued >= t.queueCritical)
        v.critical
            << tr("%1 message(s) waiting (critical from %2)").arg(r.queued).arg(t.queueCritical);
    else if (r.queued >= t.queueWarning)
        v.warning
            << tr("%1 message(s) waiting (warning from %2)").arg(r.queued).arg(t.queueWarning);
    if (r.queued > 0 && r.oldestSeconds >= qint64(t.ageCritical) * 60)
        v.critical << tr("the oldest message has waited %1 minute(s) (critical from %2)")
                          .arg(r.oldestSeconds / 60)
                          .arg(t.ageCritical);
    else if (r.queued > 0 && r.oldestSeconds >= qint64(t.ageWarning) * 60)
        v.warning << tr("the oldest message has waited %1 minute(s) (warning from %2)")
                         .arg(r.oldestSeconds / 60)
                         .arg(t.ageWarning);
    if (r.dead > 0)
        v.warning << tr("%1 dead letter(s)").arg(r.dead);

    // A server that cannot be used. The primary failing while the backup carries the mail
    // is what the backup is for: a warning, not an emergency.
    bool backupUp = false;
    for (const HealthReport::Server &s : std::as_const(r.servers)) {
        if (s.id == QLatin1String("backup-smtp"))
            backupUp = isUp(s);
    }
    for (const HealthReport::Server &s : std::as_const(r.servers)) {
        reviewCertificate(r, s, v);
        if (s.status != ServerStatus::UnableToConnect)
            continue;
        if (s.id == QLatin1String("smtp"))
            (r.backupInUse && backupUp ? v.warning : v.critical) << failure(s);
        else if (s.id == QLatin1String("backup-smtp"))
            (r.backupInUse ? v.critical : v.warning) << failure(s);
        else
            v.warning << failure(s);
    }
    if (r.backupInUse)
        v.warning << tr("mail goes through the backup SMTP server");

    r.problems = v.critical + v.warning;
    r.state = !v.critical.isEmpty()  ? State::Critical
              : !v.warning.isEmpty() ? State::Warning
                                     : State::Ok;
    return r;
}

HealthReport HealthCheck::unknown(const QString &why)
{
    HealthReport r;
    r.state = State::Unknown;
    r.now = QDateTime::currentDateTimeUtc();
    r.problems << why;
    return r;
}

QString HealthCheck::stateName(HealthReport::State s)
{
    switch (s) {
    case State::Ok:
        return QStringLiteral("OK");
    case State::Warning:
        return QStringLiteral("WARNING");
    case State::Critical:
        return QStringLiteral("CRITICAL");
    case State::Unknown:
        break;
    }
    return QStringLiteral("UNKNOWN");
}

QString HealthCheck::perfdata(const HealthReport &r)
{
    if (r.state == State::Unknown)
        return {};
    // The thresholds are ranges in the plugin guidelines' syntax, where "N" alerts above N
    // and "N:" below N: the configured levels are reached at, so "from 10 messages" is 9.
    const MailSettings::Monitoring &t = r.thresholds;
    QStringList p;
    p << QStringLiteral("queue=%1;%2;%3;0;")
             .arg(r.queued)
             .arg(t.queueWarning - 1)
             .arg(t.queueCritical - 1);
    p << QStringLiteral("oldest=%1s;%2;%3;0;")
             .arg(r.oldestSeconds)
             .arg(qint64(t.ageWarning) * 60 - 1)
             .arg(qint64(t.ageCritical) * 60 - 1);
    const qint64 last = r.lastSuccessSeconds();
    p << (last < 0 ? QStringLiteral("last_success=U")
                   : QStringLiteral("last_success=%1s;;;0;").arg(last));
    p << QStringLiteral("dead=%1;0;;0;").arg(r.dead);
    p << QStringLiteral("held=%1;;0;0;1").arg(r.held ? 1 : 0);
    for (const HealthReport::Server &s : r.servers) {
        if (s.id == QLatin1String("pop3") || !s.certNotAfter.isValid())
            continue;
        p << QStringLiteral("%1=%2;%3:;%4:")
                 .arg(certLabel(s.id))
                 .arg(s.certDaysLeft(r.now))
                 .arg(r.certificateWarningDays + 1)
                 .arg(t.certificateCritical + 1);
    }
    return p.join(QLatin1Char(' '));
}

QString HealthCheck::nagiosText(const HealthReport &r)
{
    QString summary;
    if (!r.problems.isEmpty()) {
        summary = r.problems.join(QStringLiteral("; "));
    } else {
        const qint64 last = r.lastSuccessSeconds();
        summary = (r.queued == 0 ? tr("queue empty") : tr("%1 message(s) waiting").arg(r.queued)) +
                  QStringLiteral(", ") +
                  (last < 0 ? tr("no successful session recorded yet")
                            : tr("last successful session %1 s ago").arg(last));
    }
    // The first line must stay one line: a reason quoted from a server may hold anything.
    summary.replace(QLatin1Char('|'), QLatin1Char('/'))
        .replace(QLatin1Char('\n'), QLatin1Char(' '))
        .replace(QLatin1Char('\r'), QLatin1Char(' '));
    QString out = QStringLiteral("MAILWRIGHT %1 - %2").arg(stateName(r.state), summary);
    const QString perf = perfdata(r);
    if (!perf.isEmpty())
        out += QStringLiteral(" | ") + perf;
    for (const HealthReport::Server &s : r.servers) {
        QString line = QStringLiteral("%1: %2").arg(s.id, statusName(s.status));
        if (s.checkedAt.isValid())
            line += QStringLiteral(", ") +
                    tr("last check %1").arg(s.checkedAt.toUTC().toString(Qt::ISODate));
        if (s.certNotAfter.isValid())
            line +=
                QStringLiteral(", ") + tr("certificate %1 day(s) left").arg(s.certDaysLeft(r.now));
        out += QLatin1Char('\n') + line.replace(QLatin1Char('|'), QLatin1Char('/'));
    }
    return out;
}

QJsonObject HealthCheck::json(const HealthReport &r)
{
    QJsonObject o;
    o.insert(QStringLiteral("state"), stateName(r.state));
    o.insert(QStringLiteral("exit_code"), static_cast<int>(r.state));
    o.insert(QStringLiteral("problems"), QJsonArray::fromStringList(r.problems));
    if (r.state == State::Unknown)
        return o;
    o.insert(QStringLiteral("queue"), r.queued);
    o.insert(QStringLiteral("oldest_seconds"), r.oldestSeconds);
    o.insert(QStringLiteral("dead_letters"), r.dead);
    o.insert(QStringLiteral("held"), r.held);
    o.insert(QStringLiteral("backup_in_use"), r.backupInUse);
    o.insert(QStringLiteral("last_success"),
             r.lastSuccess.isValid() ? QJsonValue(r.lastSuccess.toUTC().toString(Qt::ISODate))
                                     : QJsonValue());
    o.insert(QStringLiteral("last_success_seconds"),
             r.lastSuccess.isValid() ? QJsonValue(r.lastSuccessSeconds()) : QJsonValue());
    QJsonArray servers;
    for (const HealthReport::Server &s : r.servers) {
        QJsonObject so;
        so.insert(QStringLiteral("server"), s.id);
        so.insert(QStringLiteral("status"), statusName(s.status));
        so.insert(QStringLiteral("up"), isUp(s));
        so.insert(QStringLiteral("sign_in_required"), s.signInRequired);
        so.insert(QStringLiteral("checked_at"),
                  s.checkedAt.isValid() ? QJsonValue(s.checkedAt.toUTC().toString(Qt::ISODate))
                                        : QJsonValue());
        so.insert(QStringLiteral("certificate_days_left"),
                  s.certNotAfter.isValid() ? QJsonValue(s.certDaysLeft(r.now)) : QJsonValue());
        servers.append(so);
    }
    o.insert(QStringLiteral("servers"), servers);
    o.insert(QStringLiteral("perfdata"), perfdata(r));
    return o;
}

QString HealthCheck::prometheus(const HealthReport &r)
{
    QString out;
    const bool known = r.state != State::Unknown;
    if (known) {
        metric(out, "mailwright_queue_messages", "gauge", "Messages waiting in the spool.");
        out += QStringLiteral("mailwright_queue_messages %1\n").arg(r.queued);
        metric(out, "mailwright_queue_oldest_seconds", "gauge",
               "Age of the oldest message still to send (0 when none).");
        out += QStringLiteral("mailwright_queue_oldest_seconds %1\n").arg(r.oldestSeconds);
        metric(out, "mailwright_dead_letters", "gauge", "Messages given up on (dead letters).");
        out += QStringLiteral("mailwright_dead_letters %1\n").arg(r.dead);
        metric(out, "mailwright_queue_held", "gauge",
               "1 when the queue is held until a person acts (wrong password, sign-in).");
        out += QStringLiteral("mailwright_queue_held %1\n").arg(r.held ? 1 : 0);
        metric(out, "mailwright_backup_in_use", "gauge",
               "1 when the last session went to the backup SMTP server.");
        out += QStringLiteral("mailwright_backup_in_use %1\n").arg(r.backupInUse ? 1 : 0);
        metric(out, "mailwright_last_success_timestamp_seconds", "gauge",
               "Unix time of the last good SMTP session or Send Test (absent when none).");
        if (r.lastSuccess.isValid())
            out += QStringLiteral("mailwright_last_success_timestamp_seconds %1\n")
                       .arg(r.lastSuccess.toSecsSinceEpoch());
        metric(out, "mailwright_certificate_expiry_timestamp_seconds", "gauge",
               "Unix time when the server certificate of the last TLS session expires.");
        for (const HealthReport::Server &s : r.servers) {
            if (s.certNotAfter.isValid())
                out += QStringLiteral(
                           "mailwright_certificate_expiry_timestamp_seconds{server=\"%1\"} %2\n")
                           .arg(labelValue(s.id))
                           .arg(s.certNotAfter.toSecsSinceEpoch());
        }
        metric(out, "mailwright_server_up", "gauge",
               "1 when the last session with the server worked (status Operating).");
        for (const HealthReport::Server &s : r.servers)
            out += QStringLiteral("mailwright_server_up{server=\"%1\"} %2\n")
                       .arg(labelValue(s.id))
                       .arg(isUp(s) ? 1 : 0);
    }
    metric(out, "mailwright_check_state", "gauge",
           "The state of mailwright-cli check: 0 OK, 1 WARNING, 2 CRITICAL, 3 UNKNOWN.");
    out += QStringLiteral("mailwright_check_state %1\n").arg(static_cast<int>(r.state));
    return out;
}

} // namespace mw
