// SPDX-License-Identifier: GPL-3.0-or-later
#include "CapabilityMemory.h"

#include "settings/ConfigDataPath.h"

#include "settings/AtomicFile.h"
#include "settings/BackgroundWrites.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>

namespace mw {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("mw::RememberedCapabilities", text);
}

QJsonObject loadAll(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.read(1024 * 1024)).object();
}

// Remembered per server name as a resolver sees it: no blanks, any case.
QString hostKey(const QString &host)
{
    return host.trimmed().toLower();
}

} // namespace

RememberedCapabilities RememberedCapabilities::fromResult(const SmtpConfig &config,
                                                          const Result &result)
{
    RememberedCapabilities c;
    c.host = hostKey(config.host);
    c.port = config.port;
    c.encrypted = !result.tlsProtocol.isEmpty();
    // A TLS session that needed no STARTTLS: the greeting came over TLS.
    c.implicitTls = c.encrypted && !result.capabilities.isEmpty() && mw::implicitTls(config);
    c.authMechanisms = result.authMechanisms;
    c.authMechanismUsed = result.authMechanismUsed;
    c.certificateSha256 = result.certificate.sha256;
    c.checkedAt = QDateTime::currentDateTimeUtc();
    return c;
}

bool RememberedCapabilities::sameCapabilities(const RememberedCapabilities &o) const
{
    return host == o.host && port == o.port && encrypted == o.encrypted &&
           implicitTls == o.implicitTls && authMechanisms == o.authMechanisms &&
           authMechanismUsed == o.authMechanismUsed && certificateSha256 == o.certificateSha256;
}

SmtpConfig RememberedCapabilities::harden(const SmtpConfig &config, QStringList *notes) const
{
    SmtpConfig c = config;
    if (isNull() || hostKey(config.host) != host || config.port != port)
        return c;
    if (encrypted && c.security == SmtpConfig::Security::Auto) {
        c.security = implicitTls ? SmtpConfig::Security::Tls : SmtpConfig::Security::StartTls;
        if (notes)
            *notes << tr("TLS was used at the last check (%1): this session requires it.")
                          .arg(checkedAt.toString(Qt::ISODate));
    }
    if (c.auth == SmtpConfig::Auth::Auto && !authMechanismUsed.isEmpty()) {
        const QString m = authMechanismUsed.toUpper();
        if (m == QLatin1String("CRAM-MD5"))
            c.auth = SmtpConfig::Auth::CramMd5;
        else if (m == QLatin1String("LOGIN"))
            c.auth = SmtpConfig::Auth::Login;
        else if (m == QLatin1String("PLAIN"))
            c.auth = SmtpConfig::Auth::Plain;
        if (notes && c.auth != SmtpConfig::Auth::Auto)
            *notes << tr("%1 logged in at the last check: this session requires it.").arg(m);
    }
    return c;
}

QStringList RememberedCapabilities::downgrades(const Result &now) const
{
    QStringList out;
    if (isNull())
        return out;
    const QString when = checkedAt.toString(Qt::ISODate);
    if (encrypted && now.tlsProtocol.isEmpty() &&
        (now.endedInClear || now.errorClass == ErrorClass::StartTlsUnavailable ||
         (now.ok && now.tlsProtocol.isEmpty())))
        out << tr("The server offered encryption at the last check (%1) and does not now: "
                  "the session refused to continue in clear (a possible downgrade attack).")
                   .arg(when);
    // Login methods are compared only on an encrypted channel: in clear a server may
    // rightly hide them (auth only after TLS).
    if (!now.tlsProtocol.isEmpty() || !encrypted) {
        QStringList gone;
        for (const QString &m : authMechanisms) {
            if (!now.authMechanisms.contains(m, Qt::CaseInsensitive))
                gone << m;
        }
        if (!gone.isEmpty() && (now.ok || !now.capabilities.isEmpty() ||
                                now.errorClass == ErrorClass::AuthUnsupported))
            out << tr("Login methods offered at the last check (%1) are missing now: %2.")
                       .arg(when, gone.join(QStringLiteral(", ")));
    }
    return out;
}

CapabilityMemory::CapabilityMemory(QString path)
    : m_path(std::move(path))
{}

QString CapabilityMemory::defaultPathFor(const QString &configPath)
{
    return configDataPath(configPath, QStringLiteral("capabilities-"), QStringLiteral(".json"), 12);
}

RememberedCapabilities CapabilityMemory::read(const QString &server, const QString &host,
                                              quint16 port) const
{
    BackgroundWrites::wait(); // after every write this process asked for
    const QJsonObject o = loadAll(m_path).value(server).toObject();
    RememberedCapabilities c;
    if (o.value(QLatin1String("host")).toString() != hostKey(host) ||
        o.value(QLatin1String("port")).toInt() != port)
        return c;
    c.host = o.value(QLatin1String("host")).toString();
    c.port = static_cast<quint16>(o.value(QLatin1String("port")).toInt());
    c.encrypted = o.value(QLatin1String("encrypted")).toBool();
    c.implicitTls = o.value(QLatin1String("implicit_tls")).toBool();
    for (const QJsonValue &v : o.value(QLatin1String("auth_mechanisms")).toArray())
        c.authMechanisms << v.toString();
    c.authMechanismUsed = o.value(QLatin1String("auth_mechanism_used")).toString();
    c.certificateSha256 = o.value(QLatin1String("certificate_sha256")).toString();
    c.checkedAt =
        QDateTime::fromString(o.value(QLatin1String("checked_at")).toString(), Qt::ISODate);
    return c;
}

bool CapabilityMemory::write(const QString &server, const RememberedCapabilities &c)
{
    BackgroundWrites::wait(); // after every write this process asked for
    QJsonObject all = loadAll(m_path);
    QJsonObject o;
    o.insert(QStringLiteral("host"), c.host);
    o.insert(QStringLiteral("port"), c.port);
    o.insert(QStringLiteral("encrypted"), c.encrypted);
    o.insert(QStringLiteral("implicit_tls"), c.implicitTls);
    o.insert(QStringLiteral("auth_mechanisms"), QJsonArray::fromStringList(c.authMechanisms));
    o.insert(QStringLiteral("auth_mechanism_used"), c.authMechanismUsed);
    o.insert(QStringLiteral("certificate_sha256"), c.certificateSha256);
    o.insert(QStringLiteral("checked_at"), c.checkedAt.toString(Qt::ISODate));
    all.insert(server, o);
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    QString error;
    return AtomicFile::write(m_path, QJsonDocument(all).toJson(), 0600, &error);
}

bool CapabilityMemory::forget(const QString &server)
{
    BackgroundWrites::wait(); // after every write this process asked for
    QJsonObject all = loadAll(m_path);
    all.remove(server);
    QString error;
    return AtomicFile::write(m_path, QJsonDocument(all).toJson(), 0600, &error);
}

} // namespace mw
