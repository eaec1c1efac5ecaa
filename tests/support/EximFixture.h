// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "MailServerFixture.h"
#include "settings/MailSettings.h"

namespace mw::test {

// A private Exim on loopback: STARTTLS and implicit-TLS ports, AUTH PLAIN, LOGIN
// and CRAM-MD5 for userName()/password(), every accepted message in maildir().
// Test policy (tests/servers/exim/exim.conf.in): MAIL FROM:<blocked@example.test>
// gets 550, RCPT TO:<nobody@example.test> 550, RCPT TO:<tempfail@example.test> 451,
// a message with an "X-Mw-Reject:" header 550 after DATA, relaying to domains other
// than example.test 550 unless authenticated.
class EximFixture : public MailServerFixture
{
public:
    explicit EximFixture(const QString &shape = QStringLiteral("default"),
                         const QString &dir = QString())
        : MailServerFixture(Kind::Exim, shape, dir)
    {}
};

// Settings that send through exim as most tests do: STARTTLS on its STARTTLS port trusting its
// CA, AUTH PLAIN as its userName() (the password comes from the environment or the store),
// 10 s a step; everything else at its default.
inline MailSettings smtpThroughExim(const EximFixture &exim)
{
    MailSettings s;
    s.smtp.host = exim.hostName();
    s.smtp.port = exim.starttlsPort();
    s.smtp.security = MailSettings::SmtpSecurity::StartTls;
    s.smtp.auth = MailSettings::SmtpAuth::Plain;
    s.smtp.username = exim.userName();
    s.smtp.caFile = exim.caFile();
    s.smtp.timeout = 10;
    return s;
}

} // namespace mw::test
