// SPDX-License-Identifier: GPL-3.0-or-later
// mailwright-cli probe (every mode of the configured host, ranked), detect ADDRESS
// ("Get SMTP server address") and test --all-roles (verify addresses without sending).
// The three commands share the text helpers below (mode, changes, stages).
#include "Commands.h"
#include "ExitCodes.h"
#include "JsonOutput.h"
#include "delivery/Queue.h"
#include "diagnostics/AddressVerifier.h"
#include "diagnostics/AutoDetector.h"
#include "diagnostics/CapabilityProbe.h"
#include "diagnostics/LastProbe.h"
#include "diagnostics/ProbeMemory.h"
#include "oauth/AccessTokenSource.h"
#include "session/CapabilityMemory.h"
#include "settings/SettingsFacts.h"
#include "settings/SettingsValidator.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace mw::cli {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("mw::cli", text);
}

QString stagesText(const ModeReport &m)
{
    QStringList parts;
    for (const StageTiming &s : m.result.stages)
        parts << QStringLiteral("%1%2 %3 ms")
                     .arg(s.ok ? QString() : QStringLiteral("✗"), phaseId(s.phase))
                     .arg(s.ms);
    return parts.join(QStringLiteral(", "));
}

QString modeText(const ModeReport &m, bool details)
{
    const QString mark = m.works          ? QStringLiteral("✓")
                         : m.needsTrust() ? QStringLiteral("!")
                                          : QStringLiteral("✗");
    QString s = QStringLiteral("%1 %2 port %3: %4\n")
                    .arg(mark, securityModeName(m.mode, m.service).leftJustified(13))
                    .arg(m.port, 5)
                    .arg(m.verdict);
    if (!m.result.stages.isEmpty())
        s += QStringLiteral("    ") + tr("steps: %1").arg(stagesText(m)) + QLatin1Char('\n');
    if (!details)
        return s;
    if (!m.result.greeting.isEmpty())
        s += QStringLiteral("    ") + tr("greeting: %1").arg(m.result.greeting) + QLatin1Char('\n');
    if (!m.result.tlsProtocol.isEmpty())
        s += QStringLiteral("    ") +
             tr("TLS: %1, %2").arg(m.result.tlsProtocol, m.result.tlsCipher) + QLatin1Char('\n');
    if (m.works || m.needsTrust()) {
        for (const QString &line : m.certificate.detailLines())
            s += QStringLiteral("    ") + tr("certificate %1").arg(line) + QLatin1Char('\n');
    }
    if (m.works) {
        if (!m.result.capabilities.isEmpty())
            s += QStringLiteral("    ") +
                 tr("extensions: %1").arg(m.result.capabilities.join(QStringLiteral(", "))) +
                 QLatin1Char('\n');
        s += QStringLiteral("    ") +
             tr("sign-in mechanisms in this mode: %1")
                 .arg(m.result.authMechanisms.isEmpty()
                          ? tr("none")
                          : m.result.authMechanisms.join(QStringLiteral(", "))) +
             QLatin1Char('\n');
        if (!m.result.authMechanisms.isEmpty())
            s += QStringLiteral("      ") + m.mechanismSummary() + QLatin1Char('\n');
        if (m.result.sizeLimit > 0)
            s += QStringLiteral("    ") + tr("largest message: %1 octets").arg(m.result.sizeLimit) +
                 QLatin1Char('\n');
        if (m.service == ProbeService::Pop3)
            s += QStringLiteral("    ") + (m.apop ? tr("APOP: offered") : tr("APOP: not offered")) +
                 QLatin1Char('\n');
    }
    return s;
}

QString changesText(const QList<SettingChange> &changes)
{
    QString s;
    for (const SettingChange &c : changes)
        s += QStringLiteral("  mailwright-cli config set %1 %2    # %3\n")
                 .arg(c.key, c.value, c.reason);
    return s;
}

std::optional<SecurityMode> parseMode(const QString &s)
{
    if (s == QLatin1String("tls"))
        return SecurityMode::ImplicitTls;
    if (s == QLatin1String("starttls") || s == QLatin1String("stls"))
        return SecurityMode::StartTls;
    if (s == QLatin1String("plain") || s == QLatin1String("none"))
        return SecurityMode::Plain;
    return std::nullopt;
}

