// SPDX-License-Identifier: GPL-3.0-or-later
#include "ServerStatus.h"

#include "settings/AtomicFile.h"
#include "settings/BackgroundWrites.h"

#include "settings/ConfigDataPath.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>

namespace mw {

QString statusName(ServerStatus s)
{
    switch (s) {
    case ServerStatus::Stop:
        return QStringLiteral("Stop");
    case ServerStatus::NotConnected:
        return QStringLiteral("Not connected");
    case ServerStatus::InProgress:
        return QStringLiteral("Connection in progress");
    case ServerStatus::Operating:
        return QStringLiteral("Operating");
    case ServerStatus::UnableToConnect:
        return QStringLiteral("Unable to connect");
    }
    return {};
}

QString statusText(ServerStatus s)
{
    switch (s) {
    case ServerStatus::Stop:
        return QCoreApplication::translate("mw::ServerStatus", "Stop");
    case ServerStatus::NotConnected:
        return QCoreApplication::translate("mw::ServerStatus", "Not connected");
    case ServerStatus::InProgress:
        return QCoreApplication::translate("mw::ServerStatus", "Connection in progress");
    case ServerStatus::Operating:
        return QCoreApplication::translate("mw::ServerStatus", "Operating");
    case ServerStatus::UnableToConnect:
        return QCoreApplication::translate("mw::ServerStatus", "Unable to connect");
    }
    return {};
}

ServerState ServerState::fromResult(const Result &r, const QString &settingsHash)
{
    ServerState s;
    s.status = r.ok ? ServerStatus::Operating : ServerStatus::UnableToConnect;
    s.checkedAt = QDateTime::currentDateTimeUtc();
    qint64 total = 0;
    for (const StageTiming &t : r.stages)
        total += t.ms;
    s.latencyMs = total;
    s.errorClass = r.errorClass;
    s.phase = r.phase;
    s.reason = r.ok ? QString() : r.message;
    s.serverReply = r.serverReply;
    s.settingsHash = settingsHash;
    s.endedInClear = r.ok && r.endedInClear;
    s.authMechanism = r.ok ? r.authMechanismUsed : QString();
    if (!r.certificate.isNull()) {
        s.certNotAfter = r.certificate.notAfter.toUTC();
        s.certSha256 = r.certificate.sha256;
    }
    return s;
}

StatusFile::StatusFile(QString path)
    : m_path(std::move(path))
{}

QString StatusFile::defaultPathFor(const QString &configPath)
{
    return configDataPath(configPath, QStringLiteral("status-"), QStringLiteral(".json"));
}

ServerState StatusFile::read(const QString &server) const
{
    BackgroundWrites::wait(); // after every write this process asked for
    ServerState s;
    QFile f(m_path);
    if (!f.open(QIODevice::ReadOnly))
        return s;
    const QJsonObject o =
        QJsonDocument::fromJson(f.read(1 << 20)).object().value(server).toObject();
    if (o.isEmpty())
        return s;
    const QString st = o.value(QStringLiteral("status")).toString();
    for (ServerStatus v : {ServerStatus::Stop, ServerStatus::NotConnected, ServerStatus::InProgress,
                           ServerStatus::Operating, ServerStatus::UnableToConnect}) {
        if (statusName(v) == st)
            s.status = v;
    }
    s.checkedAt =
        QDateTime::fromString(o.value(QStringLiteral("checked_at")).toString(), Qt::ISODate);
    s.latencyMs = o.value(QStringLiteral("latency_ms")).toInteger(-1);
    s.errorClass = errorClassFromId(o.value(QStringLiteral("error_class")).toString());
    s.phase = phaseFromId(o.value(QStringLiteral("phase")).toString());
    s.reason = o.value(QStringLiteral("reason")).toString();
    s.serverReply = o.value(QStringLiteral("server_reply")).toString();
    s.settingsHash = o.value(QStringLiteral("settings")).toString();
    s.certNotAfter =
        QDateTime::fromString(o.value(QStringLiteral("cert_not_after")).toString(), Qt::ISODate);
    s.certSha256 = o.value(QStringLiteral("cert_sha256")).toString();
    s.endedInClear = o.value(QStringLiteral("ended_in_clear")).toBool();
    s.authMechanism = o.value(QStringLiteral("auth_mechanism")).toString();
    return s;
}

bool StatusFile::write(const QString &server, const ServerState &state)
{
    return write(Entries{{server, state}});
}

namespace {

QJsonObject stateJson(const ServerState &state)
{
    QJsonObject o;
    o.insert(QStringLiteral("status"), statusName(state.status));
    o.insert(QStringLiteral("checked_at"), state.checkedAt.toString(Qt::ISODate));
    o.insert(QStringLiteral("latency_ms"), state.latencyMs);
    o.insert(QStringLiteral("error_class"), errorClassId(state.errorClass));
    o.insert(QStringLiteral("phase"), phaseId(state.phase));
    o.insert(QStringLiteral("reason"), state.reason);
    o.insert(QStringLiteral("server_reply"), state.serverReply);
    o.insert(QStringLiteral("settings"), state.settingsHash);
    if (!state.authMechanism.isEmpty())
        o.insert(QStringLiteral("auth_mechanism"), state.authMechanism);
    if (state.endedInClear)
        o.insert(QStringLiteral("ended_in_clear"), true);
    if (state.certNotAfter.isValid()) {
        o.insert(QStringLiteral("cert_not_after"), state.certNotAfter.toString(Qt::ISODate));
        o.insert(QStringLiteral("cert_sha256"), state.certSha256);
    }
    return o;
}

} // namespace

bool StatusFile::write(const Entries &entries)
{
    BackgroundWrites::wait(); // after every write this process asked for
    QJsonObject all;
    {
        QFile f(m_path);
        if (f.open(QIODevice::ReadOnly))
            all = QJsonDocument::fromJson(f.read(1 << 20)).object();
    }
    for (const auto &[server, state] : entries)
        all.insert(server, stateJson(state));
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    // What was last seen, replaced in one step but not waited for on the disk
    // (AtomicFile::Durability::Replaced): the Send Test's end does not wait for it.
    return AtomicFile::write(m_path, QJsonDocument(all).toJson(), 0644, nullptr,
                             AtomicFile::Durability::Replaced);
}

} // namespace mw
