// SPDX-License-Identifier: GPL-3.0-or-later
#include "LightGroupBox.h"

#include <QPainter>
#include <QStyle>
#include <QStyleOptionGroupBox>

namespace mw {

LightGroupBox::LightGroupBox(const QString &title, QWidget *parent)
    : QGroupBox(title, parent)
{}

void LightGroupBox::paintEvent(QPaintEvent *event)
{
    if (style()->name().compare(QLatin1String("fusion"), Qt::CaseInsensitive) != 0) {
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
            painter.fillRect(frame.adjusted(1, 1, -1, -1), QColor(0, 0, 0, 3)); // the shade
            painter.setPen(QColor(0, 0, 0, 4)); // a darker inner edge
            painter.drawRect(frame.adjusted(1, 1, -2, -2));
            painter.setRenderHint(QPainter::Antialiasing);
            painter.setPen(QColor(117, 117, 117, 50));
            painter.setBrush(Qt::NoBrush);
            painter.drawRoundedRect(QRectF(frame).adjusted(0.5, 0.5, -0.5, -0.5), 2, 2);
            painter.setRenderHint(QPainter::Antialiasing, false);
        }
    }
    // The title (and check box) as the style draws them, without its frame.
    option.subControls &= ~QStyle::SC_GroupBoxFrame;
    style()->drawComplexControl(QStyle::CC_GroupBox, &option, &painter, this);
}

} // namespace mw
