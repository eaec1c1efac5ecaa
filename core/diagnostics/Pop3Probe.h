// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ServerProbe.h"

#include <QPointer>

namespace mw {

class Pop3Session;

// The POP3 check of the StatusMonitor: greeting, CAPA and STLS, then (when a login name
// is set, or the method needs none: GSSAPI, EXTERNAL) the login of pop3/auth, and QUIT.
// The client certificate is presented in the handshake. Nothing is read or deleted.
class Pop3Probe : public ServerProbe
{
    Q_OBJECT
public:
    explicit Pop3Probe(QObject *parent = nullptr);
    ~Pop3Probe() override;
    Q_DISABLE_COPY_MOVE(Pop3Probe)

    [[nodiscard]] QString server() const override { return QStringLiteral("pop3"); }
    [[nodiscard]] bool isConfigured(const MailSettings &settings) const override;
    [[nodiscard]] bool logsIn(const MailSettings &settings) const override;
    void start(const MailSettings &settings, const Credentials &credentials, bool login) override;
    void cancel() override;
    [[nodiscard]] bool isRunning() const override;

private:
    QPointer<Pop3Session> m_session;
    QString m_debugLog; // diagnostics/debug_log of the check under way
};

} // namespace mw
