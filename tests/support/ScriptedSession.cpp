// SPDX-License-Identifier: GPL-3.0-or-later
#include "ScriptedSession.h"

namespace mw::test {

Envelope testEnvelope()
{
    return {QStringLiteral("alerts@example.test"),
            {QStringLiteral("admin@example.test")},
            QByteArray("Subject: t\r\n\r\nhello\r\n")};
}

namespace {

template<class Config> Config loopbackConfig(quint16 port, int timeoutSeconds)
{
    Config c;
    c.host = QStringLiteral("127.0.0.1");
    c.port = port;
    c.security = Config::Security::None;
    c.timeoutSeconds = timeoutSeconds;
    return c;
}

} // namespace

SmtpConfig smtpConfig(quint16 port, int timeoutSeconds)
{
    return loopbackConfig<SmtpConfig>(port, timeoutSeconds);
}

Pop3Config pop3Config(quint16 port, int timeoutSeconds)
{
    return loopbackConfig<Pop3Config>(port, timeoutSeconds);
}

QByteArray explain(const Result &result, const Transcript &transcript)
{
    return (errorClassId(result.errorClass) + QLatin1String(": ") + result.message +
            QLatin1Char('\n') + transcript.toText())
        .toLocal8Bit();
}

} // namespace mw::test
