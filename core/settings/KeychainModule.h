// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>

#include <functional>

// The boundary between KeychainSecretStore (in mw_settings, in every program) and the
// keychain module (settings/keychain/, a library loaded the first time a keychain entry
// is read, written or removed). QtKeychain and what it pulls in on Linux (QtDBus,
// libsecret, GLib) then load only when the keychain is really used: `--version`,
// `config get` and a Send Test whose password comes from MAILWRIGHT_SMTP_PASSWORD or the
// file store do not pay for them (docs/PERFORMANCE.md).
//
// Both sides are built from the same tree by the same compiler against the same Qt, so
// the request may carry Qt and standard library types; the entry point's name carries the
// version of this structure, so that a stale module is refused rather than misread.
namespace mw::keychainmodule {

enum class Op : int { Read, Write, Remove };
enum class Outcome : int { Ok, NotFound, Failed };

struct Request
{
    Op op = Op::Read;
    QString service;
    QString key;
    QString secret;            // Write only
    QObject *parent = nullptr; // owns the job; destroying it drops the answer
    // Called exactly once, from the event loop: the secret (Read), or why it failed.
    std::function<void(Outcome, const QString &secret, const QString &error)> done;
};

using StartFunction = void (*)(const Request &);
inline constexpr char entryPoint[] = "mailwright_keychain_start_v1";
inline constexpr char moduleName[] = "mailwright-keychain";

} // namespace mw::keychainmodule
