// SPDX-License-Identifier: GPL-3.0-or-later
#include "DiagnosticsReport.h"

#include "settings/SettingsStore.h"

#include <QDateTime>
#include <QSslSocket>
#include <QStringList>
#include <QSysInfo>

namespace mw {

namespace {

QStringList resultLines(const Result &result, const QString &recipient)
{
    QStringList out;
    out << QStringLiteral("ok: %1").arg(result.ok ? QStringLiteral("yes") : QStringLiteral("no"));
    if (!result.ok) {
        out << QStringLiteral("error_class: %1").arg(errorClassId(result.errorClass));
        out << QStringLiteral("phase: %1").arg(phaseId(result.phase));
        out << QStringLiteral("message: %1").arg(result.message);
        out << QStringLiteral("hint: %1").arg(result.hint);
    }
    if (!result.serverReply.isEmpty())
        out << QStringLiteral("server_reply: %1").arg(result.serverReply);
    if (!recipient.isEmpty())
        out << QStringLiteral("recipient: %1").arg(recipient);
    for (const StageTiming &s : result.stages)
        out << QStringLiteral("stage %1: %2 %3 ms")
                   .arg(phaseId(s.phase), s.ok ? QStringLiteral("ok") : QStringLiteral("failed"))
                   .arg(s.ms);
    if (!result.tlsProtocol.isEmpty())
        out << QStringLiteral("tls: %1 %2").arg(result.tlsProtocol, result.tlsCipher);
    if (!result.certificate.isNull())
        out << QStringLiteral("certificate: %1").arg(result.certificate.summary());
    if (!result.authMechanisms.isEmpty())
        out << QStringLiteral("auth offered: %1").arg(result.authMechanisms.join(u' '));
    return out;
}

} // namespace

QString DiagnosticsReport::versionLine()
{
    return QStringLiteral("Mailwright %1, Qt %2 (built with %3), %4, TLS: %5")
        .arg(QStringLiteral(MAILWRIGHT_VERSION), QString::fromLatin1(qVersion()),
             QStringLiteral(QT_VERSION_STR), QSysInfo::prettyProductName(),
             QSslSocket::sslLibraryVersionString());
}

QString DiagnosticsReport::build(const MailSettings &settings, const QString &configPath,
                                 const Result &result, const Transcript &transcript,
                                 const QString &recipient)
{
    return build(settings, configPath, &result, transcript, recipient);
}

QString DiagnosticsReport::build(const MailSettings &settings, const QString &configPath)
{
    return build(settings, configPath, nullptr, Transcript(), QString());
}

QString DiagnosticsReport::build(const MailSettings &settings, const QString &configPath,
                                 const Result *last, const Transcript &transcript,
                                 const QString &recipient)
{
    QStringList out;
    out << QStringLiteral("Mailwright diagnostics, %1")
               .arg(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    out << versionLine();
    out << QStringLiteral("Configuration: %1").arg(configPath);
    out << QString();
    out << QStringLiteral("== Result ==");
    if (last)
        out << resultLines(*last, recipient);
    else
        out << QStringLiteral("(no test in this run)");
    out << QString();
    out << QStringLiteral("== Settings (passwords are never part of them) ==");
    // The INI text as it would be saved: one place decides what a setting looks like.
    QString error;
    const QByteArray ini = SettingsStore(configPath).serialize(settings, &error);
    out << (ini.isEmpty() ? error : QString::fromUtf8(ini).trimmed());
    out << QString();
    out << QStringLiteral("== Transcript (credentials replaced by ***) ==");
    out << (transcript.isEmpty() ? QStringLiteral("(none)") : transcript.toText());
    return out.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

} // namespace mw
