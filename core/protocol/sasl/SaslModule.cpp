// SPDX-License-Identifier: GPL-3.0-or-later
// The SASL module: GNU SASL's client behind the C table of protocol/SaslModule.h, loaded by
// protocol/SaslClient.cpp (sasl::Client) when a session will sign in. Nothing here uses
// QtCore's library or the C++ library (the header says why).
#include "SaslModule.h"

#include <QtGlobal> // Q_DECL_EXPORT only: nothing of QtCore's library is used

#include <gsasl.h>

namespace {

using mw::saslmodule::Properties;
using mw::saslmodule::StepStatus;

// The process's one context, made by the entry point (called once per process).
Gsasl *context = nullptr;

// gsasl asks for what it needs while it steps; the answers come from the session's
// Properties. Anything not set (an authorization identity, channel-binding data, a SCRAM
// salted password) is left unanswered: gsasl goes on without it.
int answer(Gsasl *, Gsasl_session *session, Gsasl_property property)
{
    const auto *p = static_cast<const Properties *>(gsasl_session_hook_get(session));
    if (!p)
        return GSASL_NO_CALLBACK;
    const char *value = nullptr;
    switch (property) {
    case GSASL_AUTHID:
        value = p->user;
        break;
    case GSASL_PASSWORD:
        value = p->password;
        break;
    case GSASL_SERVICE:
        value = p->service;
        break;
    case GSASL_HOSTNAME:
        value = p->host;
        break;
    case GSASL_REALM:
        value = p->realm;
        break;
    default:
        return GSASL_NO_CALLBACK; // GSASL_AUTHZID included: empty, as RFC 4954/5034 expect
    }
    if (!value || !*value)
        return GSASL_NO_CALLBACK;
    return gsasl_property_set(session, property, value);
}

int supports(const char *mechanism)
{
    return context && gsasl_client_support_p(context, mechanism) != 0;
}

void *start(const char *mechanism, const Properties *properties, const char **error)
{
    if (!context) {
        *error = "GNU SASL could not start";
        return nullptr;
    }
    Gsasl_session *session = nullptr;
    const int rc = gsasl_client_start(context, mechanism, &session);
    if (rc != GSASL_OK) {
        *error = gsasl_strerror(rc);
        return nullptr;
    }
    gsasl_session_hook_set(session, const_cast<Properties *>(properties));
    return session;
}

void freeOutput(char *output, std::size_t size)
{
    if (!output)
        return;
    // The answer may hold the password (PLAIN, LOGIN): wiped before it is freed.
    volatile char *p = output;
    for (std::size_t i = 0; i < size; ++i)
        p[i] = '\0';
    gsasl_free(output);
}

StepStatus step(void *session, const char *input, std::size_t inputSize, char **output,
                std::size_t *outputSize, const char **error)
{
    *output = nullptr;
    *outputSize = 0;
    const int rc =
        gsasl_step(static_cast<Gsasl_session *>(session), input, inputSize, output, outputSize);
    if (rc == GSASL_OK)
        return mw::saslmodule::Complete;
    if (rc == GSASL_NEEDS_MORE)
        return mw::saslmodule::NeedsMore;
    *error = gsasl_strerror(rc);
    return mw::saslmodule::Failed;
}

void finish(void *session)
{
    gsasl_finish(static_cast<Gsasl_session *>(session));
}

constexpr mw::saslmodule::Api api{supports, start, step, freeOutput, finish};

} // namespace

extern "C" Q_DECL_EXPORT const mw::saslmodule::Api *mailwright_sasl_api_v1()
{
    if (!context) {
        Gsasl *c = nullptr;
        if (gsasl_init(&c) == GSASL_OK) {
            gsasl_callback_set(c, answer);
            context = c;
        }
    }
    return &api;
}
