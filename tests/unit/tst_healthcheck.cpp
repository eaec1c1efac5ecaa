// SPDX-License-Identifier: GPL-3.0-or-later
// HealthCheck: the one evaluation behind `mailwright-cli check` and `metrics`. Each state
// from made-up snapshots, the threshold edges (a level is reached AT its value), and the
// syntax of the plugin line (Monitoring Plugins guidelines) and of the Prometheus text.
#include "notify/HealthCheck.h"

#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace mw;
using State = HealthReport::State;
Q_DECLARE_METATYPE(mw::HealthReport::State)

namespace {

MailSettings settings()
{
    MailSettings s;
    s.smtp.host = QStringLiteral("mail.example.test");
    s.monitoring.queueWarning = 10;
    s.monitoring.queueCritical = 20;
    s.monitoring.ageWarning = 30;
    s.monitoring.ageCritical = 120;
    s.monitoring.certificateCritical = 3;
    s.alerts.certificateDays = 14;
    return s;
}

StatusSnapshot snapshot()
{
    StatusSnapshot s;
    s.now = QDateTime(QDate(2026, 12, 4), QTime(10, 0), Qt::UTC);
    s.smtpConfigured = true;
    s.smtp.status = ServerStatus::Operating;
    s.smtp.checkedAt = s.now.addSecs(-100);
    return s;
}

// The first line's perfdata, split into its items.
QStringList perfItems(const QString &text)
{
    const QString first = text.section(QLatin1Char('\n'), 0, 0);
    return first.section(QStringLiteral(" | "), 1).split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

QString perfItem(const QString &text, const QString &label)
{
    for (const QString &item : perfItems(text)) {
        if (item.startsWith(label + QLatin1Char('=')))
            return item;
    }
    return {};
}

} // namespace

class TestHealthCheck : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void okWithLastSuccess();
    void queueEdges_data();
    void queueEdges();
    void ageEdges_data();
    void ageEdges();
    void certificateEdges_data();
    void certificateEdges();
    void heldIsCritical();
    void serverFailures_data();
    void serverFailures();
    void deadLettersWarn();
    void backupInUse();
    void unknownWithoutServer();
    void perfdataSyntax();
    void prometheusSyntax();
};

void TestHealthCheck::okWithLastSuccess()
{
    const HealthReport r = HealthCheck::evaluate(settings(), snapshot(), {});
    QCOMPARE(r.state, State::Ok);
    QVERIFY(r.problems.isEmpty());
    QCOMPARE(r.lastSuccessSeconds(), qint64(100));
    const QString text = HealthCheck::nagiosText(r);
    QVERIFY2(text.startsWith(QStringLiteral("MAILWRIGHT OK - queue empty")), qPrintable(text));
    QCOMPARE(perfItem(text, QStringLiteral("last_success")),
             QStringLiteral("last_success=100s;;;0;"));
    QCOMPARE(perfItem(text, QStringLiteral("queue")), QStringLiteral("queue=0;9;19;0;"));
    QCOMPARE(perfItem(text, QStringLiteral("held")), QStringLiteral("held=0;;0;0;1"));

    // No good session known: "U" (undetermined), never a made-up number.
    StatusSnapshot none = snapshot();
    none.smtp.status = ServerStatus::NotConnected;
    const QString unknownLast =
        HealthCheck::nagiosText(HealthCheck::evaluate(settings(), none, {}));
    QCOMPARE(perfItem(unknownLast, QStringLiteral("last_success")),
             QStringLiteral("last_success=U"));
}

void TestHealthCheck::queueEdges_data()
{
    QTest::addColumn<int>("queued");
    QTest::addColumn<State>("expected");
    QTest::newRow("below warning") << 9 << State::Ok;
    QTest::newRow("at warning") << 10 << State::Warning;
    QTest::newRow("below critical") << 19 << State::Warning;
    QTest::newRow("at critical") << 20 << State::Critical;
}

void TestHealthCheck::queueEdges()
{
    QFETCH(int, queued);
    QFETCH(State, expected);
    StatusSnapshot s = snapshot();
    s.queue.waiting = queued;
    s.queue.oldest = s.now; // young: only the count matters here
    const HealthReport r = HealthCheck::evaluate(settings(), s, {});
    QCOMPARE(r.state, expected);
    QCOMPARE(perfItem(HealthCheck::nagiosText(r), QStringLiteral("queue")),
             QStringLiteral("queue=%1;9;19;0;").arg(queued));
}

