// SPDX-License-Identifier: GPL-3.0-or-later
// The delivery history with mailwright-cli and a real Exim on loopback: `queue run` records
// exactly what Exim received (and a refused recipient as dead, with Exim's reply), and
// `history resend` queues a message again: with its kept text and Resent-* fields (read back
// by tests/servers/parse_message.py), or its dead letter, or a clear error.
#include "EximFixture.h"
#include "TestPaths.h"
#include "settings/MailSettings.h"
#include "settings/SettingsStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace mw;
using mw::test::EximFixture;

class TestHistory : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void recordsWhatEximReceivedAndResends();
    void withoutKeptTextDeadLetterOrError();

private:
    struct Run
    {
        int code = -1;
        QByteArray out;
        QByteArray err;
    };
    Run cli(const QStringList &args, const QByteArray &input = {});
    void writeConfig(bool keepBodies);
    QJsonArray historyEntries(const QStringList &extra = {});
    void send(const QString &to, const QString &subject);

    std::unique_ptr<EximFixture> m_exim;
    QTemporaryDir m_dir;
    QString m_config;
};

void TestHistory::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_exim = std::make_unique<EximFixture>();
    QVERIFY2(m_exim->start(), qPrintable(m_exim->errorString()));
}

void TestHistory::writeConfig(bool keepBodies)
{
    MailSettings s = mw::test::smtpThroughExim(*m_exim);
    s.mailboxes.from = QStringLiteral("alerts@example.test");
    s.mailboxes.bounce = QStringLiteral("bounces@example.test");
    // A spool per configuration: each case starts with an empty queue.
    s.delivery.queueDir = m_config + QStringLiteral(".queue");
    s.history.keepBodies = keepBodies;
    QString error;
    QVERIFY2(SettingsStore(m_config).save(s, &error), qPrintable(error));
}

TestHistory::Run TestHistory::cli(const QStringList &args, const QByteArray &input)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("MAILWRIGHT_SMTP_PASSWORD"), m_exim->password());
    // The history database (and the other per-user data) in the test's own folder.
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("data")));
    p.setProcessEnvironment(env);
    p.start(test::cliPath(), QStringList{QStringLiteral("--config"), m_config} + args);
    Run r;
    if (!p.waitForStarted(10000))
        return r;
    p.write(input);
    p.closeWriteChannel();
    if (!p.waitForFinished(60000)) {
        p.kill();
        p.waitForFinished(5000);
        return r;
    }
    r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

void TestHistory::send(const QString &to, const QString &subject)
{
    const Run r = cli(
        {QStringLiteral("send"), QStringLiteral("--to"), to, QStringLiteral("--subject"), subject},
        "The job finished.\n");
    QVERIFY2(r.code == 0, QByteArray(r.out + r.err).constData());
}

QJsonArray TestHistory::historyEntries(const QStringList &extra)
{
    const Run r = cli(QStringList{QStringLiteral("history"), QStringLiteral("--json")} + extra);
    if (r.code != 0)
        qWarning("history --json: %d %s %s", r.code, r.out.constData(), r.err.constData());
    return QJsonDocument::fromJson(r.out).object().value(QLatin1String("entries")).toArray();
}

