// SPDX-License-Identifier: GPL-3.0-or-later
// MessageBuilder round trip: fields taken from the input are built into a message, which
// must then (1) have CRLF line ends only and lines of at most 998 octets (RFC 5322 §2.1.1),
// (2) have a header of well-formed fields with From, To, Subject exactly once (no
// injected header), and (3) parse back, with a strict decoder written here (unfolding,
// RFC 2047 encoded-words, RFC 2045 quoted-printable), to the same subject, extra header
// value and body.
//
// Input: a flags byte, then fields separated by 0x01: from address, from name, to
// address, to name, subject, body, extra header name, extra header value.
#include "FuzzSupport.h"
#include "delivery/MessageBuilder.h"

#include <QDateTime>
#include <QRegularExpression>
#include <QTimeZone>

#include <cstddef>
#include <cstdint>

using namespace mw;

namespace {

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    return -1;
}

// RFC 2047 §4.2 "Q" decoding; nullopt on a malformed escape.
std::optional<QByteArray> decodeQ(const QByteArray &text)
{
    QByteArray out;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char c = text.at(i);
        if (c == '_') {
            out += ' ';
        } else if (c == '=') {
            if (i + 2 >= text.size())
                return std::nullopt;
            const int hi = hexValue(text.at(i + 1));
            const int lo = hexValue(text.at(i + 2));
            if (hi < 0 || lo < 0)
                return std::nullopt;
            out += char(hi * 16 + lo);
            i += 2;
        } else {
            out += c;
        }
    }
    return out;
}

// An unstructured header value as a reader sees it (RFC 5322 §2.2.3 unfolding, RFC 2047
// §6.2: white space between two adjacent encoded-words is dropped).
std::optional<QString> decodeUnstructured(QByteArray folded)
{
    folded.replace("\r\n ", " ");
    folded.replace("\r\n\t", "\t");
    static const QRegularExpression word(QStringLiteral(R"(^=\?([^?]+)\?([BbQq])\?([^?]*)\?=$)"));
    QByteArray bytes;
    bool lastWasWord = false;
    QByteArray pendingSpace;
    const QList<QByteArray> tokens = folded.split(' ');
    for (qsizetype i = 0; i < tokens.size(); ++i) {
        const QByteArray &t = tokens.at(i);
        if (i > 0)
            pendingSpace += ' ';
        if (t.isEmpty())
            continue;
        const auto m = word.match(QString::fromLatin1(t));
        if (m.hasMatch()) {
            if (m.captured(1).compare(QLatin1String("utf-8"), Qt::CaseInsensitive) != 0)
                return std::nullopt;
            const QByteArray payload = m.captured(3).toLatin1();
            QByteArray decoded;
            if (m.captured(2).compare(QLatin1String("b"), Qt::CaseInsensitive) == 0) {
                const auto r = QByteArray::fromBase64Encoding(
                    payload, QByteArray::AbortOnBase64DecodingErrors);
                if (!r)
                    return std::nullopt;
                decoded = *r;
            } else {
                const auto r = decodeQ(payload);
                if (!r)
                    return std::nullopt;
                decoded = *r;
            }
            if (!lastWasWord)
                bytes += pendingSpace;
            bytes += decoded;
            lastWasWord = true;
        } else {
            bytes += pendingSpace + t;
            lastWasWord = false;
        }
        pendingSpace.clear();
    }
    bytes += pendingSpace;
    return QString::fromUtf8(bytes);
}

// RFC 2045 §6.7 decoding of a body with CRLF line ends.
std::optional<QByteArray> decodeQuotedPrintable(const QByteArray &body)
{
    QByteArray out;
    QList<QByteArray> lines = body.split('\n');
    if (!lines.isEmpty() && lines.constLast().isEmpty())
        lines.removeLast();
    for (QByteArray line : lines) {
        if (!line.endsWith('\r'))
            return std::nullopt;
        line.chop(1);
        fuzz::require(line.size() <= 76, "a quoted-printable line longer than 76");
        bool soft = false;
        if (line.endsWith('=')) {
            soft = true;
            line.chop(1);
        }
        for (qsizetype i = 0; i < line.size(); ++i) {
            if (line.at(i) == '=') {
                if (i + 2 >= line.size())
                    return std::nullopt;
                const int hi = hexValue(line.at(i + 1));
                const int lo = hexValue(line.at(i + 2));
                if (hi < 0 || lo < 0)
                    return std::nullopt;
                out += char(hi * 16 + lo);
                i += 2;
            } else {
                out += line.at(i);
            }
        }
        if (!soft)
            out += "\r\n";
    }
    return out;
}

