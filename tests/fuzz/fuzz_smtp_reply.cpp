// SPDX-License-Identifier: GPL-3.0-or-later
// SMTP replies from a hostile server: line framing, SmtpReplyParser (RFC 5321 §4.2),
// enhanced codes (RFC 3463) and the EHLO capabilities (RFC 5321 §4.1.1.1).
#include "FuzzSupport.h"
#include "protocol/SmtpReply.h"

#include <cstddef>
#include <cstdint>

using namespace mw;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    fuzz::initApplication();
    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));
    SmtpReplyParser parser;
    for (const QByteArray &line : fuzz::splitLines(input)) {
        if (const auto parsed = SmtpReplyParser::parseLine(line)) {
            // A reply code is three digits (RFC 5321 §4.2).
            fuzz::require(parsed->code >= 100 && parsed->code <= 999, "code out of range");
            (void)SmtpReplyParser::parseEnhancedCode(parsed->text, parsed->code);
        }
        switch (parser.feedLine(line)) {
        case SmtpReplyParser::Status::NeedMore:
            break;
        case SmtpReplyParser::Status::Complete: {
            const SmtpReply reply = parser.takeReply();
            fuzz::require(!reply.lines.isEmpty(), "a complete reply without lines");
            fuzz::require(reply.lines.size() <= SmtpReplyParser::kMaxLines,
                          "a reply longer than kMaxLines");
            (void)reply.text();
            const SmtpCapabilities caps = SmtpCapabilities::fromEhloReply(reply);
            fuzz::require(caps.size >= -1, "negative SIZE");
            break;
        }
        case SmtpReplyParser::Status::Error:
            fuzz::require(!parser.errorText().isEmpty(), "an error without a sentence");
            parser.reset();
            break;
        }
    }
    return 0;
}
