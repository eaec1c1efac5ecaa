// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CapabilityProbe.h"
#include "ModeReport.h"
#include "ProbeReport.h"
#include "ProviderTable.h"
#include "SettingChange.h"

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

// Where a suggestion came from, most authoritative first.
enum class DetectionSource {
    Srv,           // RFC 6186 / RFC 8314 SRV records of the domain
    Autoconfig,    // the domain's Mozilla autoconfig document
    ProviderTable, // the bundled table (by address domain or by MX host)
    Mx,            // the domain's MX hosts (inbound servers; often also accept submission)
    Guess,         // smtp.<domain>, mail.<domain>, pop.<domain>
};

[[nodiscard]] QString detectionSourceId(DetectionSource s); // "srv", "autoconfig", ...

// One concrete suggestion (host, port, mode) and what probing it showed.
struct DetectedCandidate
{
    ProbeService service = ProbeService::Smtp;
    QString host;
    quint16 port = 0;
    SecurityMode mode = SecurityMode::StartTls;
    DetectionSource source = DetectionSource::Guess; // the best of its sources
    QStringList sources; // every suggestion of it, for a person ("SRV _submission._tcp.x")
    QString notes;       // provider notes (app passwords, admin switches)
    QString userName;    // autoconfig / provider user name, if given
    QList<QHostAddress> addresses;
    bool probed = false;
    QString skipped; // why it was not probed (name does not resolve, not loopback, ...)
    ModeReport probe;

    // Offered to the admin: probed, and it works (or works once its certificate is trusted).
    [[nodiscard]] bool offered() const
    {
        return probed && (probe.works || (probe.needsTrust() && probe.certificate.canTrust()));
    }
};

struct DetectionReport
{
    QString address;
    QString domain;
    QList<DetectedCandidate> candidates; // offered first (safest, then best source)
    QStringList log;                     // what each lookup found, in order of completion
    ProbeReport smtp;                    // probed SMTP candidates, recommendation
    ProbeReport pop3;
    QString error; // the input could not be used (no domain)

    [[nodiscard]] const DetectedCandidate *recommended(ProbeService service) const;
    // The one-click apply of the recommendation (see ProbeReport::recommendedChanges),
    // plus the user name the source suggests when the settings have none.
    [[nodiscard]] QList<SettingChange> recommendedChanges(const MailSettings &current,
                                                          ProbeService service) const;
};

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
                      const QString &userName = {});
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

Q_DECLARE_METATYPE(mw::DetectedCandidate)
Q_DECLARE_METATYPE(mw::DetectionReport)
