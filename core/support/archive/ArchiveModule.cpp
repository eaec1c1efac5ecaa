// SPDX-License-Identifier: GPL-3.0-or-later
// The archive module: libarchive's ZIP writer behind the entry points of
// support/ArchiveModule.h, loaded by support/BundleArchive.cpp on first use.
#include "ArchiveModule.h"

#include <QCoreApplication>

#include <archive.h>
#include <archive_entry.h>

#include <cerrno>
#include <ctime>
#include <memory>

namespace {

using mw::archivemodule::ZipRequest;

// libarchive hands every block to this callback; a failed write (a full disk) makes the
// archive fail instead of leaving it short.
la_ssize_t writeBlock(struct archive *a, void *clientData, const void *buffer, size_t length)
{
    auto *request = static_cast<ZipRequest *>(clientData);
    QString why;
    if (!request->write(static_cast<const char *>(buffer), qint64(length), &why)) {
        archive_set_error(a, EIO, "%s", qPrintable(why));
        return -1;
    }
    return la_ssize_t(length);
}

struct ArchiveFree
{
    void operator()(struct archive *a) const { archive_write_free(a); }
};
struct EntryFree
{
    void operator()(struct archive_entry *e) const { archive_entry_free(e); }
};

bool fail(ZipRequest &request, struct archive *a)
{
    const char *why = a ? archive_error_string(a) : nullptr;
    request.error = why ? QString::fromLocal8Bit(why)
                        : QCoreApplication::translate("mw::BundleArchive", "unknown error");
    return false;
}

} // namespace

extern "C" Q_DECL_EXPORT bool mailwright_archive_zip_v1(ZipRequest &request)
{
    const std::unique_ptr<struct archive, ArchiveFree> a(archive_write_new());
    if (!a) {
        request.error = QCoreApplication::translate("mw::BundleArchive", "out of memory");
        return false;
    }
    // Deflate: what Windows opens without extra software.
    archive_write_set_format_zip(a.get());
    archive_write_zip_set_compression_deflate(a.get());
    // ZIP is not a block format: no padding after the central directory.
    archive_write_set_bytes_in_last_block(a.get(), 1);
    if (archive_write_open(a.get(), &request, nullptr, writeBlock, nullptr) != ARCHIVE_OK)
        return fail(request, a.get());

    const auto &members = *request.members;
    int written = 0;
    for (const mw::BundleMember &m : members) {
        const std::unique_ptr<struct archive_entry, EntryFree> entry(archive_entry_new());
        const QByteArray name = m.name.toUtf8();
        archive_entry_set_pathname(entry.get(), name.constData());
        archive_entry_set_filetype(entry.get(), AE_IFREG);
        archive_entry_set_perm(entry.get(), 0600);
        archive_entry_set_size(entry.get(), la_int64_t(m.data.size()));
        archive_entry_set_mtime(entry.get(), time_t(request.mtime), 0);
        if (archive_write_header(a.get(), entry.get()) != ARCHIVE_OK)
            return fail(request, a.get());
        if (!m.data.isEmpty() &&
            archive_write_data(a.get(), m.data.constData(), size_t(m.data.size())) !=
                la_ssize_t(m.data.size()))
            return fail(request, a.get());
        ++written;
        if (request.progress && !request.progress(written, int(members.size()))) {
            request.cancelled = true;
            request.error = QCoreApplication::translate("mw::BundleArchive", "cancelled");
            return false;
        }
    }
    // Writes the central directory: only now is the archive readable.
    if (archive_write_close(a.get()) != ARCHIVE_OK)
        return fail(request, a.get());
    return true;
}

extern "C" Q_DECL_EXPORT void mailwright_archive_version_v1(QString *version)
{
    *version = QString::fromLatin1(archive_version_details());
}
