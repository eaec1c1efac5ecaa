// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>

class QWidget;

namespace mw {

// Work that the window's first paint should not wait for (issue 22: the window appears
// within 1.3x a bare Qt window's time and memory): the first status check, the TLS check.
//
// Runs fn once, on the GUI thread, after window's native window has first been exposed and
// painted (Qt paints a widget window while it handles the expose; fn is queued behind it);
// queued at once when window is hidden (started in the tray: nothing to wait for) or
// already exposed. Dropped if window is destroyed first.
void afterFirstPaint(QWidget *window, std::function<void()> fn);

// The installers bundle a TLS backend (OpenSSL on Windows, SecureTransport on macOS, the
// distribution's OpenSSL on Linux). If it cannot be loaded, every secure connection would
// fail later with a puzzling error: say so once, at start-up, in a message box over window.
// The backend is loaded on a worker thread after the first paint, so that neither the time
// nor the memory of loading it comes before the window appears.
void checkTlsAfterFirstPaint(QWidget *window);

// Fills Qt's font database (fontconfig's configuration and font list: about a quarter of
// the instructions to the window's first paint) on a worker thread, started right after
// the QApplication, so that the main thread builds the window meanwhile and only waits (on
// the database's lock) for what is left of it at its first text. The font engines stay
// per thread: the main thread still loads its own (docs/PERFORMANCE-WINDOW.md).
void loadFontsInBackground();

} // namespace mw
