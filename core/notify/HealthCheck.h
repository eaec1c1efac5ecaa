// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "StatusReport.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace mw {

// The one place that decides whether this system's mail is healthy, for monitoring tools:
// `mailwright-cli check` (the Nagios plugin convention) and `mailwright-cli metrics` (the
// Prometheus text format) print the same evaluation. It reads state only (the status file
// and the queue, through StatusReport::gather): no network, so a monitoring system may
// call it every minute.
struct HealthReport
{
    // The Nagios plugin exit codes (Monitoring Plugins Development Guidelines).
    enum class State { Ok = 0, Warning = 1, Critical = 2, Unknown = 3 };

    // One server's figures: "smtp", "backup-smtp" or "pop3", only when configured.
    struct Server
    {
        QString id;
        ServerStatus status = ServerStatus::NotConnected;
        bool signInRequired = false;
        ErrorClass errorClass = ErrorClass::None;
        QDateTime checkedAt;
        QDateTime certNotAfter; // invalid: no TLS session recorded
        [[nodiscard]] int certDaysLeft(const QDateTime &now) const; // negative once expired
    };

    State state = State::Ok;
    QDateTime now;
    // Why the state is not OK, the most severe first (one sentence each).
    QStringList problems;
    int queued = 0;           // waiting (and outcome unknown)
    qint64 oldestSeconds = 0; // age of the oldest message still to send; 0 when none
    int dead = 0;
    bool held = false;
    // The last good SMTP session (primary or backup: the status file) or Send Test; invalid
    // when none is known.
    QDateTime lastSuccess;
    bool backupInUse = false;
    QList<Server> servers;
    MailSettings::Monitoring thresholds;
    int certificateWarningDays = 14;

    [[nodiscard]] qint64 lastSuccessSeconds() const; // -1 when unknown
};

class HealthCheck
{
    Q_DECLARE_TR_FUNCTIONS(mw::HealthCheck)

public:
    // Reads the status file of configPath and the queue of settings, then evaluates.
    [[nodiscard]] static HealthReport gather(const MailSettings &settings,
                                             const QString &configPath);
    // The decision itself, from what gather() read (tests give it made-up snapshots).
    // backupSmtp: the status file's "backup-smtp" entry (checked against the settings'
    // fingerprint like the others).
    [[nodiscard]] static HealthReport evaluate(const MailSettings &settings,
                                               const StatusSnapshot &snapshot,
                                               const ServerState &backupSmtp);
    // Nothing can be said (no or a broken configuration, an unreadable spool).
    [[nodiscard]] static HealthReport unknown(const QString &why);

    // "OK", "WARNING", "CRITICAL", "UNKNOWN": a contract, never translated.
    [[nodiscard]] static QString stateName(HealthReport::State s);
    // The plugin output: the first line "MAILWRIGHT <STATE> - <summary> | <perfdata>",
    // then one line per problem and per server (Nagios long output).
    [[nodiscard]] static QString nagiosText(const HealthReport &r);
    // Only the performance data of the first line.
    [[nodiscard]] static QString perfdata(const HealthReport &r);
    // The same as one JSON object (check --json).
    [[nodiscard]] static QJsonObject json(const HealthReport &r);
    // The Prometheus text exposition format (version 0.0.4), ending in a newline.
    [[nodiscard]] static QString prometheus(const HealthReport &r);
};

} // namespace mw
