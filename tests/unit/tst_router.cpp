// SPDX-License-Identifier: GPL-3.0-or-later
#include "delivery/Router.h"

#include <QTest>

using namespace mw;

class TestRouter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void route_data();
    void route();
    void addressList_data();
    void addressList();
};

void TestRouter::route_data()
{
    QTest::addColumn<QString>("category");
    QTest::addColumn<QStringList>("permitted");
    QTest::addColumn<QStringList>("to");
    QTest::addColumn<QStringList>("recipients");
    QTest::addColumn<QStringList>("copies");
    QTest::addColumn<QStringList>("refused");
    const auto L = [](std::initializer_list<const char *> l) {
        QStringList out;
        for (const char *s : l)
            out << QString::fromLatin1(s);
        return out;
    };
    QTest::addRow("job-gets-copy-all-only")
        << "job" << QStringList() << L({"u@x.test"}) << L({"u@x.test", "all@x.test"})
        << L({"all@x.test"}) << QStringList();
    QTest::addRow("error-adds-technician") << "error" << QStringList() << L({"u@x.test"})
                                           << L({"u@x.test", "all@x.test", "tech@x.test"})
                                           << L({"all@x.test", "tech@x.test"}) << QStringList();
    QTest::addRow("console-adds-desk") << "console" << QStringList() << L({"u@x.test"})
                                       << L({"u@x.test", "all@x.test", "desk@x.test"})
                                       << L({"all@x.test", "desk@x.test"}) << QStringList();
    QTest::addRow("duplicate-copy-case-insensitive-removed")
        << "job" << QStringList() << L({"ALL@X.test", "u@x.test", "u@x.test"})
        << L({"ALL@X.test", "u@x.test"}) << QStringList() << QStringList();
    QTest::addRow("permitted-domain-and-address")
        << "error" << L({"@x.test", "boss@y.test"}) << L({"u@x.test", "boss@y.test", "evil@z.test"})
        << L({"u@x.test", "boss@y.test", "all@x.test", "tech@x.test"})
        << L({"all@x.test", "tech@x.test"}) << L({"evil@z.test"});
    QTest::addRow("copies-subject-to-permitted-list")
        << "error" << L({"u@x.test"}) << L({"u@x.test"}) << L({"u@x.test"}) << QStringList()
        << L({"all@x.test", "tech@x.test"});
    QTest::addRow("domain-entry-does-not-match-subdomain")
        << "job" << L({"@x.test"}) << L({"u@sub.x.test"}) << L({"all@x.test"}) << L({"all@x.test"})
        << L({"u@sub.x.test"});
}

void TestRouter::route()
{
    QFETCH(QString, category);
    QFETCH(QStringList, permitted);
    QFETCH(QStringList, to);
    QFETCH(QStringList, recipients);
    QFETCH(QStringList, copies);
    QFETCH(QStringList, refused);
    MailSettings s;
    s.copies.all = QStringLiteral("all@x.test");
    s.copies.errors = QStringLiteral("tech@x.test");
    s.copies.console = QStringLiteral("desk@x.test");
    s.recipients.permitted = permitted;
    const Route r = Router::route(s, *mailCategoryFromId(category), to);
    QCOMPARE(r.recipients, recipients);
    QCOMPARE(r.copies, copies);
    QStringList got;
    for (const RefusedRecipient &x : r.refused) {
        got << x.address;
        QVERIFY2(x.reason.contains(x.address), qPrintable(x.reason)); // the reason names it
    }
    QCOMPARE(got, refused);
}

void TestRouter::addressList_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QStringList>("addresses");
    QTest::addRow("bare") << "a@x.test" << QStringList{QStringLiteral("a@x.test")};
    QTest::addRow("quoted-name-with-comma")
        << "\"Doe, John\" <j@x.test>, k@x.test"
        << QStringList{QStringLiteral("j@x.test"), QStringLiteral("k@x.test")};
    QTest::addRow("comment-skipped")
        << "a@x.test (Alice, ops)" << QStringList{QStringLiteral("a@x.test")};
    QTest::addRow("group") << "team: a@x.test, b@x.test;"
                           << QStringList{QStringLiteral("a@x.test"), QStringLiteral("b@x.test")};
    QTest::addRow("unquoted-name")
        << "John Doe <j@x.test>" << QStringList{QStringLiteral("j@x.test")};
    QTest::addRow("empty") << "" << QStringList();
}

void TestRouter::addressList()
{
    QFETCH(QString, value);
    QFETCH(QStringList, addresses);
    QCOMPARE(Router::parseAddressList(value), addresses);
}

QTEST_GUILESS_MAIN(TestRouter)
#include "tst_router.moc"
