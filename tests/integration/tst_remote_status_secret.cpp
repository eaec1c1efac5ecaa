// SPDX-License-Identifier: GPL-3.0-or-later
// The read-only password of remote status requests is kept only as a digest
// (RemoteStatusSecret): through the core API with a memory store, and through a real
// `mailwright-cli secret set remote-status` process with the file backend, whose secret
// file must hold "remote-status=pbkdf2-sha256$..." and never the password.
#include "notify/RemoteStatusSecret.h"
#include "settings/MemorySecretStore.h"
#include "settings/PasswordDigest.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace mw;

namespace {

const QString kPassword = QStringLiteral("correct horse 7");

QString readSecret(SecretStore *store, SecretResult::Status *status = nullptr)
{
    bool finished = false;
    SecretResult result;
    store->read(RemoteStatusSecret::account(), store, [&](const SecretResult &r) {
        result = r;
        finished = true;
    });
    if (!QTest::qWaitFor([&] { return finished; }, 10000))
        return QStringLiteral("(no answer)");
    if (status)
        *status = result.status;
    return result.secret;
}

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

} // namespace

class TestRemoteStatusSecret : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_config;
    QString m_secretFile;
    Run cli(const QStringList &args, const QByteArray &input);
    QByteArray secretFile() const
    {
        QFile f(m_secretFile);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

private Q_SLOTS:
    void initTestCase();
    void storesOnlyTheDigest();
    void refusesShortPassword_data();
    void refusesShortPassword();
    void derivesOffTheCallingThread();
    void clearAndState();
    void droppedWithContext();
    void cliStoresDigest();
    void cliRefusesShortPassword();
};

void TestRemoteStatusSecret::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_config = m_dir.filePath(QStringLiteral("mailwright.ini"));
    m_secretFile = m_dir.filePath(QStringLiteral("secrets"));
    QFile f(m_config);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(QStringLiteral("[general]\nsecret_backend=file\nsecret_file=%1\n")
                .arg(m_secretFile)
                .toUtf8());
}

void TestRemoteStatusSecret::storesOnlyTheDigest()
{
    MemorySecretStore store;
    QObject context;
    std::optional<SecretResult> result;
    RemoteStatusSecret::set(&store, kPassword, &context,
                            [&](const SecretResult &r) { result = r; });
    QVERIFY(!result); // never inside the call
    QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 10000);
    QVERIFY2(result->ok(), qPrintable(result->error));
    const QString stored = readSecret(&store);
    QVERIFY2(stored.startsWith(QLatin1String("pbkdf2-sha256$")), qPrintable(stored));
    QVERIFY(!stored.contains(kPassword));
    QVERIFY(PasswordDigest::isDigest(stored));
    QVERIFY(PasswordDigest::verify(stored, kPassword));
    QVERIFY(!PasswordDigest::verify(stored, kPassword + QLatin1Char('x')));
}

void TestRemoteStatusSecret::refusesShortPassword_data()
{
    QTest::addColumn<QString>("password");
    QTest::newRow("six characters") << QStringLiteral("abcdef");
    QTest::newRow("empty") << QString();
    QTest::newRow("two lines") << QStringLiteral("abcdefgh\nijk");
}

void TestRemoteStatusSecret::refusesShortPassword()
{
    QFETCH(QString, password);
    MemorySecretStore store;
    QObject context;
    std::optional<SecretResult> result;
    RemoteStatusSecret::set(&store, password, &context, [&](const SecretResult &r) { result = r; });
    QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 10000);
    QVERIFY(!result->ok());
    // The same sentence as the one rule (PasswordDigest::checkPassword).
    QCOMPARE(result->error, PasswordDigest::checkPassword(password));
    QVERIFY(!result->error.isEmpty());
    SecretResult::Status status = SecretResult::Status::Ok;
    (void)readSecret(&store, &status);
    QCOMPARE(status, SecretResult::Status::NotFound);
}

void TestRemoteStatusSecret::derivesOffTheCallingThread()
{
    // What one derivation costs here, measured on this thread.
    QElapsedTimer clock;
    clock.start();
    (void)PasswordDigest::make(kPassword);
    const qint64 deriveMs = clock.elapsed();
    QVERIFY2(deriveMs >= 20, qPrintable(QString::number(deriveMs)));

    MemorySecretStore store;
    QObject context;
    std::optional<SecretResult> result;
    QThread *answeredOn = nullptr;
    clock.restart();
    RemoteStatusSecret::set(&store, kPassword, &context, [&](const SecretResult &r) {
        answeredOn = QThread::currentThread();
        result = r;
    });
    const qint64 callMs = clock.elapsed();
    QVERIFY2(callMs < deriveMs / 2,
             qPrintable(
                 QStringLiteral("set() took %1 ms, a derivation %2 ms").arg(callMs).arg(deriveMs)));
    QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 10000);
    QVERIFY(result->ok());
    QCOMPARE(answeredOn, QThread::currentThread()); // delivered to the context's thread
}

