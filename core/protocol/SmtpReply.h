// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace mw {

// One complete SMTP reply (RFC 5321 §4.2), possibly multi-line.
struct SmtpReply
{
    int code = 0;
    QList<QByteArray> lines; // the text after "NNN-" / "NNN ", one entry per line
    QString enhancedCode;    // RFC 3463 "x.y.z" taken from the first line, if present

    [[nodiscard]] bool isPositive() const { return code >= 200 && code < 400; }
    [[nodiscard]] bool isTransientNegative() const { return code >= 400 && code < 500; }
    [[nodiscard]] bool isPermanentNegative() const { return code >= 500 && code < 600; }
    [[nodiscard]] int klass() const { return code / 100; }
    // The whole reply as the server sent it (code and text), lines joined by " / ".
    [[nodiscard]] QString text() const;
};

// Assembles complete replies from lines (CR LF already removed by the framing layer).
// Pure: no I/O, so it is tested line by line, hostile input included.
class SmtpReplyParser
{
public:
    enum class Status { NeedMore, Complete, Error };

    // Feeds one line. Returns Complete when a reply is finished (take it with takeReply),
    // Error when the line is not an SMTP reply line (see errorText()).
    Status feedLine(const QByteArray &line);
    [[nodiscard]] SmtpReply takeReply();
    [[nodiscard]] QString errorText() const { return m_error; }
    [[nodiscard]] bool isInsideReply() const { return !m_pending.lines.isEmpty(); }
    void reset();

    // RFC 5321 §4.5.3.1.5 allows 512 octets a reply line; a multi-line reply is bounded
    // here so that a server cannot grow memory without end.
    static constexpr int kMaxLines = 200;

    // Parses "NNN-text" / "NNN text" / bare "NNN". Returns the code and whether more
    // lines follow; nullopt when the line is not a reply line.
    struct Line
    {
        int code = 0;
        bool more = false;
        QByteArray text;
    };
    [[nodiscard]] static std::optional<Line> parseLine(const QByteArray &line);
    [[nodiscard]] static QString parseEnhancedCode(const QByteArray &text, int code);

private:
    SmtpReply m_pending;
    SmtpReply m_done;
    QString m_error;
};

// The EHLO keywords of a 250 reply (RFC 5321 §4.1.1.1), upper-cased, with parameters.
struct SmtpCapabilities
{
    QStringList keywords; // "PIPELINING", "SIZE 10240000", ...
    QStringList authMechanisms;
    qint64 size = -1; // -1: not announced; 0: announced without a limit
    bool pipelining = false;
    bool chunking = false; // RFC 3030 CHUNKING: BDAT instead of DATA
    bool startTls = false;
    bool eightBitMime = false;
    bool smtpUtf8 = false;
    bool enhancedStatusCodes = false;

    [[nodiscard]] static SmtpCapabilities fromEhloReply(const SmtpReply &reply);
};

} // namespace mw
