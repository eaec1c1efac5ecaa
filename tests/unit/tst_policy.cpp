// SPDX-License-Identifier: GPL-3.0-or-later
// The managed deployment core: policy.ini parsing (patterns, invalid and password-like
// values), precedence (defaults < system < user < locked), the layered save of
// SettingsStore/SettingsModel, and the administrator lock's off-thread check and delays.
#include "settings/AdminLock.h"
#include "settings/PasswordDigest.h"
#include "settings/Policy.h"
#include "settings/SettingsModel.h"
#include "settings/SettingsSchema.h"
#include "settings/SettingsStore.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace mw;

namespace {

QStringList L(std::initializer_list<const char *> items)
{
    QStringList out;
    for (const char *i : items)
        out << QString::fromUtf8(i);
    return out;
}

const QString origin = QStringLiteral("/etc/mailwright/policy.ini");

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

bool anyContains(const QStringList &list, const QString &text)
{
    for (const QString &s : list) {
        if (s.contains(text))
            return true;
    }
    return false;
}

// A cheap digest (the minimum cost) so that the lock tests do not wait for PBKDF2.
QString quickDigest(const QString &password)
{
    return PasswordDigest::make(password, PasswordDigest::kMinIterations);
}

} // namespace

class TestPolicy : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void lockPatterns_data();
    void lockPatterns();
    void secretsAreLockedOnlyByName();
    void precedence();
    void passwordLikeKeysDropped();
    void invalidValuesIgnored_data();
    void invalidValuesIgnored();
    void brokenLinesAreWarnings();
    void adminLockDigest();
    void withoutLockedChanges();
    void entriesOfRegistryOrProfile();
    void loadFromPolicyDir();
    void storeWritesOnlyTheUsersLayer();
    void storeKeepsLockedLinesAsTheyWere();
    void storeAdminLock();
    void modelLayers();
    void modelRefusesLockedAndReadOnly();
    void modelRevertToSystemDefault();
    void adminLockDelays();
    void adminLockChecksOffThread();
    void adminLockPolicyWins();

private:
    QTemporaryDir m_dir;
};

void TestPolicy::init()
{
    // Never the machine's real /etc/mailwright/policy.ini.
    qputenv("MAILWRIGHT_POLICY_DIR", m_dir.filePath(QStringLiteral("no-policy")).toUtf8());
}

void TestPolicy::lockPatterns_data()
{
    QTest::addColumn<QByteArray>("locked");
    QTest::addColumn<QStringList>("expectLocked");
    QTest::addColumn<QStringList>("expectFree");
    QTest::newRow("keys") << QByteArray("smtp/host, smtp/security")
                          << L({"smtp/host", "smtp/security"}) << L({"smtp/port", "pop3/host"});
    QTest::newRow("section") << QByteArray("smtp/*")
                             << L({"smtp/host", "smtp/port", "smtp/security"})
                             << L({"pop3/host", "general/language"});
    QTest::newRow("everything") << QByteArray("*") << SettingsSchema::keys() << QStringList{};
    QTest::newRow("case and blanks")
        << QByteArray("  SMTP/Host ,,") << L({"smtp/host"}) << L({"smtp/port"});
}

void TestPolicy::lockPatterns()
{
    QFETCH(QByteArray, locked);
    QFETCH(QStringList, expectLocked);
    QFETCH(QStringList, expectFree);
    const Policy p = Policy::fromIni(
        "[smtp]\nhost = mx.corp.example\n[policy]\nlocked = " + locked + "\n", origin);
    QVERIFY2(p.warnings().isEmpty(), qPrintable(p.warnings().join(QLatin1Char('\n'))));
    for (const QString &k : expectLocked)
        QVERIFY2(p.isLocked(k), qPrintable(k));
    for (const QString &k : expectFree)
        QVERIFY2(!p.isLocked(k), qPrintable(k));
    QCOMPARE(p.locksEverything(), expectFree.isEmpty());
    if (!locked.contains("/*"))
        QCOMPARE(p.lockedKeys().size(), expectLocked.size());
    for (const QString &k : p.lockedKeys())
        QVERIFY2(locked == "*" || k.startsWith(QLatin1String("smtp/")), qPrintable(k));
    // smtp/host has the policy's value; a locked key without one is locked at its default.
    if (p.isLocked(QStringLiteral("smtp/port")))
        QCOMPARE(p.value(QStringLiteral("smtp/port"))->text,
                 SettingsSchema::defaultValue(QStringLiteral("smtp/port")));
    QCOMPARE(p.origin(QStringLiteral("smtp/host")), origin);
}

