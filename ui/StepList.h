// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTreeWidget>

namespace mw {

// A test's step list, Send Test's and the round trip's: the columns Step, Result and Time,
// rows of one height, nothing selectable. The Result and Time columns are as wide as their
// widest text (the header's or a row's), measured once after their texts change (ColumnFit),
// not on every layout pass: QHeaderView::ResizeToContents measured both columns' rows and
// titles about a dozen times before the window's first paint, 1.5 M instructions
// (docs/PERFORMANCE-WINDOW.md, twenty-first round).
class StepList : public QTreeWidget
{
    Q_OBJECT
public:
    explicit StepList(QWidget *parent = nullptr);
};

} // namespace mw
