// SPDX-License-Identifier: GPL-3.0-or-later
// Over 600 lines: send, queue list/flush/run/retry/purge and the runner's service loop;
// the runner's credential reload could move to its own file.
// mailwright-cli send and queue commands (DESIGN.md data flow: send → Router → Queue →
// QueueRunner → SMTP session | pickup folder).
#include "CliApp.h"

#include "ExitCodes.h"
#include "JsonOutput.h"
#include "delivery/MessageBuilder.h"
#include "delivery/Queue.h"
#include "delivery/QueueRunner.h"
#include "delivery/Router.h"
#include "diagnostics/ServerStatus.h"
#include "oauth/AccessTokenSource.h"
#include "session/CapabilityMemory.h"
#include "settings/SecretStoreFactory.h"
#include "settings/SettingsFacts.h"
#include "settings/SettingsStore.h"
#include "settings/SettingsValidator.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QFile>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QJsonArray>
#include <QRandomGenerator>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <memory>

namespace mw::cli {
namespace {

QByteArray readStdin()
{
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly))
        return {};
    return in.readAll();
}

// A whole message from standard input (sendmail -t): the header and body split, the
// recipients collected from To, Cc and Bcc, Bcc removed (RFC 5322 §3.6.3), and Date,
// Message-ID and From added when missing, as sendmail does.
struct ParsedInput
{
    QByteArray content;
    QStringList recipients;
    QString subject;
    QString messageId;
    QString error;
};

ParsedInput parseWholeMessage(const QByteArray &raw, const MailSettings &settings)
{
    ParsedInput p;
    // Every line end the caller used (CR LF, a bare LF, a bare CR) becomes one line end:
    // a bare CR must not reach DATA (RFC 5321 §2.3.8; SMTP smuggling).
    QByteArray data = Queue::normalizeLineEnds(raw);
    data.replace("\r\n", "\n");
    qsizetype end = data.indexOf("\n\n");
    const QByteArray head = end < 0 ? data : data.left(end + 1);
    const QByteArray body = end < 0 ? QByteArray() : data.mid(end + 2);
    // Fields, unfolded (RFC 5322 §2.2.3), with their original lines.
    QList<std::pair<QByteArray, QByteArray>> fields; // name, raw lines
    for (const QByteArray &line : head.split('\n')) {
        if (line.isEmpty())
            continue;
        if ((line.startsWith(' ') || line.startsWith('\t')) && !fields.isEmpty()) {
            fields.last().second += '\n' + line;
            continue;
        }
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0) {
            p.error = QCoreApplication::translate("mw::cli",
                                                  "The message on standard input does not start "
                                                  "with header fields (line \"%1\").")
                          .arg(QString::fromUtf8(line.left(60)));
            return p;
        }
        fields.append({line.left(colon).trimmed().toLower(), line});
    }
    QByteArray out;
    bool hasDate = false;
    bool hasFrom = false;
    for (const auto &[name, lines] : std::as_const(fields)) {
        const QString value = QString::fromUtf8(lines.mid(lines.indexOf(':') + 1))
                                  .replace(QLatin1Char('\n'), QLatin1Char(' '));
        if (name == "to" || name == "cc" || name == "bcc")
            p.recipients << Router::parseAddressList(value);
        if (name == "bcc")
            continue; // never shown to the other recipients
        if (name == "subject")
            p.subject = value.trimmed();
        if (name == "message-id")
            p.messageId = value.trimmed();
        hasDate = hasDate || name == "date";
        hasFrom = hasFrom || name == "from";
        out += lines + '\n';
    }
    const QString domain = settings.mailboxes.from.section(QLatin1Char('@'), 1);
    if (p.messageId.isEmpty()) {
        p.messageId = QStringLiteral("<%1.%2@%3>")
                          .arg(QDateTime::currentMSecsSinceEpoch())
                          .arg(QRandomGenerator::system()->generate64(), 0, 36)
                          .arg(domain.isEmpty() ? QStringLiteral("localhost") : domain);
        out += "Message-ID: " + p.messageId.toUtf8() + '\n';
    }
    if (!hasDate) {
        // RFC 5322 §3.3: "Mon, 02 Jan 2006 15:04:05 +0100", English names whatever the locale.
        const QDateTime now = QDateTime::currentDateTime();
        const int off = now.offsetFromUtc() / 60;
        out += "Date: " +
               QLocale::c().toString(now, QStringLiteral("ddd, dd MMM yyyy HH:mm:ss ")).toLatin1() +
               QByteArray(off < 0 ? "-" : "+") +
               QByteArray::number(std::abs(off) / 60).rightJustified(2, '0') +
               QByteArray::number(std::abs(off) % 60).rightJustified(2, '0') + '\n';
    }
    if (!hasFrom && !settings.mailboxes.from.isEmpty())
        out += "From: " + settings.mailboxes.from.toUtf8() + '\n';
    out += '\n' + body;
    out.replace("\n", "\r\n");
    p.content = out;
    return p;
}

