// SPDX-License-Identifier: GPL-3.0-or-later
#include "CommandHelp.h"

#include <QCoreApplication>

namespace mw::cli {
namespace {

struct Entry
{
    const char *command;
    const char *usage; // after "mailwright-cli [options] "
    const char *what;
};

// In the order of the overview. A command may have several lines (test, probe).
const Entry kEntries[] = {
    {"test", "test [--to ADDR] [--stop-after connect|tls|ehlo|auth|mail|rcpt]",
     QT_TRANSLATE_NOOP("mw::cli", "send the test message to the notification mailbox")},
    {"probe", "probe [smtp|pop3]",
     QT_TRANSLATE_NOOP("mw::cli", "check every security mode of the server, rank them")},
    {"detect", "detect ADDRESS",
     QT_TRANSLATE_NOOP("mw::cli",
                       "find the mail servers of an address (SRV, autoconfig, MX, ...)")},
    {"test", "test --stop-after rcpt --all-roles",
     QT_TRANSLATE_NOOP("mw::cli", "verify every role address, send nothing")},
    {"status", "status [--check]",
     QT_TRANSLATE_NOOP("mw::cli", "show the SMTP and POP3 status (--check: log in now)")},
    {"test", "test --roundtrip [--wait S]",
     QT_TRANSLATE_NOOP("mw::cli", "send the test message and fetch it back over POP3")},
    {"bounces", "bounces [--delete-handled]",
     QT_TRANSLATE_NOOP("mw::cli", "list the delivery status notifications in POP3")},
    {"config", "config get KEY | set KEY VALUE | validate | show",
     QT_TRANSLATE_NOOP("mw::cli", "read, change or check the configuration")},
    {"secret", "secret set smtp|pop3|oauth-client",
     QT_TRANSLATE_NOOP("mw::cli", "store a password read from standard input")},
    {"oauth", "oauth login [--browser [--open]]|status [--check]|logout",
     QT_TRANSLATE_NOOP("mw::cli", "OAuth2 sign-in (device code, or browser with --browser) for "
                                  "xoauth2; logout also revokes the sign-in at the provider")},
    {"send", "send [--category job|error|console] [--to ADDR]... [--subject S] | send -t",
     QT_TRANSLATE_NOOP("mw::cli", "queue a notification (body or whole message on stdin)")},
    {"queue", "queue list|flush|run [--once]|retry ID|purge ID",
     QT_TRANSLATE_NOOP("mw::cli", "the outgoing queue")},
};

QString line(const Entry &e)
{
    return QStringLiteral("  %1\n      %2")
        .arg(QLatin1String(e.usage), QCoreApplication::translate("mw::cli", e.what));
}

} // namespace

QString CommandHelp::overview()
{
    QStringList lines;
    for (const Entry &e : kEntries)
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
    for (const Entry &e : kEntries) {
        if (command == QLatin1String(e.command))
            lines << line(e);
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
