// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "MailSettings.h"

#include <QHash>
#include <QString>
#include <QStringList>

#include <optional>

namespace mw {

struct IniEntry;

// Where the effective value of a setting comes from, lowest to highest precedence.
enum class SettingSource {
    Default, // built into the program (SettingsSchema)
    System,  // a system-wide default of the administrator; the user may change it
    User,    // the user's file (mailwright.ini)
    Locked,  // a locked policy value: the user's value is ignored and cannot be saved
};

// What the administrator of a fleet pushed to this machine (issue "managed deployment"):
// system-wide defaults, locked values, locked secret accounts and the administrator lock.
//   Linux (and any platform when MAILWRIGHT_POLICY_DIR is set): <dir>/policy.ini, the same
//     sections and keys as mailwright.ini; [policy] locked = smtp/host, smtp/security, ...
//     names the locked keys ("*" every key, "section/*" a section, "secret/<account>" a
//     secret account); every other key is a system default. Default dir: /etc/mailwright.
//   Windows: HKLM\Software\Policies\Mailwright, then HKCU\... (HKLM wins key by key),
//     through QSettings' native format: a value <section>\<key> is locked,
//     Recommended\<section>\<key> is a system default, Policy\AdminLock the lock's digest,
//     Policy\Locked more patterns (REG_SZ, e.g. "secret/remote-status").
//   macOS: the managed preferences of the bundle identifier written by a configuration
//     profile, /Library/Managed Preferences/<user>/<bundle id>.plist (wins) then
//     /Library/Managed Preferences/<bundle id>.plist: keys "section/key" are locked, the
//     dictionary "Recommended" ("section/key" inside) holds system defaults, "AdminLock"
//     the digest, "Locked" more patterns (string or array).
//   The Windows and macOS readers compile only there: not built or tested on Linux.
// Every place gives the same entries to fromEntries(): one validation for all.
// A policy never holds a password: a key that looks like one is dropped with a warning.
class Policy
{
public:
    struct Value
    {
        QString text; // INI spelling
        bool locked = false;
        QString origin; // "/etc/mailwright/policy.ini", "HKLM\\Software\\Policies\\Mailwright"
    };

    // Reads the platform's managed locations. Never fails: what cannot be read is a warning
    // (and a policy file that exists but cannot be read locks nothing and says so).
    [[nodiscard]] static Policy load();
    // Parses policy.ini text (no file access); origin names it in messages.
    [[nodiscard]] static Policy fromIni(const QByteArray &text, const QString &origin);
    // The folder policy.ini is read from on this platform (MAILWRIGHT_POLICY_DIR or
    // /etc/mailwright); empty where policies come from elsewhere (registry, profiles).
    [[nodiscard]] static QString iniDirectory();
    // The policy of entries read from one place (policy.ini, the registry, a profile):
    // lockedKeys (keys that lock by where they are: the registry's <section>\<key>) are
    // locked, when their value is valid, in addition to the [policy] locked patterns among
    // the entries; invalid, unknown and password-like entries become warnings and are
    // ignored.
    [[nodiscard]] static Policy fromEntries(const QList<IniEntry> &entries,
                                            const QStringList &lockedKeys, const QString &origin,
                                            QStringList warnings);

    [[nodiscard]] bool isEmpty() const { return m_values.isEmpty() && m_lockedSecrets.isEmpty(); }
    [[nodiscard]] bool isLocked(const QString &key) const;
    // Every key of the schema is locked: the window is a status and test console.
    [[nodiscard]] bool locksEverything() const;
    [[nodiscard]] QStringList lockedKeys() const;
    // `secret set <account>` refused (e.g. "remote-status" set by the administrator).
    [[nodiscard]] bool isSecretLocked(const QString &account) const;
    // The policy's value of key (locked or a system default), if it has one.
    [[nodiscard]] std::optional<Value> value(const QString &key) const;
    // Where the lock of key (or of the secret account) comes from, for messages.
    [[nodiscard]] QString origin(const QString &key) const;
    // The administrator lock's digest (PasswordDigest), when the policy sets one.
    [[nodiscard]] QString adminLockDigest() const { return m_adminLockDigest; }
    [[nodiscard]] const QStringList &warnings() const { return m_warnings; }

    // The settings that apply: defaults < system defaults < the user's keys (`userKeys`:
    // the keys present in the user's file) < locked values. sources, when given, receives
    // each schema key's source.
    [[nodiscard]] MailSettings apply(const MailSettings &user, const QStringList &userKeys,
                                     QHash<QString, SettingSource> *sources = nullptr) const;
    // The settings with the locked keys put back to `saved`'s values: what Save may write.
    [[nodiscard]] MailSettings withoutLockedChanges(const MailSettings &edited,
                                                    const MailSettings &saved) const;

    // Test-only (the window's tests, tests/ui/tst_window_policy): a policy with these values
    // (key -> text, locked or a system default) and administrator lock digest, without a
    // file. Keeps every member isLocked()/value()/origin() read consistent.
    [[nodiscard]] static Policy forTesting(const QHash<QString, Value> &values,
                                           const QString &adminLockDigest = {})
    {
        Policy p;
        p.m_values = values;
        for (auto it = values.constBegin(); it != values.constEnd(); ++it) {
            if (it->locked)
                p.m_lockPatterns << it.key();
            p.m_lockOrigin = it->origin;
        }
        p.m_adminLockDigest = adminLockDigest;
        return p;
    }

private:
    [[nodiscard]] static Policy fromIniFile(const QString &path);
    // Adds what lower (a lower-precedence place: HKCU below HKLM) sets and this does not.
    void mergeLower(const Policy &lower);

    QHash<QString, Value> m_values; // schema key -> value
    QStringList m_lockedSecrets;
    QStringList m_lockPatterns; // as written: "*", "smtp/*", "smtp/host"
    QString m_lockOrigin;
    QString m_adminLockDigest;
    QString m_adminLockOrigin;
    QHash<QString, QString> m_secretOrigins; // locked account -> origin when merged
    QStringList m_warnings;
};

} // namespace mw
