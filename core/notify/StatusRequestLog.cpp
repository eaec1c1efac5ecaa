// SPDX-License-Identifier: GPL-3.0-or-later
#include "StatusRequestLog.h"

#include "settings/ConfigDataPath.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QStandardPaths>

namespace mw {

QString StatusRequestEntry::outcomeId(Outcome o)
{
    return o == Outcome::Answered ? QStringLiteral("answered") : QStringLiteral("refused");
}

QJsonObject StatusRequestEntry::toJson() const
{
    QJsonObject o;
    o.insert(QStringLiteral("time"), time.toUTC().toString(Qt::ISODate));
    o.insert(QStringLiteral("uid"), uid);
    o.insert(QStringLiteral("sender"), sender);
    o.insert(QStringLiteral("outcome"), outcomeId(outcome));
    o.insert(QStringLiteral("reason"), reason);
    return o;
}

StatusRequestEntry StatusRequestEntry::fromJson(const QJsonObject &o)
{
    StatusRequestEntry e;
    e.time = QDateTime::fromString(o.value(QStringLiteral("time")).toString(), Qt::ISODate);
    e.uid = o.value(QStringLiteral("uid")).toString();
    e.sender = o.value(QStringLiteral("sender")).toString();
    e.outcome = o.value(QStringLiteral("outcome")).toString() == QLatin1String("answered")
                    ? Outcome::Answered
                    : Outcome::Refused;
    e.reason = o.value(QStringLiteral("reason")).toString();
    return e;
}

StatusRequestLog::StatusRequestLog(QString path)
    : m_path(std::move(path))
{}

QString StatusRequestLog::defaultPathFor(const QString &configPath)
{
    return configDataPath(configPath, QStringLiteral("status-requests-"), QStringLiteral(".json"));
}

bool StatusRequestLog::load()
{
    m_entries.clear();
    m_uids.clear();
    m_lastAnswered.clear();
    m_account.clear();
    QFile f(m_path);
    if (!f.open(QIODevice::ReadOnly))
        return !f.exists();
    const QJsonObject root = QJsonDocument::fromJson(f.read(4 * 1024 * 1024)).object();
    m_account = root.value(QStringLiteral("account")).toString();
    const QJsonArray entries = root.value(QStringLiteral("requests")).toArray();
    for (const QJsonValue &v : entries)
        m_entries << StatusRequestEntry::fromJson(v.toObject());
    while (m_entries.size() > kMaxEntries)
        m_entries.removeFirst();
    const QJsonArray uids = root.value(QStringLiteral("processed_uids")).toArray();
    for (const QJsonValue &v : uids)
        m_uids.insert(v.toString());
    m_messageIds.clear();
    for (const QJsonValue &v : root.value(QStringLiteral("processed_message_ids")).toArray())
        m_messageIds << v.toString();
    const QJsonObject last = root.value(QStringLiteral("last_answered")).toObject();
    for (auto it = last.begin(); it != last.end(); ++it)
        m_lastAnswered.insert(it.key(), QDateTime::fromString(it.value().toString(), Qt::ISODate));
    return true;
}

bool StatusRequestLog::save() const
{
    QJsonObject root;
    root.insert(QStringLiteral("account"), m_account);
    QJsonArray entries;
    for (const StatusRequestEntry &e : m_entries)
        entries.append(e.toJson());
    root.insert(QStringLiteral("requests"), entries);
    QStringList uids(m_uids.begin(), m_uids.end());
    uids.sort();
    root.insert(QStringLiteral("processed_uids"), QJsonArray::fromStringList(uids));
    root.insert(QStringLiteral("processed_message_ids"), QJsonArray::fromStringList(m_messageIds));
    QJsonObject last;
    for (auto it = m_lastAnswered.begin(); it != m_lastAnswered.end(); ++it)
        last.insert(it.key(), it.value().toUTC().toString(Qt::ISODate));
    root.insert(QStringLiteral("last_answered"), last);
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    QSaveFile f(m_path);
    if (!f.open(QIODevice::WriteOnly))
        return false;
    f.write(QJsonDocument(root).toJson(QJsonDocument::Compact));
    return f.commit();
}

void StatusRequestLog::append(const StatusRequestEntry &entry)
{
    m_entries << entry;
    while (m_entries.size() > kMaxEntries)
        m_entries.removeFirst();
}

void StatusRequestLog::markProcessedMessageId(const QString &id)
{
    if (id.isEmpty() || m_messageIds.contains(id))
        return;
    m_messageIds << id;
    while (m_messageIds.size() > kMaxMessageIds)
        m_messageIds.removeFirst();
}

void StatusRequestLog::setAccount(const QString &account)
{
    if (account == m_account)
        return;
    m_account = account;
    m_uids.clear();
}

} // namespace mw
