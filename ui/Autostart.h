// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace mw {

// "Start at login" of the settings window (only with the status in the tray): an entry of
// the desktop's own start-up list that runs this program with --tray (hidden, in the tray).
// One implementation per platform, chosen in ui/CMakeLists.txt like notify/SystemLog:
//  - Autostart_unix.cpp: an XDG autostart file, $XDG_CONFIG_HOME/autostart/
//    io.github.mailwright.Mailwright.desktop (~/.config when the variable is unset), written
//    atomically;
//  - Autostart_win.cpp: the value "Mailwright" of the key
//    HKCU\Software\Microsoft\Windows\CurrentVersion\Run;
//  - Autostart_mac.cpp: a LaunchAgent, ~/Library/LaunchAgents/io.github.mailwright.
//    Mailwright.plist.
// Per user and per computer, like the window's geometry: never in the configuration file
// that the command line shares.
class Autostart
{
public:
    // The option the entry starts the window with.
    [[nodiscard]] static QString trayOption() { return QStringLiteral("--tray"); }

    // What the entry runs: this program (the AppImage when it runs from one, whose own path
    // changes at every start) followed by the arguments.
    [[nodiscard]] static QStringList command(const QStringList &arguments);

    // Whether this user's entry exists.
    [[nodiscard]] static bool isEnabled();
    // Writes the entry with command(arguments), replacing an older one. False with a
    // sentence in *error when it could not be written.
    static bool enable(const QStringList &arguments, QString *error);
    // Removes the entry (none is fine).
    static bool disable(QString *error);
    // Where the entry is, in words (a file or the registry key), for the window and docs.
    [[nodiscard]] static QString location();

    // The Exec= value of a desktop entry for a command (the Desktop Entry Specification's
    // quoting: an argument with a reserved character in double quotes, with ", `, $ and
    // the backslash escaped, % doubled; then the backslash escaped again as the file's
    // string values need).
    [[nodiscard]] static QString desktopExec(const QStringList &command);
    // A Windows command line for a command (each argument as CommandLineToArgvW reads it).
    [[nodiscard]] static QString windowsCommandLine(const QStringList &command);
};

} // namespace mw
