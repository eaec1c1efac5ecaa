// SPDX-License-Identifier: GPL-3.0-or-later
#include "SaslClient.h"

#include <QCoreApplication>

#include <gsasl.h>

#include <algorithm>

#include "Ntlm.h"

namespace mw::sasl {
namespace {

// The context lupdate gives the texts of Client's functions, where this is called.
QString tr(const char *text)
{
    return QCoreApplication::translate("mw::sasl::Client", text);
}

// gsasl asks for what it needs while it steps; the answers come from the session's
// ClientParams. Anything not set (an authorization identity, channel-binding data, a
// SCRAM salted password) is left unanswered: gsasl goes on without it.
int answer(Gsasl *, Gsasl_session *session, Gsasl_property property)
{
    const auto *params = static_cast<const ClientParams *>(gsasl_session_hook_get(session));
    if (!params)
        return GSASL_NO_CALLBACK;
    QString value;
    switch (property) {
    case GSASL_AUTHID:
        value = params->user;
        break;
    case GSASL_PASSWORD:
        value = params->password;
        break;
    case GSASL_SERVICE:
        value = params->service;
        break;
    case GSASL_HOSTNAME:
        value = params->host;
        break;
    case GSASL_REALM:
        value = params->realm;
        break;
    default:
        return GSASL_NO_CALLBACK; // GSASL_AUTHZID included: empty, as RFC 4954/5034 expect
    }
    if (value.isEmpty())
        return GSASL_NO_CALLBACK;
    return gsasl_property_set(session, property, value.toUtf8().constData());
}

// One context per process, made once (a function-local static is thread-safe); the
// callback is set before anyone can use it.
Gsasl *context()
{
    static Gsasl *const ctx = [] {
        Gsasl *c = nullptr;
        if (gsasl_init(&c) != GSASL_OK)
            return static_cast<Gsasl *>(nullptr);
        gsasl_callback_set(c, answer);
        return c;
    }();
    return ctx;
}

} // namespace

Client::Client() = default;

Client::~Client()
{
    reset();
}

void Client::reset()
{
    if (m_session) {
        gsasl_finish(m_session);
        m_session = nullptr;
    }
    m_params = {};
    m_mechanism.clear();
    m_steps = 0;
    m_complete = false;
}

bool Client::supports(const QString &mechanism)
{
    if (mechanism == QLatin1String("NTLM"))
        return true; // NTLMv2 of Ntlm.h, never gsasl's NTLMv1
    Gsasl *ctx = context();
    return ctx && gsasl_client_support_p(ctx, mechanism.toLatin1().constData()) != 0;
}

bool Client::start(const QString &mechanism, const ClientParams &params, QString *why)
{
    reset();
    m_params = params;
    m_mechanism = mechanism.toUpper();
    if (!supports(m_mechanism)) {
        if (why)
            *why = tr("This build of Mailwright cannot sign in with %1.").arg(m_mechanism);
        return false;
    }
    if (m_mechanism == QLatin1String("NTLM"))
        return true;
    const int rc = gsasl_client_start(context(), m_mechanism.toLatin1().constData(), &m_session);
    if (rc != GSASL_OK) {
        m_session = nullptr;
        if (why)
            *why = tr("%1 could not start (%2).")
                       .arg(m_mechanism, QString::fromUtf8(gsasl_strerror(rc)));
        return false;
    }
    gsasl_session_hook_set(m_session, &m_params);
    return true;
}

Client::Step Client::step(const QByteArray &input)
{
    Step s;
    if (m_complete) {
        s.error = tr("%1 has nothing more to say.").arg(m_mechanism);
        return s;
    }
    if (m_mechanism == QLatin1String("NTLM"))
        return ntlmStep(input);
    if (!m_session) {
        s.error = tr("No sign-in is in progress.");
        return s;
    }
    char *out = nullptr;
    size_t outLen = 0;
    const int rc = gsasl_step(m_session, input.constData(), size_t(input.size()), &out, &outLen);
    if (out) {
        s.output = QByteArray(out, qsizetype(outLen));
        // The answer may hold the password (PLAIN, LOGIN): wiped before it is freed.
        std::fill(out, out + outLen, '\0');
        gsasl_free(out);
    }
    ++m_steps;
    if (rc == GSASL_OK) {
        m_complete = true;
        s.status = Status::Complete;
    } else if (rc == GSASL_NEEDS_MORE) {
        s.status = Status::NeedsMore;
    } else {
        s.output.fill('\0');
        s.output.clear();
        s.status = Status::Failed;
        s.error = QString::fromUtf8(gsasl_strerror(rc));
    }
    return s;
}

Client::Step Client::ntlmStep(const QByteArray &input)
{
    Step s;
    // MS-NLMP: NEGOTIATE first, then AUTHENTICATE answering the server's CHALLENGE. No
    // workstation name is sent (it is optional and tells the server nothing it needs).
    if (m_steps++ == 0) {
        s.output = ntlm::negotiateMessage(m_params.realm, QString());
        s.status = Status::NeedsMore;
        return s;
    }
    QString why;
    const auto message = ntlm::authenticateMessage(input, m_params.user, m_params.password,
                                                   m_params.realm, QString(), &why);
    if (!message) {
        s.error = why;
        return s;
    }
    s.output = *message;
    s.status = Status::Complete;
    m_complete = true;
    return s;
}

} // namespace mw::sasl
