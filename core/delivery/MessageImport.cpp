// SPDX-License-Identifier: GPL-3.0-or-later
#include "MessageImport.h"

#include "MessageBuilder.h"
#include "MimeEncoding.h"
#include "Queue.h"
#include "Router.h"

#include <QList>

#include <utility>

namespace mw {

MessageImport::Result MessageImport::import(const QByteArray &raw, const QString &from,
                                            const QDateTime &now)
{
    Result p;
    // Every line end the caller used (CR LF, a bare LF, a bare CR) becomes one line end:
    // a bare CR must not reach DATA (RFC 5321 §2.3.8; SMTP smuggling).
    QByteArray data = Queue::normalizeLineEnds(raw);
    data.replace("\r\n", "\n");
    const qsizetype end = data.indexOf("\n\n");
    const QByteArray head = end < 0 ? data : data.left(end + 1);
    const QByteArray body = end < 0 ? QByteArray() : data.mid(end + 2);
    // Fields, unfolded (RFC 5322 §2.2.3), with their original lines.
    QList<std::pair<QByteArray, QByteArray>> fields; // name, raw lines
    for (const QByteArray &line : head.split('\n')) {
        if (line.isEmpty())
            continue;
        if ((line.startsWith(' ') || line.startsWith('\t')) && !fields.isEmpty()) {
            fields.last().second += '\n' + line;
            continue;
        }
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0) {
            p.error = tr("The message on standard input does not start with header fields "
                         "(line \"%1\").")
                          .arg(QString::fromUtf8(line.left(60)));
            return p;
        }
        fields.append({line.left(colon).trimmed().toLower(), line});
    }
    QByteArray out;
    bool hasDate = false;
    bool hasFrom = false;
    for (const auto &[name, lines] : std::as_const(fields)) {
        // Unfolding removes the line ends only (RFC 5322 §2.2.3): the white space stays.
        const QString value =
            QString::fromUtf8(lines.mid(lines.indexOf(':') + 1)).remove(QLatin1Char('\n'));
        if (name == "to" || name == "cc" || name == "bcc")
            p.recipients << Router::parseAddressList(value);
        if (name == "bcc")
            continue; // never shown to the other recipients
        if (name == "subject")
            p.subject = value.trimmed();
        if (name == "message-id")
            p.messageId = value.trimmed();
        hasDate = hasDate || name == "date";
        hasFrom = hasFrom || name == "from";
        out += lines + '\n';
    }
    if (p.messageId.isEmpty()) {
        const QByteArray id = MessageBuilder::newMessageId(from, now);
        p.messageId = QString::fromLatin1(id);
        out += "Message-ID: " + id + '\n';
    }
    if (!hasDate)
        out += "Date: " + mime::formatDate(now) + '\n';
    if (!hasFrom && !from.isEmpty())
        out += "From: " + from.toUtf8() + '\n';
    out += '\n' + body;
    out.replace("\n", "\r\n");
    p.content = out;
    return p;
}

} // namespace mw
