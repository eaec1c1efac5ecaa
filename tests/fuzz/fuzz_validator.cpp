// SPDX-License-Identifier: GPL-3.0-or-later
// Address, host, domain, pin and HELO validation and host[:port] normalisation on any
// text: an accepted value never carries a line break or a NUL (header and command
// injection), and normalisation is stable.
#include "FuzzSupport.h"
#include "settings/SettingsValidator.h"

#include <QString>

#include <cstddef>
#include <cstdint>

using namespace mw;

namespace {

bool hasBreak(const QString &s)
{
    return s.contains(QLatin1Char('\r')) || s.contains(QLatin1Char('\n')) ||
           s.contains(QChar(u'\0'));
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    fuzz::initApplication();
    if (size == 0)
        return 0;
    const bool hostFirst = (data[0] & 1) != 0;
    const QString text =
        QString::fromUtf8(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));

    if (SettingsValidator::checkAddress(text).isEmpty())
        fuzz::require(!hasBreak(text) && text.contains(QLatin1Char('@')),
                      "an address with a line break or without @ was accepted");
    // Host-like values are checked as stored: trimmed (the schema trims every value, and
    // the sessions trim the host again), so only the trimmed text must be clean.
    const QString trimmed = text.trimmed();
    if (SettingsValidator::checkHost(text).isEmpty())
        fuzz::require(!hasBreak(trimmed) && !trimmed.contains(QLatin1Char(' ')),
                      "a host with a line break or a space was accepted");
    if (SettingsValidator::checkDomain(text).isEmpty())
        fuzz::require(!hasBreak(trimmed), "a domain with a line break was accepted");
    if (SettingsValidator::checkHelo(text).isEmpty())
        fuzz::require(!hasBreak(trimmed), "a HELO name with a line break was accepted");
    if (SettingsValidator::checkPin(text).isEmpty())
        fuzz::require(!hasBreak(trimmed), "a pin with a line break was accepted");
    (void)SettingsValidator::isIPv4(text);
    (void)SettingsValidator::isIPv6(text);

    QString error;
    if (const auto hp = SettingsValidator::normalizeHostPort(text, &error)) {
        fuzz::require(!hp->port || (*hp->port >= 1 && *hp->port <= 65535),
                      "normalizeHostPort gave a port outside 1-65535");
        // A host that passes checkHost after normalisation never carries a line break.
        if (hostFirst && SettingsValidator::checkHost(hp->host).isEmpty())
            fuzz::require(!hasBreak(hp->host), "a normalised host with a line break passed");
    } else {
        fuzz::require(!error.isEmpty(), "normalizeHostPort refused without a reason");
    }
    for (const char *key :
         {"smtp/host", "smtp/port", "mailboxes/from", "mailboxes/notify", "smtp/helo",
          "smtp/pin_sha256", "pop3/check_interval", "recipients/permitted", "smtp/timeout"})
        (void)SettingsValidator::validateField(QString::fromLatin1(key), text);
    return 0;
}