// "465:tls" → an attempt.
std::optional<CapabilityProbe::Attempt> parseAttempt(const QString &s)
{
    const QStringList parts = s.split(QLatin1Char(':'));
    bool ok = false;
    const uint port = parts.value(0).toUInt(&ok);
    const auto mode = parseMode(parts.value(1));
    if (parts.size() != 2 || !ok || port == 0 || port > 65535 || !mode)
        return std::nullopt;
    return CapabilityProbe::Attempt{*mode, static_cast<quint16>(port)};
}

} // namespace

int ProbeCommand::run(const QStringList &args)
{
    QCommandLineParser p;
    const QCommandLineOption portOpt(QStringLiteral("port"),
                                     tr("Try PORT:MODE (mode tls, starttls or plain) instead of "
                                        "the standard ports (repeatable)."),
                                     QStringLiteral("PORT:MODE"));
    const QCommandLineOption timeoutOpt(QStringLiteral("timeout"),
                                        tr("Seconds per phase of each attempt (default: "
                                           "the settings' timeout, at most 10)."),
                                        QStringLiteral("SECONDS"));
    const QCommandLineOption acceptOpt(QStringLiteral("accept-changes"),
                                       tr("Remember what the server offers now even if it "
                                          "offers less than at the last check."));
    p.addOptions({portOpt, timeoutOpt, acceptOpt});
    p.addPositionalArgument(QStringLiteral("server"), QStringLiteral("smtp|backup-smtp|pop3"));
    if (!p.parse(QStringList{QStringLiteral("probe")} + args))
        return fail(Usage, p.errorText());
    const QString which = p.positionalArguments().value(0, QStringLiteral("smtp"));
    const bool backup = which == QLatin1String("backup-smtp");
    if (which != QLatin1String("smtp") && which != QLatin1String("pop3") && !backup)
        return fail(Usage, tr("probe takes \"smtp\" (the default), \"backup-smtp\" or \"pop3\"."));
    const ProbeService service =
        which == QLatin1String("pop3") ? ProbeService::Pop3 : ProbeService::Smtp;
    if (const int rc = m_ctx.loadSettings(true); rc != Ok)
        return rc;
    if (backup) {
        if (!settings().backupSmtp.enabled)
            return fail(Config, tr("No backup SMTP server is set (backup_smtp/enabled)."));
        // The capability memory and the section named below follow this copy's server.
        settings() = SettingsFacts::forServer(settings(), MailSettings::SmtpServer::Backup);
    }
    CapabilityProbe::Options o = CapabilityProbe::optionsFor(settings(), service);
    if (o.host.isEmpty())
        return fail(
            Config,
            tr("%1/host is not set.").arg(backup ? SettingsFacts::smtpSection(settings()) : which));
    if (p.isSet(portOpt)) {
        o.attempts.clear();
        for (const QString &v : p.values(portOpt)) {
            const auto a = parseAttempt(v);
            if (!a)
                return fail(
                    Usage,
                    tr("--port expects PORT:MODE (tls, starttls, plain), got \"%1\".").arg(v));
            o.attempts << *a;
        }
    }
    if (p.isSet(timeoutOpt)) {
        bool ok = false;
        const int t = p.value(timeoutOpt).toInt(&ok);
        if (!ok || t < 1 || t > 600)
            return fail(Usage, tr("--timeout takes 1 to 600 seconds."));
        o.timeoutSeconds = t;
    }
    const bool accept = p.isSet(acceptOpt);
    auto *probe = new CapabilityProbe(this);
    connect(
        probe, &CapabilityProbe::finished, this,
        [this, probe, service, accept](const ProbeReport &r) {
            probe->deleteLater();
            const QString server = service == ProbeService::Smtp
                                       ? SettingsFacts::smtpServerId(settings())
                                       : serviceId(service);
            // For the support bundle: what this probe found, certificate chains included.
            LastProbeFile(LastProbeFile::defaultPathFor(configPath())).write(server, r);
            // Remembered capabilities: the configured mode against the last good session.
            const ProbeMemoryReview review = reviewProbeMemory(
                CapabilityMemory::defaultPathFor(configPath()), settings(), service, r, accept);
            const QStringList &downgrades = review.downgrades;
            if (review.accepted && !downgrades.isEmpty() &&
                Queue(Queue::dirFor(settings())).releaseDowngradeHold() && !json())
                printErr(tr("The queue held for the refused downgrade will be tried again."));
            const QList<SettingChange> changes = r.recommendedChanges(settings());
            const ModeReport *best = r.recommendedMode();
            bool anyReachable = false;
            bool expired = false;
            for (const ModeReport &m : r.modes) {
                anyReachable = anyReachable || m.reachable;
                expired = expired || (m.needsTrust() && m.certificate.expired);
            }
            int code = Ok;
            ErrorClass ec = ErrorClass::None;
            if (r.pinAlarm || (!best && expired)) {
                code = NoPerm;
                ec = ErrorClass::TlsCertificate;
            } else if (!downgrades.isEmpty() && !accept) {
                code = Protocol;
                ec = ErrorClass::StartTlsUnavailable;
            } else if (!best) {
                code = anyReachable ? Protocol : Unavailable;
                ec = anyReachable ? ErrorClass::Protocol : ErrorClass::Refused;
            }
            if (json()) {
                QJsonObject o = outcomeJson(code == Ok, ec, r.recommendation);
                o.insert(QStringLiteral("service"), server);
                o.insert(QStringLiteral("server"), server);
                o.insert(QStringLiteral("host"), r.host);
                QJsonArray modes;
                for (const ModeReport &m : r.modes)
                    modes.append(modeJson(m));
                o.insert(QStringLiteral("modes"), modes);
                if (best) {
                    QJsonObject rec;
                    rec.insert(QStringLiteral("mode"), securityModeId(best->mode));
                    rec.insert(QStringLiteral("port"), best->port);
                    rec.insert(QStringLiteral("needs_trust"), r.recommendationNeedsTrust);
                    const QString mech = r.recommendedMechanism(settings());
                    if (!mech.isEmpty())
                        rec.insert(QStringLiteral("auth_mechanism"), mech);
                    o.insert(QStringLiteral("recommended"), rec);
                }
                o.insert(QStringLiteral("changes"), changesJson(changes));
                o.insert(QStringLiteral("pin_alarm"), r.pinAlarm);
                if (r.pinAlarm)
                    o.insert(QStringLiteral("alarm"), r.alarm);
                o.insert(QStringLiteral("downgrades"), QJsonArray::fromStringList(downgrades));
                print(compactJson(o));
            } else {
                QString s =
                    tr("%1 server %2: every mode, safest first\n").arg(server.toUpper(), r.host);
                for (const ModeReport &m : r.modes)
                    s += modeText(m, m.works || m.needsTrust());
                if (r.pinAlarm)
                    s += QStringLiteral("\n!! ") + r.alarm + QLatin1Char('\n');
                for (const QString &d : std::as_const(downgrades))
                    s += QStringLiteral("\n!! ") + d + QLatin1Char('\n');
                s += QLatin1Char('\n') + r.recommendation + QLatin1Char('\n');
                if (const QString mech = r.recommendedMechanism(settings()); !mech.isEmpty())
                    s += tr("Sign-in there: %1 (the strongest offered that the settings can "
                            "use)\n")
                             .arg(mech);
                if (!changes.isEmpty())
                    s += tr("To apply it:\n") + changesText(changes);
                else if (best)
                    s += tr("The settings already use it.\n");
                print(s.trimmed());
            }
            exitLater(code);
        });
    probe->start(o);
    return -1;
}

