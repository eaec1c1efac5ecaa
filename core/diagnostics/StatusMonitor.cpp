// SPDX-License-Identifier: GPL-3.0-or-later
#include "StatusMonitor.h"

#include "Pop3Probe.h"
#include "ServerProbe.h"
#include "SmtpProbe.h"
#include "oauth/AccessTokenSource.h"
#include "session/CredentialResolver.h"
#include "session/SmtpConfigFactory.h"
#include "settings/SecretStore.h"
#include "settings/SettingsFacts.h"

#include <memory>
#include <utility>

namespace mw {

StatusMonitor::StatusMonitor(QObject *parent)
    : QObject(parent)
{
    for (const QString &server : allServers()) {
        Entry e;
        e.hash = settingsHash(m_settings, server);
        // One per server: both may be checked at once.
        e.resolver = new CredentialResolver(this);
        e.resolver->setHintStyle(CredentialResolver::HintStyle::Service);
        m_entries.insert(server, e);
    }
    m_timer.setSingleShot(false);
    connect(&m_timer, &QTimer::timeout, this, [this] { refresh(Trigger::Automatic); });
    setProbe(new SmtpProbe(this));
    setProbe(new Pop3Probe(this));
    // The backup server is checked by a probe of its own (both may run at once) on the copy
    // of the settings whose [smtp] is the backup's (settingsFor()).
    setProbe(new SmtpProbe(this), QStringLiteral("backup-smtp"));
    restartTimer();
}

void StatusMonitor::setHintStyle(CredentialResolver::HintStyle style)
{
    for (const Entry &e : std::as_const(m_entries)) {
        if (e.resolver)
            e.resolver->setHintStyle(style);
    }
}

StatusMonitor::~StatusMonitor()
{
    cancel();
}

void StatusMonitor::setBounceLogPath(const QString &path)
{
    cancelBounces();
    m_bounceLogPath = path;
    m_bounceRecords.clear();
}

void StatusMonitor::cancelBounces()
{
    if (m_bounceCheck) {
        BounceCheck *check = m_bounceCheck;
        m_bounceCheck = nullptr;
        check->disconnect(this);
        check->cancel();
        check->deleteLater();
    }
}

void StatusMonitor::readBounces(const Credentials &credentials)
{
    if (m_bounceCheck || m_bounceLogPath.isEmpty())
        return;
    // The log is small (bounded records and UIDs); reading it here happens after a
    // network check, never at start-up.
    auto log = std::make_shared<BounceLog>(m_bounceLogPath);
    log->load();
    log->setAccount(QStringLiteral("%1:%2 %3")
                        .arg(m_settings.pop3.host)
                        .arg(m_settings.pop3.port)
                        .arg(m_settings.pop3.username));
    BounceCheck::Options o;
    o.deleteReports = m_settings.pop3.deleteBounces;
    o.skipUids = log->seenUids();
    o.debugLog = m_settings.diagnostics.debugLog;
    auto *check = new BounceCheck(this);
    m_bounceCheck = check;
    connect(check, &BounceCheck::finished, this, [this, check, log](const Result &r) {
        check->deleteLater();
        m_bounceCheck = nullptr;
        m_bounceResult = r;
        QList<BounceRecord> fresh;
        if (r.ok) {
            fresh = log->merge(check->found(), check->readUids());
            log->save();
        }
        m_bounceRecords = log->records();
        Q_EMIT bouncesRead(fresh, r);
    });
    check->start(pop3ConfigFrom(m_settings, credentials), o);
}

QStringList StatusMonitor::servers()
{
    return {QStringLiteral("smtp"), QStringLiteral("pop3")};
}

QStringList StatusMonitor::allServers()
{
    return servers() << QStringLiteral("backup-smtp");
}

bool StatusMonitor::isBackup(const QString &server)
{
    return server == QLatin1String("backup-smtp");
}

MailSettings StatusMonitor::settingsFor(const QString &server) const
{
    return isBackup(server) ? SettingsFacts::forServer(m_settings, MailSettings::SmtpServer::Backup)
                            : m_settings;
}

void StatusMonitor::setSecretStore(SecretStore *store)
{
    if (m_secrets)
        disconnect(m_secrets, nullptr, this, nullptr);
    m_secrets = store;
    for (const Entry &e : std::as_const(m_entries))
        e.resolver->setSecretStore(store);
    if (!store)
        return;
    connect(store, &SecretStore::secretChanged, this, [this](const QString &account) {
        // A new password is a new chance: the admin changed what was rejected.
        auto it = m_entries.find(account);
        if (it != m_entries.end())
            it->loginSuspended = false;
    });
}

void StatusMonitor::setAccessTokenSource(AccessTokenSource *source)
{
    if (m_tokens)
        disconnect(m_tokens, nullptr, this, nullptr);
    m_tokens = source;
    if (!source)
        return;
    connect(source, &AccessTokenSource::signInChanged, this, [this] {
        auto it = m_entries.find(QStringLiteral("smtp"));
        if (it == m_entries.end())
            return;
        it->loginSuspended = false;
        if (SettingsFacts::usesOAuth(m_settings))
            refreshServer(QStringLiteral("smtp"), Trigger::Automatic);
    });
}

void StatusMonitor::setProbe(ServerProbe *probe, const QString &forServer)
{
    if (!probe)
        return;
    const QString server = forServer.isEmpty() ? probe->server() : forServer;
    auto it = m_entries.find(server);
    if (it == m_entries.end())
        return;
    if (it->probe && it->probe != probe) {
        it->probe->cancel();
        it->probe->deleteLater();
    }
    probe->setParent(this);
    it->probe = probe;
    it->checking = false;
    ++it->generation;
    setState(server, idleState(server));
}

ServerProbe *StatusMonitor::probe(const QString &server) const
{
    return m_entries.value(server).probe;
}

QString StatusMonitor::settingsHash(const MailSettings &settings, const QString &server)
{
    // The backup's keys are the [backup_smtp] section (its id is also its secret account).
    const QString section = isBackup(server) ? QStringLiteral("backup_smtp") : server;
    return SettingsFacts::fingerprint(settings, {section, QStringLiteral("general")});
}

void StatusMonitor::setSettings(const MailSettings &settings)
{
    const bool intervalChanged = settings.pop3.checkInterval != m_settings.pop3.checkInterval;
    m_settings = settings;
    for (const QString &server : allServers()) {
        Entry &e = m_entries[server];
        const QString hash = settingsHash(settings, server);
        if (hash == e.hash)
            continue;
        e.hash = hash;
        if (server == QLatin1String("pop3"))
            cancelBounces();
        // What was found belongs to the old settings ("Not connected": nothing tried since
        // the settings changed), and a rejected login may now be right.
        if (e.checking && e.probe)
            e.probe->cancel();
        e.checking = false;
        ++e.generation;
        e.loginSuspended = false;
        setState(server, idleState(server));
    }
    if (intervalChanged || !m_timer.isActive())
        restartTimer();
}

void StatusMonitor::refresh(Trigger trigger)
{
    for (const QString &server : allServers())
        runCheck(server, trigger);
}

void StatusMonitor::refreshServer(const QString &server, Trigger trigger)
{
    runCheck(server, trigger);
}

void StatusMonitor::cancel()
{
    cancelBounces();
    for (auto it = m_entries.begin(); it != m_entries.end(); ++it) {
        if (!it->checking)
            continue;
        if (it->probe)
            it->probe->cancel();
        if (it->resolver)
            it->resolver->cancel();
        it->checking = false;
        it->credentials = {};
        it->loggedIn = false;
        ++it->generation;
        // Back to what was known before the check started.
        ServerState s = it->state;
        if (s.status == ServerStatus::InProgress)
            s.status = s.checkedAt.isValid()
                           ? (s.errorClass == ErrorClass::None ? ServerStatus::Operating
                                                               : ServerStatus::UnableToConnect)
                           : ServerStatus::NotConnected;
        setState(it.key(), s);
    }
}

ServerState StatusMonitor::state(const QString &server) const
{
    return m_entries.value(server).state;
}

bool StatusMonitor::isChecking(const QString &server) const
{
    return m_entries.value(server).checking;
}

bool StatusMonitor::isLoginSuspended(const QString &server) const
{
    return m_entries.value(server).loginSuspended;
}

int StatusMonitor::checkCount(const QString &server) const
{
    return m_entries.value(server).checks;
}

void StatusMonitor::setPeriodic(bool on)
{
    m_periodic = on;
    restartTimer();
}

void StatusMonitor::setIntervalOverride(int ms)
{
    m_intervalOverride = qMax(0, ms);
    restartTimer();
}

int StatusMonitor::intervalMs() const
{
    if (m_intervalOverride > 0)
        return m_intervalOverride;
    return qBound(1, m_settings.pop3.checkInterval, 255) * 60 * 1000;
}

void StatusMonitor::restartTimer()
{
    m_timer.stop();
    if (m_periodic)
        m_timer.start(intervalMs());
}

ServerState StatusMonitor::idleState(const QString &server) const
{
    ServerState s;
    const Entry &e = m_entries[server];
    // Each entry's hash follows m_settings (the constructor and setSettings keep it).
    s.settingsHash = e.hash;
    bool configured = false;
    if (isBackup(server))
        configured = e.probe && SettingsFacts::backupConfigured(m_settings) &&
                     e.probe->isConfigured(settingsFor(server));
    else if (e.probe)
        configured = e.probe->isConfigured(m_settings);
    else if (server == QLatin1String("pop3"))
        configured = m_settings.pop3.enabled && SettingsFacts::pop3Configured(m_settings);
    s.status = configured ? ServerStatus::NotConnected : ServerStatus::Stop;
    return s;
}

void StatusMonitor::setState(const QString &server, const ServerState &state)
{
    m_entries[server].state = state;
    Q_EMIT stateChanged(server, state);
}

void StatusMonitor::runCheck(const QString &server, Trigger trigger)
{
    auto it = m_entries.find(server);
    if (it == m_entries.end() || !it->probe || it->checking)
        return;
    ServerProbe *probe = it->probe;
    if (idleState(server).status == ServerStatus::Stop) {
        if (it->state.status != ServerStatus::Stop)
            setState(server, idleState(server));
        return;
    }
    const MailSettings settings = settingsFor(server);
    const bool logsIn = probe->logsIn(settings);
    if (logsIn && it->loginSuspended && trigger == Trigger::Automatic)
        return; // the rejected login is not repeated behind the admin's back
    it->checking = true;
    const int generation = ++it->generation;
    ServerState s = it->state;
    s.status = ServerStatus::InProgress;
    setState(server, s);

    // What this server's check needs (Preflight::serverNeeds): the client certificate
    // always, and for a login its method's password or Kerberos ticket (none for EXTERNAL),
    // read with the shared sentences. OAuth2's access token is asked for per check.
    // The backup is an SMTP server: its needs are those of [smtp] in its copy.
    PreflightNeeds needs = Preflight::serverNeeds(
        settings, isBackup(server) ? QStringLiteral("smtp") : server, logsIn);
    const bool oauth = needs.accessToken;
    needs.accessToken = false;
    m_entries.value(server).resolver->resolve(
        settings, needs, this,
        [this, server, generation, logsIn, oauth](const CredentialResolver::Outcome &o) {
            if (m_entries.value(server).generation != generation)
                return;
            if (!o.ok) {
                // The indicator shows only the reason: the hint goes with it.
                Result r = o.failure;
                r.message = o.text();
                finishCheck(server, generation, r);
                return;
            }
            if (oauth)
                runOAuthCheck(server, generation, o.credentials);
            else
                startProbe(server, generation, o.credentials, logsIn);
        });
}

void StatusMonitor::runOAuthCheck(const QString &server, int generation,
                                  const Credentials &credentials, bool retried)
{
    if (!m_tokens) {
        finishCheck(server, generation,
                    Result::failure(ErrorClass::Config, Phase::Auth,
                                    tr("OAuth2 sign-in is chosen but no sign-in is available "
                                       "here: sign in first.")));
        return;
    }
    m_tokens->request(this, [this, server, generation, credentials,
                             retried](const QString &token, const OAuthFailure &failure) {
        if (m_entries.value(server).generation != generation)
            return;
        if (token.isEmpty()) {
            const ErrorClass c = failure.kind == OAuthFailure::Kind::Network ? ErrorClass::Network
                                 : failure.kind == OAuthFailure::Kind::Config
                                     ? ErrorClass::Config
                                     : ErrorClass::AuthFailed;
            Result r = Result::failure(c, Phase::Auth, failure.message);
            r.serverReply = failure.description;
            finishCheck(server, generation, r);
            return;
        }
        auto *smtp = qobject_cast<SmtpProbe *>(m_entries.value(server).probe.data());
        if (!smtp)
            return;
        disconnect(smtp, &ServerProbe::finished, this, nullptr);
        connect(smtp, &ServerProbe::finished, this,
                [this, server, generation, credentials, retried, token](const Result &r) {
                    // An access token from memory refused at AUTH (revoked early, no
                    // expiry given): one retry with a fresh one before reporting it.
                    if (!retried && m_tokens && m_tokens->retryAfterRefusal(r, token)) {
                        runOAuthCheck(server, generation, credentials, true);
                        return;
                    }
                    finishCheck(server, generation, r);
                });
        Credentials withToken = credentials;
        withToken.accessToken = token;
        smtp->start(settingsFor(server), withToken, true);
    });
}

void StatusMonitor::startProbe(const QString &server, int generation,
                               const Credentials &credentials, bool login)
{
    ServerProbe *probe = m_entries.value(server).probe;
    if (!probe)
        return;
    disconnect(probe, &ServerProbe::finished, this, nullptr);
    connect(probe, &ServerProbe::finished, this,
            [this, server, generation](const Result &r) { finishCheck(server, generation, r); });
    if (server == QLatin1String("pop3") && login) {
        m_entries[server].credentials = credentials;
        m_entries[server].loggedIn = true;
    }
    probe->start(settingsFor(server), credentials, login);
}

void StatusMonitor::finishCheck(const QString &server, int generation, const Result &result)
{
    auto it = m_entries.find(server);
    if (it == m_entries.end() || it->generation != generation || !it->checking)
        return;
    it->checking = false;
    ++it->checks;
    if (result.errorClass == ErrorClass::AuthFailed)
        it->loginSuspended = true;
    ServerState s = ServerState::fromResult(result, it->hash);
    if (!result.ok && s.reason.isEmpty())
        s.reason = defaultMessage(result.errorClass);
    const Credentials credentials = std::exchange(it->credentials, {});
    const bool loggedIn = std::exchange(it->loggedIn, false);
    s.signInRequired = server == QLatin1String("smtp") && m_tokens &&
                       SettingsFacts::usesOAuth(m_settings) && m_tokens->isSignInRequired();
    setState(server, s);
    Q_EMIT checkFinished(server, result);
    // The login works: read the bounced-alerts mailbox with it (a second, short session;
    // the status check itself never reads or deletes anything).
    if (server == QLatin1String("pop3") && result.ok && m_settings.pop3.watchBounces && loggedIn)
        readBounces(credentials);
}

} // namespace mw
