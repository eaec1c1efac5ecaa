// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace mw {

// A private module: a shared library of Mailwright's own that no program links, loaded the
// first time its feature is used, so that the heavy libraries behind it load only then
// (QtKeychain and D-Bus behind the keychain module, libarchive and its compressors behind
// the archive module; docs/PERFORMANCE.md). The one place that knows where such a module
// is installed and how it is loaded; the callers hold the entry point's name and type.
//
// Where the module named `name` ("mailwright-keychain") may be, in order:
//   - the file named by the environment variable MAILWRIGHT_<NAME>_MODULE
//     (MAILWRIGHT_KEYCHAIN_MODULE; the tests point it into the build tree);
//   - beside the program (Windows, the build tree);
//   - the installed private folder relative to the program (Linux packages:
//     <libdir>/mailwright/modules);
//   - the application bundle's PlugIns folder (macOS).
// A module is loaded once per process and never unloaded.
class PrivateModule
{
public:
    struct Entry
    {
        void *function = nullptr; // null when not found; then error says why
        QString error;            // why not: the system loader's last message
    };

    // The address of entryPoint in the module, loading it on the first call. Thread-safe.
    [[nodiscard]] static Entry resolve(const QString &name, const char *entryPoint);
    // "MAILWRIGHT_KEYCHAIN_MODULE" for "mailwright-keychain".
    [[nodiscard]] static QString overrideVariable(const QString &name);
    // For tests: `hook` runs on the loading thread before each first look-up of a module's
    // entry point, with PrivateModule's lock held, as during a slow load (the tests of what
    // a connection does before TLS has loaded hold it there). nullptr removes it.
    using LoadHook = void (*)(const QString &name);
    static void setBeforeLoadHook(LoadHook hook);
};

} // namespace mw
