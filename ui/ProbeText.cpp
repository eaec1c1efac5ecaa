// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProbeText.h"

#include <QCoreApplication>

namespace mw::ProbeText {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("mw::ProbeText", text);
}

} // namespace

QString mark(const ModeReport &m)
{
    return m.works          ? QStringLiteral("✓")
           : m.needsTrust() ? QStringLiteral("!")
                            : QStringLiteral("✗");
}

QString details(const ModeReport &m)
{
    QStringList out;
    out << tr("%1 on port %2: %3")
               .arg(securityModeName(m.mode, m.service))
               .arg(m.port)
               .arg(m.verdict);
    QStringList steps;
    for (const StageTiming &s : m.result.stages)
        steps << tr("%1 %2 %3 ms")
                     .arg(phaseId(s.phase), s.ok ? QStringLiteral("✓") : QStringLiteral("✗"))
                     .arg(s.ms);
    if (!steps.isEmpty())
        out << tr("Steps: %1").arg(steps.join(QStringLiteral(", ")));
    out << (m.reachable ? tr("Reachable: yes") : tr("Reachable: no"));
    if (!m.result.greeting.isEmpty())
        out << tr("Greeting: %1").arg(m.result.greeting);
    if (!m.result.tlsProtocol.isEmpty())
        out << tr("TLS: %1, %2").arg(m.result.tlsProtocol, m.result.tlsCipher);
    if (m.certificate.presented) {
        out << tr("Certificate:");
        for (const QString &line : m.certificate.detailLines())
            out << QStringLiteral("  ") + line;
    }
    if (!m.result.capabilities.isEmpty())
        out << tr("Extensions: %1").arg(m.result.capabilities.join(QStringLiteral(", ")));
    if (m.works || !m.result.capabilities.isEmpty()) {
        out << tr("Sign-in mechanisms in this mode: %1")
                   .arg(m.result.authMechanisms.isEmpty()
                            ? tr("none")
                            : m.result.authMechanisms.join(QStringLiteral(", ")));
        if (!m.result.authMechanisms.isEmpty())
            out << QStringLiteral("  ") + m.mechanismSummary();
        if (m.service == ProbeService::Pop3)
            out << (m.apop ? tr("APOP: offered (the greeting has a timestamp)")
                           : tr("APOP: not offered"));
    }
    if (m.result.sizeLimit > 0)
        out << tr("Largest message: %1 octets").arg(m.result.sizeLimit);
    if (!m.works && !m.result.serverReply.isEmpty())
        out << tr("The server said: %1").arg(m.result.serverReply);
    return out.join(QLatin1Char('\n'));
}

QString changes(const QList<SettingChange> &changes)
{
    QStringList out;
    for (const SettingChange &c : changes)
        out << tr("%1 → %2 (%3)").arg(c.key, c.value, c.reason);
    return out.join(QLatin1Char('\n'));
}

} // namespace mw::ProbeText
