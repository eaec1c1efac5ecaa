// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SaslModule.h"

#include <QByteArray>
#include <QString>

namespace mw::sasl {

// What a mechanism may ask for. The password stays in memory only.
struct ClientParams
{
    QString user;     // GSASL_AUTHID (NTLM: the user name)
    QString password; // GSASL_PASSWORD; empty for GSSAPI and EXTERNAL
    QString realm;    // GSASL_REALM; NTLM: the NT domain
    QString host;     // GSASL_HOSTNAME: the server's name (GSSAPI: service@host)
    QString service;  // GSASL_SERVICE: "smtp" or "pop" (RFC 4752 host-based service)
};

// The client side of one SASL mechanism (RFC 4422), protocol-neutral and on raw bytes:
// GNU SASL runs SCRAM-SHA-256, SCRAM-SHA-1, GSSAPI, EXTERNAL, PLAIN, LOGIN and CRAM-MD5;
// NTLM is NTLMv2 of Ntlm.h (gsasl's is NTLMv1, never used). The base64 of the framing
// and every limit are SaslExchange's. One gsasl context serves the whole process. GNU SASL
// runs in the SASL module (SaslModule.h), loaded by preloadFor() or by the first start().
class Client
{
public:
    Client();
    ~Client();
    Client(const Client &) = delete;
    Client &operator=(const Client &) = delete;

    enum class Status { NeedsMore, Complete, Failed };
    struct Step
    {
        Status status = Status::Failed;
        QByteArray output; // the client's answer (may hold a secret: never log it)
        QString error;     // Failed: what went wrong, for a person
    };

    // Starts `mechanism` (upper case). False, with the reason, when this build cannot.
    [[nodiscard]] bool start(const QString &mechanism, const ClientParams &params, QString *why);
    // One step: the server's challenge in, the client's answer out. The first step of a
    // mechanism that speaks first takes an empty input.
    [[nodiscard]] Step step(const QByteArray &input);
    // The mechanism finished on the client's side (SCRAM: the server's signature verified;
    // GSSAPI: mutual authentication and the security layer done).
    [[nodiscard]] bool isComplete() const { return m_complete; }
    [[nodiscard]] const QString &mechanism() const { return m_mechanism; }

    // The mechanisms this build can run (gsasl's, in this process, and NTLM when built).
    // Loads the SASL module if nothing has yet (a session that signs in preloads it).
    [[nodiscard]] static bool supports(const QString &mechanism);
    // A session that will ask for `requested` (a mechanism, or "AUTO") calls this before it
    // connects: when that may run on GNU SASL (AUTO or a mechanism of autoOrder(); not NTLM,
    // the token mechanisms, POP3's USER or APOP), the SASL module loads on a worker thread,
    // once per process, while the session connects (a Client that needs it sooner waits
    // for that load). Where no module can be loaded, start() says so.
    static void preloadFor(const QString &requested);

private:
    void reset();
    [[nodiscard]] Step ntlmStep(const QByteArray &input);

    void *m_session = nullptr; // the SASL module's session (GNU SASL's)
    ClientParams m_ntlmParams; // NTLM's (Ntlm.h); GNU SASL's mechanisms keep only:
    // the parameters in UTF-8, which GNU SASL's callback reads through m_properties while
    // it steps; reset() wipes the password's copy.
    QByteArray m_user, m_password, m_realm, m_host, m_service;
    saslmodule::Properties m_properties{};
    QString m_mechanism;
    int m_steps = 0;
    bool m_complete = false;
};

} // namespace mw::sasl
