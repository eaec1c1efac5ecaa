// SPDX-License-Identifier: GPL-3.0-or-later
#include "SmtpReply.h"

#include "Transcript.h"

#include <algorithm>

namespace mw {

QString SmtpReply::text() const
{
    QStringList parts;
    parts.reserve(lines.size());
    for (const QByteArray &l : lines)
        parts << QString::number(code) +
                     (l.isEmpty() ? QString() : QLatin1Char(' ') + serverText(l));
    if (parts.isEmpty())
        return code ? QString::number(code) : QString();
    return parts.join(QStringLiteral(" / "));
}

std::optional<SmtpReplyParser::Line> SmtpReplyParser::parseLine(const QByteArray &line)
{
    // RFC 5321 §4.2: Reply-line = *( Reply-code "-" [ textstring ] CRLF )
    //                             Reply-code [ SP textstring ] CRLF
    // Reply-code is three digits, the first 2-5, the second 0-5.
    if (line.size() < 3)
        return std::nullopt;
    const char c0 = line.at(0), c1 = line.at(1), c2 = line.at(2);
    if (c0 < '2' || c0 > '5' || c1 < '0' || c1 > '5' || c2 < '0' || c2 > '9')
        return std::nullopt;
    Line out;
    out.code = (c0 - '0') * 100 + (c1 - '0') * 10 + (c2 - '0');
    if (line.size() == 3)
        return out; // a bare code: last line, no text (tolerated, as most clients do)
    const char sep = line.at(3);
    if (sep == '-')
        out.more = true;
    else if (sep != ' ')
        return std::nullopt;
    out.text = line.mid(4);
    return out;
}

QString SmtpReplyParser::parseEnhancedCode(const QByteArray &text, int code)
{
    // RFC 3463 §2: class "." subject "." detail (one to three digits each), then a blank or
    // the end; the class must match the reply's first digit (RFC 2034 §4), otherwise the
    // token is just text. Read by hand: it runs for every reply of a queue flush.
    const auto isDigit = [](char c) { return c >= '0' && c <= '9'; };
    if (text.size() < 5 || text.at(0) < '2' || text.at(0) > '5' || text.at(0) == '3' ||
        text.at(0) - '0' != code / 100 || text.at(1) != '.')
        return {};
    qsizetype i = 2;
    for (int part = 0; part < 2; ++part) {
        const qsizetype start = i;
        while (i < text.size() && i - start < 4 && isDigit(text.at(i)))
            ++i;
        if (i == start || i - start > 3)
            return {};
        if (part == 0) {
            if (i >= text.size() || text.at(i) != '.')
                return {};
            ++i;
        }
    }
    const auto isBlank = [](char c) { return c == ' ' || (c >= '\t' && c <= '\r'); };
    if (i < text.size() && !isBlank(text.at(i)))
        return {};
    return QString::fromLatin1(text.left(i));
}

SmtpReplyParser::Status SmtpReplyParser::feedLine(const QByteArray &line)
{
    const auto parsed = parseLine(line);
    if (!parsed) {
        m_error = QStringLiteral("not an SMTP reply line: \"%1\"")
                      .arg(serverText(line.left(80)).toHtmlEscaped());
        m_pending = {};
        return Status::Error;
    }
    if (!m_pending.lines.isEmpty() && parsed->code != m_pending.code) {
        // RFC 5321 §4.2.1: every line of a multi-line reply carries the same code.
        m_error = QStringLiteral("reply code changed inside a multi-line reply (%1 then %2)")
                      .arg(m_pending.code)
                      .arg(parsed->code);
        m_pending = {};
        return Status::Error;
    }
    if (m_pending.lines.size() >= kMaxLines) {
        m_error = QStringLiteral("multi-line reply longer than %1 lines").arg(kMaxLines);
        m_pending = {};
        return Status::Error;
    }
    if (m_pending.lines.isEmpty()) {
        m_pending.code = parsed->code;
        m_pending.enhancedCode = parseEnhancedCode(parsed->text, parsed->code);
    }
    m_pending.lines.append(parsed->text);
    if (parsed->more)
        return Status::NeedMore;
    m_done = m_pending;
    m_pending = {};
    return Status::Complete;
}

SmtpReply SmtpReplyParser::takeReply()
{
    SmtpReply r = m_done;
    m_done = {};
    return r;
}

void SmtpReplyParser::reset()
{
    m_pending = {};
    m_done = {};
    m_error.clear();
}

SmtpCapabilities SmtpCapabilities::fromEhloReply(const SmtpReply &reply)
{
    SmtpCapabilities caps;
    // The first line is the greeting name; keywords follow (RFC 5321 §4.1.1.1).
    for (int i = 1; i < reply.lines.size(); ++i) {
        const QString line = serverText(reply.lines.at(i)).trimmed();
        if (line.isEmpty())
            continue;
        const QStringList words = line.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        QString keyword = words.first().toUpper();
        QStringList params = words.mid(1);
        // Some old servers announce "AUTH=LOGIN PLAIN".
        if (keyword.startsWith(QLatin1String("AUTH="))) {
            params.prepend(keyword.mid(5));
            keyword = QStringLiteral("AUTH");
        }
        caps.keywords << (params.isEmpty()
                              ? keyword
                              : keyword + QLatin1Char(' ') + params.join(QLatin1Char(' ')));
        if (keyword == QLatin1String("AUTH")) {
            for (const QString &m : std::as_const(params)) {
                const QString mech = m.toUpper();
                if (!caps.authMechanisms.contains(mech))
                    caps.authMechanisms << mech;
            }
        } else if (keyword == QLatin1String("SIZE")) {
            // RFC 1870 §4: "SIZE" [SP 1*20DIGIT]. Anything else ("-5", "+5", "5k", a
            // number past qint64) is a limit we cannot read: treated as none announced.
            const QString value = params.isEmpty() ? QString() : params.first();
            bool ok = !value.isEmpty() && value.size() <= 20 &&
                      std::all_of(value.cbegin(), value.cend(),
                                  [](QChar c) { return c >= u'0' && c <= u'9'; });
            const qint64 n = ok ? value.toLongLong(&ok) : 0;
            caps.size = ok ? n : 0;
        } else if (keyword == QLatin1String("PIPELINING")) {
            caps.pipelining = true;
        } else if (keyword == QLatin1String("CHUNKING")) {
            caps.chunking = true;
        } else if (keyword == QLatin1String("STARTTLS")) {
            caps.startTls = true;
        } else if (keyword == QLatin1String("8BITMIME")) {
            caps.eightBitMime = true;
        } else if (keyword == QLatin1String("SMTPUTF8")) {
            caps.smtpUtf8 = true;
        } else if (keyword == QLatin1String("ENHANCEDSTATUSCODES")) {
            caps.enhancedStatusCodes = true;
        }
    }
    return caps;
}

} // namespace mw
