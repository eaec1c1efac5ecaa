// SPDX-License-Identifier: GPL-3.0-or-later
#include "BundleArchive.h"

#include "ArchiveModule.h"
#include "protocol/PrivateModule.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <memory>

namespace mw {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("mw::BundleArchive", text);
}

template<typename Function> Function entry(const char *name, QString *error)
{
    const PrivateModule::Entry e =
        PrivateModule::resolve(QLatin1String(archivemodule::moduleName), name);
    if (!e.function && error)
        *error = QCoreApplication::translate("mw::BundleArchive",
                                             "the archive module (%1) could not be loaded: %2")
                     .arg(QLatin1String(archivemodule::moduleName), e.error);
    return reinterpret_cast<Function>(e.function);
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

    QString why;
    const auto zip = entry<archivemodule::ZipFunction>(archivemodule::zipEntryPoint, &why);
    if (!zip)
        return failed(why);
    archivemodule::ZipRequest request;
    request.members = &members;
    request.mtime = QDateTime::currentSecsSinceEpoch();
    // Each block goes into the QSaveFile, whose errors (a full disk) make the write fail
    // instead of leaving a short archive.
    request.write = [&file](const char *data, qint64 size, QString *error) {
        if (file.write(data, size) == size)
            return true;
        *error = file.errorString();
        return false;
    };
    request.progress = progress;
    if (!zip(request)) {
        // QSaveFile discards the temporary file: nothing of the bundle remains.
        file.cancelWriting();
        return failed(request.error);
    }
    if (!file.commit())
        return failed(file.errorString());
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return true;
}

QString BundleArchive::libraryVersion()
{
    QString why;
    const auto version =
        entry<archivemodule::VersionFunction>(archivemodule::versionEntryPoint, &why);
    if (!version)
        return why;
    QString text;
    version(&text);
    return text;
}

} // namespace mw
