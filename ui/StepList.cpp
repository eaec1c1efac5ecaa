// SPDX-License-Identifier: GPL-3.0-or-later
#include "StepList.h"

#include <QCoreApplication>
#include <QEvent>
#include <QHeaderView>
#include <QTimer>

namespace mw {

namespace {
constexpr int kResultColumn = 1;
constexpr int kTimeColumn = 2;
} // namespace

StepList::StepList(QWidget *parent)
    : QTreeWidget(parent)
{
    setRootIsDecorated(false);
    setColumnCount(3);
    // The titles keep the translation context of the test panel that shows them.
    setHeaderLabels({QCoreApplication::translate("mw::TestPanel", "Step"),
                     QCoreApplication::translate("mw::TestPanel", "Result"),
                     QCoreApplication::translate("mw::TestPanel", "Time")});
    header()->setSectionResizeMode(0, QHeaderView::Stretch);
    header()->setSectionResizeMode(kResultColumn, QHeaderView::Fixed);
    header()->setSectionResizeMode(kTimeColumn, QHeaderView::Fixed);
    header()->setStretchLastSection(false);
    setSelectionMode(QAbstractItemView::NoSelection);
    setFocusPolicy(Qt::TabFocus);
    // Every row has the same height: the view asks the delegate for one row's, not each one's.
    setUniformRowHeights(true);
    const auto changed = [this] { fitLater(); };
    connect(model(), &QAbstractItemModel::dataChanged, this, changed);
    connect(model(), &QAbstractItemModel::rowsInserted, this, changed);
    connect(model(), &QAbstractItemModel::rowsRemoved, this, changed);
    connect(model(), &QAbstractItemModel::modelReset, this, changed);
    connect(model(), &QAbstractItemModel::headerDataChanged, this, changed);
    fitColumns();
}

StepList::~StepList()
{
    // QTreeWidget's destructor empties the model after this part is gone: its rowsRemoved
    // must not reach fitLater() (UBSan: a member call on an object no longer a StepList).
    disconnect(model(), nullptr, this, nullptr);
}

void StepList::fitColumns()
{
    m_fitPending = false;
    for (int column : {kResultColumn, kTimeColumn}) {
        // The title's width, and each filled cell's as the delegate sizes it (what
        // sizeHintForColumn gives, without laying out the empty cells of a test not yet run).
        int width = header()->sectionSizeHint(column);
        for (int row = 0; row < topLevelItemCount(); ++row) {
            QTreeWidgetItem *item = topLevelItem(row);
            if (!item->isHidden() && !item->text(column).isEmpty())
                width = qMax(width, sizeHintForIndex(indexFromItem(item, column)).width());
        }
        if (width != header()->sectionSize(column))
            header()->resizeSection(column, width);
    }
}

void StepList::changeEvent(QEvent *event)
{
    QTreeWidget::changeEvent(event);
    if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange)
        fitLater();
}

void StepList::fitLater()
{
    if (m_fitPending)
        return;
    m_fitPending = true;
    QTimer::singleShot(0, this, [this] { fitColumns(); });
}

} // namespace mw
