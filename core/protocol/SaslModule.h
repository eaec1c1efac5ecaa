// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstddef>

// The boundary between sasl::Client (in mw_protocol, in every program) and the SASL module
// (protocol/sasl/, a library loaded on a worker thread when a session will sign in, or on
// the first sign-in). GNU SASL and what it pulls in (libidn, libntlm, libgssglue) then load
// only for a sign-in: the window's start, `--version`, `config get` and every command that
// signs in nowhere do without them, and a Send Test loads them while it connects
// (docs/PERFORMANCE.md).
//
// The table speaks C (no Qt, no C++ library): the module then needs GNU SASL and the C
// library only, and loading it costs what loading GNU SASL costs (a module that needed
// QtCore made the dynamic linker walk QtCore's fifteen libraries as well; ELF systems,
// docs/PERFORMANCE-CLI.md). The entry point's name carries the version of this structure,
// so that a stale module is refused rather than misread.
namespace mw::saslmodule {

enum StepStatus : int { NeedsMore = 0, Complete = 1, Failed = 2 };

// What a mechanism may ask for, UTF-8 with a final NUL; null or "" when not set. The
// caller keeps them (and this structure) for the whole session: GNU SASL asks while it
// steps.
struct Properties
{
    const char *user;     // GSASL_AUTHID
    const char *password; // GSASL_PASSWORD
    const char *realm;    // GSASL_REALM
    const char *host;     // GSASL_HOSTNAME
    const char *service;  // GSASL_SERVICE
};

struct Api
{
    // Non-zero when GNU SASL can run `mechanism` (upper case, e.g. "SCRAM-SHA-256") here.
    int (*supports)(const char *mechanism);
    // Starts `mechanism` as the client: a session, or null with GNU SASL's words in *error
    // (a static string).
    void *(*start)(const char *mechanism, const Properties *properties, const char **error);
    // One step: the server's challenge in, the client's answer out in *output (to be given
    // to freeOutput; it may hold the password). Failed: GNU SASL's words in *error.
    StepStatus (*step)(void *session, const char *input, std::size_t inputSize, char **output,
                       std::size_t *outputSize, const char **error);
    // Wipes and frees an answer of step().
    void (*freeOutput)(char *output, std::size_t size);
    // Ends a session that start() returned.
    void (*finish)(void *session);
};

// Returns the module's table (never null); GNU SASL starts on this call, which its loader
// (sasl::Client) makes once per process.
using ApiFunction = const Api *(*)();
inline constexpr char apiEntryPoint[] = "mailwright_sasl_api_v1";
inline constexpr char moduleName[] = "mailwright-sasl";

} // namespace mw::saslmodule
