// SPDX-License-Identifier: GPL-3.0-or-later
#include "RemoteStatusSecret.h"

#include "settings/PasswordDigest.h"

#include <QCoreApplication>
#include <QFutureWatcher>
#include <QPointer>
#include <QPromise>
#include <QThreadPool>
#include <QTimer>

#include <memory>

namespace mw {

namespace {

QString noStore()
{
    return QCoreApplication::translate("mw::RemoteStatusSecret", "No password store is available.");
}

// done(result) later, from context's event loop (dropped when context goes first).
void finishLater(QObject *context, const SecretStore::Callback &done, const SecretResult &result)
{
    QTimer::singleShot(0, context, [done, result] { done(result); });
}

} // namespace

QString RemoteStatusSecret::account()
{
    return QStringLiteral("remote-status");
}

QString RemoteStatusSecret::check(const QString &password)
{
    return PasswordDigest::checkPassword(password);
}

void RemoteStatusSecret::set(SecretStore *store, const QString &password, QObject *context,
                             SecretStore::Callback done)
{
    Q_ASSERT(context);
    if (const QString why = check(password); !why.isEmpty())
        return finishLater(context, done, SecretResult::failure(why));
    if (!store)
        return finishLater(context, done, SecretResult::failure(noStore()));

    // The watcher belongs to context: when context goes, so does the answer. The worker
    // keeps only the promise and finishes on its own.
    auto *watcher = new QFutureWatcher<QString>(context);
    auto promise = std::make_shared<QPromise<QString>>();
    QPointer<SecretStore> guard(store);
    QObject::connect(
        watcher, &QFutureWatcherBase::finished, context, [watcher, guard, context, done] {
            const QFuture<QString> future = watcher->future();
            const QString digest = future.resultCount() > 0 ? future.result() : QString();
            watcher->deleteLater();
            if (!guard)
                return done(SecretResult::failure(noStore()));
            if (!PasswordDigest::isDigest(digest))
                return done(SecretResult::failure(QCoreApplication::translate(
                    "mw::RemoteStatusSecret", "The password digest could not be computed.")));
            guard->write(account(), digest, context, done);
        });
    watcher->setFuture(promise->future());
    promise->start();
    QThreadPool::globalInstance()->start([promise, password] {
        promise->addResult(PasswordDigest::make(password));
        promise->finish();
    });
}

void RemoteStatusSecret::clear(SecretStore *store, QObject *context, SecretStore::Callback done)
{
    Q_ASSERT(context);
    if (!store)
        return finishLater(context, done, SecretResult::failure(noStore()));
    store->remove(account(), context, std::move(done));
}

void RemoteStatusSecret::isSet(SecretStore *store, QObject *context, StateCallback done)
{
    Q_ASSERT(context);
    if (!store) {
        QTimer::singleShot(0, context, [done] { done(State::Error, noStore()); });
        return;
    }
    store->read(account(), context, [done](const SecretResult &r) {
        switch (r.status) {
        case SecretResult::Status::NotFound:
            return done(State::NotSet, QString());
        case SecretResult::Status::Error:
            return done(State::Error, r.error);
        case SecretResult::Status::Ok:
            break;
        }
        if (r.secret.isEmpty())
            return done(State::NotSet, QString());
        done(PasswordDigest::isDigest(r.secret) ? State::Set : State::NotDigest, QString());
    });
}

} // namespace mw
