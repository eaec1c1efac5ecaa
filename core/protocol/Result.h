// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QObject>
#include <QString>
#include <QStringList>

namespace mw {
Q_NAMESPACE

// The stable error classes of DESIGN.md. Their identifiers (errorClassId) are a contract
// shared with the CLI's JSON output, the queue metadata and the tests.
enum class ErrorClass {
    None,
    Config,
    Dns,
    Refused,
    Timeout,
    Network,
    TlsHandshake,
    TlsCertificate,
    StartTlsUnavailable,
    AuthUnsupported,
    AuthFailed,
    SenderRejected,
    RecipientRejected,
    MessageRejected,
    Temporary,
    Protocol,
    Cancelled,
};
Q_ENUM_NS(ErrorClass)

// Where a session is, and where a failed one stopped. Shared by SMTP and POP3.
enum class Phase {
    Idle,
    Resolve,
    Connect,
    Tls,
    Greeting,
    Ehlo,
    StartTls,
    Auth,
    Mail,
    Rcpt,
    Data,
    Transaction, // POP3 STAT/LIST/UIDL/RETR/DELE
    Quit,
    Done,
};
Q_ENUM_NS(Phase)

[[nodiscard]] QString errorClassId(ErrorClass c);
[[nodiscard]] ErrorClass errorClassFromId(const QString &id, bool *ok = nullptr);
[[nodiscard]] QString phaseId(Phase p);
[[nodiscard]] Phase phaseFromId(const QString &id, bool *ok = nullptr);
// A sentence for a person, used when nothing more specific is known.
[[nodiscard]] QString defaultMessage(ErrorClass c);
// What to change, for a person.
[[nodiscard]] QString defaultHint(ErrorClass c);

// The certificate the server presented, for display and for pinning.
struct CertificateInfo
{
    QString subject;
    QString issuer;
    QStringList names; // subject alternative names (DNS and IP)
    QDateTime notBefore;
    QDateTime notAfter;
    QString sha256; // lower-case hex, no separators
    bool selfSigned = false;

    [[nodiscard]] bool isNull() const { return sha256.isEmpty(); }
    [[nodiscard]] QString summary() const;
};

// One stage of a session as shown in the step list (name lookup, connect, TLS, ...).
struct StageTiming
{
    Phase phase = Phase::Idle;
    bool ok = false;
    qint64 ms = 0;
};

// The outcome of one operation: exactly one per session run.
struct Result
{
    bool ok = false;
    ErrorClass errorClass = ErrorClass::None;
    Phase phase = Phase::Idle;
    QString message;     // a plain sentence
    QString hint;        // what to change
    QString serverReply; // the server's own words, if it said anything relevant
    QList<StageTiming> stages;

    // What was learned about the server on the way.
    QString greeting;
    QString tlsProtocol; // e.g. "TLSv1.3", empty when the channel stayed clear
    QString tlsCipher;
    CertificateInfo certificate;
    QStringList certificateErrors;
    QStringList capabilities;   // EHLO keywords or CAPA lines
    QStringList authMechanisms; // offered on the channel the session ended on
    QString authMechanismUsed;
    qint64 sizeLimit = -1; // SIZE, -1 when not announced
    bool endedInClear = false;

    [[nodiscard]] static Result success(Phase phase);
    [[nodiscard]] static Result failure(ErrorClass c, Phase phase, const QString &message = {},
                                        const QString &serverReply = {});
};

} // namespace mw

Q_DECLARE_METATYPE(mw::StageTiming)
Q_DECLARE_METATYPE(mw::Result)