Queue::Lock::Result waitForLock(Queue::Lock &lock, int timeoutMs)
{
    // The CLI may block here: a pass of the runner holds the lock for a while.
    QDeadlineTimer deadline(timeoutMs);
    for (;;) {
        const Queue::Lock::Result r = lock.acquire();
        if (r != Queue::Lock::Result::Busy || deadline.hasExpired())
            return r;
        QThread::msleep(50);
    }
}

} // namespace

void CliApp::addQueueStatus(QJsonObject *json, QString *text)
{
    const Queue queue(Queue::dirFor(m_settings));
    const QueueStats s = queue.stats(SettingsFacts::fingerprint(m_settings));
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

int CliApp::cmdSend(const QStringList &args)
{
    QCommandLineParser p;
    const QCommandLineOption catOpt(QStringLiteral("category"),
                                    tr("job (default), error or console: decides the copies."),
                                    QStringLiteral("CATEGORY"), QStringLiteral("job"));
    const QCommandLineOption toOpt(QStringLiteral("to"), tr("Recipient (repeatable)."),
                                   QStringLiteral("ADDR"));
    const QCommandLineOption subjOpt(QStringLiteral("subject"), tr("Subject line."),
                                     QStringLiteral("TEXT"));
    const QCommandLineOption tOpt(QStringLiteral("t"),
                                  tr("Read a whole RFC 5322 message from standard input and "
                                     "take the recipients from its To, Cc and Bcc fields."));
    const QCommandLineOption iOpt(QStringLiteral("i"),
                                  tr("Accepted for sendmail compatibility (a lone dot does not "
                                     "end the input anyway)."));
    p.addOptions({catOpt, toOpt, subjOpt, tOpt, iOpt});
    p.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    if (!p.parse(QStringList{QStringLiteral("send")} + args))
        return fail(Usage, p.errorText());
    const auto category = mailCategoryFromId(p.value(catOpt));
    if (!category)
        return fail(Usage, tr("--category takes job, error or console."));
    QStringList to;
    for (const QString &v : p.values(toOpt))
        to << v.split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (QString &a : to) {
        a = a.trimmed();
        if (const QString why = SettingsValidator::checkAddress(a); !why.isEmpty())
            return fail(Usage, tr("--to %1: %2").arg(a, why));
    }
    if (const int rc = loadSettings(true); rc != Ok)
        return rc;
    if (m_settings.mailboxes.from.isEmpty())
        return fail(Config, tr("mailboxes/from is not set: the message needs a sender."));

    const QByteArray input = readStdin();
    QByteArray content;
    QString subject = p.value(subjOpt);
    QString messageId;
    if (p.isSet(tOpt)) {
        const ParsedInput in = parseWholeMessage(input, m_settings);
        if (!in.error.isEmpty())
            return fail(DataErr, in.error, ErrorClass::MessageRejected);
        content = in.content;
        to = in.recipients + to;
        subject = in.subject;
        messageId = in.messageId;
    } else {
        if (to.isEmpty())
            return fail(Usage, tr("Give at least one --to address (or use -t)."));
        MessageBuilder b;
        b.setFrom({m_settings.mailboxes.from, m_settings.mailboxes.fromName});
        for (const QString &a : std::as_const(to))
            b.addTo({a, {}});
        b.setSubject(subject);
        b.setBody(QString::fromUtf8(input));
        b.setAutoSubmitted(true); // RFC 3834 §5: a notification, not a person
        b.setHeader("X-Mailwright-Category", mailCategoryId(*category));
        const MessageBuilder::Result built = b.build();
        if (!built.ok())
            return fail(DataErr, built.error, ErrorClass::MessageRejected);
        content = built.data;
        messageId = QString::fromLatin1(built.messageId);
    }

    const Route route = Router::route(m_settings, *category, to);
    Queue queue(Queue::dirFor(m_settings));
    QString error;
    if (!queue.ensure(&error))
        return fail(CantCreat, error);
    QJsonArray refused;
    // A refused copy address is the administrator's business (logged, warned about); a
    // refused recipient the caller named means the caller's message does not reach them.
    QStringList refusedNamed;
    for (const RefusedRecipient &r : route.refused) {
        if (std::any_of(to.cbegin(), to.cend(), [&r](const QString &a) {
                return Router::normalized(a) == Router::normalized(r.address);
            }))
            refusedNamed << r.address;
        queue.log(QStringLiteral("refused %1: %2").arg(r.address, r.reason));
        refused.append(QJsonObject{{QStringLiteral("address"), r.address},
                                   {QStringLiteral("reason"), r.reason}});
        if (!m_json)
            printErr(tr("mailwright-cli: refused: %1").arg(r.reason));
    }
    if (!route.hasRecipients()) {
        if (m_json) {
            QJsonObject o = outcomeJson(false, ErrorClass::RecipientRejected,
                                        tr("No permitted recipient; nothing was queued."));
            o.insert(QStringLiteral("refused"), refused);
            print(compactJson(o));
        } else {
            printErr(tr("mailwright-cli: no permitted recipient; nothing was queued."));
        }
        return NoUser;
    }
    QueuedMessage m;
    m.category = mailCategoryId(*category);
    // The bounced-alerts mailbox is the envelope sender, so bounces collect there.
    m.sender = m_settings.mailboxes.bounce.isEmpty() ? m_settings.mailboxes.from
                                                     : m_settings.mailboxes.bounce;
    m.recipients = route.recipients;
    m.subject = subject;
    m.messageId = messageId;
    m.content = content;
    const auto id = queue.enqueue(m, &error);
    if (!id)
        return fail(CantCreat, error);
    const QString notSent = refusedNamed.isEmpty()
                                ? QString()
                                : tr("Not sent to %1 (not a permitted recipient).")
                                      .arg(refusedNamed.join(QStringLiteral(", ")));
    if (m_json) {
        QJsonObject o;
        o.insert(QStringLiteral("ok"), refusedNamed.isEmpty());
        o.insert(QStringLiteral("status"), QStringLiteral("queued"));
        if (!refusedNamed.isEmpty()) {
            o.insert(QStringLiteral("error_class"), errorClassId(ErrorClass::RecipientRejected));
            o.insert(QStringLiteral("refused_recipients"),
                     QJsonArray::fromStringList(refusedNamed));
        }
        o.insert(QStringLiteral("id"), *id);
        o.insert(QStringLiteral("message_id"), messageId);
        o.insert(QStringLiteral("recipients"), QJsonArray::fromStringList(route.recipients));
        o.insert(QStringLiteral("copies"), QJsonArray::fromStringList(route.copies));
        o.insert(QStringLiteral("refused"), refused);
        o.insert(QStringLiteral("message"),
                 notSent.isEmpty()
                     ? tr("Queued in %1.").arg(queue.dir())
                     : tr("Queued in %1 for the others. %2").arg(queue.dir(), notSent));
        o.insert(QStringLiteral("server_reply"), QString());
        print(compactJson(o));
    } else {
        print(tr("queued %1 for %2").arg(*id, route.recipients.join(QStringLiteral(", "))));
        if (!notSent.isEmpty())
            printErr(tr("mailwright-cli: %1").arg(notSent));
    }
    // EX_NOUSER whenever a named recipient was refused, whatever went to the others.
    return refusedNamed.isEmpty() ? Ok : NoUser;
}

int CliApp::cmdQueue(const QStringList &args)
{
    const QString sub = args.value(0);
    if (const int rc = loadSettings(true); rc != Ok)
        return rc;
    Queue queue(Queue::dirFor(m_settings));
    const QString hash = SettingsFacts::fingerprint(m_settings);
    if (sub == QLatin1String("list") && args.size() == 1) {
        const QueueHold hold = queue.hold();
        const bool held = hold.appliesTo(hash);
        const QueueBackoff backoff = queue.backoff();
        const QList<QueuedMessage> all = queue.list(true);
        if (m_json) {
            QJsonObject o;
            QJsonArray arr;
            for (const QueuedMessage &m : all)
                arr.append(queuedMessageJson(m, held));
            o = outcomeJson(!held, held ? hold.errorClass : backoff.errorClass,
                            held ? hold.message : backoff.message,
                            held ? hold.serverReply : backoff.serverReply);
            o.insert(QStringLiteral("status"), held                   ? QStringLiteral("held")
                                               : backoff.failures > 0 ? QStringLiteral("retrying")
                                                                      : QStringLiteral("ready"));
            if (held)
                o.insert(QStringLiteral("hold_reason"), hold.storage
                                                            ? QStringLiteral("spool storage")
                                                            : errorClassId(hold.errorClass));
            if (backoff.failures > 0)
                o.insert(QStringLiteral("next_pass"), backoff.nextPass.toString(Qt::ISODate));
            o.insert(QStringLiteral("queue_dir"), queue.dir());
            o.insert(QStringLiteral("messages"), arr);
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
                               : QStringLiteral("\n  ") +
                                     tr("Server said: %1").arg(hold.serverReply)));
        else if (backoff.failures > 0)
            print(tr("The server could not be reached %n time(s) in a row: %1 (%2); next try %3.",
                     nullptr, backoff.failures)
                      .arg(backoff.message, errorClassId(backoff.errorClass),
                           backoff.nextPass.toLocalTime().toString(Qt::ISODate)));
        if (all.isEmpty())
            print(tr("The queue is empty (%1).").arg(queue.dir()));
        for (const QueuedMessage &m : all) {
            const QString state = held && m.state != QueuedMessage::State::Dead
                                      ? QStringLiteral("held")
                                      : QueuedMessage::stateId(m.state);
            QString line = QStringLiteral("%1  %2  attempts %3  %4  to %5  \"%6\"")
                               .arg(m.id, state)
                               .arg(m.attempts)
                               .arg(m.created.toLocalTime().toString(Qt::ISODate),
                                    m.recipients.join(QStringLiteral(", ")), m.subject);
            if (m.lastError != ErrorClass::None)
                line += QStringLiteral("\n    ") +
                        QStringLiteral("%1: %2").arg(errorClassId(m.lastError), m.lastMessage);
            if (!m.serverReply.isEmpty())
                line += QStringLiteral("\n    ") + tr("Server said: %1").arg(m.serverReply);
            if (m.state != QueuedMessage::State::Dead && m.nextAttempt.isValid() && m.attempts > 0)
                line +=
                    QStringLiteral("\n    ") +
                    tr("next attempt %1").arg(m.nextAttempt.toLocalTime().toString(Qt::ISODate));
            print(line);
        }
        return Ok;
    }
    if (sub == QLatin1String("flush") && args.size() == 1)
        return cmdQueueRun(true, true);
    if (sub == QLatin1String("run")) {
        const bool once = args.contains(QLatin1String("--once"));
        if (args.size() > (once ? 2 : 1))
            return fail(Usage, tr("usage: queue run [--once]"));
        return cmdQueueRun(once, false);
    }
    if ((sub == QLatin1String("retry") || sub == QLatin1String("purge")) && args.size() == 2) {
        QString error;
        const QString id = queue.resolveId(args.at(1), &error);
        if (id.isEmpty())
            return fail(Usage, error);
        Queue::Lock lock(queue.dir());
        const Queue::Lock::Result locked = waitForLock(lock, 60000);
        if (locked == Queue::Lock::Result::Failed)
            return fail(CantCreat, lock.errorString());
        if (locked == Queue::Lock::Result::Busy)
            return fail(TempFail, tr("The queue runner is busy; try again."),
                        ErrorClass::Temporary);
        const bool ok =
            sub == QLatin1String("retry") ? queue.retry(id, &error) : queue.purge(id, &error);
        if (!ok)
            return fail(CantCreat, error);
        if (m_json) {
            QJsonObject o;
            o.insert(QStringLiteral("ok"), true);
            o.insert(QStringLiteral("status"), sub == QLatin1String("retry")
                                                   ? QStringLiteral("waiting")
                                                   : QStringLiteral("purged"));
            o.insert(QStringLiteral("id"), id);
            o.insert(QStringLiteral("message"), QString());
            o.insert(QStringLiteral("server_reply"), QString());
            print(compactJson(o));
        } else {
            print(sub == QLatin1String("retry") ? tr("%1 will be sent on the next pass.").arg(id)
                                                : tr("%1 removed.").arg(id));
        }
        return Ok;
    }
    return fail(Usage, tr("usage: queue list | flush | run [--once] | retry ID | purge ID"));
}

