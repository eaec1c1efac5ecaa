// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CapabilityProbe.h"
#include "DetectionReport.h"
#include "ProviderTable.h"

#include <QHash>
#include <QHostAddress>
#include <QList>
#include <QMetaType>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QUrl>

class QDnsLookup;
class QNetworkAccessManager;

namespace mw {

// "Get SMTP server address": from an address (or a bare domain) finds candidate servers
// in parallel — SRV records, the autoconfig document, MX records, the bundled provider
// table and name guesses — then probes every candidate before it offers it. Everything
// is asynchronous; every lookup and session has a timeout.
class AutoDetector : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        // DNS server for SRV, MX and address lookups; null: the system's resolver.
        // (QDnsLookup before Qt 6.6 always uses port 53.)
        QHostAddress nameserver;
        // %1 is the domain, %2 the address (percent-encoded).
        QStringList autoconfigUrls{
            QStringLiteral("https://autoconfig.%1/mail/config-v1.1.xml?emailaddress=%2"),
            QStringLiteral("https://%1/.well-known/autoconfig/mail/config-v1.1.xml")};
        // What to try on a host whose port is not known (MX hosts, guesses).
        QList<CapabilityProbe::Attempt> smtpAttempts{{SecurityMode::ImplicitTls, 465},
                                                     {SecurityMode::StartTls, 587},
                                                     {SecurityMode::StartTls, 25}};
        QList<CapabilityProbe::Attempt> pop3Attempts{{SecurityMode::ImplicitTls, 995},
                                                     {SecurityMode::StartTls, 110}};
        bool useSrv = true;
        bool useAutoconfig = true;
        bool useMx = true;
        bool useProviderTable = true;
        bool useGuesses = true;
        // The provider table to use (tests: providers whose servers run on loopback).
        QList<Provider> providers = ProviderTable::providers();
        // A foreign host (see isForeignHost) may be recommended: the CLI's
        // --accept-foreign-host. Its certificate is still never pinned automatically.
        bool acceptForeignHosts = false;
        bool pop3 = true;  // look for POP3 servers too
        bool probe = true; // probe candidates (false: list them only)
        // Never connect to an address outside 127.0.0.0/8 and ::1 (tests).
        bool loopbackOnly = false;
        TlsTrust trust; // extra CA file for the probes
        int lookupTimeoutMs = 8000;
        int probeTimeoutSeconds = 8;
    };

    explicit AutoDetector(QObject *parent = nullptr);
    ~AutoDetector() override;
    Q_DISABLE_COPY_MOVE(AutoDetector)

    void start(const QString &addressOrDomain, const Options &options);
    void start(const QString &addressOrDomain) { start(addressOrDomain, Options{}); }
    // Stops everything; finished() is not emitted.
    void cancel();
    [[nodiscard]] bool isRunning() const { return m_running; }
    [[nodiscard]] const DetectionReport &report() const { return m_report; }

Q_SIGNALS:
    void lookupFinished(const QString &summary);
    void candidateProbed(const mw::DetectedCandidate &candidate);
    void finished(const mw::DetectionReport &report);

private:
    void addCandidate(ProbeService service, const QString &host, quint16 port, SecurityMode mode,
                      DetectionSource source, const QString &sourceText, const QString &notes = {},
                      const QString &userName = {}, bool authenticated = false);
    void addUnknownPort(ProbeService service, const QString &host, DetectionSource source,
                        const QString &sourceText, const QString &notes = {});
    void addProvider(const Provider &p, const QString &why);
    void startSrv(const QString &service, ProbeService kind, SecurityMode mode);
    void startMx();
    void startAutoconfig(const QString &urlTemplate);
    QDnsLookup *newLookup(int type, const QString &name);
    void lookupDone(const QString &summary);
    void resolveCandidates();
    void resolveDone();
    void probeCandidates();
    void finish();

    Options m_options;
    DetectionReport m_report;
    QList<DetectedCandidate> m_candidates;
    QHash<QString, QList<QHostAddress>> m_resolved; // host -> addresses
    QStringList m_unresolved;
    QNetworkAccessManager *m_nam = nullptr;
    QList<QPointer<QObject>> m_jobs;
    int m_pending = 0;
    int m_resolving = 0;
    int m_probing = 0;
    quint64 m_generation = 0;
    bool m_running = false;
};

} // namespace mw
