// SPDX-License-Identifier: GPL-3.0-or-later
#include "DsnParser.h"

#include <algorithm>

#include <QHash>

namespace mw {
namespace {

// Reports nest a little (multipart/mixed around the report); deeper is not a report.
constexpr int kMaxDepth = 4;
constexpr int kMaxParts = 64;
constexpr int kMaxRecipients = 1000;

struct Field
{
    QByteArray name; // lower case
    QByteArray value;
};

// Splits a MIME entity into its header block and body at the first empty line.
void splitEntity(const QByteArray &entity, QByteArray *head, QByteArray *body)
{
    qsizetype pos = 0;
    // A message may start with its body directly (no header) when the first line is empty.
    while (pos < entity.size()) {
        qsizetype nl = entity.indexOf('\n', pos);
        if (nl < 0)
            nl = entity.size();
        qsizetype end = nl;
        if (end > pos && entity.at(end - 1) == '\r')
            --end;
        if (end == pos) {
            *head = entity.left(pos);
            if (body)
                *body = entity.mid(nl + 1);
            return;
        }
        pos = nl + 1;
    }
    *head = entity;
    if (body)
        body->clear();
}

// RFC 5322 §2.2.3: a line that starts with a blank continues the previous field.
QList<Field> parseFields(const QByteArray &block)
{
    QList<Field> fields;
    const QList<QByteArray> lines = block.split('\n');
    for (QByteArray line : lines) {
        if (line.endsWith('\r'))
            line.chop(1);
        if (line.isEmpty())
            continue;
        if ((line.at(0) == ' ' || line.at(0) == '\t')) {
            if (!fields.isEmpty())
                fields.last().value += ' ' + line.trimmed();
            continue;
        }
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            continue;
        fields.append({line.left(colon).trimmed().toLower(), line.mid(colon + 1).trimmed()});
    }
    return fields;
}

QByteArray field(const QList<Field> &fields, const QByteArray &name)
{
    for (const Field &f : fields) {
        if (f.name == name)
            return f.value;
    }
    return {};
}

struct ContentType
{
    QByteArray type; // "multipart/report", lower case
    QHash<QByteArray, QByteArray> params;
};

ContentType parseContentType(const QByteArray &value)
{
    ContentType ct;
    const QList<QByteArray> parts = value.split(';');
    ct.type = parts.value(0).trimmed().toLower();
    if (ct.type.isEmpty())
        ct.type = "text/plain"; // RFC 2045 §5.2
    for (qsizetype i = 1; i < parts.size(); ++i) {
        const QByteArray p = parts.at(i).trimmed();
        const qsizetype eq = p.indexOf('=');
        if (eq <= 0)
            continue;
        QByteArray v = p.mid(eq + 1).trimmed();
        if (v.size() >= 2 && v.startsWith('"') && v.endsWith('"'))
            v = v.mid(1, v.size() - 2);
        ct.params.insert(p.left(eq).trimmed().toLower(), v);
    }
    return ct;
}

// RFC 2046 §5.1.1: the body parts between "--boundary" lines, up to "--boundary--".
QList<QByteArray> splitMultipart(const QByteArray &body, const QByteArray &boundary)
{
    QList<QByteArray> parts;
    if (boundary.isEmpty())
        return parts;
    const QByteArray delimiter = "--" + boundary;
    QByteArray current;
    bool inPart = false;
    qsizetype pos = 0;
    while (pos < body.size() && parts.size() < kMaxParts) {
        qsizetype nl = body.indexOf('\n', pos);
        if (nl < 0)
            nl = body.size();
        QByteArray line = body.mid(pos, nl - pos);
        pos = nl + 1;
        if (line.endsWith('\r'))
            line.chop(1);
        if (line.startsWith(delimiter)) {
            const QByteArray rest = line.mid(delimiter.size()).trimmed();
            if (inPart)
                parts.append(current);
            current.clear();
            if (rest == "--")
                return parts;
            inPart = rest.isEmpty();
            continue;
        }
        if (inPart) {
            current += line;
            current += "\r\n";
        }
    }
    if (inPart && !current.isEmpty())
        parts.append(current); // no closing delimiter: keep what came
    return parts;
}

QByteArray decodeQuotedPrintable(const QByteArray &in)
{
    QByteArray out;
    out.reserve(in.size());
    for (qsizetype i = 0; i < in.size(); ++i) {
        const char c = in.at(i);
        if (c != '=') {
            out += c;
            continue;
        }
        if (i + 1 < in.size() && (in.at(i + 1) == '\n' || in.at(i + 1) == '\r')) {
            // Soft line break (RFC 2045 §6.7 rule 5).
            ++i;
            if (in.at(i) == '\r' && i + 1 < in.size() && in.at(i + 1) == '\n')
                ++i;
            continue;
        }
        if (i + 2 < in.size()) {
            bool ok = false;
            const int v = in.mid(i + 1, 2).toInt(&ok, 16);
            if (ok) {
                out += char(v);
                i += 2;
                continue;
            }
        }
        out += c;
    }
    return out;
}

QByteArray decodedBody(const QList<Field> &fields, const QByteArray &body)
{
    const QByteArray cte = field(fields, "content-transfer-encoding").trimmed().toLower();
    if (cte == "base64")
        return QByteArray::fromBase64(body);
    if (cte == "quoted-printable")
        return decodeQuotedPrintable(body);
    return body;
}

// "rfc822; user@example" → "user@example" (RFC 3464 §2.3.2: address-type ";" address).
QString typedAddress(const QByteArray &value)
{
    const qsizetype semi = value.indexOf(';');
    QByteArray a = (semi >= 0 ? value.mid(semi + 1) : value).trimmed();
    if (a.startsWith('<') && a.endsWith('>'))
        a = a.mid(1, a.size() - 2);
    return QString::fromUtf8(a);
}

// The delivery-status body: one per-message group, then per-recipient groups, separated
// by empty lines (RFC 3464 §2.1).
void parseDeliveryStatus(const QByteArray &body, DeliveryStatusNotification *dsn)
{
    QList<QByteArray> groups;
    QByteArray group;
    for (QByteArray line : body.split('\n')) {
        if (line.endsWith('\r'))
            line.chop(1);
        if (line.trimmed().isEmpty()) {
            if (!group.isEmpty())
                groups.append(group);
            group.clear();
            continue;
        }
        group += line + '\n';
    }
    if (!group.isEmpty())
        groups.append(group);
    for (qsizetype i = 0; i < groups.size(); ++i) {
        const QList<Field> f = parseFields(groups.at(i));
        if (i == 0 && field(f, "final-recipient").isEmpty()) {
            dsn->reportingMta = typedAddress(field(f, "reporting-mta"));
            continue;
        }
        if (dsn->recipients.size() >= kMaxRecipients)
            break;
        DsnRecipient r;
        r.finalRecipient = typedAddress(field(f, "final-recipient"));
        r.originalRecipient = typedAddress(field(f, "original-recipient"));
        r.action = QString::fromUtf8(field(f, "action")).trimmed().toLower();
        // "5.1.1 (user unknown)": the code is the first word.
        r.status = QString::fromUtf8(field(f, "status")).trimmed().section(QLatin1Char(' '), 0, 0);
        r.diagnosticCode = QString::fromUtf8(field(f, "diagnostic-code"));
        r.remoteMta = typedAddress(field(f, "remote-mta"));
        if (!r.finalRecipient.isEmpty() || !r.status.isEmpty())
            dsn->recipients.append(r);
    }
}

bool walk(const QByteArray &entity, int depth, DeliveryStatusNotification *dsn, bool *isReport)
{
    if (depth > kMaxDepth)
        return false;
    QByteArray head;
    QByteArray body;
    splitEntity(entity, &head, &body);
    const QList<Field> fields = parseFields(head);
    const ContentType ct = parseContentType(field(fields, "content-type"));
    if (ct.type == "multipart/report" &&
        ct.params.value("report-type").toLower() == "delivery-status")
        *isReport = true;
    if (ct.type.startsWith("multipart/")) {
        for (const QByteArray &part : splitMultipart(body, ct.params.value("boundary")))
            walk(part, depth + 1, dsn, isReport);
        return true;
    }
    if (!*isReport)
        return true;
    if (ct.type == "message/delivery-status" || ct.type == "message/global-delivery-status") {
        parseDeliveryStatus(decodedBody(fields, body), dsn);
        return true;
    }
    if (ct.type == "text/rfc822-headers" || ct.type == "message/rfc822" ||
        ct.type == "message/global" || ct.type == "message/global-headers") {
        QByteArray origHead;
        QByteArray origBody;
        splitEntity(decodedBody(fields, body), &origHead, &origBody);
        const QList<Field> orig = parseFields(origHead);
        if (dsn->originalMessageId.isEmpty())
            dsn->originalMessageId = QString::fromUtf8(field(orig, "message-id")).trimmed();
        if (dsn->originalSubject.isEmpty())
            dsn->originalSubject = QString::fromUtf8(field(orig, "subject"));
    }
    return true;
}

} // namespace

const DsnRecipient *DeliveryStatusNotification::failed() const
{
    for (const DsnRecipient &r : recipients) {
        if (r.action == QLatin1String("failed"))
            return &r;
    }
    return recipients.isEmpty() ? nullptr : &recipients.first();
}

bool DeliveryStatusNotification::isFailure() const
{
    for (const DsnRecipient &r : recipients) {
        if (r.action == QLatin1String("failed") || r.status.startsWith(QLatin1Char('5')))
            return true;
    }
    return false;
}

std::optional<DeliveryStatusNotification> DsnParser::parse(const QByteArray &message)
{
    QByteArray head;
    QByteArray body;
    splitEntity(message, &head, &body);
    const QList<Field> fields = parseFields(head);
    DeliveryStatusNotification dsn;
    bool isReport = false;
    walk(message, 0, &dsn, &isReport);
    if (!isReport || dsn.recipients.isEmpty())
        return std::nullopt;
    dsn.messageId = QString::fromUtf8(field(fields, "message-id")).trimmed();
    dsn.subject = QString::fromUtf8(field(fields, "subject"));
    dsn.date = QString::fromUtf8(field(fields, "date"));
    return dsn;
}

QString DsnParser::headerValue(const QByteArray &message, const QByteArray &name)
{
    return headerValues(message, {name}).constFirst();
}

QStringList DsnParser::headerValues(const QByteArray &message, const QList<QByteArray> &names)
{
    // One pass over the header as parseFields reads it (the first field of each name; a
    // folded line continues the field before it; a line without a name is skipped), keeping
    // only the fields asked for: the others are not copied, nor the body read. The history
    // reads To and Cc of every delivered message this way.
    QList<QByteArray> values(names.size());
    QList<bool> seen(names.size(), false);
    qsizetype current = -1; // the asked-for field a folded line continues, or -1
    const char *d = message.constData();
    const qsizetype n = message.size();
    qsizetype pos = 0;
    while (pos < n) {
        qsizetype nl = message.indexOf('\n', pos);
        if (nl < 0)
            nl = n;
        qsizetype end = nl;
        if (end > pos && d[end - 1] == '\r')
            --end;
        if (end == pos)
            break; // the empty line that ends the header
        const QByteArrayView line(d + pos, end - pos);
        pos = nl + 1;
        if (line.front() == ' ' || line.front() == '\t') {
            if (current >= 0)
                values[current] += ' ' + line.trimmed().toByteArray();
            continue;
        }
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            continue;
        const QByteArrayView name = line.first(colon).trimmed();
        current = -1;
        for (qsizetype i = 0; i < names.size(); ++i) {
            if (!seen[i] && name.compare(names[i], Qt::CaseInsensitive) == 0) {
                seen[i] = true;
                current = i;
                values[i] = line.sliced(colon + 1).trimmed().toByteArray();
            }
        }
    }
    QStringList out;
    out.reserve(names.size());
    for (qsizetype i = 0; i < names.size(); ++i)
        out << (seen[i] ? QString::fromUtf8(values[i]) : QString());
    return out;
}

} // namespace mw
