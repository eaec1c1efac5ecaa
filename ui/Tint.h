// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QString>

class QLabel;
class QWidget;

namespace mw {

// The window's background with an accent mixed in: the message bar, the test panel's result
// banner. A dark palette takes more of the accent, so that the tint still shows.
QColor tintedWindow(const QColor &window, const QColor &accent);

// A selectable, word-wrapped plain-text label (a result, a hint or a status in a window).
QLabel *wrapLabel(const QString &objectName, QWidget *parent);

} // namespace mw
