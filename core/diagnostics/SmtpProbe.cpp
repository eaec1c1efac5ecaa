// SPDX-License-Identifier: GPL-3.0-or-later
#include "SmtpProbe.h"

#include "protocol/SmtpSession.h"
#include "session/SmtpConfigFactory.h"
#include "settings/SettingsFacts.h"

#include <utility>

namespace mw {

SmtpProbe::SmtpProbe(QObject *parent)
    : ServerProbe(parent)
{}

SmtpProbe::~SmtpProbe()
{
    cancel();
}

bool SmtpProbe::isConfigured(const MailSettings &settings) const
{
    return SettingsFacts::smtpConfigured(settings);
}

bool SmtpProbe::logsIn(const MailSettings &settings) const
{
    // Every method but none and POP-before-SMTP (whose POP3 login is not this check's).
    return settings.smtp.auth != MailSettings::SmtpAuth::None &&
           settings.smtp.auth != MailSettings::SmtpAuth::PopBeforeSmtp;
}

void SmtpProbe::start(const MailSettings &settings, const Credentials &credentials, bool login)
{
    cancel();
    MailSettings s = settings;
    const bool withLogin = login && logsIn(settings);
    Credentials c = credentials;
    if (!withLogin) {
        s.smtp.auth = MailSettings::SmtpAuth::None;
        c.smtpPassword.clear();
        c.accessToken.clear();
    } else if (c.accessToken.isEmpty()) {
        c.accessToken = std::exchange(m_accessToken, {});
    }
    auto *session = new SmtpSession(this);
    m_session = session;
    connect(session, &SmtpSession::finished, this, [this, session](const Result &r) {
        if (m_session != session)
            return;
        m_session = nullptr;
        session->deleteLater();
        Q_EMIT finished(m_guard.review(r));
    });
    m_guard = DowngradeGuard(m_capabilityMemory, SettingsFacts::smtpServerId(s));
    session->start(m_guard.prepare(smtpConfigFrom(s, c)), {},
                   withLogin ? Phase::Auth : Phase::Ehlo);
}

void SmtpProbe::cancel()
{
    if (!m_session)
        return;
    SmtpSession *session = m_session;
    m_session = nullptr; // the finished() that cancel() emits is not forwarded
    session->cancel();
    session->deleteLater();
}

bool SmtpProbe::isRunning() const
{
    return m_session && m_session->isRunning();
}

} // namespace mw
