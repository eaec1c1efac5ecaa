// SPDX-License-Identifier: GPL-3.0-or-later
#include "ColumnFit.h"

#include <QEvent>
#include <QHeaderView>
#include <QTimer>
#include <QTreeView>

namespace mw {

ColumnFit::ColumnFit(QTreeView *view, const QList<int> &columns)
    : QObject(view)
    , m_view(view)
    , m_columns(columns)
    , m_titleWidths(columns.size(), -1)
{
    for (int column : m_columns)
        view->header()->setSectionResizeMode(column, QHeaderView::Fixed);
    const auto changed = [this] { fitLater(); };
    QAbstractItemModel *model = view->model();
    connect(model, &QAbstractItemModel::dataChanged, this, changed);
    connect(model, &QAbstractItemModel::rowsInserted, this, changed);
    connect(model, &QAbstractItemModel::rowsRemoved, this, changed);
    connect(model, &QAbstractItemModel::modelReset, this, changed);
    connect(model, &QAbstractItemModel::layoutChanged, this, changed);
    connect(model, &QAbstractItemModel::headerDataChanged, this, [this] { titlesChanged(); });
    view->installEventFilter(this);
    fitNow();
}

void ColumnFit::fitNow()
{
    m_pending = false;
    QHeaderView *header = m_view->header();
    const QAbstractItemModel *model = m_view->model();
    const int rows = model->rowCount();
    for (qsizetype i = 0; i < m_columns.size(); ++i) {
        const int column = m_columns.at(i);
        // The title's width, and each filled cell's as the delegate sizes it (what
        // sizeHintForColumn gives, without laying out the empty cells).
        if (m_titleWidths.at(i) < 0)
            m_titleWidths[i] = header->sectionSizeHint(column);
        int width = m_titleWidths.at(i);
        for (int row = 0; row < rows; ++row) {
            const QModelIndex index = model->index(row, column);
            if (m_view->isRowHidden(row, QModelIndex()) ||
                model->data(index, Qt::DisplayRole).toString().isEmpty())
                continue;
            width = qMax(width, m_view->sizeHintForIndex(index).width());
        }
        if (width != header->sectionSize(column))
            header->resizeSection(column, width);
    }
}

bool ColumnFit::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view &&
        (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange))
        titlesChanged();
    return QObject::eventFilter(watched, event);
}

void ColumnFit::titlesChanged()
{
    m_titleWidths.fill(-1);
    fitLater();
}

void ColumnFit::fitLater()
{
    if (m_pending)
        return;
    m_pending = true;
    QTimer::singleShot(0, this, [this] { fitNow(); });
}

} // namespace mw
