// SPDX-License-Identifier: GPL-3.0-or-later
#include "StatusRequest.h"

#include "delivery/Router.h"

#include <QRegularExpression>
#include <QStringDecoder>

namespace mw {
namespace {

QByteArray lower(const QByteArray &b)
{
    return b.toLower();
}

// Text in the given charset; UTF-8 (with replacement characters) when Qt does not know it.
QString decodeCharset(const QByteArray &bytes, const QByteArray &charset)
{
    const QByteArray cs = lower(charset.trimmed());
    if (cs.isEmpty() || cs == "utf-8" || cs == "utf8" || cs == "us-ascii")
        return QString::fromUtf8(bytes);
    QStringDecoder decoder(cs.constData());
    if (!decoder.isValid())
        return QString::fromUtf8(bytes);
    return decoder.decode(bytes);
}

QByteArray decodeQuotedPrintable(const QByteArray &in, bool underscoreIsSpace)
{
    QByteArray out;
    out.reserve(in.size());
    for (qsizetype i = 0; i < in.size(); ++i) {
        const char c = in.at(i);
        if (c == '_' && underscoreIsSpace) {
            out += ' ';
        } else if (c == '=') {
            // A soft line break ("=" CR LF or "=" LF) joins lines.
            if (i + 1 < in.size() && in.at(i + 1) == '\n') {
                i += 1;
                continue;
            }
            if (i + 2 < in.size() && in.at(i + 1) == '\r' && in.at(i + 2) == '\n') {
                i += 2;
                continue;
            }
            const QByteArray hex = in.mid(i + 1, 2);
            bool ok = false;
            const int v = hex.size() == 2 ? hex.toInt(&ok, 16) : 0;
            if (ok) {
                out += char(v);
                i += 2;
            } else {
                out += c; // RFC 2045 §6.7 (1): a lone "=" is kept as it is
            }
        } else {
            out += c;
        }
    }
    return out;
}

// A header block's parameter (RFC 2045 §5.1): `name=value` or `name="value"`.
QByteArray parameter(const QByteArray &value, const QByteArray &name)
{
    static const QRegularExpression re(
        QStringLiteral(R"re(;\s*([A-Za-z0-9._*-]+)\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^;\s]*)))re"));
    auto it = re.globalMatch(QString::fromLatin1(value));
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        if (m.captured(1).toLatin1().toLower() == name)
            return (m.capturedStart(2) >= 0 ? m.captured(2) : m.captured(3)).toLatin1();
    }
    return {};
}

// The media type of a Content-Type value, lower case ("text/plain").
QByteArray mediaType(const QByteArray &value)
{
    const qsizetype semi = value.indexOf(';');
    return lower((semi < 0 ? value : value.left(semi)).trimmed());
}

QByteArray fieldValue(const QList<std::pair<QByteArray, QByteArray>> &fields, const char *name)
{
    for (const auto &[n, v] : fields) {
        if (lower(n) == name)
            return v;
    }
    return {};
}

// Where the header block ends: the offset of the body (after the empty line), or -1.
qsizetype bodyOffset(const QByteArray &message)
{
    if (message.startsWith("\r\n"))
        return 2;
    if (message.startsWith('\n'))
        return 1;
    const qsizetype crlf = message.indexOf("\r\n\r\n");
    const qsizetype lf = message.indexOf("\n\n");
    if (crlf >= 0 && (lf < 0 || crlf < lf))
        return crlf + 4;
    if (lf >= 0)
        return lf + 2;
    return -1;
}

QByteArray decodeTransfer(const QByteArray &body, const QByteArray &encoding)
{
    const QByteArray enc = lower(encoding.trimmed());
    if (enc == "base64")
        return QByteArray::fromBase64(body, QByteArray::Base64Encoding);
    if (enc == "quoted-printable")
        return decodeQuotedPrintable(body, false);
    return body;
}

// The text/plain part of an entity (headers + body), depth-first, bounded.
std::optional<QString> plainTextOf(const QByteArray &entity, int depth, int *parts)
{
    if (depth > StatusRequestParser::kMaxMimeDepth || ++*parts > StatusRequestParser::kMaxMimeParts)
        return std::nullopt;
    QString problem;
    const auto fields = StatusRequestParser::headerFields(entity, &problem);
    const qsizetype offset = bodyOffset(entity);
    const QByteArray body = offset < 0 ? QByteArray() : entity.mid(offset);
    const QByteArray contentType = fieldValue(fields, "content-type");
    const QByteArray type =
        contentType.isEmpty() ? QByteArray("text/plain") : mediaType(contentType);
    if (type == "text/plain") {
        return decodeCharset(decodeTransfer(body, fieldValue(fields, "content-transfer-encoding")),
                             parameter(contentType, "charset"));
    }
    if (!type.startsWith("multipart/"))
        return std::nullopt;
    const QByteArray boundary = parameter(contentType, "boundary");
    if (boundary.isEmpty() || boundary.size() > 200)
        return std::nullopt;
    // RFC 2046 §5.1.1: a delimiter is "--boundary" at the start of a line.
    const QByteArray delimiter = "--" + boundary;
    qsizetype pos = body.startsWith(delimiter) ? 0 : body.indexOf(QByteArray("\n" + delimiter));
    if (pos < 0)
        return std::nullopt;
    if (pos > 0)
        pos += 1;
    for (;;) {
        qsizetype start = pos + delimiter.size();
        if (body.mid(start, 2) == "--")
            return std::nullopt; // the close delimiter
        const qsizetype eol = body.indexOf('\n', start);
        if (eol < 0)
            return std::nullopt;
        start = eol + 1;
        qsizetype next = body.indexOf(QByteArray("\n" + delimiter), start - 1);
        if (next < 0)
            next = body.size();
        qsizetype end = next;
        if (end > start && body.at(end - 1) == '\r')
            --end;
        if (const auto text = plainTextOf(body.mid(start, end - start), depth + 1, parts))
            return text;
        if (next >= body.size() || *parts > StatusRequestParser::kMaxMimeParts)
            return std::nullopt;
        pos = next + 1;
    }
}

// Comments (RFC 5322 §3.2.2, nested) removed; quoted strings kept.
QByteArray withoutComments(const QByteArray &value)
{
    QByteArray out;
    int depth = 0;
    bool quoted = false;
    for (qsizetype i = 0; i < value.size(); ++i) {
        const char c = value.at(i);
        if (c == '\\' && i + 1 < value.size()) {
            if (depth == 0)
                out += value.mid(i, 2);
            ++i;
            continue;
        }
        if (quoted) {
            out += c;
            if (c == '"')
                quoted = false;
            continue;
        }
        if (c == '(') {
            ++depth;
            continue;
        }
        if (c == ')' && depth > 0) {
            --depth;
            if (depth == 0)
                out += ' ';
            continue;
        }
        if (depth > 0)
            continue;
        if (c == '"')
            quoted = true;
        out += c;
    }
    return out;
}

// The host named by a Received field's "by" clause, lower case; empty when none.
QString receivedBy(const QByteArray &value)
{
    static const QRegularExpression re(QStringLiteral(R"((?:^|\s)by\s+([^\s;]+))"),
                                       QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch m = re.match(QString::fromLatin1(withoutComments(value)));
    return m.hasMatch() ? m.captured(1).toLower() : QString();
}

QString angleAddress(const QByteArray &value)
{
    QByteArray v = withoutComments(value).trimmed();
    if (v.startsWith('<') && v.endsWith('>'))
        v = v.mid(1, v.size() - 2).trimmed();
    return Router::normalized(QString::fromUtf8(v));
}

} // namespace

QList<std::pair<QByteArray, QByteArray>>
StatusRequestParser::headerFields(const QByteArray &message, QString *problem)
{
    QList<std::pair<QByteArray, QByteArray>> fields;
    const auto setProblem = [problem](const QString &why) {
        if (problem && problem->isEmpty())
            *problem = why;
    };
    qsizetype pos = 0;
    while (pos < message.size()) {
        qsizetype eol = message.indexOf('\n', pos);
        if (eol < 0)
            eol = message.size();
        QByteArray line = message.mid(pos, eol - pos);
        pos = eol + 1;
        if (line.endsWith('\r'))
            line.chop(1);
        if (line.isEmpty())
            break; // the end of the header
        if (line.contains('\0')) {
            setProblem(tr("The header holds a NUL character."));
            continue;
        }
        if (line.at(0) == ' ' || line.at(0) == '\t') {
            // RFC 5322 §2.2.3: a folded line continues the field before it.
            if (fields.isEmpty()) {
                setProblem(tr("The message starts with a continuation line."));
                continue;
            }
            QByteArray &value = fields.last().second;
            if (value.size() + line.size() > kMaxFieldLength) {
                setProblem(tr("A header field is too long."));
                continue;
            }
            value += line;
            continue;
        }
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0) {
            setProblem(tr("A header line has no field name."));
            if (fields.isEmpty())
                break; // not a message header at all
            continue;
        }
        if (fields.size() >= kMaxFields) {
            setProblem(tr("The header has too many fields."));
            break;
        }
        fields.append({line.left(colon).trimmed(), line.mid(colon + 1).left(kMaxFieldLength)});
    }
    for (auto &field : fields)
        field.second = field.second.trimmed();
    return fields;
}

