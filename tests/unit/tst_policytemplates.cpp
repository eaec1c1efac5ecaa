// SPDX-License-Identifier: GPL-3.0-or-later
// The fleet templates (PolicyTemplates): generated into a temporary folder, then checked by
// the tools an administrator's machine would apply: xmllint against the ADMX/ADML schema
// (installer/policy/PolicyDefinitions.xsd, a transcription: see its header), plistutil (XML
// to binary and back) on the sample profile, the INI parser on policy.ini.example; plus the
// cross references the Group Policy editor resolves when it loads the pair, and that every
// schema key (and no password) is in every template.
// Over 600 lines: the four templates are generated once, into one folder, and every check
// reads that folder; split over files, each part would generate and validate them again.
#include "settings/Policy.h"
#include "settings/PolicyTemplates.h"
#include "settings/SettingsSchema.h"
#include "settings/SettingsStore.h"
#include "settings/SettingsValidator.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>
#include <QXmlStreamReader>

using namespace mw;

namespace {

const QString kXsd =
    QStringLiteral(MW_TEST_SOURCE_DIR "/../installer/policy/PolicyDefinitions.xsd");

struct Run
{
    int exitCode = -1;
    QByteArray output;
};

// Runs a validator; a missing tool fails the test (scripts/install-deps.sh installs it).
Run run(const QString &program, const QStringList &args)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(program, args);
    if (!p.waitForStarted(10000))
        return {-1, program.toUtf8() + " did not start (MAILWRIGHT_WITH_TESTS=1 "
                                       "scripts/install-deps.sh installs it)"};
    if (!p.waitForFinished(60000)) {
        p.kill();
        p.waitForFinished();
        return {-1, program.toUtf8() + " timed out"};
    }
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAll()};
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool writeFile(const QString &path, const QByteArray &data)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(data) == data.size();
}

// A parsed XML element: name, attributes, text, children (enough for these small files).
struct Node
{
    QString name;
    QHash<QString, QString> attributes;
    QString text;
    QList<Node> children;

    [[nodiscard]] QList<const Node *> all(const QString &n) const
    {
        QList<const Node *> out;
        if (name == n)
            out << this;
        for (const Node &c : children)
            out << c.all(n);
        return out;
    }
    [[nodiscard]] const Node *child(const QString &n) const
    {
        for (const Node &c : children) {
            if (c.name == n)
                return &c;
        }
        return nullptr;
    }
};

Node parseElement(QXmlStreamReader &r)
{
    Node n;
    n.name = r.name().toString();
    for (const auto &a : r.attributes())
        n.attributes.insert(a.name().toString(), a.value().toString());
    while (r.readNext() != QXmlStreamReader::Invalid) {
        if (r.isStartElement())
            n.children << parseElement(r);
        else if (r.isCharacters() && !r.isWhitespace())
            n.text += r.text();
        else if (r.isEndElement())
            break;
    }
    return n;
}

Node parseXml(const QByteArray &data, QString *error)
{
    QXmlStreamReader r(data);
    while (!r.atEnd() && r.readNext() != QXmlStreamReader::StartElement) {
    }
    Node root = parseElement(r);
    while (!r.atEnd())
        r.readNext();
    if (r.hasError() && error)
        *error = r.errorString();
    return root;
}

// The schema keys a policy may carry (no password-like key).
QList<SettingSpec> policyKeys()
{
    QList<SettingSpec> out;
    for (const SettingSpec &s : SettingsSchema::specs()) {
        if (!SettingsSchema::isSecretKeyName(s.name()))
            out << s;
    }
    return out;
}

