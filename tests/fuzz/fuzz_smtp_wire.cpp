// SPDX-License-Identifier: GPL-3.0-or-later
// The SMTP wire helpers on any envelope and content: smtp::prepareMessage() (SIZE,
// 8BITMIME, SMTPUTF8, addresses that could smuggle a command) and smtp::encodeData()
// (RFC 5321 §4.5.2 dot-stuffing, §4.5.3.1.6 line length). Input: one byte of
// capabilities, the sender line, the recipients line (comma-separated), then the content.
#include "FuzzSupport.h"
#include "protocol/SmtpWire.h"

#include <cstddef>
#include <cstdint>

using namespace mw;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    fuzz::initApplication();
    if (size < 1)
        return 0;
    const QByteArray input(reinterpret_cast<const char *>(data) + 1, qsizetype(size - 1));
    SmtpCapabilities caps;
    caps.eightBitMime = data[0] & 1;
    caps.smtpUtf8 = data[0] & 2;
    caps.size = (data[0] & 4) ? -1 : (data[0] & 8) ? 0 : 64 * (data[0] >> 4);

    const qsizetype a = input.indexOf('\n');
    const qsizetype b = a < 0 ? -1 : input.indexOf('\n', a + 1);
    Envelope env;
    env.sender = QString::fromUtf8(a < 0 ? input : input.left(a));
    if (a >= 0) {
        const QByteArray rcpts = b < 0 ? input.mid(a + 1) : input.mid(a + 1, b - a - 1);
        for (const QByteArray &r : rcpts.split(','))
            env.recipients << QString::fromUtf8(r);
    }
    env.content = b < 0 ? QByteArray() : input.mid(b + 1);

    const smtp::PreparedMessage m = smtp::prepareMessage(env, caps);
    if (!m.ok) {
        fuzz::require(!m.error.isEmpty(), "a refusal without a sentence");
        fuzz::require(m.errorClass != ErrorClass::None, "a refusal without an error class");
        return 0;
    }
    fuzz::require(m.rcpts.size() == env.recipients.size(), "a recipient lost");
    for (const QByteArray &cmd : QList<QByteArray>{m.mail} + m.rcpts)
        fuzz::require(!cmd.contains('\r') && !cmd.contains('\n') && !cmd.contains('\0'),
                      "a command line that ends early");
    fuzz::require(caps.size <= 0 || m.data.size() <= caps.size, "larger than SIZE allows");
    fuzz::require(caps.eightBitMime || caps.smtpUtf8 || !smtp::hasHighBytes(m.data),
                  "8-bit data without 8BITMIME");
    fuzz::require(m.data.endsWith(".\r\n"), "data without the final dot");
    // Between the CR LFs: no lone dot before the end, no line over 998 octets plus the
    // stuffed dot.
    const QList<QByteArray> lines = m.data.left(m.data.size() - 3).split('\n');
    for (qsizetype i = 0; i + 1 < lines.size(); ++i) {
        const QByteArray &l = lines.at(i);
        fuzz::require(l.endsWith('\r'), "a bare LF on the wire");
        fuzz::require(l != ".\r", "a lone dot that would end the data early");
        fuzz::require(l.size() <= smtp::kMaxDataLine + 2, "a line over 998 octets");
    }
    return 0;
}
