// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"

#include <QList>
#include <QSslCertificate>
#include <QSslConfiguration>
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
    // The CA file's bytes, or false with the message apply() gives when it cannot be read.
    [[nodiscard]] bool readCaFile(QByteArray *pem, QString *error) const;
    // apply()'s message for a CA file that holds no certificate.
    [[nodiscard]] QString noCertificateMessage() const;
    // Reads and decodes caFile ahead of apply(), on a worker thread (MailConnection::open
    // starts it): apply() then finds the certificates decoded, or waits for this decode
    // instead of making its own. Errors are left for apply() to report.
    void decodeAhead() const;
    // How many CA-file decodes this process has made (a cost figure; tests).
    [[nodiscard]] static int caFileDecodes();
    // True when the pin is set and equals the certificate's fingerprint.
    [[nodiscard]] bool pinMatches(const QSslCertificate &cert) const;
    [[nodiscard]] bool hasPin() const { return !normalizedPin().isEmpty(); }
    [[nodiscard]] QString normalizedPin() const;
};

[[nodiscard]] QString sha256Fingerprint(const QSslCertificate &cert);
[[nodiscard]] CertificateInfo describeCertificate(const QSslCertificate &cert);
// The description's texts are the server's words: control characters neutralised, for
// messages, the CLI and the window (describeCertificate does it; a description made from
// the certificate by other means goes through this too).
void neutralizeCertificateText(CertificateInfo *info);
// The failure messages of a certificate that is not trusted (errorTexts: what did not
// verify, each once) and of one that differs from the pin while it verifies.
[[nodiscard]] QString untrustedCertificateMessage(const QStringList &errorTexts,
                                                  const CertificateInfo &info,
                                                  const TlsTrust &trust);
[[nodiscard]] QString changedCertificateMessage(const CertificateInfo &info, const TlsTrust &trust);

// What a TLS library's error text says about the peer. Clear text: the first bytes were
// no TLS record (a "220 ..." or "+OK ..." read as one), the port speaks clear text first.
// Peer alert: the peer spoke TLS and ended the handshake with an alert of its own (e.g.
// "internal error"), so port and security mode are right.
[[nodiscard]] bool tlsErrorMeansClearText(const QString &tlsError);
[[nodiscard]] bool tlsErrorIsPeerAlert(const QString &tlsError);
// The hint for a peer alert, for a person.
[[nodiscard]] QString tlsPeerAlertHint();

} // namespace mw
