// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ServerProbe.h"
#include "session/DowngradeGuard.h"

#include <QPointer>

namespace mw {

class SmtpSession;

// Checks the SMTP server: a session that stops after AUTH (RFC 4954) when the settings
// log in, else after EHLO. Nothing is sent: no MAIL, no RCPT.
class SmtpProbe : public ServerProbe
{
    Q_OBJECT
public:
    explicit SmtpProbe(QObject *parent = nullptr);
    ~SmtpProbe() override;

    [[nodiscard]] QString server() const override { return QStringLiteral("smtp"); }
    [[nodiscard]] bool isConfigured(const MailSettings &settings) const override;
    [[nodiscard]] bool logsIn(const MailSettings &settings) const override;
    void start(const MailSettings &settings, const Credentials &credentials, bool login) override;
    void cancel() override;
    [[nodiscard]] bool isRunning() const override;
    // The remembered-capabilities file: a check that finds less than the last good session
    // (STARTTLS or a login method gone) is refused with the reason (DowngradeGuard).
    void setCapabilityMemory(const QString &path) { m_capabilityMemory = path; }
    // For smtp/auth = xoauth2 | oauthbearer: the access token the next start() sends when
    // its credentials carry none; memory only.
    void setAccessToken(const QString &token) { m_accessToken = token; }

private:
    QPointer<SmtpSession> m_session;
    QString m_capabilityMemory;
    DowngradeGuard m_guard;
    QString m_accessToken;
};

} // namespace mw
