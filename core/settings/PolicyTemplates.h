// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace mw {

// The templates a fleet administrator loads into the management tools, generated from the
// settings schema (SettingsSchema: one source of truth, nothing kept by hand):
//   mailwright.admx, en-US/mailwright.adml   Group Policy (HKLM\Software\Policies\Mailwright)
//   <bundle id>.mobileconfig                 a sample macOS configuration profile
//   policy.ini.example                       /etc/mailwright/policy.ini, every key commented
class PolicyTemplates
{
public:
    struct File
    {
        QString relativePath; // "mailwright.admx", "en-US/mailwright.adml", ...
        QByteArray content;
    };

    // The macOS bundle identifier (managed preferences domain), MAILWRIGHT_APP_ID of
    // installer/CMakeLists.txt.
    [[nodiscard]] static QString bundleIdentifier();
    [[nodiscard]] static QList<File> generate();
    // Writes every file under dir (created); false with error on the first failure.
    [[nodiscard]] static bool writeAll(const QString &dir, QString *error);
};

} // namespace mw
