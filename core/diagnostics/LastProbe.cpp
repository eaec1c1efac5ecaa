// SPDX-License-Identifier: GPL-3.0-or-later
#include "LastProbe.h"

#include "protocol/PeerChains.h"
#include "settings/BackgroundWrites.h"
#include "settings/ConfigDataPath.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

namespace mw {
namespace {

// Four servers of a few modes with their chains stay far below this; a larger file is not
// ours and is not read whole.
constexpr qint64 kMaxFileBytes = 4 << 20;

QJsonObject modeRecord(const ModeReport &m)
{
    QJsonObject o;
    o.insert(QStringLiteral("mode"), securityModeId(m.mode));
    o.insert(QStringLiteral("port"), m.port);
    o.insert(QStringLiteral("works"), m.works);
    o.insert(QStringLiteral("reachable"), m.reachable);
    o.insert(QStringLiteral("verdict"), m.verdict);
    o.insert(QStringLiteral("error_class"), errorClassId(m.result.errorClass));
    o.insert(QStringLiteral("message"), m.result.message);
    o.insert(QStringLiteral("greeting"), m.result.greeting);
    o.insert(QStringLiteral("tls_protocol"), m.result.tlsProtocol);
    o.insert(QStringLiteral("tls_cipher"), m.result.tlsCipher);
    o.insert(QStringLiteral("capabilities"), QJsonArray::fromStringList(m.result.capabilities));
    o.insert(QStringLiteral("auth_mechanisms"),
             QJsonArray::fromStringList(m.result.authMechanisms));
    if (m.certificate.presented) {
        o.insert(QStringLiteral("certificate"),
                 QJsonArray::fromStringList(m.certificate.detailLines()));
        o.insert(QStringLiteral("chain_pem"),
                 QString::fromLatin1(PeerChains::pemFor(m.result.certificate.sha256)));
    }
    return o;
}

} // namespace

LastProbeFile::LastProbeFile(QString path)
    : m_path(std::move(path))
{}

QString LastProbeFile::defaultPathFor(const QString &configPath)
{
    return configDataPath(configPath, QStringLiteral("probe-"), QStringLiteral(".json"));
}

bool LastProbeFile::write(const QString &server, const ProbeReport &report)
{
    QJsonObject all = readAll();
    QJsonObject o;
    o.insert(QStringLiteral("checked_at"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    o.insert(QStringLiteral("service"), serviceId(report.service));
    o.insert(QStringLiteral("host"), report.host);
    o.insert(QStringLiteral("recommendation"), report.recommendation);
    if (const ModeReport *best = report.recommendedMode()) {
        o.insert(QStringLiteral("recommended"),
                 QStringLiteral("%1 %2").arg(securityModeId(best->mode)).arg(best->port));
    }
    if (report.pinAlarm)
        o.insert(QStringLiteral("alarm"), report.alarm);
    QJsonArray modes;
    for (const ModeReport &m : report.modes)
        modes.append(modeRecord(m));
    o.insert(QStringLiteral("modes"), modes);
    all.insert(server, o);
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    QSaveFile f(m_path);
    if (!f.open(QIODevice::WriteOnly))
        return false;
    f.write(QJsonDocument(all).toJson());
    return f.commit();
}

QJsonObject LastProbeFile::read(const QString &server) const
{
    return readAll().value(server).toObject();
}

QJsonObject LastProbeFile::readAll() const
{
    // After the window's writes still under way (ServerCheckController posts them).
    BackgroundWrites::wait();
    QFile f(m_path);
    if (!f.open(QIODevice::ReadOnly) || f.size() > kMaxFileBytes)
        return {};
    return QJsonDocument::fromJson(f.readAll()).object();
}

} // namespace mw
