// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "BundleArchive.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <functional>

// The boundary between BundleArchive (in mw_support, in every program) and the archive
// module (support/archive/, a library loaded the first time a bundle is written, through
// protocol/PrivateModule). libarchive and the compressors, XML and ACL libraries it pulls
// in then load only for a support bundle: every other command and the window start without
// them (docs/PERFORMANCE.md).
//
// Both sides are built from the same tree by the same compiler against the same Qt, so the
// request may carry Qt and standard library types; the entry points' names carry the
// version of this structure, so that a stale module is refused rather than misread.
namespace mw::archivemodule {

struct ZipRequest
{
    const QList<BundleMember> *members = nullptr;
    qint64 mtime = 0; // seconds since the epoch, for every member
    // Each block of the archive, in order; false (with *error set) stops the archive.
    std::function<bool(const char *data, qint64 size, QString *error)> write;
    // After each member with (written, total); false cancels.
    std::function<bool(int written, int total)> progress;
    // Out: why it failed (the library's words), and whether progress cancelled it.
    QString error;
    bool cancelled = false;
};

// True once the whole archive, central directory included, went through write.
using ZipFunction = bool (*)(ZipRequest &);
// Sets *version to "libarchive 3.6.2 zlib/1.2.13 ..." (an out parameter: a C-linkage entry
// point may not return a C++ type).
using VersionFunction = void (*)(QString *version);

inline constexpr char zipEntryPoint[] = "mailwright_archive_zip_v1";
inline constexpr char versionEntryPoint[] = "mailwright_archive_version_v1";
inline constexpr char moduleName[] = "mailwright-archive";

} // namespace mw::archivemodule
