// SPDX-License-Identifier: GPL-3.0-or-later
// Windows: the per-user Run key, which Explorer reads at every login.
#include "Autostart.h"

#include <QCoreApplication>
#include <QSettings>

namespace mw {

namespace {

const QLatin1String kRunKey("HKEY_CURRENT_USER\\Software\\Microsoft\\Windows\\CurrentVersion\\Run");
const QLatin1String kValueName("Mailwright");

} // namespace

bool Autostart::isEnabled()
{
    return QSettings(kRunKey, QSettings::NativeFormat).contains(kValueName);
}

bool Autostart::enable(const QStringList &arguments, QString *error)
{
    QSettings run(kRunKey, QSettings::NativeFormat);
    run.setValue(kValueName, windowsCommandLine(command(arguments)));
    run.sync();
    if (run.status() != QSettings::NoError) {
        *error = QCoreApplication::translate("mw::Autostart",
                                             "The registry value %1 could not be written.")
                     .arg(location());
        return false;
    }
    return true;
}

bool Autostart::disable(QString *error)
{
    QSettings run(kRunKey, QSettings::NativeFormat);
    run.remove(kValueName);
    run.sync();
    if (run.status() != QSettings::NoError) {
        *error = QCoreApplication::translate("mw::Autostart",
                                             "The registry value %1 could not be removed.")
                     .arg(location());
        return false;
    }
    return true;
}

QString Autostart::location()
{
    return kRunKey + QLatin1Char('\\') + kValueName;
}

} // namespace mw
