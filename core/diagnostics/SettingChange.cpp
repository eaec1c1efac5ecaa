// SPDX-License-Identifier: GPL-3.0-or-later
#include "SettingChange.h"

#include "settings/SettingsSchema.h"

namespace mw {

QStringList applySettingChanges(MailSettings &settings, const QList<SettingChange> &changes)
{
    QStringList errors;
    for (const SettingChange &c : changes) {
        const QString error = SettingsSchema::setValue(settings, c.key, c.value);
        if (!error.isEmpty())
            errors << QStringLiteral("%1: %2").arg(c.key, error);
    }
    return errors;
}

QList<SettingChange> effectiveChanges(const MailSettings &settings,
                                      const QList<SettingChange> &changes)
{
    QList<SettingChange> out;
    for (const SettingChange &c : changes) {
        if (SettingsSchema::value(settings, c.key).value_or(QString()) != c.value)
            out << c;
    }
    return out;
}

} // namespace mw
