// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "BounceCheck.h"
#include "ServerStatus.h"
#include "session/CredentialResolver.h"
#include "settings/MailSettings.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>
#include <QTimer>

namespace mw {

class AccessTokenSource;
class SecretStore;
class ServerProbe;

// Keeps the status of the SMTP and POP3 servers (DESIGN.md "Statuses") for the status
// indicators: a check every POP3 check interval, on demand, and after the settings change.
// No widgets; every check is asynchronous (a ServerProbe on the event loop).
//
// Periodic checks must not lock an account: after a check whose login was rejected
// (auth_failed) no automatic check of that server runs again until its settings or its
// password change. An explicit refresh (the admin pressed Refresh Status) still logs in.
class StatusMonitor : public QObject
{
    Q_OBJECT
public:
    enum class Trigger { Automatic, OnDemand };
    Q_ENUM(Trigger)

    explicit StatusMonitor(QObject *parent = nullptr);
    ~StatusMonitor() override;
    Q_DISABLE_COPY_MOVE(StatusMonitor)

    // "smtp" and "pop3".
    [[nodiscard]] static QStringList servers();
    // servers() and "backup-smtp", the backup SMTP server: checked only while
    // SettingsFacts::backupConfigured() (else "Stop"), its probe given the copy
    // SettingsFacts::forServer(settings, Backup) (so its secret is "backup-smtp").
    [[nodiscard]] static QStringList allServers();
    [[nodiscard]] static bool isBackup(const QString &server);

    // Where the passwords are read from before a check that logs in (not owned; may be
    // null: such checks then report that no password is available). A secretChanged()
    // of the store lifts the login suspension of that account.
    void setSecretStore(SecretStore *store);
    // Where OAuth2 access tokens come from (not owned; may be null). With "Sign-in
    // required" the SMTP check fails at once, without asking the provider; a new sign-in
    // lifts the login suspension and checks again.
    void setAccessTokenSource(AccessTokenSource *source);
    // How the hint of a missing or unreadable password is worded: the window's and the
    // service's "in the settings window" (default) or the command line's "secret set".
    void setHintStyle(CredentialResolver::HintStyle style);
    // Replaces the probe of probe->server(), or of forServer when given (an SMTP probe for
    // "backup-smtp"); takes ownership. SMTP, POP3 and backup probes are installed by default.
    void setProbe(ServerProbe *probe, const QString &forServer = {});
    [[nodiscard]] ServerProbe *probe(const QString &server) const;

    // The settings to check (the saved ones). A change in a server's section cancels its
    // running check, resets it to "Not connected" (or "Stop") and lifts its login
    // suspension. Restarts the periodic timer.
    void setSettings(const MailSettings &settings);
    [[nodiscard]] const MailSettings &settings() const { return m_settings; }

    // Checks every server now. OnDemand logs in even while logins are suspended.
    void refresh(Trigger trigger = Trigger::OnDemand);
    void refreshServer(const QString &server, Trigger trigger = Trigger::OnDemand);
    // Stops all running checks without a result (the previous status stays).
    void cancel();

    [[nodiscard]] ServerState state(const QString &server) const;
    [[nodiscard]] bool isChecking(const QString &server) const;
    // True after a rejected login, until the settings or the password change.
    [[nodiscard]] bool isLoginSuspended(const QString &server) const;
    [[nodiscard]] int checkCount(const QString &server) const;

    // Periodic checks (on by default). The interval is pop3/check_interval minutes unless
    // an override in milliseconds is set (> 0; tests and demos).
    void setPeriodic(bool on);
    [[nodiscard]] bool isPeriodic() const { return m_periodic; }
    void setIntervalOverride(int ms);
    [[nodiscard]] int intervalMs() const;

    // The bounced-alerts mailbox watch (pop3/watch_bounces): after each successful POP3
    // check the mailbox is read (each message once, by UID) and the delivery status
    // notifications are recorded in the bounce log at `path` (BounceLog::defaultPathFor).
    // Empty: no watch.
    void setBounceLogPath(const QString &path);
    [[nodiscard]] bool isReadingBounces() const
    {
        return m_bounceCheck && m_bounceCheck->isRunning();
    }
    // The reports recorded so far (read from the log after each watch).
    [[nodiscard]] const QList<BounceRecord> &bounceRecords() const { return m_bounceRecords; }
    [[nodiscard]] const Result &lastBounceResult() const { return m_bounceResult; }

    // A short hash of the keys of one server's section (what a status was found with).
    [[nodiscard]] static QString settingsHash(const MailSettings &settings, const QString &server);

Q_SIGNALS:
    void stateChanged(const QString &server, const mw::ServerState &state);
    // Once per check that ran (not for skipped or cancelled ones).
    void checkFinished(const QString &server, const mw::Result &result);
    // After each read of the bounced-alerts mailbox: the reports not seen before.
    void bouncesRead(const QList<mw::BounceRecord> &fresh, const mw::Result &result);

private:
    struct Entry
    {
        ServerState state;
        QPointer<ServerProbe> probe;
        QString hash;
        // What the check logged in with, held only while a POP3 check (and the bounce
        // read after it) runs.
        Credentials credentials;
        bool loggedIn = false;
        QPointer<CredentialResolver> resolver; // owned by the monitor
        bool checking = false;
        bool loginSuspended = false;
        int generation = 0; // bumped when a check is cancelled or settings change
        int checks = 0;
    };

    void runCheck(const QString &server, Trigger trigger);
    void startProbe(const QString &server, int generation, const Credentials &credentials,
                    bool login);
    void runOAuthCheck(const QString &server, int generation, const Credentials &credentials,
                       bool retried = false);
    void finishCheck(const QString &server, int generation, const Result &result);
    void setState(const QString &server, const ServerState &state);
    [[nodiscard]] ServerState idleState(const QString &server) const;
    // What the server's check runs on: the settings, or for the backup their copy whose
    // [smtp] is [backup_smtp].
    [[nodiscard]] MailSettings settingsFor(const QString &server) const;
    void restartTimer();
    void readBounces(const Credentials &credentials);
    void cancelBounces();

    MailSettings m_settings;
    QHash<QString, Entry> m_entries;
    QPointer<SecretStore> m_secrets;
    QPointer<AccessTokenSource> m_tokens;
    QTimer m_timer;
    QString m_bounceLogPath;
    QPointer<BounceCheck> m_bounceCheck;
    QList<BounceRecord> m_bounceRecords;
    Result m_bounceResult;
    bool m_periodic = true;
    int m_intervalOverride = 0;
};

} // namespace mw