void TestPolicy::secretsAreLockedOnlyByName()
{
    const Policy all = Policy::fromIni("[policy]\nlocked = *\n", origin);
    QVERIFY(!all.isSecretLocked(QStringLiteral("smtp")));
    QVERIFY(!all.isSecretLocked(QStringLiteral("remote-status")));
    const Policy named =
        Policy::fromIni("[policy]\nlocked = secret/remote-status, secret/Bad Name\n", origin);
    QVERIFY(named.isSecretLocked(QStringLiteral("remote-status")));
    QVERIFY(!named.isSecretLocked(QStringLiteral("smtp")));
    QVERIFY(named.lockedKeys().isEmpty());
    QVERIFY(anyContains(named.warnings(), QStringLiteral("secret/bad name")));
    QCOMPARE(named.origin(QStringLiteral("secret/remote-status")), origin);
    // A pattern that names nothing is a warning.
    const Policy typo = Policy::fromIni("[policy]\nlocked = smtp/hots, nosuch/*\n", origin);
    QVERIFY(typo.lockedKeys().isEmpty());
    QCOMPARE(typo.warnings().size(), 2);
}

void TestPolicy::precedence()
{
    // smtp/host locked, smtp/port and pop3/host system defaults; the user sets smtp/host,
    // smtp/port and smtp/timeout; pop3/port is nobody's.
    const Policy p = Policy::fromIni("[smtp]\nhost = mx.corp.example\nport = 2525\n"
                                     "[pop3]\nhost = pop.corp.example\n"
                                     "[policy]\nlocked = smtp/host\n",
                                     origin);
    QVERIFY2(p.warnings().isEmpty(), qPrintable(p.warnings().join(QLatin1Char('\n'))));
    const SettingsLoadResult user =
        SettingsStore::parse("[smtp]\nhost = evil.example\nport = 465\ntimeout = 45\n");
    QVERIFY(user.ok());
    QCOMPARE(user.userKeys, (L({"smtp/host", "smtp/port", "smtp/timeout"})));
    QHash<QString, SettingSource> sources;
    const MailSettings eff = p.apply(user.settings, user.userKeys, &sources);
    QCOMPARE(eff.smtp.host, QStringLiteral("mx.corp.example"));
    QCOMPARE(sources.value(QStringLiteral("smtp/host")), SettingSource::Locked);
    QCOMPARE(eff.smtp.port, 465);
    QCOMPARE(sources.value(QStringLiteral("smtp/port")), SettingSource::User);
    QCOMPARE(eff.smtp.timeout, 45);
    QCOMPARE(sources.value(QStringLiteral("smtp/timeout")), SettingSource::User);
    QCOMPARE(eff.pop3.host, QStringLiteral("pop.corp.example"));
    QCOMPARE(sources.value(QStringLiteral("pop3/host")), SettingSource::System);
    QCOMPARE(eff.pop3.port, MailSettings{}.pop3.port);
    QCOMPARE(sources.value(QStringLiteral("pop3/port")), SettingSource::Default);
    QCOMPARE(sources.size(), SettingsSchema::keys().size());
    // Without user keys the system default applies where the user's file has nothing.
    const MailSettings fresh = p.apply(MailSettings{}, {});
    QCOMPARE(fresh.smtp.port, 2525);
}

