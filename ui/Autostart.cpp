// SPDX-License-Identifier: GPL-3.0-or-later
// Autostart: what every platform shares (the command and its quoting). The entry itself is
// in Autostart_<platform>.cpp.
#include "Autostart.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace mw {

QStringList Autostart::command(const QStringList &arguments)
{
    // An AppImage is mounted at a new path at every start: its own file is what lasts.
    const QString appImage = qEnvironmentVariable("APPIMAGE");
    const QString program = !appImage.isEmpty() && QFileInfo(appImage).isFile()
                                ? appImage
                                : QCoreApplication::applicationFilePath();
    return QStringList{program} + arguments;
}

QString Autostart::desktopExec(const QStringList &command)
{
    static const QString reserved = QStringLiteral(" \t\n\"'\\><~|&;$*?#()`");
    QStringList quoted;
    for (const QString &arg : command) {
        bool needsQuotes = arg.isEmpty();
        for (const QChar c : arg)
            needsQuotes = needsQuotes || reserved.contains(c);
        QString a;
        for (const QChar c : arg) {
            if (needsQuotes && (c == QLatin1Char('"') || c == QLatin1Char('`') ||
                                c == QLatin1Char('$') || c == QLatin1Char('\\')))
                a += QLatin1Char('\\');
            // A literal % would start a field code (%f, %u...).
            if (c == QLatin1Char('%'))
                a += QLatin1Char('%');
            a += c;
        }
        quoted << (needsQuotes ? QLatin1Char('"') + a + QLatin1Char('"') : a);
    }
    QString value = quoted.join(QLatin1Char(' '));
    // The string escapes of the file come on top of the quoting: \ is written \\, and a
    // line break (never in a sane path, but it must not end the line) \n.
    value.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    value.replace(QLatin1Char('\n'), QStringLiteral("\\n"));
    return value;
}

QString Autostart::windowsCommandLine(const QStringList &command)
{
    QStringList out;
    for (const QString &arg : command) {
        if (!arg.isEmpty() && !arg.contains(QLatin1Char(' ')) && !arg.contains(QLatin1Char('\t')) &&
            !arg.contains(QLatin1Char('"'))) {
            out << arg;
            continue;
        }
        // Backslashes are literal except before a quote: doubled there (and before the
        // closing quote), and the quote itself escaped.
        QString a = QStringLiteral("\"");
        int backslashes = 0;
        for (const QChar c : arg) {
            if (c == QLatin1Char('\\')) {
                ++backslashes;
                continue;
            }
            a += QString(c == QLatin1Char('"') ? 2 * backslashes + 1 : backslashes,
                         QLatin1Char('\\'));
            backslashes = 0;
            a += c;
        }
        a += QString(2 * backslashes, QLatin1Char('\\'));
        a += QLatin1Char('"');
        out << a;
    }
    return out.join(QLatin1Char(' '));
}

} // namespace mw