QString StatusRequestParser::decodeHeader(const QByteArray &value)
{
    // RFC 2047 §2: =?charset?B|Q?text?=; blanks between two adjacent words vanish (§6.2).
    static const QRegularExpression re(QStringLiteral(R"(=\?([^?\s]+)\?([BbQq])\?([^?\s]*)\?=)"));
    const QString text = QString::fromLatin1(value);
    QString out;
    qsizetype last = 0;
    bool previousWasWord = false;
    auto it = re.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        const QString between = text.mid(last, m.capturedStart() - last);
        if (!(previousWasWord && between.trimmed().isEmpty()))
            out += QString::fromUtf8(between.toLatin1());
        QByteArray charset = m.captured(1).toLatin1();
        if (const qsizetype star = charset.indexOf('*'); star >= 0)
            charset.truncate(star); // RFC 2231 §5: a language tag
        const QByteArray payload = m.captured(3).toLatin1();
        const QByteArray bytes = m.captured(2).compare(QLatin1String("b"), Qt::CaseInsensitive) == 0
                                     ? QByteArray::fromBase64(payload)
                                     : decodeQuotedPrintable(payload, true);
        out += decodeCharset(bytes, charset);
        last = m.capturedEnd();
        previousWasWord = true;
    }
    out += QString::fromUtf8(text.mid(last).toLatin1());
    return out;
}

