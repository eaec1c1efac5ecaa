// SPDX-License-Identifier: GPL-3.0-or-later
#include "BundleArchive.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <archive.h>
#include <archive_entry.h>

#include <cerrno>
#include <ctime>
#include <memory>

namespace mw {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("mw::BundleArchive", text);
}

// libarchive hands every block to this callback: it goes into the QSaveFile, whose
// errors (a full disk) make the write fail instead of leaving a short archive.
la_ssize_t writeBlock(struct archive *a, void *clientData, const void *buffer, size_t length)
{
    auto *file = static_cast<QSaveFile *>(clientData);
    const qint64 n = file->write(static_cast<const char *>(buffer), qint64(length));
    if (n != qint64(length)) {
        archive_set_error(a, EIO, "%s", qPrintable(file->errorString()));
        return -1;
    }
    return la_ssize_t(n);
}

struct ArchiveFree
{
    void operator()(struct archive *a) const { archive_write_free(a); }
};
struct EntryFree
{
    void operator()(struct archive_entry *e) const { archive_entry_free(e); }
};

QString archiveError(struct archive *a)
{
    const char *why = archive_error_string(a);
    return why ? QString::fromLocal8Bit(why) : tr("unknown error");
}

} // namespace

bool BundleArchive::write(const QString &path, const QList<BundleMember> &members, QString *error,
                          const Progress &progress)
{
    const auto failed = [&](const QString &why) {
        if (error)
            *error = tr("Could not write %1: %2").arg(QDir::toNativeSeparators(path), why);
        return false;
    };
    const QFileInfo info(path);
    if (info.isDir())
        return failed(tr("it is a folder"));
    if (!info.absoluteDir().exists())
        return failed(
            tr("the folder %1 does not exist").arg(QDir::toNativeSeparators(info.absolutePath())));
    QSaveFile file(path);
    // Unbuffered: libarchive hands over whole blocks already, and a buffered QSaveFile
    // (Qt 6.4) loses the error of the write its commit() flushes, linking in a short or
    // empty file on a full disk.
    if (!file.open(QIODevice::WriteOnly | QIODevice::Unbuffered))
        return failed(file.errorString());

    const std::unique_ptr<struct archive, ArchiveFree> a(archive_write_new());
    if (!a)
        return failed(tr("out of memory"));
    archive_write_set_format_zip(a.get());
    archive_write_zip_set_compression_deflate(a.get());
    // ZIP is not a block format: no padding after the central directory.
    archive_write_set_bytes_in_last_block(a.get(), 1);
    if (archive_write_open(a.get(), &file, nullptr, writeBlock, nullptr) != ARCHIVE_OK)
        return failed(archiveError(a.get()));

    const time_t now = time_t(QDateTime::currentSecsSinceEpoch());
    int written = 0;
    for (const BundleMember &m : members) {
        const std::unique_ptr<struct archive_entry, EntryFree> entry(archive_entry_new());
        const QByteArray name = m.name.toUtf8();
        archive_entry_set_pathname(entry.get(), name.constData());
        archive_entry_set_filetype(entry.get(), AE_IFREG);
        archive_entry_set_perm(entry.get(), 0600);
        archive_entry_set_size(entry.get(), la_int64_t(m.data.size()));
        archive_entry_set_mtime(entry.get(), now, 0);
        if (archive_write_header(a.get(), entry.get()) != ARCHIVE_OK)
            return failed(archiveError(a.get()));
        if (!m.data.isEmpty() &&
            archive_write_data(a.get(), m.data.constData(), size_t(m.data.size())) !=
                la_ssize_t(m.data.size()))
            return failed(archiveError(a.get()));
        ++written;
        if (progress && !progress(written, int(members.size()))) {
            // QSaveFile discards the temporary file: nothing of the bundle remains.
            file.cancelWriting();
            return failed(tr("cancelled"));
        }
    }
    // Writes the central directory: only now is the archive readable.
    if (archive_write_close(a.get()) != ARCHIVE_OK)
        return failed(archiveError(a.get()));
    if (!file.commit())
        return failed(file.errorString());
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return true;
}

QString BundleArchive::libraryVersion()
{
    return QString::fromLatin1(archive_version_details());
}

} // namespace mw
