// SPDX-License-Identifier: GPL-3.0-or-later
// Foundation: the types only, no managed location is read yet (the policy engineer fills
// this in).
#include "Policy.h"

#include "SettingsSchema.h"

namespace mw {

Policy Policy::load()
{
    return {};
}

Policy Policy::fromIni(const QByteArray &, const QString &)
{
    return {};
}

QString Policy::iniDirectory()
{
    const QString env = qEnvironmentVariable("MAILWRIGHT_POLICY_DIR");
    return env.isEmpty() ? QStringLiteral("/etc/mailwright") : env;
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
    const auto it = m_values.constFind(key);
    return it == m_values.constEnd() ? m_lockOrigin : it->origin;
}

MailSettings Policy::apply(const MailSettings &user, const QStringList &,
                           QHash<QString, SettingSource> *sources) const
{
    if (sources) {
        for (const QString &key : SettingsSchema::keys())
            sources->insert(key, SettingSource::User);
    }
    return user;
}

MailSettings Policy::withoutLockedChanges(const MailSettings &edited, const MailSettings &) const
{
    return edited;
}

} // namespace mw
