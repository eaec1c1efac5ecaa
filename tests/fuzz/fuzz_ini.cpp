// SPDX-License-Identifier: GPL-3.0-or-later
// The INI loader (SettingsStore::parse) on any bytes; what it accepts must survive a
// save and a load unchanged (serialize → parse gives the same settings).
#include "FuzzSupport.h"
#include "settings/SettingsStore.h"

#include <cstddef>
#include <cstdint>

using namespace mw;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    fuzz::initApplication();
    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));
    QList<std::pair<QString, QString>> unknown;
    const SettingsLoadResult first = SettingsStore::parse(input, &unknown);
    if (!first.ok()) {
        fuzz::require(!first.error.isEmpty(), "a refusal without a sentence");
        return 0;
    }
    // serialize() only needs a path for nothing; it writes no file.
    const SettingsStore store(QStringLiteral("/nonexistent/fuzz.ini"));
    QString error;
    const QByteArray text = store.serialize(first.settings, &error);
    if (text.isEmpty()) {
        fuzz::require(!error.isEmpty(), "serialize refused without a sentence");
        return 0;
    }
    const SettingsLoadResult second = SettingsStore::parse(text);
    fuzz::require(second.ok(), "the store cannot read what it wrote");
    fuzz::require(second.settings == first.settings, "settings changed across save and load");
    return 0;
}
