// SPDX-License-Identifier: GPL-3.0-or-later
#include "BrowserLauncher.h"

#include <QProcess>

namespace mw {

BrowserLauncher::Command BrowserLauncher::commandFor(const QUrl &url)
{
    const QString address = url.toString(QUrl::FullyEncoded);
#if defined(Q_OS_WIN)
    return {QStringLiteral("rundll32"), {QStringLiteral("url.dll,FileProtocolHandler"), address}};
#elif defined(Q_OS_MACOS)
    return {QStringLiteral("open"), {address}};
#else
    return {QStringLiteral("xdg-open"), {address}};
#endif
}

QProcessEnvironment BrowserLauncher::scrubbed(const QProcessEnvironment &from)
{
    QProcessEnvironment env = from;
    const QStringList keys = from.keys();
    for (const QString &key : keys) {
        // Windows keeps the case the variable was set with; the names are ASCII.
        if (key.startsWith(QLatin1String("MAILWRIGHT_"), Qt::CaseInsensitive))
            env.remove(key);
    }
    return env;
}

bool BrowserLauncher::open(const QUrl &url)
{
    if (!url.isValid() ||
        (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http")))
        return false;
    const Command c = commandFor(url);
    QProcess process;
    process.setProgram(c.program);
    process.setArguments(c.arguments);
    process.setProcessEnvironment(scrubbed(QProcessEnvironment::systemEnvironment()));
    process.setStandardInputFile(QProcess::nullDevice());
    process.setStandardOutputFile(QProcess::nullDevice());
    process.setStandardErrorFile(QProcess::nullDevice());
    // Detached: the browser outlives the sign-in, and nothing waits for it here.
    return process.startDetached();
}

} // namespace mw