int DetectCommand::run(const QStringList &args)
{
    QCommandLineParser p;
    const QCommandLineOption nsOpt(QStringLiteral("nameserver"),
                                   tr("Ask this DNS server (port 53) instead of the system's."),
                                   QStringLiteral("ADDRESS"));
    const QCommandLineOption urlOpt(QStringLiteral("autoconfig-url"),
                                    tr("Fetch the autoconfig document from TEMPLATE (%1 the "
                                       "domain, %2 the address) instead of the standard places "
                                       "(repeatable)."),
                                    QStringLiteral("TEMPLATE"));
    const QCommandLineOption smtpPortOpt(QStringLiteral("smtp-port"),
                                         tr("PORT:MODE to try on hosts of unknown port (MX, "
                                            "guesses); repeatable."),
                                         QStringLiteral("PORT:MODE"));
    const QCommandLineOption pop3PortOpt(
        QStringLiteral("pop3-port"), tr("The same for POP3 hosts."), QStringLiteral("PORT:MODE"));
    const QCommandLineOption caOpt(QStringLiteral("ca-file"),
                                   tr("Extra trusted CA certificates (PEM) for the probes."),
                                   QStringLiteral("FILE"));
    const QCommandLineOption timeoutOpt(QStringLiteral("timeout"),
                                        tr("Seconds per phase of each probe (default 8)."),
                                        QStringLiteral("SECONDS"));
    const QCommandLineOption noProbeOpt(QStringLiteral("no-probe"),
                                        tr("List the candidates without probing them."));
    const QCommandLineOption loopOpt(QStringLiteral("loopback-only"),
                                     tr("Probe only loopback addresses (for tests)."));
    const QCommandLineOption noPop3Opt(QStringLiteral("no-pop3"), tr("Look for SMTP only."));
    const QCommandLineOption foreignOpt(
        QStringLiteral("accept-foreign-host"),
        tr("Allow recommending a server outside the address's domain that only DNS or http "
           "named (check first that it is your provider's); its certificate is still never "
           "trusted automatically."));
    p.addOptions({nsOpt, urlOpt, smtpPortOpt, pop3PortOpt, caOpt, timeoutOpt, noProbeOpt, loopOpt,
                  noPop3Opt, foreignOpt});
    p.addPositionalArgument(QStringLiteral("address"), tr("An e-mail address or a domain."));
    if (!p.parse(QStringList{QStringLiteral("detect")} + args))
        return fail(Usage, p.errorText());
    const QString input = p.positionalArguments().value(0);
    if (input.isEmpty() || p.positionalArguments().size() > 1)
        return fail(Usage, tr("detect takes one ADDRESS (user@example.com) or domain."));
    AutoDetector::Options o;
    if (p.isSet(nsOpt)) {
        if (!o.nameserver.setAddress(p.value(nsOpt)))
            return fail(Usage, tr("--nameserver takes an IP address."));
    }
    if (p.isSet(urlOpt))
        o.autoconfigUrls = p.values(urlOpt);
    for (auto [opt, list] :
         {std::pair{&smtpPortOpt, &o.smtpAttempts}, std::pair{&pop3PortOpt, &o.pop3Attempts}}) {
        if (!p.isSet(*opt))
            continue;
        list->clear();
        for (const QString &v : p.values(*opt)) {
            const auto a = parseAttempt(v);
            if (!a)
                return fail(Usage,
                            tr("expected PORT:MODE (tls, starttls, plain), got \"%1\".").arg(v));
            *list << *a;
        }
    }
    o.trust.caFile = p.value(caOpt);
    if (p.isSet(timeoutOpt)) {
        bool ok = false;
        o.probeTimeoutSeconds = p.value(timeoutOpt).toInt(&ok);
        if (!ok || o.probeTimeoutSeconds < 1 || o.probeTimeoutSeconds > 600)
            return fail(Usage, tr("--timeout takes 1 to 600 seconds."));
    }
    o.probe = !p.isSet(noProbeOpt);
    o.loopbackOnly = p.isSet(loopOpt);
    o.pop3 = !p.isSet(noPop3Opt);
    o.acceptForeignHosts = p.isSet(foreignOpt);
    // The settings only matter for the changes printed; a missing file is fine.
    if (const int rc = m_ctx.loadSettings(false); rc != Ok)
        return rc;
    auto *detector = new AutoDetector(this);
    if (!json())
        print(tr("Looking for the mail servers of %1 ...").arg(input));
    connect(detector, &AutoDetector::finished, this, [this, detector](const DetectionReport &r) {
        detector->deleteLater();
        if (!r.error.isEmpty()) {
            exitLater(fail(Usage, r.error));
            return;
        }
        const DetectedCandidate *smtp = r.recommended(ProbeService::Smtp);
        const QList<SettingChange> smtpChanges =
            r.recommendedChanges(settings(), ProbeService::Smtp);
        const QList<SettingChange> pop3Changes =
            r.recommendedChanges(settings(), ProbeService::Pop3);
        // Nothing recommended because the servers that work are foreign: its own exit code.
        bool foreignRefused = false;
        for (const DetectedCandidate &c : r.refusedForeign)
            foreignRefused = foreignRefused || (!smtp && c.service == ProbeService::Smtp);
        const QString foreignHint =
            tr("Only if you checked that it is the mail server of %1, run again with "
               "--accept-foreign-host.")
                .arg(r.domain);
        if (json()) {
            QJsonObject o = outcomeJson(smtp != nullptr, smtp ? ErrorClass::None : ErrorClass::Dns,
                                        r.smtp.recommendation);
            o.insert(QStringLiteral("domain"), r.domain);
            o.insert(QStringLiteral("log"), QJsonArray::fromStringList(r.log));
            o.insert(QStringLiteral("foreign_host_refused"), foreignRefused);
            if (foreignRefused)
                o.insert(QStringLiteral("hint"), foreignHint);
            QJsonArray refused;
            for (const DetectedCandidate &c : r.refusedForeign)
                refused.append(candidateJson(c));
            o.insert(QStringLiteral("refused_foreign_hosts"), refused);
            QJsonArray cands;
            for (const DetectedCandidate &c : r.candidates)
                cands.append(detectedCandidateJson(c));
            o.insert(QStringLiteral("candidates"), cands);
            for (ProbeService s : {ProbeService::Smtp, ProbeService::Pop3}) {
                const DetectedCandidate *c = r.recommended(s);
                if (!c)
                    continue;
                QJsonObject rec;
                rec.insert(QStringLiteral("host"), c->host);
                rec.insert(QStringLiteral("port"), c->port);
                rec.insert(QStringLiteral("mode"), securityModeId(c->mode));
                rec.insert(QStringLiteral("sources"), QJsonArray::fromStringList(c->sources));
                rec.insert(QStringLiteral("authenticated"), c->authenticated);
                rec.insert(QStringLiteral("foreign"), c->foreign);
                rec.insert(QStringLiteral("changes"),
                           changesJson(s == ProbeService::Smtp ? smtpChanges : pop3Changes));
                o.insert(QStringLiteral("recommended_") + serviceId(s), rec);
            }
            print(compactJson(o));
        } else {
            QString s = tr("Lookups for %1:\n").arg(r.domain);
            for (const QString &l : r.log)
                s += QStringLiteral("  ") + l + QLatin1Char('\n');
            for (ProbeService svc : {ProbeService::Smtp, ProbeService::Pop3}) {
                QString block;
                for (const DetectedCandidate &c : r.candidates) {
                    if (c.service != svc)
                        continue;
                    const QString mark = (c.foreign ? QStringLiteral("⚠") : QString()) +
                                         (c.offered() ? QStringLiteral("✓")
                                          : c.probed  ? QStringLiteral("✗")
                                                      : QStringLiteral("-"));
                    block +=
                        QStringLiteral("  %1 %2 port %3 %4: %5\n")
                            .arg(mark, c.host)
                            .arg(c.port)
                            .arg(securityModeName(c.mode, c.service),
                                 c.probed ? c.probe.verdict
                                          : (c.skipped.isEmpty() ? tr("not probed") : c.skipped));
                    block += QStringLiteral("      ") +
                             tr("found by: %1").arg(c.sources.join(QStringLiteral("; "))) +
                             QLatin1Char('\n');
                    if (c.probed && !c.probe.result.stages.isEmpty())
                        block += QStringLiteral("      ") +
                                 tr("steps: %1").arg(stagesText(c.probe)) + QLatin1Char('\n');
                    if (!c.notes.isEmpty())
                        block += QStringLiteral("      ") + tr("note: %1").arg(c.notes) +
                                 QLatin1Char('\n');
                    if (!c.warning.isEmpty())
                        block += QStringLiteral("      ") + tr("warning: %1").arg(c.warning) +
                                 QLatin1Char('\n');
                }
                if (block.isEmpty())
                    continue;
                s += QLatin1Char('\n') + tr("%1 candidates:\n").arg(serviceId(svc).toUpper()) +
                     block;
                const ProbeReport &pr = svc == ProbeService::Smtp ? r.smtp : r.pop3;
                s += pr.recommendation + QLatin1Char('\n');
                if (foreignRefused && svc == ProbeService::Smtp)
                    s += foreignHint + QLatin1Char('\n');
                const auto &ch = svc == ProbeService::Smtp ? smtpChanges : pop3Changes;
                if (!ch.isEmpty())
                    s += tr("To apply it:\n") + changesText(ch);
            }
            print(s.trimmed());
        }
        exitLater(smtp ? Ok : foreignRefused ? NoPerm : Unavailable);
    });
    detector->start(input, o);
    return -1;
}

