// SPDX-License-Identifier: GPL-3.0-or-later
#include "MailServerFixture.h"

#include "TestPaths.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTest>

#include <algorithm>

namespace mw::test {

namespace {

// Must match DEFAULT_PASSWORD in tests/servers/mailservers.py (used when the
// environment does not choose one).
constexpr auto defaultPassword = "Pw-7f3a!q";

QJsonObject parseObject(const QByteArray &json, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (!doc.isObject()) {
        if (error)
            *error = QStringLiteral("not a JSON object (%1): %2")
                         .arg(parseError.errorString(), QString::fromUtf8(json.left(500)));
        return {};
    }
    return doc.object();
}

} // namespace

MailServerFixture::MailServerFixture(Kind kind, const QString &shape, const QString &dir)
    : m_kind(kind)
    , m_shape(shape)
{
    if (dir.isEmpty()) {
        m_tempDir = std::make_unique<QTemporaryDir>();
        m_dir = m_tempDir->path();
    } else {
        QDir().mkpath(dir);
        m_dir = QFileInfo(dir).absoluteFilePath();
    }
}

MailServerFixture::~MailServerFixture()
{
    stop();
}

QString MailServerFixture::testPassword()
{
    return qEnvironmentVariable("MW_TEST_PASSWORD", QString::fromLatin1(defaultPassword));
}

QString MailServerFixture::serversDir()
{
    return sourceDir() + QStringLiteral("/servers");
}

QByteArray MailServerFixture::runScript(const QString &script, const QStringList &args,
                                        int timeoutMs, QString *error)
{
    const QString interpreter = python();
    if (interpreter.isEmpty()) {
        if (error)
            *error = QStringLiteral("python3 not found on PATH");
        return {};
    }
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    // One source of truth for the password the daemon accepts and the tests send.
    env.insert(QStringLiteral("MW_TEST_PASSWORD"), testPassword());
    process.setProcessEnvironment(env);
    process.start(interpreter, QStringList{serversDir() + QLatin1Char('/') + script} + args);
    if (!process.waitForStarted(10000)) {
        if (error)
            *error = QStringLiteral("cannot run %1: %2").arg(script, process.errorString());
        return {};
    }
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished(5000);
        if (error)
            *error = QStringLiteral("%1 %2 timed out after %3 ms; stderr: %4")
                         .arg(script, args.join(QLatin1Char(' ')))
                         .arg(timeoutMs)
                         .arg(QString::fromUtf8(process.readAllStandardError()));
        return {};
    }
    const QByteArray out = process.readAllStandardOutput();
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        if (error)
            *error = QStringLiteral("%1 %2 failed (exit %3): %4")
                         .arg(script, args.join(QLatin1Char(' ')))
                         .arg(process.exitCode())
                         .arg(QString::fromUtf8(process.readAllStandardError()).trimmed());
        return {};
    }
    return out;
}

QJsonObject MailServerFixture::makeCertificates(const QString &dir, QString *error)
{
    QString err;
    const QByteArray out =
        runScript(QStringLiteral("mailservers.py"),
                  {QStringLiteral("make-certs"), QStringLiteral("--dir"), dir}, 60000, &err);
    QJsonObject result = out.isEmpty() ? QJsonObject() : parseObject(out, &err);
    if (error)
        *error = err;
    return result;
}

bool MailServerFixture::start(int timeoutMs)
{
    if (m_running)
        return true;
    if (m_tempDir && !m_tempDir->isValid()) {
        m_error =
            QStringLiteral("cannot create a temporary directory: ") + m_tempDir->errorString();
        return false;
    }
    const QString command =
        m_kind == Kind::Exim ? QStringLiteral("start-exim") : QStringLiteral("start-dovecot");
    m_error.clear();
    const QByteArray out =
        runScript(QStringLiteral("mailservers.py"),
                  {command, QStringLiteral("--dir"), m_dir, QStringLiteral("--shape"), m_shape},
                  timeoutMs, &m_error);
    if (out.isEmpty()) {
        // The script may have left a half-started daemon behind; make sure it goes.
        QString ignored;
        runScript(QStringLiteral("mailservers.py"),
                  {QStringLiteral("stop"), QStringLiteral("--dir"), m_dir}, 30000, &ignored);
        return false;
    }
    m_info = parseObject(out, &m_error);
    if (m_info.isEmpty())
        return false;
    m_running = true;
    return true;
}

