// SPDX-License-Identifier: GPL-3.0-or-later
// Group Policy administrative templates (ADMX and its en-US ADML) generated from the settings
// schema. Layout (docs/policy.md, "Windows"):
//   category Mailwright/<section>:              one policy per key, writing the REG_SZ value
//                                               Software\Policies\Mailwright\<section>\<key>
//                                               (a locked value)
//   category Mailwright (defaults)/<section>:   the same keys under ...\Recommended\<section>
//                                               (system defaults the user may change)
//   Mailwright/Administrator lock:              ...\Policy\AdminLock, a PasswordDigest text
//   Mailwright/Locked settings and secret ...:  ...\Policy\Locked, more lock patterns
// Every policy has class="Both": Computer Configuration writes HKLM, User Configuration
// HKCU (read at lower precedence than HKLM); both are policy keys users cannot write.
// Values are the INI spellings as REG_SZ (decimal storeAsText, enum and boolean as strings),
// because the policy reader reads them with the INI file's parser rules.
#include "PolicyTemplatesDetail.h"

#include <QXmlStreamWriter>

namespace mw::policytemplates {

namespace {

const QLatin1String kNamespace("Mailwright.Policies.Mailwright");
const QLatin1String kPrefix("mailwright");
const QLatin1String kSupported("SUPPORTED_Mailwright");
const QLatin1String kRootCategory("Mailwright");
const QLatin1String kRecommendedCategory("Mailwright_Recommended");
const QLatin1String kSchemaNs("http://schemas.microsoft.com/GroupPolicy/2006/07/PolicyDefinitions");

QString stringRef(const QString &id)
{
    return QStringLiteral("$(string.%1)").arg(id);
}

QString sectionCategory(const QString &section, bool recommended)
{
    return (recommended ? kRecommendedCategory : kRootCategory) + QLatin1Char('_') + section;
}

QString policyName(const SettingSpec &spec, bool recommended)
{
    return recommended ? QStringLiteral("Recommended_") + itemName(spec) : itemName(spec);
}

QString registryKey(const QString &section, bool recommended)
{
    QString key = QLatin1String(kRegistryRoot) + QLatin1Char('\\');
    if (recommended)
        key += QLatin1String(kRecommendedKey) + QLatin1Char('\\');
    return key + section;
}

QStringList sectionsOf(const QList<const SettingSpec *> &specs)
{
    QStringList out;
    for (const SettingSpec *s : specs) {
        if (!out.contains(s->section()))
            out << s->section();
    }
    return out;
}

void writeStringValue(QXmlStreamWriter &w, const QString &element, const QString &text)
{
    w.writeStartElement(element);
    w.writeTextElement(QStringLiteral("string"), text);
    w.writeEndElement();
}

void writePolicy(QXmlStreamWriter &w, const SettingSpec &spec, bool recommended)
{
    const QString name = itemName(spec);
    w.writeStartElement(QStringLiteral("policy"));
    w.writeAttribute(QStringLiteral("name"), policyName(spec, recommended));
    w.writeAttribute(QStringLiteral("class"), QStringLiteral("Both"));
    w.writeAttribute(QStringLiteral("displayName"), stringRef(name));
    w.writeAttribute(QStringLiteral("explainText"),
                     stringRef(name + (recommended ? QStringLiteral("_ExplainRecommended")
                                                   : QStringLiteral("_Explain"))));
    if (spec.kind != ValueKind::Bool)
        w.writeAttribute(QStringLiteral("presentation"),
                         QStringLiteral("$(presentation.%1)").arg(name));
    w.writeAttribute(QStringLiteral("key"), registryKey(spec.section(), recommended));
    if (spec.kind == ValueKind::Bool)
        w.writeAttribute(QStringLiteral("valueName"), spec.name());
    w.writeEmptyElement(QStringLiteral("parentCategory"));
    w.writeAttribute(QStringLiteral("ref"), sectionCategory(spec.section(), recommended));
    w.writeEmptyElement(QStringLiteral("supportedOn"));
    w.writeAttribute(QStringLiteral("ref"), kSupported);
    if (spec.kind == ValueKind::Bool) {
        // Enabled writes "true", Disabled "false"; Not Configured leaves the key alone.
        writeStringValue(w, QStringLiteral("enabledValue"), QStringLiteral("true"));
        writeStringValue(w, QStringLiteral("disabledValue"), QStringLiteral("false"));
        w.writeEndElement();
        return;
    }
    w.writeStartElement(QStringLiteral("elements"));
    switch (spec.kind) {
    case ValueKind::Enum:
        w.writeStartElement(QStringLiteral("enum"));
        w.writeAttribute(QStringLiteral("id"), QStringLiteral("value"));
        w.writeAttribute(QStringLiteral("valueName"), spec.name());
        w.writeAttribute(QStringLiteral("required"), QStringLiteral("true"));
        for (qsizetype i = 0; i < spec.allowed.size(); ++i) {
            w.writeStartElement(QStringLiteral("item"));
            w.writeAttribute(QStringLiteral("displayName"),
                             stringRef(QStringLiteral("%1_item%2").arg(name).arg(i)));
            writeStringValue(w, QStringLiteral("value"), spec.allowed.at(i));
            w.writeEndElement();
        }
        w.writeEndElement();
        break;
    case ValueKind::Integer:
    case ValueKind::Port:
        w.writeEmptyElement(QStringLiteral("decimal"));
        w.writeAttribute(QStringLiteral("id"), QStringLiteral("value"));
        w.writeAttribute(QStringLiteral("valueName"), spec.name());
        w.writeAttribute(QStringLiteral("required"), QStringLiteral("true"));
        w.writeAttribute(QStringLiteral("minValue"), QString::number(spec.minimum));
        w.writeAttribute(QStringLiteral("maxValue"), QString::number(spec.maximum));
        w.writeAttribute(QStringLiteral("storeAsText"), QStringLiteral("true"));
        break;
    default:
        // Text of every other kind; empty is a value too (e.g. smtp/helo: this host's name).
        w.writeEmptyElement(QStringLiteral("text"));
        w.writeAttribute(QStringLiteral("id"), QStringLiteral("value"));
        w.writeAttribute(QStringLiteral("valueName"), spec.name());
        w.writeAttribute(QStringLiteral("maxLength"), QStringLiteral("1023"));
        break;
    }
    w.writeEndElement(); // elements
    w.writeEndElement(); // policy
}

void writeCategory(QXmlStreamWriter &w, const QString &name, const QString &parent)
{
    if (parent.isEmpty()) {
        w.writeEmptyElement(QStringLiteral("category"));
    } else {
        w.writeStartElement(QStringLiteral("category"));
    }
    w.writeAttribute(QStringLiteral("name"), name);
    w.writeAttribute(QStringLiteral("displayName"), stringRef(name));
    if (!parent.isEmpty()) {
        w.writeEmptyElement(QStringLiteral("parentCategory"));
        w.writeAttribute(QStringLiteral("ref"), parent);
        w.writeEndElement();
    }
}

void startDocument(QXmlStreamWriter &w, const QString &root)
{
    w.setAutoFormatting(true);
    w.setAutoFormattingIndent(2);
    w.writeStartDocument();
    w.writeComment(QStringLiteral(" Generated from Mailwright's settings schema "
                                  "(core/settings/PolicyTemplates*.cpp); do not edit. "));
    w.writeStartElement(root);
    w.writeDefaultNamespace(kSchemaNs);
    w.writeAttribute(QStringLiteral("revision"), QStringLiteral("1.0"));
    w.writeAttribute(QStringLiteral("schemaVersion"), QStringLiteral("1.0"));
}

// The values of Software\Policies\Mailwright\Policy: settings of the policy itself.
struct PolicyValue
{
    QString policy;    // ADMX policy name
    QString valueName; // registry value
    QString title;
    QString label;
    QString explain;
};

const QList<PolicyValue> &policyValues()
{
    static const QList<PolicyValue> v{
        {QStringLiteral("Mailwright_AdminLock"), QLatin1String(kAdminLockValue),
         QStringLiteral("Administrator lock"), QStringLiteral("Password digest"),
         QStringLiteral(
             "Sets the administrator lock: the settings window opens read-only and only the "
             "administrator's password unlocks it for one session.\n\nThe value is the "
             "password's digest, never the password: the line printed by `mailwright-cli "
             "admin-lock digest` (it reads the password from standard input), of the form "
             "pbkdf2-sha256$<iterations>$<salt, base64>$<digest, base64> (PBKDF2-HMAC-"
             "SHA-256, see docs/policy.md).")},
        {QStringLiteral("Mailwright_Locked"), QLatin1String(kLockedValue),
         QStringLiteral("Locked settings and secret accounts (patterns)"),
         QStringLiteral("Patterns"),
         QStringLiteral(
             "More locks, as policy.ini's [policy] locked: patterns separated by commas. "
             "\"smtp/host\" locks that key (at the value a policy of this template gives "
             "it, else at its built-in default), \"smtp/*\" every key of a section, \"*\" every "
             "key, "
             "\"secret/<account>\" refuses `mailwright-cli secret set <account>` (e.g. "
             "secret/remote-status, secret/smtp). A key set by a policy of the category "
             "Mailwright is locked without a pattern.")},
    };
    return v;
}

QString policyValueKey()
{
    return QLatin1String(kRegistryRoot) + QLatin1Char('\\') + QLatin1String(kAdminLockKey);
}

void writePolicyValue(QXmlStreamWriter &w, const PolicyValue &v)
{
    w.writeStartElement(QStringLiteral("policy"));
    w.writeAttribute(QStringLiteral("name"), v.policy);
    w.writeAttribute(QStringLiteral("class"), QStringLiteral("Both"));
    w.writeAttribute(QStringLiteral("displayName"), stringRef(v.policy));
    w.writeAttribute(QStringLiteral("explainText"),
                     stringRef(v.policy + QStringLiteral("_Explain")));
    w.writeAttribute(QStringLiteral("presentation"),
                     QStringLiteral("$(presentation.%1)").arg(v.policy));
    w.writeAttribute(QStringLiteral("key"), policyValueKey());
    w.writeEmptyElement(QStringLiteral("parentCategory"));
    w.writeAttribute(QStringLiteral("ref"), kRootCategory);
    w.writeEmptyElement(QStringLiteral("supportedOn"));
    w.writeAttribute(QStringLiteral("ref"), kSupported);
    w.writeStartElement(QStringLiteral("elements"));
    w.writeEmptyElement(QStringLiteral("text"));
    w.writeAttribute(QStringLiteral("id"), QStringLiteral("value"));
    w.writeAttribute(QStringLiteral("valueName"), v.valueName);
    w.writeAttribute(QStringLiteral("required"), QStringLiteral("true"));
    w.writeAttribute(QStringLiteral("maxLength"), QStringLiteral("1023"));
    w.writeEndElement(); // elements
    w.writeEndElement(); // policy
}

QString explain(const SettingSpec &spec, bool recommended)
{
    const QString where = QStringLiteral("HKLM or HKCU\\") +
                          registryKey(spec.section(), recommended) + QLatin1Char('\\') +
                          spec.name() + QStringLiteral(" (REG_SZ)");
    const QString meaning =
        recommended
            ? QStringLiteral("A system-wide default: used when the user's mailwright.ini does "
                             "not set [%1] %2; the user may change it.")
            : QStringLiteral("Locked: this value replaces the user's [%1] %2; the settings "
                             "window shows the field locked and `mailwright-cli config set "
                             "%1/%2` is refused (exit 77).");
    QString text = spec.description + QStringLiteral(".\n\n") + valueFacts(spec) +
                   QStringLiteral("\n\n") + meaning.arg(spec.section(), spec.name()) +
                   QStringLiteral("\n\nRegistry: ") + where + QLatin1Char('.');
    if (spec.kind == ValueKind::Bool)
        text += QStringLiteral("\nEnabled writes \"true\", Disabled writes \"false\", Not "
                               "Configured writes nothing.");
    else
        text += QStringLiteral("\nEnabled writes the value below; Disabled and Not Configured "
                               "write nothing.");
    return text;
}

} // namespace

QByteArray admx()
{
    const QList<const SettingSpec *> specs = policySpecs();
    const QStringList sections = sectionsOf(specs);
    QByteArray out;
    QXmlStreamWriter w(&out);
    startDocument(w, QStringLiteral("policyDefinitions"));

    w.writeStartElement(QStringLiteral("policyNamespaces"));
    w.writeEmptyElement(QStringLiteral("target"));
    w.writeAttribute(QStringLiteral("prefix"), kPrefix);
    w.writeAttribute(QStringLiteral("namespace"), kNamespace);
    w.writeEndElement();
    w.writeEmptyElement(QStringLiteral("resources"));
    w.writeAttribute(QStringLiteral("minRequiredRevision"), QStringLiteral("1.0"));

    w.writeStartElement(QStringLiteral("supportedOn"));
    w.writeStartElement(QStringLiteral("definitions"));
    w.writeEmptyElement(QStringLiteral("definition"));
    w.writeAttribute(QStringLiteral("name"), kSupported);
    w.writeAttribute(QStringLiteral("displayName"), stringRef(kSupported));
    w.writeEndElement();
    w.writeEndElement();

    w.writeStartElement(QStringLiteral("categories"));
    writeCategory(w, kRootCategory, {});
    writeCategory(w, kRecommendedCategory, {});
    for (const bool recommended : {false, true}) {
        for (const QString &section : sections)
            writeCategory(w, sectionCategory(section, recommended),
                          recommended ? kRecommendedCategory : kRootCategory);
    }
    w.writeEndElement();

    w.writeStartElement(QStringLiteral("policies"));
    for (const PolicyValue &v : policyValues())
        writePolicyValue(w, v);
    for (const bool recommended : {false, true}) {
        for (const SettingSpec *s : specs)
            writePolicy(w, *s, recommended);
    }
    w.writeEndElement(); // policies
    w.writeEndElement(); // policyDefinitions
    w.writeEndDocument();
    return out;
}

QByteArray adml()
{
    const QList<const SettingSpec *> specs = policySpecs();
    const QStringList sections = sectionsOf(specs);
    QByteArray out;
    QXmlStreamWriter w(&out);
    startDocument(w, QStringLiteral("policyDefinitionResources"));
    w.writeTextElement(QStringLiteral("displayName"), QStringLiteral("Mailwright"));
    w.writeTextElement(QStringLiteral("description"),
                       QStringLiteral("Managed settings of Mailwright, the notification e-mail "
                                      "console (generated from its settings schema)."));
    w.writeStartElement(QStringLiteral("resources"));

    w.writeStartElement(QStringLiteral("stringTable"));
    const auto string = [&w](const QString &id, const QString &text) {
        w.writeStartElement(QStringLiteral("string"));
        w.writeAttribute(QStringLiteral("id"), id);
        w.writeCharacters(text);
        w.writeEndElement();
    };
    string(kSupported, QStringLiteral("Mailwright (every version that reads policies)"));
    string(kRootCategory, QStringLiteral("Mailwright"));
    string(kRecommendedCategory, QStringLiteral("Mailwright (defaults users may change)"));
    for (const QString &section : sections) {
        string(sectionCategory(section, false), QStringLiteral("[%1]").arg(section));
        string(sectionCategory(section, true), QStringLiteral("[%1]").arg(section));
    }
    for (const PolicyValue &v : policyValues()) {
        string(v.policy, v.title);
        string(v.policy + QStringLiteral("_Explain"),
               v.explain + QStringLiteral("\n\nRegistry: HKLM or HKCU\\%1\\%2 (REG_SZ).")
                               .arg(policyValueKey(), v.valueName));
    }
    for (const SettingSpec *s : specs) {
        const QString name = itemName(*s);
        string(name, s->key + QStringLiteral(": ") + shortTitle(*s));
        string(name + QStringLiteral("_Explain"), explain(*s, false));
        string(name + QStringLiteral("_ExplainRecommended"), explain(*s, true));
        for (qsizetype i = 0; i < s->allowed.size() && s->kind == ValueKind::Enum; ++i)
            string(QStringLiteral("%1_item%2").arg(name).arg(i), s->allowed.at(i));
    }
    w.writeEndElement(); // stringTable

    w.writeStartElement(QStringLiteral("presentationTable"));
    for (const PolicyValue &v : policyValues()) {
        w.writeStartElement(QStringLiteral("presentation"));
        w.writeAttribute(QStringLiteral("id"), v.policy);
        w.writeStartElement(QStringLiteral("textBox"));
        w.writeAttribute(QStringLiteral("refId"), QStringLiteral("value"));
        w.writeTextElement(QStringLiteral("label"), v.label);
        w.writeEndElement();
        w.writeEndElement();
    }
    for (const SettingSpec *s : specs) {
        if (s->kind == ValueKind::Bool)
            continue;
        const QString def = s->defaultValue();
        w.writeStartElement(QStringLiteral("presentation"));
        w.writeAttribute(QStringLiteral("id"), itemName(*s));
        switch (s->kind) {
        case ValueKind::Enum:
            w.writeStartElement(QStringLiteral("dropdownList"));
            w.writeAttribute(QStringLiteral("refId"), QStringLiteral("value"));
            w.writeAttribute(QStringLiteral("noSort"), QStringLiteral("true"));
            if (const qsizetype i = s->allowed.indexOf(def); i >= 0)
                w.writeAttribute(QStringLiteral("defaultItem"), QString::number(i));
            w.writeCharacters(s->key);
            w.writeEndElement();
            break;
        case ValueKind::Integer:
        case ValueKind::Port:
            w.writeStartElement(QStringLiteral("decimalTextBox"));
            w.writeAttribute(QStringLiteral("refId"), QStringLiteral("value"));
            w.writeAttribute(QStringLiteral("defaultValue"), def);
            w.writeCharacters(s->key);
            w.writeEndElement();
            break;
        default:
            w.writeStartElement(QStringLiteral("textBox"));
            w.writeAttribute(QStringLiteral("refId"), QStringLiteral("value"));
            w.writeTextElement(QStringLiteral("label"), s->key);
            if (!def.isEmpty())
                w.writeTextElement(QStringLiteral("defaultValue"), def);
            w.writeEndElement();
            break;
        }
        w.writeEndElement(); // presentation
    }
    w.writeEndElement(); // presentationTable

    w.writeEndElement(); // resources
    w.writeEndElement(); // policyDefinitionResources
    w.writeEndDocument();
    return out;
}

} // namespace mw::policytemplates
