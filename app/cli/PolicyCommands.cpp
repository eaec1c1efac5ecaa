// SPDX-License-Identifier: GPL-3.0-or-later
// mailwright-cli policy show|templates and admin-lock set|clear|digest.
#include "Commands.h"
#include "ExitCodes.h"
#include "JsonOutput.h"
#include "settings/PasswordDigest.h"
#include "settings/PolicyTemplates.h"
#include "settings/SecretAccounts.h"
#include "settings/SettingsSchema.h"
#include "settings/SettingsStore.h"

#include <QDir>
#include <QJsonArray>

namespace mw::cli {
namespace {

QString sourceId(SettingSource source)
{
    switch (source) {
    case SettingSource::Default:
        return QStringLiteral("default");
    case SettingSource::System:
        return QStringLiteral("system");
    case SettingSource::User:
        return QStringLiteral("user");
    case SettingSource::Locked:
        return QStringLiteral("locked");
    }
    return QStringLiteral("default");
}

} // namespace

int PolicyCommand::run(const QStringList &args)
{
    const QString sub = args.value(0);
    if (sub == QLatin1String("show")) {
        for (const QString &a : args.mid(1)) {
            if (a == QLatin1String("--json"))
                m_ctx.setJson(true);
            else
                return fail(Usage, tr("usage: policy show [--json]"));
        }
        return show();
    }
    if (sub == QLatin1String("templates")) {
        if (args.size() != 2)
            return fail(Usage, tr("usage: policy templates DIR"));
        QString error;
        if (!PolicyTemplates::writeAll(args.at(1), &error))
            return fail(CantCreat, error);
        if (json()) {
            QJsonObject o{{QStringLiteral("ok"), true},
                          {QStringLiteral("dir"), QDir(args.at(1)).absolutePath()}};
            print(compactJson(o));
        } else {
            print(tr("The policy templates are in %1.")
                      .arg(QDir::toNativeSeparators(QDir(args.at(1)).absolutePath())));
        }
        return Ok;
    }
    return fail(Usage, tr("usage: policy show [--json] | templates DIR"));
}

int PolicyCommand::show()
{
    if (const int rc = m_ctx.loadSettings(false); rc != Ok)
        return rc;
    const Policy &policy = m_ctx.policy();
    const QString userOrigin = QDir::toNativeSeparators(configPath());
    const auto originOf = [&](const QString &key) {
        switch (m_ctx.source(key)) {
        case SettingSource::Default:
            return QString();
        case SettingSource::User:
            return userOrigin;
        case SettingSource::System:
        case SettingSource::Locked:
            break;
        }
        return policy.origin(key);
    };
    QString adminLock = QStringLiteral("none");
    QString adminLockOrigin;
    if (!policy.adminLockDigest().isEmpty()) {
        adminLock = QStringLiteral("policy");
        adminLockOrigin = policy.origin(QString());
    } else if (!m_ctx.userAdminLockDigest().isEmpty()) {
        adminLock = QStringLiteral("user");
        adminLockOrigin = userOrigin;
    }
    QStringList secrets;
    for (const QString &account : SecretAccounts::settable()) {
        if (policy.isSecretLocked(account))
            secrets << account;
    }
    if (json()) {
        QJsonObject keys;
        for (const QString &key : SettingsSchema::keys()) {
            keys.insert(key,
                        QJsonObject{{QStringLiteral("value"),
                                     SettingsSchema::value(settings(), key).value_or(QString())},
                                    {QStringLiteral("source"), sourceId(m_ctx.source(key))},
                                    {QStringLiteral("origin"), originOf(key)}});
        }
        QJsonArray lockedSecrets;
        for (const QString &s : std::as_const(secrets))
            lockedSecrets.append(s);
        QJsonObject o{
            {QStringLiteral("ok"), true},
            {QStringLiteral("settings"), keys},
            {QStringLiteral("locked_secrets"), lockedSecrets},
            {QStringLiteral("admin_lock"), adminLock},
            {QStringLiteral("admin_lock_origin"), adminLockOrigin},
            {QStringLiteral("warnings"), QJsonArray::fromStringList(policy.warnings())},
        };
        print(compactJson(o));
        return Ok;
    }
    printSettings([&](const QString &key) {
        const QString origin = originOf(key);
        return QStringLiteral("  (%1%2)")
            .arg(sourceId(m_ctx.source(key)),
                 origin.isEmpty() ? QString() : QStringLiteral(": ") + origin);
    });
    for (const QString &s : std::as_const(secrets))
        print(tr("secret %1: locked (%2)").arg(s, policy.origin(QStringLiteral("secret/") + s)));
    print(adminLock == QLatin1String("none")
              ? tr("administrator lock: none")
              : tr("administrator lock: set (%1)").arg(adminLockOrigin));
    // The policy's warnings: already on standard error (loadSettings), as for every command.
    return Ok;
}

int AdminLockCommand::run(const QStringList &args)
{
    const QString sub = args.value(0);
    if (args.size() != 1 || (sub != QLatin1String("set") && sub != QLatin1String("clear") &&
                             sub != QLatin1String("digest")))
        return fail(Usage, tr("usage: admin-lock set|clear|digest (the password is read from "
                              "standard input)"));
    if (sub == QLatin1String("digest")) {
        // For a policy's admin_lock: nothing is read or written but standard input/output.
        const QString password = readSecretFromStdin();
        if (const QString why = PasswordDigest::checkPassword(password); !why.isEmpty())
            return fail(DataErr, why);
        print(PasswordDigest::make(password));
        return Ok;
    }
    if (!m_ctx.overrides().isEmpty())
        return fail(Usage, tr("--set cannot be combined with admin-lock."));
    if (const int rc = m_ctx.loadSettings(false); rc != Ok)
        return rc;
    const Policy &policy = m_ctx.policy();
    if (!policy.adminLockDigest().isEmpty())
        return fail(NoPerm, tr("The administrator lock is set by your administrator (%1) and "
                               "cannot be changed here.")
                                .arg(policy.origin(QString())));
    QString digest;
    if (sub == QLatin1String("set")) {
        const QString password = readSecretFromStdin();
        if (const QString why = PasswordDigest::checkPassword(password); !why.isEmpty())
            return fail(DataErr, why);
        digest = PasswordDigest::make(password);
    }
    SettingsStore store(configPath());
    store.setPolicy(policy);
    (void)store.load(); // the user's keys, unknown keys and locked lines stay as they are
    store.setAdminLockDigest(digest);
    QString error;
    if (!store.save(settings(), &error))
        return fail(CantCreat, error);
    if (!json())
        printErr(digest.isEmpty() ? tr("The administrator lock is removed.")
                                  : tr("The administrator lock is set: the settings window "
                                       "opens read-only until it is unlocked."));
    else
        print(compactJson(QJsonObject{{QStringLiteral("ok"), true},
                                      {QStringLiteral("admin_lock"), !digest.isEmpty()}}));
    return Ok;
}

} // namespace mw::cli
