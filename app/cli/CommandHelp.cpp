// SPDX-License-Identifier: GPL-3.0-or-later
#include "CommandHelp.h"

#include "Commands.h"

#include <QCoreApplication>

#include <algorithm>
#include <utility>

namespace mw::cli {
namespace {

QString line(const CommandUsage &e)
{
    return QStringLiteral("  %1\n      %2")
        .arg(QLatin1String(e.usage), QCoreApplication::translate("mw::cli", e.what));
}

} // namespace

QString CommandHelp::overview()
{
    QList<CommandUsage> usages;
    for (const CommandSpec &spec : commandTable())
        usages << spec.usages;
    std::sort(usages.begin(), usages.end(),
              [](const CommandUsage &a, const CommandUsage &b) { return a.line < b.line; });
    QStringList lines;
    for (const CommandUsage &e : std::as_const(usages))
        lines << line(e);
    return QCoreApplication::translate(
               "mw::cli",
               "Sets up, tests and runs how this system sends its notification e-mail.") +
           QStringLiteral("\n\n") + QCoreApplication::translate("mw::cli", "Commands:") +
           QLatin1Char('\n') + lines.join(QLatin1Char('\n')) + QStringLiteral("\n\n") +
           QCoreApplication::translate("mw::cli", "\"mailwright-cli COMMAND --help\" describes "
                                                  "one command.");
}

QString CommandHelp::forCommand(const QString &command)
{
    QStringList lines;
    for (const CommandSpec &spec : commandTable()) {
        if (command == QLatin1String(spec.name)) {
            for (const CommandUsage &e : spec.usages)
                lines << line(e);
        }
    }
    return lines.join(QLatin1Char('\n'));
}

bool CommandHelp::isHelpRequest(const QStringList &commandArguments)
{
    for (const QString &a : commandArguments) {
        if (a == QLatin1String("--help") || a == QLatin1String("-h") ||
            a == QLatin1String("--help-all") || a == QLatin1String("-?"))
            return true;
    }
    return false;
}

} // namespace mw::cli