void TestPolicy::passwordLikeKeysDropped()
{
    const Policy p = Policy::fromIni("[smtp]\npassword = hunter2secret\nhost = mx.example\n"
                                     "[pop3]\nclient_secret = s3cr3tvalue\n",
                                     origin);
    QCOMPARE(p.warnings().size(), 2);
    QVERIFY(anyContains(p.warnings(), QStringLiteral("smtp/password")));
    QVERIFY(anyContains(p.warnings(), QStringLiteral("pop3/client_secret")));
    QVERIFY(!anyContains(p.warnings(), QStringLiteral("hunter2secret")));
    QVERIFY(!anyContains(p.warnings(), QStringLiteral("s3cr3tvalue")));
    QVERIFY(!p.value(QStringLiteral("smtp/password")));
    QCOMPARE(p.value(QStringLiteral("smtp/host"))->text, QStringLiteral("mx.example"));
}

void TestPolicy::invalidValuesIgnored_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<QString>("key");
    QTest::newRow("port range") << QByteArray("[smtp]\nport = 99999")
                                << QStringLiteral("smtp/port");
    QTest::newRow("not a number") << QByteArray("[smtp]\nport = many")
                                  << QStringLiteral("smtp/port");
    QTest::newRow("enum") << QByteArray("[smtp]\nsecurity = maybe")
                          << QStringLiteral("smtp/security");
    QTest::newRow("bool") << QByteArray("[pop3]\nenabled = perhaps")
                          << QStringLiteral("pop3/enabled");
    QTest::newRow("host") << QByteArray("[smtp]\nhost = bad host!") << QStringLiteral("smtp/host");
    QTest::newRow("host with port")
        << QByteArray("[smtp]\nhost = mx.example:2525") << QStringLiteral("smtp/host");
    QTest::newRow("address") << QByteArray("[mailboxes]\nfrom = not an address")
                             << QStringLiteral("mailboxes/from");
    QTest::newRow("unknown") << QByteArray("[smtp]\ncolour = red") << QStringLiteral("smtp/colour");
}

void TestPolicy::invalidValuesIgnored()
{
    QFETCH(QByteArray, line);
    QFETCH(QString, key);
    const Policy p = Policy::fromIni(line + "\n[policy]\nlocked = " + key.toUtf8() + "\n", origin);
    QVERIFY2(anyContains(p.warnings(), key), qPrintable(p.warnings().join(QLatin1Char('\n'))));
    // Never applied: an invalid value locks the key at nothing of the policy's.
    const auto v = p.value(key);
    if (v)
        QCOMPARE(v->text, SettingsSchema::defaultValue(key));
    const MailSettings eff = p.apply(MailSettings{}, {});
    QCOMPARE(SettingsSchema::value(eff, key), SettingsSchema::value(MailSettings{}, key));
}

void TestPolicy::brokenLinesAreWarnings()
{
    // A broken line of policy.ini does not throw away the rest of the policy.
    const Policy p = Policy::fromIni("[smtp]\nthis is not ini\nhost = mx.example\n"
                                     "host = twice.example\n[policy]\nlocked = smtp/host\n",
                                     origin);
    QCOMPARE(p.warnings().size(), 2);
    QVERIFY(anyContains(p.warnings(), QStringLiteral("line 2")));
    QVERIFY(anyContains(p.warnings(), QStringLiteral("line 4")));
    QVERIFY(p.isLocked(QStringLiteral("smtp/host")));
    QCOMPARE(p.value(QStringLiteral("smtp/host"))->text, QStringLiteral("mx.example"));
    const Policy binary = Policy::fromIni(QByteArray("[smtp]\nhost=\xff\xfe\n"), origin);
    QVERIFY(binary.isEmpty());
    QCOMPARE(binary.warnings().size(), 1);
}

