// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "delivery/TestSend.h"
#include "diagnostics/ServerStatus.h"
#include "protocol/Result.h"
#include "settings/MailSettings.h"
#include "settings/SecretStore.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QObject>
#include <QSet>
#include <QStringList>

#include <functional>
#include <memory>

class QNetworkAccessManager;

namespace mw {
class AccessTokenSource;
struct OAuthEndpoints;
struct OAuthFailure;
struct OAuthToken;
} // namespace mw

namespace mw::cli {

// mailwright-cli: a thin headless shell over core/. Each command runs on the event loop
// and ends by calling QCoreApplication::exit with a sysexits.h code.
class CliApp : public QObject
{
    Q_OBJECT
public:
    explicit CliApp(QObject *parent = nullptr);
    // Parses the arguments and starts the command; returns an exit code to use at once,
    // or -1 when the command runs on the event loop and will exit by itself.
    int start(const QStringList &arguments);
    // After the command: waits for secret writes still under way (a rotated OAuth2
    // refresh token) and turns a failed one into a message and a non-zero exit code.
    // Returns the exit code to use.
    int finishSecretWrites(int rc);

private:
    int cmdTest(const QStringList &args);
    int cmdProbe(const QStringList &args);
    // DiagnosticsCommands.cpp
    int cmdProbeAll(const QStringList &args);
    int cmdDetect(const QStringList &args);
    int cmdVerifyRoles(const QStringList &args);
    int cmdStatus(const QStringList &args);
    // Pop3Commands.cpp
    int cmdBounces(const QStringList &args);
    int cmdRoundTrip(const QStringList &args);
    int testPopBeforeSmtp(const TestSend::Options &options);
    int pop3StatusLine(int previousCode);
    int checkPop3Status(int previousCode);
    int reportPop3State(const ServerState &state, int previousCode);
    void withPop3Password(bool needed, const std::function<void(const QString &)> &then);
    void pollRoundTrip(const QString &password, const QString &token,
                       const std::shared_ptr<QElapsedTimer> &clock, int waitSeconds,
                       int pollSeconds, const QJsonObject &extra,
                       const std::shared_ptr<QSet<QString>> &seen);
    int cmdConfig(const QStringList &args);
    int cmdSecret(const QStringList &args);
    // QueueCommands.cpp: send, queue list|flush|run|retry|purge, queue part of status.
    int cmdSend(const QStringList &args);
    int cmdQueue(const QStringList &args);
    int cmdQueueRun(bool once, bool force);
    void startQueueRunner(bool once, bool force, const QString &pw, const QString &pop3Pw);
    void addQueueStatus(QJsonObject *json, QString *text);

    // OAuthCommands.cpp: oauth login|status|logout; a fresh access token for `test`.
    int cmdOAuth(const QStringList &args);
    void withOAuthClient(const std::function<void(const OAuthEndpoints &, const QString &)> &then);
    void withAccessToken(const std::function<void(const QString &)> &then);
    void oauthFail(const OAuthFailure &failure);
    void oauthLoginDone(const OAuthToken &token);
    // The access tokens of `queue run` (created on first use).
    AccessTokenSource *oauthSource();

    int loadSettings(bool mustExist);
    void withPassword(const QString &account, bool needed,
                      const std::function<void(const QString &)> &then);
    void finishSession(const QString &server, const Result &result, QJsonObject extra,
                       const QString &text);
    void emitResult(const Result &result, QJsonObject extra, const QString &text);
    int fail(int code, const QString &message, ErrorClass c = ErrorClass::Config);
    void print(const QString &text);
    void printErr(const QString &text);
    void exitLater(int code);
    [[nodiscard]] QString settingsHash() const;

    bool m_json = false;
    QString m_configPath;
    QStringList m_overrides;
    MailSettings m_settings;
    std::unique_ptr<SecretStore> m_secrets;
    QNetworkAccessManager *m_nam = nullptr;     // OAuthCommands.cpp
    QString m_lastGrantedScopes;                // OAuthCommands.cpp
    AccessTokenSource *m_oauthSource = nullptr; // OAuthCommands.cpp
};

} // namespace mw::cli
