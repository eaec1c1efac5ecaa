// SPDX-License-Identifier: GPL-3.0-or-later
// The committed Qt Linguist catalogues (translations/*.ts) are complete and clean, the
// window's sources show no user-visible text outside tr(), and both the locale and --lang
// choose the CLI's language (status names stay English for scripts), and the texts of a
// file with a tr() helper of its own are found in the catalogue at run time.
//
// The .ts files are what lupdate wrote from the sources at the last refresh
// (`cmake --build BUILD --target update_translations`, see docs/packaging.md); this test
// reads them as committed, and runs lupdate into a temporary file only to find source
// strings that no catalogue has yet (a refresh was forgotten).
#include "TestPaths.h"
#include "diagnostics/ServerStatus.h"
#include "protocol/Result.h"
#include "protocol/SaslClient.h"
#include "protocol/SaslExchange.h"
#include "session/ClientIdentity.h"
#include "session/KerberosTicket.h"
#include "settings/SettingsValidator.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

namespace {

struct Entry
{
    QString context;
    QString source;
    QString comment;
    QString type; // translation type: "", "unfinished", "obsolete", "vanished"
    QStringList forms;
    bool numerus = false;
};

QList<Entry> readTs(const QString &path, QString *language, QString *error)
{
    QList<Entry> out;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = f.errorString();
        return out;
    }
    QXmlStreamReader xml(&f);
    QString context;
    Entry cur;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("TS")) {
            *language = xml.attributes().value(QLatin1String("language")).toString();
        } else if (name == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (name == QLatin1String("message")) {
            cur = Entry{};
            cur.context = context;
            cur.numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
        } else if (name == QLatin1String("source")) {
            cur.source = xml.readElementText();
        } else if (name == QLatin1String("comment")) {
            cur.comment = xml.readElementText();
        } else if (name == QLatin1String("translation")) {
            cur.type = xml.attributes().value(QLatin1String("type")).toString();
            if (cur.numerus) {
                while (xml.readNextStartElement())
                    cur.forms << xml.readElementText();
            } else {
                cur.forms << xml.readElementText();
            }
            out << cur;
        }
    }
    if (xml.hasError())
        *error = xml.errorString();
    return out;
}

QStringList placeholders(const QString &s)
{
    static const QRegularExpression re(QStringLiteral("%(?:\\d+|n)"));
    QStringList out;
    for (auto it = re.globalMatch(s); it.hasNext();)
        out << it.next().captured();
    out.removeDuplicates();
    out.sort();
    return out;
}

// Keyboard accelerators: "&x" (a literal "&&" is not one). Rich text keeps its entities.
int accelerators(const QString &s)
{
    if (s.contains(QLatin1String("<a ")))
        return 0;
    QString t = s;
    t.remove(QStringLiteral("&&"));
    return int(t.count(QLatin1Char('&')));
}

