// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Policy.h"

#include <QDateTime>
#include <QObject>
#include <QString>

#include <functional>

namespace mw {

// The administrator lock of the settings window (seed 001's access password, done
// properly): a PasswordDigest in the system policy (Policy::adminLockDigest) or in the
// user's file. While locked the window is read-only; Unlock asks for the password, which is
// checked off the calling thread, and each wrong attempt doubles the wait before the next
// (1 s, 2 s, 4 s, ... at most 30 s) so that guessing is slow.
class AdminLock : public QObject
{
    Q_OBJECT
public:
    explicit AdminLock(QObject *parent = nullptr);

    // The digest that applies: the policy's, else the user file's (userDigest; may be empty).
    void configure(const Policy &policy, const QString &userDigest);
    [[nodiscard]] bool isConfigured() const { return !m_digest.isEmpty(); }
    // Where the lock comes from, for the window ("/etc/mailwright/policy.ini", the file).
    [[nodiscard]] QString origin() const { return m_origin; }
    [[nodiscard]] bool isLocked() const { return isConfigured() && !m_unlocked; }

    // Checks password without blocking the caller's thread; done(true) unlocks (and emits
    // lockedChanged). A try before nextAttempt() fails at once with done(false).
    void unlock(const QString &password, QObject *context, std::function<void(bool ok)> done);
    void lock();
    [[nodiscard]] QDateTime nextAttempt() const { return m_nextAttempt; }
    [[nodiscard]] int failures() const { return m_failures; }
    // The wait after the n-th wrong password in a row (1 s, 2 s, 4 s, ..., 30 s).
    [[nodiscard]] static int delayAfterFailures(int failures);
    // Tests: the clock that nextAttempt() is measured against (default: the system UTC).
    void setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }

Q_SIGNALS:
    void lockedChanged(bool locked);

private:
    [[nodiscard]] QDateTime now() const;
    void finishCheck(bool ok);

    std::function<QDateTime()> m_clock;
    bool m_checking = false; // a password is being verified: another try fails at once
    QString m_digest;
    QString m_origin;
    bool m_unlocked = false;
    int m_failures = 0;
    QDateTime m_nextAttempt;
};

} // namespace mw
