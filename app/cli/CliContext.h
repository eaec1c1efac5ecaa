// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "diagnostics/ServerStatus.h"
#include "protocol/Result.h"
#include "session/Credentials.h"
#include "session/Preflight.h"
#include "settings/MailSettings.h"
#include "settings/Policy.h"
#include "settings/SecretStore.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QObject>
#include <QStringList>

#include <functional>
#include <memory>

class QNetworkAccessManager;

namespace mw {
class AccessTokenSource;
class CredentialResolver;
struct OAuthFailure;
} // namespace mw

namespace mw::cli {

// What every command of mailwright-cli shares: the configuration file and the settings read
// from it (with the --set overrides), the secret store, the OAuth2 access tokens, the status
// file, and the output (text or --json, stdout or stderr, the exit code). One per process;
// the commands (Commands.h) work over it.
class CliContext : public QObject
{
    // The commands' messages keep the translation context they always had.
    Q_DECLARE_TR_FUNCTIONS(mw::cli::CliApp)

public:
    CliContext(bool json, const QString &configPath, const QStringList &overrides,
               QObject *parent = nullptr);
    ~CliContext() override;

    [[nodiscard]] bool json() const { return m_json; }
    // `bounces --json` may switch it on after the global options.
    void setJson(bool json) { m_json = json; }
    [[nodiscard]] const QString &configPath() const { return m_configPath; }
    [[nodiscard]] const QStringList &overrides() const { return m_overrides; }
    [[nodiscard]] MailSettings &settings() { return m_settings; }
    [[nodiscard]] const MailSettings &settings() const { return m_settings; }
    // Reads the policy (Policy::load) and the configuration file, applies the policy
    // (defaults < system defaults < the user's keys < locked values) and then --set; Ok, or
    // the exit code after a message (--set on a locked key: EX_NOPERM).
    int loadSettings(bool mustExist);
    // What loadSettings() read: the policy, the keys of the user's file, each key's source.
    [[nodiscard]] const Policy &policy() const { return m_policy; }
    [[nodiscard]] const QStringList &userKeys() const { return m_userKeys; }
    // The user's administrator lock digest ([admin] lock; empty: none).
    [[nodiscard]] const QString &userAdminLockDigest() const { return m_userAdminLock; }
    [[nodiscard]] SettingSource source(const QString &key) const
    {
        return m_sources.value(key, SettingSource::Default);
    }
    // EX_NOPERM with "<what> is set by your administrator (<origin>) and cannot be changed
    // here." (what: a key, or "secret/<account>").
    int refuseLocked(const QString &what);
    // The fingerprint of the current settings (status file, queue hold).
    [[nodiscard]] QString fingerprint() const;

    // Output.
    static void print(const QString &text);
    // A line on stdout left in the buffer (a line per message of a flush: one write for
    // many); print() and flushOut() write it.
    static void printBuffered(const QString &text);
    static void flushOut();
    static void printErr(const QString &text);
    void exitLater(int code);
    // Says why the command cannot go on (JSON failure object or a line on stderr); returns code.
    int fail(int code, const QString &message, ErrorClass c = ErrorClass::Config);
    // A session's Result as JSON, or as text after `text` with its stages, hint and notes.
    void emitResult(const Result &result, QJsonObject extra, const QString &text);
    // The warning for a session that ended in clear without a login (Result, status).
    [[nodiscard]] static QString endedInClearNote();
    // Records the Result as the state of `server` ("smtp", "pop3"), with `alsoRecord` in the
    // same write of the status file, prints it and exits. `settingsHash`: fingerprint(), when
    // the caller has made it already (empty: made here).
    void finishSession(const QString &server, const Result &result, QJsonObject extra,
                       const QString &text, const StatusFile::Entries &alsoRecord = {},
                       const QString &settingsHash = {});
    // The status file beside the configuration: the last state of "smtp" or "pop3".
    [[nodiscard]] ServerState readState(const QString &server) const;
    void writeState(const QString &server, const ServerState &state) const;
    // Several entries in one write of the status file.
    void writeStates(const StatusFile::Entries &entries) const;
    void writeState(const QString &server, const Result &result) const;

    // Before an operation: the settings it needs must be valid (Preflight::issuesFor). Ok,
    // or EX_CONFIG after naming every blocking issue.
    int preflight(Purpose purpose, const PreflightOptions &options = {});
    // The secrets that Preflight::needs() names, read through a CredentialResolver (the
    // secret store, the OAuth2 access token), then `then`. A failure ends the command: a
    // password with its sentence and how to store it (EX_CONFIG), OAuth2 with oauthFail().
    void withCredentials(const PreflightNeeds &needs,
                         const std::function<void(const Credentials &)> &then);
    // Both for an operation: the exit code of a blocking issue at once, else -1 and
    // `then` with the credentials later (or the command ends with why they are missing).
    int prepare(Purpose purpose, const PreflightOptions &options,
                const std::function<void(const Credentials &)> &then);
    // The resolver of this process, on the secret store and the access token source.
    CredentialResolver *credentialResolver();

    // Secrets. The store is opened on first use; nullptr (and `error`) when it cannot be.
    SecretStore *secretStore(QString *error);
    // The store opened so far, or nullptr.
    [[nodiscard]] SecretStore *secrets() const { return m_secrets.get(); }

    // OAuth2.
    QNetworkAccessManager *network();
    // The access tokens of this process (created on first use).
    AccessTokenSource *oauthSource();
    [[nodiscard]] AccessTokenSource *existingOAuthSource() const { return m_oauthSource; }
    // A fresh access token from the saved sign-in, or the command ends with oauthFail().
    void withAccessToken(const std::function<void(const QString &)> &then);
    // The scopes granted with the last token withAccessToken() fetched.
    [[nodiscard]] const QString &lastGrantedScopes() const { return m_lastGrantedScopes; }
    void oauthFail(const OAuthFailure &failure);
    [[nodiscard]] static int oauthExitCode(const OAuthFailure &failure);
    // After the command: waits for secret writes still under way (a rotated OAuth2 refresh
    // token) and turns a failed one into a message and a non-zero exit code.
    int finishSecretWrites(int rc);

private:
    bool m_json = false;
    QString m_configPath;
    QStringList m_overrides;
    MailSettings m_settings;
    Policy m_policy;
    QStringList m_userKeys;
    QString m_userAdminLock;
    QHash<QString, SettingSource> m_sources;
    std::unique_ptr<SecretStore> m_secrets;
    QNetworkAccessManager *m_nam = nullptr;
    QString m_lastGrantedScopes;
    AccessTokenSource *m_oauthSource = nullptr;
    CredentialResolver *m_resolver = nullptr;
};

} // namespace mw::cli