void TestHealthCheck::ageEdges_data()
{
    QTest::addColumn<int>("ageSeconds");
    QTest::addColumn<State>("expected");
    QTest::newRow("just below warning") << 30 * 60 - 1 << State::Ok;
    QTest::newRow("at warning") << 30 * 60 << State::Warning;
    QTest::newRow("just below critical") << 120 * 60 - 1 << State::Warning;
    QTest::newRow("at critical") << 120 * 60 << State::Critical;
}

void TestHealthCheck::ageEdges()
{
    QFETCH(int, ageSeconds);
    QFETCH(State, expected);
    StatusSnapshot s = snapshot();
    s.queue.waiting = 1;
    s.queue.oldest = s.now.addSecs(-ageSeconds);
    const HealthReport r = HealthCheck::evaluate(settings(), s, {});
    QCOMPARE(r.state, expected);
    QCOMPARE(r.oldestSeconds, qint64(ageSeconds));
    QCOMPARE(perfItem(HealthCheck::nagiosText(r), QStringLiteral("oldest")),
             QStringLiteral("oldest=%1s;1799;7199;0;").arg(ageSeconds));
}

void TestHealthCheck::certificateEdges_data()
{
    QTest::addColumn<int>("days");
    QTest::addColumn<State>("expected");
    QTest::newRow("outside warning") << 15 << State::Ok;
    QTest::newRow("at warning") << 14 << State::Warning;
    QTest::newRow("above critical") << 4 << State::Warning;
    QTest::newRow("at critical") << 3 << State::Critical;
    QTest::newRow("expired") << -1 << State::Critical;
}

void TestHealthCheck::certificateEdges()
{
    QFETCH(int, days);
    QFETCH(State, expected);
    StatusSnapshot s = snapshot();
    // An hour into the day: whole days left are exactly `days` (-1: expired 23 hours ago).
    s.smtp.certNotAfter = s.now.addSecs(qint64(days) * 86400 + 3600);
    const HealthReport r = HealthCheck::evaluate(settings(), s, {});
    QCOMPARE(r.state, expected);
    QCOMPARE(perfItem(HealthCheck::nagiosText(r), QStringLiteral("cert_days_smtp")),
             QStringLiteral("cert_days_smtp=%1;15:;4:").arg(days));
}

void TestHealthCheck::heldIsCritical()
{
    StatusSnapshot s = snapshot();
    s.hold.active = true;
    s.hold.message = QStringLiteral("The server refused the login | again");
    s.queue.waiting = 1;
    s.queue.oldest = s.now;
    const HealthReport r = HealthCheck::evaluate(settings(), s, {});
    QCOMPARE(r.state, State::Critical);
    const QString text = HealthCheck::nagiosText(r);
    QVERIFY2(text.startsWith(QStringLiteral("MAILWRIGHT CRITICAL - the queue is held")),
             qPrintable(text));
    // A '|' in a quoted reason must not start the perfdata early.
    QCOMPARE(text.section(QLatin1Char('\n'), 0, 0).count(QLatin1Char('|')), 1);
    QCOMPARE(perfItem(text, QStringLiteral("held")), QStringLiteral("held=1;;0;0;1"));
}

void TestHealthCheck::serverFailures_data()
{
    QTest::addColumn<bool>("smtp");
    QTest::addColumn<bool>("signIn");
    QTest::addColumn<State>("expected");
    QTest::addColumn<QString>("words");
    QTest::newRow("smtp unable") << true << false << State::Critical
                                 << QStringLiteral("SMTP server: Unable to connect");
    QTest::newRow("smtp sign-in") << true << true << State::Critical
                                  << QStringLiteral("sign-in required");
    QTest::newRow("pop3 unable") << false << false << State::Warning
                                 << QStringLiteral("POP3 server: Unable to connect");
}

void TestHealthCheck::serverFailures()
{
    QFETCH(bool, smtp);
    QFETCH(bool, signIn);
    QFETCH(State, expected);
    QFETCH(QString, words);
    MailSettings set = settings();
    set.pop3.enabled = true;
    set.pop3.host = QStringLiteral("pop.example.test");
    StatusSnapshot s = snapshot();
    s.pop3Configured = true;
    s.pop3.status = ServerStatus::Operating;
    ServerState &failing = smtp ? s.smtp : s.pop3;
    failing.status = ServerStatus::UnableToConnect;
    failing.signInRequired = signIn;
    const HealthReport r = HealthCheck::evaluate(set, s, {});
    QCOMPARE(r.state, expected);
    QVERIFY2(r.problems.join(QLatin1Char(';')).contains(words),
             qPrintable(r.problems.join(QLatin1Char(';'))));
    QVERIFY(HealthCheck::prometheus(r).contains(
        smtp ? QStringLiteral("mailwright_server_up{server=\"smtp\"} 0\n")
             : QStringLiteral("mailwright_server_up{server=\"pop3\"} 0\n")));
}

