// SPDX-License-Identifier: GPL-3.0-or-later
// mailwright-cli test: the Send Test (or a check that stops after a phase), with
// POP-before-SMTP when the settings ask for it.
#include "Commands.h"
#include "ExitCodes.h"
#include "notify/StatusReport.h"
#include "session/CapabilityMemory.h"
#include "settings/SettingsFacts.h"
#include "settings/SettingsValidator.h"

#include <QCommandLineParser>

namespace mw::cli {
namespace {

std::optional<Phase> parseStopAfter(const QString &s)
{
    static const QList<std::pair<const char *, Phase>> table{
        {"connect", Phase::Connect}, {"tls", Phase::Tls},   {"ehlo", Phase::Ehlo},
        {"auth", Phase::Auth},       {"mail", Phase::Mail}, {"rcpt", Phase::Rcpt},
    };
    for (const auto &[name, phase] : table) {
        if (s == QLatin1String(name))
            return phase;
    }
    return std::nullopt;
}

} // namespace

int TestCommand::run(const QStringList &args)
{
    // The round trip and the check of every role address are commands of their own.
    if (args.contains(QLatin1String("--roundtrip")))
        return (new RoundTripCommand(m_ctx))->run(args);
    if (args.contains(QLatin1String("--all-roles")))
        return (new VerifyRolesCommand(m_ctx))->run(args);
    QCommandLineParser p;
    const QCommandLineOption toOpt(QStringLiteral("to"),
                                   tr("Send to ADDR instead of the notification mailbox."),
                                   QStringLiteral("ADDR"));
    const QCommandLineOption stopOpt(
        QStringLiteral("stop-after"),
        tr("Stop after PHASE (connect, tls, ehlo, auth, mail, rcpt) without sending."),
        QStringLiteral("PHASE"));
    const QCommandLineOption serverOpt(
        QStringLiteral("server"),
        tr("Send through SERVER: primary (the default) or backup ([backup_smtp])."),
        QStringLiteral("SERVER"));
    p.addOptions({toOpt, stopOpt, serverOpt});
    if (!p.parse(QStringList{QStringLiteral("test")} + args))
        return fail(Usage, p.errorText());
    TestSend::Options opts;
    opts.to = p.value(toOpt);
    if (p.isSet(stopOpt)) {
        const auto phase = parseStopAfter(p.value(stopOpt));
        if (!phase)
            return fail(Usage, tr("--stop-after takes connect, tls, ehlo, auth, mail or rcpt."));
        opts.stopAfter = *phase;
    }
    const QString server = p.value(serverOpt);
    if (!server.isEmpty() && server != QLatin1String("primary") &&
        server != QLatin1String("backup"))
        return fail(Usage, tr("--server takes primary or backup."));
    if (const int rc = m_ctx.loadSettings(true); rc != Ok)
        return rc;
    // The status file is keyed by the fingerprint of the settings as loaded (status reads it so).
    const MailSettings loaded = settings();
    if (server == QLatin1String("backup")) {
        if (!settings().backupSmtp.enabled)
            return fail(Config, tr("No backup SMTP server is set (backup_smtp/enabled)."));
        // Every step below (the secret read, the capability memory, the status entry)
        // follows the server this copy names.
        settings() = SettingsFacts::forServer(settings(), MailSettings::SmtpServer::Backup);
    }
    if (!opts.to.isEmpty()) {
        if (const QString why = SettingsValidator::checkAddress(opts.to); !why.isEmpty())
            return fail(Usage, tr("--to: %1").arg(why));
    }
    PreflightOptions preflight;
    preflight.stopAfter = opts.stopAfter;
    preflight.explicitRecipient = !opts.to.isEmpty();
    return m_ctx.prepare(
        Purpose::SendTest, preflight, [this, opts, loaded, server](const Credentials &c) {
            TestSend::Options o = opts;
            o.capabilityMemory = CapabilityMemory::defaultPathFor(configPath());
            // A cached access token the server refuses is retried once with a fresh one.
            o.tokens = m_ctx.existingOAuthSource();
            auto *t = new TestSend(this);
            connect(t, &TestSend::finished, this, [this, t, opts, loaded, server](const Result &r) {
                QJsonObject extra;
                extra.insert(QStringLiteral("recipient"), t->recipient());
                QString head = tr("Send Test to %1 via %2 port %3\n")
                                   .arg(t->recipient(), settings().smtp.host)
                                   .arg(settings().smtp.port);
                if (SettingsFacts::popBeforeSmtp(settings())) {
                    extra.insert(QStringLiteral("relay_window_minutes"),
                                 settings().pop3.relayWindow);
                    head =
                        tr("Send Test to %1 via %2 port %3 (POP-before-SMTP via %4, relay window "
                           "%5 minutes)\n")
                            .arg(t->recipient(), settings().smtp.host)
                            .arg(settings().smtp.port)
                            .arg(settings().pop3.host)
                            .arg(settings().pop3.relayWindow);
                }
                if (!t->messageId().isEmpty())
                    extra.insert(QStringLiteral("message_id"), t->messageId());
                // The fingerprint of the settings tested (SHA-256 of all of them), made once: it
                // is also that of the settings as loaded unless the backup server's copy was.
                const QString tested = SettingsFacts::fingerprint(settings());
                const bool copy = server == QLatin1String("backup");
                StatusFile::Entries alsoRecord;
                if (opts.stopAfter == Phase::Done) // the remote status report's "last Send Test"
                    alsoRecord << StatusReport::sendTestEntry(tested, r);
                const QString serverId = SettingsFacts::smtpServerId(settings());
                extra.insert(QStringLiteral("server"), serverId);
                settings() = loaded;
                m_ctx.finishSession(serverId, r, extra, head, alsoRecord,
                                    copy ? QString() : tested);
            });
            t->start(settings(), c, o);
        });
}

} // namespace mw::cli
