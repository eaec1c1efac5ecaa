// SPDX-License-Identifier: GPL-3.0-or-later
// macOS: a LaunchAgent of the user, which launchd loads at every login (RunAtLoad).
#include "Autostart.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSaveFile>

namespace mw {

namespace {

const QLatin1String kLabel("io.github.mailwright.Mailwright");

QString agentDir()
{
    return QDir::homePath() + QStringLiteral("/Library/LaunchAgents");
}

QString agentPath()
{
    return agentDir() + QLatin1Char('/') + kLabel + QStringLiteral(".plist");
}

} // namespace

bool Autostart::isEnabled()
{
    return QFile::exists(agentPath());
}

bool Autostart::enable(const QStringList &arguments, QString *error)
{
    if (!QDir().mkpath(agentDir())) {
        *error = QCoreApplication::translate("mw::Autostart", "The folder %1 could not be created.")
                     .arg(agentDir());
        return false;
    }
    QString args;
    for (const QString &arg : command(arguments))
        args += QStringLiteral("        <string>%1</string>\n").arg(arg.toHtmlEscaped());
    const QByteArray plist =
        QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                       "<!DOCTYPE plist PUBLIC \"-//Apple//DTD PLIST 1.0//EN\" "
                       "\"http://www.apple.com/DTDs/PropertyList-1.0.dtd\">\n"
                       "<plist version=\"1.0\">\n"
                       "<dict>\n"
                       "    <key>Label</key>\n"
                       "    <string>%1</string>\n"
                       "    <key>ProgramArguments</key>\n"
                       "    <array>\n"
                       "%2"
                       "    </array>\n"
                       "    <key>RunAtLoad</key>\n"
                       "    <true/>\n"
                       "    <key>ProcessType</key>\n"
                       "    <string>Interactive</string>\n"
                       "</dict>\n"
                       "</plist>\n")
            .arg(kLabel, args)
            .toUtf8();
    QSaveFile file(agentPath());
    if (!file.open(QIODevice::WriteOnly) || file.write(plist) != plist.size() || !file.commit()) {
        *error = QCoreApplication::translate("mw::Autostart", "%1 could not be written: %2")
                     .arg(agentPath(), file.errorString());
        return false;
    }
    return true;
}

bool Autostart::disable(QString *error)
{
    QFile file(agentPath());
    if (!file.exists() || file.remove())
        return true;
    *error = QCoreApplication::translate("mw::Autostart", "%1 could not be removed: %2")
                 .arg(agentPath(), file.errorString());
    return false;
}

QString Autostart::location()
{
    return agentPath();
}

} // namespace mw
