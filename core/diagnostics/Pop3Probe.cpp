// SPDX-License-Identifier: GPL-3.0-or-later
#include "Pop3Probe.h"

#include "protocol/Pop3Session.h"
#include "session/DebugLog.h"
#include "session/SmtpConfigFactory.h"
#include "settings/SettingsFacts.h"

namespace mw {

Pop3Probe::Pop3Probe(QObject *parent)
    : ServerProbe(parent)
{}

Pop3Probe::~Pop3Probe()
{
    cancel();
}

bool Pop3Probe::isConfigured(const MailSettings &settings) const
{
    return SettingsFacts::pop3Configured(settings);
}

bool Pop3Probe::logsIn(const MailSettings &settings) const
{
    return SettingsFacts::pop3LoginSet(settings);
}

void Pop3Probe::start(const MailSettings &settings, const Credentials &credentials, bool login)
{
    cancel();
    const bool withLogin = login && logsIn(settings);
    Credentials c;
    c.pop3Identity = credentials.pop3Identity; // presented with or without a login
    if (withLogin)
        c.pop3Password = credentials.pop3Password;
    auto *session = new Pop3Session(this);
    m_session = session;
    m_debugLog = settings.diagnostics.debugLog;
    connect(session, &Pop3Session::finished, this, [this, session](const Result &r) {
        if (m_session != session)
            return;
        m_session = nullptr;
        // Like an SMTP session's: the redacted dialogue (PASS ***) for diagnosis. A log
        // that cannot be written does not change the check's result.
        appendDebugLog(m_debugLog, QStringLiteral("POP3 status check"), session->transcript());
        session->deleteLater();
        Q_EMIT finished(r);
    });
    session->start(pop3ConfigFrom(settings, c), withLogin ? Phase::Auth : Phase::Greeting);
}

void Pop3Probe::cancel()
{
    if (!m_session)
        return;
    Pop3Session *session = m_session;
    m_session = nullptr; // the finished() that cancel() emits is not forwarded
    session->cancel();
    session->deleteLater();
}

bool Pop3Probe::isRunning() const
{
    return m_session && m_session->isRunning();
}

} // namespace mw
