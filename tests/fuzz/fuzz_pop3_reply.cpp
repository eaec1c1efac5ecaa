// SPDX-License-Identifier: GPL-3.0-or-later
// POP3 replies from a hostile server, through the public parsers of Pop3Reply.h: status
// lines (RFC 1939 §3, RFC 2449 §8 response codes), multi-line answers (dot-unstuffing,
// the terminating ".", the line and size limits), the CAPA, STAT, LIST and UIDL answers,
// and the APOP timestamp of the greeting (Pop3Session's public static functions).
//
// The input is one mode byte, then the server's octets, framed into lines as
// MailConnection does. The first line is the greeting; after it, every +OK that is not
// inside a multi-line answer begins one, of the kind the mode's low two bits choose
// (0: a RETR message, 1: CAPA, 2: LIST, 3: UIDL), so a recorded session replays as a client
// would read it.
#include "FuzzSupport.h"
#include "protocol/Pop3Reply.h"
#include "protocol/Pop3Session.h"

#include <cstddef>
#include <cstdint>

using namespace mw;

namespace {

constexpr qint64 kMaxOctets = 64 * 1024;

bool isCodeChar(char c)
{
    return (c >= 'A' && c <= 'Z') || c == '-' || c == '/';
}

void checkStatus(const QByteArray &line)
{
    const std::optional<Pop3Status> s = Pop3Status::parse(line);
    if (!s) {
        fuzz::require(!Pop3Status::notStatusText(line, true).isEmpty(), "no sentence");
        fuzz::require(!Pop3Status::notStatusText(line, false).isEmpty(), "no sentence");
        return;
    }
    fuzz::require(s->ok == line.startsWith("+OK"), "+OK and ok disagree");
    fuzz::require(line.endsWith(s->text), "the text is not the end of the line");
    for (const char c : s->code)
        fuzz::require(isCodeChar(c), "a response code with a character RFC 2449 does not allow");
    fuzz::require(s->code.isEmpty() ||
                      s->text.toUpper().startsWith(QByteArray("[" + s->code + "]")),
                  "a response code that is not at the start of the text");
    const ErrorClass c = s->errorClass(ErrorClass::Refused);
    fuzz::require(c == ErrorClass::Refused || c == ErrorClass::Temporary ||
                      c == ErrorClass::AuthFailed,
                  "an unexpected error class");
    if (const auto drop = pop3::parseStat(*s))
        fuzz::require(s->ok && drop->count >= 0 && drop->size >= 0, "a negative STAT");
}

void checkAnswer(int kind, const QList<QByteArray> &lines)
{
    switch (kind) {
    case 1: {
        const pop3::Capabilities caps = pop3::parseCapabilities(lines);
        fuzz::require(caps.lines.size() <= lines.size(), "more capabilities than lines");
        for (const QString &c : caps.lines)
            fuzz::require(!c.isEmpty(), "an empty capability");
        break;
    }
    case 2:
    case 3: {
        const auto listing = pop3::parseList(lines);
        QList<Pop3MessageInfo> infos = listing.value_or(QList<Pop3MessageInfo>{{1, 10, {}}});
        (void)pop3::applyUidl(lines, infos);
        for (const Pop3MessageInfo &m : std::as_const(infos))
            fuzz::require(m.number > 0 && m.uid.size() <= 70, "a LIST/UIDL entry out of bounds");
        break;
    }
    default:
        break;
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    fuzz::initApplication();
    if (size == 0)
        return 0;
    const int kind = data[0] & 3;
    const QByteArray input(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));

    const QList<QByteArray> lines = fuzz::splitLines(input, Pop3MultiLine::kMaxLine);
    Pop3MultiLine answer;
    bool greeted = false;
    int number = 0;
    for (const QByteArray &line : lines) {
        if (answer.isActive()) {
            const bool message = answer.isMessage();
            switch (answer.feedLine(line)) {
            case Pop3MultiLine::Status::NeedMore:
                fuzz::require(answer.octets() <= kMaxOctets, "an answer grew past its limit");
                break;
            case Pop3MultiLine::Status::Complete:
                fuzz::require(!answer.isActive(), "a complete answer still reading");
                if (message) {
                    const QByteArray body = answer.takeMessage();
                    fuzz::require(body.size() <= kMaxOctets, "a message past maxOctets");
                    fuzz::require(body.isEmpty() || body.endsWith("\r\n"), "a line without CRLF");
                } else {
                    const QList<QByteArray> got = answer.takeLines();
                    fuzz::require(got.size() <= Pop3MultiLine::kMaxListLines, "too many lines");
                    checkAnswer(kind, got);
                }
                break;
            case Pop3MultiLine::Status::Error:
                fuzz::require(!answer.isActive(), "a failed answer still reading");
                fuzz::require(!answer.errorText().isEmpty(), "an error without a sentence");
                fuzz::require(answer.takeLines().isEmpty() && answer.takeMessage().isEmpty(),
                              "a failed answer kept its content");
                break;
            }
            continue;
        }
        checkStatus(line);
        if (!greeted) {
            greeted = true;
            const QByteArray ts = Pop3Session::findTimestamp(line);
            fuzz::require(ts.isEmpty() || (ts.startsWith('<') && ts.endsWith('>') &&
                                           ts.contains('@') && line.contains(ts)),
                          "a timestamp that is not in the greeting");
            if (!ts.isEmpty())
                fuzz::require(Pop3Session::apopDigest(ts, QStringLiteral("pw")).size() == 32,
                              "an APOP digest that is not 32 hex digits");
            continue;
        }
        const auto status = Pop3Status::parse(line);
        if (!status || !status->ok)
            continue;
        if (kind == 0)
            answer.beginMessage(++number, kMaxOctets);
        else
            answer.beginLines(kind == 1 ? Pop3MultiLine::kMaxCapaLines
                                        : Pop3MultiLine::kMaxListLines,
                              kMaxOctets);
    }
    return 0;
}
