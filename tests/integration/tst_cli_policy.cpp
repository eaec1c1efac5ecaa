// SPDX-License-Identifier: GPL-3.0-or-later
// The real mailwright-cli under a managed deployment: MAILWRIGHT_POLICY_DIR points at a
// policy.ini that locks smtp/host and smtp/security, sets system defaults and locks the
// smtp secret. Locked changes exit 77 (EX_NOPERM) and leave the file as it was; the rest
// works; policy show reports where every value comes from; admin-lock stores a digest.
#include "TestPaths.h"
#include "settings/PasswordDigest.h"
#include "settings/SettingsStore.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace mw;

namespace {

QStringList L(std::initializer_list<const char *> items)
{
    QStringList out;
    for (const char *i : items)
        out << QString::fromUtf8(i);
    return out;
}

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

struct Run
{
    int code = -1;
    QByteArray out;
    QByteArray err;
};

} // namespace

class TestCliPolicy : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void lockedKeyRefused();
    void freeKeyWorks();
    void setOverrideOfLockedKeyRefused();
    void showReportsSources();
    void lockedSecretRefused();
    void adminLock();
    void adminLockOfPolicyRefused();

private:
    Run cli(const QStringList &args, const QByteArray &input = {});

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_config;
    QString m_policyDir;
};

void TestCliPolicy::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_config = m_dir->filePath(QStringLiteral("mailwright.ini"));
    m_policyDir = m_dir->filePath(QStringLiteral("policy"));
    QVERIFY(QDir().mkpath(m_policyDir));
    QVERIFY(writeFile(m_policyDir + QStringLiteral("/policy.ini"),
                      "[smtp]\nhost = mx.corp.example\nsecurity = tls\ntimeout = 90\n"
                      "[pop3]\nhost = pop.corp.example\n"
                      "[policy]\nlocked = smtp/host, smtp/security, secret/smtp\n"));
    QVERIFY(writeFile(m_config, "[smtp]\nhost = mine.example\nport = 465\n"
                                "[mailboxes]\nfrom = alerts@example.test\n"));
}

Run TestCliPolicy::cli(const QStringList &args, const QByteArray &input)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("MAILWRIGHT_POLICY_DIR"), m_policyDir);
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir->filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("XDG_STATE_HOME"), m_dir->filePath(QStringLiteral("state")));
    p.setProcessEnvironment(env);
    p.start(mw::test::cliPath(), QStringList{QStringLiteral("--config"), m_config,
                                             QStringLiteral("--lang"), QStringLiteral("en")} +
                                     args);
    if (!p.waitForStarted(10000))
        return {};
    p.write(input);
    p.closeWriteChannel();
    if (!p.waitForFinished(30000))
        return {};
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
            p.readAllStandardError()};
}

void TestCliPolicy::lockedKeyRefused()
{
    const QByteArray before = readAll(m_config);
    for (const QStringList &args : {L({"config", "set", "smtp/host", "x.example"}),
                                    L({"config", "set", "smtp/security", "starttls"}),
                                    L({"config", "set", "smtp/host", "mx.corp.example"})}) {
        const Run r = cli(args);
        QVERIFY2(r.code == 77, r.err.constData());
        QVERIFY2(r.err.contains(QByteArray(args.at(2).toUtf8() + " is set by your administrator (" +
                                           m_policyDir.toUtf8() +
                                           "/policy.ini) and cannot be changed here.")),
                 r.err.constData());
        QCOMPARE(readAll(m_config), before);
    }
    // "host,port" on a free host key cannot change a locked port either (here: free).
}

void TestCliPolicy::freeKeyWorks()
{
    const Run r = cli(L({"config", "set", "smtp/port", "2525"}));
    QVERIFY2(r.code == 0, r.err.constData());
    const QByteArray text = readAll(m_config);
    QVERIFY2(text.contains("\nport=2525\n"), text.constData());
    // The locked key's own line stays as it was; the policy's values are not written.
    QVERIFY2(text.contains("\nhost=mine.example\n"), text.constData());
    // The policy's values are never active lines (a system default is at most a comment).
    QVERIFY2(!text.contains("\nhost=mx.corp.example"), text.constData());
    QVERIFY2(!text.contains("\nhost=pop.corp.example"), text.constData());
    QVERIFY2(!text.contains("\nsecurity=tls"), text.constData());
    QVERIFY2(!text.contains("\ntimeout=90"), text.constData());
    QVERIFY2(text.contains("\n#timeout=90\n"), text.constData());
    // The effective value of the locked key is the policy's.
    const Run get = cli(L({"config", "get", "smtp/host"}));
    QCOMPARE(get.code, 0);
    QCOMPARE(get.out.trimmed(), QByteArray("mx.corp.example"));
}

void TestCliPolicy::setOverrideOfLockedKeyRefused()
{
    const Run r = cli(L({"--set", "smtp/host=x.example", "config", "show"}));
    QVERIFY2(r.code == 77, r.err.constData());
    QVERIFY2(r.err.contains("smtp/host is set by your administrator"), r.err.constData());
}

