// SPDX-License-Identifier: GPL-3.0-or-later
#include "SettingsStore.h"

#include "AtomicFile.h"
#include "PasswordDigest.h"
#include "SettingsSchema.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QStandardPaths>
#include <QStringDecoder>

#include <optional>

namespace mw {

namespace {

constexpr qint64 maxFileSize = 1024 * 1024; // a settings file is a few KiB

bool needsQuotes(const QString &v)
{
    if (v.isEmpty())
        return false;
    return v.front().isSpace() || v.back().isSpace() || v.startsWith(QLatin1Char('"')) ||
           v.startsWith(QLatin1Char(';')) || v.startsWith(QLatin1Char('#'));
}

QString quoted(const QString &v)
{
    if (!needsQuotes(v))
        return v;
    QString out = v;
    out.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    out.replace(QLatin1Char('"'), QLatin1String("\\\""));
    return QLatin1Char('"') + out + QLatin1Char('"');
}

// Inside double quotes \" and \\ are escapes; any other backslash is kept as written
// (so C:\stuff\pickup works quoted or not). Returns false on a missing closing quote.
bool unquote(const QString &raw, QString *out)
{
    if (!raw.startsWith(QLatin1Char('"'))) {
        *out = raw;
        return true;
    }
    if (raw.size() < 2 || !raw.endsWith(QLatin1Char('"')))
        return false;
    const QString inner = raw.mid(1, raw.size() - 2);
    QString v;
    for (qsizetype i = 0; i < inner.size(); ++i) {
        const QChar c = inner.at(i);
        if (c == QLatin1Char('\\') && i + 1 < inner.size() &&
            (inner.at(i + 1) == QLatin1Char('"') || inner.at(i + 1) == QLatin1Char('\\'))) {
            v += inner.at(++i);
            continue;
        }
        if (c == QLatin1Char('"'))
            return false; // an unescaped quote in the middle
        v += c;
    }
    *out = v;
    return true;
}

bool hasLineBreak(const QString &v)
{
    return v.contains(QLatin1Char('\n')) || v.contains(QLatin1Char('\r')) || v.contains(QChar(0));
}

} // namespace

SettingsStore::SettingsStore(QString path)
    : m_path(std::move(path))
{}

QString SettingsStore::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation) +
           QStringLiteral("/mailwright.ini");
}

IniText SettingsStore::tokenize(const QByteArray &bytes)
{
    IniText t;
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = decoder.decode(bytes);
    if (decoder.hasError()) {
        t.fatal = QStringLiteral("The file is not valid UTF-8 text.");
        return t;
    }
    if (text.startsWith(QChar(0xfeff)))
        text.remove(0, 1);
    if (text.contains(QChar(0))) {
        t.fatal = QStringLiteral("The file contains a NUL byte.");
        return t;
    }
    QString section;
    QHash<QString, int> seen; // key -> line
    const auto error = [&t](int line, const QString &why) { t.errors.append({line, {}, why}); };
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const int lineNo = int(i + 1);
        QString line = lines.at(i);
        if (line.endsWith(QLatin1Char('\r')))
            line.chop(1);
        line = line.trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char(';')) ||
            line.startsWith(QLatin1Char('#')))
            continue;
        if (line.startsWith(QLatin1Char('['))) {
            if (!line.endsWith(QLatin1Char(']')) || line.size() < 3) {
                error(lineNo, QStringLiteral("a section header must look like [smtp]."));
                continue;
            }
            section = line.mid(1, line.size() - 2).trimmed().toLower();
            continue;
        }
        const qsizetype eq = line.indexOf(QLatin1Char('='));
        if (eq <= 0) {
            error(lineNo, QStringLiteral("expected \"key = value\" or \"[section]\", found "
                                         "\"%1\".")
                              .arg(line.left(60)));
            continue;
        }
        const QString name = line.left(eq).trimmed().toLower();
        if (section.isEmpty()) {
            error(lineNo, QStringLiteral("\"%1\" comes before any [section].").arg(name));
            continue;
        }
        const QString key = section + QLatin1Char('/') + name;
        if (SettingsSchema::isSecretKeyName(name)) {
            t.passwordKeys.append({lineNo, key, {}}); // never the value: it is a password
            continue;
        }
        if (const auto it = seen.constFind(key); it != seen.constEnd()) {
            error(lineNo, QStringLiteral("%1 is set twice (also on line %2).").arg(key).arg(*it));
            continue;
        }
        seen.insert(key, lineNo);
        QString value;
        if (!unquote(line.mid(eq + 1).trimmed(), &value)) {
            error(lineNo, QStringLiteral("the quoted value of %1 is not closed or has an "
                                         "unescaped quote.")
                              .arg(key));
            continue;
        }
        t.entries.append({lineNo, key, value});
    }
    return t;
}