// Raw strings stay out of macro arguments: moc cannot parse them there.
constexpr char kLiteralPattern[] = R"re("((?:[^"\\\n]|\\.)*)")re";
constexpr char kWrappedBeforePattern[] =
    R"re((?:\btr|\btranslate|QT_TR_NOOP|QT_TRANSLATE_NOOP|QT_TRANSLATE_N_NOOP)\s*\(\s*(?:"(?:[^"\\]|\\.)*"\s*,\s*)?(?:"(?:[^"\\]|\\.)*"\s*)*$)re";
constexpr char kProsePattern[] =
    R"re(^[A-Za-z][^\s]*(?:\s+[^\s]+)*\s+[A-Za-z]{2,}|^[A-Z][a-z]+[.:!?]$)re";
constexpr char kSkipLinePattern[] =
    R"re(setObjectName|objectName\(|QIcon|":/|setProperty|property\(|QSettings|qWarning|qDebug|qCritical|qInfo|#include|i18n-ignore|Q_ASSERT|QStringLiteral\("[a-z0-9_]+/[a-z0-9_]+"\))re";

// The heuristic for "a user-visible string not wrapped for translation" (documented in
// docs/packaging.md): a C++ string literal that reads like prose — it starts with a letter
// and holds two or more words of letters, or is one capitalised word followed by
// punctuation — and is not an argument of tr(), translate(), QT_TR_NOOP or
// QT_TRANSLATE_NOOP. Lines that name things rather than show them (object names, icon and
// resource paths, settings keys, properties, logging) and lines marked `i18n-ignore` are
// skipped. It is a heuristic: it misses prose built from single words, and the marker
// must say why a line is exempt.
QStringList unwrappedLiterals(const QString &code)
{
    static const QRegularExpression literal{QLatin1String(kLiteralPattern)};
    static const QRegularExpression wrappedBefore{QLatin1String(kWrappedBeforePattern)};
    static const QRegularExpression prose{QLatin1String(kProsePattern)};
    static const QRegularExpression skipLine{QLatin1String(kSkipLinePattern)};
    QStringList found;
    const QStringList lines = code.split(QLatin1Char('\n'));
    // Joined text, so that a tr( on the previous line still wraps a literal.
    QString joined;
    QList<qsizetype> lineStart;
    for (const QString &l : lines) {
        lineStart << joined.size();
        joined += l + QLatin1Char('\n');
    }
    for (auto it = literal.globalMatch(joined); it.hasNext();) {
        const auto m = it.next();
        const qsizetype pos = m.capturedStart();
        const auto lineIt = std::upper_bound(lineStart.cbegin(), lineStart.cend(), pos) - 1;
        const QString &line = lines.at(lineIt - lineStart.cbegin());
        const QString trimmed = line.trimmed();
        if (trimmed.startsWith(QLatin1String("//")) || trimmed.startsWith(QLatin1Char('*')) ||
            skipLine.match(line).hasMatch())
            continue;
        const QString text = m.captured(1);
        if (!prose.match(text).hasMatch())
            continue;
        const QString before = joined.mid(qMax<qsizetype>(0, pos - 300), qMin<qsizetype>(pos, 300));
        if (wrappedBefore.match(before).hasMatch())
            continue;
        found << text;
    }
    return found;
}

// lupdate over the same sources as the update_translations target, into the catalogue `ts`,
// with its locations as asked ("none", "absolute"). Empty, or what went wrong.
QString runLupdate(const QString &root, const QString &locations, const QString &ts)
{
    QProcess lupdate;
    lupdate.setWorkingDirectory(root);
    lupdate.start(QStringLiteral(MW_LUPDATE),
                  {QStringLiteral("-silent"), QStringLiteral("-locations"), locations,
                   QStringLiteral("-I"), QStringLiteral("core"), QStringLiteral("-I"),
                   QStringLiteral("ui"), QStringLiteral("-I"), QStringLiteral("app/cli"),
                   QStringLiteral("core"), QStringLiteral("ui"), QStringLiteral("app"),
                   QStringLiteral("-ts"), ts});
    if (!lupdate.waitForFinished(60000))
        return QStringLiteral("lupdate did not finish within 60 s");
    if (lupdate.exitCode() != 0)
        return QStringLiteral("lupdate exited with %1").arg(lupdate.exitCode());
    return {};
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void catalogueComplete_data();
    void catalogueComplete();
    void catalogueCoversSources();
    void heuristic_data();
    void heuristic();
    void noUnwrappedStrings_data();
    void noUnwrappedStrings();
    void cliLanguage_data();
    void cliLanguage();
    void cliStatusNamesStayEnglish();
    void coreMessagesTranslateAtRunTime_data();
    void coreMessagesTranslateAtRunTime();
    void helpersTranslateInLupdatesContext();
};

namespace {

// Texts of core/ whose file translates them through a tr() helper of its own (a fixed
// context): sign-in (sasl::Client, sasl::Exchange), the Kerberos ticket, the client
// certificate. In the catalogue's language they differ from the English text.
QStringList helperTexts()
{
    mw::sasl::ClientParams params;
    params.user = QStringLiteral("u");
    params.password = QStringLiteral("p");
    QString why;
    mw::sasl::Client client;
    (void)client.start(QStringLiteral("NO-SUCH-MECH"), params, &why);
    mw::sasl::Exchange exchange;
    std::optional<QByteArray> initial;
    QString exchangeWhy;
    (void)exchange.start(QStringLiteral("SCRAM-SHA-256"), params, &initial, &exchangeWhy);
    const QString early = exchange.onSuccess().value_or(QString());
    const mw::KerberosTicketInfo ticket =
        mw::kerberosTicketInfo(false, {}, {}, QDateTime::currentDateTimeUtc());
    mw::ClientIdentity::Description d;
    d.subject = QStringLiteral("CN=a");
    d.issuer = QStringLiteral("CN=b");
    d.expiry = QDateTime::currentDateTimeUtc();
    d.daysLeft = -1;
    return {why, early, ticket.problem, d.text()};
}

} // namespace

void TestTranslations::catalogueComplete_data()
{
    QTest::addColumn<QString>("lang");
    QTest::newRow("german-admin-sees-every-string-in-german") << QStringLiteral("de");
    QTest::newRow("french-admin-sees-every-string-in-french") << QStringLiteral("fr");
    QTest::newRow("spanish-admin-sees-every-string-in-spanish") << QStringLiteral("es");
}

void TestTranslations::catalogueComplete()
{
    QFETCH(QString, lang);
    const QString path =
        mw::test::sourceDir() + QStringLiteral("/../translations/mailwright_%1.ts").arg(lang);
    QString language, error;
    const QList<Entry> entries = readTs(path, &language, &error);
    QVERIFY2(error.isEmpty(), qPrintable(path + QStringLiteral(": ") + error));
    QVERIFY2(language.startsWith(lang), qPrintable(language));
    QVERIFY2(entries.size() > 300, qPrintable(QString::number(entries.size())));
    QStringList problems;
    for (const Entry &e : entries) {
        const QString where = e.context + QStringLiteral(": \"") + e.source + QLatin1Char('"');
        if (!e.type.isEmpty()) {
            problems << e.type + QStringLiteral(" ") + where;
            continue;
        }
        if (e.forms.isEmpty() || std::any_of(e.forms.cbegin(), e.forms.cend(),
                                             [](const QString &f) { return f.isEmpty(); })) {
            problems << QStringLiteral("empty ") + where;
            continue;
        }
        if (e.numerus && e.forms.size() != 2) // German, French, Spanish: singular, plural
            problems << QStringLiteral("plural forms ") + where;
        for (const QString &f : e.forms) {
            QStringList want = placeholders(e.source), got = placeholders(f);
            if (e.numerus) { // a singular form may spell out "one" instead of %n
                want.removeAll(QStringLiteral("%n"));
                got.removeAll(QStringLiteral("%n"));
            }
            if (want != got)
                problems << QStringLiteral("placeholders ") + where + QStringLiteral(" -> ") + f;
            if (accelerators(e.source) != accelerators(f))
                problems << QStringLiteral("accelerator ") + where + QStringLiteral(" -> ") + f;
        }
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

void TestTranslations::catalogueCoversSources()
{
    // lupdate over the same sources as the update_translations target, into a scratch file.
    QTemporaryDir tmp;
    QVERIFY(tmp.isValid());
    const QString root = mw::test::sourceDir() + QStringLiteral("/..");
    const QString fresh = tmp.filePath(QStringLiteral("fresh_de.ts"));
    const QString lupdateError = runLupdate(root, QStringLiteral("none"), fresh);
    QVERIFY2(lupdateError.isEmpty(), qPrintable(lupdateError));
    QString language, error;
    const QList<Entry> wanted = readTs(fresh, &language, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY2(wanted.size() > 300, qPrintable(QString::number(wanted.size())));
    const auto key = [](const Entry &e) -> QString {
        return e.context + QChar(1) + e.source + QChar(1) + e.comment;
    };
    for (const QString &lang : {QStringLiteral("de"), QStringLiteral("fr"), QStringLiteral("es")}) {
        const QList<Entry> have = readTs(
            root + QStringLiteral("/translations/mailwright_%1.ts").arg(lang), &language, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QSet<QString> keys;
        for (const Entry &e : have)
            keys.insert(key(e));
        QStringList missing;
        for (const Entry &e : wanted) {
            if (!keys.contains(key(e)))
                missing << e.context + QStringLiteral(": \"") + e.source + QLatin1Char('"');
        }
        QVERIFY2(missing.isEmpty(),
                 qPrintable(lang + QStringLiteral(" lacks (run update_translations):\n") +
                            missing.join(QLatin1Char('\n'))));
    }
}

void TestTranslations::heuristic_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<int>("flagged");
    QTest::newRow("label-text-without-tr-is-caught")
        << QStringLiteral("label->setText(QStringLiteral(\"Save the settings\"));") << 1;
    QTest::newRow("button-text-in-tr-passes")
        << QStringLiteral("button->setText(tr(\"Save the settings\"));") << 0;
    QTest::newRow("tr-on-the-previous-line-passes")
        << QStringLiteral("x = tr(\n    \"The server did not \"\n    \"answer in time.\");") << 0;
    QTest::newRow("translate-with-context-passes")
        << QStringLiteral("QCoreApplication::translate(\"main\", \"Open this file instead\")") << 0;
    QTest::newRow("object-name-is-not-text")
        << QStringLiteral("w->setObjectName(QStringLiteral(\"send test button\"));") << 0;
    QTest::newRow("settings-key-is-not-text")
        << QStringLiteral("m->value(QStringLiteral(\"smtp/host\"));") << 0;
    QTest::newRow("single-sentence-word-is-caught")
        << QStringLiteral("status->setText(QStringLiteral(\"Cancelled.\"));") << 1;
    QTest::newRow("marked-exception-passes")
        << QStringLiteral("out << QStringLiteral(\"Mailwright diagnostics\"); // i18n-ignore") << 0;
}

void TestTranslations::heuristic()
{
    QFETCH(QString, code);
    QFETCH(int, flagged);
    const QStringList found = unwrappedLiterals(code);
    QVERIFY2(found.size() == flagged, qPrintable(found.join(QStringLiteral(" | "))));
}

void TestTranslations::noUnwrappedStrings_data()
{
    QTest::addColumn<QString>("dir");
    QTest::newRow("settings-window-and-dialogs") << QStringLiteral("/../ui");
    QTest::newRow("gui-main") << QStringLiteral("/../app/gui");
}

void TestTranslations::noUnwrappedStrings()
{
    QFETCH(QString, dir);
    // ScreenshotRunner only names files; BenchDriver and StartupProbe print lines for
    // bench/ scripts to parse; Autostart_unix writes the keys of an XDG .desktop file.
    // (The support report, English on purpose, lives in core/support/, which is not
    // scanned.)
    const QStringList exempt{QStringLiteral("ScreenshotRunner.cpp"),
                             QStringLiteral("BenchDriver.cpp"), QStringLiteral("StartupProbe.cpp"),
                             QStringLiteral("Autostart_unix.cpp")};
    const QDir d(mw::test::sourceDir() + dir);
    QVERIFY2(d.exists(), qPrintable(d.path()));
    QStringList problems;
    for (const QString &name : d.entryList({QStringLiteral("*.cpp"), QStringLiteral("*.h")})) {
        if (exempt.contains(name))
            continue;
        QFile f(d.filePath(name));
        QVERIFY(f.open(QIODevice::ReadOnly));
        for (const QString &s : unwrappedLiterals(QString::fromUtf8(f.readAll())))
            problems << name + QStringLiteral(": \"") + s + QLatin1Char('"');
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

void TestTranslations::cliLanguage_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("language"); // LANGUAGE / LC_ALL of the process
    QTest::addColumn<QString>("expect");
    QTest::addColumn<QString>("reject");
    const QStringList help{QStringLiteral("--help")};
    QTest::newRow("lang-de-overrides-english-locale")
        << QStringList{QStringLiteral("--lang"), QStringLiteral("de"), QStringLiteral("--help")}
        << QStringLiteral("C") << QStringLiteral("Konfigurationsdatei")
        << QStringLiteral("Use the configuration FILE");
    QTest::newRow("lang-equals-es-form")
        << QStringList{QStringLiteral("--lang=es"), QStringLiteral("--help")} << QStringLiteral("C")
        << QStringLiteral("archivo de configuración")
        << QStringLiteral("Use the configuration FILE");
    QTest::newRow("french-locale-without-lang")
        << help << QStringLiteral("fr_FR.UTF-8") << QStringLiteral("fichier de configuration")
        << QStringLiteral("Use the configuration FILE");
    QTest::newRow("lang-en-overrides-german-locale")
        << QStringList{QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--help")}
        << QStringLiteral("de_DE.UTF-8") << QStringLiteral("Use the configuration FILE")
        << QStringLiteral("Konfigurationsdatei");
    QTest::newRow("qt-own-help-line-translated-too")
        << QStringList{QStringLiteral("--lang"), QStringLiteral("de"), QStringLiteral("--help")}
        << QStringLiteral("C") << QStringLiteral("--lang <LANG>")
        << QStringLiteral("Displays help");
}

void TestTranslations::cliLanguage()
{
    QFETCH(QStringList, args);
    QFETCH(QString, language);
    QFETCH(QString, expect);
    QFETCH(QString, reject);
    QTemporaryDir home;
    QVERIFY(home.isValid());
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), home.path());
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.path() + QStringLiteral("/config"));
    env.insert(QStringLiteral("LC_ALL"), language);
    env.insert(QStringLiteral("LANG"), language);
    env.insert(QStringLiteral("LANGUAGE"), language.left(2));
    p.setProcessEnvironment(env);
    p.start(mw::test::cliPath(), args);
    QVERIFY(p.waitForFinished(30000));
    const QString out = QString::fromUtf8(p.readAllStandardOutput());
    QCOMPARE(p.exitCode(), 0);
    QVERIFY2(out.contains(expect), qPrintable(out));
    QVERIFY2(!out.contains(reject), qPrintable(out));
}

void TestTranslations::cliStatusNamesStayEnglish()
{
    // Scripts read "smtp: Stop"; a German administrator's CLI must print the same name.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString ini = dir.filePath(QStringLiteral("mailwright.ini"));
    QFile f(ini);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("[smtp]\nenabled=false\n[pop3]\nenabled=false\n");
    f.close();
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), dir.path());
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), dir.path());
    p.setProcessEnvironment(env);
    p.start(mw::test::cliPath(), {QStringLiteral("--lang"), QStringLiteral("de"),
                                  QStringLiteral("--config"), ini, QStringLiteral("status")});
    QVERIFY(p.waitForFinished(30000));
    const QString out = QString::fromUtf8(p.readAllStandardOutput());
    QVERIFY2(out.contains(QLatin1String("smtp: Stop")), qPrintable(out));
    QVERIFY2(!out.contains(QLatin1String("Gestoppt")), qPrintable(out));
}

void TestTranslations::coreMessagesTranslateAtRunTime_data()
{
    // A tr() helper whose context differs from the one lupdate records compiles, and the
    // .ts file looks complete, yet the text stays English at run time: catch that here
    // with the compiled catalogue (built beside the tests, in BUILD/translations).
    QTest::addColumn<QString>("lang");
    QTest::addColumn<QString>("dnsMessage");
    QTest::addColumn<QString>("stopStatus");
    QTest::newRow("german-error-sentence-and-status")
        << QStringLiteral("de") << QStringLiteral("Der Servername wurde nicht gefunden.")
        << QStringLiteral("Gestoppt");
    QTest::newRow("french-error-sentence-and-status")
        << QStringLiteral("fr") << QStringLiteral("Le nom du serveur est introuvable.")
        << QStringLiteral("Arrêté");
    QTest::newRow("spanish-error-sentence-and-status")
        << QStringLiteral("es") << QStringLiteral("No se encontró el nombre del servidor.")
        << QStringLiteral("Detenido");
}

void TestTranslations::coreMessagesTranslateAtRunTime()
{
    QFETCH(QString, lang);
    QFETCH(QString, dnsMessage);
    QFETCH(QString, stopStatus);
    const QString qm = QCoreApplication::applicationDirPath() +
                       QStringLiteral("/../translations/mailwright_%1.qm").arg(lang);
    QTranslator translator;
    QVERIFY2(translator.load(qm), qPrintable(qm));
    QVERIFY(QCoreApplication::installTranslator(&translator));
    const QString message = mw::defaultMessage(mw::ErrorClass::Dns);
    const QString hint = mw::defaultHint(mw::ErrorClass::Dns);
    const QString status = mw::statusText(mw::ServerStatus::Stop);
    const QString name = mw::statusName(mw::ServerStatus::Stop);
    // The field checks shown under each setting and printed by `config set`.
    const QString fieldCheck = mw::SettingsValidator::checkAddress(QStringLiteral("no-at-sign"));
    const QStringList helpers = helperTexts();
    QCoreApplication::removeTranslator(&translator);
    const QStringList english = helperTexts();
    QCOMPARE(helpers.size(), english.size());
    for (qsizetype i = 0; i < helpers.size(); ++i) {
        QVERIFY2(!english.at(i).isEmpty(), qPrintable(QString::number(i)));
        QVERIFY2(helpers.at(i) != english.at(i), qPrintable(english.at(i)));
    }
    QVERIFY(!fieldCheck.isEmpty());
    QVERIFY2(fieldCheck != mw::SettingsValidator::checkAddress(QStringLiteral("no-at-sign")),
             qPrintable(fieldCheck)); // differs from the English text once translated
    QCOMPARE(message, dnsMessage);
    QVERIFY2(!hint.startsWith(QLatin1String("Check the spelling")), qPrintable(hint));
    QCOMPARE(status, stopStatus);
    QCOMPARE(name, QStringLiteral("Stop")); // the name scripts read never changes
}

// A file's tr() helper (QCoreApplication::translate("context", text)) must translate in the
// context lupdate files that file's texts under, or the catalogues hold the translation and
// the program never finds it. lupdate (absolute locations) says, for every text, its context
// and the files it is in; a text of a file with a helper must be in the helper's context,
// unless the file names that context itself (translate("context", "text")) or it is the
// context of a class with its own tr() (Q_OBJECT, Q_DECLARE_TR_FUNCTIONS).
void TestTranslations::helpersTranslateInLupdatesContext()
{
    const QString root = QDir(mw::test::sourceDir() + QStringLiteral("/..")).canonicalPath();
    QHash<QString, QString> helperOf; // file -> the helper's context
    QHash<QString, QString> textOf;   // file -> its text
    QSet<QString> classContexts;      // last component of a class with its own tr()
    const QRegularExpression helper(
        QStringLiteral(R"re(translate\(\s*"([^"]+)"\s*,\s*[A-Za-z_]\w*\s*\))re"));
    const QRegularExpression declared(QStringLiteral(R"re(Q_DECLARE_TR_FUNCTIONS\(([\w:]+)\))re"));
    const QRegularExpression qobject(
        QStringLiteral(R"re(class\s+(?:\w+\s+)?(\w+)[^;{]*\{\s*Q_OBJECT)re"));
    for (const QString &dir :
         {QStringLiteral("core"), QStringLiteral("ui"), QStringLiteral("app")}) {
        QDirIterator it(root + QLatin1Char('/') + dir,
                        {QStringLiteral("*.cpp"), QStringLiteral("*.h")}, QDir::Files,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            QFile f(path);
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QString text = QString::fromUtf8(f.readAll());
            textOf.insert(path, text);
            if (const auto m = helper.match(text); m.hasMatch())
                helperOf.insert(path, m.captured(1));
            for (auto i = declared.globalMatch(text); i.hasNext();)
                classContexts.insert(i.next().captured(1).section(QStringLiteral("::"), -1));
            for (auto i = qobject.globalMatch(text); i.hasNext();)
                classContexts.insert(i.next().captured(1));
        }
    }
    QVERIFY2(helperOf.size() > 10, qPrintable(QString::number(helperOf.size())));

    QTemporaryDir tmp;
    QVERIFY(tmp.isValid());
    const QString fresh = tmp.filePath(QStringLiteral("where_de.ts"));
    const QString lupdateError = runLupdate(root, QStringLiteral("absolute"), fresh);
    QVERIFY2(lupdateError.isEmpty(), qPrintable(lupdateError));
    QFile ts(fresh);
    QVERIFY(ts.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&ts);
    QString context;
    QStringList problems;
    int located = 0;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (xml.name() == QLatin1String("location")) {
            // Relative to the .ts file; the <source> comes after its locations.
            const QString file =
                QFileInfo(QDir(tmp.path())
                              .absoluteFilePath(
                                  xml.attributes().value(QLatin1String("filename")).toString()))
                    .canonicalFilePath();
            ++located;
            const auto h = helperOf.constFind(file);
            if (h == helperOf.constEnd() || *h == context)
                continue;
            const QString &text = textOf.value(file);
            if (text.contains(QStringLiteral("translate(\"%1\"").arg(context)) ||
                classContexts.contains(context.section(QStringLiteral("::"), -1)))
                continue;
            const QString problem =
                QStringLiteral("%1: a text filed under %2, its helper translates in %3")
                    .arg(file.mid(root.size() + 1), context, *h);
            if (!problems.contains(problem))
                problems << problem;
        }
    }
    QVERIFY2(located > 300, qPrintable(QString::number(located)));
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
