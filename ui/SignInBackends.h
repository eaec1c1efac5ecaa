// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The window's contact with the two core readers of issue 18: the Kerberos ticket
// (core/session/KerberosTicket.h: KerberosTicketReader, the sentences of
// kerberosTicketInfo()) and the client certificate (core/session/ClientIdentity.h:
// ClientIdentity::load and describe()). No second parser and no second wording here: the
// window shows what those say. Both answer asynchronously: nothing here blocks the GUI
// thread.

#include "session/KerberosTicket.h"

#include <QByteArray>
#include <QObject>
#include <QString>

#include <functional>

namespace mw::SignInBackends {

// What the certificate of a client_cert file says.
struct CertificateStatus
{
    bool ok = false;
    // ClientIdentity::Description::text() when ok, else ClientIdentity's sentence.
    QString text;
};

// Loads `path` (PEM with certificate and key, or PKCS#12; an encrypted key or PKCS#12 file
// opened with `passphrase`) through ClientIdentity::load on a worker thread; done runs
// later on context's thread (never if context is gone).
void describeCertificate(const QString &path, const QByteArray &passphrase, QObject *context,
                         std::function<void(const CertificateStatus &)> done);

// The ticket row: "Ticket for mwtest@MAILWRIGHT.TEST, valid until 2026-12-04 11:07", or the
// sentence kerberosTicketInfo() made (no ticket, expired).
[[nodiscard]] QString ticketText(const KerberosTicketInfo &t);
// "2026-12-04 11:07" (local time; date and time joined by a no-break space).
[[nodiscard]] QString expiryText(const QDateTime &expires);

} // namespace mw::SignInBackends
