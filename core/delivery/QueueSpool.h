// SPDX-License-Identifier: GPL-3.0-or-later
// Internal to the Queue's source files (Queue*.cpp): the names in the spool folder, the
// metadata of a message file and the few file operations they share. Not for other callers:
// they use Queue.
#pragma once

#include "Queue.h"

#include <QByteArrayView>
#include <QDateTime>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringList>

namespace mw::spool {

inline constexpr QByteArrayView magic = "MWQ1 ";
inline const QString msgSuffix = QStringLiteral(".msg");
inline const QString stateSuffix = QStringLiteral(".state");
inline const QString storageMarker = QStringLiteral("/.hold-storage");

// UTC, ISO 8601 with milliseconds; empty for an invalid time (and back).
[[nodiscard]] QString iso(const QDateTime &t);
[[nodiscard]] QDateTime fromIso(const QJsonValue &v);

// The metadata of a message as one JSON object: the first line of <id>.msg and the whole
// of <id>.state.
[[nodiscard]] QJsonObject metadata(const QueuedMessage &m);
void applyMetadata(const QJsonObject &o, QueuedMessage &m);

// The names of the files in a folder (no folders), unsorted: one directory read, without
// a stat per file where the file system gives the type (QDir stats each entry).
[[nodiscard]] QStringList fileNames(const QString &dir);

// fsync(2) of a folder, so that renames and removals in it survive a power loss.
void syncDir(const QString &dir);
// A small JSON file (hold.json, backoff.json), written atomically with mode 0600.
bool writeJson(const QString &path, const QJsonObject &o, QString *error);
// Its object; empty when the file is missing or not JSON.
[[nodiscard]] QJsonObject readJson(const QString &path);

} // namespace mw::spool
