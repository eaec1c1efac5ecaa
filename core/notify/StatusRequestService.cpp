// SPDX-License-Identifier: GPL-3.0-or-later
#include "StatusRequestService.h"

#include "settings/ConfigDataPath.h"

#include "session/Preflight.h"
#include "session/SmtpConfigFactory.h"
#include "settings/SecretStore.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

#include <memory>

namespace mw {

StatusRequestService::StatusRequestService(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<mw::StatusRequestService::Pass>();
    m_resolver.setHintStyle(CredentialResolver::HintStyle::Service);
    connect(&m_timer, &QTimer::timeout, this, &StatusRequestService::runPass);
}

StatusRequestService::~StatusRequestService() = default;

void StatusRequestService::setSecretStore(SecretStore *store)
{
    m_store = store;
    m_resolver.setSecretStore(store);
}

QString StatusRequestService::lockPathFor(const QString &configPath)
{
    const QString path =
        configDataPath(configPath, QStringLiteral(".status-requests-"), QStringLiteral(".lock"));
    QDir().mkpath(QFileInfo(path).absolutePath()); // the folder must exist before anyone locks
    return path;
}

void StatusRequestService::setSettings(const MailSettings &settings)
{
    const bool wasEnabled = m_settings.remoteStatus.enabled && m_settings.pop3.enabled;
    const int wasInterval = m_settings.pop3.checkInterval;
    m_settings = settings;
    const bool enabled = settings.remoteStatus.enabled && settings.pop3.enabled;
    if (!enabled) {
        m_timer.stop();
        return;
    }
    if (!wasEnabled || wasInterval != settings.pop3.checkInterval || !m_timer.isActive())
        m_timer.start(qBound(1, settings.pop3.checkInterval, 255) * 60 * 1000);
}

void StatusRequestService::checkNow()
{
    runPass();
}

void StatusRequestService::stop()
{
    m_timer.stop();
    if (m_check)
        m_check->cancel();
    if (m_resolver.isRunning()) {
        m_resolver.cancel();
        Pass p;
        p.result = Result::failure(ErrorClass::Cancelled, Phase::Idle, tr("Cancelled."));
        finishPass(p);
    }
}

void StatusRequestService::runPass()
{
    if (!(m_settings.remoteStatus.enabled && m_settings.pop3.enabled))
        return;
    if (m_running) {
        Pass p;
        p.skipped = true;
        Q_EMIT passFinished(p);
        return;
    }
    // Never waits: the window's thread must not block on the runner's pass.
    auto lock = std::make_unique<FileLock>(lockPathFor(m_configPath));
    QString error;
    const FileLock::Attempt attempt = lock->tryLock(&error);
    if (attempt != FileLock::Attempt::Locked) {
        Pass p;
        p.skipped = true;
        if (attempt == FileLock::Attempt::Failed)
            p.result = Result::failure(ErrorClass::Config, Phase::Idle, error);
        Q_EMIT passFinished(p);
        return;
    }
    m_lock = std::move(lock);
    m_running = true;
    const auto start = [this](const Credentials &credentials) {
        auto *check = new StatusRequestCheck(this);
        m_check = check;
        connect(check, &StatusRequestCheck::finished, this, [this, check](const Result &r) {
            check->deleteLater();
            Pass p;
            p.result = r;
            p.entries = check->entries();
            finishPass(p);
        });
        StatusRequestCheck::Options o;
        o.configPath = m_configPath;
        o.store = m_store;
        check->start(m_settings, pop3ConfigFrom(m_settings, credentials), o);
    };
    m_resolver.resolve(m_settings, Preflight::serverNeeds(m_settings, QStringLiteral("pop3"), true),
                       this, [this, start](const CredentialResolver::Outcome &outcome) {
                           if (!outcome.ok) {
                               Pass p;
                               p.result = outcome.failure;
                               finishPass(p);
                               return;
                           }
                           start(outcome.credentials);
                       });
}

void StatusRequestService::finishPass(const Pass &pass)
{
    m_lock.reset();
    m_running = false;
    Q_EMIT passFinished(pass);
}

} // namespace mw
