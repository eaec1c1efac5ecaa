// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProbeReport.h"

#include "protocol/Sasl.h"
#include "settings/SettingsSchema.h"

#include <QCoreApplication>

#include <algorithm>

namespace mw {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("mw::ProbeReport", text);
}

// Within a tier: the port registered for the mode first (465/587, 995/110), then 25.
int portPreference(const ModeReport &m)
{
    if (m.port == standardPort(m.mode, m.service))
        return 0;
    if (m.service == ProbeService::Smtp && m.port == 25)
        return 2;
    return 1;
}

qint64 latency(const ModeReport &m)
{
    qint64 total = 0;
    for (const StageTiming &s : m.result.stages)
        total += s.ms;
    return total;
}

bool offersLogin(const ModeReport &m)
{
    if (m.service == ProbeService::Pop3)
        return true; // USER/PASS is always part of POP3 (RFC 1939 §7)
    return !m.usableMechanisms().isEmpty();
}

// What the settings provide for auto's choice: a client certificate file, and a password
// unless the method chosen is one that needs none (the password itself is a secret the
// probe does not read).
sasl::Available credentialsOf(const QString &method, const QString &clientCert)
{
    sasl::Available c;
    c.password = method != QLatin1String("gssapi") && method != QLatin1String("external");
    c.clientCertificate = !clientCert.trimmed().isEmpty();
    return c;
}

// The sign-in method to propose when the configured one is not offered in the recommended
// mode: the one auto would pick (the strongest, sasl::autoOrder()), else another
// mechanism Mailwright supports (NTLM is never auto's choice but may be chosen), else
// nothing. The INI spelling of each mechanism is its name in lower case.
QString proposedMethod(const ModeReport &m, const sasl::Available &credentials)
{
    const QString best = sasl::autoMechanism(m.result.authMechanisms, credentials);
    if (!best.isEmpty())
        return best.toLower();
    for (const QString &mech : m.usableMechanisms()) {
        if (mech != QLatin1String("XOAUTH2") && mech != QLatin1String("OAUTHBEARER"))
            return mech.toLower();
    }
    return {};
}

} // namespace

const ModeReport *ProbeReport::find(SecurityMode mode, quint16 port) const
{
    for (const ModeReport &m : modes) {
        if (m.mode == mode && m.port == port)
            return &m;
    }
    return nullptr;
}

void ProbeReport::rank(bool preferLogin)
{
    std::stable_sort(modes.begin(), modes.end(),
                     [preferLogin](const ModeReport &a, const ModeReport &b) {
                         if (a.tier != b.tier)
                             return a.tier < b.tier;
                         if (preferLogin && offersLogin(a) != offersLogin(b))
                             return offersLogin(a);
                         if (portPreference(a) != portPreference(b))
                             return portPreference(a) < portPreference(b);
                         if (a.tier == ModeReport::Tier::Unusable)
                             return a.reachable && !b.reachable;
                         return latency(a) < latency(b);
                     });
    recommend();
}