void TestPolicy::adminLockDigest()
{
    const QString digest = quickDigest(QStringLiteral("correct horse"));
    const Policy p = Policy::fromIni("[policy]\nadmin_lock = " + digest.toUtf8() + "\n", origin);
    QVERIFY(p.warnings().isEmpty());
    QCOMPARE(p.adminLockDigest(), digest);
    QCOMPARE(p.origin(QString()), origin);
    const Policy plain = Policy::fromIni("[policy]\nadmin_lock = correct horse\n", origin);
    QVERIFY(plain.adminLockDigest().isEmpty());
    QCOMPARE(plain.warnings().size(), 1);
    QVERIFY(!plain.warnings().first().contains(QStringLiteral("correct horse")));
}

void TestPolicy::withoutLockedChanges()
{
    const Policy p = Policy::fromIni("[smtp]\nhost = mx.corp.example\nport = 2525\n"
                                     "[policy]\nlocked = smtp/host\n",
                                     origin);
    MailSettings saved = p.apply(MailSettings{}, {});
    MailSettings edited = saved;
    edited.smtp.host = QStringLiteral("evil.example");
    edited.smtp.port = 587;
    const MailSettings out = p.withoutLockedChanges(edited, saved);
    QCOMPARE(out.smtp.host, QStringLiteral("mx.corp.example"));
    QCOMPARE(out.smtp.port, 587);
}

// The Windows registry and macOS profiles give entries whose place locks them (no
// [policy] locked); the same validation applies, and an invalid value locks nothing.
void TestPolicy::entriesOfRegistryOrProfile()
{
    const QString hklm = QStringLiteral("HKEY_LOCAL_MACHINE\\Software\\Policies\\Mailwright");
    const QList<IniEntry> entries{
        {0, QStringLiteral("smtp/host"), QStringLiteral("mx.corp.example")},
        {0, QStringLiteral("smtp/port"), QStringLiteral("99999")},
        {0, QStringLiteral("pop3/host"), QStringLiteral("pop.corp.example")},
        {0, QStringLiteral("smtp/password"), QStringLiteral("hunter2hunter2")},
        {0, QStringLiteral("policy/locked"), QStringLiteral("secret/remote-status")},
    };
    const Policy p =
        Policy::fromEntries(entries, L({"smtp/host", "smtp/port", "smtp/password"}), hklm, {});
    QVERIFY(p.isLocked(QStringLiteral("smtp/host")));
    QVERIFY(!p.isLocked(QStringLiteral("smtp/port"))); // invalid: ignored, not locked
    QVERIFY(!p.value(QStringLiteral("smtp/port")));
    QVERIFY(!p.isLocked(QStringLiteral("pop3/host"))); // Recommended: a system default
    QCOMPARE(p.value(QStringLiteral("pop3/host"))->text, QStringLiteral("pop.corp.example"));
    QVERIFY(p.isSecretLocked(QStringLiteral("remote-status")));
    QCOMPARE(p.origin(QStringLiteral("smtp/host")), hklm);
    QCOMPARE(p.warnings().size(), 2);
    QVERIFY(!anyContains(p.warnings(), QStringLiteral("hunter2")));
}

void TestPolicy::loadFromPolicyDir()
{
    const QString dir = m_dir.filePath(QStringLiteral("load"));
    QVERIFY(QDir().mkpath(dir));
    qputenv("MAILWRIGHT_POLICY_DIR", dir.toUtf8());
    QCOMPARE(Policy::iniDirectory(), dir);
    QVERIFY(Policy::load().isEmpty());
    QVERIFY(Policy::load().warnings().isEmpty());
    QVERIFY(writeFile(dir + QStringLiteral("/policy.ini"),
                      "[smtp]\nhost = mx.corp.example\n[policy]\nlocked = smtp/host\n"));
    const Policy p = Policy::load();
    QVERIFY(p.isLocked(QStringLiteral("smtp/host")));
    QCOMPARE(p.origin(QStringLiteral("smtp/host")), dir + QStringLiteral("/policy.ini"));
    // A policy.ini that cannot be read locks nothing and says so.
    const QString broken = m_dir.filePath(QStringLiteral("broken"));
    QVERIFY(QDir().mkpath(broken + QStringLiteral("/policy.ini")));
    qputenv("MAILWRIGHT_POLICY_DIR", broken.toUtf8());
    const Policy none = Policy::load();
    QVERIFY(none.lockedKeys().isEmpty());
    QCOMPARE(none.warnings().size(), 1);
    QVERIFY(none.warnings().first().contains(QStringLiteral("locks nothing")));
}

