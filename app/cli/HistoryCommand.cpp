// SPDX-License-Identifier: GPL-3.0-or-later
// mailwright-cli history: the delivery history, and resend of a message from it.
#include "Commands.h"
#include "ExitCodes.h"
#include "JsonOutput.h"
#include "history/DeliveryHistory.h"
#include "history/HistoryResend.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QRegularExpression>

namespace mw::cli {
namespace {

// WHEN of --since: a relative age ("90m", "2h", "3d", "1w") or an ISO 8601 date or date and
// time in local time ("2026-12-01", "2026-12-01T08:00", "2026-12-01 08:00:00"; a Z or an
// offset is honoured). Invalid: not understood.
QDateTime parseSince(const QString &text, const QDateTime &now)
{
    static const QRegularExpression relative(QStringLiteral("^(\\d{1,6})([mhdw])$"));
    if (const QRegularExpressionMatch m = relative.match(text.trimmed()); m.hasMatch()) {
        const qint64 n = m.captured(1).toLongLong();
        const QChar unit = m.captured(2).at(0);
        const qint64 seconds = unit == QLatin1Char('m')   ? 60
                               : unit == QLatin1Char('h') ? 3600
                               : unit == QLatin1Char('d') ? 86400
                                                          : 7 * 86400;
        return now.addSecs(-n * seconds);
    }
    QString iso = text.trimmed();
    iso.replace(QLatin1Char(' '), QLatin1Char('T'));
    QDateTime t = QDateTime::fromString(iso, Qt::ISODate);
    if (!t.isValid()) {
        const QDate d = QDate::fromString(iso, Qt::ISODate);
        if (d.isValid())
            t = d.startOfDay();
    }
    return t;
}

QJsonObject entryJson(const HistoryEntry &e)
{
    QJsonObject o;
    o.insert(QStringLiteral("id"), e.id);
    o.insert(QStringLiteral("at"), e.at.toUTC().toString(Qt::ISODate));
    o.insert(QStringLiteral("queue_id"), e.queueId);
    o.insert(QStringLiteral("category"), e.category);
    o.insert(QStringLiteral("sender"), e.sender);
    o.insert(QStringLiteral("recipients"), QJsonArray::fromStringList(e.recipients));
    o.insert(QStringLiteral("header_to"), QJsonArray::fromStringList(e.headerTo));
    o.insert(QStringLiteral("subject"), e.subject);
    o.insert(QStringLiteral("message_id"), e.messageId);
    o.insert(QStringLiteral("server"), e.server);
    o.insert(QStringLiteral("result"), e.result);
    o.insert(QStringLiteral("error_class"), e.errorClass);
    o.insert(QStringLiteral("server_reply"), e.detail);
    o.insert(QStringLiteral("bounced_at"),
             e.bouncedAt.isValid() ? QJsonValue(e.bouncedAt.toUTC().toString(Qt::ISODate))
                                   : QJsonValue());
    o.insert(QStringLiteral("bounce"), e.bounce);
    o.insert(QStringLiteral("has_body"), e.hasBody);
    return o;
}

QString localTime(const QDateTime &t)
{
    return t.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

} // namespace

int HistoryCommand::run(const QStringList &args)
{
    QCommandLineParser p;
    const QCommandLineOption sinceOpt(
        QStringLiteral("since"),
        tr("Only messages since WHEN: an age (90m, 2h, 3d, 1w) or an ISO date or time."),
        QStringLiteral("WHEN"));
    const QCommandLineOption failedOpt(
        QStringLiteral("failed"),
        tr("Only messages that were not delivered (dead, deferred, outcome unknown) or that "
           "bounced."));
    const QCommandLineOption grepOpt(
        QStringLiteral("grep"),
        tr("Only messages whose recipient, subject or Message-ID contains "
           "TEXT."),
        QStringLiteral("TEXT"));
    const QCommandLineOption limitOpt(QStringLiteral("limit"),
                                      tr("At most N messages, newest first (default 100)."),
                                      QStringLiteral("N"), QStringLiteral("100"));
    const QCommandLineOption jsonOpt(QStringLiteral("json"), tr("Print one JSON object."));
    p.addOptions({sinceOpt, failedOpt, grepOpt, limitOpt, jsonOpt});
    if (!p.parse(QStringList{QStringLiteral("history")} + args))
        return fail(Usage, p.errorText());
    if (p.isSet(jsonOpt))
        m_ctx.setJson(true);
    const QStringList pos = p.positionalArguments();
    const QString sub = pos.value(0);
    if (!(pos.isEmpty() ||
          (pos.size() == 2 && (sub == QLatin1String("show") || sub == QLatin1String("resend")))))
        return fail(Usage, tr("usage: history [--since WHEN] [--failed] [--grep TEXT] "
                              "[--limit N] [--json] | show ID | resend ID"));
    if (const int rc = m_ctx.loadSettings(true); rc != Ok)
        return rc;

    DeliveryHistory history(DeliveryHistory::defaultPathFor(configPath()));
    QString error;
    if (!history.open(&error))
        return fail(CantCreat, error);
    if (!history.damagedNotice().isEmpty())
        printErr(QStringLiteral("mailwright-cli: ") + history.damagedNotice());

    if (!pos.isEmpty()) {
        bool ok = false;
        const qint64 id = pos.at(1).toLongLong(&ok);
        if (!ok || id <= 0)
            return fail(Usage, tr("\"%1\" is not a history entry id (a number, as \"history\" "
                                  "lists them).")
                                   .arg(pos.at(1)));
        if (sub == QLatin1String("show")) {
            const std::optional<HistoryEntry> e = history.entry(id);
            if (!e)
                return fail(Usage, tr("The delivery history has no entry %1.").arg(id));
            const QByteArray body = e->hasBody ? history.body(id) : QByteArray();
            if (json()) {
                QJsonObject o = entryJson(*e);
                o.insert(QStringLiteral("ok"), true);
                o.insert(QStringLiteral("content"), QString::fromUtf8(body));
                print(compactJson(o));
                return Ok;
            }
            QString text;
            const auto line = [&text](const QString &label, const QString &value) {
                if (!value.isEmpty())
                    text += QStringLiteral("%1 %2\n").arg(label + QLatin1Char(':'), -12).arg(value);
            };
            line(tr("Entry"), QString::number(e->id));
            line(tr("Time"), localTime(e->at));
            line(tr("Result"), e->result);
            line(tr("Error class"), e->errorClass);
            line(tr("Server said"), e->detail);
            line(tr("Server"), e->server);
            line(tr("Queue id"), e->queueId);
            line(tr("Category"), e->category);
            line(tr("Sender"), e->sender.isEmpty() ? QStringLiteral("<>") : e->sender);
            line(tr("Recipients"), e->recipients.join(QStringLiteral(", ")));
            line(tr("To/Cc"), e->headerTo.join(QStringLiteral(", ")));
            line(tr("Subject"), e->subject);
            line(tr("Message-ID"), e->messageId);
            if (e->bouncedAt.isValid())
                line(tr("Bounced"),
                     QStringLiteral("%1 %2").arg(localTime(e->bouncedAt), e->bounce));
            if (body.isEmpty())
                text += tr("(the text of the message was not kept: history/keep_bodies)");
            else
                text += QLatin1Char('\n') + QString::fromUtf8(body);
            print(text.trimmed());
            return Ok;
        }
        const HistoryResend::Outcome r = HistoryResend::resend(history, id, settings());
        if (!r.ok()) {
            switch (r.kind) {
            case HistoryResend::Outcome::Kind::NotFound:
                return fail(Usage, r.error);
            case HistoryResend::Outcome::Kind::NotKept:
                return fail(Unavailable, r.error);
            default:
                return fail(CantCreat, r.error);
            }
        }
        const QString message =
            r.kind == HistoryResend::Outcome::Kind::Queued
                ? tr("Queued again as %1 (Resent-Message-ID %2); it is sent on the next pass.")
                      .arg(r.queueId, r.resentMessageId)
                : tr("The dead letter %1 is queued again; it is sent on the next pass.")
                      .arg(r.queueId);
        if (json()) {
            QJsonObject o = outcomeJson(true, ErrorClass::None, message);
            o.insert(QStringLiteral("status"), QStringLiteral("queued"));
            o.insert(QStringLiteral("id"), r.queueId);
            o.insert(QStringLiteral("resent_message_id"), r.resentMessageId);
            print(compactJson(o));
        } else {
            print(message);
        }
        return Ok;
    }

    HistoryQuery q;
    if (p.isSet(sinceOpt)) {
        q.since = parseSince(p.value(sinceOpt), QDateTime::currentDateTime());
        if (!q.since.isValid())
            return fail(Usage, tr("--since %1: give an age (90m, 2h, 3d, 1w) or an ISO date or "
                                  "time (2026-12-01, 2026-12-01T08:00).")
                                   .arg(p.value(sinceOpt)));
    }
    q.failedOnly = p.isSet(failedOpt);
    q.text = p.value(grepOpt);
    bool limitOk = false;
    q.limit = p.value(limitOpt).toInt(&limitOk);
    if (!limitOk || q.limit < 1)
        return fail(Usage, tr("--limit wants a positive number."));
    const QList<HistoryEntry> entries = history.find(q, &error);
    if (!error.isEmpty())
        return fail(IoErr, error);
    if (json()) {
        QJsonArray arr;
        for (const HistoryEntry &e : entries)
            arr.append(entryJson(e));
        QJsonObject o = outcomeJson(true, ErrorClass::None, QString());
        o.insert(QStringLiteral("status"), QStringLiteral("done"));
        o.insert(QStringLiteral("history"), history.path());
        o.insert(QStringLiteral("entries"), arr);
        print(compactJson(o));
        return Ok;
    }
    if (entries.isEmpty()) {
        print(settings().history.enabled
                  ? tr("No message in the delivery history matches (%1).").arg(history.path())
                  : tr("No message in the delivery history matches; recording is off "
                       "(history/enabled)."));
        return Ok;
    }
    print(QStringLiteral("%1  %2  %3  %4  %5  %6")
              .arg(tr("ID"), -6)
              .arg(tr("TIME"), -19)
              .arg(tr("RESULT"), -15)
              .arg(tr("SERVER"), -11)
              .arg(tr("RECIPIENTS"), -30)
              .arg(tr("SUBJECT")));
    for (const HistoryEntry &e : entries) {
        QString result = e.result;
        if (e.bouncedAt.isValid())
            result += QStringLiteral("+") + tr("bounced");
        print(QStringLiteral("%1  %2  %3  %4  %5  %6")
                  .arg(QString::number(e.id), -6)
                  .arg(localTime(e.at), -19)
                  .arg(result, -15)
                  .arg(e.server, -11)
                  .arg(e.recipients.join(QStringLiteral(", ")), -30)
                  .arg(e.subject));
        if (!e.detail.isEmpty() && e.result != QLatin1String("delivered"))
            print(QStringLiteral("        ") + e.detail);
        if (e.bouncedAt.isValid())
            print(QStringLiteral("        ") + tr("bounced: %1").arg(e.bounce));
    }
    return Ok;
}

} // namespace mw::cli