// policy.ini.example with the ';' of the given keys' lines removed (all when keys is empty),
// and with values replaced where values has one.
QByteArray uncomment(const QByteArray &example, const QStringList &keys,
                     const QHash<QString, QString> &values = {})
{
    QStringList out;
    QString section;
    for (const QString &line : QString::fromUtf8(example).split(QLatin1Char('\n'))) {
        if (line.startsWith(QLatin1Char('['))) {
            section = line.mid(1, line.indexOf(QLatin1Char(']')) - 1);
            out << line;
            continue;
        }
        static const QRegularExpression commented(QStringLiteral("^;(\\w+) =(?: (.*))?$"));
        const auto m = commented.match(line);
        const QString key = section + QLatin1Char('/') + m.captured(1);
        if (m.hasMatch() && (keys.isEmpty() || keys.contains(key))) {
            out << m.captured(1) + QStringLiteral(" = ") + values.value(key, m.captured(2));
            continue;
        }
        out << line;
    }
    return out.join(QLatin1Char('\n')).toUtf8();
}

} // namespace

class TestPolicyTemplates : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void filesWritten();
    void generationIsDeterministic();
    void admxAndAdmlValidate();
    void validatorRejectsBrokenAdmx();
    void crossReferencesResolve();
    void everyKeyInAdmx();
    void everyKeyInAdml();
    void noPasswordKey();
    void mobileconfigRoundTrip();
    void iniExampleListsEveryKey();
    void iniExampleUncommentedParses();
    void iniExampleReadByPolicy();
    void writeAllReportsFailure();

private:
    QTemporaryDir m_dir;
    QString m_admx, m_adml, m_mobileconfig, m_ini;
    Node m_admxRoot, m_admlRoot;
};

void TestPolicyTemplates::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QString error;
    QVERIFY2(PolicyTemplates::writeAll(m_dir.path(), &error), qPrintable(error));
    m_admx = m_dir.filePath(QStringLiteral("mailwright.admx"));
    m_adml = m_dir.filePath(QStringLiteral("en-US/mailwright.adml"));
    m_mobileconfig =
        m_dir.filePath(PolicyTemplates::bundleIdentifier() + QStringLiteral(".mobileconfig"));
    m_ini = m_dir.filePath(QStringLiteral("policy.ini.example"));
    QString xmlError;
    m_admxRoot = parseXml(readFile(m_admx), &xmlError);
    QVERIFY2(xmlError.isEmpty(), qPrintable(xmlError));
    m_admlRoot = parseXml(readFile(m_adml), &xmlError);
    QVERIFY2(xmlError.isEmpty(), qPrintable(xmlError));
}

void TestPolicyTemplates::filesWritten()
{
    QStringList written;
    for (const PolicyTemplates::File &f : PolicyTemplates::generate()) {
        written << f.relativePath;
        QVERIFY2(!f.content.isEmpty(), qPrintable(f.relativePath));
        QCOMPARE(readFile(m_dir.filePath(f.relativePath)), f.content);
    }
    QCOMPARE(written, (QStringList{QStringLiteral("mailwright.admx"),
                                   QStringLiteral("en-US/mailwright.adml"),
                                   QStringLiteral("io.github.mailwright.Mailwright.mobileconfig"),
                                   QStringLiteral("policy.ini.example")}));
    // Rewriting over existing files works (atomic replacement) and leaves no temporaries.
    QString error;
    QVERIFY2(PolicyTemplates::writeAll(m_dir.path(), &error), qPrintable(error));
    const QStringList top = QDir(m_dir.path()).entryList(QDir::Files | QDir::Hidden);
    QCOMPARE(top.size(), 3);
}

void TestPolicyTemplates::generationIsDeterministic()
{
    const auto a = PolicyTemplates::generate();
    const auto b = PolicyTemplates::generate();
    QCOMPARE(a.size(), b.size());
    for (qsizetype i = 0; i < a.size(); ++i)
        QCOMPARE(a.at(i).content, b.at(i).content);
}

void TestPolicyTemplates::admxAndAdmlValidate()
{
    for (const QString &file : {m_admx, m_adml}) {
        const Run r = run(QStringLiteral("xmllint"),
                          {QStringLiteral("--noout"), QStringLiteral("--schema"), kXsd, file});
        QVERIFY2(r.exitCode == 0, r.output.constData());
        QVERIFY2(r.output.contains("validates"), r.output.constData());
    }
}

