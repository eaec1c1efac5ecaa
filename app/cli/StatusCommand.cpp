// SPDX-License-Identifier: GPL-3.0-or-later
// mailwright-cli status [--check]: the state of the SMTP and POP3 servers and of the queue.
// --check runs the window's StatusMonitor with its probes (SmtpProbe with the downgrade
// guard, Pop3Probe), so that the command and the indicators check the same way.
#include "Commands.h"
#include "ExitCodes.h"
#include "JsonOutput.h"
#include "diagnostics/CertificateReport.h"
#include "diagnostics/Pop3Probe.h"
#include "diagnostics/SmtpProbe.h"
#include "diagnostics/StatusMonitor.h"
#include "session/CapabilityMemory.h"
#include "settings/SettingsFacts.h"

namespace mw::cli {
namespace {

// Whole days until the certificate of the last TLS session expires (negative once expired).
int certDaysLeft(const ServerState &state)
{
    const qint64 secs = QDateTime::currentDateTimeUtc().secsTo(state.certNotAfter);
    return static_cast<int>(secs >= 0 ? secs / 86400 : -((-secs + 86399) / 86400));
}

bool isConfigured(const MailSettings &settings, const QString &server)
{
    if (server == QLatin1String("backup-smtp"))
        return SettingsFacts::backupConfigured(settings);
    return server == QLatin1String("smtp") ? SettingsFacts::smtpConfigured(settings)
                                           : SettingsFacts::pop3Configured(settings);
}

} // namespace

int StatusCommand::run(const QStringList &args)
{
    const bool check = args.contains(QLatin1String("--check"));
    if (const int rc = m_ctx.loadSettings(true); rc != Ok)
        return rc;
    if (check) {
        this->check();
        return -1;
    }
    int rc = reportStored(QStringLiteral("smtp"), Ok);
    // The backup server (backup_smtp) only when it is set: the others are always listed.
    if (SettingsFacts::backupConfigured(settings()))
        rc = reportStored(QStringLiteral("backup-smtp"), rc);
    return reportStored(QStringLiteral("pop3"), rc);
}

int StatusCommand::reportStored(const QString &server, int previousCode)
{
    ServerState state;
    if (!isConfigured(settings(), server)) {
        // "Stop": not used (POP3: neither checked nor needed for POP-before-SMTP).
        state.status = ServerStatus::Stop;
    } else {
        state = m_ctx.readState(server);
        if (state.settingsHash != m_ctx.fingerprint()) {
            // Nothing was tried with these settings yet.
            state = {};
            state.status = ServerStatus::NotConnected;
        }
    }
    return report(server, state, previousCode);
}

void StatusCommand::check()
{
    auto *monitor = new StatusMonitor(this);
    monitor->setPeriodic(false);
    monitor->setHintStyle(CredentialResolver::HintStyle::CommandLine);
    auto *smtp = new SmtpProbe;
    // The remembered capabilities harden this check like every other session: a server
    // that stopped offering STARTTLS or the login method is refused, not used with less.
    smtp->setCapabilityMemory(CapabilityMemory::defaultPathFor(configPath()));
    monitor->setProbe(smtp);
    monitor->setProbe(new Pop3Probe);
    QString error;
    monitor->setSecretStore(m_ctx.secretStore(&error));
    if (SettingsFacts::usesOAuth(settings()))
        monitor->setAccessTokenSource(m_ctx.oauthSource());
    monitor->setSettings(settings());
    // Reported once, when neither server is being checked any more.
    auto started = std::make_shared<bool>(false);
    const auto done = [this, monitor, started] {
        const QStringList servers = StatusMonitor::allServers();
        if (!*started || std::any_of(servers.cbegin(), servers.cend(), [monitor](const QString &s) {
                return monitor->isChecking(s);
            }))
            return;
        *started = false;
        int rc = Ok;
        for (const QString &server : servers) {
            ServerState state = monitor->state(server);
            if (state.status != ServerStatus::Stop) {
                // The status file is read with the fingerprint of all the settings.
                state.settingsHash = m_ctx.fingerprint();
                m_ctx.writeState(server, state);
            }
            rc = report(server, state, rc);
        }
        exitLater(rc);
    };
    connect(monitor, &StatusMonitor::stateChanged, this, done);
    monitor->refresh(StatusMonitor::Trigger::OnDemand);
    *started = true;
    done();
}

int StatusCommand::report(const QString &server, const ServerState &state, int previousCode)
{
    const bool isSmtp = server != QLatin1String("pop3"); // the primary or the backup
    const bool primary = server == QLatin1String("smtp");
    const bool clearWarning = state.status == ServerStatus::Operating && state.endedInClear;
    if (json()) {
        QJsonObject o = serverStateJson(server, state);
        if (isSmtp && state.certNotAfter.isValid()) {
            o.insert(QStringLiteral("cert_not_after"), state.certNotAfter.toString(Qt::ISODate));
            o.insert(QStringLiteral("cert_days_left"), certDaysLeft(state));
            o.insert(QStringLiteral("cert_sha256"), state.certSha256);
        }
        if (primary)
            QueueCommand::addStatus(settings(), &o, nullptr);
        else if (!isSmtp)
            o.insert(QStringLiteral("check_interval_minutes"), settings().pop3.checkInterval);
        print(compactJson(o));
    } else {
        QString line = server + QStringLiteral(": ") + statusName(state.status);
        if (!state.reason.isEmpty())
            line += QStringLiteral(" — %1 (%2)").arg(state.reason, errorClassId(state.errorClass));
        if (state.checkedAt.isValid())
            line +=
                QStringLiteral(" [%1]").arg(state.checkedAt.toLocalTime().toString(Qt::ISODate));
        if (state.status == ServerStatus::Operating && !state.authMechanism.isEmpty())
            line += QStringLiteral("; ") + tr("signed in with %1").arg(state.authMechanism);
        if (clearWarning)
            line += QStringLiteral("; ") + CliContext::endedInClearNote();
        if (isSmtp) {
            if (state.certNotAfter.isValid()) {
                // The window's indicator warns from the same number of days on.
                const int days = certDaysLeft(state);
                if (days < 0)
                    line += QStringLiteral("; ") +
                            tr("WARNING: the certificate expired on %1")
                                .arg(state.certNotAfter.date().toString(Qt::ISODate));
                else if (days < CertificateReport::kDefaultWarnDays)
                    line += QStringLiteral("; ") +
                            tr("WARNING: the certificate expires in %n day(s) (%1)", nullptr, days)
                                .arg(state.certNotAfter.date().toString(Qt::ISODate));
                else
                    line += QStringLiteral("; ") +
                            tr("certificate valid until %1")
                                .arg(state.certNotAfter.date().toString(Qt::ISODate));
            }
            if (primary)
                QueueCommand::addStatus(settings(), nullptr, &line);
        }
        print(line);
    }
    const int code =
        state.status == ServerStatus::UnableToConnect ? exitCodeFor(state.errorClass) : int(Ok);
    return previousCode != Ok ? previousCode : code;
}

} // namespace mw::cli
