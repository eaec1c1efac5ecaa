// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTreeWidget>

namespace mw {

// A test's step list, Send Test's and the round trip's: the columns Step, Result and Time,
// rows of one height, nothing selectable. The Result and Time columns are as wide as their
// widest text (the header's or a row's), as QHeaderView::ResizeToContents makes them, but
// measured once after their texts change (and after a change of font or style), not on
// every layout pass: ResizeToContents measured both columns' rows and titles about a dozen
// times before the window's first paint, 1.5 M instructions (docs/PERFORMANCE-WINDOW.md,
// twenty-first round).
class StepList : public QTreeWidget
{
    Q_OBJECT
public:
    explicit StepList(QWidget *parent = nullptr);
    ~StepList() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    // Sizes the Result and Time columns now; fitLater() once control returns to the event
    // loop, however many changes came before.
    void fitColumns();
    void fitLater();
    bool m_fitPending = false;
};

} // namespace mw
