// SPDX-License-Identifier: GPL-3.0-or-later
#include "WrapRowLayout.h"

#include <QList>
#include <QStyle>
#include <QWidget>

namespace mw {

namespace {

struct Placed
{
    QLayoutItem *item = nullptr;
    int width = 0;
    bool spacer = false;
    bool grows = false; // expands horizontally (a stretch, or an item with a stretch factor)
    int stretch = 0;
};

int itemHeight(QLayoutItem *item, int width)
{
    if (item->hasHeightForWidth())
        return item->heightForWidth(width);
    return item->sizeHint().height();
}

} // namespace

int WrapRowLayout::heightForWidth(int width) const
{
    return arrange(QRect(0, 0, width, 0), false);
}

QSize WrapRowLayout::minimumSize() const
{
    QSize widest;
    for (int i = 0; i < count(); ++i) {
        QLayoutItem *item = itemAt(i);
        if (item->spacerItem() || item->isEmpty())
            continue;
        widest = widest.expandedTo(item->minimumSize());
    }
    const QMargins m = contentsMargins();
    return widest + QSize(m.left() + m.right(), m.top() + m.bottom());
}

void WrapRowLayout::setGeometry(const QRect &rect)
{
    // QLayout's, not QBoxLayout's: the box would place the items in one line again.
    QLayout::setGeometry(rect); // NOLINT(bugprone-parent-virtual-call)
    arrange(rect, true);
}

int WrapRowLayout::arrange(const QRect &rect, bool apply) const
{
    const QRect area = rect.marginsRemoved(contentsMargins());
    const int available = qMax(area.width(), 1);
    const int gap = qMax(spacing(), 0);
    int vgap = gap;
    Qt::LayoutDirection direction = Qt::LeftToRight;
    if (const QWidget *w = parentWidget()) {
        direction = w->layoutDirection();
        vgap = qMax(w->style()->pixelMetric(QStyle::PM_LayoutVerticalSpacing, nullptr, w), 0);
    }

    // Lines of items, each item at its preferred width (at most the line).
    QList<QList<Placed>> lines(1);
    int used = 0;
    for (int i = 0; i < count(); ++i) {
        QLayoutItem *item = itemAt(i);
        QSpacerItem *spacer = item->spacerItem();
        if (!spacer && item->isEmpty()) // a hidden widget
            continue;
        QList<Placed> &line = lines.last();
        if (spacer) {
            const int w = spacer->sizeHint().width();
            // A spacing at the start of a line or at a break means nothing.
            if (line.isEmpty() || used + w > available)
                continue;
            line.append(
                {item, w, true, bool(spacer->expandingDirections() & Qt::Horizontal), stretch(i)});
            used += w;
            continue;
        }
        const int w = qMin(qBound(item->minimumSize().width(), item->sizeHint().width(),
                                  item->maximumSize().width()),
                           available);
        const bool afterItem = !line.isEmpty() && !line.last().spacer;
        const int need = used + (afterItem ? gap : 0) + w;
        if (!line.isEmpty() && need > available) {
            lines.append({{item, w, false, stretch(i) > 0, stretch(i)}});
            used = w;
            continue;
        }
        line.append({item, w, false, stretch(i) > 0, stretch(i)});
        used = need;
    }

    int y = area.top();
    bool first = true;
    for (QList<Placed> &line : lines) {
        while (!line.isEmpty() && line.last().spacer)
            line.removeLast();
        if (line.isEmpty())
            continue;
        int total = 0;
        int weights = 0;
        for (qsizetype k = 0; k < line.size(); ++k) {
            const bool afterItem = k > 0 && !line.at(k).spacer && !line.at(k - 1).spacer;
            total += line.at(k).width + (afterItem ? gap : 0);
            weights += line.at(k).stretch;
        }
        // The room left on the line goes to its stretches, as QBoxLayout shares it: by
        // stretch factor, or evenly among the stretches when no factor is set; else it
        // stays at the end of the line.
        int extra = qMax(available - total, 0);
        int growers = 0;
        for (Placed &p : line) {
            if (weights == 0 ? p.grows : p.stretch > 0)
                growers += weights == 0 ? 1 : p.stretch;
        }
        for (Placed &p : line) {
            const int weight = weights == 0 ? (p.grows ? 1 : 0) : p.stretch;
            if (weight > 0 && growers > 0) {
                const int share = extra * weight / growers;
                p.width += share;
                extra -= share;
                growers -= weight;
            }
        }
        int height = 0;
        for (const Placed &p : line) {
            if (!p.spacer)
                height = qMax(height, itemHeight(p.item, p.width));
        }
        if (!first)
            y += vgap;
        first = false;
        if (apply) {
            int x = area.left();
            for (qsizetype k = 0; k < line.size(); ++k) {
                const Placed &p = line.at(k);
                if (k > 0 && !p.spacer && !line.at(k - 1).spacer)
                    x += gap;
                if (!p.spacer) {
                    // Centred in the line, at the item's own height (mirrored right to left).
                    int h = qMin(itemHeight(p.item, p.width), p.item->maximumSize().height());
                    h = h > 0 ? qMin(h, height) : height;
                    const QRect r(x, y + (height - h) / 2, p.width, h);
                    p.item->setGeometry(QStyle::visualRect(direction, area, r));
                }
                x += p.width;
            }
        }
        y += height;
    }
    const QMargins m = contentsMargins();
    return y - area.top() + m.top() + m.bottom();
}

} // namespace mw
