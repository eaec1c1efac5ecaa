// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"

#include <QList>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslError>
#include <QString>

namespace mw {

// What a session trusts: the system's CA store, or instead a PEM file of trusted CA
// certificates for this server; and one pinned certificate fingerprint (SHA-256 of the
// DER certificate) that is trusted whatever signed it.
struct TlsTrust
{
    QString caFile;
    QString pinSha256; // hex, any case, ':' separators allowed

    // Loads caFile into the configuration (replacing the system store). Returns false with a
    // message when the file cannot be read or holds no certificate.
    [[nodiscard]] bool apply(QSslConfiguration &config, QString *error) const;
    // True when the pin is set and equals the certificate's fingerprint.
    [[nodiscard]] bool pinMatches(const QSslCertificate &cert) const;
    [[nodiscard]] bool hasPin() const { return !normalizedPin().isEmpty(); }
    [[nodiscard]] QString normalizedPin() const;
};

[[nodiscard]] QString sha256Fingerprint(const QSslCertificate &cert);
[[nodiscard]] CertificateInfo describeCertificate(const QSslCertificate &cert);
[[nodiscard]] QString describeSslErrors(const QList<QSslError> &errors);

} // namespace mw
