// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QIcon>
#include <QString>

namespace mw {

// The application's icons (":/icons/NAME.svg"), each made once per process. Qt's SVG icon
// engine parses a file when it is added to a QIcon, so `QIcon(":/icons/eye.svg")` per
// password field parsed the same file nine times before the window's first paint; copies
// of one QIcon share its engine and its rendered pixmaps (docs/PERFORMANCE.md). GUI thread.
[[nodiscard]] const QIcon &appIcon(const QString &name);

} // namespace mw
