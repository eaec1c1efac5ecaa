// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QProxyStyle>

#include <functional>

class QPainter;

namespace mw {

// Qt's raster engine hands every span fill of 96 spans or more to the global thread pool, in
// pieces of 64, and blocks the painting thread until all are done (qdrawhelper.cpp,
// QT_THREAD_PARALLEL_FILLS). Under a clip of more than one rectangle (a widget's visible
// region when its children cover parts of it) even a 1-px line is spans, a translucent
// horizontal one a span per pixel; a translucent fill is a span a row. So each frame edge
// became up to sixteen tasks and as many thread wake-ups for a few hundred pixels: 109 before
// the window's first paint (the tab pane, the Test box, the Test area's scroll bar, the step
// list's header), none in a bare window. Painted once per visible rectangle, cut into bands
// of at most kBandRows rows, each clip is one rectangle: lines are drawn straight into the
// image, opaque fills are plain fills, and what is left stays under 96 spans, on the painting
// thread. docs/PERFORMANCE-WINDOW.md (sixteenth round) has the measurements.
inline constexpr int kBandRows = 47; // two spans a row (an antialiased outline) stay under 96

// Calls paint() once per piece of the part of area (logical coordinates) inside the paint
// engine's system clip (a widget's visible region), each time clipped to the piece. The
// pieces do not overlap and together cover what is visible of area, so a paint() that draws
// only inside area draws every pixel it would draw, once. paint() must not replace the
// painter's clip. Under a scaling or rotating painter, a painter with a clip of its own, or
// when nested, paint() is called once as is.
void paintInBands(QPainter *painter, const QRect &area, const std::function<void()> &paint);

// The application's style, with the frames that Fusion strokes in one call (the tab pane, a
// scroll area's or a view's frame, a shaped frame's lines) drawn in pieces as above: 109 ->
// 36 pool tasks to the window's first paint. Elements that replace the painter's clip
// themselves (the scroll bar's groove, the combo box's label, the progress bar) are not: a
// piece could not hold them. With another base style (Windows, macOS, a desktop's own) it
// only forwards.
class BandedStyle : public QProxyStyle
{
    Q_OBJECT
public:
    explicit BandedStyle(QStyle *base = nullptr);

    void drawPrimitive(PrimitiveElement element, const QStyleOption *option, QPainter *painter,
                       const QWidget *widget = nullptr) const override;
    void drawControl(ControlElement element, const QStyleOption *option, QPainter *painter,
                     const QWidget *widget = nullptr) const override;

private:
    bool banded(const QStyleOption *option, const QPainter *painter) const;
};

// Whether the style is Fusion, or a proxy over Fusion.
bool isFusion(const QStyle *style);

// Makes the application's style a BandedStyle over its default (or the given) style when that
// is Fusion; before any widget is made. Returns the style in use.
QStyle *useBandedStyle(QStyle *base = nullptr);

} // namespace mw
