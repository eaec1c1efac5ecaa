// SPDX-License-Identifier: GPL-3.0-or-later
// mailwright-cli config get|set|validate|show and secret set.
#include "Commands.h"
#include "ExitCodes.h"
#include "JsonOutput.h"
#include "delivery/Queue.h"
#include "notify/RemoteStatusSecret.h"
#include "settings/SecretAccounts.h"
#include "settings/SettingsSchema.h"
#include "settings/SettingsStore.h"
#include "settings/SettingsValidator.h"

#include <QJsonArray>
#include <QTextStream>

#ifdef Q_OS_UNIX
#include <termios.h>
#include <unistd.h>
#endif

namespace mw::cli {
namespace {

QTextStream &err()
{
    static QTextStream s(stderr);
    return s;
}

} // namespace

QString readSecretFromStdin()
{
#ifdef Q_OS_UNIX
    const bool tty = isatty(STDIN_FILENO);
    termios old{};
    if (tty) {
        err() << QCoreApplication::translate("mw::cli", "Password: ") << Qt::flush;
        tcgetattr(STDIN_FILENO, &old);
        termios quiet = old;
        quiet.c_lflag &= ~static_cast<tcflag_t>(ECHO);
        tcsetattr(STDIN_FILENO, TCSANOW, &quiet);
    }
#endif
    QTextStream in(stdin);
    QString line = in.readLine();
#ifdef Q_OS_UNIX
    if (tty) {
        tcsetattr(STDIN_FILENO, TCSANOW, &old);
        err() << Qt::endl;
    }
#endif
    return line;
}

int ConfigCommand::run(const QStringList &args)
{
    const QString sub = args.value(0);
    if (sub == QLatin1String("get")) {
        if (args.size() != 2)
            return fail(Usage, tr("usage: config get SECTION/KEY"));
        if (const int rc = m_ctx.loadSettings(false); rc != Ok)
            return rc;
        const auto v = SettingsSchema::value(settings(), args.at(1));
        if (!v)
            return fail(Usage, tr("Unknown key \"%1\".").arg(args.at(1)));
        print(*v);
        return Ok;
    }
    if (sub == QLatin1String("set")) {
        if (args.size() != 3)
            return fail(Usage, tr("usage: config set SECTION/KEY VALUE"));
        if (!m_ctx.overrides().isEmpty())
            return fail(Usage, tr("--set cannot be combined with config set."));
        if (const int rc = m_ctx.loadSettings(false); rc != Ok)
            return rc;
        QString key = args.at(1);
        QString value = args.at(2);
        if (!SettingsSchema::contains(key))
            return fail(Usage, tr("Unknown key \"%1\".").arg(key));
        if (SettingsSchema::isSecretKeyName(key.section(QLatin1Char('/'), 1)))
            return fail(
                Usage, tr("Passwords are not kept in the configuration file; use \"secret set\"."));
        if (m_ctx.policy().isLocked(key))
            return m_ctx.refuseLocked(key);
        QStringList changed{key};
        // "host,port" and "host:port" (as some devices write it) set both fields.
        if (key == QLatin1String("smtp/host") || key == QLatin1String("pop3/host")) {
            QString why;
            const auto hp = SettingsValidator::normalizeHostPort(value, &why);
            if (!hp)
                return fail(DataErr, QStringLiteral("%1: %2").arg(key, why), ErrorClass::Config);
            value = hp->host;
            if (hp->port) {
                const QString portKey =
                    key.section(QLatin1Char('/'), 0, 0) + QStringLiteral("/port");
                if (m_ctx.policy().isLocked(portKey))
                    return m_ctx.refuseLocked(portKey);
                changed << portKey;
                const QString e =
                    SettingsSchema::setValue(settings(), portKey, QString::number(*hp->port));
                if (!e.isEmpty())
                    return fail(DataErr, QStringLiteral("%1: %2").arg(portKey, e),
                                ErrorClass::Config);
            }
        }
        if (const QString why = SettingsValidator::validateField(key, value); !why.isEmpty())
            return fail(DataErr, QStringLiteral("%1: %2").arg(key, why), ErrorClass::Config);
        if (const QString e = SettingsSchema::setValue(settings(), key, value); !e.isEmpty())
            return fail(DataErr, QStringLiteral("%1: %2").arg(key, e), ErrorClass::Config);
        QString error;
        SettingsStore store(configPath());
        store.setPolicy(m_ctx.policy());
        (void)store.load(); // keeps unknown keys, the user's keys and locked lines as they were
        for (const QString &k : std::as_const(changed))
            store.addUserKey(k);
        if (!store.save(settings(), &error))
            return fail(CantCreat, error);
        return Ok;
    }
    if (sub == QLatin1String("unset")) {
        // Gives the key back to its default: the organisation's (a policy's system
        // default) or the built-in one; the file keeps it only as a comment.
        if (args.size() != 2)
            return fail(Usage, tr("usage: config unset SECTION/KEY"));
        if (!m_ctx.overrides().isEmpty())
            return fail(Usage, tr("--set cannot be combined with config unset."));
        if (const int rc = m_ctx.loadSettings(false); rc != Ok)
            return rc;
        const QString key = args.at(1);
        if (!SettingsSchema::contains(key))
            return fail(Usage, tr("Unknown key \"%1\".").arg(key));
        if (m_ctx.policy().isLocked(key))
            return m_ctx.refuseLocked(key);
        const auto system = m_ctx.policy().value(key);
        const QString e = SettingsSchema::setValue(
            settings(), key, system ? system->text : SettingsSchema::defaultValue(key));
        if (!e.isEmpty())
            return fail(Software, QStringLiteral("%1: %2").arg(key, e));
        SettingsStore store(configPath());
        store.setPolicy(m_ctx.policy());
        (void)store.load();
        QStringList keys = store.userKeys();
        keys.removeAll(key);
        store.setUserKeys(keys);
        QString error;
        if (!store.save(settings(), &error))
            return fail(CantCreat, error);
        return Ok;
    }
    if (sub == QLatin1String("validate")) {
        if (const int rc = m_ctx.loadSettings(true); rc != Ok)
            return rc;
        const auto issues = SettingsValidator::validate(settings());
        if (json()) {
            QJsonObject o;
            o.insert(QStringLiteral("ok"), issues.isEmpty());
            o.insert(QStringLiteral("error_class"),
                     issues.isEmpty() ? QString() : errorClassId(ErrorClass::Config));
            QJsonArray arr;
            for (const ValidationIssue &i : issues)
                arr.append(QJsonObject{{QStringLiteral("key"), i.key},
                                       {QStringLiteral("message"), i.message}});
            o.insert(QStringLiteral("issues"), arr);
            o.insert(QStringLiteral("message"),
                     issues.isEmpty() ? tr("The configuration is valid.")
                                      : tr("%n problem(s) found.", nullptr, int(issues.size())));
            print(compactJson(o));
        } else if (issues.isEmpty()) {
            print(tr("%1: the configuration is valid.").arg(configPath()));
        } else {
            for (const ValidationIssue &i : issues)
                printErr(QStringLiteral("%1: %2").arg(i.key, i.message));
        }
        return issues.isEmpty() ? int(Ok) : int(Config);
    }
    if (sub == QLatin1String("show")) {
        if (const int rc = m_ctx.loadSettings(false); rc != Ok)
            return rc;
        if (json()) {
            QJsonObject o;
            for (const QString &key : SettingsSchema::keys())
                o.insert(key, SettingsSchema::value(settings(), key).value_or(QString()));
            o.insert(QStringLiteral("smtp/password"), QStringLiteral("***"));
            o.insert(QStringLiteral("pop3/password"), QStringLiteral("***"));
            if (!m_ctx.userAdminLockDigest().isEmpty())
                o.insert(QStringLiteral("admin/lock"), QStringLiteral("set"));
            print(compactJson(o));
            return Ok;
        }
        printSettings();
        print(tr("; passwords: *** (kept in the secret store, never in this file)"));
        if (!m_ctx.userAdminLockDigest().isEmpty())
            print(tr("; administrator lock: set"));
        return Ok;
    }
    return fail(Usage, tr("usage: config get KEY | set KEY VALUE | unset KEY | validate | show"));
}

void Command::printSettings(const std::function<QString(const QString &)> &suffix)
{
    QString section;
    for (const QString &key : SettingsSchema::keys()) {
        const QString sec = key.section(QLatin1Char('/'), 0, 0);
        if (sec != section) {
            print(QStringLiteral("[%1]").arg(sec));
            section = sec;
        }
        print(QStringLiteral("%1 = %2%3")
                  .arg(key.section(QLatin1Char('/'), 1),
                       SettingsSchema::value(settings(), key).value_or(QString()),
                       suffix ? suffix(key) : QString()));
    }
}

int SecretCommand::run(const QStringList &args)
{
    const QStringList &accounts = SecretAccounts::settable();
    if (args.size() != 2 || args.at(0) != QLatin1String("set") || !accounts.contains(args.at(1)))
        return fail(Usage, tr("usage: secret set %1 (the password, client secret, key passphrase "
                              "or webhook URL is read from standard input)")
                               .arg(accounts.join(QLatin1Char('|'))));
    if (const int rc = m_ctx.loadSettings(false); rc != Ok)
        return rc;
    if (m_ctx.policy().isSecretLocked(args.at(1)))
        return m_ctx.refuseLocked(QStringLiteral("secret/") + args.at(1));
    const QString secret = readSecretFromStdin();
    if (secret.isEmpty())
        return fail(DataErr, tr("No password was given on standard input."));
    QString error;
    if (!m_ctx.secretStore(&error))
        return fail(Config, error);
    const QString account = args.at(1);
    if (account == RemoteStatusSecret::account()) {
        // The read-only password of remote status requests: only its digest is stored,
        // after the same check the window makes.
        if (const QString why = RemoteStatusSecret::check(secret); !why.isEmpty())
            return fail(DataErr, why);
        RemoteStatusSecret::set(m_ctx.secrets(), secret, this, [this](const SecretResult &r) {
            if (!r.ok()) {
                exitLater(fail(CantCreat, tr("The password could not be stored (%1): %2")
                                              .arg(m_ctx.secrets()->backendName(), r.error)));
                return;
            }
            if (!json())
                printErr(tr("The remote-status password is stored as a digest in the %1 backend.")
                             .arg(m_ctx.secrets()->backendName()));
            exitLater(Ok);
        });
        return -1;
    }
    m_ctx.secrets()->write(account, secret, this, [this, account](const SecretResult &r) {
        if (!r.ok()) {
            exitLater(fail(CantCreat, tr("The password could not be stored (%1): %2")
                                          .arg(m_ctx.secrets()->backendName(), r.error)));
            return;
        }
        if (!json())
            printErr(tr("The %1 password is stored in the %2 backend.")
                         .arg(account, m_ctx.secrets()->backendName()));
        // A queue held because the old password was refused is tried again.
        if (SecretAccounts::isLoginPassword(account) &&
            Queue(Queue::dirFor(settings())).releaseLoginHold() && !json())
            printErr(tr("The queue held for the refused login will be tried again."));
        exitLater(Ok);
    });
    return -1;
}

} // namespace mw::cli