// The schema check is a real one: what the Group Policy editor refuses, xmllint refuses.
void TestPolicyTemplates::validatorRejectsBrokenAdmx()
{
    const QByteArray admx = readFile(m_admx);
    struct Case
    {
        const char *what;
        QByteArray from, to;
    };
    const QList<Case> cases{
        {"policy without class", "class=\"Both\"", ""},
        {"unknown class", "class=\"Both\"", "class=\"Everyone\""},
        {"displayName not a $(string.) reference", "displayName=\"$(string.smtp_host)\"",
         "displayName=\"SMTP host\""},
        {"decimal bound not a number", "minValue=\"1\"", "minValue=\"one\""},
        {"policy name with a '/'", "name=\"smtp_host\"", "name=\"smtp/host\""},
    };
    for (const Case &c : cases) {
        QVERIFY2(admx.contains(c.from), c.what);
        QByteArray broken = admx;
        broken.replace(broken.indexOf(c.from), c.from.size(), c.to);
        const QString path = m_dir.filePath(QStringLiteral("broken.admx"));
        QVERIFY(writeFile(path, broken));
        const Run r = run(QStringLiteral("xmllint"),
                          {QStringLiteral("--noout"), QStringLiteral("--schema"), kXsd, path});
        QVERIFY2(r.exitCode != 0 && r.exitCode != -1, c.what);
        QVERIFY2(r.output.contains("fails to validate"), r.output.constData());
    }
    QFile::remove(m_dir.filePath(QStringLiteral("broken.admx")));
}

// What XSD cannot express and the editor resolves on load: every $(string.x) and
// $(presentation.x) of the ADMX exists in the ADML, every presentation control refers to an
// element of its policy, every parentCategory/supportedOn exists, names are unique.
void TestPolicyTemplates::crossReferencesResolve()
{
    QSet<QString> strings, presentations;
    for (const Node *s : m_admlRoot.all(QStringLiteral("string"))) {
        const QString id = s->attributes.value(QStringLiteral("id"));
        QVERIFY2(!strings.contains(id), qPrintable(QStringLiteral("string twice: ") + id));
        QVERIFY2(!s->text.trimmed().isEmpty(), qPrintable(QStringLiteral("empty string ") + id));
        strings.insert(id);
    }
    QHash<QString, const Node *> presentationById;
    for (const Node *p : m_admlRoot.all(QStringLiteral("presentation"))) {
        const QString id = p->attributes.value(QStringLiteral("id"));
        QVERIFY2(!presentations.contains(id), qPrintable(id));
        presentations.insert(id);
        presentationById.insert(id, p);
    }
    static const QRegularExpression ref(
        QStringLiteral("^\\$\\((string|presentation)\\.(\\w+)\\)$"));
    const QByteArray admxText = readFile(m_admx);
    static const QRegularExpression anyRef(QStringLiteral("\\$\\((string|presentation)\\.\\w+\\)"));
    int refs = 0;
    for (auto it = anyRef.globalMatch(QString::fromUtf8(admxText)); it.hasNext();) {
        const auto m = ref.match(it.next().captured(0));
        QVERIFY(m.hasMatch());
        const QString id = m.captured(2);
        QVERIFY2((m.captured(1) == QLatin1String("string") ? strings : presentations).contains(id),
                 qPrintable(QStringLiteral("undefined in the ADML: ") + m.captured(0)));
        ++refs;
    }
    QVERIFY(refs > 100);

    QSet<QString> categories, supported;
    for (const Node *c : m_admxRoot.all(QStringLiteral("category"))) {
        const QString name = c->attributes.value(QStringLiteral("name"));
        QVERIFY2(!categories.contains(name), qPrintable(name));
        categories.insert(name);
    }
    for (const Node *d : m_admxRoot.all(QStringLiteral("definition")))
        supported.insert(d->attributes.value(QStringLiteral("name")));
    for (const Node *p : m_admxRoot.all(QStringLiteral("parentCategory")))
        QVERIFY2(categories.contains(p->attributes.value(QStringLiteral("ref"))),
                 qPrintable(p->attributes.value(QStringLiteral("ref"))));

    QSet<QString> policyNames;
    const Node *policies = m_admxRoot.child(QStringLiteral("policies"));
    QVERIFY(policies);
    for (const Node &policy : policies->children) {
        const QString name = policy.attributes.value(QStringLiteral("name"));
        QVERIFY2(!policyNames.contains(name), qPrintable(name));
        policyNames.insert(name);
        const Node *sup = policy.child(QStringLiteral("supportedOn"));
        QVERIFY2(sup && supported.contains(sup->attributes.value(QStringLiteral("ref"))),
                 qPrintable(name));
        // Presentation controls name elements of this policy, and every element has one.
        QSet<QString> elementIds;
        if (const Node *elements = policy.child(QStringLiteral("elements"))) {
            for (const Node &e : elements->children)
                elementIds.insert(e.attributes.value(QStringLiteral("id")));
        }
        const QString pres = policy.attributes.value(QStringLiteral("presentation"));
        QSet<QString> controlled;
        if (!pres.isEmpty()) {
            const auto m = ref.match(pres);
            const Node *p = presentationById.value(m.captured(2));
            QVERIFY2(p, qPrintable(pres));
            for (const Node &control : p->children)
                controlled.insert(control.attributes.value(QStringLiteral("refId")));
        }
        QCOMPARE(controlled, elementIds);
    }
}

