// SPDX-License-Identifier: GPL-3.0-or-later
#include "RefreshTokenStore.h"

#include <QCoreApplication>

#include <memory>

namespace mw {
namespace {

const QLatin1String kMarker("mw-chunks:");

QString chunkAccount(int i)
{
    return RefreshTokenStore::kAccount + QLatin1Char('-') + QString::number(i);
}

QString tr(const char *text)
{
    return QCoreApplication::translate("mw::RefreshTokenStore", text);
}

// Runs op(i, next) for i = from..to one after another, then done(ok).
void sequence(int from, int to, QObject *context,
              std::function<void(int, std::function<void(const SecretResult &)>)> op,
              std::function<void(const SecretResult &)> done)
{
    if (from > to) {
        done(SecretResult::success());
        return;
    }
    op(from, [from, to, context, op, done](const SecretResult &r) {
        if (r.status == SecretResult::Status::Error) {
            done(r);
            return;
        }
        sequence(from + 1, to, context, op, done);
    });
}

} // namespace

void RefreshTokenStore::read(SecretStore *store, QObject *context, Callback done)
{
    store->read(kAccount, context, [store, context, done](const SecretResult &r) {
        if (!r.ok() || !r.secret.startsWith(kMarker)) {
            done(r);
            return;
        }
        bool ok = false;
        const int n = r.secret.mid(kMarker.size()).toInt(&ok);
        if (!ok || n < 1 || n > kMaxChunks) {
            done(SecretResult::failure(tr("The saved OAuth2 sign-in is damaged; sign in again.")));
            return;
        }
        auto parts = std::make_shared<QString>();
        sequence(
            1, n, context,
            [store, context, parts](int i, std::function<void(const SecretResult &)> next) {
                store->read(chunkAccount(i), context, [parts, next](const SecretResult &c) {
                    if (!c.ok()) {
                        next(SecretResult::failure(
                            tr("Part of the saved OAuth2 sign-in is missing; sign in again.")));
                        return;
                    }
                    *parts += c.secret;
                    next(c);
                });
            },
            [parts, done](const SecretResult &end) {
                done(end.ok() ? SecretResult::success(*parts) : end);
            });
    });
}

void RefreshTokenStore::write(SecretStore *store, const QString &token, QObject *context,
                              Callback done)
{
    if (token.isEmpty() || token.startsWith(kMarker)) {
        QMetaObject::invokeMethod(
            context, [done] { done(SecretResult::failure(tr("The refresh token is empty."))); },
            Qt::QueuedConnection);
        return;
    }
    const int n = int((token.size() + kChunkChars - 1) / kChunkChars);
    if (n > kMaxChunks) {
        QMetaObject::invokeMethod(
            context,
            [done, size = token.size()] {
                done(SecretResult::failure(
                    tr("The provider's refresh token is %1 characters long; Mailwright keeps at "
                       "most %2 (the OS keychain limits each entry). It was not saved.")
                        .arg(size)
                        .arg(kChunkChars * kMaxChunks)));
            },
            Qt::QueuedConnection);
        return;
    }
    // Remove old chunks first, so that a shorter token never inherits a longer one's tail.
    remove(store, context, [store, token, n, context, done](const SecretResult &cleared) {
        if (!cleared.ok()) {
            done(cleared);
            return;
        }
        if (n == 1) {
            store->write(kAccount, token, context, done);
            return;
        }
        sequence(
            1, n, context,
            [store, token, context](int i, std::function<void(const SecretResult &)> next) {
                store->write(chunkAccount(i), token.mid((i - 1) * kChunkChars, kChunkChars),
                             context, next);
            },
            [store, n, context, done](const SecretResult &end) {
                if (!end.ok()) {
                    done(end);
                    return;
                }
                // The marker goes last: a half-written token is never taken for whole.
                store->write(kAccount, kMarker + QString::number(n), context, done);
            });
    });
}

void RefreshTokenStore::remove(SecretStore *store, QObject *context, Callback done)
{
    store->remove(kAccount, context, [store, context, done](const SecretResult &r) {
        if (r.status == SecretResult::Status::Error) {
            done(r);
            return;
        }
        sequence(
            1, kMaxChunks, context,
            [store, context](int i, std::function<void(const SecretResult &)> next) {
                store->remove(chunkAccount(i), context, next);
            },
            done);
    });
}

} // namespace mw
