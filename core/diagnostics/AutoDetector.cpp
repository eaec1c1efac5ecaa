// SPDX-License-Identifier: GPL-3.0-or-later
#include "AutoDetector.h"

#include "AutoconfigParser.h"

#include <QCoreApplication>
#include <QDnsLookup>
#include <QHostInfo>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslConfiguration>
#include <QTimer>

#include <algorithm>

#include <memory>

namespace mw {
namespace {

QString normalHost(QString h)
{
    h = h.trimmed().toLower();
    if (h.endsWith(QLatin1Char('.')))
        h.chop(1);
    return h;
}

bool isLoopback(const QHostAddress &a)
{
    return a.isLoopback();
}

} // namespace

AutoDetector::AutoDetector(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<mw::DetectedCandidate>();
    qRegisterMetaType<mw::DetectionReport>();
}

AutoDetector::~AutoDetector()
{
    cancel();
}

void AutoDetector::cancel()
{
    ++m_generation;
    m_running = false;
    const auto jobs = m_jobs;
    m_jobs.clear();
    for (const QPointer<QObject> &j : jobs) {
        if (!j)
            continue;
        if (auto *lookup = qobject_cast<QDnsLookup *>(j.data()))
            lookup->abort();
        else if (auto *reply = qobject_cast<QNetworkReply *>(j.data()))
            reply->abort();
        else if (auto *probe = qobject_cast<CapabilityProbe *>(j.data()))
            probe->cancel();
        j->deleteLater();
    }
    m_pending = m_resolving = m_probing = 0;
}

void AutoDetector::start(const QString &addressOrDomain, const Options &options)
{
    cancel();
    ++m_generation;
    m_options = options;
    m_report = {};
    m_report.acceptForeignHosts = options.acceptForeignHosts;
    m_candidates.clear();
    m_resolved.clear();
    m_unresolved.clear();
    m_running = true;
    const QString input = addressOrDomain.trimmed();
    const qsizetype at = input.lastIndexOf(QLatin1Char('@'));
    m_report.address = at >= 0 ? input : QString();
    QString domain = normalHost(at >= 0 ? input.mid(at + 1) : input);
    // Lookups go out in ACE form (RFC 5890); a name that cannot be converted is refused.
    const QByteArray ace = QUrl::toAce(domain);
    domain = QString::fromLatin1(ace);
    m_report.domain = domain;
    if (domain.isEmpty() || !domain.contains(QLatin1Char('.')) ||
        domain.contains(QLatin1Char(' '))) {
        m_report.error = tr("\"%1\" has no domain to look up (expected user@example.com or "
                            "example.com).")
                             .arg(input);
        const quint64 gen = m_generation;
        QTimer::singleShot(0, this, [this, gen] {
            if (gen == m_generation)
                finish();
        });
        return;
    }

    // Everything starts at once; each source reports in lookupDone().
    ++m_pending; // held until all are started, so that a synchronous answer cannot finish early
    if (m_options.useSrv) {
        // RFC 8314 §5.1 prefers implicit TLS (_submissions) over STARTTLS (_submission).
        startSrv(QStringLiteral("_submissions._tcp."), ProbeService::Smtp,
                 SecurityMode::ImplicitTls);
        startSrv(QStringLiteral("_submission._tcp."), ProbeService::Smtp, SecurityMode::StartTls);
        if (m_options.pop3) {
            startSrv(QStringLiteral("_pop3s._tcp."), ProbeService::Pop3, SecurityMode::ImplicitTls);
            startSrv(QStringLiteral("_pop3._tcp."), ProbeService::Pop3, SecurityMode::StartTls);
        }
    }
    if (m_options.useAutoconfig) {
        for (const QString &t : std::as_const(m_options.autoconfigUrls))
            startAutoconfig(t);
    }
    if (m_options.useMx)
        startMx();
    if (m_options.useProviderTable) {
        if (const Provider *p = ProviderTable::forDomain(domain, m_options.providers))
            addProvider(*p, tr("provider table: %1 (address domain)").arg(p->name));
    }
    if (m_options.useGuesses) {
        for (const char *prefix : {"smtp.", "mail."})
            addUnknownPort(ProbeService::Smtp, QLatin1String(prefix) + domain,
                           DetectionSource::Guess,
                           tr("guess: %1").arg(QLatin1String(prefix) + domain));
        if (m_options.pop3) {
            for (const char *prefix : {"pop.", "pop3.", "mail."})
                addUnknownPort(ProbeService::Pop3, QLatin1String(prefix) + domain,
                               DetectionSource::Guess,
                               tr("guess: %1").arg(QLatin1String(prefix) + domain));
        }
    }
    lookupDone(QString());
}

QDnsLookup *AutoDetector::newLookup(int type, const QString &name)
{
    auto *lookup = new QDnsLookup(static_cast<QDnsLookup::Type>(type), name, this);
    if (!m_options.nameserver.isNull())
        lookup->setNameserver(m_options.nameserver);
    m_jobs << lookup;
    // QDnsLookup has no timeout of its own: abort() makes it finish with an error.
    auto *timer = new QTimer(lookup);
    timer->setSingleShot(true);
    connect(timer, &QTimer::timeout, lookup, &QDnsLookup::abort);
    timer->start(m_options.lookupTimeoutMs);
    return lookup;
}

void AutoDetector::startSrv(const QString &service, ProbeService kind, SecurityMode mode)
{
    const QString name = service + m_report.domain;
    QDnsLookup *lookup = newLookup(QDnsLookup::SRV, name);
    ++m_pending;
    const quint64 gen = m_generation;
    connect(lookup, &QDnsLookup::finished, this, [this, lookup, name, kind, mode, gen] {
        lookup->deleteLater();
        if (gen != m_generation)
            return;
        if (lookup->error() != QDnsLookup::NoError) {
            lookupDone(tr("SRV %1: %2").arg(name, lookup->errorString()));
            return;
        }
        QList<QDnsServiceRecord> records = lookup->serviceRecords();
        // RFC 2782: lower priority first; weight only spreads load among equals.
        std::stable_sort(records.begin(), records.end(),
                         [](const QDnsServiceRecord &a, const QDnsServiceRecord &b) {
                             return a.priority() < b.priority();
                         });
        QStringList found;
        for (const QDnsServiceRecord &r : std::as_const(records)) {
            const QString target = normalHost(r.target());
            if (target.isEmpty()) {
                // RFC 6186 §3.4 / RFC 2782: target "." means "not offered here".
                found << tr("\".\" (the domain says this service is not offered)");
                continue;
            }
            found << QStringLiteral("%1:%2").arg(target).arg(r.port());
            addCandidate(kind, target, r.port(), mode, DetectionSource::Srv,
                         tr("SRV %1").arg(name));
        }
        lookupDone(
            tr("SRV %1: %2")
                .arg(name, found.isEmpty() ? tr("no record") : found.join(QStringLiteral(", "))));
    });
    lookup->lookup();
}

void AutoDetector::startMx()
{
    const QString domain = m_report.domain;
    QDnsLookup *lookup = newLookup(QDnsLookup::MX, domain);
    ++m_pending;
    const quint64 gen = m_generation;
    connect(lookup, &QDnsLookup::finished, this, [this, lookup, domain, gen] {
        lookup->deleteLater();
        if (gen != m_generation)
            return;
        if (lookup->error() != QDnsLookup::NoError) {
            lookupDone(tr("MX %1: %2").arg(domain, lookup->errorString()));
            return;
        }
        QList<QDnsMailExchangeRecord> records = lookup->mailExchangeRecords();
        std::stable_sort(records.begin(), records.end(),
                         [](const QDnsMailExchangeRecord &a, const QDnsMailExchangeRecord &b) {
                             return a.preference() < b.preference();
                         });
        QStringList found;
        for (const QDnsMailExchangeRecord &r : std::as_const(records)) {
            const QString host = normalHost(r.exchange());
            if (host.isEmpty())
                continue; // RFC 7505 null MX: the domain receives no mail
            found << QStringLiteral("%1 (%2)").arg(host).arg(r.preference());
            if (m_options.useProviderTable) {
                if (const Provider *p = ProviderTable::forMxHost(host, m_options.providers)) {
                    addProvider(*p, tr("provider table: %1 (MX %2)").arg(p->name, host));
                    continue;
                }
            }
            addUnknownPort(ProbeService::Smtp, host, DetectionSource::Mx,
                           tr("MX %1 of %2").arg(host, domain));
        }
        lookupDone(
            tr("MX %1: %2")
                .arg(domain, found.isEmpty() ? tr("no record") : found.join(QStringLiteral(", "))));
    });
    lookup->lookup();
}

void AutoDetector::startAutoconfig(const QString &urlTemplate)
{
    if (!m_nam)
        m_nam = new QNetworkAccessManager(this);
    const QString address = m_report.address.isEmpty()
                                ? QStringLiteral("postmaster@") + m_report.domain
                                : m_report.address;
    // Placeholders by replacement: a template may use %1 only, or neither.
    QString text = urlTemplate;
    text.replace(QLatin1String("%1"), m_report.domain);
    text.replace(QLatin1String("%2"), QString::fromLatin1(QUrl::toPercentEncoding(address)));
    const QUrl url(text);
    QNetworkRequest request(url);
    request.setTransferTimeout(m_options.lookupTimeoutMs);
    // Over https the reply only arrives once the certificate verified (errors are never
    // ignored), which authenticates the document as the domain's. Redirects never leave
    // https (below), so a document that started over https stays authenticated.
    const bool authenticated = url.scheme() == QLatin1String("https");
    if (authenticated && !m_options.trust.caFile.isEmpty()) {
        // The extra CA file of the probes is trusted here too, beside the system's.
        QSslConfiguration ssl = request.sslConfiguration();
        ssl.addCaCertificates(m_options.trust.caFile);
        request.setSslConfiguration(ssl);
    }
    // Only https → https redirects (Qt's default policy); never a downgrade to http.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::NoLessSafeRedirectPolicy);
    QNetworkReply *reply = m_nam->get(request);
    m_jobs << reply;
    ++m_pending;
    const quint64 gen = m_generation;
    const QString shown = url.toString(QUrl::RemoveQuery);
    // The transfer timeout measures silence only and the reply keeps all it is sent: a
    // server that drips or floods would hold the detection or fill memory. A document
    // larger than the parser takes is cut off as it arrives, and the whole fetch has the
    // lookup timeout as its deadline.
    auto tooLarge = std::make_shared<bool>(false);
    connect(reply, &QNetworkReply::downloadProgress, reply, [reply, tooLarge](qint64 received) {
        if (received > AutoconfigParser::kMaxSize && !*tooLarge) {
            *tooLarge = true;
            reply->abort();
        }
    });
    QTimer::singleShot(m_options.lookupTimeoutMs, reply, [reply] {
        if (reply->isRunning())
            reply->abort();
    });
    connect(reply, &QNetworkReply::finished, this,
            [this, reply, shown, address, gen, tooLarge, authenticated] {
                reply->deleteLater();
                if (gen != m_generation)
                    return;
                if (*tooLarge) {
                    lookupDone(
                        tr("autoconfig %1: %2").arg(shown, AutoconfigParser::tooLargeMessage()));
                    return;
                }
                if (reply->error() != QNetworkReply::NoError) {
                    lookupDone(tr("autoconfig %1: %2").arg(shown, reply->errorString()));
                    return;
                }
                QString error;
                const QList<AutoconfigServer> servers = AutoconfigParser::parse(
                    reply->read(AutoconfigParser::kMaxSize + 1), address, &error);
                if (!error.isEmpty()) {
                    lookupDone(tr("autoconfig %1: %2").arg(shown, error));
                    return;
                }
                QStringList found;
                for (const AutoconfigServer &s : servers) {
                    if (s.service == ProbeService::Pop3 && !m_options.pop3)
                        continue;
                    found << QStringLiteral("%1 %2:%3 %4")
                                 .arg(serviceId(s.service), s.host)
                                 .arg(s.port)
                                 .arg(securityModeId(s.mode));
                    addCandidate(s.service, s.host, s.port, s.mode, DetectionSource::Autoconfig,
                                 tr("autoconfig %1").arg(shown), {}, s.userName, authenticated);
                }
                lookupDone(tr("autoconfig %1: %2")
                               .arg(shown, found.isEmpty() ? tr("no SMTP or POP3 server")
                                                           : found.join(QStringLiteral(", "))));
            });
}

void AutoDetector::addProvider(const Provider &p, const QString &why)
{
    for (const ProviderServer &s : p.servers) {
        if (s.service == ProbeService::Pop3 && !m_options.pop3)
            continue;
        addCandidate(
            s.service, s.host, s.port, s.mode, DetectionSource::ProviderTable, why, p.authNotes,
            p.userName == QLatin1String("%EMAILADDRESS%") ? m_report.address : QString(), true);
    }
}

void AutoDetector::addUnknownPort(ProbeService service, const QString &host, DetectionSource source,
                                  const QString &sourceText, const QString &notes)
{
    const auto &attempts =
        service == ProbeService::Smtp ? m_options.smtpAttempts : m_options.pop3Attempts;
    for (const CapabilityProbe::Attempt &a : attempts)
        addCandidate(service, host, a.port, a.mode, source, sourceText, notes);
}

void AutoDetector::addCandidate(ProbeService service, const QString &host, quint16 port,
                                SecurityMode mode, DetectionSource source,
                                const QString &sourceText, const QString &notes,
                                const QString &userName, bool authenticated)
{
    const QString h = normalHost(host);
    if (h.isEmpty() || port == 0)
        return;
    for (DetectedCandidate &c : m_candidates) {
        if (c.service == service && c.host == h && c.port == port && c.mode == mode) {
            if (!c.sources.contains(sourceText))
                c.sources << sourceText;
            if (detectionSourceRank(source, authenticated) <
                detectionSourceRank(c.source, c.authenticated))
                c.source = source;
            c.authenticated = c.authenticated || authenticated;
            if (c.notes.isEmpty())
                c.notes = notes;
            if (c.userName.isEmpty())
                c.userName = userName;
            return;
        }
    }
    DetectedCandidate c;
    c.service = service;
    c.host = h;
    c.port = port;
    c.mode = mode;
    c.source = source;
    c.authenticated = authenticated;
    c.sources << sourceText;
    c.notes = notes;
    c.userName = userName;
    m_candidates << c;
}

void AutoDetector::lookupDone(const QString &summary)
{
    if (!summary.isEmpty()) {
        m_report.log << summary;
        Q_EMIT lookupFinished(summary);
    }
    if (--m_pending > 0)
        return;
    if (!m_options.probe) {
        finish();
        return;
    }
    resolveCandidates();
}

void AutoDetector::resolveCandidates()
{
    QStringList hosts;
    for (const DetectedCandidate &c : std::as_const(m_candidates)) {
        if (!hosts.contains(c.host))
            hosts << c.host;
    }
    m_resolving = 1; // held until every lookup is started
    const quint64 gen = m_generation;
    for (const QString &host : std::as_const(hosts)) {
        QHostAddress literal;
        if (literal.setAddress(host)) {
            m_resolved[host] = {literal};
            continue;
        }
        if (m_options.nameserver.isNull()) {
            ++m_resolving;
            QHostInfo::lookupHost(host, this, [this, host, gen](const QHostInfo &info) {
                if (gen != m_generation)
                    return;
                if (info.error() == QHostInfo::NoError)
                    m_resolved[host] << info.addresses();
                resolveDone();
            });
            continue;
        }
        // Through the given DNS server: addresses of both families.
        for (auto type : {QDnsLookup::A, QDnsLookup::AAAA}) {
            QDnsLookup *lookup = newLookup(type, host);
            ++m_resolving;
            connect(lookup, &QDnsLookup::finished, this, [this, lookup, host, gen] {
                lookup->deleteLater();
                if (gen != m_generation)
                    return;
                if (lookup->error() == QDnsLookup::NoError) {
                    for (const QDnsHostAddressRecord &r : lookup->hostAddressRecords()) {
                        if (!m_resolved[host].contains(r.value()))
                            m_resolved[host] << r.value();
                    }
                }
                resolveDone();
            });
            lookup->lookup();
        }
    }
    resolveDone();
}

void AutoDetector::resolveDone()
{
    if (--m_resolving > 0)
        return;
    probeCandidates();
}

void AutoDetector::probeCandidates()
{
    // One CapabilityProbe per (service, host), with that host's attempts; all in parallel.
    struct Group
    {
        ProbeService service;
        QString host;
        QList<CapabilityProbe::Attempt> attempts;
    };
    QList<Group> groups;
    for (DetectedCandidate &c : m_candidates) {
        QList<QHostAddress> addresses = m_resolved.value(c.host);
        if (m_options.loopbackOnly)
            addresses.removeIf([](const QHostAddress &a) { return !isLoopback(a); });
        c.addresses = addresses;
        if (addresses.isEmpty()) {
            c.skipped = m_resolved.value(c.host).isEmpty()
                            ? tr("the name %1 does not resolve").arg(c.host)
                            : tr("not a loopback address (tests only probe loopback)");
            continue;
        }
        // POP3 sessions resolve names themselves (the system resolver): with a private
        // DNS server or in loopback-only mode only what needs no lookup is probed.
        if (c.service == ProbeService::Pop3 &&
            (!m_options.nameserver.isNull() || m_options.loopbackOnly)) {
            QHostAddress literal;
            if (c.host != QLatin1String("localhost") && !literal.setAddress(c.host)) {
                c.skipped = tr("POP3 candidates are probed by name with the system resolver, "
                               "which this run does not use");
                continue;
            }
        }
        auto it = std::find_if(groups.begin(), groups.end(), [&c](const Group &g) {
            return g.service == c.service && g.host == c.host;
        });
        if (it == groups.end()) {
            groups << Group{c.service, c.host, {}};
            it = groups.end() - 1;
        }
        it->attempts << CapabilityProbe::Attempt{c.mode, c.port};
    }
    m_probing = static_cast<int>(groups.size());
    if (m_probing == 0) {
        finish();
        return;
    }
    const quint64 gen = m_generation;
    for (const Group &g : std::as_const(groups)) {
        auto *probe = new CapabilityProbe(this);
        m_jobs << probe;
        connect(probe, &CapabilityProbe::finished, this,
                [this, probe, g, gen](const ProbeReport &r) {
                    probe->deleteLater();
                    if (gen != m_generation)
                        return;
                    for (const ModeReport &m : r.modes) {
                        for (DetectedCandidate &c : m_candidates) {
                            if (c.service == g.service && c.host == g.host && c.port == m.port &&
                                c.mode == m.mode) {
                                c.probed = true;
                                c.probe = m;
                                Q_EMIT candidateProbed(c);
                            }
                        }
                    }
                    if (--m_probing == 0)
                        finish();
                });
        CapabilityProbe::Options o;
        o.service = g.service;
        o.host = g.host;
        o.attempts = g.attempts;
        o.trust = m_options.trust;
        o.timeoutSeconds = m_options.probeTimeoutSeconds;
        if (g.service == ProbeService::Smtp)
            o.addresses = m_resolved.value(g.host);
        if (m_options.loopbackOnly)
            o.addresses.removeIf([](const QHostAddress &a) { return !isLoopback(a); });
        probe->start(o);
    }
}

void AutoDetector::finish()
{
    if (!m_running)
        return;
    m_running = false;
    m_jobs.clear();
    m_report.conclude(m_candidates, m_options.providers);
    Q_EMIT finished(m_report);
}

} // namespace mw
