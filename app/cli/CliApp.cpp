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
    // The names are those of CommandHelp (every command has its help there).
    static const QList<CommandSpec> table{
        {"test", true, &make<TestCommand>},        {"probe", true, &make<ProbeCommand>},
        {"detect", true, &make<DetectCommand>},    {"status", true, &make<StatusCommand>},
        {"bounces", false, &make<BouncesCommand>}, {"config", false, &make<ConfigCommand>},
        {"secret", false, &make<SecretCommand>},   {"oauth", false, &make<OAuthCommand>},
        {"send", false, &make<SendCommand>},       {"queue", false, &make<QueueCommand>},
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
    p.setApplicationDescription(CommandHelp::overview());
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
    if (p.isSet(QStringLiteral("help"))) {
        CliContext::print(p.helpText());
        return Ok;
    }
    if (p.isSet(QStringLiteral("version"))) {
        CliContext::print(QStringLiteral("mailwright-cli %1 (Qt %2, %3)")
                              .arg(QCoreApplication::applicationVersion(),
                                   QString::fromLatin1(qVersion()),
                                   QSslSocket::sslLibraryVersionString()));
        return Ok;
    }
    m_context = std::make_unique<CliContext>(
        p.isSet(jsonOpt), p.isSet(configOpt) ? p.value(configOpt) : SettingsStore::defaultPath(),
        p.values(setOpt));
    const QStringList pos = p.positionalArguments();
    if (pos.isEmpty()) {
        CliContext::printErr(p.helpText());
        return Usage;
    }
    const QString cmd = pos.first();
    const QStringList rest = pos.mid(1);
    // `COMMAND --help`: before anything reads the configuration, which may be missing or
    // broken (that may be why help is asked for).
    if (const QString usage = CommandHelp::forCommand(cmd);
        !usage.isEmpty() && CommandHelp::isHelpRequest(rest)) {
        p.setApplicationDescription(usage);
        CliContext::print(p.helpText());
        return Ok;
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
