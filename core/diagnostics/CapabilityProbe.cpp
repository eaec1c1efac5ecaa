// SPDX-License-Identifier: GPL-3.0-or-later
#include "CapabilityProbe.h"

#include "protocol/Pop3Session.h"
#include "protocol/SmtpSession.h"
#include "settings/SettingsFacts.h"

#include <QTimer>

namespace mw {

CapabilityProbe::CapabilityProbe(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<mw::ModeReport>();
    qRegisterMetaType<mw::ProbeReport>();
}

CapabilityProbe::~CapabilityProbe()
{
    cancel();
}

QList<CapabilityProbe::Attempt> CapabilityProbe::standardAttempts(ProbeService service,
                                                                  quint16 configuredPort)
{
    QList<Attempt> a;
    QList<quint16> clearPorts;
    if (service == ProbeService::Smtp) {
        a << Attempt{SecurityMode::ImplicitTls, 465}; // RFC 8314 §3.3 submissions
        clearPorts = {587, 25};                       // RFC 6409 submission, RFC 5321 relay
    } else {
        a << Attempt{SecurityMode::ImplicitTls, 995};
        clearPorts = {110};
    }
    for (quint16 p : std::as_const(clearPorts))
        a << Attempt{SecurityMode::StartTls, p} << Attempt{SecurityMode::Plain, p};
    if (configuredPort != 0) {
        for (SecurityMode m :
             {SecurityMode::ImplicitTls, SecurityMode::StartTls, SecurityMode::Plain}) {
            if (!a.contains(Attempt{m, configuredPort}))
                a << Attempt{m, configuredPort};
        }
    }
    return a;
}

CapabilityProbe::Options CapabilityProbe::optionsFor(const MailSettings &settings,
                                                     ProbeService service)
{
    Options o;
    o.service = service;
    if (service == ProbeService::Smtp) {
        o.host = SettingsFacts::smtpHost(settings);
        o.attempts = standardAttempts(service, static_cast<quint16>(settings.smtp.port));
        o.trust = {settings.smtp.caFile, settings.smtp.pinSha256};
        o.heloName = settings.smtp.helo;
        o.preferLogin = SettingsFacts::needsSmtpPassword(settings);
        // A probe of many ports should not hang on a dead one for the full send timeout.
        o.timeoutSeconds = qBound(1, settings.smtp.timeout, 10);
    } else {
        o.host = SettingsFacts::pop3Host(settings);
        o.attempts = standardAttempts(service, static_cast<quint16>(settings.pop3.port));
        o.trust = {settings.pop3.caFile, settings.pop3.pinSha256};
        o.preferLogin = true;
        o.timeoutSeconds = qBound(1, settings.pop3.timeout, 10);
    }
    return o;
}

void CapabilityProbe::start(const Options &options)
{
    cancel();
    ++m_generation;
    m_options = options;
    if (m_options.attempts.isEmpty())
        m_options.attempts = standardAttempts(options.service);
    m_report = {};
    m_report.service = options.service;
    m_report.host = options.host;
    m_pending = static_cast<int>(m_options.attempts.size());
    // Every attempt runs at once; each session has its own timers.
    for (const Attempt &a : std::as_const(m_options.attempts)) {
        if (options.service == ProbeService::Smtp)
            startSmtp(a);
        else
            startPop3(a);
    }
    if (m_pending == 0) {
        const quint64 gen = m_generation;
        QTimer::singleShot(0, this, [this, gen] {
            if (gen != m_generation)
                return;
            m_report.rank(m_options.preferLogin);
            Q_EMIT finished(m_report);
        });
    }
}

void CapabilityProbe::startSmtp(const Attempt &a)
{
    SmtpConfig c;
    c.host = m_options.host;
    c.port = a.port;
    c.security = a.mode == SecurityMode::ImplicitTls ? SmtpConfig::Security::Tls
                 : a.mode == SecurityMode::StartTls  ? SmtpConfig::Security::StartTls
                                                     : SmtpConfig::Security::None;
    c.auth = SmtpConfig::Auth::None;
    c.heloName = m_options.heloName;
    c.timeoutSeconds = m_options.timeoutSeconds;
    c.trust = m_options.trust;
    c.addresses = m_options.addresses;
    auto *session = new SmtpSession(this);
    m_sessions << session;
    const quint64 gen = m_generation;
    connect(session, &SmtpSession::finished, this, [this, session, a, gen](const Result &r) {
        session->deleteLater();
        if (gen != m_generation)
            return;
        ModeReport m;
        m.service = ProbeService::Smtp;
        m.mode = a.mode;
        m.host = m_options.host;
        m.port = a.port;
        m.result = r;
        attemptDone(std::move(m));
    });
    session->start(c, {}, Phase::Ehlo);
}

void CapabilityProbe::startPop3(const Attempt &a)
{
    Pop3Config c;
    c.host = m_options.host;
    c.port = a.port;
    c.security = a.mode == SecurityMode::ImplicitTls ? Pop3Config::Security::Tls
                 : a.mode == SecurityMode::StartTls  ? Pop3Config::Security::Stls
                                                     : Pop3Config::Security::None;
    c.timeoutSeconds = m_options.timeoutSeconds;
    c.trust = m_options.trust;
    auto *session = new Pop3Session(this);
    m_sessions << session;
    const quint64 gen = m_generation;
    connect(session, &Pop3Session::finished, this, [this, session, a, gen](const Result &r) {
        session->deleteLater();
        if (gen != m_generation)
            return;
        ModeReport m;
        m.service = ProbeService::Pop3;
        m.mode = a.mode;
        m.host = m_options.host;
        m.port = a.port;
        m.result = r;
        m.apop = !session->apopTimestamp().isEmpty();
        attemptDone(std::move(m));
    });
    // Greeting: greeting, CAPA and STLS, no login (Pop3Session's probe mode).
    session->start(c, Phase::Greeting);
}

void CapabilityProbe::attemptDone(ModeReport mode)
{
    mode.classify(m_options.trust);
    m_report.modes << mode;
    Q_EMIT modeFinished(mode);
    if (--m_pending > 0)
        return;
    m_sessions.clear();
    m_report.rank(m_options.preferLogin);
    Q_EMIT finished(m_report);
}

void CapabilityProbe::cancel()
{
    ++m_generation;
    const auto sessions = m_sessions;
    m_sessions.clear();
    m_pending = 0;
    for (const QPointer<QObject> &s : sessions) {
        if (!s)
            continue;
        if (auto *smtp = qobject_cast<SmtpSession *>(s.data()))
            smtp->cancel();
        else if (auto *pop = qobject_cast<Pop3Session *>(s.data()))
            pop->cancel();
        s->deleteLater();
    }
}

} // namespace mw
