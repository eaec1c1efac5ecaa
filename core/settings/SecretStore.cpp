// SPDX-License-Identifier: GPL-3.0-or-later
#include "SecretStore.h"

#include <QMetaObject>
#include <QPointer>

namespace mw {

SecretStore::SecretStore(QObject *parent)
    : QObject(parent)
{}

SecretStore::~SecretStore() = default;

bool SecretStore::isValidAccount(const QString &account)
{
    if (account.isEmpty() || account.size() > 32)
        return false;
    for (const QChar c : account) {
        const bool ok = (c >= QLatin1Char('a') && c <= QLatin1Char('z')) ||
                        (c >= QLatin1Char('0') && c <= QLatin1Char('9')) || c == QLatin1Char('-') ||
                        c == QLatin1Char('_');
        if (!ok)
            return false;
    }
    return true;
}

void SecretStore::run(const QString &account, QObject *context, Callback done, bool notifyChange,
                      const std::function<void(Callback)> &op)
{
    QPointer<QObject> guard(context);
    const bool hadContext = context != nullptr;
    // Deliver through the event loop so that completion is never synchronous.
    auto deliver = [this, guard, hadContext, done, account, notifyChange](const SecretResult &r) {
        QMetaObject::invokeMethod(
            this,
            [this, guard, hadContext, done, account, notifyChange, r] {
                if (notifyChange && r.ok())
                    Q_EMIT secretChanged(account);
                if (hadContext && !guard)
                    return;
                if (done)
                    done(r);
            },
            Qt::QueuedConnection);
    };
    if (!isValidAccount(account)) {
        deliver(SecretResult::failure(
            QStringLiteral("\"%1\" is not a valid account name.").arg(account.left(40))));
        return;
    }
    op(deliver);
}

void SecretStore::read(const QString &account, QObject *context, Callback done)
{
    run(account, context, std::move(done), false,
        [this, account](Callback cb) { doRead(account, std::move(cb)); });
}

void SecretStore::write(const QString &account, const QString &secret, QObject *context,
                        Callback done)
{
    run(account, context, std::move(done), true,
        [this, account, secret](Callback cb) { doWrite(account, secret, std::move(cb)); });
}

void SecretStore::remove(const QString &account, QObject *context, Callback done)
{
    run(account, context, std::move(done), true,
        [this, account](Callback cb) { doRemove(account, std::move(cb)); });
}

} // namespace mw
