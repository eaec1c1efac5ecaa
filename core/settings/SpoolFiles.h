// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <optional>

namespace mw {

// The small file operations of the spool (and of the debug log) in one place, so that
// every one of them refuses a symbolic link planted where a file of ours should be
// (another local user pointing ".journal" or the debug log at a file of the victim's),
// and reports why it failed instead of failing silently.
class SpoolFiles
{
    Q_DECLARE_TR_FUNCTIONS(mw::SpoolFiles)

public:
    // Appends data to path, creating it with mode 0600; never through a symbolic link.
    // sync: fdatasync before returning (the journal).
    static bool append(const QString &path, const QByteArray &data, bool sync, QString *error);
    // The whole file; nullopt if it is missing (*error empty) or cannot be read / is a
    // symbolic link (*error set).
    static std::optional<QByteArray> read(const QString &path, QString *error);
    // The whole file as read() reads it, but any regular file the process may read (a queued
    // message, read as it always was); nullopt when it is missing or cannot be read.
    static std::optional<QByteArray> readWhole(const QString &path);
    // A private folder of this user: created if missing, refused if it is a symbolic link
    // or owned by someone else, its mode made 0700 (a failing chmod is reported).
    static bool ensurePrivateFolder(const QString &dir, QString *error);
    // Creates an empty file (a marker: takes no data blocks, so it works on a full disk).
    static bool touch(const QString &path, QString *error);
    // Sets the permissions of an existing file to owner read/write, reporting a failure.
    static bool makePrivate(const QString &path, QString *error);
};

} // namespace mw