void TestPolicy::storeWritesOnlyTheUsersLayer()
{
    // System default smtp/port=2525: a save of the effective settings does not pin it in
    // the user's file, so a later change of the system default still applies.
    const Policy p =
        Policy::fromIni("[smtp]\nport = 2525\n[pop3]\nhost = pop.corp.example\n", origin);
    const QString path = m_dir.filePath(QStringLiteral("layer.ini"));
    QVERIFY(writeFile(path, "[smtp]\nhost = mine.example\n[pop3]\nport = 110\n"));
    SettingsStore store(path);
    store.setPolicy(p);
    const SettingsLoadResult r = store.load();
    QVERIFY(r.ok());
    MailSettings eff = p.apply(r.settings, r.userKeys);
    QCOMPARE(eff.smtp.port, 2525);
    eff.smtp.timeout = 77; // differs from its default: written although not a user key
    QVERIFY(store.save(eff));
    const QByteArray text = readAll(path);
    QVERIFY2(text.contains("\nhost=mine.example\n"), text.constData());
    QVERIFY2(text.contains("\nport=110\n"), text.constData());   // the user's, = the default
    QVERIFY2(text.contains("\ntimeout=77\n"), text.constData()); // differs from the default
    QVERIFY2(text.contains("\n#port=2525\n"), text.constData()); // system default: a comment
    QVERIFY2(!text.contains("\nport=2525\n"), text.constData());
    QVERIFY2(!text.contains("\nhost=pop.corp.example"), text.constData());
    // Read back: the same user keys plus timeout, and the system defaults still apply.
    SettingsStore again(path);
    const SettingsLoadResult r2 = again.load();
    QVERIFY(r2.ok());
    QVERIFY(r2.userKeys.contains(QStringLiteral("smtp/timeout")));
    QVERIFY(!r2.userKeys.contains(QStringLiteral("smtp/port")));
    const Policy changed = Policy::fromIni("[smtp]\nport = 2587\n", origin);
    QCOMPARE(changed.apply(r2.settings, r2.userKeys).smtp.port, 2587);
    // No policy: a fresh save of the defaults writes every key as a comment, none active.
    SettingsStore plain(m_dir.filePath(QStringLiteral("plain.ini")));
    const QString defaults = QString::fromUtf8(plain.serialize(MailSettings{}));
    QVERIFY(defaults.contains(QStringLiteral("\n#port=587\n")));
    QVERIFY(SettingsStore::parse(defaults.toUtf8()).userKeys.isEmpty());
}

void TestPolicy::storeKeepsLockedLinesAsTheyWere()
{
    const Policy p = Policy::fromIni("[smtp]\nhost = mx.corp.example\nsecurity = tls\n"
                                     "[policy]\nlocked = smtp/host, smtp/security\n",
                                     origin);
    const QString path = m_dir.filePath(QStringLiteral("locked.ini"));
    QVERIFY(writeFile(path, "[smtp]\nhost = mine.example\nport = 2525\n"));
    SettingsStore store(path);
    store.setPolicy(p);
    const SettingsLoadResult r = store.load();
    QVERIFY(r.ok());
    MailSettings eff = p.apply(r.settings, r.userKeys);
    QCOMPARE(eff.smtp.host, QStringLiteral("mx.corp.example"));
    eff.smtp.port = 2526;
    QVERIFY(store.save(eff));
    const QByteArray text = readAll(path);
    QVERIFY2(text.contains("\nhost=mine.example\n"), text.constData()); // kept as it was
    QVERIFY2(!text.contains("mx.corp.example"), text.constData());      // never the lock's
    QVERIFY2(!text.contains("security=tls"), text.constData());         // not the user's
    QVERIFY2(text.contains("\nport=2526\n"), text.constData());
}

