// SPDX-License-Identifier: GPL-3.0-or-later
#include "DeliveryHistory.h"

#include "settings/ConfigDataPath.h"

namespace mw {

DeliveryHistory::DeliveryHistory(QString path)
    : m_path(std::move(path))
{}

DeliveryHistory::~DeliveryHistory() = default;

QString DeliveryHistory::defaultPathFor(const QString &configPath)
{
    return configDataPath(configPath, QStringLiteral("history-"), QStringLiteral(".sqlite"));
}

bool DeliveryHistory::open(QString *error)
{
    if (error)
        *error = QStringLiteral("not implemented yet");
    return false;
}

bool DeliveryHistory::record(const HistoryEntry &, const QByteArray &, QString *error)
{
    if (error)
        *error = QStringLiteral("not implemented yet");
    return false;
}

QList<HistoryEntry> DeliveryHistory::find(const HistoryQuery &, QString *) const
{
    return {};
}

std::optional<HistoryEntry> DeliveryHistory::entry(qint64) const
{
    return std::nullopt;
}

QByteArray DeliveryHistory::body(qint64) const
{
    return {};
}

int DeliveryHistory::markBounced(const QString &, const QDateTime &, const QString &)
{
    return 0;
}

int DeliveryHistory::prune(int)
{
    return 0;
}

} // namespace mw