void TestHealthCheck::deadLettersWarn()
{
    StatusSnapshot s = snapshot();
    s.queue.dead = 2;
    const HealthReport r = HealthCheck::evaluate(settings(), s, {});
    QCOMPARE(r.state, State::Warning);
    QCOMPARE(perfItem(HealthCheck::nagiosText(r), QStringLiteral("dead")),
             QStringLiteral("dead=2;0;;0;"));
}

// The backup carrying the mail is a WARNING (the primary's failure is what it is for);
// the backup failing while in use is CRITICAL; a backup entry older than the primary's
// means the primary is back.
void TestHealthCheck::backupInUse()
{
    MailSettings set = settings();
    set.backupSmtp.enabled = true;
    set.backupSmtp.host = QStringLiteral("backup.example.test");
    StatusSnapshot s = snapshot();
    s.smtp.status = ServerStatus::UnableToConnect;
    ServerState backup;
    backup.status = ServerStatus::Operating;
    backup.checkedAt = s.now.addSecs(-10);

    HealthReport r = HealthCheck::evaluate(set, s, backup);
    QVERIFY(r.backupInUse);
    QCOMPARE(r.state, State::Warning);
    QCOMPARE(r.lastSuccessSeconds(), qint64(10));
    QVERIFY(HealthCheck::prometheus(r).contains(QStringLiteral("mailwright_backup_in_use 1\n")));
    QVERIFY(HealthCheck::prometheus(r).contains(
        QStringLiteral("mailwright_server_up{server=\"backup-smtp\"} 1\n")));

    backup.status = ServerStatus::UnableToConnect;
    r = HealthCheck::evaluate(set, s, backup);
    QCOMPARE(r.state, State::Critical);

    // The primary answered after the backup's last session: back on the primary.
    backup.status = ServerStatus::Operating;
    s.smtp.status = ServerStatus::Operating;
    s.smtp.checkedAt = s.now.addSecs(-5);
    r = HealthCheck::evaluate(set, s, backup);
    QVERIFY(!r.backupInUse);
    QCOMPARE(r.state, State::Ok);

    // Without [backup_smtp] configured, a stale backup entry means nothing.
    set.backupSmtp.enabled = false;
    s.smtp.checkedAt = s.now.addSecs(-100);
    r = HealthCheck::evaluate(set, s, backup);
    QVERIFY(!r.backupInUse);
    QCOMPARE(r.servers.size(), 1);
}

void TestHealthCheck::unknownWithoutServer()
{
    StatusSnapshot s = snapshot();
    s.smtpConfigured = false;
    const HealthReport r = HealthCheck::evaluate(MailSettings{}, s, {});
    QCOMPARE(r.state, State::Unknown);
    const QString text = HealthCheck::nagiosText(r);
    QVERIFY2(text.startsWith(QStringLiteral("MAILWRIGHT UNKNOWN - no SMTP server")),
             qPrintable(text));
    QVERIFY(!text.contains(QLatin1Char('|')));
    QCOMPARE(HealthCheck::json(r).value(QStringLiteral("exit_code")).toInt(), 3);
    QVERIFY(HealthCheck::prometheus(r).endsWith(QStringLiteral("mailwright_check_state 3\n")));
}

void TestHealthCheck::perfdataSyntax()
{
    MailSettings set = settings();
    set.backupSmtp.enabled = true;
    set.backupSmtp.host = QStringLiteral("backup.example.test");
    StatusSnapshot s = snapshot();
    s.queue.waiting = 3;
    s.queue.oldest = s.now.addSecs(-42);
    s.smtp.certNotAfter = s.now.addDays(40);
    ServerState backup;
    backup.certNotAfter = s.now.addDays(2);
    const HealthReport r = HealthCheck::evaluate(set, s, backup);
    const QString text = HealthCheck::nagiosText(r);
    const QString first = text.section(QLatin1Char('\n'), 0, 0);
    QVERIFY2(QRegularExpression(
                 QStringLiteral("^MAILWRIGHT (OK|WARNING|CRITICAL|UNKNOWN) - [^|]+ \\| \\S"))
                 .match(first)
                 .hasMatch(),
             qPrintable(first));
    // 'label'=value[UOM];[warn];[crit];[min];[max], the ranges "N", "N:" or empty.
    const QRegularExpression item(
        QStringLiteral("^('[^'=]+'|[A-Za-z0-9_]+)=(-?[0-9]+(\\.[0-9]+)?|U)(s|ms|us|%|B|KB|MB|TB|c)?"
                       "(;(-?[0-9]+:?)?){0,2}(;(-?[0-9]+)?){0,2}$"));
    QSet<QString> labels;
    for (const QString &p : perfItems(text)) {
        QVERIFY2(item.match(p).hasMatch(), qPrintable(p));
        labels << p.section(QLatin1Char('='), 0, 0);
    }
    QCOMPARE(labels, (QSet<QString>{QStringLiteral("queue"), QStringLiteral("oldest"),
                                    QStringLiteral("last_success"), QStringLiteral("dead"),
                                    QStringLiteral("held"), QStringLiteral("cert_days_smtp"),
                                    QStringLiteral("cert_days_backup_smtp")}));
    QCOMPARE(r.state, State::Critical);          // the backup's certificate expires in 2 days
    QVERIFY(text.count(QLatin1Char('\n')) >= 2); // long output: one line per server
}

