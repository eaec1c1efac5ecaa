#include "JsonOutput.h"

#include "diagnostics/ProbeMode.h"

#include <QJsonDocument>

namespace mw::cli {

QString compactJson(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QJsonObject outcomeJson(bool ok, ErrorClass c, const QString &message, const QString &serverReply)
{
    QJsonObject o;
    o.insert(QStringLiteral("ok"), ok);
    o.insert(QStringLiteral("error_class"), errorClassId(c));
    o.insert(QStringLiteral("message"), message);
    o.insert(QStringLiteral("server_reply"), serverReply);
    return o;
}

QJsonObject failureJson(ErrorClass c, const QString &message)
{
    QJsonObject o = outcomeJson(false, c, message);
    o.insert(QStringLiteral("phase"), phaseId(Phase::Idle));
    o.insert(QStringLiteral("hint"), defaultHint(c));
    return o;
}

QJsonArray stagesJson(const QList<StageTiming> &stages)
{
    QJsonArray a;
    for (const StageTiming &s : stages) {
        QJsonObject st;
        st.insert(QStringLiteral("phase"), phaseId(s.phase));
        st.insert(QStringLiteral("ok"), s.ok);
        st.insert(QStringLiteral("ms"), s.ms);
        a.append(st);
    }
    return a;
}

namespace {

// What a certificate says, without the "is there one" test of certificateJson.
QJsonObject certificateFields(const CertificateInfo &c)
{
    QJsonObject o;
    o.insert(QStringLiteral("subject"), c.subject);
    o.insert(QStringLiteral("issuer"), c.issuer);
    o.insert(QStringLiteral("names"), QJsonArray::fromStringList(c.names));
    o.insert(QStringLiteral("not_before"), c.notBefore.toString(Qt::ISODate));
    o.insert(QStringLiteral("not_after"), c.notAfter.toString(Qt::ISODate));
    o.insert(QStringLiteral("sha256"), c.sha256);
    o.insert(QStringLiteral("self_signed"), c.selfSigned);
    return o;
}

} // namespace

QJsonObject certificateJson(const CertificateInfo &c)
{
    return c.isNull() ? QJsonObject() : certificateFields(c);
}

QJsonObject certificateReportJson(const CertificateReport &c)
{
    if (!c.presented)
        return {};
    QJsonObject o = certificateFields(c.certificate);
    o.insert(QStringLiteral("days_to_expiry"), c.daysToExpiry);
    o.insert(QStringLiteral("trusted"), c.trusted);
    o.insert(QStringLiteral("errors"), QJsonArray::fromStringList(c.errors));
    o.insert(QStringLiteral("expired"), c.expired);
    o.insert(QStringLiteral("expires_soon"), c.expiresSoon);
    o.insert(QStringLiteral("pinned"), c.pinned);
    o.insert(QStringLiteral("pin_changed"), c.pinChanged);
    o.insert(QStringLiteral("can_trust"), c.canTrust());
    return o;
}

QJsonObject resultJson(const Result &r, QJsonObject o)
{
    const QJsonObject outcome = outcomeJson(r.ok, r.errorClass, r.message, r.serverReply);
    for (auto it = outcome.begin(); it != outcome.end(); ++it)
        o.insert(it.key(), it.value());
    o.insert(QStringLiteral("phase"), phaseId(r.phase));
    o.insert(QStringLiteral("hint"), r.hint);
    o.insert(QStringLiteral("stages"), stagesJson(r.stages));
    if (!r.tlsProtocol.isEmpty()) {
        o.insert(QStringLiteral("tls_protocol"), r.tlsProtocol);
        o.insert(QStringLiteral("tls_cipher"), r.tlsCipher);
    }
    if (!r.certificate.isNull())
        o.insert(QStringLiteral("certificate"), certificateJson(r.certificate));
    if (!r.certificateErrors.isEmpty())
        o.insert(QStringLiteral("certificate_errors"),
                 QJsonArray::fromStringList(r.certificateErrors));
    o.insert(QStringLiteral("ended_in_clear"), r.endedInClear);
    if (!r.authMechanismUsed.isEmpty())
        o.insert(QStringLiteral("auth_mechanism"), r.authMechanismUsed);
    return o;
}

QJsonObject serverStateJson(const QString &server, const ServerState &state)
{
    QJsonObject o = outcomeJson(state.status != ServerStatus::UnableToConnect, state.errorClass,
                                state.reason, state.serverReply);
    o.insert(QStringLiteral("status"), statusName(state.status));
    o.insert(QStringLiteral("server"), server);
    o.insert(QStringLiteral("phase"), phaseId(state.phase));
    if (state.checkedAt.isValid())
        o.insert(QStringLiteral("checked_at"), state.checkedAt.toString(Qt::ISODate));
    if (state.latencyMs >= 0)
        o.insert(QStringLiteral("latency_ms"), state.latencyMs);
    if (!state.authMechanism.isEmpty())
        o.insert(QStringLiteral("auth_mechanism"), state.authMechanism);
    return o;
}

QJsonObject queuedMessageJson(const QueuedMessage &m, bool held)
{
    QJsonObject o;
    o.insert(QStringLiteral("id"), m.id);
    o.insert(QStringLiteral("state"), held && m.state != QueuedMessage::State::Dead
                                          ? QStringLiteral("held")
                                          : QueuedMessage::stateId(m.state));
    o.insert(QStringLiteral("created"), m.created.toString(Qt::ISODate));
    o.insert(QStringLiteral("category"), m.category);
    o.insert(QStringLiteral("sender"), m.sender);
    o.insert(QStringLiteral("recipients"), QJsonArray::fromStringList(m.recipients));
    o.insert(QStringLiteral("subject"), m.subject);
    o.insert(QStringLiteral("message_id"), m.messageId);
    o.insert(QStringLiteral("attempts"), m.attempts);
    o.insert(QStringLiteral("next_attempt"), m.nextAttempt.toString(Qt::ISODate));
    o.insert(QStringLiteral("error_class"), errorClassId(m.lastError));
    o.insert(QStringLiteral("message"), m.lastMessage);
    o.insert(QStringLiteral("server_reply"), m.serverReply);
    return o;
}

QJsonObject modeJson(const ModeReport &m)
{
    QJsonObject o;
    o.insert(QStringLiteral("service"), serviceId(m.service));
    o.insert(QStringLiteral("host"), m.host);
    o.insert(QStringLiteral("mode"), securityModeId(m.mode));
    o.insert(QStringLiteral("port"), m.port);
    o.insert(QStringLiteral("works"), m.works);
    o.insert(QStringLiteral("reachable"), m.reachable);
    o.insert(QStringLiteral("tier"), static_cast<int>(m.tier));
    o.insert(QStringLiteral("needs_trust"), m.needsTrust());
    o.insert(QStringLiteral("verdict"), m.verdict);
    o.insert(QStringLiteral("error_class"), errorClassId(m.result.errorClass));
    o.insert(QStringLiteral("phase"), phaseId(m.result.phase));
    o.insert(QStringLiteral("message"), m.result.message);
    o.insert(QStringLiteral("greeting"), m.result.greeting);
    o.insert(QStringLiteral("tls_protocol"), m.result.tlsProtocol);
    o.insert(QStringLiteral("tls_cipher"), m.result.tlsCipher);
    o.insert(QStringLiteral("capabilities"), QJsonArray::fromStringList(m.result.capabilities));
    o.insert(QStringLiteral("auth_mechanisms"),
             QJsonArray::fromStringList(m.result.authMechanisms));
    // Which of them Mailwright can use (sasl::supportedMechanisms()) and which not.
    o.insert(QStringLiteral("usable_mechanisms"), QJsonArray::fromStringList(m.usableMechanisms()));
    o.insert(QStringLiteral("unsupported_mechanisms"),
             QJsonArray::fromStringList(m.unsupportedMechanisms()));
    o.insert(QStringLiteral("size"), m.result.sizeLimit);
    if (m.service == ProbeService::Pop3)
        o.insert(QStringLiteral("apop"), m.apop);
    if (m.certificate.presented)
        o.insert(QStringLiteral("certificate"), certificateReportJson(m.certificate));
    if (m.mismatch) {
        QJsonObject mm;
        mm.insert(QStringLiteral("expected"), securityModeId(m.mismatch->expected));
        mm.insert(QStringLiteral("message"), m.mismatch->message);
        o.insert(QStringLiteral("mismatch"), mm);
    }
    o.insert(QStringLiteral("stages"), stagesJson(m.result.stages));
    return o;
}

QJsonArray changesJson(const QList<SettingChange> &changes)
{
    QJsonArray a;
    for (const SettingChange &c : changes) {
        QJsonObject o;
        o.insert(QStringLiteral("key"), c.key);
        o.insert(QStringLiteral("value"), c.value);
        o.insert(QStringLiteral("reason"), c.reason);
        a.append(o);
    }
    return a;
}

QJsonObject candidateJson(const DetectedCandidate &c)
{
    QJsonObject j;
    j.insert(QStringLiteral("service"), serviceId(c.service));
    j.insert(QStringLiteral("host"), c.host);
    j.insert(QStringLiteral("port"), c.port);
    j.insert(QStringLiteral("mode"), securityModeId(c.mode));
    j.insert(QStringLiteral("sources"), QJsonArray::fromStringList(c.sources));
    return j;
}

QJsonObject detectedCandidateJson(const DetectedCandidate &c)
{
    QJsonObject j = candidateJson(c);
    j.insert(QStringLiteral("source"), detectionSourceId(c.source));
    j.insert(QStringLiteral("offered"), c.offered());
    j.insert(QStringLiteral("probed"), c.probed);
    j.insert(QStringLiteral("authenticated"), c.authenticated);
    j.insert(QStringLiteral("foreign"), c.foreign);
    if (!c.warning.isEmpty())
        j.insert(QStringLiteral("warning"), c.warning);
    if (!c.skipped.isEmpty())
        j.insert(QStringLiteral("skipped"), c.skipped);
    if (!c.notes.isEmpty())
        j.insert(QStringLiteral("notes"), c.notes);
    if (!c.userName.isEmpty())
        j.insert(QStringLiteral("username"), c.userName);
    if (c.probed)
        j.insert(QStringLiteral("probe"), modeJson(c.probe));
    return j;
}

QJsonObject oauthFailureJson(const OAuthFailure &failure)
{
    QJsonObject o = outcomeJson(
        false,
        failure.kind == OAuthFailure::Kind::Network ? ErrorClass::Network : ErrorClass::AuthFailed,
        failure.message, failure.description);
    o.insert(QStringLiteral("oauth_error"), OAuthFailure::kindId(failure.kind));
    if (failure.kind == OAuthFailure::Kind::SignInRequired)
        o.insert(QStringLiteral("status"), QStringLiteral("Sign-in required"));
    o.insert(QStringLiteral("provider_error"), failure.code);
    return o;
}

} // namespace mw::cli
