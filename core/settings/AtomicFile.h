// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace mw {

// Replaces a file in one step: the new content goes to a temporary file beside it
// (created with the final mode, so it is never readable by others even briefly), is
// flushed to disk, then renamed over the old file and the directory is synced. A
// failure at any step leaves the old file as it was and removes the temporary.
class AtomicFile
{
public:
    // mode: POSIX permission bits of the new file (e.g. 0600).
    [[nodiscard]] static bool write(const QString &path, const QByteArray &data, int mode,
                                    QString *error);
};

} // namespace mw
