// SPDX-License-Identifier: GPL-3.0-or-later
#include "Tint.h"

#include "WrapLabel.h"

#include <QProgressBar>

namespace mw {

QColor tintedWindow(const QColor &window, const QColor &accent)
{
    const qreal a = window.lightness() < 128 ? 0.30 : 0.16;
    return QColor::fromRgbF(window.redF() * (1 - a) + accent.redF() * a,
                            window.greenF() * (1 - a) + accent.greenF() * a,
                            window.blueF() * (1 - a) + accent.blueF() * a);
}

QLabel *wrapLabel(const QString &objectName, QWidget *parent)
{
    auto *l = new WrapLabel(parent);
    l->setObjectName(objectName);
    l->setTextFormat(Qt::PlainText);
    l->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return l;
}

void setProgressValue(QProgressBar *bar, int value)
{
    bar->setUpdatesEnabled(false);
    bar->setValue(value);
    bar->setUpdatesEnabled(true); // asks for the repaint
}

} // namespace mw
