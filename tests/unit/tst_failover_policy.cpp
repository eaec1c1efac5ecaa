// SPDX-License-Identifier: GPL-3.0-or-later
// FailoverPolicy: when the queue moves to the backup SMTP server and back, without servers,
// and its state file in the spool folder.
#include "delivery/FailoverPolicy.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace mw;

class TestFailoverPolicy : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void connectionFailuresWaitForTheDelay();
    void heldPrimaryMovesAtOnce();
    void answeringPrimaryReturns();
    void messageRefusalIsNoOutage();
    void stateSurvivesInTheSpool();
};

namespace {

const QDateTime t0 = QDateTime(QDate(2026, 12, 4), QTime(10, 0), Qt::UTC);

Result refused()
{
    return Result::failure(ErrorClass::Refused, Phase::Connect, QStringLiteral("refused"));
}

} // namespace

void TestFailoverPolicy::connectionFailuresWaitForTheDelay()
{
    FailoverDecision d = FailoverPolicy::afterPrimary(t0, {}, refused(), false, 120);
    QVERIFY(!d.toBackup);
    QCOMPARE(d.state.outageSince, t0);
    QVERIFY(!d.state.onBackup);
    d = FailoverPolicy::afterPrimary(t0.addSecs(119), d.state, refused(), false, 120);
    QVERIFY(!d.toBackup);
    QCOMPARE(d.state.outageSince, t0); // the outage's start is kept
    d = FailoverPolicy::afterPrimary(t0.addSecs(120), d.state, refused(), false, 120);
    QVERIFY(d.toBackup);
    QVERIFY(d.failedOver);
    QVERIFY(d.state.onBackup);
    QCOMPARE(d.state.reason, QStringLiteral("refused"));
    // Still down on the next pass: on the backup, but no second move.
    d = FailoverPolicy::afterPrimary(t0.addSecs(200), d.state, refused(), false, 120);
    QVERIFY(d.toBackup);
    QVERIFY(!d.failedOver);
    // A 421 to the greeting is the server not serving: the same.
    const Result busy = Result::failure(ErrorClass::Temporary, Phase::Greeting, QString());
    d = FailoverPolicy::afterPrimary(t0.addSecs(300), d.state, busy, false, 120);
    QVERIFY(d.toBackup);
}

void TestFailoverPolicy::heldPrimaryMovesAtOnce()
{
    const Result auth = Result::failure(ErrorClass::AuthFailed, Phase::Auth, QStringLiteral("no"));
    const FailoverDecision d = FailoverPolicy::afterPrimary(t0, {}, auth, true, 120);
    QVERIFY(d.toBackup);
    QVERIFY(d.failedOver);
    QVERIFY(!d.state.outageSince.isValid());
    QCOMPARE(d.state.reason, QStringLiteral("no"));
}

void TestFailoverPolicy::answeringPrimaryReturns()
{
    FailoverState on;
    on.onBackup = true;
    on.outageSince = t0;
    FailoverDecision d =
        FailoverPolicy::afterPrimary(t0.addSecs(600), on, Result::success(Phase::Done), false, 1);
    QVERIFY(!d.toBackup);
    QVERIFY(d.returnedToPrimary);
    QCOMPARE(d.state, FailoverState{});
    // Answering while never on the backup: the outage just ends, no return to report.
    FailoverState down;
    down.outageSince = t0;
    d = FailoverPolicy::afterPrimary(t0.addSecs(1), down, Result::success(Phase::Done), false, 60);
    QVERIFY(!d.returnedToPrimary);
    QVERIFY(!d.state.outageSince.isValid());
}

void TestFailoverPolicy::messageRefusalIsNoOutage()
{
    // A 5xx (or 4xx) to one message: the primary answered; that message is never moved.
    for (const Result &r :
         {Result::failure(ErrorClass::MessageRejected, Phase::Data, QStringLiteral("550")),
          Result::failure(ErrorClass::RecipientRejected, Phase::Rcpt, QStringLiteral("550")),
          Result::failure(ErrorClass::Temporary, Phase::Rcpt, QStringLiteral("451"))}) {
        FailoverState down;
        down.outageSince = t0;
        const FailoverDecision d = FailoverPolicy::afterPrimary(t0.addSecs(999), down, r, false, 1);
        QVERIFY(!d.toBackup);
    }
}

void TestFailoverPolicy::stateSurvivesInTheSpool()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QCOMPARE(FailoverPolicy::load(dir.path()), FailoverState{});
    FailoverState s;
    s.outageSince = t0;
    s.onBackup = true;
    s.reason = QStringLiteral("Connection refused");
    QString error;
    QVERIFY2(FailoverPolicy::save(dir.path(), s, &error), qPrintable(error));
    QCOMPARE(FailoverPolicy::load(dir.path()), s);
    QVERIFY(FailoverPolicy::save(dir.path(), FailoverState{}, &error));
    QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("failover.json"))));
}

QTEST_GUILESS_MAIN(TestFailoverPolicy)
#include "tst_failover_policy.moc"
