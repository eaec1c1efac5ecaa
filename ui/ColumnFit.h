// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QObject>

class QTreeView;

namespace mw {

// Keeps some columns of a tree view as wide as their widest text, the header's or a
// filled cell's, as QHeaderView::ResizeToContents does, but measures them once after their
// texts change (and after a change of the view's font or style), not on every layout pass
// and every question about a column's position: ResizeToContents measured every row of
// every such column again each time a row was added, the current row changed or the view
// was laid out (docs/PERFORMANCE-WINDOW.md, twenty-first and twenty-second rounds).
// Empty cells and hidden rows are not measured. The columns become QHeaderView::Fixed.
// For a view whose model stays the same (a QTreeWidget's).
class ColumnFit : public QObject
{
    Q_OBJECT
public:
    ColumnFit(QTreeView *view, const QList<int> &columns);

    // Sizes the columns now; otherwise they are sized once control returns to the event
    // loop, however many changes came before.
    void fitNow();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void fitLater();
    void titlesChanged();

    QTreeView *m_view;
    QList<int> m_columns;
    // Each column's title width, measured again only when a title, the font or the style
    // changes (QHeaderView::sectionSizeHint lays the title out each time it is asked);
    // -1: not measured yet.
    QList<int> m_titleWidths;
    bool m_pending = false;
};

} // namespace mw