int CliApp::cmdQueueRun(bool once, bool force)
{
    const bool needsPassword = m_settings.delivery.method == MailSettings::DeliveryMethod::Smtp &&
                               SettingsFacts::needsSmtpPassword(m_settings);
    const bool needsPop3Password =
        m_settings.delivery.method == MailSettings::DeliveryMethod::Smtp &&
        SettingsFacts::needsPop3Password(m_settings);
    withPassword(QStringLiteral("smtp"), needsPassword, [=, this](const QString &pw) {
        withPop3Password(needsPop3Password, [this, once, force, pw](const QString &pop3Pw) {
            startQueueRunner(once, force, pw, pop3Pw);
        });
    });
    return -1;
}

void CliApp::startQueueRunner(bool once, bool force, const QString &pw, const QString &pop3Pw)
{
    auto *runner = new QueueRunner(Queue::dirFor(m_settings), this);
    runner->setSettings(m_settings, pw, pop3Pw);
    runner->setCapabilityMemory(CapabilityMemory::defaultPathFor(m_configPath));
    if (SettingsFacts::usesOAuth(m_settings))
        runner->setAccessTokenSource(oauthSource());
    // Before the first login after a hold (a new password stored by `secret set` or the
    // window), the passwords are read from the secret store again.
    runner->setCredentialsLoader([this](const QueueRunner::CredentialsDone &done) {
        const bool smtp = m_settings.delivery.method == MailSettings::DeliveryMethod::Smtp;
        const bool needs = smtp && SettingsFacts::needsSmtpPassword(m_settings);
        const bool needsPop3 = smtp && SettingsFacts::needsPop3Password(m_settings);
        if (!needs && !needsPop3) {
            done(true, QString(), QString(), QString());
            return;
        }
        QString error;
        SecretStore *store = SecretStoreFactory::create(m_settings, m_configPath, &error).release();
        if (!store) {
            done(false, QString(), QString(), error);
            return;
        }
        store->setParent(this);
        const auto failed = [store, done](const QString &account, const SecretResult &r) {
            store->deleteLater();
            done(false, QString(), QString(),
                 r.status == SecretResult::Status::NotFound
                     ? tr("No %1 password is stored.").arg(account.toUpper())
                     : tr("The %1 password could not be read: %2").arg(account.toUpper(), r.error));
        };
        const auto readPop3 = [this, store, done, failed, needsPop3](const QString &pw) {
            if (!needsPop3) {
                store->deleteLater();
                done(true, pw, QString(), QString());
                return;
            }
            store->read(QStringLiteral("pop3"), this,
                        [store, done, failed, pw](const SecretResult &r) {
                            if (!r.ok())
                                return failed(QStringLiteral("pop3"), r);
                            store->deleteLater();
                            done(true, pw, r.secret, QString());
                        });
        };
        if (!needs) {
            readPop3(QString());
            return;
        }
        store->read(QStringLiteral("smtp"), this, [failed, readPop3](const SecretResult &r) {
            if (!r.ok())
                return failed(QStringLiteral("smtp"), r);
            readPop3(r.secret);
        });
    });
    connect(runner, &QueueRunner::messageDone, this,
            [this](const QString &id, const QString &state, const QString &detail) {
                if (m_json) {
                    QJsonObject o;
                    o.insert(QStringLiteral("event"), QStringLiteral("message"));
                    o.insert(QStringLiteral("id"), id);
                    o.insert(QStringLiteral("ok"), state == QLatin1String("delivered"));
                    o.insert(QStringLiteral("status"), state);
                    o.insert(QStringLiteral("message"), QString());
                    o.insert(QStringLiteral("server_reply"), detail);
                    print(compactJson(o));
                } else {
                    print(QStringLiteral("%1 %2%3").arg(
                        id, state, detail.isEmpty() ? QString() : QStringLiteral(": ") + detail));
                }
            });
    connect(runner, &QueueRunner::passFinished, this, [this](const QueueRunner::Summary &s) {
        if (s.sessionRan)
            StatusFile(StatusFile::defaultPathFor(m_configPath))
                .write(QStringLiteral("smtp"), ServerState::fromResult(s.result, settingsHash()));
    });
    connect(runner, &QueueRunner::finished, this, [this](const QueueRunner::Summary &s) {
        const QueueHold hold = Queue(Queue::dirFor(m_settings)).hold();
        ErrorClass c = ErrorClass::None;
        QString message;
        QString reply;
        if (s.fatal) {
            // The spool cannot be used (read-only, not ours, a symbolic link): say where
            // and why, exit EX_CANTCREAT.
            if (m_json) {
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
        if (m_json) {
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
    });
    if (!once) {
        // The service follows the configuration file: a change (a fixed password is a
        // `secret set`, a fixed host a `config set`) lifts a hold and is used at once.
        auto *timer = new QTimer(this);
        timer->setInterval(2000);
        // The file backend: a rewritten secret file (a new password) is read again.
        const auto secretFileStamp = [this] {
            if (m_settings.general.secretBackend != MailSettings::SecretBackend::File)
                return QDateTime();
            const QFileInfo fi(SecretStoreFactory::resolveSecretFile(
                m_settings.general.secretFile.trimmed(), m_configPath));
            return fi.exists() ? fi.lastModified() : QDateTime();
        };
        auto stamp = std::make_shared<QDateTime>(secretFileStamp());
        connect(timer, &QTimer::timeout, this, [this, runner, stamp, secretFileStamp] {
            if (const QDateTime now = secretFileStamp(); now != *stamp) {
                *stamp = now;
                runner->credentialsChanged();
            }
            const QString before = SettingsFacts::fingerprint(m_settings);
            SettingsStore store(m_configPath);
            const SettingsLoadResult loaded = store.load();
            if (!loaded.ok() || SettingsFacts::fingerprint(loaded.settings) == before)
                return;
            m_settings = loaded.settings;
            if (m_oauthSource)
                m_oauthSource->setSettings(m_settings);
            else if (SettingsFacts::usesOAuth(m_settings))
                runner->setAccessTokenSource(oauthSource());
            const bool needs = SettingsFacts::needsSmtpPassword(m_settings);
            const bool needsPop3 = SettingsFacts::needsPop3Password(m_settings);
            withPassword(QStringLiteral("smtp"), needs,
                         [this, runner, needsPop3](const QString &p) {
                             withPop3Password(needsPop3, [this, runner, p](const QString &p3) {
                                 runner->setSettings(m_settings, p, p3);
                             });
                         });
        });
        timer->start();
    }
    QueueRunner::Options o;
    o.once = once;
    o.force = force;
    runner->start(o);
}

} // namespace mw::cli
