// SPDX-License-Identifier: GPL-3.0-or-later
// mailwright-cli bounces: the bounced-alerts mailbox over POP3.
#include "Commands.h"
#include "ExitCodes.h"
#include "diagnostics/BounceCheck.h"
#include "history/HistoryResend.h"
#include "session/SmtpConfigFactory.h"
#include "settings/SettingsFacts.h"

#include <QCommandLineParser>
#include <QJsonArray>

namespace mw::cli {

int BouncesCommand::run(const QStringList &args)
{
    QCommandLineParser p;
    const QCommandLineOption deleteOpt(
        QStringLiteral("delete-handled"),
        tr("Delete the delivery status notifications that were listed (others stay)."));
    const QCommandLineOption jsonOpt(QStringLiteral("json"), tr("Print one JSON object."));
    p.addOptions({deleteOpt, jsonOpt});
    if (!p.parse(QStringList{QStringLiteral("bounces")} + args))
        return fail(Usage, p.errorText());
    if (p.isSet(jsonOpt))
        m_ctx.setJson(true);
    if (const int rc = m_ctx.loadSettings(true); rc != Ok)
        return rc;
    if (!SettingsFacts::pop3AccountSet(settings()))
        return fail(Config, tr("The bounced-alerts mailbox is read over POP3: set pop3/host and "
                               "pop3/username first."));
    const bool deleteHandled = p.isSet(deleteOpt);
    // The mailbox is read with the POP3 login of pop3/auth: its password (none for GSSAPI,
    // whose ticket is checked, and EXTERNAL), and the client certificate.
    m_ctx.withCredentials(
        Preflight::serverNeeds(settings(), QStringLiteral("pop3"), true),
        [this, deleteHandled](const Credentials &credentials) {
            // Every report in the mailbox is listed (none skipped); the bounce log the window's
            // watch keeps says which ones were not seen before.
            BounceCheck::Options o;
            o.deleteReports = deleteHandled;
            o.debugLog = settings().diagnostics.debugLog;
            auto *check = new BounceCheck(this);
            connect(check, &BounceCheck::finished, this, [this, check](const Result &r) {
                check->deleteLater();
                BounceLog log(BounceLog::defaultPathFor(configPath()));
                log.load();
                log.setAccount(QStringLiteral("%1:%2 %3")
                                   .arg(settings().pop3.host)
                                   .arg(settings().pop3.port)
                                   .arg(settings().pop3.username));
                QSet<QString> fresh;
                if (r.ok) {
                    for (const BounceRecord &b : log.merge(check->found(), check->readUids()))
                        fresh.insert(b.uid.isEmpty() ? b.messageId : b.uid);
                    log.save();
                    // The alerts that bounced show so in the delivery history.
                    if (settings().history.enabled) {
                        DeliveryHistory history(DeliveryHistory::defaultPathFor(configPath()));
                        if (history.open())
                            HistoryResend::linkBounces(history, check->found());
                    }
                }
                QJsonArray items;
                QString text = tr("Bounced-alerts mailbox %1@%2: %n message(s)", nullptr,
                                  check->messageCount())
                                   .arg(settings().pop3.username, settings().pop3.host);
                text +=
                    QStringLiteral(", ") +
                    tr("%n delivery status notification(s)", nullptr, int(check->found().size())) +
                    QLatin1Char('\n');
                for (const BounceRecord &b : check->found()) {
                    const bool isNew = fresh.contains(b.uid.isEmpty() ? b.messageId : b.uid);
                    QJsonObject o = b.toJson();
                    o.remove(QStringLiteral("seen_at"));
                    o.insert(QStringLiteral("new"), isNew);
                    items.append(o);
                    text += QStringLiteral("  #%1 %2 %3 %4")
                                .arg(b.number)
                                .arg(b.action, b.recipient, b.status);
                    if (!b.diagnostic.isEmpty())
                        text += QStringLiteral(" (%1)").arg(b.diagnostic);
                    if (!b.originalMessageId.isEmpty())
                        text += QLatin1Char(' ') + tr("original %1").arg(b.originalMessageId);
                    if (isNew)
                        text += QLatin1Char(' ') + tr("[new]");
                    if (b.deleted)
                        text += QLatin1Char(' ') + tr("[deleted]");
                    text += QLatin1Char('\n');
                }
                if (check->skipped() > 0)
                    text += tr("  (%n message(s) larger than %1 octets were not read)", nullptr,
                               check->skipped())
                                .arg(BounceCheck::kMaxBounceSize) +
                            QLatin1Char('\n');
                QJsonObject extra;
                extra.insert(QStringLiteral("messages"), check->messageCount());
                extra.insert(QStringLiteral("bounces"), items);
                m_ctx.finishSession(QStringLiteral("pop3"), r, extra, text);
            });
            check->start(pop3ConfigFrom(settings(), credentials), o);
        });
    return -1;
}

} // namespace mw::cli
