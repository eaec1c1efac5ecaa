// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "protocol/Result.h"
#include "session/Credentials.h"
#include "settings/MailSettings.h"

#include <QObject>
#include <QString>

namespace mw {

// One check of one server for the StatusMonitor: connect, greet and (optionally) log in,
// send nothing, and finish exactly once with a Result. SMTP has SmtpProbe; a POP3 probe
// plugs in the same way (StatusMonitor::setProbe).
class ServerProbe : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    Q_DISABLE_COPY_MOVE(ServerProbe)

    // "smtp" or "pop3": the settings section, the secret account and the status-file key.
    [[nodiscard]] virtual QString server() const = 0;
    // Enabled and a host set; otherwise the status is "Stop".
    [[nodiscard]] virtual bool isConfigured(const MailSettings &settings) const = 0;
    // True when a check of these settings logs in (with a password, a token, the Kerberos
    // ticket or the client certificate: Preflight::serverNeeds says which).
    [[nodiscard]] virtual bool logsIn(const MailSettings &settings) const = 0;

    // credentials: what Preflight::serverNeeds() named, from CredentialResolver (the client
    // certificate is presented even without a login). login false: stop before
    // authenticating even when the settings ask for a login.
    virtual void start(const MailSettings &settings, const Credentials &credentials,
                       bool login) = 0;
    // Stops a running check without emitting finished().
    virtual void cancel() = 0;
    [[nodiscard]] virtual bool isRunning() const = 0;

Q_SIGNALS:
    void finished(const mw::Result &result);
};

} // namespace mw