void TestPolicy::storeAdminLock()
{
    const QString path = m_dir.filePath(QStringLiteral("admin.ini"));
    const QString digest = quickDigest(QStringLiteral("sesame-open"));
    SettingsStore store(path);
    store.setAdminLockDigest(digest);
    QVERIFY(store.save(MailSettings{}));
    QVERIFY(readAll(path).contains("[admin]\n"));
    SettingsStore again(path);
    const SettingsLoadResult r = again.load();
    QVERIFY(r.ok());
    QVERIFY(r.warnings.isEmpty());
    QCOMPARE(r.adminLockDigest, digest);
    QVERIFY(again.unknownEntries().isEmpty());
    QVERIFY(again.save(r.settings)); // kept by a save
    QCOMPARE(SettingsStore(path).load().adminLockDigest, digest);
    // Not a digest: a warning, and no lock (the password is never echoed).
    QVERIFY(writeFile(path, "[admin]\nlock = sesame-open\n"));
    const SettingsLoadResult bad = SettingsStore(path).load();
    QVERIFY(bad.ok());
    QVERIFY(bad.adminLockDigest.isEmpty());
    QCOMPARE(bad.warnings.size(), 1);
    QVERIFY(!bad.warnings.first().contains(QStringLiteral("sesame")));
}

void TestPolicy::modelLayers()
{
    const Policy p = Policy::fromIni("[smtp]\nhost = mx.corp.example\nport = 2525\n"
                                     "[pop3]\nhost = pop.corp.example\n"
                                     "[policy]\nlocked = smtp/host\n",
                                     origin);
    const QString path = m_dir.filePath(QStringLiteral("model.ini"));
    QVERIFY(writeFile(path, "[smtp]\nhost = mine.example\ntimeout = 45\n"));
    SettingsStore store(path);
    SettingsModel model(&store);
    model.setPolicy(p);
    QVERIFY(model.load().ok());
    QCOMPARE(model.value(QStringLiteral("smtp/host")), QStringLiteral("mx.corp.example"));
    QCOMPARE(model.source(QStringLiteral("smtp/host")), SettingSource::Locked);
    QVERIFY(model.isLocked(QStringLiteral("smtp/host")));
    QCOMPARE(model.value(QStringLiteral("smtp/port")), QStringLiteral("2525"));
    QCOMPARE(model.source(QStringLiteral("smtp/port")), SettingSource::System);
    QCOMPARE(model.source(QStringLiteral("smtp/timeout")), SettingSource::User);
    QCOMPARE(model.source(QStringLiteral("pop3/port")), SettingSource::Default);
    QVERIFY(!model.overridesSystemDefault(QStringLiteral("smtp/port")));
    QVERIFY(!model.isDirty());
    model.setValue(QStringLiteral("smtp/port"), QStringLiteral("465"));
    QCOMPARE(model.source(QStringLiteral("smtp/port")), SettingSource::User);
    QVERIFY(model.overridesSystemDefault(QStringLiteral("smtp/port")));
    // A missing file: load() hands back the defaults with the policy's.
    SettingsStore none(m_dir.filePath(QStringLiteral("none.ini")));
    SettingsModel fresh(&none);
    fresh.setPolicy(p);
    const SettingsLoadResult r = fresh.load();
    QCOMPARE(r.status, SettingsLoadResult::Status::NotFound);
    QCOMPARE(r.settings.smtp.port, 2525);
    fresh.reset(r.settings);
    QCOMPARE(fresh.value(QStringLiteral("smtp/host")), QStringLiteral("mx.corp.example"));
    QCOMPARE(fresh.source(QStringLiteral("pop3/host")), SettingSource::System);
}

