// SPDX-License-Identifier: GPL-3.0-or-later
#include "KdcFixture.h"

#include "MailServerFixture.h"
#include "TestPaths.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QProcess>

#include <algorithm>

namespace mw::test {

namespace {

const QString kScript = QStringLiteral("kerberos/kdc.py");

} // namespace

KdcFixture::KdcFixture(const QString &dir)
{
    if (dir.isEmpty()) {
        m_tempDir = std::make_unique<QTemporaryDir>();
        m_dir = m_tempDir->path();
    } else {
        QDir().mkpath(dir);
        m_dir = QFileInfo(dir).absoluteFilePath();
    }
}

KdcFixture::~KdcFixture()
{
    restoreEnvironment();
    stop();
}

bool KdcFixture::start(int timeoutMs)
{
    if (m_running)
        return true;
    if ((m_tempDir && !m_tempDir->isValid()) || !m_caches.isValid()) {
        m_error = QStringLiteral("cannot create a temporary directory");
        return false;
    }
    m_error.clear();
    const QStringList args{QStringLiteral("start"), QStringLiteral("--dir"), m_dir};
    const QByteArray out = MailServerFixture::runScript(kScript, args, timeoutMs, &m_error);
    if (out.isEmpty()) {
        QString ignored;
        MailServerFixture::runScript(
            kScript, {QStringLiteral("stop"), QStringLiteral("--dir"), m_dir}, 30000, &ignored);
        return false;
    }
    const QJsonDocument doc = QJsonDocument::fromJson(out);
    if (!doc.isObject()) {
        m_error = QStringLiteral("kdc.py start printed no JSON object: ") + QString::fromUtf8(out);
        return false;
    }
    m_info = doc.object();
    m_running = true;
    return true;
}

bool KdcFixture::stop(int timeoutMs)
{
    if (!m_running)
        return true;
    m_running = false;
    QString err;
    const QByteArray out = MailServerFixture::runScript(
        kScript, {QStringLiteral("stop"), QStringLiteral("--dir"), m_dir}, timeoutMs, &err);
    if (out.isEmpty()) {
        m_error = err;
        qWarning("KdcFixture: stop failed: %s", qPrintable(err));
        return false;
    }
    return true;
}

bool KdcFixture::kinit(const QString &ccache, const QString &lifetime, const QString &password,
                       int timeoutMs)
{
    QStringList args{serversPath(), QStringLiteral("kinit"),    QStringLiteral("--dir"),
                     m_dir,         QStringLiteral("--ccache"), ccache};
    if (!lifetime.isEmpty())
        args << QStringLiteral("--lifetime") << lifetime;
    QProcess process;
    process.setProcessEnvironment(QProcessEnvironment::systemEnvironment());
    process.start(python(), args);
    if (!process.waitForStarted(10000)) {
        m_error = QStringLiteral("cannot run kdc.py kinit: ") + process.errorString();
        return false;
    }
    // The password only ever travels on stdin.
    process.write((password.isEmpty() ? this->password() : password).toUtf8() + '\n');
    process.closeWriteChannel();
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished(5000);
        m_error = QStringLiteral("kdc.py kinit timed out after %1 ms").arg(timeoutMs);
        return false;
    }
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        m_error = QStringLiteral("kdc.py kinit failed (exit %1): %2")
                      .arg(process.exitCode())
                      .arg(QString::fromUtf8(process.readAllStandardError()).trimmed());
        return false;
    }
    return true;
}

QString KdcFixture::serversPath()
{
    return MailServerFixture::serversDir() + QLatin1Char('/') + kScript;
}

QString KdcFixture::ccache(const QString &name) const
{
    return QStringLiteral("FILE:") + m_caches.filePath(name);
}

void KdcFixture::useInThisProcess(const QString &ccache)
{
    const auto set = [this](const char *name, const QString &value) {
        const QByteArray key(name);
        const bool already = std::any_of(m_savedEnv.cbegin(), m_savedEnv.cend(),
                                         [&key](const Saved &s) { return s.name == key; });
        if (!already)
            m_savedEnv.append({key, qgetenv(name), qEnvironmentVariableIsSet(name)});
        qputenv(name, value.toLocal8Bit());
    };
    set("KRB5_CONFIG", krb5Config());
    if (!ccache.isEmpty())
        set("KRB5CCNAME", ccache);
}

void KdcFixture::restoreEnvironment()
{
    for (const Saved &s : std::as_const(m_savedEnv)) {
        if (s.wasSet)
            qputenv(s.name.constData(), s.value);
        else
            qunsetenv(s.name.constData());
    }
    m_savedEnv.clear();
}

QProcessEnvironment KdcFixture::environment(const QString &ccache, bool withKeytab) const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("KRB5_CONFIG"), krb5Config());
    if (!ccache.isEmpty())
        env.insert(QStringLiteral("KRB5CCNAME"), ccache);
    if (withKeytab)
        env.insert(QStringLiteral("KRB5_KTNAME"), QStringLiteral("FILE:") + keytab());
    return env;
}

QString KdcFixture::realm() const
{
    return m_info.value(QLatin1String("realm")).toString(QStringLiteral("MAILWRIGHT.TEST"));
}

QString KdcFixture::krb5Config() const
{
    return m_info.value(QLatin1String("krb5_config")).toString();
}

quint16 KdcFixture::kdcPort() const
{
    return quint16(m_info.value(QLatin1String("kdc_port")).toInt());
}

QString KdcFixture::keytab() const
{
    return m_info.value(QLatin1String("keytab")).toString();
}

QString KdcFixture::userName() const
{
    return m_info.value(QLatin1String("user")).toString(QStringLiteral("mwtest"));
}

QString KdcFixture::principal() const
{
    return m_info.value(QLatin1String("principal"))
        .toString(userName() + QLatin1Char('@') + realm());
}

QString KdcFixture::password() const
{
    return MailServerFixture::testPassword();
}

QString KdcFixture::kdcLog() const
{
    QFile file(m_info.value(QLatin1String("log")).toString());
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

} // namespace mw::test
