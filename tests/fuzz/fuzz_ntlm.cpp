// SPDX-License-Identifier: GPL-3.0-or-later
// NTLM CHALLENGE_MESSAGEs from a hostile server, through mw::ntlm (protocol/Ntlm.h): the
// input is the message as the server's base64 decodes to. Either it is refused with a
// sentence, or the parsed challenge is consistent (8-byte server challenge, AV pairs from
// inside the message ending in MsvAvEOL, Unicode and target information offered) and the
// AUTHENTICATE_MESSAGE built on it is well formed: every security buffer inside it, the
// server's AV pairs inside the NTLMv2 blob, no NTLMv1-sized response.
#include "FuzzSupport.h"
#include "protocol/Ntlm.h"

#include <QtEndian>

#include <cstddef>
#include <cstdint>

using namespace mw;

namespace {

bool fieldInside(const QByteArray &message, int at)
{
    const quint16 length = qFromLittleEndian<quint16>(message.constData() + at);
    const quint32 offset = qFromLittleEndian<quint32>(message.constData() + at + 4);
    return qint64(offset) + length <= message.size();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    fuzz::initApplication();
    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));
    QString why;
    const std::optional<ntlm::Challenge> challenge = ntlm::parseChallenge(input, &why);
    QString again;
    const std::optional<QByteArray> message =
        ntlm::authenticateMessage(input, QStringLiteral("User"), QStringLiteral("Password"),
                                  QStringLiteral("Domain"), QStringLiteral("WS"), &again);
    fuzz::require(bool(challenge) == bool(message), "parse and authenticate disagree");
    if (!challenge) {
        fuzz::require(!why.isEmpty() && why == again, "a refusal without the same sentence");
        return 0;
    }
    fuzz::require(input.size() <= ntlm::kMaxChallengeMessage, "a challenge past the limit");
    fuzz::require(challenge->serverChallenge.size() == 8, "a server challenge not 8 bytes");
    fuzz::require((challenge->flags & ntlm::NegotiateTargetInfo) &&
                      (challenge->flags & ntlm::NegotiateUnicode),
                  "accepted without NTLMv2 target information or Unicode");
    fuzz::require(challenge->targetInfo.size() >= 4 &&
                      challenge->targetInfo.endsWith(QByteArray(4, '\0')) &&
                      input.contains(challenge->targetInfo),
                  "target information not ending in MsvAvEOL or not from the message");

    const QByteArray &m = *message;
    fuzz::require(m.size() >= 72 && m.startsWith(QByteArray("NTLMSSP\0\3\0\0\0", 12)),
                  "not an AUTHENTICATE_MESSAGE");
    for (int at = 12; at <= 52; at += 8)
        fuzz::require(fieldInside(m, at), "a security buffer outside the message");
    const quint16 ntLength = qFromLittleEndian<quint16>(m.constData() + 20);
    fuzz::require(ntLength > 24 && ntLength == 16 + 28 + challenge->targetInfo.size() + 4,
                  "an NT response that is not NTLMv2");
    fuzz::require(m.contains(challenge->targetInfo), "the AV pairs are not in the blob");
    return 0;
}
