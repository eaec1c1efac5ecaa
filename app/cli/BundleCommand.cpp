// SPDX-License-Identifier: GPL-3.0-or-later
// mailwright-cli bundle FILE [--json]: the support bundle, the same archive as the window's
// "Save support bundle…" (SupportBundle::save).
#include "Commands.h"
#include "ExitCodes.h"
#include "JsonOutput.h"
#include "support/SupportBundle.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

namespace mw::cli {

int BundleCommand::run(const QStringList &args)
{
    QCommandLineParser p;
    const QCommandLineOption jsonOpt(QStringLiteral("json"), tr("Print one JSON object."));
    p.addOptions({jsonOpt});
    p.addPositionalArgument(QStringLiteral("file"), tr("The ZIP archive to write."));
    if (!p.parse(QStringList{QStringLiteral("bundle")} + args) ||
        p.positionalArguments().size() != 1)
        return fail(Usage, tr("usage: bundle FILE [--json]"));
    if (p.isSet(jsonOpt))
        m_ctx.setJson(true);
    // A configuration that does not exist yet still makes a bundle: saying so is what a
    // supporter needs to hear.
    if (const int rc = m_ctx.loadSettings(false); rc != Ok)
        return rc;
    const QString path = QFileInfo(p.positionalArguments().constFirst()).absoluteFilePath();
    SupportBundleInput input;
    input.settings = settings();
    input.configPath = configPath();
    QString error;
    QStringList members;
    if (!SupportBundle::save(path, input, &error, &members))
        return fail(CantCreat, error, ErrorClass::Config);
    if (json()) {
        QJsonObject o =
            outcomeJson(true, ErrorClass::None,
                        tr("Support bundle written to %1.").arg(QDir::toNativeSeparators(path)));
        o.insert(QStringLiteral("file"), path);
        o.insert(QStringLiteral("size"), QFileInfo(path).size());
        o.insert(QStringLiteral("members"), QJsonArray::fromStringList(members));
        print(compactJson(o));
    } else {
        print(tr("Support bundle written to %1 (%2 files). It holds no password or token; "
                 "look through it before you send it.")
                  .arg(QDir::toNativeSeparators(path))
                  .arg(members.size()));
    }
    return Ok;
}

} // namespace mw::cli