bool MailServerFixture::stop(int timeoutMs)
{
    if (!m_running)
        return true;
    m_running = false;
    QString err;
    const QByteArray out =
        runScript(QStringLiteral("mailservers.py"),
                  {QStringLiteral("stop"), QStringLiteral("--dir"), m_dir}, timeoutMs, &err);
    if (out.isEmpty()) {
        m_error = err;
        qWarning("MailServerFixture: stop failed: %s", qPrintable(err));
        return false;
    }
    return true;
}

bool MailServerFixture::restart(int timeoutMs)
{
    if (m_running)
        return true;
    if (m_kind != Kind::Exim || m_info.isEmpty()) {
        m_error = QStringLiteral("restart() needs an Exim fixture that was started once");
        return false;
    }
    const QJsonObject ports = m_info.value(QLatin1String("ports")).toObject();
    const QString list = QStringLiteral("%1,%2")
                             .arg(ports.value(QLatin1String("smtp")).toInt())
                             .arg(ports.value(QLatin1String("smtp_tls")).toInt());
    m_error.clear();
    const QByteArray out =
        runScript(QStringLiteral("mailservers.py"),
                  {QStringLiteral("start-exim"), QStringLiteral("--dir"), m_dir,
                   QStringLiteral("--shape"), m_shape, QStringLiteral("--ports"), list},
                  timeoutMs, &m_error);
    if (out.isEmpty()) {
        QString ignored;
        runScript(QStringLiteral("mailservers.py"),
                  {QStringLiteral("stop"), QStringLiteral("--dir"), m_dir}, 30000, &ignored);
        return false;
    }
    const QJsonObject info = parseObject(out, &m_error);
    if (info.isEmpty())
        return false;
    m_info = info;
    m_running = true;
    return true;
}

bool MailServerFixture::restartAs(const QString &shape, int timeoutMs)
{
    if (m_running && !stop())
        return false;
    m_shape = shape;
    return restart(timeoutMs);
}

QString MailServerFixture::host() const
{
    return m_info.value(QLatin1String("host")).toString(QStringLiteral("127.0.0.1"));
}

QString MailServerFixture::hostName() const
{
    return m_info.value(QLatin1String("hostname")).toString(QStringLiteral("localhost"));
}

bool MailServerFixture::hasIpv6() const
{
    return m_info.value(QLatin1String("ipv6")).toBool();
}

quint16 MailServerFixture::port(const char *smtpKey, const char *pop3Key) const
{
    const QJsonObject ports = m_info.value(QLatin1String("ports")).toObject();
    const QJsonValue value = ports.value(QLatin1String(m_kind == Kind::Exim ? smtpKey : pop3Key));
    return static_cast<quint16>(value.toInt(0));
}

quint16 MailServerFixture::plainPort() const
{
    return port("smtp", "pop3");
}

quint16 MailServerFixture::starttlsPort() const
{
    return port("smtp_starttls", "pop3_stls");
}

quint16 MailServerFixture::tlsPort() const
{
    return port("smtp_tls", "pop3s");
}

QString MailServerFixture::caFile() const
{
    return m_info.value(QLatin1String("ca_file")).toString();
}