int VerifyRolesCommand::run(const QStringList &args)
{
    QCommandLineParser p;
    const QCommandLineOption stopOpt(QStringLiteral("stop-after"), tr("Only rcpt is allowed here."),
                                     QStringLiteral("PHASE"));
    const QCommandLineOption rolesOpt(QStringLiteral("all-roles"),
                                      tr("Check every role address with RCPT, send nothing."));
    p.addOptions({stopOpt, rolesOpt});
    if (!p.parse(QStringList{QStringLiteral("test")} + args))
        return fail(Usage, p.errorText());
    if (p.isSet(stopOpt) && p.value(stopOpt) != QLatin1String("rcpt"))
        return fail(Usage, tr("--all-roles checks addresses: it stops after rcpt."));
    if (const int rc = m_ctx.loadSettings(true); rc != Ok)
        return rc;
    return m_ctx.prepare(Purpose::Verify, {}, [this](const Credentials &credentials) {
        auto *v = new AddressVerifier(this);
        connect(
            v, &AddressVerifier::finished, this,
            [this, v](const Result &r, const QList<AddressVerifier::AddressCheck> &checks) {
                v->deleteLater();
                int code = exitCodeFor(r.errorClass);
                bool anyRejected = false;
                bool senderRejected = false;
                for (const auto &c : checks) {
                    if (c.verdict == AddressVerifier::Verdict::Rejected) {
                        anyRejected = true;
                        senderRejected = senderRejected || c.role == QLatin1String("sender");
                    }
                }
                if (senderRejected)
                    code = DataErr;
                else if (anyRejected)
                    code = NoUser;
                if (json()) {
                    QJsonObject o = outcomeJson(code == Ok, r.errorClass, r.message, r.serverReply);
                    o.insert(QStringLiteral("phase"), phaseId(r.phase));
                    QJsonArray a;
                    for (const auto &c : checks) {
                        QJsonObject j;
                        j.insert(QStringLiteral("role"), c.role);
                        j.insert(QStringLiteral("address"), c.address);
                        j.insert(QStringLiteral("verdict"), AddressVerifier::verdictId(c.verdict));
                        j.insert(QStringLiteral("server_reply"), c.serverReply);
                        a.append(j);
                    }
                    o.insert(QStringLiteral("addresses"), a);
                    print(compactJson(o));
                } else {
                    QString s = tr("Addresses checked with MAIL FROM / RCPT TO at %1 port %2 "
                                   "(nothing sent):\n")
                                    .arg(settings().smtp.host)
                                    .arg(settings().smtp.port);
                    for (const auto &c : checks) {
                        const QString mark =
                            c.verdict == AddressVerifier::Verdict::Accepted ? QStringLiteral("✓")
                            : c.verdict == AddressVerifier::Verdict::Rejected ? QStringLiteral("✗")
                                                                              : QStringLiteral("-");
                        s += QStringLiteral("  %1 %2 %3 %4\n")
                                 .arg(mark, c.role.leftJustified(11),
                                      c.address.isEmpty() ? tr("(not set)") : c.address,
                                      c.serverReply.isEmpty()
                                          ? QString()
                                          : QStringLiteral("— ") + c.serverReply);
                    }
                    if (!r.ok && !anyRejected)
                        s += QStringLiteral("✗ %1 (%2)\n")
                                 .arg(r.message, errorClassId(r.errorClass));
                    print(s.trimmed());
                }
                exitLater(code);
            });
        v->start(settings(), credentials);
    });
}

} // namespace mw::cli
