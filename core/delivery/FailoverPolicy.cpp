// SPDX-License-Identifier: GPL-3.0-or-later
#include "FailoverPolicy.h"

#include "QueueSpool.h"
#include "protocol/ConnectionFailure.h"

#include <QFile>
#include <QJsonObject>

namespace mw::FailoverPolicy {

FailoverDecision afterPrimary(const QDateTime &now, const FailoverState &before,
                              const Result &primary, bool held, int afterSeconds)
{
    FailoverDecision d;
    d.state = before;
    if (held) {
        // Nothing more attempts could fix: no reason to wait for the backup.
        d.toBackup = true;
        d.state.reason = primary.message;
    } else if (isConnectionFailure(primary)) {
        if (!d.state.outageSince.isValid())
            d.state.outageSince = now;
        d.toBackup = d.state.outageSince.secsTo(now) >= qint64(afterSeconds);
        if (d.toBackup && !before.onBackup)
            d.state.reason = primary.message;
    } else {
        // The primary answered (a message refused for itself included): back on it.
        d.returnedToPrimary = before.onBackup;
        d.state = FailoverState{};
        return d;
    }
    d.failedOver = d.toBackup && !before.onBackup;
    d.state.onBackup = d.toBackup;
    return d;
}

FailoverState load(const QString &queueDir)
{
    const QJsonObject o = spool::readJson(queueDir + QStringLiteral("/failover.json"));
    FailoverState s;
    s.outageSince =
        QDateTime::fromString(o.value(QLatin1String("outage_since")).toString(), Qt::ISODate);
    s.onBackup = o.value(QLatin1String("on_backup")).toBool();
    s.reason = o.value(QLatin1String("reason")).toString();
    return s;
}

bool save(const QString &queueDir, const FailoverState &state, QString *error)
{
    const QString path = queueDir + QStringLiteral("/failover.json");
    if (state == FailoverState{}) {
        if (!QFile::exists(path) || QFile::remove(path))
            return true;
        if (error)
            *error = QStringLiteral("%1: could not be removed").arg(path);
        return false;
    }
    QJsonObject o;
    if (state.outageSince.isValid())
        o.insert(QStringLiteral("outage_since"),
                 state.outageSince.toUTC().toString(Qt::ISODateWithMs));
    o.insert(QStringLiteral("on_backup"), state.onBackup);
    o.insert(QStringLiteral("reason"), state.reason);
    return spool::writeJson(path, o, error);
}

} // namespace mw::FailoverPolicy
