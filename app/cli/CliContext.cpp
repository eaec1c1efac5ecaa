// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliContext.h"

#include "ExitCodes.h"
#include "JsonOutput.h"
#include "oauth/AccessTokenSource.h"
#include "session/CredentialResolver.h"
#include "settings/SecretStoreFactory.h"
#include "settings/SettingsFacts.h"
#include "settings/SettingsSchema.h"
#include "settings/SettingsStore.h"

#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QTextStream>
#include <QTimer>

namespace mw::cli {
namespace {

QTextStream &out()
{
    static QTextStream s(stdout);
    return s;
}

QTextStream &err()
{
    static QTextStream s(stderr);
    return s;
}

} // namespace

CliContext::CliContext(bool json, const QString &configPath, const QStringList &overrides,
                       QObject *parent)
    : QObject(parent)
    , m_json(json)
    , m_configPath(configPath)
    , m_overrides(overrides)
{}

CliContext::~CliContext() = default;

void CliContext::print(const QString &text)
{
    out() << text << Qt::endl;
}

void CliContext::printBuffered(const QString &text)
{
    out() << text << '\n';
}

void CliContext::flushOut()
{
    out().flush();
}

void CliContext::printErr(const QString &text)
{
    err() << text << Qt::endl;
}

void CliContext::exitLater(int code)
{
    QTimer::singleShot(0, qApp, [code] { QCoreApplication::exit(code); });
}

int CliContext::fail(int code, const QString &message, ErrorClass c)
{
    if (m_json) {
        print(compactJson(failureJson(c, message)));
    } else {
        printErr(QStringLiteral("mailwright-cli: ") + message);
    }
    return code;
}

int CliContext::loadSettings(bool mustExist)
{
    m_policy = Policy::load();
    for (const QString &w : m_policy.warnings())
        printErr(tr("warning: policy: %1").arg(w));
    SettingsStore store(m_configPath);
    store.setPolicy(m_policy);
    const SettingsLoadResult loaded = store.load();
    m_userKeys.clear();
    m_userAdminLock.clear();
    switch (loaded.status) {
    case SettingsLoadResult::Status::Ok:
        m_settings = loaded.settings;
        m_userKeys = loaded.userKeys;
        m_userAdminLock = loaded.adminLockDigest;
        break;
    case SettingsLoadResult::Status::NotFound:
        if (mustExist && m_overrides.isEmpty())
            return fail(NoInput,
                        tr("There is no configuration file at %1. Create it with "
                           "\"mailwright-cli config set smtp/host HOST\" or give --config.")
                            .arg(m_configPath));
        m_settings = MailSettings{};
        break;
    case SettingsLoadResult::Status::Unreadable:
        return fail(NoInput, loaded.error);
    case SettingsLoadResult::Status::Malformed:
    case SettingsLoadResult::Status::NewerSchema:
        return fail(Config, loaded.error);
    }
    for (const QString &w : loaded.warnings)
        printErr(tr("warning: %1").arg(w));
    m_sources.clear();
    m_settings = m_policy.apply(m_settings, m_userKeys, &m_sources);
    for (const QString &o : std::as_const(m_overrides)) {
        const qsizetype eq = o.indexOf(QLatin1Char('='));
        if (eq <= 0)
            return fail(Usage, tr("--set expects KEY=VALUE, got \"%1\".").arg(o));
        const QString key = o.left(eq);
        if (m_policy.isLocked(key))
            return refuseLocked(key);
        const QString error = SettingsSchema::setValue(m_settings, key, o.mid(eq + 1));
        if (!error.isEmpty())
            return fail(Config, QStringLiteral("%1: %2").arg(key, error));
    }
    return Ok;
}

int CliContext::refuseLocked(const QString &what)
{
    return fail(NoPerm, tr("%1 is set by your administrator (%2) and cannot be changed here.")
                            .arg(what, m_policy.origin(what)));
}

QString CliContext::fingerprint() const
{
    return SettingsFacts::fingerprint(m_settings);
}

ServerState CliContext::readState(const QString &server) const
{
    return StatusFile(StatusFile::defaultPathFor(m_configPath)).read(server);
}

void CliContext::writeState(const QString &server, const ServerState &state) const
{
    writeStates({{server, state}});
}

void CliContext::writeStates(const StatusFile::Entries &entries) const
{
    StatusFile(StatusFile::defaultPathFor(m_configPath)).write(entries);
}

void CliContext::writeState(const QString &server, const Result &result) const
{
    writeState(server, ServerState::fromResult(result, fingerprint()));
}

SecretStore *CliContext::secretStore(QString *error)
{
    if (!m_secrets)
        m_secrets = SecretStoreFactory::create(m_settings, m_configPath, error);
    return m_secrets.get();
}

QNetworkAccessManager *CliContext::network()
{
    if (!m_nam)
        m_nam = new QNetworkAccessManager(this);
    return m_nam;
}

int CliContext::preflight(Purpose purpose, const PreflightOptions &options)
{
    const QList<ValidationIssue> issues = Preflight::issuesFor(m_settings, purpose, options);
    if (issues.isEmpty())
        return Ok;
    QStringList lines;
    for (const ValidationIssue &i : issues)
        lines << QStringLiteral("%1: %2").arg(i.key, i.message);
    return fail(Config, lines.join(QStringLiteral("; ")));
}

int CliContext::prepare(Purpose purpose, const PreflightOptions &options,
                        const std::function<void(const Credentials &)> &then)
{
    if (const int rc = preflight(purpose, options); rc != Ok)
        return rc;
    // No look-ahead of the server names here (MailConnection::lookAhead): the CLI's
    // secrets come at once, and the look-ahead's thread, made while the TLS preload's
    // dlopen holds the loader's lock, made the connect 0.3-0.5 ms later (40 alternations of
    // bench/session_timeline.py, docs/PERFORMANCE-CLI.md).
    withCredentials(Preflight::needs(m_settings, purpose, options), then);
    return -1;
}

CredentialResolver *CliContext::credentialResolver()
{
    if (!m_resolver) {
        m_resolver = new CredentialResolver(this);
        m_resolver->setHintStyle(CredentialResolver::HintStyle::CommandLine);
    }
    QString error;
    m_resolver->setSecretStore(secretStore(&error));
    if (SettingsFacts::usesOAuth(m_settings))
        m_resolver->setAccessTokenSource(oauthSource());
    return m_resolver;
}

void CliContext::withCredentials(const PreflightNeeds &needs,
                                 const std::function<void(const Credentials &)> &then)
{
    if (!needs.anyToResolve()) {
        then(Credentials{});
        return;
    }
    QString error;
    if ((needs.smtpPassword || needs.pop3Password) && !secretStore(&error)) {
        exitLater(fail(Config, error));
        return;
    }
    credentialResolver()->resolve(
        m_settings, needs, this, [this, then](const CredentialResolver::Outcome &outcome) {
            if (outcome.ok) {
                if (m_oauthSource)
                    m_lastGrantedScopes = m_oauthSource->grantedScopes();
                then(outcome.credentials);
            } else if (outcome.account == QLatin1String("oauth")) {
                oauthFail(outcome.oauth);
            } else {
                // A secret missing: EX_CONFIG; no valid Kerberos ticket: the login's code.
                exitLater(fail(exitCodeFor(outcome.failure.errorClass), outcome.text(),
                               outcome.failure.errorClass));
            }
        });
}

void CliContext::emitResult(const Result &r, QJsonObject o, const QString &text)
{
    if (m_json) {
        print(compactJson(resultJson(r, std::move(o))));
        return;
    }
    QString s = text;
    for (const StageTiming &st : r.stages)
        s += QStringLiteral("  %1 %2 %3 ms\n")
                 .arg(st.ok ? QStringLiteral("✓") : QStringLiteral("✗"),
                      phaseId(st.phase).leftJustified(9))
                 .arg(st.ms, 5);
    // The mechanism the server accepted (JSON: auth_mechanism).
    if (!r.authMechanismUsed.isEmpty())
        s += QStringLiteral("  ") + tr("Signed in with %1").arg(r.authMechanismUsed) +
             QLatin1Char('\n');
    if (r.ok) {
        s += QStringLiteral("✓ ") + r.message;
        if (!r.serverReply.isEmpty())
            s += QStringLiteral("\n  ") + tr("Server said: %1").arg(r.serverReply);
    } else {
        s += QStringLiteral("✗ %1 (%2, phase %3)\n")
                 .arg(r.message, errorClassId(r.errorClass), phaseId(r.phase));
        if (!r.hint.isEmpty())
            s += QStringLiteral("  ") + tr("Hint: %1").arg(r.hint) + QLatin1Char('\n');
        if (!r.serverReply.isEmpty())
            s += QStringLiteral("  ") + tr("Server said: %1").arg(r.serverReply);
    }
    if (r.endedInClear)
        s += QStringLiteral("\n  ") + endedInClearNote();
    print(s.trimmed());
}

QString CliContext::endedInClearNote()
{
    return tr("Note: the session was not encrypted (the server offers no STARTTLS), so it "
              "went on without a login.");
}

void CliContext::finishSession(const QString &server, const Result &r, QJsonObject extra,
                               const QString &text, const StatusFile::Entries &alsoRecord,
                               const QString &settingsHash)
{
    StatusFile::Entries entries = alsoRecord;
    entries.append({server, ServerState::fromResult(r, settingsHash.isEmpty() ? fingerprint()
                                                                              : settingsHash)});
    writeStates(entries);
    emitResult(r, std::move(extra), text);
    exitLater(exitCodeFor(r.errorClass));
}

int CliContext::oauthExitCode(const OAuthFailure &failure)
{
    switch (failure.kind) {
    case OAuthFailure::Kind::SignInRequired:
    case OAuthFailure::Kind::AccessDenied:
    case OAuthFailure::Kind::InvalidScope:
    case OAuthFailure::Kind::InvalidClient:
        return NoPerm;
    case OAuthFailure::Kind::Network:
    case OAuthFailure::Kind::Expired:
    case OAuthFailure::Kind::Cancelled:
        return TempFail;
    case OAuthFailure::Kind::Config:
        return Config;
    case OAuthFailure::Kind::Provider:
        return Protocol;
    case OAuthFailure::Kind::None:
        break;
    }
    return Software;
}

void CliContext::oauthFail(const OAuthFailure &failure)
{
    if (m_json) {
        print(compactJson(oauthFailureJson(failure)));
    } else {
        printErr(QStringLiteral("mailwright-cli: ") + failure.message);
        if (failure.kind == OAuthFailure::Kind::SignInRequired)
            printErr(tr("Sign in again with \"mailwright-cli oauth login\"."));
    }
    exitLater(oauthExitCode(failure));
}

AccessTokenSource *CliContext::oauthSource()
{
    if (m_oauthSource)
        return m_oauthSource;
    QString error;
    if (!secretStore(&error))
        (void)fail(Config, error);
    m_oauthSource = new AccessTokenSource(network(), m_secrets.get(), this);
    m_oauthSource->setSettings(m_settings);
    return m_oauthSource;
}

void CliContext::withAccessToken(const std::function<void(const QString &)> &then)
{
    // The same source as `queue run` and `status --check`: in a new process it always
    // asks the provider (nothing is in memory yet), so what `test` proves is that the
    // saved sign-in still works; a rotated refresh token is stored by the source, and
    // finishSecretWrites() waits for that before the process ends.
    AccessTokenSource *source = oauthSource();
    if (!m_secrets) {
        exitLater(Config); // oauthSource() said why
        return;
    }
    source->request(this, [this, source, then](const QString &token, const OAuthFailure &failure) {
        if (token.isEmpty()) {
            oauthFail(failure);
            return;
        }
        m_lastGrantedScopes = source->grantedScopes();
        then(token);
    });
}

int CliContext::finishSecretWrites(int rc)
{
    if (!m_oauthSource)
        return rc;
    if (m_oauthSource->isStoring()) {
        // The command is done, but a rotated refresh token is still on its way to the
        // secret store: the provider may already refuse the old one (RFC 6749 §6), so
        // ending now could leave no working sign-in.
        QEventLoop loop;
        QTimer timeout;
        timeout.setSingleShot(true);
        connect(m_oauthSource, &AccessTokenSource::storeIdle, &loop, &QEventLoop::quit);
        connect(&timeout, &QTimer::timeout, &loop, &QEventLoop::quit);
        timeout.start(qMax(30, 2 * m_settings.smtp.timeout) * 1000);
        loop.exec();
        if (m_oauthSource->isStoring()) {
            printErr(QStringLiteral("mailwright-cli: ") +
                     tr("The secret store did not finish saving the new OAuth2 refresh token in "
                        "time; the saved sign-in may no longer work."));
            return rc == Ok ? int(CantCreat) : rc;
        }
    }
    if (const QString error = m_oauthSource->storeError(); !error.isEmpty()) {
        printErr(QStringLiteral("mailwright-cli: ") + error);
        return rc == Ok ? int(CantCreat) : rc;
    }
    return rc;
}

} // namespace mw::cli