bool StatusRequestParser::subjectMatches(const QString &subject)
{
    static const QRegularExpression re(
        QStringLiteral(R"((?<![\p{L}\p{N}_])status(?![\p{L}\p{N}_]))"),
        QRegularExpression::CaseInsensitiveOption);
    return re.match(subject).hasMatch();
}

std::optional<QString> StatusRequestParser::plainText(const QByteArray &message)
{
    if (bodyOffset(message) < 0)
        return std::nullopt;
    int parts = 0;
    return plainTextOf(message, 0, &parts);
}

std::optional<QString> StatusRequestParser::passwordLine(const QString &text)
{
    // Only the key, the colon and the password on the line; a quoted reply starts with ">".
    static const QRegularExpression re(
        QStringLiteral(R"(^[ \t]*password[ \t]*:[ \t]*(.*?)[ \t]*$)"),
        QRegularExpression::CaseInsensitiveOption);
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (QString line : lines) {
        if (line.endsWith(QLatin1Char('\r')))
            line.chop(1);
        const QRegularExpressionMatch m = re.match(line);
        if (!m.hasMatch())
            continue;
        const QString pw = m.captured(1);
        if (pw.isEmpty())
            return std::nullopt;
        for (const QChar c : pw) {
            if (c.category() == QChar::Other_Control)
                return std::nullopt;
        }
        return pw;
    }
    return std::nullopt;
}

std::pair<QString, QList<AuthVerdict>>
StatusRequestParser::authenticationResults(const QByteArray &value)
{
    // RFC 8601 §2.2: authserv-id [version] ( ";" resinfo )* | authserv-id ";" "none".
    const QByteArray v = withoutComments(value);
    QList<QByteArray> parts;
    QByteArray current;
    bool quoted = false;
    for (qsizetype i = 0; i < v.size(); ++i) {
        const char c = v.at(i);
        if (c == '"')
            quoted = !quoted;
        if (c == ';' && !quoted) {
            parts << current.trimmed();
            current.clear();
            continue;
        }
        current += c;
    }
    parts << current.trimmed();
    const QByteArray head = parts.value(0).simplified();
    const QString authservId =
        QString::fromUtf8(head.left(head.indexOf(' ') < 0 ? head.size() : head.indexOf(' ')))
            .toLower();
    QList<AuthVerdict> verdicts;
    static const QRegularExpression resinfo(
        QStringLiteral(R"(^([A-Za-z0-9_.-]+)(?:\s*/\s*[0-9]+)?\s*=\s*([A-Za-z0-9_-]+))"));
    for (qsizetype i = 1; i < parts.size(); ++i) {
        const QRegularExpressionMatch m = resinfo.match(QString::fromLatin1(parts.at(i)));
        if (m.hasMatch())
            verdicts.append({m.captured(1).toLower(), m.captured(2).toLower()});
    }
    return {authservId, verdicts};
}