void TestPolicy::modelRefusesLockedAndReadOnly()
{
    const Policy p = Policy::fromIni("[smtp]\nhost = mx.corp.example\n"
                                     "[policy]\nlocked = smtp/host\n",
                                     origin);
    const QString path = m_dir.filePath(QStringLiteral("refuse.ini"));
    QVERIFY(writeFile(path, "[smtp]\nusername = alerts\n[mailboxes]\nfrom = alerts@example.com\n"));
    SettingsStore store(path);
    SettingsModel model(&store);
    model.setPolicy(p);
    QVERIFY(model.load().ok());
    QCOMPARE(model.setValue(QStringLiteral("smtp/host"), QStringLiteral("evil.example")),
             QStringLiteral("Set by your administrator (%1).").arg(origin));
    QCOMPARE(model.value(QStringLiteral("smtp/host")), QStringLiteral("mx.corp.example"));
    QVERIFY(!model.isDirty());
    // setSettings (e.g. autodetected values) cannot change a locked key either.
    MailSettings detected = model.settings();
    detected.smtp.host = QStringLiteral("evil.example");
    model.setSettings(detected);
    QCOMPARE(model.settings().smtp.host, QStringLiteral("mx.corp.example"));
    // Read-only (the administrator lock): no edit, no save.
    QSignalSpy lockSpy(&model, &SettingsModel::lockStateChanged);
    model.setReadOnly(true);
    QCOMPARE(lockSpy.count(), 1);
    QVERIFY(model.isLocked(QStringLiteral("smtp/port")));
    QVERIFY(!model.setValue(QStringLiteral("smtp/port"), QStringLiteral("2525")).isEmpty());
    QCOMPARE(model.settings().smtp.port, MailSettings{}.smtp.port);
    const QByteArray before = readAll(path);
    QString error;
    QVERIFY(!model.save(&error));
    QVERIFY(!error.isEmpty());
    QCOMPARE(readAll(path), before);
    model.setReadOnly(false);
    QVERIFY(model.setValue(QStringLiteral("smtp/port"), QStringLiteral("2525")).isEmpty());
    QVERIFY2(model.save(&error), qPrintable(error));
    QVERIFY(!readAll(path).contains("mx.corp.example"));
}

void TestPolicy::modelRevertToSystemDefault()
{
    const Policy p = Policy::fromIni("[smtp]\nport = 2525\n", origin);
    const QString path = m_dir.filePath(QStringLiteral("revert.ini"));
    // The user pinned the system default's value: reverting unpins it (dirty, then the
    // next save leaves the key out).
    QVERIFY(writeFile(path, "[smtp]\nhost = mx.example\nport = 2525\ntimeout = 45\n"
                            "username = alerts\n[mailboxes]\nfrom = alerts@example.com\n"));
    SettingsStore store(path);
    SettingsModel model(&store);
    model.setPolicy(p);
    QVERIFY(model.load().ok());
    QCOMPARE(model.source(QStringLiteral("smtp/port")), SettingSource::User);
    model.revertToSystemDefault(QStringLiteral("smtp/port"));
    QCOMPARE(model.source(QStringLiteral("smtp/port")), SettingSource::System);
    QVERIFY(model.isDirty());
    model.discard();
    QCOMPARE(model.source(QStringLiteral("smtp/port")), SettingSource::User);
    QVERIFY(!model.isDirty());
    model.setValue(QStringLiteral("smtp/port"), QStringLiteral("465"));
    model.revertToSystemDefault(QStringLiteral("smtp/port"));
    QCOMPARE(model.value(QStringLiteral("smtp/port")), QStringLiteral("2525"));
    QString error;
    QVERIFY2(model.save(&error), qPrintable(error));
    const QByteArray text = readAll(path);
    QVERIFY2(!text.contains("\nport=2525\n"), text.constData());
    QVERIFY2(text.contains("\ntimeout=45\n"), text.constData());
    QVERIFY(!model.isDirty());
    QCOMPARE(model.source(QStringLiteral("smtp/port")), SettingSource::System);
}

