// SPDX-License-Identifier: GPL-3.0-or-later
#include "AlertState.h"

#include "settings/AtomicFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

namespace mw {

namespace {

QString iso(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QDateTime fromIso(const QJsonValue &v)
{
    QDateTime t = QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
    if (t.isValid())
        t = t.toUTC();
    return t;
}

QJsonObject timesJson(const QHash<QString, QDateTime> &times)
{
    QJsonObject o;
    for (auto it = times.cbegin(); it != times.cend(); ++it)
        o.insert(it.key(), iso(it.value()));
    return o;
}

QHash<QString, QDateTime> timesFrom(const QJsonObject &o)
{
    QHash<QString, QDateTime> times;
    for (auto it = o.begin(); it != o.end(); ++it) {
        const QDateTime t = fromIso(it.value());
        if (t.isValid())
            times.insert(it.key(), t);
    }
    return times;
}

} // namespace

QJsonObject AlertEvent::toJson() const
{
    return QJsonObject{{QStringLiteral("kind"), kind},
                       {QStringLiteral("subject"), subject},
                       {QStringLiteral("at"), iso(at)},
                       {QStringLiteral("text"), text}};
}

AlertEvent AlertEvent::fromJson(const QJsonObject &o)
{
    AlertEvent e;
    e.kind = o.value(QStringLiteral("kind")).toString();
    e.subject = o.value(QStringLiteral("subject")).toString();
    e.at = fromIso(o.value(QStringLiteral("at")));
    e.text = o.value(QStringLiteral("text")).toString();
    return e;
}

QJsonObject WebhookItem::toJson() const
{
    return QJsonObject{{QStringLiteral("id"), id},          {QStringLiteral("kind"), kind},
                       {QStringLiteral("title"), title},    {QStringLiteral("text"), text},
                       {QStringLiteral("at"), iso(at)},     {QStringLiteral("first"), iso(first)},
                       {QStringLiteral("next"), iso(next)}, {QStringLiteral("attempts"), attempts}};
}

WebhookItem WebhookItem::fromJson(const QJsonObject &o)
{
    WebhookItem w;
    w.id = o.value(QStringLiteral("id")).toString();
    w.kind = o.value(QStringLiteral("kind")).toString();
    w.title = o.value(QStringLiteral("title")).toString();
    w.text = o.value(QStringLiteral("text")).toString();
    w.at = fromIso(o.value(QStringLiteral("at")));
    w.first = fromIso(o.value(QStringLiteral("first")));
    w.next = fromIso(o.value(QStringLiteral("next")));
    w.attempts = o.value(QStringLiteral("attempts")).toInt();
    return w;
}

bool AlertState::load(const QString &path)
{
    *this = AlertState();
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return !f.exists();
    const QJsonObject root = QJsonDocument::fromJson(f.read(4 * 1024 * 1024)).object();
    raised = timesFrom(root.value(QStringLiteral("raised")).toObject());
    lastSent = timesFrom(root.value(QStringLiteral("last_sent")).toObject());
    for (const QJsonValue &v : root.value(QStringLiteral("pending")).toArray()) {
        const AlertEvent e = AlertEvent::fromJson(v.toObject());
        if (!e.kind.isEmpty())
            pending << e;
    }
    for (const QJsonValue &v : root.value(QStringLiteral("known_dead")).toArray())
        knownDead.insert(v.toString());
    deadBaseline = root.value(QStringLiteral("dead_baseline")).toBool();
    heldKey = root.value(QStringLiteral("held")).toString();
    const QJsonObject outage = root.value(QStringLiteral("outage")).toObject();
    outageStart = fromIso(outage.value(QStringLiteral("start")));
    outageLast = fromIso(outage.value(QStringLiteral("last")));
    outageClass = errorClassFromId(outage.value(QStringLiteral("error_class")).toString());
    outageMessage = outage.value(QStringLiteral("message")).toString();
    outageReply = outage.value(QStringLiteral("server_reply")).toString();
    const QJsonObject certs = root.value(QStringLiteral("certificates")).toObject();
    for (auto it = certs.begin(); it != certs.end(); ++it)
        certificates.insert(it.key(), it.value().toString());
    for (const QJsonValue &v : root.value(QStringLiteral("webhook_outbox")).toArray()) {
        const WebhookItem w = WebhookItem::fromJson(v.toObject());
        if (!w.id.isEmpty() && w.next.isValid())
            webhookOutbox << w;
    }
    for (const QJsonValue &v : root.value(QStringLiteral("channelled")).toArray())
        channelled.insert(v.toString());
    return true;
}

bool AlertState::save(const QString &path, QString *error) const
{
    QJsonObject root;
    root.insert(QStringLiteral("raised"), timesJson(raised));
    root.insert(QStringLiteral("last_sent"), timesJson(lastSent));
    QJsonArray events;
    for (const AlertEvent &e : pending)
        events.append(e.toJson());
    root.insert(QStringLiteral("pending"), events);
    QStringList dead(knownDead.cbegin(), knownDead.cend());
    dead.sort();
    root.insert(QStringLiteral("known_dead"), QJsonArray::fromStringList(dead));
    root.insert(QStringLiteral("dead_baseline"), deadBaseline);
    root.insert(QStringLiteral("held"), heldKey);
    if (outageStart.isValid())
        root.insert(QStringLiteral("outage"),
                    QJsonObject{{QStringLiteral("start"), iso(outageStart)},
                                {QStringLiteral("last"), iso(outageLast)},
                                {QStringLiteral("error_class"), errorClassId(outageClass)},
                                {QStringLiteral("message"), outageMessage},
                                {QStringLiteral("server_reply"), outageReply}});
    QJsonObject certs;
    for (auto it = certificates.cbegin(); it != certificates.cend(); ++it)
        certs.insert(it.key(), it.value());
    root.insert(QStringLiteral("certificates"), certs);
    QJsonArray outbox;
    for (const WebhookItem &w : webhookOutbox)
        outbox.append(w.toJson());
    root.insert(QStringLiteral("webhook_outbox"), outbox);
    QStringList handed(channelled.cbegin(), channelled.cend());
    handed.sort();
    root.insert(QStringLiteral("channelled"), QJsonArray::fromStringList(handed));
    QDir().mkpath(QFileInfo(path).absolutePath());
    return AtomicFile::write(path, QJsonDocument(root).toJson(QJsonDocument::Indented), 0600,
                             error);
}

void AlertState::prune(const QDateTime &now)
{
    const QDateTime oldest = now.addDays(-kKeepDays);
    for (auto it = raised.begin(); it != raised.end();) {
        if (it.value() < oldest)
            it = raised.erase(it);
        else
            ++it;
    }
}

} // namespace mw
