// SPDX-License-Identifier: GPL-3.0-or-later
// mailwright-cli's help needs no configuration: `--help` of the program and of every
// command prints the usage and exits 0 with the configuration file missing or broken
// (often the very reason someone asks for help).
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

class TestCliHelp : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void help_data();
    void help();
    void overviewOrder();
    void versionOptionAndCommand();
};

void TestCliHelp::help_data()
{
    QTest::addColumn<QString>("config"); // missing | garbage | unreadable
    QTest::addColumn<QStringList>("command");
    const QList<QStringList> commands{
        {},
        {QStringLiteral("test")},
        {QStringLiteral("test"), QStringLiteral("--roundtrip")},
        {QStringLiteral("test"), QStringLiteral("--all-roles")},
        {QStringLiteral("probe")},
        {QStringLiteral("detect")},
        {QStringLiteral("status")},
        {QStringLiteral("bounces")},
        {QStringLiteral("config"), QStringLiteral("show")},
        {QStringLiteral("secret"), QStringLiteral("set"), QStringLiteral("smtp")},
        {QStringLiteral("oauth")},
        {QStringLiteral("oauth"), QStringLiteral("login")},
        {QStringLiteral("oauth"), QStringLiteral("login"), QStringLiteral("--browser")},
        {QStringLiteral("oauth"), QStringLiteral("status")},
        {QStringLiteral("oauth"), QStringLiteral("logout")},
        {QStringLiteral("send")},
        {QStringLiteral("queue"), QStringLiteral("run")},
        {QStringLiteral("policy"), QStringLiteral("show")},
        {QStringLiteral("admin-lock"), QStringLiteral("set")},
        {QStringLiteral("bundle")},
    };
    for (const char *config : {"missing", "garbage", "unreadable"}) {
        for (const QStringList &c : commands) {
            const QString name =
                QStringLiteral("%1: %2 --help")
                    .arg(QLatin1String(config),
                         c.isEmpty() ? QStringLiteral("(none)") : c.join(QLatin1Char(' ')));
            QTest::newRow(qPrintable(name)) << QString::fromLatin1(config) << c;
        }
    }
}

void TestCliHelp::help()
{
    QFETCH(QString, config);
    QFETCH(QStringList, command);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QString path = dir.filePath(QStringLiteral("mailwright.ini"));
    if (config == QLatin1String("garbage")) {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray("\x00\xff[[[smtp\n=\n\x7f garbage ]]\n", 26));
    } else if (config == QLatin1String("unreadable")) {
        path = dir.path(); // a folder where the file should be
    }
    QProcess cli;
    cli.start(QStringLiteral(MW_CLI_PATH), QStringList{QStringLiteral("--config"), path} + command +
                                               QStringList{QStringLiteral("--help")});
    QVERIFY(cli.waitForFinished(20000));
    const QByteArray out = cli.readAllStandardOutput();
    const QByteArray err = cli.readAllStandardError();
    QVERIFY2(cli.exitStatus() == QProcess::NormalExit && cli.exitCode() == 0,
             QByteArray(out + err).constData());
    QVERIFY2(out.contains("Usage: "), out.constData());
    QVERIFY2(out.contains("--config"), out.constData());
    if (!command.isEmpty()) {
        // The command's own usage, not only the overview.
        QVERIFY2(out.contains(QByteArray(command.first().toUtf8() + ' ')), out.constData());
        QVERIFY2(!out.contains("Commands:"), out.constData());
    }
    QVERIFY2(err.isEmpty(), err.constData());
}

void TestCliHelp::overviewOrder()
{
    // The overview lists the usage lines in this order (test has three, not side by side),
    // each followed by its description; `test --help` gives test's three in the same order.
    const QByteArrayList usages{
        "test [--to ADDR] [--stop-after connect|tls|ehlo|auth|mail|rcpt]",
        "probe [smtp|pop3]",
        "detect ADDRESS",
        "test --stop-after rcpt --all-roles",
        "status [--check]",
        "test --roundtrip [--wait S]",
        "bounces [--delete-handled]",
        "config get KEY | set KEY VALUE | unset KEY | validate | show",
        "secret set ACCOUNT",
        "oauth login [--browser [--open]]|status [--check]|logout",
        "send [--category job|error|console] [--to ADDR]... [--subject S] | send -t",
        "queue list|flush|run [--once]|retry ID|purge ID|release|show ID",
        "policy show [--json] | templates DIR",
        "admin-lock set|clear|digest",
        "status-requests check [--json]",
        "check [--json]",
        "metrics [--output FILE]",
        "history [--since WHEN] [--failed] [--grep TEXT] [--limit N] [--json] | show ID | "
        "resend ID",
        "alerts test [--json]",
        "bundle FILE [--json]",
        "version [--json]",
    };
    const auto usageLines = [](const QStringList &args) {
        QProcess cli;
        cli.start(QStringLiteral(MW_CLI_PATH),
                  QStringList{QStringLiteral("--lang"), QStringLiteral("en")} + args);
        if (!cli.waitForFinished(20000))
            return QByteArrayList{"(no answer)"};
        QByteArrayList found;
        for (const QByteArray &line : cli.readAllStandardOutput().split('\n')) {
            if (line.startsWith("Options:"))
                break; // the options and arguments are Qt's
            if (line.startsWith("  ") && !line.startsWith("   ") && !line.startsWith("  -"))
                found << line.mid(2);
        }
        return found;
    };
    QCOMPARE(usageLines({QStringLiteral("--help")}), usages);
    QCOMPARE(usageLines({QStringLiteral("test"), QStringLiteral("--help")}),
             (QByteArrayList{usages[0], usages[3], usages[5]}));
}

// `--version` names what is known without loading anything (issue 22: it loaded the TLS
// library to name it, as costly as the rest of the start-up); `version` names the TLS
// library, as the support bundle's versions.txt does, and needs no configuration.
void TestCliHelp::versionOptionAndCommand()
{
    const auto run = [](const QStringList &args) {
        QProcess cli;
        cli.start(QStringLiteral(MW_CLI_PATH), args);
        if (!cli.waitForFinished(20000) || cli.exitCode() != 0)
            return QByteArray("(failed)");
        return cli.readAllStandardOutput();
    };
    const QByteArray version = run({QStringLiteral("--version")});
    QVERIFY2(QRegularExpression(QStringLiteral("^mailwright-cli \\S+ \\(Qt [0-9.]+\\)\n$"))
                 .match(QString::fromUtf8(version))
                 .hasMatch(),
             version.constData());
    QTemporaryDir dir;
    const QString missing = dir.filePath(QStringLiteral("none.ini"));
    const QByteArray text = run({QStringLiteral("--config"), missing, QStringLiteral("version")});
    QVERIFY2(text.contains("\nTLS: OpenSSL 3"), text.constData());
    QVERIFY2(text.contains("\nQt: "), text.constData());
    QVERIFY2(text.contains("\nArchive: libarchive "), text.constData());
    const QByteArray json = run(
        {QStringLiteral("--config"), missing, QStringLiteral("version"), QStringLiteral("--json")});
    const QJsonObject o = QJsonDocument::fromJson(json).object();
    QVERIFY2(o.value(QStringLiteral("ok")).toBool(), json.constData());
    QVERIFY2(o.value(QStringLiteral("versions"))
                 .toObject()
                 .value(QStringLiteral("TLS"))
                 .toString()
                 .startsWith(QLatin1String("OpenSSL 3")),
             json.constData());
}

QTEST_GUILESS_MAIN(TestCliHelp)
#include "tst_cli_help.moc"
