// SPDX-License-Identifier: GPL-3.0-or-later
#include "DebugLog.h"

#include "settings/SpoolFiles.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>

namespace mw {

bool appendDebugLog(const QString &path, const QString &title, const Transcript &transcript,
                    QString *error)
{
    if (path.isEmpty())
        return true;
    QDir().mkpath(QFileInfo(path).absolutePath());
    // The transcript holds no secret (credentials were replaced when it was written), but
    // it names servers and addresses: the log is private to its owner (a failing chmod is
    // reported), and never written through a symbolic link, which another local user
    // could plant to make us append to a file of our own choosing.
    QString why;
    if (QFileInfo::exists(path) && !SpoolFiles::makePrivate(path, &why)) {
        if (error)
            *error = why;
        return false;
    }
    const QByteArray text =
        "=== " + QDateTime::currentDateTimeUtc().toString(Qt::ISODate).toUtf8() + ' ' +
        title.toUtf8() + " ===\n" + transcript.toText().toUtf8() + '\n';
    if (!SpoolFiles::append(path, text, false, &why)) {
        if (error)
            *error = why;
        return false;
    }
    return true;
}

} // namespace mw