void TestPolicyTemplates::everyKeyInAdmx()
{
    const Node *policies = m_admxRoot.child(QStringLiteral("policies"));
    QVERIFY(policies);
    // registry key + value name -> the policy that writes it
    QHash<QString, const Node *> written;
    for (const Node &policy : policies->children) {
        const QString key = policy.attributes.value(QStringLiteral("key"));
        QVERIFY2(policy.attributes.value(QStringLiteral("class")) == QLatin1String("Both"),
                 qPrintable(key));
        if (policy.attributes.contains(QStringLiteral("valueName")))
            written.insert(key + QLatin1Char('|') +
                               policy.attributes.value(QStringLiteral("valueName")),
                           &policy);
        if (const Node *elements = policy.child(QStringLiteral("elements"))) {
            for (const Node &e : elements->children)
                written.insert(
                    key + QLatin1Char('|') + e.attributes.value(QStringLiteral("valueName")), &e);
        }
    }
    const QList<SettingSpec> keys = policyKeys();
    // Every key locked and recommended, and the policy's own AdminLock and Locked.
    QCOMPARE(written.size(), 2 * keys.size() + 2);
    QVERIFY(written.contains(QStringLiteral("Software\\Policies\\Mailwright\\Policy|AdminLock")));
    QVERIFY(written.contains(QStringLiteral("Software\\Policies\\Mailwright\\Policy|Locked")));
    for (const SettingSpec &s : keys) {
        for (const QString &root :
             {QStringLiteral("Software\\Policies\\Mailwright\\"),
              QStringLiteral("Software\\Policies\\Mailwright\\Recommended\\")}) {
            const QString id = root + s.section() + QLatin1Char('|') + s.name();
            const Node *n = written.value(id);
            QVERIFY2(n, qPrintable(QStringLiteral("no policy writes ") + id));
            switch (s.kind) {
            case ValueKind::Bool: {
                QCOMPARE(n->name, QStringLiteral("policy"));
                QCOMPARE(
                    n->child(QStringLiteral("enabledValue"))->child(QStringLiteral("string"))->text,
                    QStringLiteral("true"));
                QCOMPARE(n->child(QStringLiteral("disabledValue"))
                             ->child(QStringLiteral("string"))
                             ->text,
                         QStringLiteral("false"));
                break;
            }
            case ValueKind::Enum: {
                QCOMPARE(n->name, QStringLiteral("enum"));
                QStringList values;
                for (const Node *v : n->all(QStringLiteral("string")))
                    values << v->text;
                QCOMPARE(values, s.allowed);
                break;
            }
            case ValueKind::Integer:
            case ValueKind::Port:
                QCOMPARE(n->name, QStringLiteral("decimal"));
                QCOMPARE(n->attributes.value(QStringLiteral("minValue")),
                         QString::number(s.minimum));
                QCOMPARE(n->attributes.value(QStringLiteral("maxValue")),
                         QString::number(s.maximum));
                QCOMPARE(n->attributes.value(QStringLiteral("storeAsText")),
                         QStringLiteral("true"));
                break;
            default:
                QCOMPARE(n->name, QStringLiteral("text"));
                break;
            }
        }
    }
}

