// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "MailServerFixture.h"

namespace mw::test {

// A private Dovecot serving POP3 only: a clear port offering STLS and a POP3S port,
// USER/PASS, APOP (the greeting carries the RFC 1939 §7 timestamp) and SASL PLAIN,
// LOGIN, CRAM-MD5 for userName()/password(). The mailbox holds the messages of
// tests/servers/dovecot/messages in file-name order (message 3 is a DSN,
// multipart/report; report-type=delivery-status); info()["messages"] lists them.
//
// The "sasl" shapes add SMTP submission (submissionPort() with STARTTLS,
// submissionsPort() with implicit TLS) relaying to an Exim in the same directory (started
// with it when none runs; its JSON is info()["relay"]), and SASL PLAIN, LOGIN, CRAM-MD5,
// SCRAM-SHA-1, SCRAM-SHA-256, EXTERNAL (the client certificate clientCertFile()) for both
// protocols, GSSAPI too when a KDC (tests/servers/kerberos/kdc.py) runs in the directory.
// "sasl-require-cert" refuses every login without a client certificate of the test CA;
// "sasl-plain-only" offers only PLAIN and LOGIN.
class DovecotFixture : public MailServerFixture
{
public:
    explicit DovecotFixture(const QString &shape = QStringLiteral("default"),
                            const QString &dir = QString())
        : MailServerFixture(Kind::Dovecot, shape, dir)
    {}
};

} // namespace mw::test
