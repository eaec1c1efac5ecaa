// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QProcessEnvironment>
#include <QStringList>
#include <QUrl>

namespace mw {

// Opens an address in the person's browser for a sign-in (the window's buttons and
// `mailwright-cli oauth login --browser --open`): xdg-open on Linux and the other Unix
// desktops, `open` on macOS, the URL protocol handler (url.dll) on Windows, each started
// detached with QProcess. Not QDesktopServices: it cannot take an environment, and the
// browser must not inherit Mailwright's secrets (MAILWRIGHT_SMTP_PASSWORD and the other
// variables EnvSecretOverride reads): the browser, its helpers and whatever it starts
// later have no business with them.
class BrowserLauncher
{
public:
    struct Command
    {
        QString program;
        QStringList arguments;
    };

    // False when the browser could not be started (the caller shows the address).
    [[nodiscard]] static bool open(const QUrl &url);
    // The platform's command for url.
    [[nodiscard]] static Command commandFor(const QUrl &url);
    // from without any MAILWRIGHT_ variable (every secret override is one; none of the
    // others means anything to a browser).
    [[nodiscard]] static QProcessEnvironment scrubbed(const QProcessEnvironment &from);
};

} // namespace mw
