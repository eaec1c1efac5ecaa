// SPDX-License-Identifier: GPL-3.0-or-later
// Foundation: the type and a plain check; the policy engineer adds the off-thread check
// and the delay.
#include "AdminLock.h"

#include "PasswordDigest.h"

namespace mw {

AdminLock::AdminLock(QObject *parent)
    : QObject(parent)
{}

void AdminLock::configure(const Policy &policy, const QString &userDigest)
{
    const bool wasLocked = isLocked();
    m_digest = policy.adminLockDigest().isEmpty() ? userDigest : policy.adminLockDigest();
    m_origin = policy.adminLockDigest().isEmpty() ? QString() : policy.origin(QString());
    m_unlocked = false;
    if (wasLocked != isLocked())
        Q_EMIT lockedChanged(isLocked());
}

void AdminLock::unlock(const QString &password, QObject *context, std::function<void(bool)> done)
{
    Q_UNUSED(context)
    const bool ok = PasswordDigest::verify(m_digest, password);
    if (ok) {
        m_unlocked = true;
        Q_EMIT lockedChanged(false);
    }
    done(ok);
}

void AdminLock::lock()
{
    if (!isConfigured() || !m_unlocked)
        return;
    m_unlocked = false;
    Q_EMIT lockedChanged(true);
}

} // namespace mw
