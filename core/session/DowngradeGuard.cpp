// SPDX-License-Identifier: GPL-3.0-or-later
#include "DowngradeGuard.h"

#include "settings/BackgroundWrites.h"

#include <QCoreApplication>

namespace mw {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("mw::DowngradeGuard", text);
}

} // namespace

DowngradeGuard::DowngradeGuard(QString memoryPath, QString server)
    : m_path(std::move(memoryPath))
    , m_server(std::move(server))
{}

SmtpConfig DowngradeGuard::prepare(const SmtpConfig &config)
{
    m_config = config;
    m_notes.clear();
    m_downgrades.clear();
    m_before = {};
    if (!isEnabled())
        return config;
    m_before = CapabilityMemory(m_path).read(m_server, config.host, config.port);
    // A configuration that asks for no encryption at all is the admin's explicit choice;
    // the memory only keeps Automatic from settling for less.
    return m_before.harden(config, &m_notes);
}

Result DowngradeGuard::review(const Result &result)
{
    if (!isEnabled())
        return result;
    Result r = result;
    const bool clearByChoice = m_config.security == SmtpConfig::Security::None;
    if (!m_before.isNull() && !clearByChoice)
        m_downgrades = m_before.downgrades(result);
    if (!m_downgrades.isEmpty()) {
        if (r.ok) {
            // The session got through, but with less than before: refused all the same
            // (a status check or a login check; a queue session already used the
            // mechanism it logs in with, which harden() pinned).
            r.ok = false;
            r.errorClass = r.tlsProtocol.isEmpty() && m_before.encrypted
                               ? ErrorClass::StartTlsUnavailable
                               : ErrorClass::AuthUnsupported;
            r.phase = Phase::Ehlo;
        }
        r.message = m_downgrades.join(QLatin1Char(' '));
        r.hint = tr("If the server's administrator changed this on purpose, check the server "
                    "again and accept what it offers now (Check what the server supports in the "
                    "settings window, or mailwright-cli probe --accept-changes).");
        return r;
    }
    if (result.ok) {
        const RememberedCapabilities now =
            merge(m_before, RememberedCapabilities::fromResult(m_config, result));
        // The same capabilities confirmed within the hour: the file is not rewritten (a
        // session then costs no fsync); checked_at is the last confirmation to the hour.
        const bool fresh = !m_before.isNull() && m_before.sameCapabilities(now) &&
                           m_before.checkedAt.isValid() &&
                           m_before.checkedAt.secsTo(now.checkedAt) < kRefreshSeconds &&
                           m_before.checkedAt <= now.checkedAt;
        // On the writer thread: a session may end on the window's GUI thread, and the
        // write ends with an fsync. The next session's read waits for it.
        if (!fresh)
            BackgroundWrites::post([path = m_path, server = m_server, now] {
                CapabilityMemory(path).write(server, now);
            });
    }
    return r;
}

RememberedCapabilities DowngradeGuard::merge(const RememberedCapabilities &before,
                                             RememberedCapabilities now)
{
    if (now.authMechanismUsed.isEmpty() && !before.authMechanismUsed.isEmpty() &&
        now.authMechanisms.contains(before.authMechanismUsed, Qt::CaseInsensitive))
        now.authMechanismUsed = before.authMechanismUsed;
    return now;
}

bool DowngradeGuard::accept(const QString &memoryPath, const QString &server,
                            const SmtpConfig &config, const Result &result)
{
    if (memoryPath.isEmpty() || !result.ok)
        return false;
    CapabilityMemory memory(memoryPath);
    const RememberedCapabilities before = memory.read(server, config.host, config.port);
    RememberedCapabilities now = RememberedCapabilities::fromResult(config, result);
    return memory.write(server, merge(before, now));
}

} // namespace mw
