// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// TLS client certificate files for the tests of smtp/client_cert and pop3/client_cert, made
// by the openssl command in a temporary folder (as tests/servers/mailservers.py makes the
// servers' certificates): a CA, leaves "ec" (P-256) and "rsa" (2048 bits) signed by it,
// spare keys "ec-other.key" and "rsa-other.key", the keys encrypted with passphrase()
// ("ec-enc.key" PKCS#8, "rsa-enc.key" traditional PEM), and PKCS#12 files "ec.p12" (with the
// CA as chain, encrypted with passphrase()) and "rsa-nopass.p12" (empty passphrase).

#include <QFile>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <utility>

namespace mw::test {

class ClientCertFiles
{
public:
    static QByteArray passphrase() { return QByteArrayLiteral("Sesame-4711-open"); }

    // Makes every file; false (with a warning naming the openssl step) when one fails.
    bool make()
    {
        if (!m_dir.isValid())
            return false;
        const QString pass = QStringLiteral("pass:") + QString::fromLatin1(passphrase());
        const QStringList ec{QStringLiteral("-newkey"), QStringLiteral("ec"),
                             QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:P-256")};
        const QStringList rsa{QStringLiteral("-newkey"), QStringLiteral("rsa:2048")};
        const auto s = [](const char *text) { return QString::fromLatin1(text); };
        if (!openssl(QStringList{s("req"), s("-x509")} + ec +
                     QStringList{s("-nodes"), s("-keyout"), s("ca.key"), s("-out"), s("ca.pem"),
                                 s("-days"), s("30"), s("-subj"),
                                 s("/CN=Mailwright Test Client CA")}))
            return false;
        for (const auto &[name, kind] : {std::pair{s("ec"), ec}, std::pair{s("rsa"), rsa}}) {
            if (!openssl(QStringList{s("req"), s("-new")} + kind +
                         QStringList{s("-nodes"), s("-keyout"), name + s(".key"), s("-out"),
                                     name + s(".csr"), s("-subj"), s("/CN=alerts-") + name}) ||
                !openssl({s("x509"), s("-req"), s("-in"), name + s(".csr"), s("-CA"), s("ca.pem"),
                          s("-CAkey"), s("ca.key"), s("-CAcreateserial"), s("-out"),
                          name + s(".pem"), s("-days"), s("30")}) ||
                !openssl(QStringList{s("req"), s("-new")} + kind +
                         QStringList{s("-nodes"), s("-keyout"), name + s("-other.key"), s("-out"),
                                     name + s("-other.csr"), s("-subj"), s("/CN=other")}))
                return false;
        }
        return openssl({s("pkcs8"), s("-topk8"), s("-in"), s("ec.key"), s("-out"), s("ec-enc.key"),
                        s("-passout"), pass}) &&
               openssl({s("rsa"), s("-in"), s("rsa.key"), s("-aes256"), s("-traditional"),
                        s("-out"), s("rsa-enc.key"), s("-passout"), pass}) &&
               openssl({s("pkcs12"), s("-export"), s("-in"), s("ec.pem"), s("-inkey"), s("ec.key"),
                        s("-certfile"), s("ca.pem"), s("-out"), s("ec.p12"), s("-passout"),
                        pass}) &&
               openssl({s("pkcs12"), s("-export"), s("-in"), s("rsa.pem"), s("-inkey"),
                        s("rsa.key"), s("-out"), s("rsa-nopass.p12"), s("-passout"), s("pass:")});
    }

    [[nodiscard]] QString path(const QString &name) const { return m_dir.filePath(name); }
    [[nodiscard]] QString dir() const { return m_dir.path(); }

    [[nodiscard]] QByteArray read(const QString &name) const
    {
        QFile f(path(name));
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

    // Writes data to name in the folder; returns its path.
    QString write(const QString &name, const QByteArray &data) const
    {
        QFile f(path(name));
        if (!f.open(QIODevice::WriteOnly) || f.write(data) != data.size())
            qFatal("cannot write %s", qPrintable(name));
        return f.fileName();
    }

    // A PEM file with the certificate of leaf ("ec" or "rsa") and its key, the key
    // encrypted with passphrase() when encrypted is true.
    QString pem(const QString &leaf, bool encrypted = false) const
    {
        const QString key =
            leaf + (encrypted ? QStringLiteral("-enc.key") : QStringLiteral(".key"));
        return write(leaf + (encrypted ? QStringLiteral("-enc") : QString()) +
                         QStringLiteral("-bundle.pem"),
                     read(leaf + QStringLiteral(".pem")) + read(key));
    }

private:
    bool openssl(const QStringList &args) const
    {
        QProcess p;
        p.setWorkingDirectory(m_dir.path());
        p.start(QStringLiteral("openssl"), args);
        if (!p.waitForFinished(60000) || p.exitStatus() != QProcess::NormalExit ||
            p.exitCode() != 0) {
            qWarning("openssl %s: %s", qPrintable(args.join(QLatin1Char(' '))),
                     p.readAllStandardError().constData());
            return false;
        }
        return true;
    }

    QTemporaryDir m_dir;
};

} // namespace mw::test
