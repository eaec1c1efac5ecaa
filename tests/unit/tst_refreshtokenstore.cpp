// SPDX-License-Identifier: GPL-3.0-or-later
// The OAuth2 refresh token in the secret store (RefreshTokenStore): split over several
// entries for Windows Credential Manager's 2560-byte limit, and written so that a
// provider rotating the token on every refresh (Microsoft) never finds the store without
// one complete token, whatever step of the write fails.
#include "oauth/RefreshTokenStore.h"
#include "settings/MemorySecretStore.h"

#include <QHash>
#include <QTest>

using namespace mw;

namespace {

// A secret store whose entries the test can see and set, that keeps a copy of them after
// every change (to check each moment of a multi-step write), and can fail the n-th change
// (a full disk, a keychain that went away, a process that ends there).
class MapStore : public SecretStore
{
public:
    QString backendName() const override { return QStringLiteral("map"); }
    QHash<QString, QString> entries;
    QList<QHash<QString, QString>> moments;
    int failChange = 0; // 1-based; 0: never
    int changes = 0;

protected:
    void doRead(const QString &account, Callback done) override
    {
        const auto it = entries.constFind(account);
        done(it == entries.constEnd() ? SecretResult::notFound() : SecretResult::success(*it));
    }
    void doWrite(const QString &account, const QString &secret, Callback done) override
    {
        if (++changes == failChange)
            return done(SecretResult::failure(QStringLiteral("the disk is full")));
        entries.insert(account, secret);
        moments << entries;
        done(SecretResult::success());
    }
    void doRemove(const QString &account, Callback done) override
    {
        if (++changes == failChange)
            return done(SecretResult::failure(QStringLiteral("the disk is full")));
        entries.remove(account);
        moments << entries;
        done(SecretResult::success());
    }
};

SecretResult readToken(const QHash<QString, QString> &entries)
{
    MapStore store;
    store.entries = entries;
    QObject context;
    SecretResult out = SecretResult::failure(QStringLiteral("no answer"));
    bool done = false;
    RefreshTokenStore::read(&store, &context, [&](const SecretResult &r) {
        out = r;
        done = true;
    });
    if (!QTest::qWaitFor([&] { return done; }, 5000))
        qWarning("the store did not answer");
    return out;
}

SecretResult writeToken(SecretStore *store, const QString &token)
{
    QObject context;
    SecretResult out = SecretResult::failure(QStringLiteral("no answer"));
    bool done = false;
    RefreshTokenStore::write(store, token, &context, [&](const SecretResult &r) {
        out = r;
        done = true;
    });
    if (!QTest::qWaitFor([&] { return done; }, 5000))
        qWarning("the store did not answer");
    return out;
}

// Old tokens in capitals, new ones in small letters: a leftover is easy to tell.
QString tokenOf(int length, bool old)
{
    QString t;
    for (int i = 0; i < length; ++i)
        t += QLatin1Char((old ? "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_."
                              : "abcdefghijklmnopqrstuvwxyz0123456789-_.")[i % 39]);
    return t;
}

} // namespace

class TestRefreshTokenStore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void refreshTokenStore_data();
    void refreshTokenStore();
    void refreshTokenTooLong();
    void rotationNeverLosesToken_data();
    void rotationNeverLosesToken();
};

void TestRefreshTokenStore::refreshTokenStore_data()
{
    QTest::addColumn<int>("length");
    QTest::addColumn<int>("chunks"); // 0: stored whole in oauth-refresh
    QTest::newRow("google-size") << 103 << 0;
    QTest::newRow("exactly-one-chunk") << RefreshTokenStore::kChunkChars << 0;
    QTest::newRow("microsoft-size-split") << 2400 << 2;
    QTest::newRow("largest-kept") << RefreshTokenStore::kChunkChars * RefreshTokenStore::kMaxChunks
                                  << RefreshTokenStore::kMaxChunks;
}

void TestRefreshTokenStore::refreshTokenStore()
{
    QFETCH(int, length);
    QFETCH(int, chunks);
    MapStore store;
    QObject context;
    QString token;
    for (int i = 0; i < length; ++i)
        token += QLatin1Char("abcdefghijklmnopqrstuvwxyz0123456789-_."[i % 39]);

    // A longer token first: writing the shorter one must not leave its chunks behind.
    QString longer(RefreshTokenStore::kChunkChars * 3, QLatin1Char('Z'));
    bool done = false;
    SecretResult result;
    RefreshTokenStore::write(&store, longer, &context, [&](const SecretResult &r) {
        result = r;
        done = true;
    });
    QTRY_VERIFY_WITH_TIMEOUT(done, 5000);
    QVERIFY(result.ok());

    done = false;
    RefreshTokenStore::write(&store, token, &context, [&](const SecretResult &r) {
        result = r;
        done = true;
    });
    QTRY_VERIFY_WITH_TIMEOUT(done, 5000);
    QVERIFY2(result.ok(), qPrintable(result.error));

    // Every entry fits Windows Credential Manager (2560 bytes, even as UTF-16), and
    // nothing of the longer token is left: the marker and exactly `chunks` chunks.
    for (auto it = store.entries.cbegin(); it != store.entries.cend(); ++it)
        QVERIFY(it.value().size() * 2 <= 2560);
    QCOMPARE(int(store.entries.size()), 1 + chunks);
    if (chunks > 0)
        QVERIFY2(store.entries.value(RefreshTokenStore::kAccount)
                     .startsWith(QStringLiteral("mw-chunks:%1:").arg(chunks)),
                 qPrintable(store.entries.value(RefreshTokenStore::kAccount)));
    else
        QCOMPARE(store.entries.value(RefreshTokenStore::kAccount), token);

    done = false;
    RefreshTokenStore::read(&store, &context, [&](const SecretResult &r) {
        result = r;
        done = true;
    });
    QTRY_VERIFY_WITH_TIMEOUT(done, 5000);
    QVERIFY(result.ok());
    QCOMPARE(result.secret, token);

    done = false;
    RefreshTokenStore::remove(&store, &context, [&](const SecretResult &r) {
        result = r;
        done = true;
    });
    QTRY_VERIFY_WITH_TIMEOUT(done, 5000);
    QVERIFY(result.ok());
    done = false;
    RefreshTokenStore::read(&store, &context, [&](const SecretResult &r) {
        result = r;
        done = true;
    });
    QTRY_VERIFY_WITH_TIMEOUT(done, 5000);
    QCOMPARE(result.status, SecretResult::Status::NotFound);
}

