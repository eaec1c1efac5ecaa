// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

// Pure encoding functions used by MessageBuilder: dates, RFC 2047 encoded-words, header
// folding, quoted-printable, addresses. Each is a function of its arguments only, so the
// tests can check them one rule at a time.
namespace mw::mime {

// RFC 5322 §2.1.1: a line MUST NOT exceed 998 octets (excluding CRLF).
inline constexpr int MaxLineLength = 998;
// RFC 5322 §2.1.1 asks for 78; RFC 2047 §2 limits a header line that carries an
// encoded-word to 76. Header lines are folded to the stricter of the two.
inline constexpr int HeaderLineLength = 76;
// RFC 2047 §2: an encoded-word is at most 75 characters long.
inline constexpr int MaxEncodedWordLength = 75;
// RFC 2045 §6.7 (5): an encoded quoted-printable line is at most 76 characters.
inline constexpr int QpLineLength = 76;
// RFC 5321 §4.5.3.1.1 / §4.5.3.1.2
inline constexpr int MaxLocalPartLength = 64;
inline constexpr int MaxDomainLength = 255;

// RFC 5322 §3.3 date-time with the offset the value carries ("Tue, 1 Jul 2025 14:03:09 +0200").
// Day and month names are the fixed English ones, whatever the locale.
[[nodiscard]] QByteArray formatDate(const QDateTime &dateTime);

// Why `text` may not be a header value, or nothing if it may: CR, LF and NUL (header
// injection), other control characters and broken UTF-16 are refused. TAB is allowed.
[[nodiscard]] std::optional<QString> headerTextProblem(const QString &text);

// RFC 2047 encoded-words (charset UTF-8, B or Q, whichever is shorter) that together decode
// to `text`. The first word is at most `firstMaxLength` characters, the others at most
// `maxLength` (both capped at 75). Words are split between code points, never inside a
// UTF-8 sequence. The Q form only leaves the characters RFC 2047 §5 (3) allows in a phrase
// unencoded, so the words are valid in Subject and in display names alike.
[[nodiscard]] QList<QByteArray> encodeWords(const QString &text, int firstMaxLength,
                                            int maxLength = MaxEncodedWordLength);

// Tokens (to be separated by single spaces) of an unstructured header body (RFC 5322
// §3.2.5). Printable ASCII is kept as it is; anything else becomes encoded-words.
// `headerName` is needed to size the first word to the first line.
[[nodiscard]] QList<QByteArray> unstructuredTokens(const QByteArray &headerName,
                                                   const QString &value);

// Tokens of a display name (RFC 5322 §3.2.5 phrase): atoms when possible, else a
// quoted-string, else (non-ASCII, or too long) encoded-words.
[[nodiscard]] QList<QByteArray> phraseTokens(const QString &displayName);

// "Name: token token ..." folded at the spaces between tokens so that no line exceeds
// HeaderLineLength when the tokens allow it (RFC 5322 §2.2.3), ending with CRLF. Folding
// only ever happens before a non-empty token that is not the first, so no line is made of
// white space only and the value never starts with folded white space.
[[nodiscard]] QByteArray foldHeader(const QByteArray &name, const QList<QByteArray> &tokens);

// RFC 2045 §6.7 quoted-printable of text `lines` (without line ends). Hard line breaks are
// CRLF, soft ones "=" CRLF; encoded lines are at most 76 characters and white space at the
// end of a line is encoded. The result ends with CRLF (when there is at least one line).
[[nodiscard]] QByteArray encodeQuotedPrintable(const QList<QByteArray> &lines);

// An addr-spec as written in headers and in the SMTP envelope: local-part@domain.
// The local part must be a dot-atom (RFC 5322 §3.4.1); non-ASCII in it needs SMTPUTF8
// (RFC 6531/6532). A Unicode domain is written in its ACE form (RFC 5891) unless `smtpUtf8`
// is set; a domain literal ("[192.0.2.1]") is accepted. On refusal returns nothing and
// sets `error`.
[[nodiscard]] std::optional<QByteArray> encodeAddress(const QString &address, bool smtpUtf8,
                                                      QString *error = nullptr);

// The ACE form of the domain of `address`, or nothing if it has none or it is invalid.
[[nodiscard]] std::optional<QByteArray> aceDomainOf(const QString &address);

} // namespace mw::mime
