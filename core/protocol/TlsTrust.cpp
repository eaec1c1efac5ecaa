// SPDX-License-Identifier: GPL-3.0-or-later
#include "TlsTrust.h"

#include "Transcript.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QHash>
#include <QMutex>
#include <QMutexLocker>
#include <QRegularExpression>

#include <QSslCertificateExtension>

#include <atomic>
#include <future>
#include <optional>

namespace mw {

namespace {

std::atomic_int caDecodeCount{0};

// The certificates of a CA file's bytes. A check of the server tries several modes and
// ports, each a session that applies the trust on the GUI thread: the file is read each
// time (a change to it counts at once), but its PEM is decoded again only when its bytes
// differ from the last decode of that path (4-6 ms of OpenSSL decoders per session). A
// decode under way on another thread (TlsTrust::decodeAhead) is waited for, not repeated.
QList<QSslCertificate> decodedCaFile(const QString &path, const QByteArray &bytes)
{
    using Certificates = std::shared_future<QList<QSslCertificate>>;
    struct Entry
    {
        QByteArray bytes;
        Certificates certs;
    };
    static QMutex mutex;
    static QHash<QString, Entry> cache;
    std::promise<QList<QSslCertificate>> decoding;
    Certificates certs;
    bool mine = false;
    {
        const QMutexLocker lock(&mutex);
        const auto it = cache.constFind(path);
        if (it != cache.cend() && it->bytes == bytes) {
            certs = it->certs;
        } else {
            if (cache.size() >= 16) // a handful of servers; never grows with the paths tried
                cache.clear();
            certs = decoding.get_future().share();
            cache.insert(path, Entry{bytes, certs});
            mine = true;
        }
    }
    if (mine) {
        ++caDecodeCount;
        decoding.set_value(QSslCertificate::fromData(bytes, QSsl::Pem));
    }
    return certs.get();
}

} // namespace

bool TlsTrust::readCaFile(QByteArray *pem, QString *error) const
{
    QFile f(caFile);
    if (!f.open(QIODevice::ReadOnly)) {
        if (error)
            *error = QCoreApplication::translate(
                         "mw::TlsTrust", "The trusted-certificates file %1 cannot be read: %2")
                         .arg(caFile, f.errorString());
        return false;
    }
    *pem = f.readAll();
    return true;
}

QString TlsTrust::noCertificateMessage() const
{
    return QCoreApplication::translate("mw::TlsTrust",
                                       "The trusted-certificates file %1 holds no PEM certificate.")
        .arg(caFile);
}

bool TlsTrust::apply(QSslConfiguration &config, QString *error) const
{
    if (caFile.isEmpty())
        return true;
    QByteArray pem;
    if (!readCaFile(&pem, error))
        return false;
    const QList<QSslCertificate> certs = decodedCaFile(caFile, pem);
    if (certs.isEmpty()) {
        if (error)
            *error = noCertificateMessage();
        return false;
    }
    // The file replaces the system store for this server, as msmtp's tls_trust_file does:
    // a private CA is trusted for exactly this server, and a certificate from any other
    // CA, public or not, is refused (the safer reading). Reading the whole system store
    // as well would cost OpenSSL 3 about a billion instructions per process.
    config.setCaCertificates(certs);
    return true;
}

void TlsTrust::decodeAhead() const
{
    if (caFile.isEmpty())
        return;
    QFile f(caFile);
    if (f.open(QIODevice::ReadOnly))
        (void)decodedCaFile(caFile, f.readAll());
}

int TlsTrust::caFileDecodes()
{
    return caDecodeCount.load();
}

QString TlsTrust::normalizedPin() const
{
    QString out;
    for (const QChar ch : pinSha256) {
        if (ch.isLetterOrNumber())
            out += ch.toLower();
    }
    return out;
}

bool TlsTrust::pinMatches(const QSslCertificate &cert) const
{
    const QString pin = normalizedPin();
    return !pin.isEmpty() && !cert.isNull() && pin == sha256Fingerprint(cert);
}

QString sha256Fingerprint(const QSslCertificate &cert)
{
    return QString::fromLatin1(cert.digest(QCryptographicHash::Sha256).toHex());
}

CertificateInfo describeCertificate(const QSslCertificate &cert)
{
    CertificateInfo info;
    if (cert.isNull())
        return info;
    info.subject = cert.subjectDisplayName();
    if (info.subject.isEmpty())
        info.subject = cert.subjectInfo(QSslCertificate::CommonName).join(QStringLiteral(", "));
    info.issuer = cert.issuerDisplayName();
    const auto alt = cert.subjectAlternativeNames();
    for (auto it = alt.cbegin(); it != alt.cend(); ++it)
        info.names << it.value();
    info.notBefore = cert.effectiveDate();
    info.notAfter = cert.expiryDate();
    info.sha256 = sha256Fingerprint(cert);
    info.selfSigned = cert.isSelfSigned();
    neutralizeCertificateText(&info);
    return info;
}

void neutralizeCertificateText(CertificateInfo *info)
{
    // The names are the server's words too: they reach messages, the CLI and the window.
    info->subject = neutralizeControls(info->subject);
    info->issuer = neutralizeControls(info->issuer);
    for (QString &name : info->names)
        name = neutralizeControls(name);
}

QString untrustedCertificateMessage(const QStringList &errorTexts, const CertificateInfo &info,
                                    const TlsTrust &trust)
{
    QString msg = QCoreApplication::translate("mw::MailConnection",
                                              "The server's certificate is not trusted: %1.")
                      .arg(errorTexts.join(QStringLiteral("; ")));
    if (!info.isNull())
        msg +=
            QLatin1Char(' ') + QCoreApplication::translate("mw::MailConnection", "Certificate: %1.")
                                   .arg(info.summary());
    if (trust.hasPin())
        msg += QLatin1Char(' ') +
               QCoreApplication::translate("mw::MailConnection",
                                           "It does not match the pinned fingerprint %1.")
                   .arg(trust.normalizedPin());
    return msg;
}

QString changedCertificateMessage(const CertificateInfo &info, const TlsTrust &trust)
{
    // A pin is a promise about one certificate: a different one, even if a public CA
    // signed it, is reported rather than silently accepted.
    return QCoreApplication::translate(
               "mw::MailConnection",
               "The server's certificate changed: it does not match the pinned fingerprint %1. "
               "Certificate: %2.")
        .arg(trust.normalizedPin(), info.summary());
}

bool tlsErrorMeansClearText(const QString &tlsError)
{
    // OpenSSL 1.1/3.x wording when the first bytes are not a TLS record: "220 " or
    // "+OK " read as a record header gives a bogus version or length.
    static const char *const kSigns[] = {"wrong version number", "unknown protocol",
                                         "packet length too long", "record layer failure",
                                         "http request"};
    for (const char *s : kSigns) {
        if (tlsError.contains(QLatin1String(s), Qt::CaseInsensitive))
            return true;
    }
    return false;
}

bool tlsErrorIsPeerAlert(const QString &tlsError)
{
    // OpenSSL names a received alert "sslv3 alert ...", "tlsv1 alert ...", "tlsv13 alert
    // ..." or "ssl/tls alert ..." (RFC 8446 §6).
    static const QRegularExpression re(QStringLiteral("\\b(sslv3|tlsv1[0-9]*|ssl/tls) alert\\b"),
                                       QRegularExpression::CaseInsensitiveOption);
    return re.match(tlsError).hasMatch();
}

QString tlsPeerAlertHint()
{
    return QCoreApplication::translate(
        "mw::TlsTrust",
        "The server speaks TLS on this port but ended the handshake with an error of its "
        "own (a TLS alert): the port and security setting are right. Ask the server's "
        "administrator to check its TLS configuration (certificate, key, protocol "
        "versions), or try again later.");
}

} // namespace mw
