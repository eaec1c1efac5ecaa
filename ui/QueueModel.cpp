// SPDX-License-Identifier: GPL-3.0-or-later
#include "QueueModel.h"

#include "HistoryModel.h"

namespace mw {

QueueModel::QueueModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void QueueModel::setSnapshot(const QueueSnapshot &snapshot, const QDateTime &now)
{
    beginResetModel();
    m_snapshot = snapshot;
    m_now = now;
    endResetModel();
}

const QueuedMessage *QueueModel::messageAt(int row) const
{
    if (row < 0 || row >= m_snapshot.messages.size())
        return nullptr;
    return &m_snapshot.messages.at(row);
}

int QueueModel::rowOf(const QString &id) const
{
    for (int row = 0; row < m_snapshot.messages.size(); ++row) {
        if (m_snapshot.messages.at(row).id == id)
            return row;
    }
    return -1;
}

int QueueModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_snapshot.messages.size());
}

int QueueModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString QueueModel::stateText(const QString &stateId)
{
    if (stateId == QLatin1String("held"))
        return tr("Held");
    if (stateId == QLatin1String("dead"))
        return tr("Dead letter");
    if (stateId == QLatin1String("unknown-outcome"))
        return tr("Outcome unknown");
    return tr("Waiting");
}

QString QueueModel::ageText(qint64 seconds)
{
    if (seconds < 60)
        return tr("%n s", nullptr, int(qMax<qint64>(0, seconds)));
    if (seconds < 3600)
        return tr("%n min", nullptr, int(seconds / 60));
    if (seconds < 2 * 86400)
        return tr("%n h", nullptr, int(seconds / 3600));
    return tr("%n day(s)", nullptr, int(seconds / 86400));
}

QVariant QueueModel::data(const QModelIndex &index, int role) const
{
    const QueuedMessage *m = messageAt(index.row());
    if (!m)
        return {};
    const QString state = m_snapshot.stateId(*m);
    if (role == Qt::ForegroundRole) {
        if (state == QLatin1String("dead") || state == QLatin1String("held"))
            return m_errorColor;
        return {};
    }
    if (role == Qt::ToolTipRole && index.column() == LastError)
        return QueueOperations::lastErrorText(*m);
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole)
        return {};
    switch (index.column()) {
    case Recipients:
        return m->recipients.join(QStringLiteral(", "));
    case Subject:
        return m->subject;
    case Category:
        return HistoryModel::categoryText(m->category);
    case State:
        return stateText(state);
    case Age:
        return ageText(m->created.secsTo(m_now));
    case Attempts:
        return m->attempts;
    case LastError:
        // One line in the table; the whole text in the tooltip and Show message.
        return QueueOperations::lastErrorText(*m).replace(QLatin1Char('\n'), QLatin1Char(' '));
    default:
        return {};
    }
}

QVariant QueueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Recipients:
        return tr("Recipient");
    case Subject:
        return tr("Subject");
    case Category:
        return tr("Category");
    case State:
        return tr("State");
    case Age:
        return tr("Age");
    case Attempts:
        return tr("Attempts");
    case LastError:
        return tr("Last error");
    default:
        return {};
    }
}

} // namespace mw