void TestPolicy::adminLockDelays()
{
    QDateTime clock = QDateTime::currentDateTimeUtc();
    AdminLock lock;
    lock.setClock([&clock] { return clock; });
    QSignalSpy changed(&lock, &AdminLock::lockedChanged);
    lock.configure(Policy{}, quickDigest(QStringLiteral("right password")));
    QVERIFY(lock.isConfigured());
    QVERIFY(lock.isLocked());
    QCOMPARE(changed.count(), 1);
    const auto attempt = [&lock](const QString &password) {
        std::optional<bool> result;
        lock.unlock(password, &lock, [&result](bool ok) { result = ok; });
        if (!QTest::qWaitFor([&result] { return result.has_value(); }, 10000))
            return std::optional<bool>();
        return result;
    };
    const QList<int> expected{1, 2, 4, 8, 16, 30, 30};
    for (int i = 0; i < expected.size(); ++i) {
        QCOMPARE(attempt(QStringLiteral("wrong password")), std::optional<bool>(false));
        QCOMPARE(lock.failures(), i + 1);
        QCOMPARE(lock.nextAttempt(), clock.addSecs(expected.at(i)));
        // Before nextAttempt(): refused at once, even the right password, not counted.
        clock = clock.addSecs(expected.at(i) - 1);
        QCOMPARE(attempt(QStringLiteral("right password")), std::optional<bool>(false));
        QCOMPARE(lock.failures(), i + 1);
        QVERIFY(lock.isLocked());
        clock = clock.addSecs(1);
    }
    QCOMPARE(attempt(QStringLiteral("right password")), std::optional<bool>(true));
    QVERIFY(!lock.isLocked());
    QCOMPARE(lock.failures(), 0);
    QCOMPARE(changed.count(), 2);
    QCOMPARE(changed.last().first().toBool(), false);
    lock.lock();
    QVERIFY(lock.isLocked());
    QCOMPARE(changed.count(), 3);
}

void TestPolicy::adminLockChecksOffThread()
{
    // The check runs on another thread and the answer comes back queued on the context's:
    // unlock() returns before done() is called.
    AdminLock lock;
    lock.configure(Policy{}, PasswordDigest::make(QStringLiteral("right password")));
    bool called = false;
    QThread *calledOn = nullptr;
    lock.unlock(QStringLiteral("right password"), this, [&](bool ok) {
        called = ok;
        calledOn = QThread::currentThread();
    });
    QVERIFY(!called);
    // A second try while the first is being checked fails at once.
    std::optional<bool> second;
    lock.unlock(QStringLiteral("right password"), this, [&second](bool ok) { second = ok; });
    QTRY_VERIFY_WITH_TIMEOUT(called, 10000);
    QCOMPARE(calledOn, QThread::currentThread());
    QCOMPARE(second, std::optional<bool>(false));
    QVERIFY(!lock.isLocked());
}

void TestPolicy::adminLockPolicyWins()
{
    const QString policyDigest = quickDigest(QStringLiteral("policy password"));
    const Policy p =
        Policy::fromIni("[policy]\nadmin_lock = " + policyDigest.toUtf8() + "\n", origin);
    AdminLock lock;
    lock.configure(p, quickDigest(QStringLiteral("user password")));
    QCOMPARE(lock.origin(), origin);
    std::optional<bool> result;
    lock.unlock(QStringLiteral("user password"), this, [&result](bool ok) { result = ok; });
    QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 10000);
    QCOMPARE(*result, false);
    // Without a policy lock the user's digest applies.
    AdminLock own;
    own.configure(Policy{}, quickDigest(QStringLiteral("user password")));
    QVERIFY(own.origin().isEmpty());
    result.reset();
    own.unlock(QStringLiteral("user password"), this, [&result](bool ok) { result = ok; });
    QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 10000);
    QCOMPARE(*result, true);
}

QTEST_GUILESS_MAIN(TestPolicy)
#include "tst_policy.moc"
