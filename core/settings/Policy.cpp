// SPDX-License-Identifier: GPL-3.0-or-later
// The managed deployment policy: policy.ini (Linux, MAILWRIGHT_POLICY_DIR), the registry
// (Windows) and managed preferences (macOS) all become the same entries ("section/key" =
// value, locked or not) and go through one reader, fromEntries(), which validates them.
// The Windows and macOS readers use QSettings only; they are compiled on those platforms,
// not on the Linux machines this is developed and tested on.
#include "Policy.h"

#include "PasswordDigest.h"
#include "PolicyTemplates.h"
#include "SettingsSchema.h"
#include "SettingsStore.h"
#include "SettingsValidator.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSettings>

namespace mw {

namespace {

constexpr qint64 maxPolicySize = 1024 * 1024;

const QString &policyLockedKey()
{
    static const QString k = QStringLiteral("policy/locked");
    return k;
}

const QString &policyAdminLockKey()
{
    static const QString k = QStringLiteral("policy/admin_lock");
    return k;
}

// Where an entry was read, for warnings: "policy.ini line 3" or the registry path.
QString where(const QString &origin, int line)
{
    return line > 0 ? QStringLiteral("%1, line %2").arg(origin).arg(line) : origin;
}

#if defined(Q_OS_WIN) || defined(Q_OS_MACOS)
// A registry or property list value as INI text (numbers, booleans, lists).
QString clean(const QVariant &v)
{
    if (v.typeId() == QMetaType::QStringList)
        return v.toStringList().join(QStringLiteral(", "));
    if (v.typeId() == QMetaType::QVariantList) {
        QStringList parts;
        for (const QVariant &item : v.toList())
            parts << item.toString().trimmed();
        return parts.join(QStringLiteral(", "));
    }
    return v.toString().trimmed();
}
#endif

} // namespace

Policy Policy::fromEntries(const QList<IniEntry> &entries, const QStringList &lockedKeys,
                           const QString &origin, QStringList warnings)
{
    Policy p;
    p.m_lockOrigin = origin;
    p.m_warnings = std::move(warnings);
    const auto warn = [&p, &origin](int line, const QString &text) {
        p.m_warnings << QStringLiteral("%1: %2").arg(where(origin, line), text);
    };
    QHash<QString, QString> values; // schema key -> normalised INI text
    QStringList patterns;
    for (const IniEntry &e : entries) {
        const QString name = e.key.section(QLatin1Char('/'), 1);
        if (SettingsSchema::isSecretKeyName(name)) {
            warn(e.line, QStringLiteral("%1 would hold a password, which a policy must not "
                                        "contain; it is ignored.")
                             .arg(e.key));
            continue;
        }
        if (e.key == policyLockedKey()) {
            for (const QString &pattern : e.value.split(QLatin1Char(','), Qt::SkipEmptyParts))
                patterns << pattern.trimmed().toLower();
            continue;
        }
        if (e.key == policyAdminLockKey()) {
            if (PasswordDigest::isDigest(e.value)) {
                p.m_adminLockDigest = e.value;
                p.m_adminLockOrigin = origin;
            } else {
                warn(e.line, QStringLiteral("policy/admin_lock is not a password digest "
                                            "(mailwright-cli admin-lock digest makes one); "
                                            "it is ignored."));
            }
            continue;
        }
        if (e.key == QLatin1String("general/schema_version"))
            continue;
        if (!SettingsSchema::contains(e.key)) {
            warn(e.line, QStringLiteral("unknown key %1 is ignored.").arg(e.key));
            continue;
        }
        // The value must be one the user could save: representable, then valid, and it
        // sets only its own key ("host:port" would also set the port).
        MailSettings scratch;
        const MailSettings before = scratch;
        QString why = SettingsSchema::setValue(scratch, e.key, e.value);
        if (why.isEmpty())
            why = SettingsValidator::validateField(e.key, e.value);
        if (why.isEmpty()) {
            for (const QString &other : SettingsSchema::keys()) {
                if (other != e.key &&
                    SettingsSchema::value(scratch, other) != SettingsSchema::value(before, other))
                    why = QStringLiteral("give %1 as a key of its own.").arg(other);
            }
        }
        if (!why.isEmpty()) {
            warn(e.line, QStringLiteral("%1 = \"%2\" is not valid (%3); it is ignored.")
                             .arg(e.key, e.value.left(80), why));
            continue;
        }
        values.insert(e.key, SettingsSchema::value(scratch, e.key).value_or(QString()));
    }
    // A value that locks by where it is (registry, profile) locks only when it is valid:
    // an invalid one is ignored altogether.
    for (const QString &key : lockedKeys) {
        if (values.contains(key))
            patterns << key;
    }
    // The locks: a key that [policy] locked names without a value of the policy is locked
    // at its built-in default.
    static const QRegularExpression account(QStringLiteral("^[a-z0-9][a-z0-9._-]*$"));
    QStringList lockedSchemaKeys;
    for (const QString &pattern : std::as_const(patterns)) {
        if (pattern == QLatin1String("*")) {
            lockedSchemaKeys << SettingsSchema::keys();
        } else if (pattern.startsWith(QLatin1String("secret/"))) {
            const QString name = pattern.mid(7);
            if (account.match(name).hasMatch()) {
                if (!p.m_lockedSecrets.contains(name))
                    p.m_lockedSecrets << name;
            } else {
                warn(0,
                     QStringLiteral("policy/locked: \"%1\" is not a secret account.").arg(pattern));
            }
        } else if (pattern.endsWith(QLatin1String("/*")) &&
                   SettingsSchema::sections().contains(pattern.chopped(2))) {
            for (const QString &key : SettingsSchema::keys()) {
                if (key.section(QLatin1Char('/'), 0, 0) == pattern.chopped(2))
                    lockedSchemaKeys << key;
            }
        } else if (SettingsSchema::contains(pattern)) {
            lockedSchemaKeys << pattern;
        } else {
            warn(0, QStringLiteral("policy/locked: \"%1\" names no setting; it locks "
                                   "nothing.")
                        .arg(pattern));
        }
        p.m_lockPatterns << pattern;
    }
    for (auto it = values.constBegin(); it != values.constEnd(); ++it)
        p.m_values.insert(it.key(), Value{it.value(), false, origin});
    for (const QString &key : std::as_const(lockedSchemaKeys)) {
        Value &v = p.m_values[key];
        if (!values.contains(key))
            v.text = SettingsSchema::defaultValue(key);
        v.locked = true;
        v.origin = origin;
    }
    return p;
}

Policy Policy::fromIni(const QByteArray &text, const QString &origin)
{
    const IniText t = SettingsStore::tokenize(text);
    if (!t.fatal.isEmpty()) {
        Policy p;
        p.m_lockOrigin = origin;
        p.m_warnings << QStringLiteral("%1: %2 It locks nothing.").arg(origin, t.fatal);
        return p;
    }
    QStringList warnings;
    for (const IniEntry &e : t.errors)
        warnings
            << QStringLiteral("%1: %2 The line is ignored.").arg(where(origin, e.line), e.value);
    QList<IniEntry> entries = t.entries;
    // Password-like names: fromEntries() drops them with the warning.
    entries.append(t.passwordKeys);
    return fromEntries(entries, {}, origin, warnings);
}

QString Policy::iniDirectory()
{
    const QString env = qEnvironmentVariable("MAILWRIGHT_POLICY_DIR");
    if (!env.isEmpty())
        return env;
#if defined(Q_OS_WIN) || defined(Q_OS_MACOS)
    return {};
#else
    return QStringLiteral("/etc/mailwright");
#endif
}

Policy Policy::fromIniFile(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return {};
    const QString origin = QDir::toNativeSeparators(path);
    QFile file(path);
    QByteArray bytes;
    QString why;
    if (info.isDir()) {
        why = QStringLiteral("this is a folder, not a file.");
    } else if (!file.open(QIODevice::ReadOnly)) {
        why = file.errorString();
    } else {
        bytes = file.read(maxPolicySize + 1);
        if (file.error() != QFileDevice::NoError)
            why = file.errorString();
        else if (bytes.size() > maxPolicySize)
            why = QStringLiteral("larger than 1 MiB.");
    }
    if (!why.isEmpty()) {
        Policy p;
        p.m_lockOrigin = origin;
        p.m_warnings
            << QStringLiteral("%1 cannot be read (%2); it locks nothing.").arg(origin, why);
        return p;
    }
    return fromIni(bytes, origin);
}

#if defined(Q_OS_WIN)
// HKLM or HKCU\Software\Policies\Mailwright: <section>\<key> locked,
// Recommended\<section>\<key> system defaults, Policy\AdminLock the digest, Policy\Locked
// more patterns (e.g. "secret/remote-status").
static Policy fromRegistry(const QString &root)
{
    QSettings s(root, QSettings::NativeFormat);
    QList<IniEntry> entries;
    QStringList locked;
    for (const QString &section : s.childGroups()) {
        const QString lower = section.toLower();
        if (lower == QLatin1String("recommended") || lower == QLatin1String("policy"))
            continue;
        s.beginGroup(section);
        for (const QString &name : s.childKeys()) {
            const QString key = lower + QLatin1Char('/') + name.toLower();
            entries.append({0, key, clean(s.value(name))});
            locked << key;
        }
        s.endGroup();
    }
    s.beginGroup(QStringLiteral("Recommended"));
    for (const QString &section : s.childGroups()) {
        s.beginGroup(section);
        for (const QString &name : s.childKeys())
            entries.append(
                {0, section.toLower() + QLatin1Char('/') + name.toLower(), clean(s.value(name))});
        s.endGroup();
    }
    s.endGroup();
    if (const QVariant v = s.value(QStringLiteral("Policy/AdminLock")); v.isValid())
        entries.append({0, QStringLiteral("policy/admin_lock"), clean(v)});
    if (const QVariant v = s.value(QStringLiteral("Policy/Locked")); v.isValid())
        entries.append({0, QStringLiteral("policy/locked"), clean(v)});
    return Policy::fromEntries(entries, locked, root, {});
}
#endif

#if defined(Q_OS_MACOS)
// A managed preferences plist of a configuration profile: "section/key" locked, the dict
// "Recommended" ("section/key" inside) system defaults, "AdminLock", "Locked" patterns.
static Policy fromManagedPreferences(const QString &path)
{
    if (!QFileInfo::exists(path))
        return {};
    QSettings s(path, QSettings::NativeFormat);
    QList<IniEntry> entries;
    QStringList locked;
    // allKeys() spells a nested key with '/': "Recommended/smtp/host" when QSettings
    // flattens the dictionary, else "Recommended" holds a map.
    for (const QString &name : s.allKeys()) {
        const QVariant v = s.value(name);
        if (name == QLatin1String("Recommended")) {
            const QVariantMap map = v.toMap();
            for (auto it = map.constBegin(); it != map.constEnd(); ++it)
                entries.append({0, it.key().toLower(), clean(it.value())});
        } else if (name.startsWith(QLatin1String("Recommended/"))) {
            entries.append({0, name.mid(12).toLower(), clean(v)});
        } else if (name == QLatin1String("AdminLock")) {
            entries.append({0, QStringLiteral("policy/admin_lock"), clean(v)});
        } else if (name == QLatin1String("Locked")) {
            entries.append({0, QStringLiteral("policy/locked"), clean(v)});
        } else if (name.contains(QLatin1Char('/'))) {
            entries.append({0, name.toLower(), clean(v)});
            locked << name.toLower();
        }
    }
    return Policy::fromEntries(entries, locked, path, {});
}
#endif

void Policy::mergeLower(const Policy &lower)
{
    for (auto it = lower.m_values.constBegin(); it != lower.m_values.constEnd(); ++it) {
        if (!m_values.contains(it.key()))
            m_values.insert(it.key(), it.value());
    }
    for (const QString &account : lower.m_lockedSecrets) {
        if (!m_lockedSecrets.contains(account)) {
            m_lockedSecrets << account;
            m_secretOrigins.insert(account, lower.m_lockOrigin);
        }
    }
    m_lockPatterns << lower.m_lockPatterns;
    if (m_adminLockDigest.isEmpty()) {
        m_adminLockDigest = lower.m_adminLockDigest;
        m_adminLockOrigin = lower.m_adminLockOrigin;
    }
    if (m_lockOrigin.isEmpty())
        m_lockOrigin = lower.m_lockOrigin;
    m_warnings << lower.m_warnings;
}

Policy Policy::load()
{
    if (!qEnvironmentVariableIsEmpty("MAILWRIGHT_POLICY_DIR"))
        return fromIniFile(iniDirectory() + QStringLiteral("/policy.ini"));
#if defined(Q_OS_WIN)
    Policy p = fromRegistry(QStringLiteral("HKEY_LOCAL_MACHINE\\Software\\Policies\\Mailwright"));
    p.mergeLower(fromRegistry(QStringLiteral("HKEY_CURRENT_USER\\Software\\Policies\\Mailwright")));
    return p;
#elif defined(Q_OS_MACOS)
    // The user's managed preferences are the more specific, as for cfprefsd.
    const QString file = PolicyTemplates::bundleIdentifier() + QStringLiteral(".plist");
    const QString base = QStringLiteral("/Library/Managed Preferences/");
    Policy p =
        fromManagedPreferences(base + qEnvironmentVariable("USER") + QLatin1Char('/') + file);
    p.mergeLower(fromManagedPreferences(base + file));
    return p;
#else
    return fromIniFile(iniDirectory() + QStringLiteral("/policy.ini"));
#endif
}

bool Policy::isLocked(const QString &key) const
{
    const auto it = m_values.constFind(key);
    return it != m_values.constEnd() && it->locked;
}

bool Policy::locksEverything() const
{
    for (const QString &key : SettingsSchema::keys()) {
        if (!isLocked(key))
            return false;
    }
    return true;
}

QStringList Policy::lockedKeys() const
{
    QStringList out;
    for (const QString &key : SettingsSchema::keys()) {
        if (isLocked(key))
            out << key;
    }
    return out;
}

bool Policy::isSecretLocked(const QString &account) const
{
    return m_lockedSecrets.contains(account);
}

std::optional<Policy::Value> Policy::value(const QString &key) const
{
    const auto it = m_values.constFind(key);
    if (it == m_values.constEnd())
        return std::nullopt;
    return *it;
}

QString Policy::origin(const QString &key) const
{
    if (key.isEmpty())
        return m_adminLockOrigin.isEmpty() ? m_lockOrigin : m_adminLockOrigin;
    if (key.startsWith(QLatin1String("secret/")))
        return m_secretOrigins.value(key.mid(7), m_lockOrigin);
    const auto it = m_values.constFind(key);
    return it == m_values.constEnd() ? m_lockOrigin : it->origin;
}

MailSettings Policy::apply(const MailSettings &user, const QStringList &userKeys,
                           QHash<QString, SettingSource> *sources) const
{
    MailSettings out = user;
    for (const SettingSpec &spec : SettingsSchema::specs()) {
        const auto v = value(spec.key);
        SettingSource source = SettingSource::Default;
        if (v && v->locked) {
            (void)spec.set(out, v->text); // validated by fromEntries()
            source = SettingSource::Locked;
        } else if (userKeys.contains(spec.key)) {
            source = SettingSource::User;
        } else if (v) {
            (void)spec.set(out, v->text);
            source = SettingSource::System;
        }
        if (sources)
            sources->insert(spec.key, source);
    }
    return out;
}

MailSettings Policy::withoutLockedChanges(const MailSettings &edited,
                                          const MailSettings &saved) const
{
    MailSettings out = edited;
    for (const SettingSpec &spec : SettingsSchema::specs()) {
        if (isLocked(spec.key))
            (void)spec.set(out, spec.get(saved));
    }
    return out;
}

} // namespace mw