void TestPolicyTemplates::everyKeyInAdml()
{
    QHash<QString, QString> strings;
    for (const Node *s : m_admlRoot.all(QStringLiteral("string")))
        strings.insert(s->attributes.value(QStringLiteral("id")), s->text);
    for (const SettingSpec &s : policyKeys()) {
        const QString id = s.section() + QLatin1Char('_') + s.name();
        const QString title = strings.value(id);
        QVERIFY2(title.startsWith(s.key + QStringLiteral(": ")), qPrintable(id));
        // A long description is cut at a word outside parentheses, never inside them.
        QVERIFY2(title.count(QLatin1Char('(')) == title.count(QLatin1Char(')')), qPrintable(title));
        for (const QString &explain : {strings.value(id + QStringLiteral("_Explain")),
                                       strings.value(id + QStringLiteral("_ExplainRecommended"))}) {
            QVERIFY2(explain.startsWith(s.description), qPrintable(id));
            QVERIFY2(explain.contains(QStringLiteral("Default: ") + (s.defaultValue().isEmpty()
                                                                         ? QStringLiteral("(empty)")
                                                                         : s.defaultValue())),
                     qPrintable(id));
        }
    }
}

void TestPolicyTemplates::noPasswordKey()
{
    // No registry value, plist key or INI key any template sets is a password.
    const QList<const Node *> named =
        m_admxRoot.all(QStringLiteral("policy")) + m_admxRoot.all(QStringLiteral("text")) +
        m_admxRoot.all(QStringLiteral("decimal")) + m_admxRoot.all(QStringLiteral("enum"));
    int names = 0;
    for (const Node *n : named) {
        const QString v = n->attributes.value(QStringLiteral("valueName"));
        if (v.isEmpty())
            continue;
        ++names;
        QVERIFY2(!SettingsSchema::isSecretKeyName(v), qPrintable(v));
    }
    QVERIFY(names > 50);
    static const QRegularExpression iniKey(QStringLiteral("^;?(\\w+) ="),
                                           QRegularExpression::MultilineOption);
    for (auto it = iniKey.globalMatch(QString::fromUtf8(readFile(m_ini))); it.hasNext();) {
        const QString k = it.next().captured(1);
        QVERIFY2(!SettingsSchema::isSecretKeyName(k), qPrintable(k));
    }
    QString error;
    const Node plist = parseXml(readFile(m_mobileconfig), &error);
    for (const Node *k : plist.all(QStringLiteral("key")))
        QVERIFY2(!SettingsSchema::isSecretKeyName(k->text.section(QLatin1Char('/'), -1)),
                 qPrintable(k->text));
}

