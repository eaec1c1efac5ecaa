// SPDX-License-Identifier: GPL-3.0-or-later
// One SASL exchange (protocol/SaslExchange) against any server: the first byte picks the
// mechanism, the rest is the server's challenges, one a line (the base64 text after "334 "
// or "+ "). Invariants: the exchange ends within kMaxRounds challenges, a cancel is "*",
// no sentence carries the password, and a success is accepted only when the mechanism
// finished (never after a cancel).
#include "FuzzSupport.h"
#include "protocol/Sasl.h"
#include "protocol/SaslExchange.h"

#include <cstddef>
#include <cstdint>

using namespace mw;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    fuzz::initApplication();
    if (size < 1)
        return 0;
    static const char *const mechanisms[] = {"SCRAM-SHA-256", "SCRAM-SHA-1", "PLAIN",
                                             "LOGIN",         "CRAM-MD5",    "EXTERNAL"};
    const QString mechanism = QString::fromLatin1(mechanisms[data[0] % 6]);
    const QString password = QStringLiteral("fuzz-secret-password");
    sasl::ClientParams params;
    params.user = QStringLiteral("user");
    params.password = password;
    params.host = QStringLiteral("localhost");
    params.service = QStringLiteral("smtp");
    sasl::Exchange exchange;
    std::optional<QByteArray> initial;
    QString why;
    // Every mechanism above starts with these credentials: a start that fails means the
    // SASL module did not load (scripts/fuzz.sh names it), and nothing would be fuzzed.
    fuzz::require(exchange.start(mechanism, params, &initial, &why), "the mechanism did not start");
    const QByteArray input(reinterpret_cast<const char *>(data) + 1, qsizetype(size - 1));
    int sent = 0;
    bool cancelled = false;
    for (const QByteArray &challenge : input.split('\n')) {
        const sasl::Exchange::Step step = exchange.onChallenge(challenge);
        if (step.kind == sasl::Exchange::Step::Kind::Fail) {
            fuzz::require(!step.message.isEmpty(), "a failure without a sentence");
            fuzz::require(!step.message.contains(password), "the password in a sentence");
            break;
        }
        if (step.kind == sasl::Exchange::Step::Kind::Cancel) {
            fuzz::require(step.line == "*", "a cancel that is not \"*\"");
            cancelled = true;
            continue; // a hostile server goes on; the exchange must refuse it
        }
        fuzz::require(++sent <= sasl::Exchange::kMaxRounds, "more answers than kMaxRounds");
    }
    const auto refusal = exchange.onSuccess();
    if (cancelled)
        fuzz::require(refusal.has_value(), "a success accepted after a cancel");
    if (refusal)
        fuzz::require(!refusal->contains(password), "the password in a sentence");
    return 0;
}
