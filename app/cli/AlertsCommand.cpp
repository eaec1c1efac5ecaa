// SPDX-License-Identifier: GPL-3.0-or-later
// mailwright-cli alerts test [--json]: one test alert through every second channel of the
// alerts (the webhook, the system log), the same call as the window's "Send test alert".
#include "Commands.h"
#include "ExitCodes.h"
#include "JsonOutput.h"
#include "notify/AlertChannels.h"

#include <QCommandLineParser>
#include <QJsonArray>

namespace mw::cli {

int AlertsCommand::run(const QStringList &args)
{
    QCommandLineParser p;
    const QCommandLineOption jsonOpt(QStringLiteral("json"), tr("Print one JSON object."));
    p.addOptions({jsonOpt});
    p.addPositionalArgument(QStringLiteral("test"), tr("Send a test alert."));
    if (!p.parse(QStringList{QStringLiteral("alerts")} + args) ||
        p.positionalArguments() != QStringList{QStringLiteral("test")})
        return fail(Usage, tr("usage: alerts test [--json]"));
    if (p.isSet(jsonOpt))
        m_ctx.setJson(true);
    if (const int rc = m_ctx.loadSettings(true); rc != Ok)
        return rc;
    const MailSettings::Alerts &a = settings().alerts;
    if (a.webhook == MailSettings::WebhookFormat::None && !a.systemLog)
        return fail(Config, tr("No second channel is on: set alerts/webhook or "
                               "alerts/system_log first."));
    auto *channels = new AlertChannels(this);
    if (a.webhook != MailSettings::WebhookFormat::None) {
        QString error;
        SecretStore *store = m_ctx.secretStore(&error);
        if (!store)
            return fail(Config, error);
        channels->setSecretStore(store);
    }
    channels->sendTest(settings(), [this](const QList<AlertChannels::Outcome> &outcomes) {
        bool allOk = true;
        QJsonArray list;
        for (const AlertChannels::Outcome &o : outcomes) {
            allOk = allOk && o.ok;
            list.append(QJsonObject{{QStringLiteral("channel"), o.channel},
                                    {QStringLiteral("ok"), o.ok},
                                    {QStringLiteral("detail"), o.detail}});
            if (!json()) {
                const QString line =
                    QStringLiteral("%1: %2 (%3)")
                        .arg(o.channel, o.ok ? tr("sent") : tr("failed"), o.detail);
                if (o.ok)
                    print(line);
                else
                    printErr(line);
            }
        }
        if (json())
            print(compactJson(
                QJsonObject{{QStringLiteral("ok"), allOk}, {QStringLiteral("channels"), list}}));
        exitLater(allOk ? Ok : TempFail);
    });
    return -1;
}

} // namespace mw::cli