void TestPolicyTemplates::mobileconfigRoundTrip()
{
    const QString binary = m_dir.filePath(QStringLiteral("profile.bin"));
    const QString back = m_dir.filePath(QStringLiteral("profile.xml"));
    Run r = run(QStringLiteral("plistutil"),
                {QStringLiteral("-i"), m_mobileconfig, QStringLiteral("-o"), binary});
    QVERIFY2(r.exitCode == 0, r.output.constData());
    QVERIFY(readFile(binary).startsWith("bplist00"));
    r = run(QStringLiteral("plistutil"),
            {QStringLiteral("-i"), binary, QStringLiteral("-o"), back});
    QVERIFY2(r.exitCode == 0, r.output.constData());

    QString error;
    const Node plist = parseXml(readFile(back), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(plist.name, QStringLiteral("plist"));
    // Flatten each dict into key -> value node.
    const auto dict = [](const Node *d) {
        QHash<QString, const Node *> out;
        for (qsizetype i = 0; d && i + 1 < d->children.size(); i += 2)
            out.insert(d->children.at(i).text, &d->children.at(i + 1));
        return out;
    };
    const auto top = dict(plist.child(QStringLiteral("dict")));
    QCOMPARE(top.value(QStringLiteral("PayloadType"))->text, QStringLiteral("Configuration"));
    const Node *payloads = top.value(QStringLiteral("PayloadContent"));
    QVERIFY(payloads && payloads->children.size() == 1);
    const auto payload = dict(&payloads->children.first());
    QCOMPARE(payload.value(QStringLiteral("PayloadType"))->text,
             QStringLiteral("com.apple.ManagedClient.preferences"));
    const QStringList uuids{top.value(QStringLiteral("PayloadUUID"))->text,
                            payload.value(QStringLiteral("PayloadUUID"))->text};
    QVERIFY(uuids.at(0) != uuids.at(1));
    for (const QString &u : uuids) {
        const QUuid parsed = QUuid::fromString(u);
        QVERIFY2(!parsed.isNull() && parsed.version() == QUuid::Sha1, qPrintable(u));
        QCOMPARE(u, u.toUpper());
    }
    const auto domains = dict(payload.value(QStringLiteral("PayloadContent")));
    const auto domain = dict(domains.value(PolicyTemplates::bundleIdentifier()));
    const Node *forced = domain.value(QStringLiteral("Forced"));
    QVERIFY(forced && forced->children.size() == 1);
    const auto settings =
        dict(dict(&forced->children.first()).value(QStringLiteral("mcx_preference_settings")));
    QVERIFY(settings.contains(QStringLiteral("smtp/host")));
    QVERIFY(settings.contains(QStringLiteral("smtp/security")));
    const auto recommended = dict(settings.value(QStringLiteral("Recommended")));
    QVERIFY(!recommended.isEmpty());
    // Every sample value is a schema key with a value the schema and validator accept.
    auto all = settings;
    all.remove(QStringLiteral("Recommended"));
    all.insert(recommended);
    for (auto it = all.cbegin(); it != all.cend(); ++it) {
        QVERIFY2(SettingsSchema::contains(it.key()), qPrintable(it.key()));
        QCOMPARE(it.value()->name, QStringLiteral("string"));
        MailSettings m;
        const QString e = SettingsSchema::setValue(m, it.key(), it.value()->text);
        QVERIFY2(e.isEmpty(), qPrintable(e));
        QCOMPARE(SettingsSchema::value(m, it.key()).value(), it.value()->text);
        const QString invalid = SettingsValidator::validateField(it.key(), it.value()->text);
        QVERIFY2(invalid.isEmpty(), qPrintable(invalid));
        // A sample that shows something: no value equal to the built-in default.
        QVERIFY2(it.value()->text != SettingsSchema::defaultValue(it.key()), qPrintable(it.key()));
    }
}

void TestPolicyTemplates::iniExampleListsEveryKey()
{
    const QString text = QString::fromUtf8(readFile(m_ini));
    QVERIFY(text.contains(QStringLiteral("\n[policy]\n")));
    QVERIFY(text.contains(QStringLiteral("\n;locked = ")));
    QVERIFY(text.contains(QStringLiteral("\n;admin_lock = ")));
    for (const SettingSpec &s : policyKeys()) {
        const qsizetype section = text.indexOf(QStringLiteral("\n[%1]\n").arg(s.section()));
        QVERIFY2(section >= 0, qPrintable(s.section()));
        const qsizetype next = text.indexOf(QStringLiteral("\n["), section + 1);
        const QString body = text.mid(section, next < 0 ? -1 : next - section);
        const QString def = s.defaultValue();
        const QString line = def.isEmpty() ? QStringLiteral("\n;%1 =\n").arg(s.name())
                                           : QStringLiteral("\n;%1 = %2\n").arg(s.name(), def);
        QVERIFY2(body.contains(line), qPrintable(s.key));
        QVERIFY2(body.contains(QStringLiteral("# ") + s.name() + QStringLiteral(": ")),
                 qPrintable(s.key));
        QVERIFY2(body.contains(QStringLiteral("Default: ")), qPrintable(s.key));
        for (const QString &allowed : s.allowed)
            QVERIFY2(body.contains(allowed), qPrintable(s.key + QLatin1Char(' ') + allowed));
    }
}

// Every key line uncommented gives the built-in defaults through the INI reader, without an
// error or a warning (the file's syntax is mailwright.ini's).
void TestPolicyTemplates::iniExampleUncommentedParses()
{
    QByteArray text = uncomment(readFile(m_ini), {});
    // [policy] is policy.ini's own section, unknown to the settings parser: left out here.
    const qsizetype from = text.indexOf("\n[policy]\n");
    const qsizetype to = text.indexOf("\n[", from + 1);
    QVERIFY(from >= 0 && to > from);
    text.remove(from, to - from);
    QList<std::pair<QString, QString>> unknown;
    const SettingsLoadResult r = SettingsStore::parse(text, &unknown);
    QVERIFY2(r.ok(), qPrintable(r.error));
    QVERIFY2(r.warnings.isEmpty(), qPrintable(r.warnings.join(QLatin1Char('\n'))));
    QVERIFY(unknown.isEmpty());
    for (const SettingSpec &s : policyKeys())
        QCOMPARE(SettingsSchema::value(r.settings, s.key).value(), s.defaultValue());
}

// A few keys uncommented and changed, with the sample [policy] lines: Policy::fromIni
// reads them without a warning, locks what the example's `locked` line names and takes the
// other values as system defaults.
void TestPolicyTemplates::iniExampleReadByPolicy()
{
    const QByteArray text =
        uncomment(readFile(m_ini),
                  {QStringLiteral("policy/locked"), QStringLiteral("smtp/host"),
                   QStringLiteral("smtp/security"), QStringLiteral("smtp/port")},
                  {{QStringLiteral("smtp/host"), QStringLiteral("mail.example.com")},
                   {QStringLiteral("smtp/security"), QStringLiteral("tls")},
                   {QStringLiteral("smtp/port"), QStringLiteral("465")}});
    QVERIFY(text.contains("\nlocked = smtp/host, smtp/security\n"));
    QVERIFY(text.contains("\nhost = mail.example.com\n"));
    const Policy p = Policy::fromIni(text, QStringLiteral("policy.ini.example"));
    QVERIFY2(p.warnings().isEmpty(), qPrintable(p.warnings().join(QLatin1Char('\n'))));
    // The example means what it says to the policy reader.
    QVERIFY(p.isLocked(QStringLiteral("smtp/host")));
    QVERIFY(p.isLocked(QStringLiteral("smtp/security")));
    QCOMPARE(p.value(QStringLiteral("smtp/host"))->text, QStringLiteral("mail.example.com"));
    QVERIFY(!p.isLocked(QStringLiteral("smtp/port")));
    QCOMPARE(p.value(QStringLiteral("smtp/port"))->text, QStringLiteral("465"));
    QVERIFY(!p.value(QStringLiteral("smtp/port"))->locked);
    QVERIFY(!p.value(QStringLiteral("smtp/timeout"))); // still commented out
}

void TestPolicyTemplates::writeAllReportsFailure()
{
    // A file where the folder should be.
    const QString blocker = m_dir.filePath(QStringLiteral("blocker"));
    QVERIFY(writeFile(blocker, "x"));
    QString error;
    QVERIFY(!PolicyTemplates::writeAll(blocker, &error));
    QVERIFY2(error.contains(blocker), qPrintable(error));
}

QTEST_GUILESS_MAIN(TestPolicyTemplates)
#include "tst_policytemplates.moc"
