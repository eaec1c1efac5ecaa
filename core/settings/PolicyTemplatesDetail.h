// SPDX-License-Identifier: GPL-3.0-or-later
// Internal to PolicyTemplates*.cpp: the rules the generated templates share, written once.
#pragma once

#include "SettingsSchema.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace mw::policytemplates {

// HKLM (and HKCU) subkeys the Windows policy reader reads (design: issue 20).
inline constexpr char kRegistryRoot[] = "Software\\Policies\\Mailwright";
inline constexpr char kRecommendedKey[] = "Recommended";
inline constexpr char kAdminLockKey[] = "Policy"; // the policy's own values
inline constexpr char kAdminLockValue[] = "AdminLock";
inline constexpr char kLockedValue[] = "Locked"; // more patterns, as [policy] locked

// The schema keys a policy may set: every key except a password-like one
// (SettingsSchema::isSecretKeyName, the rule the INI reader and the policy reader apply).
[[nodiscard]] QList<const SettingSpec *> policySpecs();
// "smtp_host": an ADMX itemName (letters, digits, '_') unique per key.
[[nodiscard]] QString itemName(const SettingSpec &spec);
// One line: "Type: enum, one of none, starttls, tls, auto. Default: auto." (the default
// shown as "(empty)" when it is empty).
[[nodiscard]] QString valueFacts(const SettingSpec &spec);
// The description as a title: at most ~100 characters, cut at a word outside parentheses.
[[nodiscard]] QString shortTitle(const SettingSpec &spec);

// Group Policy templates (PolicyTemplatesAdmx.cpp).
[[nodiscard]] QByteArray admx();
[[nodiscard]] QByteArray adml();

} // namespace mw::policytemplates
