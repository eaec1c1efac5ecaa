// SPDX-License-Identifier: GPL-3.0-or-later
// Remote status requests (StatusRequestParser) as the POP3 mailbox may hold them: any bytes,
// any header and MIME structure. The invariants are the parser's promises: bounded fields,
// a password only from an unquoted "password:" line, the answer address only when exactly
// one From address exists.
#include "FuzzSupport.h"
#include "notify/StatusRequest.h"

#include <cstddef>
#include <cstdint>

using namespace mw;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    fuzz::initApplication();
    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));
    const StatusRequest r = StatusRequestParser::parse(input, QStringLiteral("mx.example.test"));
    fuzz::require(r.passwordFound == !r.password.isEmpty(), "password found but empty");
    if (r.passwordFound) {
        fuzz::require(!r.password.contains(QLatin1Char('\n')), "password spans lines");
        fuzz::require(!r.password.startsWith(QLatin1Char(' ')) &&
                          !r.password.endsWith(QLatin1Char(' ')),
                      "password not trimmed");
    }
    const auto [address, why] = StatusRequestParser::answerAddress(r);
    fuzz::require(address.isEmpty() != why.isEmpty(), "address and refusal both or neither");
    if (!address.isEmpty())
        fuzz::require(r.fromCount == 1, "answered with more or less than one From");
    for (const AuthVerdict &v : r.verdicts)
        fuzz::require(v.method == v.method.toLower() && v.result == v.result.toLower(),
                      "verdict not lower case");
    const auto fields = StatusRequestParser::headerFields(input);
    fuzz::require(fields.size() <= StatusRequestParser::kMaxFields, "too many fields");
    for (const auto &f : fields)
        fuzz::require(f.second.size() <= StatusRequestParser::kMaxFieldLength, "field too long");
    (void)StatusRequestParser::authenticationResults(input.left(4096));
    (void)StatusRequestParser::decodeHeader(input.left(4096));
    return 0;
}