void TestRefreshTokenStore::refreshTokenTooLong()
{
    MemorySecretStore store;
    QObject context;
    bool done = false;
    SecretResult result;
    const QString huge(RefreshTokenStore::kChunkChars * RefreshTokenStore::kMaxChunks + 1,
                       QLatin1Char('x'));
    RefreshTokenStore::write(&store, huge, &context, [&](const SecretResult &r) {
        result = r;
        done = true;
    });
    QVERIFY(!done); // always later, from the event loop
    QTRY_VERIFY_WITH_TIMEOUT(done, 5000);
    QCOMPARE(result.status, SecretResult::Status::Error);
    QVERIFY2(result.error.contains(QLatin1String("was not saved")), qPrintable(result.error));
    QVERIFY(!result.error.contains(huge.left(50)));
}

void TestRefreshTokenStore::rotationNeverLosesToken_data()
{
    QTest::addColumn<int>("oldLength");
    QTest::addColumn<int>("newLength");
    QTest::addColumn<bool>("legacy"); // the old token as older versions chunked it
    const int c = RefreshTokenStore::kChunkChars;
    QTest::newRow("short-to-short") << 100 << 120 << false;
    QTest::newRow("short-to-chunked") << 100 << 2 * c + 5 << false;
    QTest::newRow("chunked-to-chunked") << 3 * c << 2 * c + 7 << false;
    QTest::newRow("chunked-to-longer") << 2 * c << 5 * c << false;
    QTest::newRow("chunked-to-short") << 2 * c + 1 << 90 << false;
    QTest::newRow("legacy-chunked-to-chunked") << 2 * c + 3 << 2 * c + 9 << true;
    QTest::newRow("legacy-chunked-to-short") << 3 * c << 80 << true;
}

void TestRefreshTokenStore::rotationNeverLosesToken()
{
    // A provider that rotates refresh tokens refuses the old one once the new one is
    // issued: at every moment of the write the store must hold one complete token, the
    // old or the new, and a write that fails must leave the old one.
    QFETCH(int, oldLength);
    QFETCH(int, newLength);
    QFETCH(bool, legacy);
    const QString oldToken = tokenOf(oldLength, true);
    const QString newToken = tokenOf(newLength, false);
    QHash<QString, QString> before;
    if (legacy) {
        const int n = int((oldToken.size() + RefreshTokenStore::kChunkChars - 1) /
                          RefreshTokenStore::kChunkChars);
        before.insert(RefreshTokenStore::kAccount, QStringLiteral("mw-chunks:%1").arg(n));
        for (int i = 1; i <= n; ++i)
            before.insert(RefreshTokenStore::chunkAccount(QString(), i),
                          oldToken.mid((i - 1) * RefreshTokenStore::kChunkChars,
                                       RefreshTokenStore::kChunkChars));
    } else {
        MapStore setup;
        QVERIFY(writeToken(&setup, oldToken).ok());
        before = setup.entries;
    }
    QCOMPARE(readToken(before).secret, oldToken);

    MapStore store;
    store.entries = before;
    const SecretResult written = writeToken(&store, newToken);
    QVERIFY2(written.ok(), qPrintable(written.error));
    QCOMPARE(readToken(store.entries).secret, newToken);
    QVERIFY(!store.moments.isEmpty());
    for (int i = 0; i < store.moments.size(); ++i) {
        const SecretResult r = readToken(store.moments.at(i));
        QVERIFY2(r.ok() && (r.secret == oldToken || r.secret == newToken),
                 qPrintable(QStringLiteral("moment %1 of %2: %3")
                                .arg(i + 1)
                                .arg(store.moments.size())
                                .arg(r.ok() ? QStringLiteral("another token") : r.error)));
    }
    // Nothing of the old token is left behind.
    for (auto it = store.entries.cbegin(); it != store.entries.cend(); ++it)
        QVERIFY2(!it.value().contains(QLatin1Char('A')), qPrintable(it.key()));

    // The write fails at each change in turn: the old token stays whole until the switch,
    // and a reported failure always leaves the old one.
    const int steps = store.changes;
    for (int fail = 1; fail <= steps; ++fail) {
        MapStore broken;
        broken.entries = before;
        broken.failChange = fail;
        const SecretResult r = writeToken(&broken, newToken);
        const SecretResult now = readToken(broken.entries);
        QVERIFY2(now.ok(),
                 qPrintable(QStringLiteral("failing change %1: %2").arg(fail).arg(now.error)));
        if (!r.ok())
            QCOMPARE(now.secret, oldToken);
        else
            QCOMPARE(now.secret, newToken);
    }
}

QTEST_GUILESS_MAIN(TestRefreshTokenStore)
#include "tst_refreshtokenstore.moc"