void ProbeReport::recommend(const std::function<QString(int)> &refusal)
{
    recommended = -1;
    recommendationNeedsTrust = false;
    pinAlarm = false;
    alarm.clear();
    for (const ModeReport &m : std::as_const(modes)) {
        if (m.certificate.pinChanged) {
            pinAlarm = true;
            alarm = tr("The pinned certificate of %1 changed: the server now presents %2 "
                       "(SHA-256 %3) instead of SHA-256 %4. This happens when the certificate "
                       "is renewed, and when someone intercepts the connection: check with "
                       "the server's administrator before trusting the new one.")
                        .arg(host, m.certificate.certificate.subject,
                             m.certificate.certificate.sha256, m.certificate.pinnedSha256);
            break;
        }
    }
    if (pinAlarm) {
        // A changed pin is never resolved by a recommendation: the admin decides.
        recommendation = alarm;
        return;
    }

    bool anyTls = false;
    for (const ModeReport &m : std::as_const(modes)) {
        if (m.tier < ModeReport::Tier::Clear)
            anyTls = true;
        // A clear session that saw STARTTLS offered, or a TLS handshake that failed for
        // another reason than a mode mismatch: this server has TLS, so clear is not the
        // answer even if the TLS modes did not work out.
        if (m.mode == SecurityMode::Plain && m.works &&
            m.result.capabilities.contains(QStringLiteral("STARTTLS"), Qt::CaseInsensitive))
            anyTls = true;
        if (m.mode == SecurityMode::Plain && m.works && m.service == ProbeService::Pop3 &&
            m.result.capabilities.contains(QStringLiteral("STLS"), Qt::CaseInsensitive))
            anyTls = true;
        if (m.mode != SecurityMode::Plain && !m.mismatch &&
            (m.result.errorClass == ErrorClass::TlsHandshake ||
             m.result.errorClass == ErrorClass::TlsCertificate))
            anyTls = true;
    }

    QString refused;
    for (int i = 0; i < modes.size(); ++i) {
        const ModeReport &m = modes.at(i);
        const QString what =
            tr("%1 on port %2").arg(securityModeName(m.mode, m.service)).arg(m.port);
        const bool usable = m.tier <= ModeReport::Tier::TrustedStartTls ||
                            (m.needsTrust() && m.certificate.canTrust()) ||
                            (m.tier == ModeReport::Tier::Clear && !anyTls);
        if (usable && refusal) {
            const QString why = refusal(i);
            if (!why.isEmpty()) {
                if (refused.isEmpty())
                    refused = why;
                continue;
            }
        }
        if (m.tier <= ModeReport::Tier::TrustedStartTls) {
            recommended = i;
            recommendation = tr("Recommended: %1 — the safest combination that works.").arg(what);
            return;
        }
        if (m.needsTrust()) {
            if (!m.certificate.canTrust())
                continue;
            recommended = i;
            recommendationNeedsTrust = true;
            recommendation = tr("Recommended: %1 after trusting the server's certificate (%2); "
                                "check its fingerprint with the server's administrator.")
                                 .arg(what, m.certificate.errors.join(QStringLiteral("; ")));
            return;
        }
        if (m.tier == ModeReport::Tier::Clear) {
            if (anyTls)
                break;
            recommended = i;
            recommendation = tr("Only %1 works: the server offers no encryption. Everything, "
                                "passwords included, crosses the network in clear; use it only "
                                "on a trusted network.")
                                 .arg(what);
            return;
        }
    }
    bool expired = false;
    for (const ModeReport &m : std::as_const(modes))
        expired = expired || (m.needsTrust() && m.certificate.expired);
    if (!refused.isEmpty())
        recommendation = tr("Nothing is recommended: %1").arg(refused);
    else if (expired)
        recommendation = tr("Nothing is recommended: the server's certificate has expired and "
                            "must be renewed; sending without encryption instead is not safe.");
    else if (anyTls)
        recommendation = tr("Nothing is recommended: the server offers TLS but no secure "
                            "combination works; sending without encryption instead is not safe.");
    else
        recommendation = tr("Nothing is recommended: no combination works on %1.").arg(host);
}

