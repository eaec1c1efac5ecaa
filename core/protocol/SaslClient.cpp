// SPDX-License-Identifier: GPL-3.0-or-later
#include "SaslClient.h"

#include <QCoreApplication>
#include <QThreadPool>

#include <atomic>

#include "Ntlm.h"
#include "PrivateModule.h"
#include "Sasl.h"

namespace mw::sasl {
namespace {

// The context lupdate gives the texts of Client's functions, where this is called.
QString tr(const char *text)
{
    return QCoreApplication::translate("mw::sasl::Client", text);
}

// The SASL module's table, loaded once per process (a function-local static is
// thread-safe: a second caller waits for the first one's load), or why it is not there.
struct Module
{
    const saslmodule::Api *api = nullptr;
    QString error;
};

const Module &module()
{
    static const Module m = [] {
        const PrivateModule::Entry entry = PrivateModule::resolve(
            QLatin1String(saslmodule::moduleName), saslmodule::apiEntryPoint);
        Module loaded;
        if (const auto get = reinterpret_cast<saslmodule::ApiFunction>(entry.function))
            loaded.api = get();
        else
            loaded.error = entry.error;
        return loaded;
    }();
    return m;
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
        module().api->finish(m_session);
        m_session = nullptr;
    }
    m_password.fill('\0');
    m_user = m_password = m_realm = m_host = m_service = QByteArray();
    m_properties = {};
    m_ntlmParams = {};
    m_mechanism.clear();
    m_steps = 0;
    m_complete = false;
}

bool Client::supports(const QString &mechanism)
{
    if (mechanism == QLatin1String("NTLM"))
        return true; // NTLMv2 of Ntlm.h, never gsasl's NTLMv1
    const Module &m = module();
    return m.api && m.api->supports(mechanism.toLatin1().constData());
}

void Client::preloadFor(const QString &requested)
{
    const QString mechanism = requested.toUpper();
    if (mechanism != QLatin1String("AUTO") && !autoOrder().contains(mechanism))
        return;
    static std::atomic_bool started{false};
    if (started.exchange(true))
        return;
    QThreadPool::globalInstance()->start([] { (void)module(); });
}

bool Client::start(const QString &mechanism, const ClientParams &params, QString *why)
{
    reset();
    m_mechanism = mechanism.toUpper();
    if (m_mechanism != QLatin1String("NTLM") && !module().api) {
        if (why)
            *why = tr("The sign-in module (%1) could not be loaded: %2")
                       .arg(QLatin1String(saslmodule::moduleName), module().error);
        return false;
    }
    if (!supports(m_mechanism)) {
        if (why)
            *why = tr("This build of Mailwright cannot sign in with %1.").arg(m_mechanism);
        return false;
    }
    if (m_mechanism == QLatin1String("NTLM")) {
        m_ntlmParams = params;
        return true;
    }
    m_user = params.user.toUtf8();
    m_password = params.password.toUtf8();
    m_realm = params.realm.toUtf8();
    m_host = params.host.toUtf8();
    m_service = params.service.toUtf8();
    m_properties = {m_user.constData(), m_password.constData(), m_realm.constData(),
                    m_host.constData(), m_service.constData()};
    const char *error = "";
    m_session = module().api->start(m_mechanism.toLatin1().constData(), &m_properties, &error);
    if (!m_session) {
        if (why)
            *why = tr("%1 could not start (%2).").arg(m_mechanism, QString::fromUtf8(error));
        return false;
    }
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
    const saslmodule::Api *api = module().api;
    char *out = nullptr;
    std::size_t outSize = 0;
    const char *error = "";
    const saslmodule::StepStatus status =
        api->step(m_session, input.constData(), std::size_t(input.size()), &out, &outSize, &error);
    if (out) {
        if (status != saslmodule::Failed)
            s.output = QByteArray(out, qsizetype(outSize));
        api->freeOutput(out, outSize); // wiped: it may hold the password
    }
    ++m_steps;
    if (status == saslmodule::Complete) {
        m_complete = true;
        s.status = Status::Complete;
    } else if (status == saslmodule::NeedsMore) {
        s.status = Status::NeedsMore;
    } else {
        s.status = Status::Failed;
        s.error = QString::fromUtf8(error);
    }
    return s;
}

Client::Step Client::ntlmStep(const QByteArray &input)
{
    Step s;
    // MS-NLMP: NEGOTIATE first, then AUTHENTICATE answering the server's CHALLENGE. No
    // workstation name is sent (it is optional and tells the server nothing it needs).
    if (m_steps++ == 0) {
        s.output = ntlm::negotiateMessage(m_ntlmParams.realm, QString());
        s.status = Status::NeedsMore;
        return s;
    }
    QString why;
    const auto message = ntlm::authenticateMessage(input, m_ntlmParams.user, m_ntlmParams.password,
                                                   m_ntlmParams.realm, QString(), &why);
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
