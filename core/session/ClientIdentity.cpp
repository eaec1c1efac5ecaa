// SPDX-License-Identifier: GPL-3.0-or-later
#include "ClientIdentity.h"

#include "protocol/TlsTrust.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSslCertificate>
#include <QSslKey>

#include <optional>

namespace mw::ClientIdentity {

namespace {

constexpr qint64 kMaxFileSize = 1024 * 1024; // a certificate file is a few KiB

QString tr(const char *text)
{
    return QCoreApplication::translate("mw::ClientIdentity", text);
}

Loaded failed(Problem problem, const QString &sentence)
{
    Loaded l;
    l.problem = problem;
    l.error = sentence;
    return l;
}

// One DER element (X.690 §8.1): tag, then the content. Returns false at the end or on a
// malformed length.
bool readTlv(const QByteArray &der, qsizetype &pos, quint8 *tag, QByteArray *content)
{
    if (pos + 2 > der.size())
        return false;
    *tag = quint8(der.at(pos++));
    qsizetype len = quint8(der.at(pos++));
    if (len & 0x80) {
        const int n = int(len & 0x7f);
        if (n == 0 || n > 4 || pos + n > der.size())
            return false;
        len = 0;
        for (int i = 0; i < n; ++i)
            len = (len << 8) | quint8(der.at(pos++));
    }
    if (len > der.size() - pos)
        return false;
    *content = der.mid(pos, len);
    pos += len;
    return true;
}

QByteArray derLength(qsizetype len)
{
    if (len < 0x80)
        return QByteArray(1, char(len));
    QByteArray bytes;
    while (len > 0) {
        bytes.prepend(char(len & 0xff));
        len >>= 8;
    }
    return char(0x80 | bytes.size()) + bytes;
}

// What identifies the certificate's public key inside a private key's DER: the RSA modulus,
// or the EC point (RFC 5280 SubjectPublicKeyInfo; RFC 8017 RSAPublicKey; RFC 5480).
QByteArray publicKeyMaterial(const QSslCertificate &cert)
{
    const QByteArray spki = cert.publicKey().toDer();
    qsizetype pos = 0;
    quint8 tag = 0;
    QByteArray seq;
    if (!readTlv(spki, pos, &tag, &seq) || tag != 0x30)
        return {};
    pos = 0;
    QByteArray algorithm;
    QByteArray bits;
    if (!readTlv(seq, pos, &tag, &algorithm) || tag != 0x30 || !readTlv(seq, pos, &tag, &bits) ||
        tag != 0x03 || bits.size() < 2)
        return {};
    const QByteArray key = bits.mid(1); // after the unused-bits octet
    if (cert.publicKey().algorithm() != QSsl::Rsa)
        return key;
    pos = 0;
    QByteArray rsa;
    QByteArray modulus;
    if (!readTlv(key, pos, &tag, &rsa) || tag != 0x30)
        return {};
    pos = 0;
    if (!readTlv(rsa, pos, &tag, &modulus) || tag != 0x02)
        return {};
    return modulus;
}

// False only when the key is certainly not the certificate's: an RSA key without the
// certificate's modulus, or an EC key that carries a public point (RFC 5915 publicKey)
// other than the certificate's. An EC key without its public point is not refused here;
// the server's handshake then tells.
bool keyMatches(const QSslCertificate &cert, const QSslKey &key)
{
    if (cert.publicKey().algorithm() != key.algorithm())
        return false;
    const QByteArray material = publicKeyMaterial(cert);
    const QByteArray privateDer = key.toDer();
    if (material.isEmpty() || privateDer.isEmpty())
        return true; // cannot tell
    if (privateDer.contains(material))
        return true;
    if (key.algorithm() == QSsl::Rsa)
        return false;
    // A BIT STRING of the point's size, no unused bits, an uncompressed point (0x04).
    const QByteArray pointHeader = char(0x03) + derLength(material.size() + 1) + char(0x00);
    const qsizetype at = privateDer.indexOf(pointHeader);
    return at < 0 || privateDer.mid(at + pointHeader.size(), 1) != QByteArray(1, '\x04');
}

// The private key block of a PEM file: PKCS#1 / SEC 1 ("RSA PRIVATE KEY", "EC PRIVATE
// KEY"), PKCS#8 ("PRIVATE KEY") or encrypted PKCS#8 ("ENCRYPTED PRIVATE KEY").
QByteArray privateKeyBlock(const QByteArray &pem)
{
    static const QRegularExpression re(
        QStringLiteral("-----BEGIN ([A-Z0-9 ]*)PRIVATE KEY-----.*?-----END \\1PRIVATE KEY-----"),
        QRegularExpression::DotMatchesEverythingOption);
    const auto m = re.match(QString::fromLatin1(pem));
    return m.hasMatch() ? m.captured(0).toLatin1() : QByteArray();
}

bool blockIsEncrypted(const QByteArray &block)
{
    return block.startsWith("-----BEGIN ENCRYPTED PRIVATE KEY-----") ||
           block.contains("Proc-Type: 4,ENCRYPTED");
}

std::optional<QSslKey> openKey(const QByteArray &block, const QByteArray &passphrase)
{
    for (const QSsl::KeyAlgorithm a : {QSsl::Rsa, QSsl::Ec, QSsl::Dsa}) {
        QSslKey key(block, a, QSsl::Pem, QSsl::PrivateKey, passphrase);
        if (!key.isNull())
            return key;
    }
    return std::nullopt;
}

// PKCS#12 (RFC 7292) is a DER SEQUENCE whose authSafe is PKCS#7 data: its OID
// 1.2.840.113549.1.7.1 is near the start.
bool looksLikePkcs12(const QByteArray &data)
{
    static const QByteArray pkcs7Data =
        QByteArray::fromHex("06092a864886f70d010701"); // OID pkcs7-data
    return data.startsWith('\x30') && data.left(64).contains(pkcs7Data);
}

} // namespace

Loaded load(const QString &path, const QByteArray &passphrase, const QDateTime &now)
{
    const QString shown = QDir::toNativeSeparators(path);
    const QFileInfo info(path);
    if (info.isDir())
        return failed(Problem::Unreadable,
                      tr("The client certificate %1 is a folder, not a file.").arg(shown));
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return failed(
            Problem::Unreadable,
            tr("The client certificate file %1 cannot be read: %2").arg(shown, f.errorString()));
    const QByteArray data = f.read(kMaxFileSize + 1);
    if (data.size() > kMaxFileSize)
        return failed(Problem::Unreadable,
                      tr("The client certificate file %1 is larger than 1 MiB; it is not a "
                         "certificate.")
                          .arg(shown));

    TlsIdentity id;
    if (data.contains("-----BEGIN ")) {
        QList<QSslCertificate> certs = QSslCertificate::fromData(data, QSsl::Pem);
        if (certs.isEmpty())
            return failed(
                Problem::NoCertificate,
                tr("The client certificate file %1 holds no PEM certificate.").arg(shown));
        const QByteArray block = privateKeyBlock(data);
        if (block.isEmpty())
            return failed(Problem::NoKey,
                          tr("The client certificate file %1 holds no private key; put the "
                             "key (PEM) in the same file as the certificate.")
                              .arg(shown));
        const bool encrypted = blockIsEncrypted(block);
        if (encrypted && passphrase.isEmpty())
            return failed(Problem::NeedsPassphrase,
                          tr("The private key in %1 is encrypted and no passphrase is "
                             "stored.")
                              .arg(shown));
        const auto key = openKey(block, passphrase);
        if (!key)
            return encrypted ? failed(Problem::WrongPassphrase,
                                      tr("The stored passphrase does not open the private key "
                                         "in %1.")
                                          .arg(shown))
                             : failed(Problem::NoKey,
                                      tr("The private key in %1 cannot be read (RSA, EC or "
                                         "DSA in PEM expected).")
                                          .arg(shown));
        const QSslCertificate first = certs.takeFirst();
        id = TlsIdentity(first, *key, certs);
    } else if (looksLikePkcs12(data)) {
        QBuffer buffer;
        buffer.setData(data);
        buffer.open(QIODevice::ReadOnly);
        QSslKey key;
        QSslCertificate cert;
        QList<QSslCertificate> chain;
        if (!QSslCertificate::importPkcs12(&buffer, &key, &cert, &chain, passphrase))
            return passphrase.isEmpty()
                       ? failed(Problem::NeedsPassphrase,
                                tr("The PKCS#12 file %1 is encrypted and no passphrase is "
                                   "stored.")
                                    .arg(shown))
                       : failed(Problem::WrongPassphrase,
                                tr("The stored passphrase does not open the PKCS#12 file %1.")
                                    .arg(shown));
        if (cert.isNull())
            return failed(Problem::NoCertificate,
                          tr("The PKCS#12 file %1 holds no certificate.").arg(shown));
        if (key.isNull())
            return failed(Problem::NoKey,
                          tr("The PKCS#12 file %1 holds no private key.").arg(shown));
        id = TlsIdentity(cert, key, chain);
    } else {
        return failed(Problem::NoCertificate,
                      tr("The client certificate file %1 is neither PEM (certificate and key) "
                         "nor PKCS#12.")
                          .arg(shown));
    }

    const QSslCertificate certificate = id.certificate();
    if (!keyMatches(certificate, id.privateKey()))
        return failed(Problem::KeyMismatch,
                      tr("The private key in %1 does not belong to its certificate.").arg(shown));
    if (certificate.expiryDate().isValid() && certificate.expiryDate() < now)
        return failed(Problem::Expired,
                      tr("The client certificate in %1 expired on %2.")
                          .arg(shown, certificate.expiryDate().toUTC().toString(Qt::ISODate)));
    if (certificate.effectiveDate().isValid() && certificate.effectiveDate() > now)
        return failed(Problem::NotYetValid,
                      tr("The client certificate in %1 is not valid before %2.")
                          .arg(shown, certificate.effectiveDate().toUTC().toString(Qt::ISODate)));
    Loaded l;
    l.identity = id;
    return l;
}

QString Description::text() const
{
    const QString until = expiry.toUTC().date().toString(Qt::ISODate);
    // Description's own context, where lupdate files these two (the file's tr() helper
    // translates in another).
    const QString left =
        daysLeft < 0 ? QCoreApplication::translate("mw::ClientIdentity::Description", "expired")
                     : QCoreApplication::translate("mw::ClientIdentity", "%n day(s) left", nullptr,
                                                   int(daysLeft));
    return QCoreApplication::translate("mw::ClientIdentity::Description",
                                       "%1, issued by %2, valid until %3 (%4)")
        .arg(subject, issuer, until, left);
}

Description describe(const TlsIdentity &identity, const QDateTime &now)
{
    Description d;
    if (identity.isEmpty())
        return d;
    const QSslCertificate c = identity.certificate();
    if (c.isNull())
        return d;
    const CertificateInfo info = describeCertificate(c); // control characters neutralised
    d.subject = info.subject;
    d.issuer = info.issuer;
    d.expiry = info.notAfter;
    d.daysLeft = d.expiry.isValid() ? now.daysTo(d.expiry) : 0;
    if (d.expiry.isValid() && d.expiry < now && d.daysLeft == 0)
        d.daysLeft = -1;
    return d;
}

} // namespace mw::ClientIdentity