QString StatusRequestParser::failingVerdict(const QList<AuthVerdict> &verdicts)
{
    for (const AuthVerdict &v : verdicts) {
        if (v.method != QLatin1String("spf") && v.method != QLatin1String("dkim") &&
            v.method != QLatin1String("dmarc"))
            continue;
        if (v.result == QLatin1String("fail") || v.result == QLatin1String("softfail") ||
            v.result == QLatin1String("permerror"))
            return v.method + QLatin1Char('=') + v.result;
    }
    return {};
}

std::pair<QString, QString> StatusRequestParser::answerAddress(const StatusRequest &r)
{
    if (r.fromCount == 0 || r.from.isEmpty())
        return {{}, tr("The request has no From address.")};
    if (r.fromCount > 1)
        return {{}, tr("The request has more than one From address.")};
    const bool senderDiffers = !r.sender.isEmpty() && r.sender != r.from;
    const bool returnPathDiffers = r.hasReturnPath && r.returnPath != r.from;
    if (returnPathDiffers)
        return {{},
                tr("The envelope sender (Return-Path %1) is not the From address %2.")
                    .arg(r.returnPath.isEmpty() ? QStringLiteral("<>") : r.returnPath, r.from)};
    if (senderDiffers && !r.hasReturnPath)
        return {{},
                tr("The Sender field (%1) is not the From address %2, and there is no "
                   "Return-Path to confirm it.")
                    .arg(r.sender, r.from)};
    return {r.from, {}};
}

StatusRequest StatusRequestParser::parse(const QByteArray &message, const QString &authservId)
{
    StatusRequest r;
    const auto fields = headerFields(message, &r.malformed);
    if (fields.isEmpty() && r.malformed.isEmpty())
        r.malformed = tr("The message has no header.");
    const QString wantedId = authservId.trimmed().toLower();
    // The trust boundary of Authentication-Results (see the header).
    qsizetype boundary = fields.size();
    qsizetype firstReceived = -1;
    qsizetype byAuthserv = -1;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (lower(fields.at(i).first) != "received")
            continue;
        if (firstReceived < 0)
            firstReceived = i;
        if (!wantedId.isEmpty() && receivedBy(fields.at(i).second) == wantedId) {
            byAuthserv = i;
            break;
        }
    }
    if (byAuthserv >= 0)
        boundary = byAuthserv;
    else if (firstReceived >= 0)
        boundary = firstReceived;

    bool sawReturnPath = false;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        const QByteArray name = lower(fields.at(i).first);
        const QByteArray &value = fields.at(i).second;
        if (name == "from") {
            const QStringList addresses = Router::parseAddressList(decodeHeader(value));
            r.fromCount += int(addresses.size());
            if (r.fromCount == 1 && addresses.size() == 1)
                r.from = Router::normalized(addresses.first());
            else
                r.from.clear();
        } else if (name == "sender" && r.sender.isEmpty()) {
            r.sender = Router::normalized(Router::parseAddressList(decodeHeader(value)).value(0));
        } else if (name == "return-path" && !sawReturnPath) {
            sawReturnPath = true;
            r.hasReturnPath = true;
            r.returnPath = angleAddress(value);
        } else if (name == "subject" && r.subject.isEmpty()) {
            r.subject = decodeHeader(value);
        } else if (name == "message-id" && r.messageId.isEmpty()) {
            // Only a well-formed msg-id (RFC 5322 §3.6.4, ASCII): the answer's In-Reply-To.
            static const QRegularExpression id(QStringLiteral("<[!-;=?-~]+@[!-;=?-~]+>"));
            const QRegularExpressionMatch m = id.match(QString::fromLatin1(value));
            r.messageId = m.hasMatch() ? m.captured(0) : QString();
        } else if (name == "auto-submitted") {
            const QByteArray token = lower(withoutComments(value).trimmed());
            if (!token.isEmpty() && !token.startsWith("no"))
                r.autoSubmitted = true;
        } else if (name == "x-mailwright-notice") {
            r.autoSubmitted = true;
        } else if (name == "authentication-results" && i < boundary && !wantedId.isEmpty()) {
            const auto [id, verdicts] = authenticationResults(value);
            if (id == wantedId)
                r.verdicts += verdicts;
        }
    }
    r.subjectMatches = subjectMatches(r.subject);
    const qsizetype offset = bodyOffset(message);
    r.hasBody = offset >= 0 && offset < message.size();
    if (r.hasBody && r.malformed.isEmpty()) {
        if (const auto text = plainText(message)) {
            if (const auto pw = passwordLine(*text)) {
                r.passwordFound = true;
                r.password = *pw;
            }
        }
    }
    return r;
}

} // namespace mw
