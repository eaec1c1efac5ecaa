// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "settings/MailSettings.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace mw {

// One change the diagnostics propose ("smtp/port" = "465", because ...). The GUI shows
// the list and applies it in one click; the CLI prints it as `config set` lines.
struct SettingChange
{
    QString key;   // an INI key of SettingsSchema ("smtp/security")
    QString value; // its INI text
    QString reason;

    bool operator==(const SettingChange &) const = default;
};

// Applies the changes through SettingsSchema::setValue, in order. Returns one message
// per change that could not be applied (empty: all applied).
QStringList applySettingChanges(MailSettings &settings, const QList<SettingChange> &changes);

// Only the changes that differ from what the settings hold now.
[[nodiscard]] QList<SettingChange> effectiveChanges(const MailSettings &settings,
                                                    const QList<SettingChange> &changes);

} // namespace mw
