// SPDX-License-Identifier: GPL-3.0-or-later
// Bounce messages (RFC 3464 delivery status notifications) as a POP3 mailbox may hold
// them: any bytes, any MIME structure.
#include "FuzzSupport.h"
#include "diagnostics/DsnParser.h"

#include <cstddef>
#include <cstdint>

using namespace mw;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    fuzz::initApplication();
    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));
    if (const auto dsn = DsnParser::parse(input)) {
        (void)dsn->isFailure();
        if (const DsnRecipient *r = dsn->failed()) {
            const DsnRecipient *first = dsn->recipients.constData();
            fuzz::require(r >= first && r < first + dsn->recipients.size(),
                          "failed() points outside the recipients");
        }
    }
    (void)DsnParser::headerValue(input, QByteArrayLiteral("Subject"));
    (void)DsnParser::headerValue(input, QByteArrayLiteral("Message-ID"));
    return 0;
}
