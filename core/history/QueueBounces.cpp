// SPDX-License-Identifier: GPL-3.0-or-later
// The recently sent messages that bounced, for `queue list` and the Queue view.
#include "QueueBounces.h"

#include <QFileInfo>
#include <QJsonArray>

namespace mw {

QList<HistoryEntry> QueueBounces::read(const QString &historyPath, const QDateTime &now,
                                       QString *error)
{
    if (!QFileInfo::exists(historyPath))
        return {};
    DeliveryHistory history(historyPath);
    if (!history.open(error))
        return {};
    HistoryQuery q;
    q.since = now.addDays(-kDays);
    q.failedOnly = true; // not delivered, or bounced: the bounced ones are kept below
    q.limit = 1000;
    QList<HistoryEntry> out;
    for (const HistoryEntry &e : history.find(q, error)) {
        if (e.bouncedAt.isValid() && out.size() < kLimit)
            out << e;
    }
    return out;
}

QJsonObject QueueBounces::toJson(const HistoryEntry &e)
{
    QJsonObject o;
    o.insert(QStringLiteral("history_id"), e.id);
    o.insert(QStringLiteral("queue_id"), e.queueId);
    o.insert(QStringLiteral("sent_at"), e.at.toUTC().toString(Qt::ISODate));
    o.insert(QStringLiteral("recipients"), QJsonArray::fromStringList(e.recipients));
    o.insert(QStringLiteral("subject"), e.subject);
    o.insert(QStringLiteral("message_id"), e.messageId);
    o.insert(QStringLiteral("result"), e.result);
    o.insert(QStringLiteral("bounced_at"), e.bouncedAt.toUTC().toString(Qt::ISODate));
    o.insert(QStringLiteral("bounce"), e.bounce);
    return o;
}

QString QueueBounces::describe(const HistoryEntry &e)
{
    return tr("bounced %1: %2 (sent %3 to %4, \"%5\", %6)")
        .arg(e.bouncedAt.toLocalTime().toString(Qt::ISODate), e.bounce,
             e.at.toLocalTime().toString(Qt::ISODate), e.recipients.join(QStringLiteral(", ")),
             e.subject, e.messageId);
}

} // namespace mw
