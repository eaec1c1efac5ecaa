// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <functional>

namespace mw {

// One file inside a support bundle.
struct BundleMember
{
    QString name; // relative, '/' separated, ASCII
    QByteArray data;
};

// Writes members into a ZIP archive (deflate; what Windows opens without extra software)
// through libarchive. The archive appears whole or not at all: it is written to a
// temporary file beside path and renamed over it only once complete (QSaveFile), so a full
// disk, an unwritable folder or a cancel leaves no half file, and an older file of that
// name stays as it was. The finished file is readable by its owner only: it names servers
// and addresses.
class BundleArchive
{
public:
    // Called after each member with (written, total); returning false cancels.
    using Progress = std::function<bool(int written, int total)>;

    // False with a sentence in *error ("Could not write ...: No space left on device").
    [[nodiscard]] static bool write(const QString &path, const QList<BundleMember> &members,
                                    QString *error, const Progress &progress = {});
    // "libarchive 3.6.2 zlib/1.2.13 ...", for the bundle's versions.
    [[nodiscard]] static QString libraryVersion();
};

} // namespace mw
