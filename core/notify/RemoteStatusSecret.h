// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "settings/SecretStore.h"

#include <QObject>
#include <QString>

#include <functional>

namespace mw {

// THE one way the remote status read-only password is kept: only its digest
// (PasswordDigest::make, the text "pbkdf2-sha256$..."), in the secret store account
// "remote-status". The password itself never reaches the store, a file or the caller's
// widgets, and the digest is never handed back (isSet() only says whether one is there).
//
// Every operation completes exactly once and always later, on the thread of context, from
// its event loop; the callback is dropped when context goes first. The key derivation
// (about 0.1-0.3 s) runs on QThreadPool, never on the calling thread.
class RemoteStatusSecret
{
public:
    // "remote-status"
    [[nodiscard]] static QString account();
    // Empty when password may be the read-only password, else why not (a sentence):
    // PasswordDigest::checkPassword.
    [[nodiscard]] static QString check(const QString &password);

    // Checks password, derives its digest off the calling thread and writes the digest to
    // store. A refused password ends with SecretResult::failure(check(password)) and
    // nothing is written. No store: a failure.
    static void set(SecretStore *store, const QString &password, QObject *context,
                    SecretStore::Callback done);
    // Removes the stored digest (succeeds when there was none).
    static void clear(SecretStore *store, QObject *context, SecretStore::Callback done);

    enum class State {
        NotSet,    // nothing stored: every status request is refused
        Set,       // a well-formed digest is stored
        NotDigest, // something else is stored (e.g. a password put there by hand): refused
        Error,     // the store could not be read (error says why)
    };
    using StateCallback = std::function<void(State state, const QString &error)>;
    // Reads the account and tells what is there, never the value.
    static void isSet(SecretStore *store, QObject *context, StateCallback done);
};

} // namespace mw
