// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "MailServerFixture.h"

namespace mw::test {

// A private Dovecot serving POP3 only: a clear port offering STLS and a POP3S port,
// USER/PASS, APOP (the greeting carries the RFC 1939 §7 timestamp) and SASL PLAIN,
// LOGIN, CRAM-MD5 for userName()/password(). The mailbox holds the messages of
// tests/servers/dovecot/messages in file-name order (message 3 is a DSN,
// multipart/report; report-type=delivery-status); info()["messages"] lists them.
class DovecotFixture : public MailServerFixture
{
public:
    explicit DovecotFixture(const QString &shape = QStringLiteral("default"),
                            const QString &dir = QString())
        : MailServerFixture(Kind::Dovecot, shape, dir)
    {}
};

} // namespace mw::test
