// SPDX-License-Identifier: GPL-3.0-or-later
// mailwright-cli send: a notification (or, with -t, a whole message) into the queue
// (DESIGN.md data flow: send → Router → Queue).
#include "Commands.h"
#include "ExitCodes.h"
#include "JsonOutput.h"
#include "delivery/MessageBuilder.h"
#include "delivery/MessageImport.h"
#include "delivery/Queue.h"
#include "delivery/Router.h"
#include "settings/SettingsValidator.h"

#include <QCommandLineParser>
#include <QFile>
#include <QJsonArray>

#include <algorithm>
#include <cstdio>

namespace mw::cli {
namespace {

QByteArray readStdin()
{
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly))
        return {};
    return in.readAll();
}

} // namespace

int SendCommand::run(const QStringList &args)
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
    if (const int rc = m_ctx.loadSettings(true); rc != Ok)
        return rc;
    if (settings().mailboxes.from.isEmpty())
        return fail(Config, tr("mailboxes/from is not set: the message needs a sender."));

    const QByteArray input = readStdin();
    QByteArray content;
    QString subject = p.value(subjOpt);
    QString messageId;
    if (p.isSet(tOpt)) {
        const MessageImport::Result in = MessageImport::import(input, settings().mailboxes.from);
        if (!in.ok())
            return fail(DataErr, in.error, ErrorClass::MessageRejected);
        content = in.content;
        to = in.recipients + to;
        subject = in.subject;
        messageId = in.messageId;
    } else {
        if (to.isEmpty())
            return fail(Usage, tr("Give at least one --to address (or use -t)."));
        MessageBuilder b;
        b.setFrom({settings().mailboxes.from, settings().mailboxes.fromName});
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

    const Route route = Router::route(settings(), *category, to);
    Queue queue(Queue::dirFor(settings()));
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
        if (!json())
            printErr(tr("mailwright-cli: refused: %1").arg(r.reason));
    }
    if (!route.hasRecipients()) {
        if (json()) {
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
    m.sender = settings().mailboxes.bounce.isEmpty() ? settings().mailboxes.from
                                                     : settings().mailboxes.bounce;
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
    if (json()) {
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

} // namespace mw::cli
