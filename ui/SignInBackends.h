// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The window's only contact with two core pieces of issue 18 that other branches deliver:
// the Kerberos ticket reader (core/session/KerberosTicket.h, ntlm branch) and the client
// certificate loader (core/session/ClientIdentity.h, settings branch). Until those are
// merged, the functions below carry a small stand-in (klist, QSslCertificate); once they
// are, only SignInBackends.cpp changes: it forwards to KerberosTicketReader::finished and
// ClientIdentity::describe(). Both answer asynchronously: nothing here blocks the GUI thread.

#include <QDateTime>
#include <QObject>
#include <QString>

#include <functional>

namespace mw::SignInBackends {

// Mirrors KerberosTicketInfo of core/session/KerberosTicket.h.
struct TicketStatus
{
    bool found = false;
    QString principal; // mwtest@MAILWRIGHT.TEST
    QDateTime expires;
    bool expired = false;
    QString problem; // why no ticket could be read (empty when found)
};

// What the certificate of a client_cert file says.
struct CertificateStatus
{
    bool ok = false;
    QString subject;
    QString issuer;
    QDateTime expires;
    QString problem; // why it could not be read (empty when ok)
};

// Reads the user's Kerberos ticket; done runs later on context's thread (never if context
// is gone).
void readTicket(QObject *context, std::function<void(const TicketStatus &)> done);
// Reads the certificate of `path` (PEM with certificate and key, or PKCS#12 opened with
// `passphrase`) on a worker thread; done runs later on context's thread.
void describeCertificate(const QString &path, const QString &passphrase, QObject *context,
                         std::function<void(const CertificateStatus &)> done);

// The sentences the window shows (one place for the wording).
[[nodiscard]] QString ticketText(const TicketStatus &t);
// "Subject …, issued by …, valid until … (N days)".
[[nodiscard]] QString certificateText(const CertificateStatus &c, const QDateTime &now);

} // namespace mw::SignInBackends
