// SPDX-License-Identifier: GPL-3.0-or-later
#include "BounceCheck.h"

#include "settings/ConfigDataPath.h"

#include "session/DebugLog.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QStandardPaths>

namespace mw {

namespace {

// The log is read whole; a file larger than this is not ours (or is damaged).
constexpr qint64 kMaxLogBytes = 8 * 1024 * 1024;

} // namespace

BounceRecord BounceRecord::from(const Pop3MessageInfo &info, const DeliveryStatusNotification &dsn)
{
    BounceRecord r;
    r.uid = info.uid;
    r.number = info.number;
    r.seenAt = QDateTime::currentDateTimeUtc();
    r.messageId = dsn.messageId;
    r.date = dsn.date;
    r.reportingMta = dsn.reportingMta;
    if (const DsnRecipient *rcpt = dsn.failed()) {
        r.recipient = rcpt->finalRecipient;
        r.action = rcpt->action;
        r.status = rcpt->status;
        r.diagnostic = rcpt->diagnosticCode;
    }
    r.originalMessageId = dsn.originalMessageId;
    r.originalSubject = dsn.originalSubject;
    return r;
}

QJsonObject BounceRecord::toJson() const
{
    QJsonObject o;
    o.insert(QStringLiteral("uid"), uid);
    o.insert(QStringLiteral("number"), number);
    o.insert(QStringLiteral("seen_at"), seenAt.toString(Qt::ISODate));
    o.insert(QStringLiteral("message_id"), messageId);
    o.insert(QStringLiteral("date"), date);
    o.insert(QStringLiteral("reporting_mta"), reportingMta);
    o.insert(QStringLiteral("recipient"), recipient);
    o.insert(QStringLiteral("action"), action);
    o.insert(QStringLiteral("status"), status);
    o.insert(QStringLiteral("diagnostic"), diagnostic);
    o.insert(QStringLiteral("original_message_id"), originalMessageId);
    o.insert(QStringLiteral("original_subject"), originalSubject);
    o.insert(QStringLiteral("deleted"), deleted);
    return o;
}

BounceRecord BounceRecord::fromJson(const QJsonObject &o)
{
    BounceRecord r;
    r.uid = o.value(QStringLiteral("uid")).toString();
    r.number = o.value(QStringLiteral("number")).toInt();
    r.seenAt = QDateTime::fromString(o.value(QStringLiteral("seen_at")).toString(), Qt::ISODate);
    r.messageId = o.value(QStringLiteral("message_id")).toString();
    r.date = o.value(QStringLiteral("date")).toString();
    r.reportingMta = o.value(QStringLiteral("reporting_mta")).toString();
    r.recipient = o.value(QStringLiteral("recipient")).toString();
    r.action = o.value(QStringLiteral("action")).toString();
    r.status = o.value(QStringLiteral("status")).toString();
    r.diagnostic = o.value(QStringLiteral("diagnostic")).toString();
    r.originalMessageId = o.value(QStringLiteral("original_message_id")).toString();
    r.originalSubject = o.value(QStringLiteral("original_subject")).toString();
    r.deleted = o.value(QStringLiteral("deleted")).toBool();
    return r;
}

BounceLog::BounceLog(QString path)
    : m_path(std::move(path))
{}

QString BounceLog::defaultPathFor(const QString &configPath)
{
    return configDataPath(configPath, QStringLiteral("bounces-"), QStringLiteral(".json"));
}

bool BounceLog::load()
{
    m_records.clear();
    m_seen.clear();
    m_account.clear();
    QFile f(m_path);
    if (!f.open(QIODevice::ReadOnly))
        return !f.exists();
    if (f.size() > kMaxLogBytes)
        return false;
    const QJsonObject root = QJsonDocument::fromJson(f.readAll()).object();
    m_account = root.value(QStringLiteral("account")).toString();
    for (const QJsonValue &v : root.value(QStringLiteral("reports")).toArray())
        m_records << BounceRecord::fromJson(v.toObject());
    for (const QJsonValue &v : root.value(QStringLiteral("seen_uids")).toArray())
        m_seen.insert(v.toString());
    return true;
}

bool BounceLog::save() const
{
    QJsonObject root;
    root.insert(QStringLiteral("account"), m_account);
    QJsonArray reports;
    for (const BounceRecord &r : m_records)
        reports.append(r.toJson());
    root.insert(QStringLiteral("reports"), reports);
    QStringList seen(m_seen.begin(), m_seen.end());
    seen.sort();
    root.insert(QStringLiteral("seen_uids"), QJsonArray::fromStringList(seen));
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    QSaveFile f(m_path);
    if (!f.open(QIODevice::WriteOnly))
        return false;
    f.write(QJsonDocument(root).toJson(QJsonDocument::Compact));
    return f.commit();
}

void BounceLog::setAccount(const QString &account)
{
    if (account == m_account)
        return;
    // UIDs are per mailbox: another account's messages have not been read.
    m_account = account;
    m_seen.clear();
}

QList<BounceRecord> BounceLog::merge(const QList<BounceRecord> &found,
                                     const QSet<QString> &seenUids)
{
    QList<BounceRecord> fresh;
    for (const BounceRecord &r : found) {
        if (!r.uid.isEmpty() && m_seen.contains(r.uid))
            continue;
        fresh << r;
        m_records << r;
    }
    m_seen.unite(seenUids);
    if (m_records.size() > kMaxRecords)
        m_records.remove(0, m_records.size() - kMaxRecords);
    return fresh;
}

BounceCheck::BounceCheck(QObject *parent)
    : QObject(parent)
{}

BounceCheck::~BounceCheck()
{
    if (m_session) {
        m_session->disconnect(this);
        m_session->cancel();
    }
}

void BounceCheck::start(const Pop3Config &config, const Options &options)
{
    if (m_session)
        return;
    m_options = options;
    m_result = {};
    m_listing.clear();
    m_found.clear();
    m_readUids.clear();
    m_transcript.clear();
    m_messages = 0;
    m_skipped = 0;
    m_readyCount = 0;
    auto *session = new Pop3Session(this);
    m_session = session;
    connect(session, &Pop3Session::ready, this, [this, session] {
        // First ready: logged in. Second: every queued RETR/DELE answered.
        if (++m_readyCount == 1)
            session->list();
        else
            session->quit();
    });
    connect(session, &Pop3Session::listed, this,
            [this, session](const QList<Pop3MessageInfo> &list) {
                m_listing = list;
                m_messages = int(list.size());
                for (const Pop3MessageInfo &m : list) {
                    if (!m.uid.isEmpty() && m_options.skipUids.contains(m.uid))
                        continue;
                    if (m.size >= 0 && m.size <= m_options.maxSize)
                        session->retrieve(m.number);
                    else
                        ++m_skipped;
                }
            });
    connect(session, &Pop3Session::retrieved, this,
            [this, session](int number, const QByteArray &content) {
                Pop3MessageInfo info;
                for (const Pop3MessageInfo &m : std::as_const(m_listing)) {
                    if (m.number == number)
                        info = m;
                }
                if (!info.uid.isEmpty())
                    m_readUids.insert(info.uid);
                const auto dsn = DsnParser::parse(content);
                if (!dsn)
                    return;
                m_found << BounceRecord::from(info, *dsn);
                // RFC 1939 §6: marked now, removed only when QUIT succeeds.
                if (m_options.deleteReports)
                    session->remove(number);
            });
    connect(session, &Pop3Session::removed, this, [this](int number) {
        for (BounceRecord &r : m_found) {
            if (r.number == number)
                r.deleted = true;
        }
    });
    connect(session, &Pop3Session::finished, this, [this, session](const Result &r) {
        m_transcript = session->transcript();
        m_debugLogError.clear();
        appendDebugLog(m_options.debugLog, QStringLiteral("Bounce check"), m_transcript,
                       &m_debugLogError);
        session->deleteLater();
        m_session = nullptr;
        m_result = r;
        if (!r.ok) {
            // Without a clean QUIT nothing was removed.
            for (BounceRecord &b : m_found)
                b.deleted = false;
        }
        Q_EMIT finished(m_result);
    });
    session->start(config);
}

void BounceCheck::cancel()
{
    if (m_session)
        m_session->cancel();
}

} // namespace mw
