// SPDX-License-Identifier: GPL-3.0-or-later
// Stand-ins until core/session/KerberosTicket.h and core/session/ClientIdentity.h are
// merged: see SignInBackends.h. Replace the bodies of readTicket() and
// describeCertificate() with calls to those; the texts stay.
#include "SignInBackends.h"

#include <QCoreApplication>
#include <QFile>
#include <QPointer>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QSslCertificate>
#include <QSslKey>
#include <QThreadPool>
#include <QTimer>

namespace mw::SignInBackends {
namespace {

QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("mw::SignInBackends", text, disambiguation, n);
}

// klist under LC_ALL=C prints "12/04/26 09:00:00"; other builds "12/04/2026 09:00:00".
QDateTime parseKlistTime(const QString &text)
{
    for (const char *format : {"MM/dd/yyyy HH:mm:ss", "MM/dd/yy HH:mm:ss"}) {
        QDateTime t = QDateTime::fromString(text, QString::fromLatin1(format));
        if (!t.isValid())
            continue;
        if (t.date().year() < 1970)
            t = t.addYears(100); // "yy" reads as 19yy
        return t;
    }
    return {};
}

TicketStatus parseKlist(int exitCode, const QString &out)
{
    TicketStatus t;
    const QRegularExpression principal(QStringLiteral("^Default principal:\\s*(\\S+)"),
                                       QRegularExpression::MultilineOption);
    const QRegularExpression tgt(QStringLiteral("^(\\S+ \\S+)\\s+(\\S+ \\S+)\\s+krbtgt/"),
                                 QRegularExpression::MultilineOption);
    const auto p = principal.match(out);
    if (exitCode != 0 || !p.hasMatch()) {
        t.problem = tr("No Kerberos ticket — run kinit or log in to the domain.");
        return t;
    }
    t.found = true;
    t.principal = p.captured(1);
    if (const auto m = tgt.match(out); m.hasMatch())
        t.expires = parseKlistTime(m.captured(2));
    t.expired = t.expires.isValid() && t.expires <= QDateTime::currentDateTime();
    return t;
}

CertificateStatus readCertificate(const QString &path, const QString &passphrase)
{
    CertificateStatus c;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        c.problem = tr("Cannot read %1: %2").arg(path, f.errorString());
        return c;
    }
    // A client certificate file is small; anything larger is not one.
    const QByteArray data = f.read(1 << 20);
    QSslCertificate cert;
    const QList<QSslCertificate> pem = QSslCertificate::fromData(data, QSsl::Pem);
    if (!pem.isEmpty()) {
        cert = pem.first();
    } else {
        f.seek(0);
        QSslKey key;
        QList<QSslCertificate> chain;
        if (!QSslCertificate::importPkcs12(&f, &key, &cert, &chain, passphrase.toUtf8()))
            cert = QSslCertificate(data, QSsl::Der);
    }
    if (cert.isNull()) {
        c.problem = tr("%1 holds no certificate that can be read (PEM, or PKCS#12 with the "
                       "passphrase saved).")
                        .arg(path);
        return c;
    }
    c.ok = true;
    c.subject = cert.subjectDisplayName();
    c.issuer = cert.issuerDisplayName();
    c.expires = cert.expiryDate();
    return c;
}

} // namespace

void readTicket(QObject *context, std::function<void(const TicketStatus &)> done)
{
    auto *klist = new QProcess(context);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C"));
    klist->setProcessEnvironment(env);
    auto *timeout = new QTimer(klist);
    timeout->setSingleShot(true);
    QObject::connect(timeout, &QTimer::timeout, klist, [klist] { klist->kill(); });
    QObject::connect(klist, &QProcess::finished, context,
                     [klist, done](int code, QProcess::ExitStatus status) {
                         const QString out = QString::fromLocal8Bit(klist->readAllStandardOutput());
                         klist->deleteLater();
                         done(parseKlist(status == QProcess::NormalExit ? code : -1, out));
                     });
    QObject::connect(klist, &QProcess::errorOccurred, context,
                     [klist, done](QProcess::ProcessError e) {
                         if (e != QProcess::FailedToStart)
                             return; // finished() follows
                         klist->deleteLater();
                         TicketStatus t;
                         t.problem = tr("No Kerberos ticket — run kinit or log in to the "
                                        "domain.");
                         done(t);
                     });
    timeout->start(5000);
    klist->start(QStringLiteral("klist"), {});
}

void describeCertificate(const QString &path, const QString &passphrase, QObject *context,
                         std::function<void(const CertificateStatus &)> done)
{
    QPointer<QObject> guard(context);
    QThreadPool::globalInstance()->start([path, passphrase, guard, done] {
        const CertificateStatus c = readCertificate(path, passphrase);
        if (!guard)
            return;
        QMetaObject::invokeMethod(
            guard.data(),
            [guard, done, c] {
                if (guard)
                    done(c);
            },
            Qt::QueuedConnection);
    });
}

QString ticketText(const TicketStatus &t)
{
    if (!t.found)
        return t.problem.isEmpty() ? tr("No Kerberos ticket — run kinit or log in to the domain.")
                                   : t.problem;
    if (t.expired)
        return tr("The Kerberos ticket for %1 expired at %2 — run kinit again.")
            .arg(t.principal, QLocale().toString(t.expires.time(), QLocale::ShortFormat));
    if (!t.expires.isValid())
        return tr("Ticket for %1").arg(t.principal);
    return tr("Ticket for %1, valid until %2")
        .arg(t.principal, QLocale().toString(t.expires.time(), QLocale::ShortFormat));
}

QString certificateText(const CertificateStatus &c, const QDateTime &now)
{
    if (!c.ok)
        return c.problem;
    const qint64 secs = now.secsTo(c.expires);
    const int days = static_cast<int>(secs >= 0 ? secs / 86400 : -((-secs + 86399) / 86400));
    const QString date = c.expires.toLocalTime().date().toString(Qt::ISODate);
    if (days < 0)
        return tr("Subject %1, issued by %2, EXPIRED on %3").arg(c.subject, c.issuer, date);
    return tr("Subject %1, issued by %2, valid until %3 (%n day(s))", nullptr, days)
        .arg(c.subject, c.issuer, date);
}

} // namespace mw::SignInBackends
