// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// An independent reader for the messages the product writes: Python's email package with its
// strict default policy (tests/unit/parse_eml.py), and the wire-format rules checked on the
// bytes. Shared by the tests of MessageBuilder, TestMessage and MessageImport.

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace mw::test {

// tests/unit/parse_eml.py, which prints what the parser decoded as JSON.
QString emlParserScript();

// Why parseEml cannot run here (the script or python3 missing), or an empty string.
QString emlReaderMissing();

// The parser's view of `message` (headers, addresses, body), or an empty object with
// *failure set: python3 missing or too slow, the message refused, no JSON printed.
// utf8Headers: the message may carry UTF-8 headers (RFC 6532).
QJsonObject parseEml(const QByteArray &message, bool utf8Headers, QString *failure);

// The first bare CR or bare LF (RFC 5322 §2.1, RFC 5321 §2.3.8), or an empty string.
QString bareLineEnd(const QByteArray &message);

// The first violation of the wire format: line ends, line lengths (RFC 5322 §2.1.1),
// header lines over 78 characters, white-space-only continuations, encoded-words over 75
// characters (RFC 2047 §2), and with expect7Bit an 8-bit or NUL octet; or an empty string.
QString wireProblem(const QByteArray &message, bool expect7Bit);

// The value of the first header named `name` (any case) in parseEml's result.
QString headerValue(const QJsonObject &parsed, const QString &name);

} // namespace mw::test
