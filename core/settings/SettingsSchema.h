// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "MailSettings.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace mw {

// What a value means, so that SettingsValidator knows which rule applies to it.
enum class ValueKind {
    Bool,
    Integer,     // with SettingSpec::minimum / maximum
    Enum,        // one of SettingSpec::allowed
    Host,        // IPv4, IPv6, FQDN or IDN name
    Port,        // 1-65535
    Address,     // one mailbox (RFC 5321 §4.1.2), empty allowed
    AddressList, // comma-separated mailboxes and "@domain" entries
    Helo,        // empty, a domain or an address literal (RFC 5321 §4.1.1.1)
    UserName,
    Text, // free text on one line (display name)
    Path, // a local file or folder
    Pin,  // SHA-256 fingerprint: 64 hex digits, ':' allowed
};

// One INI key: its name, meaning, default and how it maps to a MailSettings field.
struct SettingSpec
{
    QString key; // "section/key"
    ValueKind kind = ValueKind::Text;
    QString type; // for docs and `config get`: bool, integer, enum, string, list, path
    QString description;
    QStringList allowed; // Enum spellings
    int minimum = 0;
    int maximum = 0;
    std::function<QString(const MailSettings &)> get;
    // Stores the text; returns an error when it cannot be represented (not a number,
    // unknown enum spelling). Ranges and syntax are SettingsValidator's business.
    std::function<QString(MailSettings &, const QString &)> set;

    [[nodiscard]] QString section() const { return key.section(QLatin1Char('/'), 0, 0); }
    // Whether the key is in this section, without making the section's string.
    [[nodiscard]] bool inSection(QStringView s) const
    {
        return key.size() > s.size() && key.at(s.size()) == QLatin1Char('/') &&
               QStringView(key).startsWith(s);
    }
    [[nodiscard]] QString name() const { return key.section(QLatin1Char('/'), 1); }
    [[nodiscard]] QString defaultValue() const { return get(MailSettings{}); }
};

// The one table of configuration keys (DESIGN.md "Configuration file"), in file order.
class SettingsSchema
{
public:
    static constexpr int schemaVersion = 1;

    [[nodiscard]] static const QList<SettingSpec> &specs();
    [[nodiscard]] static const SettingSpec *spec(const QString &key);
    [[nodiscard]] static QStringList keys();
    [[nodiscard]] static QStringList sections();
    [[nodiscard]] static bool contains(const QString &key) { return spec(key) != nullptr; }

    // The value of key as INI text, or nullopt for an unknown key.
    [[nodiscard]] static std::optional<QString> value(const MailSettings &settings,
                                                      const QString &key);
    // Parses text into the field of key. Returns an error message (empty when ok);
    // on error settings is left unchanged. Refuses CR, LF and NUL in every value
    // (a line break would inject INI lines or SMTP commands). The host keys also take
    // "host,port" and "host:port" and then set the port too.
    [[nodiscard]] static QString setValue(MailSettings &settings, const QString &key,
                                          const QString &text);
    [[nodiscard]] static QString defaultValue(const QString &key);

    // A name that may hold a password (any section): never stored in the INI file.
    [[nodiscard]] static bool isSecretKeyName(const QString &name);

    // Enum <-> INI spelling. fromString is case-insensitive and trims.
    [[nodiscard]] static QString toString(MailSettings::SmtpSecurity value);
    [[nodiscard]] static QString toString(MailSettings::SmtpAuth value);
    [[nodiscard]] static QString toString(MailSettings::Pop3Security value);
    [[nodiscard]] static QString toString(MailSettings::Pop3Auth value);
    [[nodiscard]] static QString toString(MailSettings::DeliveryMethod value);
    [[nodiscard]] static QString toString(MailSettings::SecretBackend value);
    [[nodiscard]] static QString toString(MailSettings::OAuthProvider value);
    [[nodiscard]] static QString toString(MailSettings::WebhookFormat value);
    template<typename E> [[nodiscard]] static std::optional<E> fromString(const QString &text);
    template<typename E> [[nodiscard]] static QStringList names();

    // True/false spellings accepted on read: true/false, yes/no, on/off, 1/0.
    [[nodiscard]] static std::optional<bool> parseBool(const QString &text);
    [[nodiscard]] static QStringList splitList(const QString &text);
};

} // namespace mw
