// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "protocol/Result.h"

#include <QDateTime>
#include <QObject>
#include <QString>

#include <utility>

namespace mw {

// The five connection statuses of DESIGN.md, shared by SMTP and POP3.
// (Q_ENUM_NS is not used: namespace mw already has its Q_NAMESPACE in Result.h.)
enum class ServerStatus { Stop, NotConnected, InProgress, Operating, UnableToConnect };

// The exact English status names ("Stop", "Not connected", "Connection in progress",
// "Operating", "Unable to connect"): a contract for the CLI and scripts.
[[nodiscard]] QString statusName(ServerStatus s);
// The same, translated for display.
[[nodiscard]] QString statusText(ServerStatus s);

// What is known about one server: its status and why.
struct ServerState
{
    ServerStatus status = ServerStatus::NotConnected;
    QDateTime checkedAt; // when the last session ended (UTC)
    qint64 latencyMs = -1;
    ErrorClass errorClass = ErrorClass::None;
    Phase phase = Phase::Idle;
    QString reason; // the last failure's sentence
    QString serverReply;
    QString settingsHash; // the settings the last session ran with
    // OAuth2: the saved sign-in was refused; a person must sign in again (the status is
    // "Unable to connect", shown as "Sign-in required" with a Sign in again button).
    bool signInRequired = false;
    // The server's certificate at the last TLS session (empty without TLS), so that
    // `mailwright-cli status` can warn before it expires like the window's indicator does.
    QDateTime certNotAfter;
    QString certSha256;
    // The last session worked but stayed unencrypted: security "auto" and a server that
    // offers no STARTTLS/STLS (or an attacker who removed it), with no login configured.
    // The status is still "Operating"; the window shows it as a warning, not as green.
    bool endedInClear = false;
    // The SASL mechanism (or USER, APOP) the last session signed in with; empty without a
    // login. Shown by `status` ("signed in with SCRAM-SHA-256", JSON auth_mechanism).
    QString authMechanism;

    [[nodiscard]] static ServerState fromResult(const Result &r, const QString &settingsHash);
};

// The last known state of each server, kept in a small JSON file beside the queue so
// that `mailwright-cli status` can say what the last session (of any process) found.
class StatusFile
{
public:
    explicit StatusFile(QString path);
    // AppLocalDataLocation/status-<hash of the configuration path>.json
    [[nodiscard]] static QString defaultPathFor(const QString &configPath);

    [[nodiscard]] ServerState read(const QString &server) const; // "smtp" or "pop3"
    bool write(const QString &server, const ServerState &state);
    // Several entries in one replacement of the file (one fsync): a session that records
    // both its server's state and the last Send Test writes once.
    using Entries = QList<std::pair<QString, ServerState>>;
    bool write(const Entries &entries);

private:
    QString m_path;
};

} // namespace mw
