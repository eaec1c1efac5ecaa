// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliApp.h"

#include "CommandHelp.h"
#include "Commands.h"
#include "ExitCodes.h"
#include "i18n/Localization.h"
#include "protocol/MailConnection.h"
#include "settings/SettingsStore.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <algorithm>

namespace mw::cli {
namespace {

template<typename C> std::unique_ptr<Command> make(CliContext &context)
{
    return std::make_unique<C>(context);
}

} // namespace

const QList<CommandSpec> &commandTable()
{
    static const QList<CommandSpec> table{
        {"test",
         true,
         &make<TestCommand>,
         {{0, "test [--to ADDR] [--stop-after connect|tls|ehlo|auth|mail|rcpt]",
           QT_TRANSLATE_NOOP("mw::cli", "send the test message to the notification mailbox")},
          {3, "test --stop-after rcpt --all-roles",
           QT_TRANSLATE_NOOP("mw::cli", "verify every role address, send nothing")},
          {5, "test --roundtrip [--wait S]",
           QT_TRANSLATE_NOOP("mw::cli", "send the test message and fetch it back over POP3")}}},
        {"probe",
         true,
         &make<ProbeCommand>,
         {{1, "probe [smtp|pop3]",
           QT_TRANSLATE_NOOP("mw::cli", "check every security mode of the server, rank them")}}},
        {"detect",
         true,
         &make<DetectCommand>,
         {{2, "detect ADDRESS",
           QT_TRANSLATE_NOOP("mw::cli",
                             "find the mail servers of an address (SRV, autoconfig, MX, ...)")}}},
        {"status",
         true,
         &make<StatusCommand>,
         {{4, "status [--check]",
           QT_TRANSLATE_NOOP("mw::cli", "show the SMTP and POP3 status (--check: log in now)")}}},
        {"bounces",
         false,
         &make<BouncesCommand>,
         {{6, "bounces [--delete-handled]",
           QT_TRANSLATE_NOOP("mw::cli", "list the delivery status notifications in POP3")}}},
        {"status-requests",
         false,
         &make<StatusRequestsCommand>,
         {{14, "status-requests check [--json]",
           QT_TRANSLATE_NOOP("mw::cli",
                             "answer the remote status requests in the POP3 mailbox now")}}},
        {"config",
         false,
         &make<ConfigCommand>,
         {{7, "config get KEY | set KEY VALUE | unset KEY | validate | show",
           QT_TRANSLATE_NOOP("mw::cli", "read, change or check the configuration")}}},
        {"secret",
         false,
         &make<SecretCommand>,
         {{8, "secret set ACCOUNT",
           QT_TRANSLATE_NOOP("mw::cli",
                             "store a secret read from standard input: smtp, pop3, oauth-client, "
                             "smtp-client-cert, pop3-client-cert, remote-status (kept only as a "
                             "digest), backup-smtp, backup-smtp-client-cert, alerts-webhook")}}},
        {"oauth",
         false,
         &make<OAuthCommand>,
         {{9, "oauth login [--browser [--open]]|status [--check]|logout",
           QT_TRANSLATE_NOOP("mw::cli",
                             "OAuth2 sign-in (device code, or browser with --browser) for "
                             "xoauth2; logout also revokes the sign-in at the provider")}}},
        {"send",
         false,
         &make<SendCommand>,
         {{10, "send [--category job|error|console] [--to ADDR]... [--subject S] | send -t",
           QT_TRANSLATE_NOOP("mw::cli", "queue a notification (body or whole message on stdin)")}}},
        {"queue",
         false,
         &make<QueueCommand>,
         {{11, "queue list|flush|run [--once]|retry ID|purge ID|release|show ID",
           QT_TRANSLATE_NOOP("mw::cli", "the outgoing queue")}}},
        {"policy",
         false,
         &make<PolicyCommand>,
         {{12, "policy show [--json] | templates DIR",
           QT_TRANSLATE_NOOP("mw::cli", "what the administrator's policy sets and locks; the "
                                        "policy templates (ADMX, profile, policy.ini)")}}},
        {"admin-lock",
         false,
         &make<AdminLockCommand>,
         {{13, "admin-lock set|clear|digest",
           QT_TRANSLATE_NOOP("mw::cli", "lock the settings window with a password read from "
                                        "standard input (digest: for a policy's admin_lock)")}}},
        {"check",
         false,
         &make<CheckCommand>,
         {{15, "check [--json]",
           QT_TRANSLATE_NOOP("mw::cli", "one status line for Nagios, Icinga or Zabbix (exit 0 OK, "
                                        "1 WARNING, 2 CRITICAL, 3 UNKNOWN)")}}},
        {"metrics",
         false,
         &make<MetricsCommand>,
         {{16, "metrics [--output FILE]",
           QT_TRANSLATE_NOOP("mw::cli", "the same figures in the Prometheus text format")}}},
        {"history",
         false,
         &make<HistoryCommand>,
         {{17,
           "history [--since WHEN] [--failed] [--grep TEXT] [--limit N] [--json] | show ID | "
           "resend ID",
           QT_TRANSLATE_NOOP("mw::cli",
                             "the delivery history: every message the queue handed over")}}},
        {"alerts",
         true,
         &make<AlertsCommand>,
         {{18, "alerts test [--json]",
           QT_TRANSLATE_NOOP("mw::cli", "send a test alert through the webhook and the system "
                                        "log, and say what each did")}}},
        {"bundle",
         false,
         &make<BundleCommand>,
         {{19, "bundle FILE [--json]",
           QT_TRANSLATE_NOOP("mw::cli", "write a support bundle (ZIP): diagnostics, transcripts, "
                                        "last probe, queue, versions; no secrets")}}},
        {"version",
         false,
         &make<VersionCommand>,
         {{20, "version [--json]",
           QT_TRANSLATE_NOOP("mw::cli", "the versions of Mailwright, Qt, the TLS library and the "
                                        "system, for a bug report")}}},
    };
    return table;
}

CliApp::CliApp(QObject *parent)
    : QObject(parent)
{}

CliApp::~CliApp() = default;

int CliApp::start(const QStringList &arguments)
{
    QCommandLineParser p;
    p.addHelpOption();
    p.addVersionOption();
    const QCommandLineOption configOpt(
        QStringLiteral("config"), tr("Use the configuration FILE instead of the per-user one."),
        QStringLiteral("FILE"));
    const QCommandLineOption jsonOpt(QStringLiteral("json"),
                                     tr("Print one JSON object per result."));
    const QCommandLineOption setOpt(QStringLiteral("set"),
                                    tr("Override a setting for this run only (repeatable), e.g. "
                                       "--set smtp/port=2525."),
                                    QStringLiteral("KEY=VALUE"));
    // Read by main() before this parser runs (mw::Localization); listed here for --help.
    const QCommandLineOption langOpt(QStringLiteral("lang"), Localization::optionDescription(),
                                     QStringLiteral("LANG"));
    p.addOptions({configOpt, jsonOpt, setOpt, langOpt});
    p.addPositionalArgument(QStringLiteral("command"), tr("What to do (see above)."));
    p.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    if (!p.parse(arguments))
        return CliContext(false, {}, {}).fail(Usage, p.errorText());
    // The overview (every command's usage line) is made only when the help is printed.
    const auto overviewHelp = [&p] {
        p.setApplicationDescription(CommandHelp::overview());
        return p.helpText();
    };
    if (p.isSet(QStringLiteral("help"))) {
        CliContext::print(overviewHelp());
        return Ok;
    }
    // Only what is known without loading anything: the TLS library's name costs loading
    // and initialising it (about as much as the rest of start-up); `version` names it.
    if (p.isSet(QStringLiteral("version"))) {
        CliContext::print(
            QStringLiteral("mailwright-cli %1 (Qt %2)")
                .arg(QCoreApplication::applicationVersion(), QString::fromLatin1(qVersion())));
        return Ok;
    }
    m_context = std::make_unique<CliContext>(
        p.isSet(jsonOpt), p.isSet(configOpt) ? p.value(configOpt) : SettingsStore::defaultPath(),
        p.values(setOpt));
    const QStringList pos = p.positionalArguments();
    if (pos.isEmpty()) {
        CliContext::printErr(overviewHelp());
        return Usage;
    }
    const QString cmd = pos.first();
    const QStringList rest = pos.mid(1);
    // `COMMAND --help`: before anything reads the configuration, which may be missing or
    // broken (that may be why help is asked for).
    if (CommandHelp::isHelpRequest(rest)) {
        if (const QString usage = CommandHelp::forCommand(cmd); !usage.isEmpty()) {
            p.setApplicationDescription(usage);
            CliContext::print(p.helpText());
            return Ok;
        }
    }
    const auto &table = commandTable();
    const auto spec = std::find_if(table.cbegin(), table.cend(), [&cmd](const CommandSpec &s) {
        return cmd == QLatin1String(s.name);
    });
    if (spec == table.cend())
        return m_context->fail(Usage, tr("Unknown command \"%1\"; see --help.").arg(cmd));
    if (spec->preloadTls)
        MailConnection::preloadTls(); // overlaps loading OpenSSL with reading the settings
    m_command = spec->make(*m_context);
    return m_command->run(rest);
}

int CliApp::finishSecretWrites(int rc)
{
    return m_context ? m_context->finishSecretWrites(rc) : rc;
}

} // namespace mw::cli
