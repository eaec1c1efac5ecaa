// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QIcon>
#include <QString>

namespace mw {

// The application's icons, each made once per process (copies of one QIcon share its engine
// and its pixmaps). Drawn from PNGs rendered from ":/icons/NAME.svg" at the sizes the window
// paints (scripts/make-raster-icons.sh), from the SVG at any other size: the first paint
// loads neither QtSvg nor Qt's SVG icon engine (docs/PERFORMANCE.md). GUI thread.
[[nodiscard]] const QIcon &appIcon(const QString &name);

} // namespace mw
