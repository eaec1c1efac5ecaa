// The `--json` objects of mailwright-cli, built in one place so that every command spells
// the shared fields (ok, error_class, phase, message, hint, server_reply, stages) the same
// way. The keys and values are a contract (docs/CLI, tests/integration): change them only
// together with the documentation and the tests. The on-disk formats (spool metadata, the
// status file) are a different contract and stay with their core classes.
#pragma once

#include "delivery/Queue.h"
#include "diagnostics/DetectionReport.h"
#include "diagnostics/ModeReport.h"
#include "diagnostics/ServerStatus.h"
#include "diagnostics/SettingChange.h"
#include "oauth/OAuthFailure.h"
#include "protocol/Result.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace mw::cli {

// One line of compact JSON (keys sorted, as QJsonDocument writes them).
[[nodiscard]] QString compactJson(const QJsonObject &o);

// ok, error_class, message and server_reply: the fields every answer carries.
[[nodiscard]] QJsonObject outcomeJson(bool ok, ErrorClass c, const QString &message,
                                      const QString &serverReply = {});

// A failure before any session: the outcome with phase "idle" and the class's default hint.
[[nodiscard]] QJsonObject failureJson(ErrorClass c, const QString &message);

// A session's Result: the outcome, phase, hint, stages, TLS, certificate, ended_in_clear and
// the mechanism used, merged into `extra`.
[[nodiscard]] QJsonObject resultJson(const Result &r, QJsonObject extra = {});

[[nodiscard]] QJsonArray stagesJson(const QList<StageTiming> &stages);
[[nodiscard]] QJsonObject certificateJson(const CertificateInfo &c);
[[nodiscard]] QJsonObject certificateReportJson(const CertificateReport &c);

// The stored state of one server ("smtp", "pop3"), as `status` prints it.
[[nodiscard]] QJsonObject serverStateJson(const QString &server, const ServerState &state);

// One spooled message as `queue list` prints it; `held` shows waiting messages as held.
[[nodiscard]] QJsonObject queuedMessageJson(const QueuedMessage &m, bool held);

// probe / detect.
[[nodiscard]] QJsonObject modeJson(const ModeReport &m);
[[nodiscard]] QJsonArray changesJson(const QList<SettingChange> &changes);
// service, host, port, mode and sources: a refused foreign host.
[[nodiscard]] QJsonObject candidateJson(const DetectedCandidate &c);
// Everything `detect` knows about a candidate, with its probe when one ran.
[[nodiscard]] QJsonObject detectedCandidateJson(const DetectedCandidate &c);

[[nodiscard]] QJsonObject oauthFailureJson(const OAuthFailure &failure);

} // namespace mw::cli
