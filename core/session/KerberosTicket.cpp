// SPDX-License-Identifier: GPL-3.0-or-later
#include "KerberosTicket.h"

#include <QCoreApplication>
#include <QFutureWatcher>
#include <QPromise>
#include <QThreadPool>

namespace mw {

namespace {

QString tr(const char *text)
{
    // The context lupdate gives the texts of the functions of namespace mw that call this.
    return QCoreApplication::translate("mw", text);
}

} // namespace

KerberosTicketInfo kerberosTicketInfo(bool found, const QString &principal,
                                      const QDateTime &expires, const QDateTime &now,
                                      const QString &detail)
{
    KerberosTicketInfo info;
    info.found = found && expires.isValid();
    if (!info.found) {
        info.problem = tr("No Kerberos ticket — run kinit or log in to the domain.");
        if (!detail.isEmpty())
            info.problem += QStringLiteral(" (%1)").arg(detail);
        return info;
    }
    info.principal = principal;
    info.expires = expires.toUTC();
    info.expired = expires <= now;
    if (info.expired) {
        info.problem =
            tr("The Kerberos ticket of %1 expired at %2 — run kinit or log in to "
               "the domain again.")
                .arg(principal,
                     expires.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss t")));
    }
    return info;
}

KerberosTicketInfo readKerberosTicket()
{
    const detail::TicketCache cache = detail::readTicketCache();
    return kerberosTicketInfo(cache.found, cache.principal, cache.expires,
                              QDateTime::currentDateTimeUtc(), cache.detail);
}

struct KerberosTicketReader::Private
{
    QFutureWatcher<KerberosTicketInfo> watcher;
};

KerberosTicketReader::KerberosTicketReader(QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>())
{
    connect(&d->watcher, &QFutureWatcherBase::finished, this, [this] {
        const QFuture<KerberosTicketInfo> future = d->watcher.future();
        if (future.resultCount() > 0)
            Q_EMIT finished(future.result());
    });
}

KerberosTicketReader::~KerberosTicketReader()
{
    // The watcher goes with d: no signal reaches this object any more. The worker keeps
    // only its promise, and finishes on its own.
    d->watcher.disconnect();
}

void KerberosTicketReader::start()
{
    auto promise = std::make_shared<QPromise<KerberosTicketInfo>>();
    d->watcher.setFuture(promise->future());
    promise->start();
    QThreadPool::globalInstance()->start([promise] {
        promise->addResult(readKerberosTicket());
        promise->finish();
    });
}

bool KerberosTicketReader::isRunning() const
{
    return d->watcher.isRunning();
}

} // namespace mw
