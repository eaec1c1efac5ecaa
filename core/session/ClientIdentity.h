// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "protocol/TlsIdentity.h"

#include <QDateTime>
#include <QString>

namespace mw {

// A TLS client certificate file (smtp/client_cert, pop3/client_cert) loaded into a
// TlsIdentity: a PEM file with the certificate (first), its chain and the private key
// (an encrypted key is opened with the passphrase), or a PKCS#12 file. Reads the file:
// call it off the GUI thread (CredentialResolver does). The passphrase and the key are
// secrets: no sentence here ever contains them.
namespace ClientIdentity {

enum class Problem {
    None,
    Unreadable,      // the file cannot be read (missing, permissions, a folder, too large)
    NoCertificate,   // neither PEM with a certificate nor PKCS#12
    NoKey,           // a certificate but no private key
    NeedsPassphrase, // the key (or the PKCS#12 file) is encrypted and no passphrase is stored
    WrongPassphrase, // the stored passphrase does not open it
    KeyMismatch,     // the key is not the certificate's
    Expired,
    NotYetValid,
};

struct Loaded
{
    TlsIdentity identity; // set when problem is None
    Problem problem = Problem::None;
    QString error; // one sentence naming the file, when problem is not None
    [[nodiscard]] bool ok() const { return problem == Problem::None; }
};

// `now` is for tests; the validity period is checked against it.
[[nodiscard]] Loaded load(const QString &path, const QByteArray &passphrase,
                          const QDateTime &now = QDateTime::currentDateTimeUtc());

// What the window shows of a loaded certificate.
struct Description
{
    QString subject;
    QString issuer;
    QDateTime expiry;
    qint64 daysLeft = 0; // negative once expired
    // "CN=alerts, issued by Example CA, valid until 2027-01-31 (58 days left)"
    [[nodiscard]] QString text() const;
};
[[nodiscard]] Description describe(const TlsIdentity &identity,
                                   const QDateTime &now = QDateTime::currentDateTimeUtc());

} // namespace ClientIdentity
} // namespace mw