void TestHealthCheck::prometheusSyntax()
{
    MailSettings set = settings();
    set.pop3.enabled = true;
    set.pop3.host = QStringLiteral("pop.example.test");
    StatusSnapshot s = snapshot();
    s.pop3Configured = true;
    s.queue.waiting = 12;
    s.queue.oldest = s.now.addSecs(-60);
    s.queue.dead = 1;
    s.smtp.certNotAfter = s.now.addDays(40);
    const HealthReport r = HealthCheck::evaluate(set, s, {});
    const QString text = HealthCheck::prometheus(r);
    QVERIFY(text.endsWith(QLatin1Char('\n')));
    const QRegularExpression help(QStringLiteral("^# HELP ([a-zA-Z_:][a-zA-Z0-9_:]*) \\S.*$"));
    const QRegularExpression type(
        QStringLiteral("^# TYPE ([a-zA-Z_:][a-zA-Z0-9_:]*) (gauge|counter)$"));
    const QRegularExpression sample(QStringLiteral(
        "^([a-zA-Z_:][a-zA-Z0-9_:]*)(\\{[a-zA-Z_][a-zA-Z0-9_]*=\"(?:[^\"\\\\\\n]|\\\\.)*\"\\})? "
        "(-?[0-9]+(\\.[0-9]+)?)$"));
    QSet<QString> typed;
    QMap<QString, QString> values;
    QString lastType;
    for (const QString &line : text.chopped(1).split(QLatin1Char('\n'))) {
        if (const auto m = help.match(line); m.hasMatch())
            continue;
        if (const auto m = type.match(line); m.hasMatch()) {
            QVERIFY2(!typed.contains(m.captured(1)), qPrintable(line)); // one TYPE per metric
            typed << m.captured(1);
            lastType = m.captured(1);
            continue;
        }
        const auto m = sample.match(line);
        QVERIFY2(m.hasMatch(), qPrintable(line));
        // Samples follow their own TYPE line, all of a metric together.
        QCOMPARE(m.captured(1), lastType);
        values.insert(m.captured(1) + m.captured(2), m.captured(3));
    }
    QCOMPARE(values.value(QStringLiteral("mailwright_queue_messages")), QStringLiteral("12"));
    QCOMPARE(values.value(QStringLiteral("mailwright_queue_oldest_seconds")), QStringLiteral("60"));
    QCOMPARE(values.value(QStringLiteral("mailwright_dead_letters")), QStringLiteral("1"));
    QCOMPARE(values.value(QStringLiteral("mailwright_queue_held")), QStringLiteral("0"));
    QCOMPARE(values.value(QStringLiteral("mailwright_check_state")), QStringLiteral("1"));
    QCOMPARE(values.value(QStringLiteral("mailwright_last_success_timestamp_seconds")),
             QString::number(s.smtp.checkedAt.toSecsSinceEpoch()));
    QCOMPARE(values.value(QStringLiteral(
                 "mailwright_certificate_expiry_timestamp_seconds{server=\"smtp\"}")),
             QString::number(s.smtp.certNotAfter.toSecsSinceEpoch()));
    QCOMPARE(values.value(QStringLiteral("mailwright_server_up{server=\"smtp\"}")),
             QStringLiteral("1"));
    QCOMPARE(values.value(QStringLiteral("mailwright_server_up{server=\"pop3\"}")),
             QStringLiteral("0"));
}

QTEST_GUILESS_MAIN(TestHealthCheck)
#include "tst_healthcheck.moc"
