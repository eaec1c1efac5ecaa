// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "MailSettings.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <utility>

namespace mw {

struct SettingsLoadResult
{
    enum class Status {
        Ok,          // settings hold the file's values (warnings may be set)
        NotFound,    // no file yet: the caller may start from defaults
        Unreadable,  // exists but cannot be read (permissions, a folder, I/O error)
        Malformed,   // not UTF-8, a line that is not INI, a value that cannot be stored
        NewerSchema, // written by a newer Mailwright (general/schema_version > 1)
    };
    Status status = Status::Ok;
    MailSettings settings; // defaults unless status is Ok
    QString error;         // one clear sentence when status is not Ok
    QStringList warnings;  // unknown keys, a password found in the file, ...
    [[nodiscard]] bool ok() const { return status == Status::Ok; }
};

// Reads and writes the INI configuration file (docs/config.md).
//
// The file is parsed and written here rather than through QSettings so that key order
// is stable, each key carries its description as a comment, errors name the line, and
// the save is atomic with mode 0600 (AtomicFile). Unknown keys are reported as warnings
// and written back unchanged on the next save (a newer minor version or a typo is not
// lost). A password key is never kept: it is reported, and dropped on the next save.
class SettingsStore
{
public:
    explicit SettingsStore(QString path = defaultPath());

    // QStandardPaths::AppConfigLocation + "/mailwright.ini".
    [[nodiscard]] static QString defaultPath();
    [[nodiscard]] QString path() const { return m_path; }

    [[nodiscard]] SettingsLoadResult load();
    // Writes every key (the defaults too) plus the unknown keys of the last load.
    [[nodiscard]] bool save(const MailSettings &settings, QString *error = nullptr);

    // The INI text save() writes; nullopt-like empty result with error on a value that
    // holds a line break.
    [[nodiscard]] QByteArray serialize(const MailSettings &settings,
                                       QString *error = nullptr) const;
    // Parses INI text (no file access). Unknown keys go to unknown when given.
    [[nodiscard]] static SettingsLoadResult
    parse(const QByteArray &text, QList<std::pair<QString, QString>> *unknown = nullptr);

    [[nodiscard]] QList<std::pair<QString, QString>> unknownEntries() const { return m_unknown; }

private:
    QString m_path;
    QList<std::pair<QString, QString>> m_unknown; // "section/key", value
};

} // namespace mw
