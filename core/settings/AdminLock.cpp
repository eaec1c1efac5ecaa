// SPDX-License-Identifier: GPL-3.0-or-later
#include "AdminLock.h"

#include "PasswordDigest.h"

#include <QCoreApplication>
#include <QPointer>
#include <QThreadPool>

namespace mw {

namespace {
constexpr int maxDelaySeconds = 30;
} // namespace

AdminLock::AdminLock(QObject *parent)
    : QObject(parent)
{}

QDateTime AdminLock::now() const
{
    return m_clock ? m_clock() : QDateTime::currentDateTimeUtc();
}

int AdminLock::delayAfterFailures(int failures)
{
    if (failures <= 0)
        return 0;
    // 1 s after the first wrong password, doubling up to 30 s (no overflow: capped early).
    return failures > 5 ? maxDelaySeconds : qMin(maxDelaySeconds, 1 << (failures - 1));
}

void AdminLock::configure(const Policy &policy, const QString &userDigest)
{
    const bool wasLocked = isLocked();
    const bool fromPolicy = !policy.adminLockDigest().isEmpty();
    m_digest = fromPolicy ? policy.adminLockDigest() : userDigest;
    m_origin = fromPolicy ? policy.origin(QString()) : QString();
    m_unlocked = false;
    if (wasLocked != isLocked())
        Q_EMIT lockedChanged(isLocked());
}

void AdminLock::unlock(const QString &password, QObject *context, std::function<void(bool)> done)
{
    const auto answer = [context, done](bool ok) {
        QMetaObject::invokeMethod(
            context, [done, ok] { done(ok); }, Qt::QueuedConnection);
    };
    if (!isConfigured()) {
        answer(true);
        return;
    }
    // Too early, or a check still running: refused without looking at the password.
    if (m_checking || (m_nextAttempt.isValid() && now() < m_nextAttempt)) {
        answer(false);
        return;
    }
    m_checking = true;
    const QString digest = m_digest;
    QPointer<AdminLock> self(this);
    QPointer<QObject> target(context);
    // PBKDF2 takes about 150 ms: never on the caller's (GUI) thread.
    QThreadPool::globalInstance()->start([self, target, digest, password, done] {
        const bool ok = PasswordDigest::verify(digest, password);
        // Back on the application's thread, where the lock and the context live and are
        // deleted, so that checking the guards and calling them cannot race a deletion:
        // the lock's state first, then the caller's callback queued to the context.
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [self, target, done, ok] {
                if (self)
                    self->finishCheck(ok);
                if (target)
                    QMetaObject::invokeMethod(
                        target.data(), [done, ok] { done(ok); }, Qt::QueuedConnection);
            },
            Qt::QueuedConnection);
    });
}

void AdminLock::finishCheck(bool ok)
{
    m_checking = false;
    if (ok) {
        m_failures = 0;
        m_nextAttempt = QDateTime();
        if (!m_unlocked) {
            m_unlocked = true;
            Q_EMIT lockedChanged(false);
        }
        return;
    }
    ++m_failures;
    m_nextAttempt = now().addSecs(delayAfterFailures(m_failures));
}

void AdminLock::lock()
{
    if (!isConfigured() || !m_unlocked)
        return;
    m_unlocked = false;
    Q_EMIT lockedChanged(true);
}

} // namespace mw
