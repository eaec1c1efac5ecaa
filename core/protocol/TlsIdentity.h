// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QSslCertificate>
#include <QSslKey>

namespace mw {

// The certificate and private key this client presents in the TLS handshake (a TLS client
// certificate, for SASL EXTERNAL or a server that requires one). Loaded from a PEM or
// PKCS#12 file by the session layer (the key's passphrase comes from the secret store);
// the key is a secret: it lives in memory only and is never logged.
struct TlsIdentity
{
    // Initialised explicitly: QSslCertificate's default constructor is explicit, and
    // `Credentials c = {}` must still work.
    QSslCertificate certificate = QSslCertificate();
    QSslKey privateKey = QSslKey();
    QList<QSslCertificate> chain; // intermediates sent after the certificate, may be empty

    [[nodiscard]] bool isSet() const { return !certificate.isNull() && !privateKey.isNull(); }
};

} // namespace mw