// Three messages, one to a recipient Exim refuses: the history lists exactly the two Exim
// received (same Message-IDs, with To and server), the third as dead with Exim's 550; a
// resend of a delivered one arrives again with Resent-Date/From/Message-ID on top and the
// original Message-ID kept.
void TestHistory::recordsWhatEximReceivedAndResends()
{
    m_config = m_dir.filePath(QStringLiteral("kept.ini"));
    writeConfig(true);
    m_exim->clearMaildir();
    send(QStringLiteral("first@example.test"), QStringLiteral("History one"));
    send(QStringLiteral("nobody@example.test"), QStringLiteral("History refused"));
    send(QStringLiteral("third@example.test"), QStringLiteral("History three"));
    const Run run = cli({QStringLiteral("queue"), QStringLiteral("run"), QStringLiteral("--once")});
    QVERIFY2(run.code == 0, QByteArray(run.out + run.err).constData());
    QVERIFY(m_exim->waitForMessages(2));

    QSet<QString> received;
    for (const QJsonValue &v : m_exim->parseMaildir())
        received.insert(v.toObject().value(QLatin1String("message_id")).toString());
    QCOMPARE(received.size(), 2);

    const QJsonArray entries = historyEntries();
    QCOMPARE(entries.size(), 3);
    QSet<QString> delivered;
    QJsonObject dead;
    qint64 firstId = 0;
    for (const QJsonValue &v : entries) {
        const QJsonObject e = v.toObject();
        QVERIFY(e.value(QLatin1String("has_body")).toBool());
        if (e.value(QLatin1String("result")).toString() == QLatin1String("delivered")) {
            delivered.insert(e.value(QLatin1String("message_id")).toString());
            QCOMPARE(e.value(QLatin1String("server")).toString(), QStringLiteral("smtp"));
            QCOMPARE(e.value(QLatin1String("sender")).toString(),
                     QStringLiteral("bounces@example.test"));
            if (e.value(QLatin1String("subject")).toString() == QLatin1String("History one")) {
                firstId = e.value(QLatin1String("id")).toInteger();
                const QJsonArray to = e.value(QLatin1String("header_to")).toArray();
                QCOMPARE(to.size(), 1);
                QVERIFY2(to.at(0).toString().contains(QLatin1String("first@example.test")),
                         qPrintable(to.at(0).toString()));
            }
        } else {
            dead = e;
        }
    }
    QCOMPARE(delivered, received);
    QCOMPARE(dead.value(QLatin1String("result")).toString(), QStringLiteral("dead"));
    QCOMPARE(dead.value(QLatin1String("error_class")).toString(),
             QStringLiteral("recipient_rejected"));
    QVERIFY2(dead.value(QLatin1String("server_reply")).toString().contains(QLatin1String("550")),
             qPrintable(dead.value(QLatin1String("server_reply")).toString()));
    QCOMPARE(dead.value(QLatin1String("recipients")).toArray(),
             QJsonArray{QStringLiteral("nobody@example.test")});

    // Filters of the CLI: --failed and --grep.
    const QJsonArray failed = historyEntries({QStringLiteral("--failed")});
    QCOMPARE(failed.size(), 1);
    QCOMPARE(failed.at(0).toObject().value(QLatin1String("result")).toString(),
             QStringLiteral("dead"));
    QCOMPARE(historyEntries({QStringLiteral("--grep"), QStringLiteral("third@")}).size(), 1);
    QCOMPARE(historyEntries({QStringLiteral("--since"), QStringLiteral("1h")}).size(), 3);

    // Resend with the kept text.
    QVERIFY(firstId > 0);
    const Run resend =
        cli({QStringLiteral("history"), QStringLiteral("resend"), QString::number(firstId)});
    QVERIFY2(resend.code == 0, QByteArray(resend.out + resend.err).constData());
    const Run again =
        cli({QStringLiteral("queue"), QStringLiteral("run"), QStringLiteral("--once")});
    QVERIFY2(again.code == 0, QByteArray(again.out + again.err).constData());
    QVERIFY(m_exim->waitForMessages(3));
    QJsonObject resent;
    for (const QJsonValue &v : m_exim->parseMaildir()) {
        const QJsonObject m = v.toObject();
        if (m.value(QLatin1String("header")).toObject().contains(QLatin1String("resent-from")))
            resent = m;
    }
    QVERIFY2(!resent.isEmpty(), "no message with Resent-From arrived");
    QVERIFY2(resent.value(QLatin1String("strict_ok")).toBool(),
             qPrintable(resent.value(QLatin1String("strict_error")).toString()));
    const QJsonObject h = resent.value(QLatin1String("header")).toObject();
    QVERIFY(h.value(QLatin1String("resent-from"))
                .toArray()
                .at(0)
                .toString()
                .contains(QLatin1String("alerts@example.test")));
    QVERIFY(!h.value(QLatin1String("resent-date")).toArray().at(0).toString().isEmpty());
    const QString resentId = h.value(QLatin1String("resent-message-id")).toArray().at(0).toString();
    QVERIFY(resentId.startsWith(QLatin1Char('<')) && resentId.endsWith(QLatin1Char('>')));
    QVERIFY(!received.contains(resentId));
    QVERIFY(received.contains(resent.value(QLatin1String("message_id")).toString()));
    QCOMPARE(resent.value(QLatin1String("subject")).toString(), QStringLiteral("History one"));
    // The Resent-* block is on top of the original header (RFC 5322 §3.6.6).
    const QJsonArray headers = resent.value(QLatin1String("headers")).toArray();
    int firstResent = -1;
    int from = -1;
    for (int i = 0; i < headers.size(); ++i) {
        const QString name = headers.at(i).toArray().at(0).toString().toLower();
        if (name.startsWith(QLatin1String("resent-")) && firstResent < 0)
            firstResent = i;
        if (name == QLatin1String("from") && from < 0)
            from = i;
    }
    QVERIFY(firstResent >= 0 && from > firstResent);
    // The resent copy is in the history too, under its Resent-Message-ID.
    QCOMPARE(historyEntries({QStringLiteral("--grep"), resentId}).size(), 1);
}

