// SPDX-License-Identifier: GPL-3.0-or-later
// Linux and the BSDs: the XDG Autostart Specification. Desktops (GNOME, KDE, Xfce...) run
// every $XDG_CONFIG_HOME/autostart/*.desktop at login.
#include "Autostart.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSaveFile>

namespace mw {

namespace {

// The installed desktop file's name, so that a desktop can tell the two apart and a
// system-wide entry of the same name would be overridden by this one.
const QLatin1String kFileName("io.github.mailwright.Mailwright.desktop");

QString autostartDir()
{
    // The specification: $XDG_CONFIG_HOME when it is set to an absolute path, else
    // ~/.config. (Not QStandardPaths, whose test mode would point tests elsewhere.)
    const QString config = qEnvironmentVariable("XDG_CONFIG_HOME");
    const QString base =
        QDir::isAbsolutePath(config) ? config : QDir::homePath() + QStringLiteral("/.config");
    return base + QStringLiteral("/autostart");
}

QString entryPath()
{
    return autostartDir() + QLatin1Char('/') + kFileName;
}

} // namespace

bool Autostart::isEnabled()
{
    return QFile::exists(entryPath());
}

bool Autostart::enable(const QStringList &arguments, QString *error)
{
    if (!QDir().mkpath(autostartDir())) {
        *error = QCoreApplication::translate("mw::Autostart", "The folder %1 could not be created.")
                     .arg(QDir::toNativeSeparators(autostartDir()));
        return false;
    }
    const QByteArray entry = QStringLiteral("[Desktop Entry]\n"
                                            "Type=Application\n"
                                            "Name=Mailwright\n"
                                            "Comment=Status of the e-mail servers in the tray\n"
                                            "Icon=mailwright\n"
                                            "Exec=%1\n"
                                            "Terminal=false\n"
                                            "NoDisplay=true\n"
                                            "X-GNOME-Autostart-enabled=true\n")
                                 .arg(desktopExec(command(arguments)))
                                 .toUtf8();
    // Written beside and renamed over the old entry: the desktop never reads half a file.
    QSaveFile file(entryPath());
    if (!file.open(QIODevice::WriteOnly) || file.write(entry) != entry.size() || !file.commit()) {
        *error = QCoreApplication::translate("mw::Autostart", "%1 could not be written: %2")
                     .arg(QDir::toNativeSeparators(entryPath()), file.errorString());
        return false;
    }
    return true;
}

bool Autostart::disable(QString *error)
{
    QFile file(entryPath());
    if (!file.exists() || file.remove())
        return true;
    *error = QCoreApplication::translate("mw::Autostart", "%1 could not be removed: %2")
                 .arg(QDir::toNativeSeparators(entryPath()), file.errorString());
    return false;
}

QString Autostart::location()
{
    return QDir::toNativeSeparators(entryPath());
}

} // namespace mw
