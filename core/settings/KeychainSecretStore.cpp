// SPDX-License-Identifier: GPL-3.0-or-later
#include "KeychainSecretStore.h"

#include "KeychainModule.h"
#include "protocol/PrivateModule.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLibrary>
#include <QPointer>

#include <mutex>

namespace mw {

namespace {

using namespace keychainmodule;

struct Module
{
    StartFunction start = nullptr;
    QString error;
};

// Loaded once per process and never unloaded: jobs and their connections live in it.
Module module()
{
    const PrivateModule::Entry entry =
        PrivateModule::resolve(QLatin1String(moduleName), entryPoint);
    return {reinterpret_cast<StartFunction>(entry.function),
            entry.function ? QString()
                           : QStringLiteral("The keychain module (%1) could not be loaded: %2")
                                 .arg(QLatin1String(moduleName), entry.error)};
}

void startJob(Op op, const QString &key, const QString &secret, QObject *parent,
              const SecretStore::Callback &done)
{
    const Module m = module();
    if (!m.start) {
        done(SecretResult::failure(m.error));
        return;
    }
    Request request;
    request.op = op;
    request.service = KeychainSecretStore::serviceName;
    request.key = key;
    request.secret = secret;
    // No parent: a job lives until the keychain answered and then deletes itself. Deleted
    // with its store (a window closed meanwhile), QtKeychain's libsecret backend called
    // back into the freed job and the program crashed (tst_keychain_module
    // storeDeletedWhileJobsRun). Its answer then goes nowhere.
    request.parent = nullptr;
    request.done = [op, done, store = QPointer<QObject>(parent)](
                       Outcome outcome, const QString &text, const QString &error) {
        if (!store)
            return;
        switch (outcome) {
        case Outcome::Ok:
            done(SecretResult::success(text));
            break;
        case Outcome::NotFound:
            // Removing what is not there is not an error.
            done(op == Op::Remove ? SecretResult::success() : SecretResult::notFound());
            break;
        case Outcome::Failed:
            done(SecretResult::failure(
                QStringLiteral("The system keychain refused the request: %1").arg(error)));
            break;
        }
    };
    m.start(request);
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

bool KeychainSecretStore::moduleAvailable(QString *error)
{
    const Module m = module();
    if (error)
        *error = m.error;
    return m.start != nullptr;
}

void KeychainSecretStore::doRead(const QString &account, Callback done)
{
    startJob(Op::Read, keyFor(account), {}, this, done);
}

void KeychainSecretStore::doWrite(const QString &account, const QString &secret, Callback done)
{
    startJob(Op::Write, keyFor(account), secret, this, done);
}

void KeychainSecretStore::doRemove(const QString &account, Callback done)
{
    startJob(Op::Remove, keyFor(account), {}, this, done);
}

} // namespace mw