// Without history/keep_bodies: a dead message still in the spool goes back to the queue; a
// delivered one cannot be resent (exit 69 and the sentence that names the setting); an id
// that is not in the history is a usage error.
void TestHistory::withoutKeptTextDeadLetterOrError()
{
    m_config = m_dir.filePath(QStringLiteral("plain.ini"));
    writeConfig(false);
    m_exim->clearMaildir();
    send(QStringLiteral("nobody@example.test"), QStringLiteral("Plain refused"));
    send(QStringLiteral("user@example.test"), QStringLiteral("Plain delivered"));
    const Run run = cli({QStringLiteral("queue"), QStringLiteral("run"), QStringLiteral("--once")});
    QVERIFY2(run.code == 0, QByteArray(run.out + run.err).constData());
    QVERIFY(m_exim->waitForMessages(1));
    const QJsonArray entries = historyEntries();
    QCOMPARE(entries.size(), 2);
    qint64 deadId = 0;
    qint64 deliveredId = 0;
    QString deadQueueId;
    for (const QJsonValue &v : entries) {
        const QJsonObject e = v.toObject();
        QVERIFY(!e.value(QLatin1String("has_body")).toBool());
        if (e.value(QLatin1String("result")).toString() == QLatin1String("dead")) {
            deadId = e.value(QLatin1String("id")).toInteger();
            deadQueueId = e.value(QLatin1String("queue_id")).toString();
        } else {
            deliveredId = e.value(QLatin1String("id")).toInteger();
        }
    }
    QVERIFY(deadId > 0 && deliveredId > 0);

    const Run refused =
        cli({QStringLiteral("history"), QStringLiteral("resend"), QString::number(deliveredId)});
    QCOMPARE(refused.code, 69);
    QVERIFY2(refused.err.contains("history/keep_bodies"), refused.err.constData());

    const Run back = cli({QStringLiteral("--json"), QStringLiteral("history"),
                          QStringLiteral("resend"), QString::number(deadId)});
    QVERIFY2(back.code == 0, QByteArray(back.out + back.err).constData());
    const QJsonObject o = QJsonDocument::fromJson(back.out).object();
    QCOMPARE(o.value(QLatin1String("id")).toString(), deadQueueId);
    const Run list =
        cli({QStringLiteral("--json"), QStringLiteral("queue"), QStringLiteral("list")});
    const QJsonArray queued =
        QJsonDocument::fromJson(list.out).object().value(QLatin1String("messages")).toArray();
    QCOMPARE(queued.size(), 1);
    QCOMPARE(queued.at(0).toObject().value(QLatin1String("state")).toString(),
             QStringLiteral("waiting"));

    const Run missing =
        cli({QStringLiteral("history"), QStringLiteral("resend"), QStringLiteral("999999")});
    QCOMPARE(missing.code, 64);
    const Run show =
        cli({QStringLiteral("history"), QStringLiteral("show"), QString::number(deadId)});
    QCOMPARE(show.code, 0);
    QVERIFY2(show.out.contains("Plain refused") && show.out.contains("550"), show.out.constData());
    QVERIFY(!show.out.contains(m_exim->password().toUtf8()));
}

QTEST_GUILESS_MAIN(TestHistory)
#include "tst_history.moc"
