// SPDX-License-Identifier: GPL-3.0-or-later
#include "SignInBackends.h"

#include "session/ClientIdentity.h"

#include <QCoreApplication>
#include <QPointer>
#include <QThreadPool>

namespace mw::SignInBackends {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("mw::SignInBackends", text);
}

CertificateStatus readCertificate(const QString &path, const QByteArray &passphrase)
{
    CertificateStatus c;
    const ClientIdentity::Loaded loaded = ClientIdentity::load(path, passphrase);
    c.ok = loaded.ok();
    c.text = c.ok ? ClientIdentity::describe(loaded.identity).text() : loaded.error;
    return c;
}

} // namespace

QString expiryText(const QDateTime &expires)
{
    // A no-break space: a wrapped line keeps date and time together.
    return expires.toLocalTime().toString(QStringLiteral("yyyy-MM-dd")) + QChar(0x00A0) +
           expires.toLocalTime().toString(QStringLiteral("HH:mm"));
}

void describeCertificate(const QString &path, const QByteArray &passphrase, QObject *context,
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

QString ticketText(const KerberosTicketInfo &t)
{
    if (!t.found || t.expired)
        return t.problem;
    return tr("Ticket for %1, valid until %2").arg(t.principal, expiryText(t.expires));
}

} // namespace mw::SignInBackends
