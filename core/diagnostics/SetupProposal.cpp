// SPDX-License-Identifier: GPL-3.0-or-later
#include "SetupProposal.h"

#include "settings/SettingsSchema.h"

#include <QCoreApplication>

#include <algorithm>

namespace mw {
namespace {

QString tr(const char *text, int n = -1)
{
    return QCoreApplication::translate("mw::SetupProposal", text, nullptr, n);
}

// Sets key (replacing what the candidate's changes said about it).
void put(QList<SettingChange> &changes, const QString &key, const QString &value,
         const QString &reason)
{
    changes.removeIf([&key](const SettingChange &c) { return c.key == key; });
    changes << SettingChange{key, value, reason};
}

bool isEmptyIn(const MailSettings &s, const QString &key)
{
    return SettingsSchema::value(s, key).value_or(QString()).isEmpty();
}

} // namespace

QString SetupProposal::oauthProviderFor(const QString &domain)
{
    const Provider *p = ProviderTable::forDomain(domain.trimmed().toLower());
    if (!p)
        return {};
    if (p->id == QLatin1String("gmail"))
        return QStringLiteral("google");
    if (p->id == QLatin1String("microsoft365") || p->id == QLatin1String("outlook"))
        return QStringLiteral("microsoft");
    return {};
}

QString SetupProposal::sourceName(DetectionSource source)
{
    switch (source) {
    case DetectionSource::Srv:
        return tr("DNS SRV record");
    case DetectionSource::Autoconfig:
        return tr("autoconfig document");
    case DetectionSource::ProviderTable:
        return tr("provider table");
    case DetectionSource::Mx:
        return tr("MX record");
    case DetectionSource::Guess:
        break;
    }
    return tr("guess");
}

SetupProposal SetupProposal::make(const DetectionReport &report, const MailSettings &current,
                                  const QString &address, const QString &login,
                                  const QString &caFile, const DetectedCandidate *chosen,
                                  bool confirmedForeign, bool useOAuth)
{
    SetupProposal p;
    const DetectedCandidate *c = chosen ? chosen : report.recommended(ProbeService::Smtp);
    if (!c || c->service != ProbeService::Smtp || !c->offered())
        return p;
    // A foreign host only with the admin's word; and a certificate that needs trusting is
    // proposed only where the candidate may be pinned (the report's own refusal).
    if (c->foreign && !confirmedForeign)
        return p;
    if (c->probe.needsTrust() && !c->mayPin())
        return p;
    p.candidate = *c;
    p.changes = DetectionReport::changesFor(*c, current);
    if (p.changes.isEmpty())
        return p;
    const QString trimmed = address.trimmed();
    put(p.changes, QStringLiteral("mailboxes/from"), trimmed, tr("the address you typed"));
    if (isEmptyIn(current, QStringLiteral("mailboxes/notify")))
        put(p.changes, QStringLiteral("mailboxes/notify"), trimmed,
            tr("notifications go to the same address until you change it"));
    const auto suggested =
        std::find_if(p.changes.cbegin(), p.changes.cend(), [](const SettingChange &s) {
            return s.key == QLatin1String("smtp/username");
        });
    if (!login.trimmed().isEmpty())
        put(p.changes, QStringLiteral("smtp/username"), login.trimmed(),
            tr("the login name you typed"));
    else if (suggested == p.changes.cend() && isEmptyIn(current, QStringLiteral("smtp/username")))
        put(p.changes, QStringLiteral("smtp/username"), trimmed,
            tr("most servers take the address as the login name"));
    const QString oauth = useOAuth ? oauthProviderFor(report.domain) : QString();
    if (!oauth.isEmpty()) {
        put(p.changes, QStringLiteral("smtp/auth"), QStringLiteral("xoauth2"),
            tr("you chose the provider's sign-in"));
        put(p.changes, QStringLiteral("oauth/provider"), oauth, tr("the provider of the address"));
    }
    if (!caFile.isEmpty() && c->mode != SecurityMode::Plain &&
        isEmptyIn(current, QStringLiteral("smtp/ca_file")))
        put(p.changes, QStringLiteral("smtp/ca_file"), caFile,
            tr("the probe verified the certificate with this CA file"));

    const int working = int(std::count_if(
        report.candidates.cbegin(), report.candidates.cend(),
        [](const DetectedCandidate &d) { return d.service == ProbeService::Smtp && d.offered(); }));
    p.why = tr("%1 port %2 with %3, found by %4 (%5). It answered the probe: %6")
                .arg(c->host)
                .arg(c->port)
                .arg(securityModeName(c->mode, c->service), sourceName(c->source),
                     c->sources.join(QStringLiteral("; ")), c->probe.verdict);
    if (!chosen || chosen == report.recommended(ProbeService::Smtp))
        p.why += QLatin1Char('\n') +
                 tr("The safest of %n working server(s): encrypted before any password, named by "
                    "the most trustworthy source.",
                    working);
    if (!c->notes.isEmpty())
        p.why += QLatin1Char('\n') + c->notes;
    if (!c->warning.isEmpty())
        p.why += QLatin1Char('\n') + c->warning;
    return p;
}

} // namespace mw
