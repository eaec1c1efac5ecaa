// SPDX-License-Identifier: GPL-3.0-or-later
// mailwright-cli check and metrics on real files: a configuration and a spool made by the
// real `send` and `queue run` against a real Exim, then the plugin's exit code and first
// line in each state, and the metrics parsed by the reference Prometheus parser
// (python3-prometheus-client).
#include "EximFixture.h"
#include "TestPaths.h"
#include "settings/MailSettings.h"
#include "settings/SettingsStore.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <functional>
#include <memory>
#include <sys/stat.h>

using namespace mw;
using mw::test::EximFixture;

namespace {

struct Run
{
    int code = -1;
    QByteArray out;
    QByteArray err;
};

// The first line of the plugin output (guidelines: "SERVICE STATUS - text | perfdata").
const QRegularExpression kFirstLine(
    QStringLiteral("^MAILWRIGHT (OK|WARNING|CRITICAL|UNKNOWN) - [^|\\n]+( \\| [^\\n]+)?$"));

// Prints every sample as "name{labels} value" after the reference parser read the text.
const char kParse[] = R"(
import sys
from prometheus_client.parser import text_string_to_metric_families
for family in text_string_to_metric_families(sys.stdin.read()):
    for s in family.samples:
        labels = ",".join('%s="%s"' % kv for kv in sorted(s.labels.items()))
        print("%s%s %s %s" % (s.name, "{" + labels + "}" if labels else "", repr(s.value), family.type))
)";

} // namespace

class TestCliCheck : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void unknownWithoutConfiguration();
    void okAfterDelivery();
    void warningForOldMessages();
    void criticalWhenHeld();
    void metricsOutputIsAtomic();

private:
    void writeConfig(const std::function<void(MailSettings &)> &change = {});
    Run cli(const QStringList &args, const QByteArray &input = {}, const QString &password = {});
    // The samples of `metrics`, parsed by prometheus_client: "name{labels}" → value.
    QMap<QString, double> parseMetrics(const QByteArray &text);
    static QString firstLine(const Run &r) { return QString::fromUtf8(r.out).section(u'\n', 0, 0); }

    std::unique_ptr<EximFixture> m_exim;
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_config;
};

void TestCliCheck::initTestCase()
{
    m_exim = std::make_unique<EximFixture>();
    QVERIFY2(m_exim->start(), qPrintable(m_exim->errorString()));
}

void TestCliCheck::init()
{
    m_exim->clearMaildir();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_config = m_dir->filePath(QStringLiteral("mailwright.ini"));
    writeConfig();
}

void TestCliCheck::writeConfig(const std::function<void(MailSettings &)> &change)
{
    MailSettings s = mw::test::smtpThroughExim(*m_exim);
    s.mailboxes.from = QStringLiteral("alerts@example.test");
    s.mailboxes.notify = QStringLiteral("admin@example.test");
    s.delivery.queueDir = m_dir->filePath(QStringLiteral("queue"));
    // No notices about the held queue in these tests: only the message sent is counted.
    s.alerts.enabled = false;
    if (change)
        change(s);
    QString error;
    QVERIFY2(SettingsStore(m_config).save(s, &error), qPrintable(error));
}

Run TestCliCheck::cli(const QStringList &args, const QByteArray &input, const QString &password)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("MAILWRIGHT_SMTP_PASSWORD"),
               password.isEmpty() ? m_exim->password() : password);
    // The status file lives in the per-user data folder: this test's own.
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir->filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("XDG_STATE_HOME"), m_dir->filePath(QStringLiteral("state")));
    p.setProcessEnvironment(env);
    p.start(test::cliPath(), QStringList{QStringLiteral("--config"), m_config,
                                         QStringLiteral("--lang"), QStringLiteral("en")} +
                                 args);
    Run r;
    if (!p.waitForStarted(10000))
        return r;
    p.write(input);
    p.closeWriteChannel();
    if (!p.waitForFinished(30000)) {
        p.kill();
        p.waitForFinished(5000);
        return r;
    }
    r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

