// SPDX-License-Identifier: GPL-3.0-or-later
#include "StepList.h"

#include "ColumnFit.h"

#include <QCoreApplication>
#include <QHeaderView>

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
    header()->setStretchLastSection(false);
    setSelectionMode(QAbstractItemView::NoSelection);
    setFocusPolicy(Qt::TabFocus);
    // Every row has the same height: the view asks the delegate for one row's, not each one's.
    setUniformRowHeights(true);
    new ColumnFit(this, {kResultColumn, kTimeColumn});
}

} // namespace mw
