// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QString>

class QLabel;
class QProgressBar;
class QWidget;

namespace mw {

// The window's background with an accent mixed in: the message bar, the test panel's result
// banner. A dark palette takes more of the accent, so that the tint still shows.
QColor tintedWindow(const QColor &window, const QColor &accent);

// A selectable, word-wrapped plain-text label (a result, a hint or a status in a window):
// a WrapLabel, which remembers its height for a width.
QLabel *wrapLabel(const QString &objectName, QWidget *parent);

// Sets a progress bar's value to be painted with the window's next repaint. QProgressBar's
// own setValue paints the bar at once, and puts it on the screen, whenever its text
// changes: a paint of its own beside the one the rest of the change asks for (2.5 M
// instructions a step in the server check, docs/PERFORMANCE-WINDOW.md, twenty-second round).
void setProgressValue(QProgressBar *bar, int value);

} // namespace mw