QList<SettingChange> ProbeReport::recommendedChanges(const MailSettings &current) const
{
    const ModeReport *m = recommendedMode();
    if (!m)
        return {};
    const QString s = serviceId(service);
    QList<SettingChange> c;
    c << SettingChange{s + QStringLiteral("/host"), m->host, tr("the server that was checked")};
    c << SettingChange{s + QStringLiteral("/port"), QString::number(m->port),
                       tr("the port where %1 works").arg(securityModeName(m->mode, service))};
    c << SettingChange{s + QStringLiteral("/security"), securitySettingValue(m->mode, service),
                       m->encrypted() ? tr("the safest mode that works")
                                      : tr("the server offers no encryption")};
    const QStringList offered = m->result.authMechanisms;
    if (service == ProbeService::Smtp) {
        const QList<MailSettings::SmtpAuth> allowed = allowedAuth(*m);
        if (!allowed.contains(current.smtp.auth)) {
            const QString method = SettingsSchema::toString(current.smtp.auth);
            const QString next = proposedMethod(*m, credentialsOf(method, current.smtp.clientCert));
            c << SettingChange{
                QStringLiteral("smtp/auth"),
                next.isEmpty() ? SettingsSchema::toString(MailSettings::SmtpAuth::None) : next,
                next.isEmpty() ? tr("the server offers no login Mailwright can use in this mode")
                               : tr("%1 is not offered; %2 is the strongest of %3")
                                     .arg(method.toUpper(), next.toUpper(),
                                          offered.join(QStringLiteral(", ")))};
        }
    } else {
        const QString method =
            SettingsSchema::value(current, QStringLiteral("pop3/auth")).value_or(QString());
        const bool allowed = method == QLatin1String("auto") || method == QLatin1String("user") ||
                             (method == QLatin1String("apop") && m->apop) ||
                             offered.contains(method.toUpper(), Qt::CaseInsensitive);
        if (!allowed) {
            // auto always has USER/PASS to fall back on (RFC 1939 §7).
            QString next = proposedMethod(*m, credentialsOf(method, current.pop3.clientCert));
            // Without a usable SASL mechanism: APOP's direct replacement is USER/PASS (over
            // the recommended mode's TLS); any other method falls back to auto.
            if (next.isEmpty())
                next = method == QLatin1String("apop") ? QStringLiteral("user")
                                                       : QStringLiteral("auto");
            c << SettingChange{QStringLiteral("pop3/auth"), next,
                               method == QLatin1String("apop")
                                   ? tr("the server's greeting has no APOP timestamp")
                                   : tr("%1 is not offered; %2 is the strongest of %3")
                                         .arg(method.toUpper(), next.toUpper(),
                                              offered.isEmpty()
                                                  ? tr("what the server offers")
                                                  : offered.join(QStringLiteral(", ")))};
        }
    }
    if (recommendationNeedsTrust)
        c << m->certificate.trustChanges(service);
    return effectiveChanges(current, c);
}

QString ProbeReport::recommendedMechanism(const MailSettings &current) const
{
    const ModeReport *m = recommendedMode();
    if (!m)
        return {};
    const bool smtp = service == ProbeService::Smtp;
    const QString method = SettingsSchema::value(current, smtp ? QStringLiteral("smtp/auth")
                                                               : QStringLiteral("pop3/auth"))
                               .value_or(QString());
    const QString cert = smtp ? current.smtp.clientCert : current.pop3.clientCert;
    if (method == QLatin1String("auto")) {
        const QString best =
            sasl::autoMechanism(m->result.authMechanisms, credentialsOf(method, cert));
        return best.isEmpty() && !smtp ? QStringLiteral("USER") : best;
    }
    if (m->result.authMechanisms.contains(method, Qt::CaseInsensitive))
        return method.toUpper();
    if (!smtp && (method == QLatin1String("user") || (method == QLatin1String("apop") && m->apop)))
        return method.toUpper();
    const QString proposed = proposedMethod(*m, credentialsOf(method, cert)).toUpper();
    // POP3's auto falls back to USER/PASS (RFC 1939 §7).
    return proposed.isEmpty() && !smtp ? QStringLiteral("USER") : proposed;
}

QList<MailSettings::SmtpAuth> ProbeReport::allowedAuth(const ModeReport &m)
{
    using A = MailSettings::SmtpAuth;
    QList<A> out{A::None};
    bool any = false;
    // In sasl::supportedMechanisms() order; the INI spelling is the mechanism in lower case.
    for (const QString &mech : sasl::supportedMechanisms()) {
        if (!m.result.authMechanisms.contains(mech, Qt::CaseInsensitive))
            continue;
        if (const auto a = SettingsSchema::fromString<A>(mech.toLower())) {
            out << *a;
            any = any || sasl::autoOrder().contains(mech);
        }
    }
    if (any)
        out << A::Auto;
    out << A::PopBeforeSmtp;
    return out;
}

} // namespace mw