QString normalizedSpaces(const QString &s)
{
    return s.simplified();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    fuzz::initApplication();
    if (size == 0 || size > 64 * 1024)
        return 0;
    const std::uint8_t flags = data[0];
    const QByteArray input(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    const QList<QByteArray> f = input.split('\x01');
    auto field = [&f](int i) { return QString::fromUtf8(f.value(i)); };

    MessageBuilder b;
    b.setFrom({field(0), field(1)});
    b.addTo({field(2), field(3)});
    b.setSubject(field(4));
    b.setBody(field(5));
    const QByteArray extraName = f.value(6);
    const QString extraValue = field(7);
    if (!extraName.isEmpty())
        b.setHeader(extraName, extraValue);
    b.setSmtpUtf8((flags & 1) != 0);
    b.setBodyEncoding((flags & 2) != 0 ? MessageBuilder::BodyEncoding::Allow8Bit
                                       : MessageBuilder::BodyEncoding::SevenBit);
    b.setDateTime(QDateTime(QDate(2025, 7, 1), QTime(14, 3, 9), QTimeZone::utc()));
    b.setMailer(QStringLiteral("Mailwright fuzz"));
    const MessageBuilder::Result r = b.build();
    if (!r.ok()) {
        fuzz::require(r.data.isEmpty(), "a refused message still has bytes");
        return 0;
    }

    // (1) Line ends and lengths.
    const QByteArray &m = r.data;
    for (qsizetype i = 0; i < m.size(); ++i) {
        if (m.at(i) == '\r')
            fuzz::require(i + 1 < m.size() && m.at(i + 1) == '\n', "a bare CR");
        if (m.at(i) == '\n')
            fuzz::require(i > 0 && m.at(i - 1) == '\r', "a bare LF");
        fuzz::require(m.at(i) != '\0', "a NUL in the message");
    }
    for (const QByteArray &line : m.split('\n'))
        fuzz::require(line.size() <= 999, "a line longer than 998 octets");
    for (const QByteArray &a : r.envelopeRecipients + QList<QByteArray>{r.envelopeFrom})
        fuzz::require(!a.contains('\r') && !a.contains('\n') && !a.contains(' ') &&
                          !a.contains('<') && !a.contains('>'),
                      "an envelope address that would inject an SMTP command");

    // (2) Header structure.
    const qsizetype headerEnd = m.indexOf("\r\n\r\n");
    fuzz::require(headerEnd > 0, "no blank line after the header");
    const QByteArray head = m.left(headerEnd + 2);
    const QByteArray body = m.mid(headerEnd + 4);
    QList<std::pair<QByteArray, QByteArray>> fields;
    static const QRegularExpression nameRe(QStringLiteral("^[!-9;-~]+$"));
    for (const QByteArray &raw : head.split('\n')) {
        if (raw.isEmpty())
            continue;
        const QByteArray line = raw.endsWith('\r') ? raw.chopped(1) : raw;
        if (line.startsWith(' ') || line.startsWith('\t')) {
            fuzz::require(!fields.isEmpty(), "a continuation line first");
            fuzz::require(!line.trimmed().isEmpty(), "a continuation line of white space only");
            fields.last().second += "\r\n" + line;
            continue;
        }
        const qsizetype colon = line.indexOf(':');
        fuzz::require(colon > 0, "a header line without a name");
        const QByteArray name = line.left(colon);
        fuzz::require(nameRe.match(QString::fromLatin1(name)).hasMatch(), "a bad header name");
        QByteArray value = line.mid(colon + 1);
        if (value.startsWith(' '))
            value.remove(0, 1);
        fields.append({name.toLower(), value});
    }
    auto count = [&fields](const QByteArray &name) {
        int n = 0;
        for (const auto &p : std::as_const(fields))
            n += p.first == name ? 1 : 0;
        return n;
    };
    auto value = [&fields](const QByteArray &name) {
        for (const auto &p : std::as_const(fields))
            if (p.first == name)
                return p.second;
        return QByteArray();
    };
    for (const char *once : {"from", "to", "subject", "date", "message-id", "mime-version",
                             "content-type", "content-transfer-encoding"})
        fuzz::require(count(QByteArray(once)) == 1, "a header field missing or repeated");

    // (3) Round trip.
    const auto subject = decodeUnstructured(value("subject"));
    fuzz::require(subject.has_value(), "the Subject does not decode");
    fuzz::require(normalizedSpaces(*subject) == normalizedSpaces(field(4)),
                  "the Subject does not decode to what was set");
    if (!extraName.isEmpty()) {
        fuzz::require(count(extraName.toLower()) == 1, "the extra header missing or repeated");
        const auto extra = decodeUnstructured(value(extraName.toLower()));
        fuzz::require(extra.has_value(), "the extra header does not decode");
        fuzz::require(normalizedSpaces(*extra) == normalizedSpaces(extraValue),
                      "the extra header does not decode to what was set");
    }
    QByteArray decodedBody = body;
    if (r.transferEncoding == "quoted-printable") {
        const auto qp = decodeQuotedPrintable(body);
        fuzz::require(qp.has_value(), "the quoted-printable body does not decode");
        decodedBody = *qp;
    } else {
        fuzz::require(r.transferEncoding == "7bit" || r.transferEncoding == "8bit",
                      "an unknown transfer encoding");
    }
    QString expected = field(5);
    expected.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    expected.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    if (!expected.isEmpty() && !expected.endsWith(QLatin1Char('\n')))
        expected += QLatin1Char('\n');
    expected.replace(QLatin1String("\n"), QLatin1String("\r\n"));
    fuzz::require(decodedBody == expected.toUtf8(), "the body does not decode to what was set");
    return 0;
}
