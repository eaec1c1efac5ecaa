// SPDX-License-Identifier: GPL-3.0-or-later
// mailwright-cli status-requests check [--json]: one pass over the POP3 mailbox for remote
// status requests now (docs/cli.md "Remote status requests"), as the runner and the window
// do every pop3/check_interval minutes; the same cross-process lock keeps them apart.
#include "Commands.h"
#include "ExitCodes.h"
#include "JsonOutput.h"
#include "notify/StatusRequestCheck.h"
#include "notify/StatusRequestService.h"
#include "session/SmtpConfigFactory.h"
#include "settings/AtomicFile.h"

#include <QCommandLineParser>
#include <QJsonArray>

#include <memory>

namespace mw::cli {

int StatusRequestsCommand::run(const QStringList &args)
{
    QCommandLineParser p;
    const QCommandLineOption jsonOpt(QStringLiteral("json"), tr("Print one JSON object."));
    p.addOptions({jsonOpt});
    p.addPositionalArgument(QStringLiteral("check"), tr("Check the mailbox for requests now."));
    if (!p.parse(QStringList{QStringLiteral("status-requests")} + args) ||
        p.positionalArguments() != QStringList{QStringLiteral("check")})
        return fail(Usage, tr("usage: status-requests check [--json]"));
    if (p.isSet(jsonOpt))
        m_ctx.setJson(true);
    if (const int rc = m_ctx.loadSettings(true); rc != Ok)
        return rc;
    if (!settings().remoteStatus.enabled)
        return fail(Config, tr("Remote status requests are switched off: set "
                               "remote_status/enabled to true first."));
    if (!settings().pop3.enabled)
        return fail(Config, tr("Remote status requests are read over POP3: set pop3/enabled, "
                               "pop3/host and pop3/username first."));
    QString error;
    SecretStore *store = m_ctx.secretStore(&error);
    if (!store)
        return fail(Config, error);
    // The runner or an open window may be checking right now: wait a little for it.
    auto lock = std::make_shared<FileLock>(StatusRequestService::lockPathFor(configPath()));
    if (!lock->lock(30000, &error))
        return fail(TempFail,
                    error.isEmpty() ? tr("Another process is checking the mailbox; try again.")
                                    : error,
                    ErrorClass::Temporary);
    m_ctx.withCredentials(
        Preflight::serverNeeds(settings(), QStringLiteral("pop3"), true),
        [this, store, lock](const Credentials &credentials) {
            auto *check = new StatusRequestCheck(this);
            connect(check, &StatusRequestCheck::finished, this,
                    [this, check, lock](const Result &r) {
                        check->deleteLater();
                        QJsonArray requests;
                        QString text;
                        for (const StatusRequestEntry &e : check->entries()) {
                            requests.append(e.toJson());
                            text += QStringLiteral("  %1 %2 %3: %4\n")
                                        .arg(e.uid, e.sender,
                                             StatusRequestEntry::outcomeId(e.outcome), e.reason);
                        }
                        if (r.phase == Phase::Idle && !r.ok) {
                            // Before any connection (no stored password): not the server's state.
                            fail(exitCodeFor(r.errorClass), r.message, r.errorClass);
                            exitLater(exitCodeFor(r.errorClass));
                            return;
                        }
                        text.prepend(
                            tr("Mailbox %1@%2: %n message(s), ", nullptr, check->messageCount())
                                .arg(settings().pop3.username, settings().pop3.host) +
                            tr("%n status request(s)", nullptr, int(check->entries().size())) +
                            QLatin1Char('\n'));
                        QJsonObject extra;
                        extra.insert(QStringLiteral("status"),
                                     r.ok ? QStringLiteral("checked") : QStringLiteral("failed"));
                        extra.insert(QStringLiteral("messages"), check->messageCount());
                        extra.insert(QStringLiteral("requests"), requests);
                        m_ctx.finishSession(QStringLiteral("pop3"), r, extra, text);
                    });
            StatusRequestCheck::Options o;
            o.configPath = configPath();
            o.store = store;
            check->start(settings(), pop3ConfigFrom(settings(), credentials), o);
        });
    return -1;
}

} // namespace mw::cli