SettingsLoadResult SettingsStore::parse(const QByteArray &bytes,
                                        QList<std::pair<QString, QString>> *unknown)
{
    using Status = SettingsLoadResult::Status;
    SettingsLoadResult r;
    const auto failed = [](Status s, const QString &why) {
        SettingsLoadResult f;
        f.status = s;
        f.error = why;
        return f;
    };
    const IniText t = tokenize(bytes);
    if (!t.fatal.isEmpty())
        return failed(Status::Malformed, t.fatal);

    // The first error by line, whether of syntax (tokenize) or of a value.
    int firstLine = 0;
    QString firstError;
    const auto error = [&](int line, const QString &why) {
        if (firstError.isEmpty() || line < firstLine) {
            firstLine = line;
            firstError = QStringLiteral("Line %1: %2").arg(line).arg(why);
        }
    };
    for (const IniText::Entry &e : t.errors)
        error(e.line, e.value);
    for (const IniText::Entry &e : t.passwordKeys)
        r.warnings << QStringLiteral("Line %1: %2 holds a password, which this file must "
                                     "not contain. It is ignored and will be removed on "
                                     "the next save; store it in the secret store "
                                     "(mailwright-cli secret set %3, or the settings "
                                     "window) and delete the line.")
                          .arg(e.line)
                          .arg(e.key, e.key.section(QLatin1Char('/'), 0, 0));
    int version = 1;
    std::optional<bool> legacyApop; // pop3/apop of an older file
    bool hasAuth = false;
    for (const IniText::Entry &e : t.entries) {
        const QString &key = e.key;
        const QString &value = e.value;
        if (key == QLatin1String("general/schema_version")) {
            bool ok = false;
            version = value.toInt(&ok);
            if (!ok || version < 1)
                error(e.line, QStringLiteral("general/schema_version must be a whole number "
                                             "(this version writes %1).")
                                  .arg(SettingsSchema::schemaVersion));
            continue;
        }
        if (key == QLatin1String("pop3/apop")) {
            // Files written before pop3/auth: the switch is read once here and never
            // written back (the next save writes pop3/auth instead).
            legacyApop = SettingsSchema::parseBool(value);
            if (!legacyApop)
                error(e.line, QStringLiteral("pop3/apop: must be true or false"));
            continue;
        }
        if (key == QLatin1String("admin/lock")) {
            if (PasswordDigest::isDigest(value))
                r.adminLockDigest = value;
            else
                r.warnings << QStringLiteral("Line %1: admin/lock is not a password digest "
                                             "(mailwright-cli admin-lock set writes one); "
                                             "it is ignored and removed on the next save.")
                                  .arg(e.line);
            continue;
        }
        if (!SettingsSchema::contains(key)) {
            r.warnings << QStringLiteral("Line %1: unknown key %2 is ignored (kept in the file "
                                         "when saving).")
                              .arg(e.line)
                              .arg(key);
            if (unknown)
                unknown->append({key, value});
            continue;
        }
        if (key == QLatin1String("pop3/auth"))
            hasAuth = true;
        if (const QString err = SettingsSchema::setValue(r.settings, key, value); !err.isEmpty())
            error(e.line, err);
        else
            r.userKeys << key;
    }
    // pop3/apop=true became pop3/auth=apop; apop=false was USER/PASS, which pop3/auth=user
    // keeps exactly (auto, the new default, might choose another mechanism). A pop3/auth
    // line in the same file wins.
    if (legacyApop && !hasAuth) {
        r.settings.pop3.auth =
            *legacyApop ? MailSettings::Pop3Auth::Apop : MailSettings::Pop3Auth::User;
        r.userKeys << QStringLiteral("pop3/auth");
    }
    // A newer schema explains any other error, so it is reported first.
    if (version > SettingsSchema::schemaVersion)
        return failed(Status::NewerSchema,
                      QStringLiteral("The file was written by a newer Mailwright (schema "
                                     "version %1; this version reads up to %2). It is left "
                                     "unchanged.")
                          .arg(version)
                          .arg(SettingsSchema::schemaVersion));
    if (!firstError.isEmpty()) {
        if (unknown)
            unknown->clear();
        return failed(Status::Malformed, firstError);
    }
    return r;
}

