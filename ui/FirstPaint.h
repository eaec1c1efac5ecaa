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

} // namespace mw
