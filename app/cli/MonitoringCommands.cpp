// SPDX-License-Identifier: GPL-3.0-or-later
// mailwright-cli check (Nagios plugin convention) and metrics (Prometheus text format).
// Both print HealthCheck's one evaluation; they read state only and never open a session.
#include "Commands.h"
#include "ExitCodes.h"
#include "JsonOutput.h"
#include "notify/HealthCheck.h"
#include "settings/AtomicFile.h"
#include "settings/SettingsStore.h"

#include <QDir>
#include <QFileInfo>

namespace mw::cli {
namespace {

// Reads the settings and evaluates them; without usable settings, an UNKNOWN report whose
// reason the shells print (the loader's own message goes to standard error).
HealthReport evaluate(CliContext &ctx)
{
    if (!QFileInfo::exists(ctx.configPath()) && ctx.overrides().isEmpty())
        return HealthCheck::unknown(
            QCoreApplication::translate("mw::cli::CliApp", "there is no configuration file at %1")
                .arg(QDir::toNativeSeparators(ctx.configPath())));
    // The loader reports a broken file as a JSON failure under --json; the plugin output
    // must stay one object, so its message goes to standard error as text.
    const bool json = ctx.json();
    ctx.setJson(false);
    const int rc = ctx.loadSettings(true);
    ctx.setJson(json);
    if (rc != Ok) {
        // NRPE and most agents pass on standard output only: the first line says why. The
        // file's own sentence when the file is the trouble (it names the file and line).
        const QString why = SettingsStore(ctx.configPath()).load().error;
        return HealthCheck::unknown(
            !why.isEmpty() ? why
                           : QCoreApplication::translate("mw::cli::CliApp",
                                                         "the configuration %1 cannot be used")
                                 .arg(QDir::toNativeSeparators(ctx.configPath())));
    }
    return HealthCheck::gather(ctx.settings(), ctx.configPath());
}

// `check --json`: the option after the command, as the usage shows it.
QStringList takeJson(CliContext &ctx, QStringList args)
{
    if (args.removeAll(QStringLiteral("--json")) > 0)
        ctx.setJson(true);
    return args;
}

} // namespace

int CheckCommand::run(const QStringList &allArgs)
{
    const QStringList args = takeJson(m_ctx, allArgs);
    // The plugin guidelines: wrong arguments are UNKNOWN (3) too, not a usage code.
    if (!args.isEmpty()) {
        print(QStringLiteral("MAILWRIGHT UNKNOWN - ") +
              tr("unexpected argument %1 (usage: check [--json])").arg(args.first()));
        return static_cast<int>(HealthReport::State::Unknown);
    }
    const HealthReport report = evaluate(m_ctx);
    print(json() ? compactJson(HealthCheck::json(report)) : HealthCheck::nagiosText(report));
    return static_cast<int>(report.state);
}

int MetricsCommand::run(const QStringList &args)
{
    QString output;
    for (qsizetype i = 0; i < args.size(); ++i) {
        if (args.at(i) == QLatin1String("--output") && i + 1 < args.size())
            output = args.at(++i);
        else if (args.at(i).startsWith(QLatin1String("--output=")))
            output = args.at(i).mid(int(qstrlen("--output=")));
        else
            return fail(
                Usage,
                tr("unexpected argument %1 (usage: metrics [--output FILE])").arg(args.at(i)));
    }
    // An UNKNOWN evaluation still makes a valid exposition (mailwright_check_state 3), so
    // that a missing configuration shows in Prometheus instead of as stale figures.
    const HealthReport report = evaluate(m_ctx);
    const QString text = HealthCheck::prometheus(report);
    if (output.isEmpty()) {
        // print() adds the line end the exposition already has.
        print(text.chopped(1));
        return Ok;
    }
    // node_exporter's textfile collector reads every *.prom file whenever it is scraped:
    // the new file must appear whole, by rename (AtomicFile's temporary is a hidden file
    // that does not end in .prom), and be readable by the exporter's user.
    QString error;
    if (!AtomicFile::write(output, text.toUtf8(), 0644, &error))
        return fail(CantCreat,
                    tr("%1 could not be written: %2").arg(QDir::toNativeSeparators(output), error));
    return Ok;
}

} // namespace mw::cli