void TestRemoteStatusSecret::clearAndState()
{
    MemorySecretStore store;
    QObject context;
    const auto state = [&] {
        std::optional<RemoteStatusSecret::State> s;
        RemoteStatusSecret::isSet(&store, &context,
                                  [&](RemoteStatusSecret::State st, const QString &) { s = st; });
        (void)QTest::qWaitFor([&] { return s.has_value(); }, 10000);
        return s.value_or(RemoteStatusSecret::State::Error);
    };
    QCOMPARE(state(), RemoteStatusSecret::State::NotSet);
    bool done = false;
    RemoteStatusSecret::set(&store, kPassword, &context,
                            [&](const SecretResult &) { done = true; });
    QTRY_VERIFY_WITH_TIMEOUT(done, 10000);
    QCOMPARE(state(), RemoteStatusSecret::State::Set);
    // A plain password put there by hand is not a digest: requests would be refused.
    done = false;
    store.write(RemoteStatusSecret::account(), kPassword, &context,
                [&](const SecretResult &) { done = true; });
    QTRY_VERIFY(done);
    QCOMPARE(state(), RemoteStatusSecret::State::NotDigest);
    done = false;
    RemoteStatusSecret::clear(&store, &context, [&](const SecretResult &r) {
        QVERIFY(r.ok());
        done = true;
    });
    QTRY_VERIFY(done);
    QCOMPARE(state(), RemoteStatusSecret::State::NotSet);
    store.setFailure(QStringLiteral("locked"));
    QCOMPARE(state(), RemoteStatusSecret::State::Error);
}

void TestRemoteStatusSecret::droppedWithContext()
{
    MemorySecretStore store;
    bool called = false;
    {
        QObject context;
        RemoteStatusSecret::set(&store, kPassword, &context,
                                [&](const SecretResult &) { called = true; });
    }
    QTest::qWait(1500); // longer than a derivation
    QVERIFY(!called);
}

Run TestRemoteStatusSecret::cli(const QStringList &args, const QByteArray &input)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("MAILWRIGHT_REMOTE_STATUS_PASSWORD"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("xdg")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("data")));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(MW_CLI_PATH), QStringList{QStringLiteral("--config"), m_config} + args);
    if (!p.waitForStarted(10000))
        return {};
    p.write(input);
    p.closeWriteChannel();
    if (!p.waitForFinished(30000)) {
        p.kill();
        p.waitForFinished(5000);
        return {};
    }
    return {p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError()};
}

void TestRemoteStatusSecret::cliStoresDigest()
{
    const Run r =
        cli({QStringLiteral("secret"), QStringLiteral("set"), QStringLiteral("remote-status")},
            kPassword.toUtf8() + '\n');
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY2(r.err.contains("digest"), r.err.constData());
    const QByteArray file = secretFile();
    QVERIFY2(file.contains("remote-status=pbkdf2-sha256$"), file.constData());
    QVERIFY2(!file.contains(kPassword.toUtf8()), file.constData());
    QVERIFY(!r.out.contains(kPassword.toUtf8()) && !r.err.contains(kPassword.toUtf8()));
    QString digest;
    for (const QByteArray &line : file.split('\n')) {
        if (line.startsWith("remote-status="))
            digest = QString::fromUtf8(line.mid(int(qstrlen("remote-status="))));
    }
    QVERIFY(PasswordDigest::verify(digest, kPassword));
    QVERIFY(!PasswordDigest::verify(digest, QStringLiteral("correct horse 8")));
}

void TestRemoteStatusSecret::cliRefusesShortPassword()
{
    const QByteArray before = secretFile();
    const Run r =
        cli({QStringLiteral("secret"), QStringLiteral("set"), QStringLiteral("remote-status")},
            "short6\n");
    QCOMPARE(r.exitCode, 65); // EX_DATAERR
    QVERIFY2(r.err.contains(PasswordDigest::checkPassword(QStringLiteral("short6")).toUtf8()),
             r.err.constData());
    QCOMPARE(secretFile(), before);
    QVERIFY(!secretFile().contains("short6"));
}

QTEST_GUILESS_MAIN(TestRemoteStatusSecret)
#include "tst_remote_status_secret.moc"