QByteArray MailServerFixture::caPem() const
{
    QFile file(caFile());
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QString MailServerFixture::certFile() const
{
    return m_info.value(QLatin1String("cert_file")).toString();
}

QString MailServerFixture::certSha256() const
{
    return m_info.value(QLatin1String("cert_sha256")).toString();
}

QString MailServerFixture::otherCertFile() const
{
    return m_info.value(QLatin1String("other_cert_file")).toString();
}

QString MailServerFixture::userName() const
{
    return m_info.value(QLatin1String("user")).toString(QStringLiteral("mwtest"));
}

QString MailServerFixture::password() const
{
    return testPassword();
}

quint16 MailServerFixture::submissionPort() const
{
    return port("-", "submission");
}

quint16 MailServerFixture::submissionsPort() const
{
    return port("-", "submissions");
}

QStringList MailServerFixture::mechanisms() const
{
    QStringList out;
    for (const QJsonValue &v : m_info.value(QLatin1String("mechanisms")).toArray())
        out << v.toString();
    return out;
}

QString MailServerFixture::clientCert(const char *key) const
{
    return m_info.value(QLatin1String("client_cert"))
        .toObject()
        .value(QLatin1String(key))
        .toString();
}

QString MailServerFixture::clientCertFile() const
{
    return clientCert("cert_file");
}

QString MailServerFixture::clientKeyFile() const
{
    return clientCert("key_file");
}

QString MailServerFixture::clientPemWithKeyFile() const
{
    return clientCert("pem_with_key_file");
}

QString MailServerFixture::untrustedClientPemWithKeyFile() const
{
    return clientCert("untrusted_pem_with_key_file");
}

QString MailServerFixture::clientP12File() const
{
    return clientCert("p12_file");
}

QString MailServerFixture::clientP12Passphrase() const
{
    return clientCert("p12_passphrase");
}

QString MailServerFixture::untrustedClientCertFile() const
{
    return clientCert("untrusted_cert_file");
}

QString MailServerFixture::untrustedClientKeyFile() const
{
    return clientCert("untrusted_key_file");
}

QString MailServerFixture::maildir() const
{
    return m_info.value(QLatin1String("maildir")).toString();
}

QString MailServerFixture::logDir() const
{
    return m_info.value(QLatin1String("log_dir")).toString(m_dir + QStringLiteral("/log"));
}

QString MailServerFixture::serverLog() const
{
    QFile file(logDir() + (m_kind == Kind::Exim ? QStringLiteral("/mainlog")
                                                : QStringLiteral("/dovecot.log")));
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

QStringList MailServerFixture::messageFiles() const
{
    const QString root = maildir();
    if (root.isEmpty())
        return {};
    QFileInfoList infos;
    for (const auto *sub : {"/new", "/cur"})
        infos += QDir(root + QLatin1String(sub)).entryInfoList(QDir::Files | QDir::NoDotAndDotDot);
    // Maildir names begin with the delivery time; the modification time breaks ties
    // the same way parse_message.py does.
    std::sort(infos.begin(), infos.end(), [](const QFileInfo &a, const QFileInfo &b) {
        const auto ta = a.lastModified(), tb = b.lastModified();
        return ta != tb ? ta < tb : a.fileName() < b.fileName();
    });
    QStringList files;
    for (const QFileInfo &info : std::as_const(infos))
        files << info.absoluteFilePath();
    return files;
}

QList<QByteArray> MailServerFixture::deliveredMessages() const
{
    QList<QByteArray> messages;
    for (const QString &path : messageFiles()) {
        QFile file(path);
        if (file.open(QIODevice::ReadOnly))
            messages << file.readAll();
    }
    return messages;
}

bool MailServerFixture::waitForMessages(int count, int timeoutMs) const
{
    QDeadlineTimer deadline(timeoutMs);
    while (messageFiles().size() < count) {
        if (deadline.hasExpired())
            return false;
        // Keeps the test's event loop (and the client under test) running.
        QTest::qWait(20);
    }
    return true;
}

QJsonObject MailServerFixture::parseMessage(const QString &path) const
{
    QString err;
    const QByteArray out = runScript(QStringLiteral("parse_message.py"), {path}, 30000, &err);
    if (out.isEmpty()) {
        qWarning("MailServerFixture: %s", qPrintable(err));
        return {};
    }
    return parseObject(out, &err);
}

QJsonArray MailServerFixture::parseMaildir() const
{
    QString err;
    const QByteArray out = runScript(QStringLiteral("parse_message.py"), {maildir()}, 30000, &err);
    const QJsonDocument doc = QJsonDocument::fromJson(out);
    if (!doc.isArray()) {
        qWarning("MailServerFixture: %s", qPrintable(err));
        return {};
    }
    return doc.array();
}

void MailServerFixture::clearMaildir() const
{
    if (m_kind == Kind::Exim && m_running && m_shape != QLatin1String("queue-only")) {
        // Exim keeps a message's -H and -D files in spool/input until it is delivered.
        const QString input = m_dir + QStringLiteral("/spool/input");
        QDeadlineTimer deadline(10000);
        while (!QDir(input).entryList(QDir::Files | QDir::NoDotAndDotDot).isEmpty() &&
               !deadline.hasExpired())
            QTest::qWait(20);
    }
    for (const QString &path : messageFiles())
        QFile::remove(path);
}

} // namespace mw::test