SettingsLoadResult SettingsStore::load()
{
    using Status = SettingsLoadResult::Status;
    const auto failed = [this](Status s, const QString &why) {
        SettingsLoadResult f;
        f.status = s;
        f.error = QStringLiteral("%1: %2").arg(QDir::toNativeSeparators(m_path), why);
        return f;
    };
    const QFileInfo info(m_path);
    if (!info.exists())
        return failed(Status::NotFound, QStringLiteral("The file does not exist."));
    if (info.isDir())
        return failed(Status::Unreadable, QStringLiteral("This is a folder, not a file."));
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly))
        return failed(Status::Unreadable,
                      QStringLiteral("Cannot be read: %1").arg(file.errorString()));
    const QByteArray bytes = file.read(maxFileSize + 1);
    if (file.error() != QFileDevice::NoError)
        return failed(Status::Unreadable,
                      QStringLiteral("Cannot be read: %1").arg(file.errorString()));
    if (bytes.size() > maxFileSize)
        return failed(Status::Malformed, QStringLiteral("The file is larger than 1 MiB; this is "
                                                        "not a Mailwright configuration."));
    QList<std::pair<QString, QString>> unknown;
    SettingsLoadResult r = parse(bytes, &unknown);
    if (!r.ok()) {
        r.error = QStringLiteral("%1: %2").arg(QDir::toNativeSeparators(m_path), r.error);
        return r;
    }
    m_unknown = unknown;
    m_userKeys = r.userKeys;
    m_fileValues.clear();
    for (const QString &key : std::as_const(r.userKeys))
        m_fileValues.insert(key, SettingsSchema::value(r.settings, key).value_or(QString()));
    m_adminLock = r.adminLockDigest;
    return r;
}

void SettingsStore::addUserKey(const QString &key)
{
    if (!m_userKeys.contains(key))
        m_userKeys << key;
}

SettingsStore::Line SettingsStore::lineFor(const SettingSpec &spec,
                                           const MailSettings &settings) const
{
    if (m_policy.isLocked(spec.key)) {
        // Never the locked value; the user's own line comes back as it was read.
        const auto it = m_fileValues.constFind(spec.key);
        if (it == m_fileValues.constEnd())
            return {Line::Omitted, {}};
        return {Line::Written, *it};
    }
    const QString value = spec.get(settings);
    if (m_userKeys.contains(spec.key))
        return {Line::Written, value};
    const auto system = m_policy.value(spec.key);
    const QString effectiveDefault = system ? system->text : spec.defaultValue();
    return {value == effectiveDefault ? Line::Commented : Line::Written, value};
}

