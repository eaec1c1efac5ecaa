// SPDX-License-Identifier: GPL-3.0-or-later
#include "MemorySecretStore.h"

namespace mw {

MemorySecretStore::MemorySecretStore(QObject *parent)
    : SecretStore(parent)
{}

void MemorySecretStore::doRead(const QString &account, Callback done)
{
    if (!m_failure.isEmpty())
        return done(SecretResult::failure(m_failure));
    const auto it = m_secrets.constFind(account);
    done(it == m_secrets.constEnd() ? SecretResult::notFound() : SecretResult::success(*it));
}

void MemorySecretStore::doWrite(const QString &account, const QString &secret, Callback done)
{
    if (!m_failure.isEmpty())
        return done(SecretResult::failure(m_failure));
    m_secrets.insert(account, secret);
    done(SecretResult::success());
}

void MemorySecretStore::doRemove(const QString &account, Callback done)
{
    if (!m_failure.isEmpty())
        return done(SecretResult::failure(m_failure));
    m_secrets.remove(account);
    done(SecretResult::success());
}

} // namespace mw
