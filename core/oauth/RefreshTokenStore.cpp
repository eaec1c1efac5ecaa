// SPDX-License-Identifier: GPL-3.0-or-later
#include "RefreshTokenStore.h"

#include <QCoreApplication>

#include <memory>

namespace mw {
namespace {

const QLatin1String kMarker("mw-chunks:");

QString tr(const char *text)
{
    return QCoreApplication::translate("mw::RefreshTokenStore", text);
}

// What "oauth-refresh" says about the chunks: none (the token itself, or nothing), or
// N chunks of a set. valid is false for a marker that names nothing sensible.
struct Layout
{
    bool chunked = false;
    bool valid = true;
    int count = 0;
    QString set; // "a", "b", or empty: the old unnamed set
};

Layout layoutOf(const SecretResult &r)
{
    Layout l;
    if (!r.ok() || !r.secret.startsWith(kMarker))
        return l;
    l.chunked = true;
    const QStringList parts = r.secret.mid(kMarker.size()).split(QLatin1Char(':'));
    bool ok = false;
    l.count = parts.value(0).toInt(&ok);
    l.set = parts.value(1);
    l.valid = ok && l.count >= 1 && l.count <= RefreshTokenStore::kMaxChunks && parts.size() <= 2 &&
              (l.set.isEmpty() || l.set == QLatin1String("a") || l.set == QLatin1String("b"));
    return l;
}

// Runs op(i, next) for i = from..to one after another, then done(ok); stops at the
// first error.
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

// Removes chunks from..kMaxChunks of set; every removal is tried, the first error is
// reported.
void removeChunks(SecretStore *store, const QString &set, int from, QObject *context,
                  RefreshTokenStore::Callback done)
{
    auto firstError = std::make_shared<SecretResult>(SecretResult::success());
    sequence(
        from, RefreshTokenStore::kMaxChunks, context,
        [store, set, context, firstError](int i, std::function<void(const SecretResult &)> next) {
            store->remove(RefreshTokenStore::chunkAccount(set, i), context,
                          [firstError, next](const SecretResult &r) {
                              if (!r.ok() && firstError->ok())
                                  *firstError = r;
                              next(SecretResult::success());
                          });
        },
        [firstError, done](const SecretResult &) { done(*firstError); });
}

} // namespace

QString RefreshTokenStore::chunkAccount(const QString &set, int i)
{
    return kAccount + QLatin1Char('-') + set + QString::number(i);
}

void RefreshTokenStore::read(SecretStore *store, QObject *context, Callback done)
{
    store->read(kAccount, context, [store, context, done](const SecretResult &r) {
        const Layout layout = layoutOf(r);
        if (!layout.chunked) {
            done(r);
            return;
        }
        if (!layout.valid) {
            done(SecretResult::failure(tr("The saved OAuth2 sign-in is damaged; sign in again.")));
            return;
        }
        auto parts = std::make_shared<QString>();
        sequence(
            1, layout.count, context,
            [store, context, parts,
             set = layout.set](int i, std::function<void(const SecretResult &)> next) {
                store->read(chunkAccount(set, i), context, [parts, next](const SecretResult &c) {
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
    // Which chunk set holds the token now: the new chunks go to the other one, so the
    // old token stays whole until the single write of kAccount switches over.
    store->read(kAccount, context, [store, token, n, context, done](const SecretResult &now) {
        if (now.status == SecretResult::Status::Error) {
            done(now);
            return;
        }
        const Layout old = layoutOf(now);
        const QString next = old.chunked && old.set == QLatin1String("a") ? QStringLiteral("b")
                                                                          : QStringLiteral("a");
        // After the switch: the entries of the old layout are stale. The new token is
        // safe whatever their removal answers.
        const auto switched = [store, context, done, old](const SecretResult &r) {
            if (!r.ok()) {
                done(r);
                return;
            }
            if (!old.chunked) {
                done(r);
                return;
            }
            removeChunks(store, old.set, 1, context,
                         [done](const SecretResult &) { done(SecretResult::success()); });
        };
        if (n == 1) {
            store->write(kAccount, token, context, switched);
            return;
        }
        sequence(
            1, n, context,
            [store, token, next, context](int i, std::function<void(const SecretResult &)> step) {
                store->write(chunkAccount(next, i), token.mid((i - 1) * kChunkChars, kChunkChars),
                             context, step);
            },
            [store, n, next, context, done, switched](const SecretResult &end) {
                if (!end.ok()) {
                    // The old token is untouched; the half-written chunks go (best effort).
                    removeChunks(store, next, 1, context,
                                 [done, end](const SecretResult &) { done(end); });
                    return;
                }
                // The marker goes last: a half-written token is never taken for whole.
                store->write(kAccount, kMarker + QString::number(n) + QLatin1Char(':') + next,
                             context, switched);
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
        removeChunks(store, QString(), 1, context, [store, context, done](const SecretResult &o) {
            removeChunks(store, QStringLiteral("a"), 1, context,
                         [store, context, done, o](const SecretResult &a) {
                             removeChunks(store, QStringLiteral("b"), 1, context,
                                          [done, o, a](const SecretResult &b) {
                                              done(!o.ok() ? o : !a.ok() ? a : b);
                                          });
                         });
        });
    });
}

} // namespace mw
