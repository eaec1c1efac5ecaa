// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CapabilityMemory.h"

#include <QString>
#include <QStringList>

namespace mw {

// Uses the remembered capabilities around one SMTP session (Send Test, a queue pass, a
// status check): before it, the configuration is hardened so that it cannot silently do
// with less than at the last good session (RememberedCapabilities::harden); after it, a
// failure caused by something missing is explained as a possible downgrade, and a good
// session with nothing missing becomes the new memory. A session that finds less is
// refused until the admin checks the server again and accepts what it offers now
// (the window's "Check what the server supports", `mailwright-cli probe --accept-changes`).
class DowngradeGuard
{
public:
    // memoryPath empty: the guard does nothing (prepare() returns the config unchanged).
    explicit DowngradeGuard(QString memoryPath = {}, QString server = QStringLiteral("smtp"));

    [[nodiscard]] bool isEnabled() const { return !m_path.isEmpty(); }
    // The configuration the session must run with; notes() says what was tightened.
    [[nodiscard]] SmtpConfig prepare(const SmtpConfig &config);
    [[nodiscard]] const QStringList &notes() const { return m_notes; }
    [[nodiscard]] const RememberedCapabilities &remembered() const { return m_before; }
    // What the session lost compared with the memory (one sentence each), after review().
    [[nodiscard]] const QStringList &downgrades() const { return m_downgrades; }
    // The session's result as the caller should report it: a session that found less than
    // the memory fails (AUTH or STARTTLS gone, even if the session itself got through)
    // with the reason and how to accept the change; a good one updates the memory.
    [[nodiscard]] Result review(const Result &result);

    // The new memory after a good session: what `now` saw, keeping the mechanism that
    // logged in before when this session did not log in and it is still offered.
    [[nodiscard]] static RememberedCapabilities merge(const RememberedCapabilities &before,
                                                      RememberedCapabilities now);
    // The admin accepts what a check found (even if it is less than before).
    // A good session that found what the memory holds rewrites it only when the memory's
    // checked_at is older than this.
    static constexpr qint64 kRefreshSeconds = 3600;
    static bool accept(const QString &memoryPath, const QString &server, const SmtpConfig &config,
                       const Result &result);

private:
    QString m_path;
    QString m_server;
    SmtpConfig m_config;
    RememberedCapabilities m_before;
    QStringList m_notes;
    QStringList m_downgrades;
};

} // namespace mw
