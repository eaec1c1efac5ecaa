// SPDX-License-Identifier: GPL-3.0-or-later
#include "RasterBands.h"

#include <QApplication>
#include <QPaintEngine>
#include <QPainter>
#include <QStyleFactory>
#include <QStyleOption>

namespace mw {

namespace {

// Set while a banded element paints: the base style's nested calls back through the proxy
// (a shaped frame's panel) are already inside a band.
thread_local bool t_inBand = false;

constexpr qsizetype kMaxPieces = 64;

} // namespace

void paintInBands(QPainter *painter, const QRect &area, const std::function<void()> &paint)
{
    const QTransform device = painter->deviceTransform();
    QPaintEngine *engine = painter->paintEngine();
    // A clip of the painter's own may be a path, which a region only approximates: the pieces
    // could miss a pixel at its edge.
    if (t_inBand || !engine || device.type() > QTransform::TxTranslate || painter->hasClipping()) {
        paint();
        return;
    }
    // The pieces, in device coordinates: the visible rectangles of the area, each cut into
    // bands of rows.
    QRegion visible(device.mapRect(area));
    if (const QRegion system = engine->systemClip(); !system.isEmpty())
        visible &= system;
    QList<QRect> pieces;
    for (const QRect &rect : visible) {
        for (int y = rect.top(); y <= rect.bottom(); y += kBandRows)
            pieces.append(
                QRect(rect.left(), y, rect.width(), qMin(kBandRows, rect.bottom() - y + 1)));
    }
    // A region of many rectangles (a page of opaque children) would cost more calls than the
    // pool's hand-offs save.
    if (pieces.size() > kMaxPieces) {
        paint();
        return;
    }
    const QTransform back = device.inverted();
    t_inBand = true;
    for (const QRect &piece : std::as_const(pieces)) {
        painter->save();
        painter->setClipRect(back.mapRect(piece), Qt::IntersectClip);
        paint();
        painter->restore();
    }
    t_inBand = false;
}

BandedStyle::BandedStyle(QStyle *base)
    : QProxyStyle(base)
{}

bool BandedStyle::banded(const QStyleOption *option, const QPainter *painter) const
{
    // Only on a raster device (a widget's backing store, an image); paintInBands() checks the
    // painter's transformation.
    return option && painter && !t_inBand && painter->paintEngine() &&
           painter->paintEngine()->type() == QPaintEngine::Raster && isFusion(baseStyle());
}

void BandedStyle::drawPrimitive(PrimitiveElement element, const QStyleOption *option,
                                QPainter *painter, const QWidget *widget) const
{
    switch (element) {
    case PE_FrameTabWidget: // Fusion: the pane's fill, its outline and inner highlight
    case PE_Frame:          // a scroll area's or a view's frame
        if (banded(option, painter)) {
            paintInBands(painter, option->rect,
                         [&] { QProxyStyle::drawPrimitive(element, option, painter, widget); });
            return;
        }
        break;
    default:
        break;
    }
    QProxyStyle::drawPrimitive(element, option, painter, widget);
}

void BandedStyle::drawControl(ControlElement element, const QStyleOption *option, QPainter *painter,
                              const QWidget *widget) const
{
    if (element == CE_ShapedFrame && banded(option, painter)) {
        paintInBands(painter, option->rect,
                     [&] { QProxyStyle::drawControl(element, option, painter, widget); });
        return;
    }
    QProxyStyle::drawControl(element, option, painter, widget);
}

bool isFusion(const QStyle *style)
{
    while (const auto *proxy = qobject_cast<const QProxyStyle *>(style))
        style = proxy->baseStyle();
    return style && style->name().compare(QLatin1String("fusion"), Qt::CaseInsensitive) == 0;
}

QStyle *useBandedStyle(QStyle *base)
{
    if (!base) {
        if (!isFusion(QApplication::style()))
            return QApplication::style();
        base = QStyleFactory::create(QStringLiteral("Fusion"));
    }
    if (!isFusion(base)) {
        QApplication::setStyle(base);
        return base;
    }
    auto *style = new BandedStyle(base);
    QApplication::setStyle(style);
    return style;
}

} // namespace mw
