// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "MailSettings.h"
#include "Policy.h"
#include "SettingsSchema.h"

#include <QByteArray>
#include <QHash>
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
    // The schema keys present in the file (the user's keys: the others follow the
    // system-wide defaults of a policy). pop3/auth when an older file had pop3/apop.
    QStringList userKeys;
    QString adminLockDigest; // [admin] lock, when it holds a digest
    [[nodiscard]] bool ok() const { return status == Status::Ok; }
};

// The lines of an INI text, before they mean anything: shared by the user's file and
// policy.ini so that both follow one syntax (sections, "key = value", quotes, comments).
struct IniEntry
{
    int line = 0; // 0: not from a text (registry, property list)
    QString key;  // "section/key", lower case
    QString value;
};

struct IniText
{
    using Entry = IniEntry;
    QList<Entry> entries;      // in file order; a key set twice is an error, not an entry
    QList<Entry> passwordKeys; // password-like names: line and key only, value never kept
    QList<Entry> errors;       // line and sentence ("value" holds the sentence)
    QString fatal;             // not UTF-8 / NUL byte: nothing was read
};

// Reads and writes the INI configuration file (docs/config.md).
//
// The file is parsed and written here rather than through QSettings so that key order
// is stable, each key carries its description as a comment, errors name the line, and
// the save is atomic with mode 0600 (AtomicFile). Unknown keys are reported as warnings
// and written back unchanged on the next save (a newer minor version or a typo is not
// lost). A password key is never kept: it is reported, and dropped on the next save.
//
// Layering (managed deployment, Policy): the keys present in the file are the user's keys
// (userKeys()). A save writes the user's keys plus every key whose value differs from its
// effective default (the policy's system default, else the built-in one); a key the user
// did not set and whose value is that default is written as a comment ("#port=587") so
// that a system default changed later still applies. A key the policy locks is never
// written from the settings: when it is already in the file, its line is written back as
// it was read (the user's own value comes back if the lock is lifted); else it is left
// out. [admin] lock holds the user's administrator lock digest (not a schema key).
class SettingsStore
{
public:
    explicit SettingsStore(QString path = defaultPath());

    // QStandardPaths::AppConfigLocation + "/mailwright.ini".
    [[nodiscard]] static QString defaultPath();
    [[nodiscard]] QString path() const { return m_path; }

    [[nodiscard]] SettingsLoadResult load();
    // Writes the user's keys, the keys that differ from their effective default, the
    // locked keys' lines as they were read, [admin] lock, and the unknown keys of the last
    // load (see above). The keys written become the user's keys.
    [[nodiscard]] bool save(const MailSettings &settings, QString *error = nullptr);

    // The policy whose system defaults and locks save() honours (empty: none).
    void setPolicy(const Policy &policy) { m_policy = policy; }
    [[nodiscard]] const Policy &policy() const { return m_policy; }
    // The keys of the user (read by load(), then added to by the caller's edits).
    [[nodiscard]] const QStringList &userKeys() const { return m_userKeys; }
    void setUserKeys(const QStringList &keys) { m_userKeys = keys; }
    void addUserKey(const QString &key);
    // The user's administrator lock (PasswordDigest text; empty: none), [admin] lock.
    [[nodiscard]] const QString &adminLockDigest() const { return m_adminLock; }
    void setAdminLockDigest(const QString &digest) { m_adminLock = digest; }

    // The lines of INI text (no file access), for parse() and Policy::fromIni().
    [[nodiscard]] static IniText tokenize(const QByteArray &text);

    // The INI text save() writes; nullopt-like empty result with error on a value that
    // holds a line break.
    [[nodiscard]] QByteArray serialize(const MailSettings &settings,
                                       QString *error = nullptr) const;
    // Parses INI text (no file access). Unknown keys go to unknown when given.
    [[nodiscard]] static SettingsLoadResult
    parse(const QByteArray &text, QList<std::pair<QString, QString>> *unknown = nullptr);

    [[nodiscard]] QList<std::pair<QString, QString>> unknownEntries() const { return m_unknown; }

private:
    struct Line
    {
        enum Kind { Written, Commented, Omitted } kind;
        QString value;
    };
    [[nodiscard]] Line lineFor(const SettingSpec &spec, const MailSettings &settings) const;

    QString m_path;
    QList<std::pair<QString, QString>> m_unknown; // "section/key", value
    Policy m_policy;
    QStringList m_userKeys;
    QHash<QString, QString> m_fileValues; // schema key -> value as read (locked keys)
    QString m_adminLock;
};

} // namespace mw
