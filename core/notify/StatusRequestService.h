// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "StatusRequestCheck.h"
#include "session/CredentialResolver.h"
#include "settings/AtomicFile.h"
#include "settings/MailSettings.h"

#include <QObject>
#include <QPointer>
#include <QString>
#include <QTimer>

#include <memory>

namespace mw {

class SecretStore;

// Runs a StatusRequestCheck every pop3/check_interval minutes while remote_status/enabled
// (and pop3/enabled): in the long-running `queue run` and in the window. A cross-process
// lock (FileLock on lockPathFor(configPath)) makes sure that only one of them checks the
// mailbox: the one that does not get the lock at once skips that pass (passFinished with
// skipped set). The POP3 credentials are read for each pass through its own
// CredentialResolver on the store (the runner's resolver is not shared: a second resolve()
// would cancel the first); the `remote-status` digest from the same store.
class StatusRequestService : public QObject
{
    Q_OBJECT
public:
    struct Pass
    {
        bool skipped = false; // another process holds the lock, or a pass was running
        Result result;
        QList<StatusRequestEntry> entries;
    };

    explicit StatusRequestService(QObject *parent = nullptr);
    ~StatusRequestService() override;
    Q_DISABLE_COPY_MOVE(StatusRequestService)

    // The lock file shared by every process of this configuration (its folder is created).
    [[nodiscard]] static QString lockPathFor(const QString &configPath);

    void setConfigPath(const QString &configPath) { m_configPath = configPath; }
    // Not owned.
    void setSecretStore(SecretStore *store);
    // Restarts the timer when the interval or the switch changed; stops when disabled.
    void setSettings(const MailSettings &settings);
    [[nodiscard]] bool isActive() const { return m_timer.isActive(); }
    // One pass now (when enabled); the timer keeps its rhythm.
    void checkNow();
    void stop();

Q_SIGNALS:
    void passFinished(const mw::StatusRequestService::Pass &pass);

private:
    void runPass();
    void finishPass(const Pass &pass);

    MailSettings m_settings;
    QString m_configPath;
    QPointer<SecretStore> m_store;
    CredentialResolver m_resolver;
    QTimer m_timer;
    QPointer<StatusRequestCheck> m_check;
    bool m_running = false;
    std::unique_ptr<FileLock> m_lock; // held during a pass
};

} // namespace mw
