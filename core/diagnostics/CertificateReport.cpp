// SPDX-License-Identifier: GPL-3.0-or-later
#include "CertificateReport.h"

#include <QCoreApplication>

namespace mw {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("mw::CertificateReport", text);
}

} // namespace

CertificateReport CertificateReport::evaluate(const Result &result, const TlsTrust &trust,
                                              const QDateTime &now, int warnDays)
{
    // The handshake succeeded when the session reports a negotiated protocol.
    return evaluate(result.certificate, result.certificateErrors, !result.tlsProtocol.isEmpty(),
                    trust, now, warnDays);
}

CertificateReport CertificateReport::evaluate(const CertificateInfo &certificate,
                                              const QStringList &errors, bool handshakeOk,
                                              const TlsTrust &trust, const QDateTime &now,
                                              int warnDays)
{
    CertificateReport r;
    r.certificate = certificate;
    r.errors = errors;
    r.presented = !certificate.isNull();
    r.pinnedSha256 = trust.normalizedPin();
    if (!r.presented)
        return r;
    if (!r.pinnedSha256.isEmpty()) {
        r.pinned = certificate.sha256.compare(r.pinnedSha256, Qt::CaseInsensitive) == 0;
        r.pinChanged = !r.pinned;
    }
    // MailConnection completes a handshake only for a verified or pinned certificate.
    r.trusted = handshakeOk && !r.pinChanged;
    if (certificate.notAfter.isValid()) {
        const qint64 secs = now.secsTo(certificate.notAfter);
        r.daysToExpiry = static_cast<int>(secs >= 0 ? secs / 86400 : -((-secs + 86399) / 86400));
        r.expired = secs < 0;
        r.expiresSoon = !r.expired && r.daysToExpiry < warnDays;
    }
    r.notYetValid = certificate.notBefore.isValid() && now < certificate.notBefore;
    return r;
}

bool CertificateReport::canTrust() const
{
    return presented && !trusted && !expired && !notYetValid;
}

QList<SettingChange> CertificateReport::trustChanges(ProbeService service) const
{
    if (!presented)
        return {};
    return {{serviceId(service) + QStringLiteral("/pin_sha256"), certificate.sha256,
             tr("trust exactly this certificate (SHA-256 %1)").arg(certificate.sha256)}};
}

QStringList CertificateReport::detailLines() const
{
    QStringList lines;
    if (!presented)
        return lines;
    lines << tr("Subject: %1").arg(certificate.subject);
    if (!certificate.names.isEmpty())
        lines << tr("Names: %1").arg(certificate.names.join(QStringLiteral(", ")));
    lines << tr("Issuer: %1%2")
                 .arg(certificate.issuer,
                      certificate.selfSigned ? tr(" (self-signed)") : QString());
    QString validity = tr("Valid: %1 to %2")
                           .arg(certificate.notBefore.toString(Qt::ISODate),
                                certificate.notAfter.toString(Qt::ISODate));
    if (expired)
        validity += QStringLiteral(" — ") + tr("expired %1 days ago").arg(-daysToExpiry);
    else
        validity += QStringLiteral(" — ") + tr("%1 days left").arg(daysToExpiry);
    lines << validity;
    lines << tr("SHA-256: %1").arg(certificate.sha256);
    for (const QString &e : errors)
        lines << tr("Problem: %1").arg(e);
    if (pinned)
        lines << tr("Trusted by its pinned fingerprint.");
    if (pinChanged)
        lines << tr("ALARM: the pinned certificate (SHA-256 %1) was replaced by this one.")
                     .arg(pinnedSha256);
    return lines;
}

QString CertificateReport::warning() const
{
    if (!presented)
        return {};
    if (pinChanged)
        return tr("The pinned certificate changed (now SHA-256 %1): check with the server's "
                  "administrator before trusting it.")
            .arg(certificate.sha256);
    if (expired)
        return tr("The server's certificate expired %1 days ago.").arg(-daysToExpiry);
    if (notYetValid)
        return tr("The server's certificate is not valid yet.");
    if (expiresSoon)
        return daysToExpiry == 0
                   ? tr("The server's certificate expires today.")
                   : tr("The server's certificate expires in %1 days.").arg(daysToExpiry);
    return {};
}

} // namespace mw
