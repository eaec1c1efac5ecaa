// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>
#include <utility>

namespace mw {

// One method's verdict of an Authentication-Results header (RFC 8601 §2.2):
// "spf=fail", "dkim=pass", "dmarc=fail" as {method, result}, both lower case.
struct AuthVerdict
{
    QString method;
    QString result;
    bool operator==(const AuthVerdict &) const = default;
};

// What one message of the POP3 mailbox says as a remote status request (issue 19). Made by
// StatusRequestParser from the bytes of a TOP n 0 answer (headers only) or of a RETR.
// The password, when found, lives only here, in memory: it is never logged or written.
struct StatusRequest
{
    // The From field's address, normalised (Router::normalized); empty when the field is
    // missing, has no address or more than one (fromCount says how many were found).
    QString from;
    int fromCount = 0;
    QString sender;     // the Sender field's address, normalised; empty when absent
    QString returnPath; // the topmost Return-Path (the envelope sender), normalised; empty for
                        // none or "<>"
    bool hasReturnPath = false;
    QString subject;             // decoded (RFC 2047), unfolded
    bool subjectMatches = false; // the word "status" is in the subject
    // Auto-Submitted other than "no" (RFC 3834), or a Mailwright notice: an automatic
    // message (the status answers themselves) is never a request.
    bool autoSubmitted = false;
    QString messageId;    // "<...>" as written; empty when absent
    bool hasBody = false; // the message had a body (not a TOP n 0 answer)
    bool passwordFound = false;
    QString password; // memory only
    // The verdicts of the Authentication-Results fields of the configured authserv-id that
    // are inside the trust boundary (see StatusRequestParser::parse).
    QList<AuthVerdict> verdicts;
    // Why the message cannot be read as a request (a NUL in the header, no header at all,
    // too many fields); empty when it can.
    QString malformed;

    // A request at all: a subject with "status", not an automatic message.
    [[nodiscard]] bool isCandidate() const { return subjectMatches && !autoSubmitted; }
};

// The pure parsing of issue 19's remote status requests: no I/O, bounded work on any input
// (hostile headers, deep MIME nesting, huge fields), so that it is unit-tested and fuzzed.
class StatusRequestParser
{
    Q_DECLARE_TR_FUNCTIONS(mw::StatusRequestParser)

public:
    // Limits that bound the work on a hostile message.
    static constexpr int kMaxFields = 1000;
    static constexpr int kMaxFieldLength = 64 * 1024; // one unfolded field
    static constexpr int kMaxMimeDepth = 4;
    static constexpr int kMaxMimeParts = 64;

    // Reads `message` (RFC 5322, CR LF or LF line ends). authservId: remote_status/
    // authserv_id; empty means no Authentication-Results field is trusted.
    //
    // The trust boundary of Authentication-Results (RFC 8601 §7.1): fields are added at
    // the top as the message travels, so everything below the Received field that the
    // server `authservId` added on arrival was written before it saw the message (by the
    // sender: forgeable). The trusted fields are those with that authserv-id above the
    // topmost Received field whose "by" clause names authservId; when no Received field
    // names it, those above the first Received field (added at final delivery); with no
    // Received field at all, every field of that authserv-id.
    [[nodiscard]] static StatusRequest parse(const QByteArray &message, const QString &authservId);

    // The header fields of a message, unfolded (RFC 5322 §2.2.3), in order: {name as
    // written, value without the leading blank}. Stops at the first empty line. *problem
    // is set for input that is not a header (NUL, a line without a colon before any field,
    // limits exceeded).
    [[nodiscard]] static QList<std::pair<QByteArray, QByteArray>>
    headerFields(const QByteArray &message, QString *problem = nullptr);
    // RFC 2047 encoded-words of an unstructured value decoded; other bytes read as UTF-8.
    [[nodiscard]] static QString decodeHeader(const QByteArray &value);
    // The word "status" (case-insensitive, as a whole word) is in the decoded subject.
    [[nodiscard]] static bool subjectMatches(const QString &subject);
    // The decoded text of the message's text/plain part (the whole body when it has no
    // MIME structure); nullopt when there is none.
    [[nodiscard]] static std::optional<QString> plainText(const QByteArray &message);
    // The password of the first line "password: <pw>" (key case-insensitive, blanks around
    // key, colon and password trimmed). A quoted line ("> password: x") never counts, nor
    // an empty password or one with control characters.
    [[nodiscard]] static std::optional<QString> passwordLine(const QString &text);
    // One Authentication-Results value: its authserv-id (lower case) and verdicts.
    [[nodiscard]] static std::pair<QString, QList<AuthVerdict>>
    authenticationResults(const QByteArray &value);
    // The first failing verdict ("dmarc=fail"), empty when none fails. Failing: fail,
    // softfail, permerror (SPF, DKIM, DMARC; other methods are ignored).
    [[nodiscard]] static QString failingVerdict(const QList<AuthVerdict> &verdicts);
    // The address of the sender who is answered, or why the message is refused: exactly
    // one From address; when Sender or Return-Path disagree with From, the envelope
    // Return-Path must be that same address. first: the address; second: the reason.
    [[nodiscard]] static std::pair<QString, QString> answerAddress(const StatusRequest &r);
};

} // namespace mw