void TestCliPolicy::showReportsSources()
{
    const Run r = cli(L({"policy", "show", "--json"}));
    QVERIFY2(r.code == 0, r.err.constData());
    QJsonParseError pe{};
    const QJsonObject o = QJsonDocument::fromJson(r.out, &pe).object();
    QVERIFY2(pe.error == QJsonParseError::NoError, r.out.constData());
    const QJsonObject s = o.value(QStringLiteral("settings")).toObject();
    const auto check = [&s](const char *key, const char *value, const char *source,
                            const QString &origin) {
        const QJsonObject k = s.value(QLatin1String(key)).toObject();
        QCOMPARE(k.value(QStringLiteral("value")).toString(), QString::fromUtf8(value));
        QCOMPARE(k.value(QStringLiteral("source")).toString(), QString::fromUtf8(source));
        QCOMPARE(k.value(QStringLiteral("origin")).toString(), origin);
    };
    const QString policyFile = m_policyDir + QStringLiteral("/policy.ini");
    check("smtp/host", "mx.corp.example", "locked", policyFile);
    check("smtp/security", "tls", "locked", policyFile);
    check("smtp/timeout", "90", "system", policyFile);
    check("pop3/host", "pop.corp.example", "system", policyFile);
    check("smtp/port", "465", "user", m_config);
    check("mailboxes/from", "alerts@example.test", "user", m_config);
    check("pop3/port", "110", "default", QString());
    QCOMPARE(o.value(QStringLiteral("locked_secrets")).toArray().toVariantList(),
             QVariantList{QStringLiteral("smtp")});
    QCOMPARE(o.value(QStringLiteral("admin_lock")).toString(), QStringLiteral("none"));
    QVERIFY(o.value(QStringLiteral("warnings")).toArray().isEmpty());
    // Text: one line per key with its source.
    const Run text = cli(L({"policy", "show"}));
    QCOMPARE(text.code, 0);
    QVERIFY2(text.out.contains(
                 QByteArray("host = mx.corp.example  (locked: " + policyFile.toUtf8() + ")")),
             text.out.constData());
    // A policy warning is shown (an invalid value, ignored).
    QVERIFY(writeFile(m_policyDir + QStringLiteral("/policy.ini"),
                      "[smtp]\nport = 99999\npassword = hunter2hunter2\n"));
    const Run warned = cli(L({"policy", "show", "--json"}));
    QCOMPARE(warned.code, 0);
    const QJsonObject w = QJsonDocument::fromJson(warned.out).object();
    QCOMPARE(w.value(QStringLiteral("warnings")).toArray().size(), 2);
    QVERIFY(!warned.out.contains("hunter2"));
    QVERIFY(!warned.err.contains("hunter2"));
    QCOMPARE(w.value(QStringLiteral("settings"))
                 .toObject()
                 .value(QStringLiteral("smtp/port"))
                 .toObject()
                 .value(QStringLiteral("value"))
                 .toString(),
             QStringLiteral("465"));
}

void TestCliPolicy::lockedSecretRefused()
{
    const Run r = cli(L({"secret", "set", "smtp"}), "a-new-password\n");
    QVERIFY2(r.code == 77, r.err.constData());
    QVERIFY2(r.err.contains("secret/smtp is set by your administrator"), r.err.constData());
    QVERIFY(!QFileInfo::exists(m_dir->filePath(QStringLiteral("data"))) ||
            !r.err.contains("stored"));
}

void TestCliPolicy::adminLock()
{
    const QByteArray password = "lock-me-please";
    Run r = cli(L({"admin-lock", "set"}), password + "\n");
    QVERIFY2(r.code == 0, r.err.constData());
    QByteArray text = readAll(m_config);
    QVERIFY2(!text.contains(password), text.constData());
    const SettingsLoadResult loaded = SettingsStore(m_config).load();
    QVERIFY(loaded.ok());
    QVERIFY(PasswordDigest::verify(loaded.adminLockDigest, QString::fromUtf8(password)));
    QVERIFY2(text.contains("\nhost=mine.example\n"), text.constData()); // the rest unchanged
    // config show says only that it is set.
    r = cli(L({"config", "show"}));
    QCOMPARE(r.code, 0);
    QVERIFY2(r.out.contains("administrator lock: set"), r.out.constData());
    QVERIFY(!r.out.contains(loaded.adminLockDigest.toUtf8()));
    // Too short a password: refused, nothing written.
    r = cli(L({"admin-lock", "set"}), "short\n");
    QCOMPARE(r.code, 65);
    QCOMPARE(SettingsStore(m_config).load().adminLockDigest, loaded.adminLockDigest);
    r = cli(L({"admin-lock", "clear"}));
    QVERIFY2(r.code == 0, r.err.constData());
    QVERIFY(SettingsStore(m_config).load().adminLockDigest.isEmpty());
    QVERIFY(!readAll(m_config).contains("[admin]"));
}

void TestCliPolicy::adminLockOfPolicyRefused()
{
    const Run d = cli(L({"admin-lock", "digest"}), "policy-password\n");
    QCOMPARE(d.code, 0);
    const QByteArray digest = d.out.trimmed();
    QVERIFY(PasswordDigest::verify(QString::fromUtf8(digest), QStringLiteral("policy-password")));
    QVERIFY(writeFile(m_policyDir + QStringLiteral("/policy.ini"),
                      "[policy]\nadmin_lock = " + digest + "\n"));
    const QByteArray before = readAll(m_config);
    const Run r = cli(L({"admin-lock", "clear"}));
    QVERIFY2(r.code == 77, r.err.constData());
    QCOMPARE(readAll(m_config), before);
    const Run show = cli(L({"policy", "show", "--json"}));
    QCOMPARE(QJsonDocument::fromJson(show.out).object().value(QStringLiteral("admin_lock")),
             QJsonValue(QStringLiteral("policy")));
}

QTEST_GUILESS_MAIN(TestCliPolicy)
#include "tst_cli_policy.moc"
