// SPDX-License-Identifier: GPL-3.0-or-later
// The fleet templates, generated from SettingsSchema::specs(): nothing here is kept per key.
// The Group Policy pair is written by PolicyTemplatesAdmx.cpp; this file writes the sample
// macOS profile and policy.ini.example, and the files to disk.
#include "PolicyTemplates.h"

#include "AtomicFile.h"
#include "PolicyTemplatesDetail.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QUuid>
#include <QXmlStreamWriter>

#include <utility>

namespace mw {

namespace policytemplates {

QList<const SettingSpec *> policySpecs()
{
    QList<const SettingSpec *> out;
    for (const SettingSpec &s : SettingsSchema::specs()) {
        if (!SettingsSchema::isSecretKeyName(s.name()))
            out << &s;
    }
    return out;
}

QString itemName(const SettingSpec &spec)
{
    QString name = spec.section() + QLatin1Char('_') + spec.name();
    static const QRegularExpression notItem(QStringLiteral("[^A-Za-z0-9_]"));
    name.replace(notItem, QStringLiteral("_"));
    return name;
}

QString valueFacts(const SettingSpec &spec)
{
    QString def = spec.defaultValue();
    def = def.isEmpty() ? QStringLiteral("(empty)") : def;
    QString type;
    switch (spec.kind) {
    case ValueKind::Bool:
        type = QStringLiteral("bool (true or false)");
        break;
    case ValueKind::Integer:
    case ValueKind::Port:
        type = QStringLiteral("integer, %1 to %2").arg(spec.minimum).arg(spec.maximum);
        break;
    case ValueKind::Enum:
        type = QStringLiteral("enum, one of: ") + spec.allowed.join(QStringLiteral(", "));
        break;
    case ValueKind::AddressList:
        type = QStringLiteral("list (separated by commas)");
        break;
    default:
        type = spec.type;
        break;
    }
    return QStringLiteral("Type: %1. Default: %2.").arg(type, def);
}

QString shortTitle(const SettingSpec &spec)
{
    QString t = spec.description;
    constexpr qsizetype limit = 100;
    if (t.size() <= limit)
        return t;
    t.truncate(limit);
    t.truncate(t.lastIndexOf(QLatin1Char(' ')));
    // Never end inside parentheses: cut before the one left open.
    if (t.count(QLatin1Char('(')) > t.count(QLatin1Char(')')))
        t.truncate(t.lastIndexOf(QLatin1Char('(')));
    while (t.endsWith(QLatin1Char(' ')) || t.endsWith(QLatin1Char(',')) ||
           t.endsWith(QLatin1Char(';')) || t.endsWith(QLatin1Char(':')))
        t.chop(1);
    return t + QStringLiteral("...");
}

} // namespace policytemplates

namespace {

using namespace policytemplates;

// Wraps text into comment lines of at most ~92 columns, each starting with prefix.
QString commentLines(const QString &text, const QString &prefix)
{
    QString out;
    QString line;
    const QStringList words = text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (const QString &word : words) {
        if (!line.isEmpty() && line.size() + 1 + word.size() > 92) {
            out += line + QLatin1Char('\n');
            line.clear();
        }
        line += (line.isEmpty() ? prefix : QString()) + QLatin1Char(' ') + word;
    }
    return out + line + QLatin1Char('\n');
}

// "host = mail.example.com", "helo =" (no trailing blank), ";" in front when commented.
QString iniLine(const SettingSpec &spec, const QString &value, bool commented)
{
    return (commented ? QStringLiteral(";") : QString()) + spec.name() + QStringLiteral(" =") +
           (value.isEmpty() ? QString() : QLatin1Char(' ') + value) + QLatin1Char('\n');
}

QByteArray iniExample()
{
    QString out;
    out += QStringLiteral(
        "# Mailwright policy: the administrator's settings for every user of this machine.\n"
        "# Generated from Mailwright's settings schema; see docs/policy.md.\n"
        "#\n"
        "# Install as /etc/mailwright/policy.ini (or $MAILWRIGHT_POLICY_DIR/policy.ini), owned\n"
        "# by root, mode 0644: users read it, only root writes it.\n"
        "#\n"
        "# Precedence, lowest first: built-in defaults < the values of this file (system\n"
        "# defaults) < the user's own mailwright.ini < the values of this file that [policy]\n"
        "# locked names. Same syntax as mailwright.ini: \"key = value\" under a [section], the\n"
        "# INI spellings below; lines starting with '#' or ';' are comments. Remove the ';' of\n"
        "# a line to set that key. Never a password: a password-like key is ignored with a\n"
        "# warning (passwords live in each user's secret store).\n"
        "\n"
        "[policy]\n"
        "# locked: the keys users cannot change, separated by commas:\n"
        "#   smtp/host          one key\n"
        "#   smtp/*             every key of a section\n"
        "#   *                  every key (the window becomes a status and test console;\n"
        "#                      secrets are not included)\n"
        "#   secret/<account>   `mailwright-cli secret set <account>` is refused\n"
        "#                      (e.g. secret/remote-status)\n"
        "# A locked key without a value in this file is locked at its built-in default.\n"
        ";locked = smtp/host, smtp/security\n"
        "# admin_lock: the administrator lock; the window opens read-only until this password\n"
        "# is given. The value is the password's digest, never the password: the line that\n"
        "# `mailwright-cli admin-lock digest` prints (password on standard input), of the form\n"
        "# pbkdf2-sha256$<iterations>$<salt, base64>$<digest, base64>.\n"
        ";admin_lock = pbkdf2-sha256$120000$<salt>$<digest>\n");
    QString section;
    for (const SettingSpec *s : policySpecs()) {
        if (s->section() != section) {
            section = s->section();
            out += QStringLiteral("\n[%1]\n").arg(section);
        }
        out += commentLines(s->name() + QStringLiteral(": ") + s->description + QLatin1Char('.'),
                            QStringLiteral("#"));
        out += commentLines(valueFacts(*s), QStringLiteral("# "));
        out += iniLine(*s, s->defaultValue(), true);
    }
    return out.toUtf8();
}

// The sample profile's values: INI spellings as strings, like every policy value.
const QList<std::pair<QString, QString>> &mobileconfigForced()
{
    static const QList<std::pair<QString, QString>> v{
        {QStringLiteral("smtp/host"), QStringLiteral("smtp.example.com")},
        {QStringLiteral("smtp/security"), QStringLiteral("starttls")}};
    return v;
}

const QList<std::pair<QString, QString>> &mobileconfigRecommended()
{
    static const QList<std::pair<QString, QString>> v{
        {QStringLiteral("mailboxes/notify"), QStringLiteral("it-alerts@example.com")},
        {QStringLiteral("alerts/outage_minutes"), QStringLiteral("15")}};
    return v;
}

QString uuidFor(const QString &what)
{
    static const QUuid ns =
        QUuid::createUuidV5(QUuid(QStringLiteral("6ba7b811-9dad-11d1-80b4-00c04fd430c8")), // URL
                            QStringLiteral("https://github.com/mailwright/mailwright/policy"));
    return QUuid::createUuidV5(ns, what).toString(QUuid::WithoutBraces).toUpper();
}

void plistString(QXmlStreamWriter &w, const QString &key, const QString &value)
{
    w.writeTextElement(QStringLiteral("key"), key);
    w.writeTextElement(QStringLiteral("string"), value);
}

void plistInteger(QXmlStreamWriter &w, const QString &key, int value)
{
    w.writeTextElement(QStringLiteral("key"), key);
    w.writeTextElement(QStringLiteral("integer"), QString::number(value));
}

QByteArray mobileconfig()
{
    const QString id = PolicyTemplates::bundleIdentifier();
    QString content; // what the UUIDs are derived from
    for (const auto &[k, v] : mobileconfigForced())
        content += k + QLatin1Char('=') + v + QLatin1Char('\n');
    content += QStringLiteral("Recommended\n");
    for (const auto &[k, v] : mobileconfigRecommended())
        content += k + QLatin1Char('=') + v + QLatin1Char('\n');
    const QString payloadUuid = uuidFor(QStringLiteral("payload\n") + content);
    const QString profileUuid = uuidFor(QStringLiteral("profile\n") + payloadUuid);

    QByteArray out;
    QXmlStreamWriter w(&out);
    w.setAutoFormatting(true);
    w.setAutoFormattingIndent(2);
    w.writeStartDocument();
    w.writeDTD(QStringLiteral("<!DOCTYPE plist PUBLIC \"-//Apple//DTD PLIST 1.0//EN\" "
                              "\"http://www.apple.com/DTDs/PropertyList-1.0.dtd\">"));
    w.writeStartElement(QStringLiteral("plist"));
    w.writeAttribute(QStringLiteral("version"), QStringLiteral("1.0"));
    w.writeStartElement(QStringLiteral("dict"));

    w.writeTextElement(QStringLiteral("key"), QStringLiteral("PayloadContent"));
    w.writeStartElement(QStringLiteral("array"));
    w.writeStartElement(QStringLiteral("dict")); // the managed preferences payload
    w.writeTextElement(QStringLiteral("key"), QStringLiteral("PayloadContent"));
    w.writeStartElement(QStringLiteral("dict"));
    w.writeTextElement(QStringLiteral("key"), id);
    w.writeStartElement(QStringLiteral("dict"));
    w.writeTextElement(QStringLiteral("key"), QStringLiteral("Forced"));
    w.writeStartElement(QStringLiteral("array"));
    w.writeStartElement(QStringLiteral("dict"));
    w.writeTextElement(QStringLiteral("key"), QStringLiteral("mcx_preference_settings"));
    w.writeStartElement(QStringLiteral("dict"));
    for (const auto &[k, v] : mobileconfigForced())
        plistString(w, k, v);
    w.writeTextElement(QStringLiteral("key"), QStringLiteral("Recommended"));
    w.writeStartElement(QStringLiteral("dict"));
    for (const auto &[k, v] : mobileconfigRecommended())
        plistString(w, k, v);
    w.writeEndElement(); // Recommended
    w.writeEndElement(); // mcx_preference_settings
    w.writeEndElement(); // Forced[0]
    w.writeEndElement(); // Forced
    w.writeEndElement(); // <bundle id>
    w.writeEndElement(); // PayloadContent
    plistString(w, QStringLiteral("PayloadDisplayName"), QStringLiteral("Mailwright settings"));
    plistString(w, QStringLiteral("PayloadIdentifier"), id + QStringLiteral(".policy.settings"));
    plistString(w, QStringLiteral("PayloadType"),
                QStringLiteral("com.apple.ManagedClient.preferences"));
    plistString(w, QStringLiteral("PayloadUUID"), payloadUuid);
    plistInteger(w, QStringLiteral("PayloadVersion"), 1);
    w.writeEndElement(); // payload dict
    w.writeEndElement(); // PayloadContent array

    plistString(w, QStringLiteral("PayloadDescription"),
                QStringLiteral("Sample Mailwright policy: keys \"section/key\" are locked, the "
                               "\"Recommended\" dictionary holds defaults users may change, "
                               "\"AdminLock\" (a password digest) sets the administrator lock. "
                               "Values are strings in the INI spelling. See docs/policy.md."));
    plistString(w, QStringLiteral("PayloadDisplayName"), QStringLiteral("Mailwright policy"));
    plistString(w, QStringLiteral("PayloadIdentifier"), id + QStringLiteral(".policy"));
    plistString(w, QStringLiteral("PayloadOrganization"), QStringLiteral("Example"));
    plistString(w, QStringLiteral("PayloadScope"), QStringLiteral("System"));
    plistString(w, QStringLiteral("PayloadType"), QStringLiteral("Configuration"));
    plistString(w, QStringLiteral("PayloadUUID"), profileUuid);
    plistInteger(w, QStringLiteral("PayloadVersion"), 1);
    w.writeEndElement(); // dict
    w.writeEndElement(); // plist
    w.writeEndDocument();
    return out;
}

} // namespace

QString PolicyTemplates::bundleIdentifier()
{
    return QStringLiteral("io.github.mailwright.Mailwright");
}

QList<PolicyTemplates::File> PolicyTemplates::generate()
{
    return {
        {QStringLiteral("mailwright.admx"), policytemplates::admx()},
        {QStringLiteral("en-US/mailwright.adml"), policytemplates::adml()},
        {bundleIdentifier() + QStringLiteral(".mobileconfig"), mobileconfig()},
        {QStringLiteral("policy.ini.example"), iniExample()},
    };
}

bool PolicyTemplates::writeAll(const QString &dir, QString *error)
{
    for (const File &f : generate()) {
        const QString path = QDir(dir).filePath(f.relativePath);
        const QString folder = QFileInfo(path).absolutePath();
        if (!QDir().mkpath(folder)) {
            if (error)
                *error = QStringLiteral("%1: cannot create the folder").arg(folder);
            return false;
        }
        // The message names the file.
        if (!AtomicFile::write(path, f.content, 0644, error))
            return false;
    }
    return true;
}

} // namespace mw