QMap<QString, double> TestCliCheck::parseMetrics(const QByteArray &text)
{
    QMap<QString, double> samples;
    QProcess py;
    py.start(test::python(), {QStringLiteral("-c"), QString::fromLatin1(kParse)});
    if (!py.waitForStarted(10000))
        return samples;
    py.write(text);
    py.closeWriteChannel();
    py.waitForFinished(20000);
    if (py.exitCode() != 0) {
        qWarning("prometheus_client refused the text: %s", py.readAllStandardError().constData());
        return samples;
    }
    for (const QByteArray &line : py.readAllStandardOutput().split('\n')) {
        const QList<QByteArray> f = line.split(' ');
        if (f.size() == 3)
            samples.insert(QString::fromUtf8(f.at(0)), f.at(1).toDouble());
    }
    return samples;
}

void TestCliCheck::unknownWithoutConfiguration()
{
    QFile::remove(m_config);
    const Run r = cli({QStringLiteral("check")});
    QCOMPARE(r.code, 3);
    QVERIFY2(kFirstLine.match(firstLine(r)).hasMatch(), r.out.constData());
    QVERIFY2(firstLine(r).startsWith(
                 QStringLiteral("MAILWRIGHT UNKNOWN - there is no configuration file")),
             r.out.constData());
    const Run j = cli({QStringLiteral("check"), QStringLiteral("--json")});
    QCOMPARE(j.code, 3);
    const QJsonObject o = QJsonDocument::fromJson(j.out).object();
    QCOMPARE(o.value(QLatin1String("state")).toString(), QStringLiteral("UNKNOWN"));
    // metrics still makes a valid exposition, saying UNKNOWN.
    const Run m = cli({QStringLiteral("metrics")});
    QCOMPARE(m.code, 0);
    QCOMPARE(parseMetrics(m.out).value(QStringLiteral("mailwright_check_state"), -1), 3.0);

    // A file that cannot be read as settings: UNKNOWN, the reason on the first line (an
    // agent such as NRPE passes on standard output only).
    QFile broken(m_config);
    QVERIFY(broken.open(QIODevice::WriteOnly));
    broken.write("[smtp]\nport = abc\n");
    broken.close();
    const Run malformed = cli({QStringLiteral("check")});
    QCOMPARE(malformed.code, 3);
    QVERIFY2(kFirstLine.match(firstLine(malformed)).hasMatch(), malformed.out.constData());
    QVERIFY2(firstLine(malformed).contains(QStringLiteral("smtp/port")), malformed.out.constData());

    // A spool that is not a folder cannot be read: UNKNOWN, not an empty queue.
    writeConfig();
    QFile file(m_dir->filePath(QStringLiteral("queue")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();
    const Run spool = cli({QStringLiteral("check")});
    QCOMPARE(spool.code, 3);
    QVERIFY2(firstLine(spool).contains(QStringLiteral("spool")), spool.out.constData());
}

void TestCliCheck::okAfterDelivery()
{
    QCOMPARE(
        cli({QStringLiteral("send"), QStringLiteral("--to"), QStringLiteral("user@example.test"),
             QStringLiteral("--subject"), QStringLiteral("disk full")},
            "body\n")
            .code,
        0);
    const Run run = cli({QStringLiteral("queue"), QStringLiteral("run"), QStringLiteral("--once")});
    QVERIFY2(run.code == 0, QByteArray(run.out + run.err).constData());
    QVERIFY(m_exim->waitForMessages(1));

    const Run r = cli({QStringLiteral("check")});
    QVERIFY2(r.code == 0, r.out.constData());
    const QString first = firstLine(r);
    QVERIFY2(kFirstLine.match(first).hasMatch(), qPrintable(first));
    QVERIFY2(first.startsWith(QStringLiteral("MAILWRIGHT OK - queue empty")), qPrintable(first));
    QVERIFY2(first.contains(QStringLiteral(" queue=0;9;99;0; ")), qPrintable(first));
    // The good session is seconds old; its STARTTLS certificate is recorded.
    QVERIFY2(QRegularExpression(QStringLiteral(" last_success=[0-9]s;")).match(first).hasMatch() ||
                 QRegularExpression(QStringLiteral(" last_success=[1-5][0-9]s;"))
                     .match(first)
                     .hasMatch(),
             qPrintable(first));
    QVERIFY2(
        QRegularExpression(QStringLiteral(" cert_days_smtp=[0-9]+;15:;4:")).match(first).hasMatch(),
        qPrintable(first));
    QVERIFY(!r.out.contains(m_exim->password().toUtf8()));

    const QMap<QString, double> m = parseMetrics(cli({QStringLiteral("metrics")}).out);
    QCOMPARE(m.value(QStringLiteral("mailwright_check_state"), -1), 0.0);
    QCOMPARE(m.value(QStringLiteral("mailwright_queue_messages"), -1), 0.0);
    QCOMPARE(m.value(QStringLiteral("mailwright_queue_held"), -1), 0.0);
    QCOMPARE(m.value(QStringLiteral("mailwright_server_up{server=\"smtp\"}"), -1), 1.0);
    const double last = m.value(QStringLiteral("mailwright_last_success_timestamp_seconds"), 0);
    QVERIFY(qAbs(last - double(QDateTime::currentSecsSinceEpoch())) < 60);
    QVERIFY(
        m.value(QStringLiteral("mailwright_certificate_expiry_timestamp_seconds{server=\"smtp\"}"),
                0) > double(QDateTime::currentSecsSinceEpoch()));
}

// A message queued three minutes ago (its spool record says so) with age_warning = 2.
void TestCliCheck::warningForOldMessages()
{
    writeConfig([](MailSettings &s) {
        s.monitoring.ageWarning = 2;
        s.monitoring.ageCritical = 60;
    });
    QCOMPARE(
        cli({QStringLiteral("send"), QStringLiteral("--to"), QStringLiteral("user@example.test"),
             QStringLiteral("--subject"), QStringLiteral("backup failed")},
            "body\n")
            .code,
        0);
    // Young: OK with one message waiting.
    const Run young = cli({QStringLiteral("check")});
    QVERIFY2(young.code == 0, young.out.constData());
    QVERIFY2(firstLine(young).contains(QStringLiteral(" queue=1;")), young.out.constData());

    const QDir queue(m_dir->filePath(QStringLiteral("queue")));
    const QStringList msgs = queue.entryList({QStringLiteral("*.msg")}, QDir::Files);
    QCOMPARE(msgs.size(), 1);
    QFile f(queue.filePath(msgs.first()));
    QVERIFY(f.open(QIODevice::ReadOnly));
    QByteArray bytes = f.readAll();
    f.close();
    const qsizetype eol = bytes.indexOf('\n');
    QVERIFY(bytes.startsWith("MWQ1 ") && eol > 0);
    QJsonObject meta = QJsonDocument::fromJson(bytes.mid(5, eol - 5).trimmed()).object();
    QVERIFY(meta.contains(QLatin1String("created")));
    meta.insert(QStringLiteral("created"),
                QDateTime::currentDateTimeUtc().addSecs(-180).toString(Qt::ISODateWithMs));
    const bool crlf = eol > 0 && bytes.at(eol - 1) == '\r';
    bytes = "MWQ1 " + QJsonDocument(meta).toJson(QJsonDocument::Compact) + (crlf ? "\r" : "") +
            bytes.mid(eol);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(bytes);
    f.close();

    const Run r = cli({QStringLiteral("check")});
    QCOMPARE(r.code, 1);
    const QString first = firstLine(r);
    QVERIFY2(kFirstLine.match(first).hasMatch(), qPrintable(first));
    QVERIFY2(first.startsWith(
                 QStringLiteral("MAILWRIGHT WARNING - the oldest message has waited 3 minute(s)")),
             qPrintable(first));
    QVERIFY2(QRegularExpression(QStringLiteral(" oldest=1[89][0-9]s;119;3599;0; "))
                 .match(first)
                 .hasMatch(),
             qPrintable(first));
    const Run j = cli({QStringLiteral("--json"), QStringLiteral("check")});
    QCOMPARE(j.code, 1);
    const QJsonObject o = QJsonDocument::fromJson(j.out).object();
    QCOMPARE(o.value(QLatin1String("state")).toString(), QStringLiteral("WARNING"));
    QCOMPARE(o.value(QLatin1String("queue")).toInt(), 1);
}

void TestCliCheck::criticalWhenHeld()
{
    QCOMPARE(
        cli({QStringLiteral("send"), QStringLiteral("--to"), QStringLiteral("user@example.test"),
             QStringLiteral("--subject"), QStringLiteral("raid degraded")},
            "body\n")
            .code,
        0);
    const QString wrong = QStringLiteral("Wrong-Pw-check-9z!");
    const Run run =
        cli({QStringLiteral("queue"), QStringLiteral("run"), QStringLiteral("--once")}, {}, wrong);
    QCOMPARE(run.code, 77); // EX_NOPERM: the queue is held

    const Run r = cli({QStringLiteral("check")});
    QCOMPARE(r.code, 2);
    const QString first = firstLine(r);
    QVERIFY2(kFirstLine.match(first).hasMatch(), qPrintable(first));
    QVERIFY2(first.startsWith(QStringLiteral("MAILWRIGHT CRITICAL - the queue is held")),
             qPrintable(first));
    QVERIFY2(first.contains(QStringLiteral(" held=1;;0;0;1")), qPrintable(first));
    QVERIFY(!r.out.contains(wrong.toUtf8()));

    const Run metrics = cli({QStringLiteral("metrics")});
    QVERIFY(!metrics.out.contains(wrong.toUtf8()));
    const QMap<QString, double> m = parseMetrics(metrics.out);
    QCOMPARE(m.value(QStringLiteral("mailwright_check_state"), -1), 2.0);
    QCOMPARE(m.value(QStringLiteral("mailwright_queue_held"), -1), 1.0);
    QCOMPARE(m.value(QStringLiteral("mailwright_queue_messages"), -1), 1.0);
    QCOMPARE(m.value(QStringLiteral("mailwright_server_up{server=\"smtp\"}"), -1), 0.0);
}

// --output replaces the file by rename (a new inode, never a half-written file under the
// collector's eyes), readable by the exporter, with no temporary left behind; a failed
// write leaves the old file as it was.
void TestCliCheck::metricsOutputIsAtomic()
{
    const QString dir = m_dir->filePath(QStringLiteral("textfile"));
    QVERIFY(QDir().mkpath(dir));
    const QString prom = dir + QStringLiteral("/mailwright.prom");
    QFile old(prom);
    QVERIFY(old.open(QIODevice::WriteOnly));
    old.write("# stale\n");
    old.close();
    struct stat before
    {
    };
    QCOMPARE(::stat(QFile::encodeName(prom).constData(), &before), 0);

    const Run r = cli({QStringLiteral("metrics"), QStringLiteral("--output"), prom});
    QVERIFY2(r.code == 0, r.err.constData());
    QVERIFY(r.out.isEmpty());
    struct stat after
    {
    };
    QCOMPARE(::stat(QFile::encodeName(prom).constData(), &after), 0);
    QVERIFY(after.st_ino != before.st_ino);
    QCOMPARE(after.st_mode & 0777, mode_t(0644));
    QCOMPARE(QDir(dir).entryList(QDir::Files | QDir::Hidden),
             QStringList{QStringLiteral("mailwright.prom")});
    QFile written(prom);
    QVERIFY(written.open(QIODevice::ReadOnly));
    const QByteArray text = written.readAll();
    const QMap<QString, double> m = parseMetrics(text);
    QCOMPARE(m.value(QStringLiteral("mailwright_check_state"), -1), 0.0);
    QVERIFY(m.contains(QStringLiteral("mailwright_dead_letters")));

    // Unwritable target (its folder does not exist): exit 73, nothing else changed.
    const Run bad = cli({QStringLiteral("metrics"), QStringLiteral("--output"),
                         dir + QStringLiteral("/missing/mailwright.prom")});
    QCOMPARE(bad.code, 73);
    QVERIFY(!bad.err.isEmpty());
    QCOMPARE(QDir(dir).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
             QStringList{QStringLiteral("mailwright.prom")});
}

QTEST_GUILESS_MAIN(TestCliCheck)
#include "tst_cli_check.moc"
