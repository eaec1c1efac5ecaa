// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"

#include <QByteArray>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <optional>

namespace mw {

// One POP3 status line (RFC 1939 §3): "+OK" or "-ERR", then optional text after a blank.
struct Pop3Status
{
    bool ok = false;
    QByteArray text; // after the indicator and its blank; empty when there is none
    // RFC 2449 §8 response code at the start of the text, upper-cased and without the
    // brackets ("AUTH", "IN-USE", "SYS/TEMP", "LOGIN-DELAY"); empty when there is none.
    QByteArray code;

    // nullopt when the line is not a status line ("+OKAY", "220 smtp", "").
    [[nodiscard]] static std::optional<Pop3Status> parse(const QByteArray &line);
    // What a -ERR means (RFC 2449 §8, RFC 3206): [IN-USE], [LOGIN-DELAY] and [SYS/TEMP]
    // are Temporary, [AUTH] is AuthFailed, anywhere in the text; anything else is fallback.
    [[nodiscard]] ErrorClass errorClass(ErrorClass fallback) const;
    // The sentence for a line that is not a status line; a greeting may give away the
    // protocol the port really speaks (SMTP, IMAP, HTTP, SSH).
    [[nodiscard]] static QString notStatusText(const QByteArray &line, bool greeting);
};

// One line of LIST joined with its UIDL line (RFC 1939 §5, §7).
struct Pop3MessageInfo
{
    int number = 0;
    qint64 size = -1;
    QString uid; // empty when the server has no UIDL
};

// A multi-line answer (RFC 1939 §3) being read: lines in as the framing layer delivers
// them (CR LF removed), dot-unstuffed content out, the terminating "." ends it. Pure: no
// I/O, so it is tested line by line, hostile input included.
class Pop3MultiLine
{
public:
    enum class Status { NeedMore, Complete, Error };

    // RFC 1939 §3 limits status lines to 512 octets, but message lines (RETR) are often
    // longer than RFC 5322's 998 in real mail; anything beyond this is not a mail server.
    // (The framing layer enforces it; the session hands it to MailConnection.)
    static constexpr int kMaxLine = 16384;
    // Bounds on multi-line answers other than RETR: a hostile server must not grow memory.
    static constexpr int kMaxCapaLines = 200;
    static constexpr int kMaxListLines = 200000;

    // An answer kept as lines (CAPA, LIST, UIDL): at most maxLines lines, and at most
    // maxOctets octets (unstuffed, CR LF counted), since the line count alone would let
    // 200,000 lines of 16 KiB through.
    void beginLines(int maxLines, qint64 maxOctets);
    // A message (RETR): one buffer with CR LF line ends, at most maxOctets octets.
    void beginMessage(int number, qint64 maxOctets);
    // Feeds one line. Complete: the "." came, take the content; Error: a limit was
    // passed (errorText()), the answer is abandoned. Either way the reader is idle again.
    Status feedLine(const QByteArray &line);
    void reset();

    [[nodiscard]] bool isActive() const { return m_active; }
    [[nodiscard]] bool isMessage() const { return m_message; }
    // Octets read so far (unstuffed, CR LF counted), the measure of progress and size.
    [[nodiscard]] qint64 octets() const { return m_octets; }
    [[nodiscard]] QList<QByteArray> takeLines();
    [[nodiscard]] QByteArray takeMessage();
    [[nodiscard]] QString errorText() const { return m_error; }

private:
    void begin(bool message, int number, int maxLines, qint64 maxOctets);
    Status refuse(const QString &error);

    bool m_active = false;
    bool m_message = false;
    int m_number = 0;
    int m_maxLines = 0;
    qint64 m_maxOctets = 0;
    qint64 m_octets = 0;
    QList<QByteArray> m_lines;
    QByteArray m_body;
    QString m_error;
};

// What the answers of the transaction state say; each returns nullopt (and the offending
// line in *bad when given) for a malformed answer.
namespace pop3 {

// The CAPA list (RFC 2449 §5).
struct Capabilities
{
    QStringList lines;          // trimmed, blank lines left out
    QStringList saslMechanisms; // of the last SASL line, upper-cased
    bool stls = false;
    bool uidl = false;
};
[[nodiscard]] Capabilities parseCapabilities(const QList<QByteArray> &lines);

// "+OK count size" (RFC 1939 §5).
struct Drop
{
    int count = 0;
    qint64 size = 0;
};
[[nodiscard]] std::optional<Drop> parseStat(const Pop3Status &status);
// The LIST answer's "number size" lines.
[[nodiscard]] std::optional<QList<Pop3MessageInfo>> parseList(const QList<QByteArray> &lines,
                                                              QByteArray *bad = nullptr);
// Adds the UIDL answer's "number uid" lines to listing; false for a malformed line.
[[nodiscard]] bool applyUidl(const QList<QByteArray> &lines, QList<Pop3MessageInfo> &listing,
                             QByteArray *bad = nullptr);

} // namespace pop3

} // namespace mw

Q_DECLARE_METATYPE(mw::Pop3MessageInfo)
