// SPDX-License-Identifier: GPL-3.0-or-later
// mailwright-cli queue list|flush|run|retry|purge|release|show and the runner's service loop
// (DESIGN.md data flow: Queue → QueueRunner → SMTP session | pickup folder); `send` is SendCommand.
#include "Commands.h"

#include "ExitCodes.h"
#include "JsonOutput.h"
#include "delivery/Queue.h"
#include "delivery/QueueOperations.h"
#include "delivery/QueueRunner.h"
#include "diagnostics/ServerStatus.h"
#include "history/HistoryRecorder.h"
#include "history/QueueBounces.h"
#include "notify/AlertEngine.h"
#include "notify/AlertWebhook.h"
#include "notify/StatusRequestService.h"
#include "oauth/AccessTokenSource.h"
#include "session/CapabilityMemory.h"
#include "settings/SecretStoreFactory.h"
#include "settings/SettingsFacts.h"
#include "settings/SettingsStore.h"
#include "settings/SettingsValidator.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <memory>
#include <optional>

namespace mw::cli {

void QueueCommand::addStatus(const MailSettings &settings, QJsonObject *json, QString *text)
{
    const Queue queue(Queue::dirFor(settings));
    const QueueStats s = queue.stats(SettingsFacts::fingerprint(settings));
    const qint64 age =
        s.oldest.isValid() ? s.oldest.secsTo(QDateTime::currentDateTimeUtc()) : qint64(-1);
    if (json) {
        json->insert(QStringLiteral("queue_depth"), s.waiting);
        json->insert(QStringLiteral("queue_oldest_age_s"), age);
        json->insert(QStringLiteral("queue_held"), s.held);
        json->insert(QStringLiteral("queue_dead"), s.dead);
    }
    if (text) {
        *text += QLatin1Char('\n') + tr("queue: %n message(s) waiting", nullptr, s.waiting);
        if (age >= 0)
            *text += tr(", oldest %1 s").arg(age);
        if (s.held)
            *text += tr(", HELD (see \"queue list\")");
        if (s.dead > 0)
            *text += tr(", %n dead letter(s)", nullptr, s.dead);
    }
}

int QueueCommand::run(const QStringList &args)
{
    const QString sub = args.value(0);
    if (const int rc = m_ctx.loadSettings(true); rc != Ok)
        return rc;
    if (sub == QLatin1String("list") && args.size() == 1)
        return list();
    if (sub == QLatin1String("flush") && args.size() == 1)
        return runQueue(true, true);
    if (sub == QLatin1String("run")) {
        const bool once = args.contains(QLatin1String("--once"));
        if (args.size() > (once ? 2 : 1))
            return fail(Usage, tr("usage: queue run [--once]"));
        return runQueue(once, false);
    }
    if ((sub == QLatin1String("retry") || sub == QLatin1String("purge")) && args.size() == 2)
        return change(sub, args.at(1));
    if (sub == QLatin1String("release") && args.size() == 1)
        return change(sub, QString());
    if (sub == QLatin1String("show") && args.size() == 2)
        return show(args.at(1));
    return fail(Usage, tr("usage: queue list | flush | run [--once] | retry ID | purge ID | "
                          "release | show ID"));
}

int QueueCommand::list()
{
    const QueueSnapshot snap = QueueOperations::snapshot(settings());
    const QueueHold &hold = snap.hold;
    const bool held = snap.held;
    const QueueBackoff &backoff = snap.backoff;
    // The messages sent lately that bounced (a failure report read by `bounces` or the
    // window's watch): which notification did not arrive after all.
    QString historyError;
    const QList<HistoryEntry> bounced =
        settings().history.enabled
            ? QueueBounces::read(DeliveryHistory::defaultPathFor(configPath()),
                                 QDateTime::currentDateTimeUtc(), &historyError)
            : QList<HistoryEntry>();
    if (json()) {
        QJsonArray arr;
        for (const QueuedMessage &m : snap.messages)
            arr.append(queuedMessageJson(m, held));
        QJsonObject o = outcomeJson(!held, held ? hold.errorClass : backoff.errorClass,
                                    held ? hold.message : backoff.message,
                                    held ? hold.serverReply : backoff.serverReply);
        o.insert(QStringLiteral("status"), snap.statusId());
        if (held)
            o.insert(QStringLiteral("hold_reason"), snap.holdReasonId());
        if (backoff.failures > 0)
            o.insert(QStringLiteral("next_pass"), backoff.nextPass.toString(Qt::ISODate));
        o.insert(QStringLiteral("queue_dir"), snap.dir);
        o.insert(QStringLiteral("messages"), arr);
        QJsonArray bounces;
        for (const HistoryEntry &e : bounced)
            bounces.append(QueueBounces::toJson(e));
        o.insert(QStringLiteral("bounced_messages"), bounces);
        print(compactJson(o));
        return Ok;
    }
    if (held && hold.storage)
        print(tr("The queue is HELD since %1: %2\n  It resumes by itself when the queue "
                 "folder can be written again.")
                  .arg(hold.since.toLocalTime().toString(Qt::ISODate), hold.message));
    else if (held)
        print(tr("The queue is HELD since %1: %2 (%3)%4\n  It resumes when the settings "
                 "change, or try once now with \"queue flush\".")
                  .arg(hold.since.toLocalTime().toString(Qt::ISODate), hold.message,
                       errorClassId(hold.errorClass),
                       hold.serverReply.isEmpty()
                           ? QString()
                           : QStringLiteral("\n  ") + tr("Server said: %1").arg(hold.serverReply)));
    else if (backoff.failures > 0)
        print(tr("The server could not be reached %n time(s) in a row: %1 (%2); next try %3.",
                 nullptr, backoff.failures)
                  .arg(backoff.message, errorClassId(backoff.errorClass),
                       backoff.nextPass.toLocalTime().toString(Qt::ISODate)));
    if (snap.messages.isEmpty())
        print(tr("The queue is empty (%1).").arg(snap.dir));
    for (const QueuedMessage &m : snap.messages) {
        QString line = QStringLiteral("%1  %2  attempts %3  %4  to %5  \"%6\"")
                           .arg(m.id, snap.stateId(m))
                           .arg(m.attempts)
                           .arg(m.created.toLocalTime().toString(Qt::ISODate),
                                m.recipients.join(QStringLiteral(", ")), m.subject);
        if (m.lastError != ErrorClass::None)
            line += QStringLiteral("\n    ") +
                    QStringLiteral("%1: %2").arg(errorClassId(m.lastError), m.lastMessage);
        if (!m.serverReply.isEmpty())
            line += QStringLiteral("\n    ") + tr("Server said: %1").arg(m.serverReply);
        if (m.state != QueuedMessage::State::Dead && m.nextAttempt.isValid() && m.attempts > 0)
            line += QStringLiteral("\n    ") +
                    tr("next attempt %1").arg(m.nextAttempt.toLocalTime().toString(Qt::ISODate));
        print(line);
    }
    if (!bounced.isEmpty()) {
        print(tr("Sent in the last %n day(s), then bounced:", nullptr, QueueBounces::kDays));
        for (const HistoryEntry &e : bounced)
            print(QStringLiteral("  ") + QueueBounces::describe(e));
    }
    if (!historyError.isEmpty())
        printErr(
            tr("mailwright-cli: the delivery history could not be read: %1").arg(historyError));
    return Ok;
}

int QueueCommand::change(const QString &sub, const QString &id)
{
    const bool retry = sub == QLatin1String("retry");
    const bool release = sub == QLatin1String("release");
    // The CLI may block here: a pass of the runner holds the lock for a while.
    const QueueOperations::Outcome out =
        retry     ? QueueOperations::retry(settings(), id, QueueOperations::kCliLockWaitMs)
        : release ? QueueOperations::releaseHold(settings(), QueueOperations::kCliLockWaitMs)
                  : QueueOperations::remove(settings(), id, QueueOperations::kCliLockWaitMs);
    switch (out.kind) {
    case QueueOperations::Outcome::Kind::Done:
        break;
    case QueueOperations::Outcome::Kind::NotFound:
        return fail(Usage, out.error);
    case QueueOperations::Outcome::Kind::Busy:
        return fail(TempFail, out.error, ErrorClass::Temporary);
    case QueueOperations::Outcome::Kind::Failed:
        return fail(CantCreat, out.error);
    }
    if (json()) {
        QJsonObject o;
        o.insert(QStringLiteral("ok"), true);
        o.insert(QStringLiteral("status"), retry     ? QStringLiteral("waiting")
                                           : release ? QStringLiteral("released")
                                                     : QStringLiteral("purged"));
        if (!release)
            o.insert(QStringLiteral("id"), out.id);
        o.insert(QStringLiteral("message"), QString());
        o.insert(QStringLiteral("server_reply"), QString());
        print(compactJson(o));
    } else {
        print(retry     ? tr("%1 will be sent on the next pass.").arg(out.id)
              : release ? tr("The hold is lifted: the next pass tries again.")
                        : tr("%1 removed.").arg(out.id));
    }
    return Ok;
}

int QueueCommand::show(const QString &id)
{
    QString error;
    const auto m = QueueOperations::show(settings(), id, &error);
    if (!m)
        return fail(Usage, error);
    if (json()) {
        QJsonObject o = queuedMessageJson(*m, QueueOperations::snapshot(settings()).held);
        o.insert(QStringLiteral("ok"), true);
        o.insert(QStringLiteral("content"), QString::fromUtf8(m->content));
        print(compactJson(o));
    } else {
        print(QueueOperations::showText(*m));
    }
    return Ok;
}

int QueueCommand::runQueue(bool once, bool force)
{
    // The passwords are read before the runner starts, so that a missing one ends the
    // command at once with how to store it; access tokens are asked per session.
    PreflightNeeds needs = Preflight::needs(settings(), Purpose::QueueRun);
    needs.accessToken = false;
    m_ctx.withCredentials(needs, [this, once, force](const Credentials &credentials) {
        startRunner(once, force, credentials);
    });
    return -1;
}

void QueueCommand::startRunner(bool once, bool force, const Credentials &credentials)
{
    auto *runner = new QueueRunner(Queue::dirFor(settings()), this);
    runner->setSettings(settings());
    runner->setCapabilityMemory(CapabilityMemory::defaultPathFor(configPath()));
    if (SettingsFacts::usesOAuth(settings()))
        runner->setAccessTokenSource(m_ctx.oauthSource());
    // Before the first login after a hold (a new password stored by `secret set` or the
    // window) and after credentialsChanged(), the runner reads the passwords again.
    runner->setCredentialResolver(m_ctx.credentialResolver());
    runner->setCredentials(credentials);
    // Notices about failing mail (dead letters, holds, certificates, outages): queued
    // through this runner's own queue.
    auto *alerts = new AlertEngine(AlertEngine::defaultPathFor(configPath()), this);
    alerts->setSettings(settings());
    // The second channel (webhook, system log) reads the webhook's URL from the secret
    // store; without one the webhook's notices wait in the outbox (queue.log says why).
    {
        QString storeError;
        alerts->setSecretStore(m_ctx.secretStore(&storeError));
    }
    alerts->watch(runner);
    // Every outcome into the delivery history (history/enabled), one transaction a pass;
    // trouble with it (a damaged file moved aside, a full disk) goes to the queue log.
    auto *history =
        new HistoryRecorder(DeliveryHistory::defaultPathFor(configPath()), settings(), this);
    history->attach(runner);
    connect(history, &HistoryRecorder::problem, this, [this](const QString &sentence) {
        Queue(Queue::dirFor(settings())).log(QStringLiteral("history ") + sentence);
    });
    // A line per message: a service's as it happens, a flush's written a pass at a time
    // (one write instead of one per message; passFinished flushes).
    const auto line = once ? &CliContext::printBuffered : &CliContext::print;
    connect(runner, &QueueRunner::messageDone, this,
            [this, line](const QString &id, const QString &state, const QString &detail) {
                if (json()) {
                    QJsonObject o;
                    o.insert(QStringLiteral("event"), QStringLiteral("message"));
                    o.insert(QStringLiteral("id"), id);
                    o.insert(QStringLiteral("ok"), state == QLatin1String("delivered"));
                    o.insert(QStringLiteral("status"), state);
                    o.insert(QStringLiteral("message"), QString());
                    o.insert(QStringLiteral("server_reply"), detail);
                    line(compactJson(o));
                } else {
                    line(QStringLiteral("%1 %2%3").arg(
                        id, state, detail.isEmpty() ? QString() : QStringLiteral(": ") + detail));
                }
            });
    connect(runner, &QueueRunner::passFinished, this, [this](const QueueRunner::Summary &s) {
        CliContext::flushOut();
        // Under the server the session went to: check and metrics tell the backup in use
        // by its entry being newer than the primary's.
        if (s.sessionRan)
            m_ctx.writeState(s.server == QLatin1String("backup-smtp") ? s.server
                                                                      : QStringLiteral("smtp"),
                             s.result);
    });
    const auto report = [this](const QueueRunner::Summary &s) {
        const QueueHold hold = Queue(Queue::dirFor(settings())).hold();
        ErrorClass c = ErrorClass::None;
        QString message;
        QString reply;
        if (s.fatal) {
            // The spool cannot be used (read-only, not ours, a symbolic link): say where
            // and why, exit EX_CANTCREAT.
            if (json()) {
                QJsonObject o = outcomeJson(false, ErrorClass::Config, s.error);
                o.insert(QStringLiteral("status"), QStringLiteral("failed"));
                print(compactJson(o));
            } else {
                printErr(QStringLiteral("mailwright-cli: %1").arg(s.error));
            }
            exitLater(CantCreat);
            return;
        }
        if (s.busy || (!s.error.isEmpty() && !s.held)) {
            c = ErrorClass::Temporary;
            message = s.error;
        } else if (s.held) {
            c = hold.errorClass;
            message = tr("The queue is held: %1").arg(hold.message);
            reply = hold.serverReply;
        } else if (s.sessionRan && !s.result.ok && s.remaining > 0) {
            c = s.result.errorClass;
            message = s.result.message;
            reply = s.result.serverReply;
        } else {
            message = tr("%1 delivered, %2 deferred, %3 dead-lettered, %4 outcome unknown; "
                         "%5 still queued.")
                          .arg(s.delivered)
                          .arg(s.deferred)
                          .arg(s.dead)
                          .arg(s.unknown)
                          .arg(s.remaining);
        }
        if (json()) {
            QJsonObject o = outcomeJson(c == ErrorClass::None, c, message, reply);
            o.insert(QStringLiteral("status"),
                     s.held ? QStringLiteral("held") : QStringLiteral("done"));
            o.insert(QStringLiteral("delivered"), s.delivered);
            o.insert(QStringLiteral("deferred"), s.deferred);
            o.insert(QStringLiteral("dead"), s.dead);
            o.insert(QStringLiteral("unknown"), s.unknown);
            o.insert(QStringLiteral("remaining"), s.remaining);
            o.insert(QStringLiteral("recovered"), QJsonArray::fromStringList(s.recovered));
            print(compactJson(o));
        } else if (c == ErrorClass::None) {
            print(message);
        } else {
            printErr(QStringLiteral("mailwright-cli: %1 (%2)%3")
                         .arg(message, errorClassId(c),
                              reply.isEmpty()
                                  ? QString()
                                  : QStringLiteral("\n  ") + tr("Server said: %1").arg(reply)));
        }
        exitLater(exitCodeFor(c));
    };
    auto first = std::make_shared<std::optional<QueueRunner::Summary>>();
    connect(runner, &QueueRunner::finished, this,
            [report, runner, alerts, once, first](const QueueRunner::Summary &last) {
                // --once and flush: the notices this run queued go out in one more pass (not
                // forced); the run is reported as it was, with what is left afterwards.
                if (once && !first->has_value() && alerts->queuedCount() > 0 && !last.held &&
                    !last.fatal && !last.busy) {
                    *first = last;
                    QTimer::singleShot(0, runner, [runner] {
                        QueueRunner::Options again;
                        again.once = true;
                        runner->start(again);
                    });
                    return;
                }
                QueueRunner::Summary s = first->value_or(last);
                s.remaining = last.remaining;
                if (!alerts->channelsBusy()) {
                    report(s);
                    return;
                }
                // A webhook POST is under way: let it end (it has its own timeout) so that
                // it is not lost until the next run; its outbox keeps it if it fails.
                auto reported = std::make_shared<bool>(false);
                const auto finish = [report, s, reported] {
                    if (!*reported) {
                        *reported = true;
                        report(s);
                    }
                };
                QObject::connect(alerts, &AlertEngine::channelsIdle, alerts, finish);
                QTimer::singleShot((AlertWebhook::kTimeoutSeconds + 5) * 1000, alerts, finish);
            });
    if (!once) {
        // The service follows the configuration file: a change (a fixed password is a
        // `secret set`, a fixed host a `config set`) lifts a hold and is used at once.
        auto *timer = new QTimer(this);
        timer->setInterval(2000);
        // The file backend: a rewritten secret file (a new password) is read again.
        const auto secretFileStamp = [this] {
            if (settings().general.secretBackend != MailSettings::SecretBackend::File)
                return QDateTime();
            const QFileInfo fi(SecretStoreFactory::resolveSecretFile(
                settings().general.secretFile.trimmed(), configPath()));
            return fi.exists() ? fi.lastModified() : QDateTime();
        };
        auto stamp = std::make_shared<QDateTime>(secretFileStamp());
        connect(timer, &QTimer::timeout, this, [this, runner, alerts, stamp, secretFileStamp] {
            if (const QDateTime now = secretFileStamp(); now != *stamp) {
                *stamp = now;
                runner->credentialsChanged();
            }
            const QString before = SettingsFacts::fingerprint(settings());
            SettingsStore store(configPath());
            const SettingsLoadResult loaded = store.load();
            if (!loaded.ok())
                return;
            // The same layers as at the start (the policy read then).
            const MailSettings effective = m_ctx.policy().apply(loaded.settings, loaded.userKeys);
            if (SettingsFacts::fingerprint(effective) == before)
                return;
            settings() = effective;
            if (m_ctx.existingOAuthSource())
                m_ctx.existingOAuthSource()->setSettings(settings());
            else if (SettingsFacts::usesOAuth(settings()))
                runner->setAccessTokenSource(m_ctx.oauthSource());
            runner->setSettings(settings());
            alerts->setSettings(settings());
            runner->credentialsChanged(); // read with the new settings before the next login
        });
        timer->start();
        // Remote status requests (issue 19): answered every pop3/check_interval minutes
        // while remote_status/enabled, unless an open window holds the lock for that pass.
        QString storeError;
        auto *requests = new StatusRequestService(this);
        requests->setConfigPath(configPath());
        requests->setSecretStore(m_ctx.secretStore(&storeError));
        requests->setSettings(settings());
        connect(timer, &QTimer::timeout, requests,
                [this, requests] { requests->setSettings(settings()); });
        connect(requests, &StatusRequestService::passFinished, this,
                [this](const StatusRequestService::Pass &pass) {
                    for (const StatusRequestEntry &e : pass.entries)
                        printErr(QStringLiteral("status request %1: %2")
                                     .arg(StatusRequestEntry::outcomeId(e.outcome), e.reason));
                    if (!pass.skipped && !pass.result.ok)
                        printErr(
                            tr("mailwright-cli: status requests: %1").arg(pass.result.message));
                });
    }
    QueueRunner::Options o;
    o.once = once;
    o.force = force;
    runner->start(o);
}

} // namespace mw::cli
