// SPDX-License-Identifier: GPL-3.0-or-later
// Server names looked up on NameLookup's own threads (core/protocol/NameLookup.h): the
// system resolver's answer, given on the caller's thread and never before lookUp returns; a
// look-ahead taken by the next lookup of the same name; an aborted lookup that calls nobody.
// The names RFC 6761 reserves are answered without the resolver (localhost and the names
// under it: the loopback addresses; .invalid: no such name). The resolver's own path is
// driven with an address literal (getaddrinfo answers it without asking a server).
#include "protocol/NameLookup.h"

#include <QHostAddress>
#include <QSignalSpy>
#include <QTest>
#include <QThread>
#include <QUdpSocket>

using namespace mw;

// A name the resolver itself answers (getaddrinfo takes the literal without a server).
static const QString kLiteral = QStringLiteral("127.0.0.1");

class TestNameLookup : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void resolvesLocalhost();
    void localhostNamesAreLoopbackWithoutTheResolver();
    void unknownNameIsAnError();
    void answerComesOnTheCallersThreadLater();
    void lookAheadIsTakenOnce();
    void abortedLookupCallsNobody();
};

void TestNameLookup::resolvesLocalhost()
{
    const NameLookup::Answer a = NameLookup::resolve(QStringLiteral("localhost"));
    QVERIFY2(a.error.isEmpty(), qPrintable(a.error));
    QVERIFY(!a.addresses.isEmpty());
    for (const QHostAddress &address : a.addresses)
        QVERIFY2(address.isLoopback(), qPrintable(address.toString()));
    // Each address once, although the resolver lists one per socket type unless asked.
    for (int i = 0; i < a.addresses.size(); ++i)
        QCOMPARE(a.addresses.count(a.addresses.at(i)), 1);
}

void TestNameLookup::localhostNamesAreLoopbackWithoutTheResolver()
{
    // RFC 6761 6.3: the loopback addresses, IPv4's first, whatever the hosts file says (a
    // name under localhost is in no hosts file, so the resolver would not find it).
    // ::1 where this host has it (a socket binds to it); Linux can run without it.
    QList<QHostAddress> loopback{QHostAddress(QHostAddress::LocalHost)};
    if (QUdpSocket probe; probe.bind(QHostAddress(QHostAddress::LocalHostIPv6), 0))
        loopback << QHostAddress(QHostAddress::LocalHostIPv6);
    for (const char *name :
         {"localhost", "LocalHost", "localhost.", "mail.localhost", "relay.mail.localhost."}) {
        const NameLookup::Answer a = NameLookup::resolve(QString::fromLatin1(name));
        QVERIFY2(a.error.isEmpty(), name);
        QCOMPARE(a.addresses, loopback);
    }
    // Not under localhost: the resolver's (an unknown name under .invalid, RFC 6761 6.4).
    for (const char *name : {"notlocalhost.invalid", "localhost.invalid", "localhostx.invalid"}) {
        const NameLookup::Answer a = NameLookup::resolve(QString::fromLatin1(name));
        QVERIFY2(a.addresses.isEmpty(), name);
        QVERIFY2(!a.error.isEmpty(), name);
    }
    // Through lookUp: answered on the caller's thread, never before lookUp returns.
    bool called = false;
    NameLookup::Answer answer;
    (void)NameLookup::lookUp(QStringLiteral("smtp.localhost"), this,
                             [&](const NameLookup::Answer &a) {
                                 called = true;
                                 answer = a;
                             });
    QVERIFY(!called);
    QTRY_VERIFY_WITH_TIMEOUT(called, 10000);
    QCOMPARE(answer.addresses, loopback);
}

void TestNameLookup::unknownNameIsAnError()
{
    const NameLookup::Answer a = NameLookup::resolve(QStringLiteral("no-such-host.invalid"));
    QVERIFY(a.addresses.isEmpty());
    QVERIFY(!a.error.isEmpty());
}

void TestNameLookup::answerComesOnTheCallersThreadLater()
{
    bool called = false;
    QThread *thread = nullptr;
    NameLookup::Answer answer;
    (void)NameLookup::lookUp(kLiteral, this, [&](const NameLookup::Answer &a) {
        called = true;
        thread = QThread::currentThread();
        answer = a;
    });
    QVERIFY(!called); // queued, even when the answer is there already
    QTRY_VERIFY_WITH_TIMEOUT(called, 10000);
    QCOMPARE(thread, QThread::currentThread());
    QVERIFY(!answer.addresses.isEmpty());
}

void TestNameLookup::lookAheadIsTakenOnce()
{
    // The look-ahead's answer is what the next lookUp of the name gets; both answers are
    // the resolver's for the name.
    NameLookup::lookAhead(kLiteral);
    NameLookup::Answer first;
    bool called = false;
    (void)NameLookup::lookUp(kLiteral, this, [&](const NameLookup::Answer &a) {
        first = a;
        called = true;
    });
    QTRY_VERIFY_WITH_TIMEOUT(called, 10000);
    QCOMPARE(first.addresses, NameLookup::resolve(kLiteral).addresses);
    // An unknown name looked ahead gives its error to the lookup that takes it.
    NameLookup::lookAhead(QStringLiteral("no-such-host.invalid"));
    called = false;
    NameLookup::Answer second;
    (void)NameLookup::lookUp(QStringLiteral("no-such-host.invalid"), this,
                             [&](const NameLookup::Answer &a) {
                                 second = a;
                                 called = true;
                             });
    QTRY_VERIFY_WITH_TIMEOUT(called, 10000);
    QVERIFY(second.addresses.isEmpty());
    QVERIFY(!second.error.isEmpty());
}

void TestNameLookup::abortedLookupCallsNobody()
{
    int calls = 0;
    int other = 0;
    const int id = NameLookup::lookUp(kLiteral, this, [&](const NameLookup::Answer &) { ++calls; });
    NameLookup::abort(id);
    // A second lookup of the same name still gets its answer.
    (void)NameLookup::lookUp(kLiteral, this, [&](const NameLookup::Answer &) { ++other; });
    QTRY_COMPARE_WITH_TIMEOUT(other, 1, 10000);
    QTest::qWait(100);
    QCOMPARE(calls, 0);
    // A context destroyed before the answer is delivered drops it.
    auto *context = new QObject;
    int late = 0;
    const int lateId =
        NameLookup::lookUp(kLiteral, context, [&](const NameLookup::Answer &) { ++late; });
    NameLookup::abort(lateId);
    delete context;
    QTest::qWait(100);
    QCOMPARE(late, 0);
}

QTEST_GUILESS_MAIN(TestNameLookup)
#include "tst_namelookup.moc"
