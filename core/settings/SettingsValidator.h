// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "MailSettings.h"
#include "SettingsSchema.h"

#include <QList>
#include <QString>

#include <optional>

namespace mw {

// One problem with one setting: the INI key and a plain sentence for the admin.
struct ValidationIssue
{
    QString key;
    QString message;
    bool operator==(const ValidationIssue &) const = default;
};

// A host with an optional port, as split by SettingsValidator::normalizeHostPort.
struct HostPort
{
    QString host; // without IPv6 brackets
    std::optional<int> port;
    bool operator==(const HostPort &) const = default;
};

// Checks values for syntax and range, and the whole settings for required fields.
// Pure functions: no I/O, no DNS, usable while the admin types.
class SettingsValidator
{
public:
    // The problems of all settings, including fields required by enabled features.
    // [backup_smtp] is checked by the [smtp] rules when backup_smtp/enabled (issues name
    // backup_smtp/ keys); for settings whose `smtp` is the backup's (SettingsFacts::
    // forServer), the issues about it name backup_smtp/ keys too.
    [[nodiscard]] static QList<ValidationIssue> validate(const MailSettings &settings);
    // One value as typed (no cross-field rules). Empty when acceptable.
    [[nodiscard]] static QString validateField(const QString &key, const QString &text);

    // "host", "host,port", "host:port", "[v6]", "[v6]:port", "[v6],port", "v6", "v6,port".
    // nullopt (with a reason) when a port part is present but not 1-65535, brackets are
    // unbalanced, or what is between them is not an IPv6 address (the settings schema then
    // keeps the text as written, so that it survives a save, and the validator refuses it).
    // The host itself is not checked here (see checkHost).
    [[nodiscard]] static std::optional<HostPort> normalizeHostPort(const QString &text,
                                                                   QString *error = nullptr);

    // Each returns an empty string when valid, else why not (a sentence fragment).
    [[nodiscard]] static QString checkAddress(const QString &address);
    [[nodiscard]] static QString checkHost(const QString &host);
    [[nodiscard]] static QString checkDomain(const QString &domain);
    [[nodiscard]] static QString checkPin(const QString &pin);
    [[nodiscard]] static QString checkHelo(const QString &helo);
    [[nodiscard]] static bool isIPv4(const QString &text);
    [[nodiscard]] static bool isIPv6(const QString &text);

    // True when this auth method needs an SMTP user name and password.
    [[nodiscard]] static bool authNeedsCredentials(MailSettings::SmtpAuth auth);
};

} // namespace mw
