// SPDX-License-Identifier: GPL-3.0-or-later
#include "DetectionReport.h"

#include "settings/SettingsSchema.h"

#include <QCoreApplication>

#include <algorithm>

namespace mw {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("mw::DetectionReport", text);
}

} // namespace

QString detectionSourceId(DetectionSource s)
{
    switch (s) {
    case DetectionSource::ProviderTable:
        return QStringLiteral("provider");
    case DetectionSource::Autoconfig:
        return QStringLiteral("autoconfig");
    case DetectionSource::Srv:
        return QStringLiteral("srv");
    case DetectionSource::Mx:
        return QStringLiteral("mx");
    case DetectionSource::Guess:
        break;
    }
    return QStringLiteral("guess");
}

int detectionSourceRank(DetectionSource s, bool authenticated)
{
    switch (s) {
    case DetectionSource::ProviderTable:
        return 0;
    case DetectionSource::Autoconfig:
        return authenticated ? 1 : 3; // over http: no better than a DNS answer
    case DetectionSource::Srv:
        return 2;
    case DetectionSource::Mx:
        return 4;
    case DetectionSource::Guess:
        break;
    }
    return 5;
}

bool isForeignHost(const QString &host, const QString &domain, const QList<Provider> &providers)
{
    if (hostInDomain(host, domain))
        return false;
    const Provider *p = ProviderTable::forDomain(domain, providers);
    return !(p && ProviderTable::owns(*p, host));
}

const DetectedCandidate *DetectionReport::recommended(ProbeService service) const
{
    const ProbeReport &r = service == ProbeService::Smtp ? smtp : pop3;
    const ModeReport *m = r.recommendedMode();
    if (!m)
        return nullptr;
    for (const DetectedCandidate &c : candidates) {
        if (c.service == service && c.host == m->host && c.port == m->port && c.mode == m->mode)
            return &c;
    }
    return nullptr;
}

QList<SettingChange> DetectionReport::recommendedChanges(const MailSettings &current,
                                                         ProbeService service) const
{
    const DetectedCandidate *c = recommended(service);
    return c ? changesFor(*c, current) : QList<SettingChange>{};
}

QList<SettingChange> DetectionReport::changesFor(const DetectedCandidate &candidate,
                                                 const MailSettings &current)
{
    if (!candidate.offered())
        return {};
    // The one-click apply of a probe report whose only mode is this candidate; the pin
    // only where the candidate may get one.
    ProbeReport r;
    r.service = candidate.service;
    r.host = candidate.host;
    r.modes = {candidate.probe};
    r.recommended = 0;
    r.recommendationNeedsTrust = candidate.probe.needsTrust() && candidate.mayPin();
    QList<SettingChange> changes = r.recommendedChanges(current);
    const QString key = serviceId(candidate.service) + QStringLiteral("/username");
    if (!candidate.userName.isEmpty() &&
        SettingsSchema::value(current, key).value_or(QString()).isEmpty())
        changes << SettingChange{
            key, candidate.userName,
            tr("the user name format %1 gives").arg(candidate.sources.value(0))};
    return changes;
}

QString DetectionReport::refusal(const DetectedCandidate &c) const
{
    if (c.foreign && !acceptForeignHosts)
        return tr("%1 answers but is outside %2 and was found only through unauthenticated "
                  "lookups (%3); it is recommended only once you confirm that it is the mail "
                  "server of %2.")
            .arg(c.host, domain, c.sources.join(QStringLiteral("; ")));
    if (c.probed && c.probe.needsTrust() && !c.mayPin())
        return c.authenticated
                   ? tr("the certificate of %1 is not trusted, though this provider's servers "
                        "have publicly trusted certificates: the name or the network path may "
                        "be forged, so it is never trusted automatically.")
                         .arg(c.host)
                   : tr("the certificate of %1 is not trusted and the server was found only "
                        "through unauthenticated lookups: such a certificate is never trusted "
                        "automatically.")
                         .arg(c.host);
    return {};
}

void DetectionReport::conclude(QList<DetectedCandidate> found, const QList<Provider> &providers)
{
    for (DetectedCandidate &c : found) {
        c.foreign = !c.authenticated && isForeignHost(c.host, domain, providers);
        if (c.foreign)
            c.warning = tr("%1 is outside %2 and was found only through unauthenticated "
                           "lookups (%3), which anyone on the network path can forge: use it "
                           "only if you know that it is the mail server of %2.")
                            .arg(c.host, domain, c.sources.join(QStringLiteral("; ")));
        else if (c.probed && c.probe.needsTrust() && !c.mayPin() && c.authenticated)
            c.warning = tr("Its certificate is not trusted, though this provider's servers have "
                           "publicly trusted certificates: the name or the network path may be "
                           "forged. It is not trusted automatically.");
        else if (c.probed && c.probe.needsTrust() && !c.mayPin())
            c.warning = tr("Its certificate is not trusted and the server was found only "
                           "through unauthenticated lookups: the certificate is not trusted "
                           "automatically; check its fingerprint with the server's "
                           "administrator first.");
    }
    std::stable_sort(found.begin(), found.end(),
                     [](const DetectedCandidate &a, const DetectedCandidate &b) {
                         if (a.offered() != b.offered())
                             return a.offered();
                         if (a.authenticated != b.authenticated)
                             return a.authenticated;
                         if (a.probed && b.probed && a.probe.tier != b.probe.tier)
                             return a.probe.tier < b.probe.tier;
                         const int ra = detectionSourceRank(a.source, a.authenticated);
                         const int rb = detectionSourceRank(b.source, b.authenticated);
                         if (ra != rb)
                             return ra < rb;
                         return a.service < b.service;
                     });
    candidates = found;
    refusedForeign.clear();
    for (ProbeService s : {ProbeService::Smtp, ProbeService::Pop3}) {
        ProbeReport &r = s == ProbeService::Smtp ? smtp : pop3;
        r = {};
        r.service = s;
        r.host = domain;
        QList<const DetectedCandidate *> probed;
        for (const DetectedCandidate &c : std::as_const(candidates)) {
            if (c.service == s && c.probed) {
                r.modes << c.probe;
                probed << &c;
            }
        }
        r.recommend([this, &probed](int i) { return refusal(*probed.at(i)); });
        if (r.recommended >= 0 || acceptForeignHosts)
            continue;
        for (const DetectedCandidate *c : std::as_const(probed)) {
            if (c->foreign && c->offered())
                refusedForeign << *c;
        }
    }
}

} // namespace mw
