// SPDX-License-Identifier: GPL-3.0-or-later
#include "KeychainSecretStore.h"

#include <QDir>
#include <QFileInfo>

#include <qt6keychain/keychain.h>

namespace mw {

namespace {

SecretResult failureOf(const QKeychain::Job *job)
{
    return SecretResult::failure(
        QStringLiteral("The system keychain refused the request: %1").arg(job->errorString()));
}

} // namespace

KeychainSecretStore::KeychainSecretStore(const QString &configPath, QObject *parent)
    : SecretStore(parent)
{
    // The canonical path when the file exists, so that two spellings of one file share
    // their passwords and two different files never do.
    const QFileInfo info(configPath);
    m_configPath = info.exists() ? info.canonicalFilePath() : info.absoluteFilePath();
}

QString KeychainSecretStore::keyFor(const QString &account) const
{
    return account + QLatin1Char('@') + QDir::toNativeSeparators(m_configPath);
}

void KeychainSecretStore::doRead(const QString &account, Callback done)
{
    auto *job = new QKeychain::ReadPasswordJob(serviceName, this);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(keyFor(account));
    connect(job, &QKeychain::Job::finished, this, [done](QKeychain::Job *j) {
        if (j->error() == QKeychain::NoError)
            done(SecretResult::success(static_cast<QKeychain::ReadPasswordJob *>(j)->textData()));
        else if (j->error() == QKeychain::EntryNotFound)
            done(SecretResult::notFound());
        else
            done(failureOf(j));
    });
    job->start();
}

void KeychainSecretStore::doWrite(const QString &account, const QString &secret, Callback done)
{
    auto *job = new QKeychain::WritePasswordJob(serviceName, this);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(keyFor(account));
    job->setTextData(secret);
    connect(job, &QKeychain::Job::finished, this, [done](QKeychain::Job *j) {
        done(j->error() == QKeychain::NoError ? SecretResult::success() : failureOf(j));
    });
    job->start();
}

void KeychainSecretStore::doRemove(const QString &account, Callback done)
{
    auto *job = new QKeychain::DeletePasswordJob(serviceName, this);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(keyFor(account));
    connect(job, &QKeychain::Job::finished, this, [done](QKeychain::Job *j) {
        // Removing what is not there is not an error.
        const bool ok = j->error() == QKeychain::NoError || j->error() == QKeychain::EntryNotFound;
        done(ok ? SecretResult::success() : failureOf(j));
    });
    job->start();
}

} // namespace mw
