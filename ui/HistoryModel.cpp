// SPDX-License-Identifier: GPL-3.0-or-later
#include "HistoryModel.h"

#include "protocol/Result.h"

#include <QBrush>
#include <QLocale>

namespace mw {

HistoryModel::HistoryModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void HistoryModel::setEntries(const QList<HistoryEntry> &entries)
{
    beginResetModel();
    m_entries = entries;
    endResetModel();
}

const HistoryEntry *HistoryModel::entryAt(int row) const
{
    return row >= 0 && row < m_entries.size() ? &m_entries.at(row) : nullptr;
}

int HistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int HistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString HistoryModel::outcomeText(const HistoryEntry &e)
{
    QString words;
    if (e.result == QLatin1String("delivered"))
        words = tr("Delivered");
    else if (e.result == QLatin1String("deferred"))
        words = tr("Not yet delivered, will be retried");
    else if (e.result == QLatin1String("dead"))
        words = tr("Refused for good");
    else if (e.result == QLatin1String("unknown-outcome"))
        words = tr("Outcome unknown (the connection broke after the message was sent)");
    else
        words = e.result;
    // The error class id is the contract shared with the CLI and the logs: shown as is, so
    // that what a person reads here can be searched for there.
    if (!e.errorClass.isEmpty() && e.errorClass != errorClassId(ErrorClass::None))
        words += QStringLiteral(" (%1)").arg(e.errorClass);
    return words;
}

QString HistoryModel::serverText(const QString &server)
{
    if (server == QLatin1String("smtp"))
        return tr("Primary SMTP");
    if (server == QLatin1String("backup-smtp"))
        return tr("Backup SMTP");
    if (server == QLatin1String("pickup"))
        return tr("Pickup folder");
    return server;
}

QString HistoryModel::categoryText(const QString &category)
{
    if (category == QLatin1String("job"))
        return tr("Job");
    if (category == QLatin1String("error"))
        return tr("Error");
    if (category == QLatin1String("console"))
        return tr("Console");
    if (category == QLatin1String("notice"))
        return tr("Notice");
    return category;
}

bool HistoryModel::isFailure(const HistoryEntry &e)
{
    return e.result != QLatin1String("delivered") || e.bouncedAt.isValid();
}

QVariant HistoryModel::data(const QModelIndex &index, int role) const
{
    const HistoryEntry *e = entryAt(index.row());
    if (!e || index.column() < 0 || index.column() >= ColumnCount)
        return {};
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (index.column()) {
        case Time:
            return QLocale().toString(e->at.toLocalTime(), QLocale::ShortFormat);
        case Category:
            return categoryText(e->category);
        case Recipients:
            return e->recipients.join(QStringLiteral(", "));
        case Subject:
            return e->subject;
        case Server:
            return serverText(e->server);
        case Outcome:
            return outcomeText(*e);
        case Bounce:
            // A mark, not a sentence: the details pane has the report.
            return e->bouncedAt.isValid() ? (role == Qt::ToolTipRole ? e->bounce : tr("Bounced"))
                                          : QString();
        default:
            break;
        }
    } else if (role == Qt::ForegroundRole &&
               (index.column() == Outcome || index.column() == Bounce) && isFailure(*e)) {
        return QBrush(m_errorColor);
    } else if (role == Qt::AccessibleTextRole && index.column() == Bounce) {
        return e->bouncedAt.isValid() ? tr("Bounced") : tr("No bounce");
    }
    return {};
}

QVariant HistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Time:
        return tr("Time");
    case Category:
        return tr("Category");
    case Recipients:
        return tr("Recipients");
    case Subject:
        return tr("Subject");
    case Server:
        return tr("Server");
    case Outcome:
        return tr("Result");
    case Bounce:
        return tr("Bounce");
    default:
        return {};
    }
}

} // namespace mw