QByteArray SettingsStore::serialize(const MailSettings &settings, QString *error) const
{
    QString out;
    out += QStringLiteral("# Mailwright configuration, described key by key in docs/config.md.\n"
                          "# Passwords are never kept here: they live in the secret store.\n");
    QString current;
    const auto unknownFor = [this](const QString &section) {
        QString s;
        for (const auto &[key, value] : m_unknown) {
            if (key.section(QLatin1Char('/'), 0, 0) == section)
                s += key.section(QLatin1Char('/'), 1) + QLatin1Char('=') + quoted(value) +
                     QLatin1Char('\n');
        }
        return s;
    };
    for (const SettingSpec &spec : SettingsSchema::specs()) {
        if (spec.section() != current) {
            if (!current.isEmpty())
                out += unknownFor(current);
            current = spec.section();
            out += QStringLiteral("\n[%1]\n").arg(current);
            if (current == QLatin1String("general"))
                out += QStringLiteral("schema_version=%1\n").arg(SettingsSchema::schemaVersion);
        }
        const Line line = lineFor(spec, settings);
        if (hasLineBreak(line.value)) {
            // Would inject lines (another key, another section) into the file.
            if (error)
                *error =
                    QStringLiteral("%1 contains a line break and cannot be saved.").arg(spec.key);
            return {};
        }
        if (line.kind == Line::Omitted)
            continue;
        out += QStringLiteral("# %1\n%2%3=%4\n")
                   .arg(spec.description,
                        line.kind == Line::Commented ? QStringLiteral("#") : QString(), spec.name(),
                        quoted(line.value));
    }
    out += unknownFor(current);
    if (!m_adminLock.isEmpty()) {
        if (hasLineBreak(m_adminLock) || !PasswordDigest::isDigest(m_adminLock)) {
            if (error)
                *error = QStringLiteral("admin/lock is not a password digest.");
            return {};
        }
        out += QStringLiteral("\n[admin]\n# The administrator lock of the settings window "
                              "(a password digest, never the password).\nlock=%1\n")
                   .arg(m_adminLock);
    }
    // Unknown sections, kept in the order they were read.
    const QStringList known = SettingsSchema::sections();
    QStringList extraSections;
    for (const auto &entry : m_unknown) {
        const QString s = entry.first.section(QLatin1Char('/'), 0, 0);
        if (!known.contains(s) && !extraSections.contains(s))
            extraSections << s;
    }
    for (const QString &s : extraSections)
        out += QStringLiteral("\n[%1]\n").arg(s) + unknownFor(s);
    for (const auto &entry : m_unknown) {
        if (hasLineBreak(entry.second)) {
            if (error)
                *error = QStringLiteral("%1 contains a line break and cannot be saved.")
                             .arg(entry.first);
            return {};
        }
    }
    return out.toUtf8();
}

bool SettingsStore::save(const MailSettings &settings, QString *error)
{
    QString why;
    const QByteArray bytes = serialize(settings, &why);
    if (bytes.isEmpty()) {
        if (error)
            *error = why;
        return false;
    }
    const QFileInfo info(m_path);
    if (!QDir().mkpath(info.absolutePath())) {
        if (error)
            *error = QStringLiteral("Cannot create the folder %1.")
                         .arg(QDir::toNativeSeparators(info.absolutePath()));
        return false;
    }
    if (info.isDir()) {
        if (error)
            *error = QStringLiteral("%1 is a folder, not a file.").arg(m_path);
        return false;
    }
    // Saves of several processes (the window, mailwright-cli, the status monitor) never
    // interleave, and a save removes the temporaries of earlier saves that were killed
    // before their rename: with the lock held, no live save can own one.
    FileLock lock(FileLock::lockPathFor(m_path));
    if (!lock.lock(10000, error))
        return false;
    AtomicFile::removeStaleTemporaries(m_path);
    // 0600: the file holds no secret, but the addresses and servers are private.
    if (!AtomicFile::write(m_path, bytes, 0600, error))
        return false;
    // What was written is what the file now holds: the user's keys and their values.
    for (const SettingSpec &spec : SettingsSchema::specs()) {
        const Line line = lineFor(spec, settings);
        if (line.kind == Line::Written) {
            addUserKey(spec.key);
            m_fileValues.insert(spec.key, line.value);
        } else {
            m_userKeys.removeAll(spec.key);
            m_fileValues.remove(spec.key);
        }
    }
    return true;
}

} // namespace mw
