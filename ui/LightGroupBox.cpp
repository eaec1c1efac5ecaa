// SPDX-License-Identifier: GPL-3.0-or-later
#include "LightGroupBox.h"
#include "RasterBands.h"

#include <QPainter>
#include <QStyle>
#include <QStyleOptionGroupBox>

namespace mw {

// The raster engine strokes an antialiased path pixel by pixel along all of its length,
// clipped or not (the Test box is taller than its pane): 0.84 M instructions for the Test box
// at the first paint. Only the corners need antialiasing: each is the corner of a small
// rounded rectangle, clipped to it; the straight edges between them are the pen's colour at
// full coverage, filled. The same pixels (compared for frames from 9x9 to 1040x461 px on RGB32
// and premultiplied ARGB32); under a scaled painter (high DPI) the whole path as before.
void LightGroupBox::drawRoundedFrame(QPainter &painter, const QRect &frame) const
{
    const QColor pen(117, 117, 117, 50);
    constexpr int k = 4; // a corner square: the radius, its antialiased edge and a pixel more
    const auto stroke = [&painter, &pen](const QRect &rect, const QRect &clip) {
        painter.save();
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(pen);
        painter.setBrush(Qt::NoBrush);
        // Replaced: a paint event's painter has no clip of its own (the widget's region is
        // the system clip, which stays). Intersected, one corner went missing
        // (tests/ui/tst_light_groupbox).
        if (!clip.isNull())
            painter.setClipRect(clip);
        painter.drawRoundedRect(QRectF(rect).adjusted(0.5, 0.5, -0.5, -0.5), 2, 2);
        painter.restore();
    };
    if (painter.transform().isScaling() || !qFuzzyCompare(devicePixelRatio(), 1.0) ||
        frame.width() < 2 * k + 1 || frame.height() < 2 * k + 1) {
        stroke(frame, QRect());
        return;
    }
    for (const bool right : {false, true}) {
        for (const bool bottom : {false, true}) {
            const int x = right ? frame.right() - 2 * k + 1 : frame.left();
            const int y = bottom ? frame.bottom() - 2 * k + 1 : frame.top();
            stroke(QRect(x, y, 2 * k, 2 * k), QRect(right ? x + k : x, bottom ? y + k : y, k, k));
        }
    }
    painter.fillRect(QRect(frame.left() + k, frame.top(), frame.width() - 2 * k, 1), pen);
    painter.fillRect(QRect(frame.left() + k, frame.bottom(), frame.width() - 2 * k, 1), pen);
    // The side edges, translucent: a span a row (RasterBands.h).
    const QRect sides(frame.left(), frame.top() + k, frame.width(), frame.height() - 2 * k);
    paintInBands(&painter, sides, [&painter, &frame, &pen] {
        painter.fillRect(QRect(frame.left(), frame.top() + k, 1, frame.height() - 2 * k), pen);
        painter.fillRect(QRect(frame.right(), frame.top() + k, 1, frame.height() - 2 * k), pen);
    });
}

LightGroupBox::LightGroupBox(const QString &title, QWidget *parent)
    : QGroupBox(title, parent)
{}

void LightGroupBox::paintEvent(QPaintEvent *event)
{
    if (!isFusion(style())) {
        QGroupBox::paintEvent(event);
        return;
    }
    QStyleOptionGroupBox option;
    initStyleOption(&option);
    QPainter painter(this);
    if (option.subControls & QStyle::SC_GroupBoxFrame) {
        // Fusion's frame (fusion_groupbox.png, drawn as a nine-patch): a soft grey border
        // with rounded corners over a faint shade.
        QRect frame =
            style()->subControlRect(QStyle::CC_GroupBox, &option, QStyle::SC_GroupBoxFrame, this);
        const int titleHeight =
            (!isCheckable() && title().isEmpty())
                ? 0
                : qMax(style()->pixelMetric(QStyle::PM_ExclusiveIndicatorHeight, &option, this),
                       option.fontMetrics.height());
        // Fusion: 3 px below the title; the PNG's top row and left column are transparent.
        frame.adjust(1, titleHeight + 4, 0, 0);
        if (frame.width() > 4 && frame.height() > 4) {
            // Translucent, a span a row, so in bands (RasterBands.h).
            paintInBands(&painter, frame, [&painter, &frame] {
                painter.fillRect(frame.adjusted(1, 1, -1, -1), QColor(0, 0, 0, 3)); // the shade
                painter.setPen(QColor(0, 0, 0, 4)); // a darker inner edge
                painter.drawRect(frame.adjusted(1, 1, -2, -2));
            });
            drawRoundedFrame(painter, frame);
        }
    }
    // The title (and check box) as the style draws them, without its frame.
    option.subControls &= ~QStyle::SC_GroupBoxFrame;
    style()->drawComplexControl(QStyle::CC_GroupBox, &option, &painter, this);
}

} // namespace mw
