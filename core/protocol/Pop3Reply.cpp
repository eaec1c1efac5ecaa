// SPDX-License-Identifier: GPL-3.0-or-later
#include "Pop3Reply.h"

#include "Transcript.h"

#include <QCoreApplication>

#include <utility>

// The sentences here were written for the session and keep its translation context
// (spelt out in every call, so that lupdate finds them).
namespace mw {
namespace {

// RFC 2449 §8: resp-code = "[" resp-level *("/" resp-level) "]", resp-level = 1*(ALPHA / "-").
QByteArray leadingResponseCode(const QByteArray &text)
{
    if (!text.startsWith('['))
        return {};
    const qsizetype close = text.indexOf(']');
    if (close < 2)
        return {};
    const QByteArray code = text.mid(1, close - 1).toUpper();
    bool levelEmpty = true;
    for (const char c : code) {
        if (c == '/') {
            if (levelEmpty)
                return {};
            levelEmpty = true;
        } else if ((c >= 'A' && c <= 'Z') || c == '-') {
            levelEmpty = false;
        } else {
            return {};
        }
    }
    return levelEmpty ? QByteArray() : code;
}

} // namespace

std::optional<Pop3Status> Pop3Status::parse(const QByteArray &line)
{
    // RFC 1939 §3: a status indicator "+OK" or "-ERR", then optional text after a blank.
    Pop3Status s;
    if (line.startsWith("+OK") && (line.size() == 3 || line.at(3) == ' '))
        s.ok = true;
    else if (!(line.startsWith("-ERR") && (line.size() == 4 || line.at(4) == ' ')))
        return std::nullopt;
    s.text = line.mid(s.ok ? 4 : 5);
    s.code = leadingResponseCode(s.text);
    return s;
}

ErrorClass Pop3Status::errorClass(ErrorClass fallback) const
{
    // RFC 2449 §8 / RFC 3206: extended response codes of -ERR.
    const QByteArray upper = text.toUpper();
    if (upper.contains("[IN-USE]") || upper.contains("[LOGIN-DELAY]") ||
        upper.contains("[SYS/TEMP]"))
        return ErrorClass::Temporary;
    if (upper.contains("[AUTH]"))
        return ErrorClass::AuthFailed;
    return fallback;
}

QString Pop3Status::notStatusText(const QByteArray &line, bool greeting)
{
    if (greeting) {
        if (line.startsWith("220") || line.startsWith("554") || line.startsWith("421"))
            return QCoreApplication::translate(
                "mw::Pop3Session", "This server speaks SMTP, not POP3: check the port number.");
        if (line.startsWith("* OK") || line.startsWith("* PREAUTH"))
            return QCoreApplication::translate(
                "mw::Pop3Session", "This server speaks IMAP, not POP3: check the port number.");
        if (line.startsWith("HTTP/") || line.startsWith("<"))
            return QCoreApplication::translate(
                "mw::Pop3Session", "This server speaks HTTP, not POP3: check the port number.");
        if (line.startsWith("SSH-"))
            return QCoreApplication::translate(
                "mw::Pop3Session", "This server speaks SSH, not POP3: check the port number.");
    }
    return QCoreApplication::translate(
        "mw::Pop3Session", "The server's answer is not a POP3 status line (+OK or -ERR).");
}

void Pop3MultiLine::begin(bool message, int number, int maxLines, qint64 maxOctets)
{
    reset();
    m_active = true;
    m_message = message;
    m_number = number;
    m_maxLines = maxLines;
    m_maxOctets = maxOctets;
}

void Pop3MultiLine::beginLines(int maxLines, qint64 maxOctets)
{
    begin(false, 0, maxLines, maxOctets);
}

void Pop3MultiLine::beginMessage(int number, qint64 maxOctets)
{
    begin(true, number, 0, maxOctets);
}

void Pop3MultiLine::reset()
{
    m_active = false;
    m_message = false;
    m_number = 0;
    m_octets = 0;
    m_lines.clear();
    m_body.clear();
    m_error.clear();
}

Pop3MultiLine::Status Pop3MultiLine::feedLine(const QByteArray &line)
{
    if (!m_active)
        return refuse(QCoreApplication::translate(
            "mw::Pop3Session", "The server sent an unexpected multi-line answer."));
    // RFC 1939 §3: a multi-line answer ends with a line of a single dot; other lines
    // that start with a dot had one more put in front ("byte-stuffed").
    if (line == ".") {
        m_active = false;
        return Status::Complete;
    }
    const QByteArray unstuffed = line.startsWith('.') ? line.mid(1) : line;
    m_octets += unstuffed.size() + 2;
    if (m_message) {
        if (m_octets > m_maxOctets)
            return refuse(
                QCoreApplication::translate("mw::Pop3Session",
                                            "Message %1 is larger than %2 octets; it was not read.")
                    .arg(m_number)
                    .arg(m_maxOctets));
        // One buffer, not a list of lines: a message of short lines must not cost
        // several times its size in memory.
        m_body += unstuffed;
        m_body += "\r\n";
        return Status::NeedMore;
    }
    if (m_lines.size() >= m_maxLines)
        return refuse(
            QCoreApplication::translate(
                "mw::Pop3Session", "The server's answer has more than %1 lines; it does not end.")
                .arg(m_maxLines));
    if (m_octets > m_maxOctets)
        return refuse(
            QCoreApplication::translate(
                "mw::Pop3Session", "The server's answer is larger than %1 octets; it was not read.")
                .arg(m_maxOctets));
    m_lines.append(unstuffed);
    return Status::NeedMore;
}

Pop3MultiLine::Status Pop3MultiLine::refuse(const QString &error)
{
    // The answer is abandoned: nothing of it is kept, and no more lines are taken.
    m_error = error;
    m_active = false;
    m_lines.clear();
    m_body.clear();
    return Status::Error;
}

QList<QByteArray> Pop3MultiLine::takeLines()
{
    return std::exchange(m_lines, {});
}

QByteArray Pop3MultiLine::takeMessage()
{
    return std::exchange(m_body, {});
}

namespace pop3 {

Capabilities parseCapabilities(const QList<QByteArray> &lines)
{
    Capabilities caps;
    for (const QByteArray &l : lines) {
        const QString c = serverText(l).trimmed();
        if (c.isEmpty())
            continue;
        caps.lines << c;
        const QString key = c.section(QLatin1Char(' '), 0, 0).toUpper();
        if (key == QLatin1String("STLS"))
            caps.stls = true;
        else if (key == QLatin1String("UIDL"))
            caps.uidl = true;
        else if (key == QLatin1String("SASL"))
            caps.saslMechanisms = c.section(QLatin1Char(' '), 1)
                                      .toUpper()
                                      .split(QLatin1Char(' '), Qt::SkipEmptyParts);
    }
    return caps;
}

std::optional<Drop> parseStat(const Pop3Status &status)
{
    const QList<QByteArray> parts = status.text.split(' ');
    bool okCount = false;
    bool okSize = false;
    Drop d;
    d.count = parts.value(0).toInt(&okCount);
    d.size = parts.value(1).toLongLong(&okSize);
    if (!status.ok || !okCount || !okSize || d.count < 0 || d.size < 0)
        return std::nullopt;
    return d;
}

std::optional<QList<Pop3MessageInfo>> parseList(const QList<QByteArray> &lines, QByteArray *bad)
{
    QList<Pop3MessageInfo> listing;
    for (const QByteArray &l : lines) {
        const QList<QByteArray> parts = l.trimmed().split(' ');
        bool okN = false;
        bool okS = false;
        Pop3MessageInfo info;
        info.number = parts.value(0).toInt(&okN);
        info.size = parts.value(1).toLongLong(&okS);
        if (!okN || !okS || info.number <= 0) {
            if (bad)
                *bad = l;
            return std::nullopt;
        }
        listing.append(info);
    }
    return listing;
}

bool applyUidl(const QList<QByteArray> &lines, QList<Pop3MessageInfo> &listing, QByteArray *bad)
{
    for (const QByteArray &l : lines) {
        const QList<QByteArray> parts = l.trimmed().split(' ');
        bool okN = false;
        const int n = parts.value(0).toInt(&okN);
        // RFC 1939 §7: the unique id is 1 to 70 characters in the range 0x21-0x7E.
        const QByteArray uid = parts.value(1);
        if (!okN || uid.isEmpty() || uid.size() > 70) {
            if (bad)
                *bad = l;
            return false;
        }
        for (Pop3MessageInfo &info : listing) {
            if (info.number == n)
                info.uid = QString::fromLatin1(uid);
        }
    }
    return true;
}

} // namespace pop3

} // namespace mw
