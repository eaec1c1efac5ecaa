// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"
#include "SmtpConfig.h"
#include "SmtpReply.h"

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QString>

#include <optional>

// Pure SMTP wire helpers: how a message, an address and a transaction's commands look on
// the wire, and what the server must offer for them. No socket, no state: unit-tested and
// fuzzed on their own; SmtpSession and SmtpTransaction use nothing else for these rules.
namespace mw::smtp {

// RFC 5321 §4.5.3.1.6: a text line may hold at most 998 octets before CR LF.
inline constexpr int kMaxDataLine = 998;

// Message content as it goes on the wire: CR LF line ends, RFC 5321 §4.5.2 dot-stuffing,
// terminated by CR LF . CR LF. Lines over 998 octets are refused (`error` says which).
[[nodiscard]] std::optional<QByteArray> encodeData(const QByteArray &content, QString *error);

// The same lines for RFC 3030 BDAT: CR LF line ends and the 998-octet limit, but no
// dot-stuffing and no terminating dot (the chunk sizes delimit the message).
[[nodiscard]] std::optional<QByteArray> encodeChunkData(const QByteArray &content, QString *error);

// The largest BDAT chunk sent: a large message goes as several, so that neither side needs
// to hold a huge chunk in one piece (RFC 3030 §2 sets no limit).
inline constexpr qsizetype kBdatChunk = qsizetype(1) << 20;

// RFC 3030 §2: `data` (from encodeChunkData()) as BDAT chunks on the wire, each its
// command line and its octets: "BDAT <n>\r\n..." and last "BDAT <n> LAST\r\n..." (an
// empty message is one "BDAT 0 LAST").
[[nodiscard]] QList<QByteArray> bdatChunks(const QByteArray &data,
                                           qsizetype chunkSize = kBdatChunk);

// An address for MAIL/RCPT: the domain in ACE (IDNA) form; `needsUtf8` set when the local
// part is not ASCII or the domain has no ACE form (SMTPUTF8 required).
[[nodiscard]] QByteArray encodeAddress(const QString &address, bool *needsUtf8);

// RFC 5321 §4.1.4: the host's FQDN, or an address literal of `local` when there is none.
[[nodiscard]] QString defaultHeloName(const QHostAddress &local);
// The host's DNS domain as the resolver's configuration gives it: its default domain, else
// the first of its search list (QHostInfo::localDomainName's rule). Reads a file.
[[nodiscard]] QString hostDomain();
// Starts finding the host's domain name (for defaultHeloName) on a worker thread, once per
// process: it reads the resolver's configuration, which a session should not wait for
// after its connection is up. Called when a connection opens (MailConnection::open).
void prefetchLocalDomain();

// An octet of 0x80 or above (the message needs 8BITMIME).
[[nodiscard]] bool hasHighBytes(const QByteArray &data);

// False when the address could end the path or the command line early ("a@[x>y]", a line
// break, a NUL): it would smuggle a command.
[[nodiscard]] bool isSafeInCommand(const QString &address);

// "RCPT TO:<...>"
[[nodiscard]] QByteArray rcptCommand(const QString &recipient);

// One message made ready for the wire, or the reason it cannot be sent to this server
// (nothing is sent then; the outcome is "rejected").
struct PreparedMessage
{
    bool ok = false;
    QByteArray mail;         // "MAIL FROM:<...>" with SIZE, BODY=8BITMIME, SMTPUTF8 as needed
    QList<QByteArray> rcpts; // "RCPT TO:<...>" in envelope order
    QByteArray data;         // encodeData() of the content, or encodeChunkData() with bdat
    bool bdat = false;       // the server offers CHUNKING: sent with BDAT (RFC 3030)
    ErrorClass errorClass = ErrorClass::None;
    Phase phase = Phase::Idle;
    QString error;
};

// Checks the envelope against the server's capabilities (RFC 1870 SIZE, RFC 6152
// 8BITMIME, RFC 6531 SMTPUTF8) and builds the commands of its transaction. With CHUNKING
// offered the content is made ready for BDAT; 8-bit content still needs 8BITMIME (no
// BINARYMIME is used).
[[nodiscard]] PreparedMessage prepareMessage(const Envelope &envelope,
                                             const SmtpCapabilities &caps);

// What a negative reply means for an operation whose permanent failure is `permanent`.
[[nodiscard]] ErrorClass classifyReply(const SmtpReply &reply, ErrorClass permanent);

} // namespace mw::smtp
