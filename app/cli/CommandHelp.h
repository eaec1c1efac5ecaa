// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace mw::cli {

// The commands of mailwright-cli and what each does, for --help, from commandTable()
// (Commands.h): the overview (`mailwright-cli --help`) and each command's own help
// (`mailwright-cli oauth login --help`). Help never needs a configuration file.
class CommandHelp
{
public:
    // Every command with its usage, for the overview.
    [[nodiscard]] static QString overview();
    // The usage lines of one command (empty for an unknown one).
    [[nodiscard]] static QString forCommand(const QString &command);
    // True when the arguments after the command ask for help (--help, -h, --help-all).
    [[nodiscard]] static bool isHelpRequest(const QStringList &commandArguments);
};

} // namespace mw::cli
