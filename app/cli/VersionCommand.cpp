// SPDX-License-Identifier: GPL-3.0-or-later
// mailwright-cli version [--json]: what a bug report needs to name (SupportBundle::versions,
// the support bundle's versions.txt). `--version` prints only the program's and Qt's.
#include "Commands.h"
#include "ExitCodes.h"
#include "JsonOutput.h"
#include "support/SupportBundle.h"

#include <QCommandLineParser>
#include <QJsonObject>

namespace mw::cli {

int VersionCommand::run(const QStringList &args)
{
    QCommandLineParser p;
    const QCommandLineOption jsonOpt(QStringLiteral("json"), tr("Print one JSON object."));
    p.addOptions({jsonOpt});
    if (!p.parse(QStringList{QStringLiteral("version")} + args) ||
        !p.positionalArguments().isEmpty())
        return fail(Usage, tr("usage: version [--json]"));
    if (p.isSet(jsonOpt))
        m_ctx.setJson(true);
    const QString text = SupportBundle::versions();
    if (!json()) {
        print(text.trimmed());
        return Ok;
    }
    // The "Key: value" lines as members ("Mailwright", "Qt", "TLS", ...).
    QJsonObject versions;
    for (const QString &line : text.split(QLatin1Char('\n'))) {
        const int colon = line.indexOf(QLatin1String(": "));
        if (colon > 0 && !line.left(colon).contains(QLatin1Char(' ')))
            versions.insert(line.left(colon), line.mid(colon + 2));
    }
    QJsonObject o = outcomeJson(true, ErrorClass::None, text.section(QLatin1Char('\n'), 0, 0));
    o.insert(QStringLiteral("versions"), versions);
    print(compactJson(o));
    return Ok;
}

} // namespace mw::cli
