// SPDX-License-Identifier: GPL-3.0-or-later
#include "ModeReport.h"

#include "protocol/Sasl.h"

#include <QCoreApplication>

namespace mw {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("mw::ModeReport", text);
}

} // namespace

QStringList ModeReport::usableMechanisms() const
{
    QStringList out;
    for (const QString &m : result.authMechanisms) {
        if (sasl::isSupported(m))
            out << m;
    }
    return out;
}

QStringList ModeReport::unsupportedMechanisms() const
{
    QStringList out;
    for (const QString &m : result.authMechanisms) {
        if (!sasl::isSupported(m))
            out << m;
    }
    return out;
}

QString ModeReport::mechanismSummary() const
{
    if (result.authMechanisms.isEmpty())
        return tr("none offered");
    const QStringList usable = usableMechanisms();
    const QStringList unsupported = unsupportedMechanisms();
    QString s =
        tr("can use: %1").arg(usable.isEmpty() ? tr("none") : usable.join(QStringLiteral(", ")));
    if (!unsupported.isEmpty())
        s += QStringLiteral("; ") +
             tr("not supported: %1").arg(unsupported.join(QStringLiteral(", ")));
    return s;
}

qint64 ModeReport::stageMs(Phase p) const
{
    for (const StageTiming &s : result.stages) {
        if (s.phase == p && s.ok)
            return s.ms;
    }
    return -1;
}

void ModeReport::classify(const TlsTrust &trust)
{
    works = result.ok;
    reachable = stageMs(Phase::Connect) >= 0;
    certificate = CertificateReport::evaluate(result, trust);
    mismatch = ModeMismatch::diagnose(result, mode, service);
    const QString name = securityModeName(mode, service);
    if (works) {
        switch (mode) {
        case SecurityMode::ImplicitTls:
            tier = Tier::TrustedImplicitTls;
            break;
        case SecurityMode::StartTls:
            tier = Tier::TrustedStartTls;
            break;
        case SecurityMode::Plain:
            tier = Tier::Clear;
            break;
        }
    } else if (result.errorClass == ErrorClass::TlsCertificate && certificate.presented &&
               mode != SecurityMode::Plain) {
        tier = mode == SecurityMode::ImplicitTls ? Tier::UntrustedImplicitTls
                                                 : Tier::UntrustedStartTls;
    } else {
        tier = Tier::Unusable;
    }

    if (works && mode == SecurityMode::Plain)
        verdict = tr("Works without encryption: everything, passwords included, would cross the "
                     "network in clear.");
    else if (works)
        verdict = tr("Works with %1 (%2, %3).").arg(name, result.tlsProtocol, result.tlsCipher);
    else if (certificate.pinChanged)
        verdict = tr("ALARM: the certificate is not the pinned one. %1").arg(result.message);
    else if (needsTrust())
        verdict = certificate.canTrust()
                      ? tr("TLS works but the certificate is not trusted (%1); it can be trusted "
                           "by its fingerprint.")
                            .arg(certificate.errors.join(QStringLiteral("; ")))
                      : tr("TLS works but the certificate is not acceptable (%1).")
                            .arg(certificate.errors.join(QStringLiteral("; ")));
    else if (mismatch)
        verdict = mismatch->message;
    else if (result.errorClass == ErrorClass::StartTlsUnavailable)
        verdict = tr("The server does not offer %1 on this port.").arg(name);
    else
        verdict = result.message;
}

} // namespace mw
