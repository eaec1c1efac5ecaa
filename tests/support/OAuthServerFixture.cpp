// SPDX-License-Identifier: GPL-3.0-or-later
#include "OAuthServerFixture.h"

#include <QDeadlineTimer>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSignalSpy>
#include <QTest>

namespace mw::test {

OAuthServerFixture::~OAuthServerFixture()
{
    stop();
}

bool OAuthServerFixture::start(int accessTtlSeconds, bool rotateRefreshTokens)
{
    const QString dir = QStringLiteral(MW_TEST_SOURCE_DIR) + QStringLiteral("/servers/oauth");
    if (!QFileInfo::exists(dir + QStringLiteral("/node_modules/oidc-provider/package.json"))) {
        m_error = QStringLiteral("tests/servers/oauth/node_modules is missing: run "
                                 "scripts/install-deps.sh with MAILWRIGHT_WITH_TESTS=1 (npm ci)");
        return false;
    }
    m_process.setWorkingDirectory(dir);
    m_process.setProcessChannelMode(QProcess::SeparateChannels);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("MW_OAUTH_ACCESS_TTL"), QString::number(accessTtlSeconds));
    env.insert(QStringLiteral("MW_OAUTH_ROTATE"),
               rotateRefreshTokens ? QStringLiteral("1") : QStringLiteral("0"));
    m_process.setProcessEnvironment(env);
    m_process.start(QStringLiteral("node"), {QStringLiteral("server.mjs")});
    if (!m_process.waitForStarted(10000)) {
        m_error = m_process.errorString();
        return false;
    }
    // The event loop keeps turning while it starts (a test may own other processes).
    const QDeadlineTimer deadline(30000);
    while (!m_process.canReadLine() && m_process.state() != QProcess::NotRunning &&
           !deadline.hasExpired())
        QTest::qWait(20);
    const QByteArray line = m_process.readLine();
    const QJsonObject o = QJsonDocument::fromJson(line).object();
    m_issuer = o.value(QLatin1String("issuer")).toString();
    m_smtpPort = quint16(o.value(QLatin1String("smtpPort")).toInt());
    if (m_issuer.isEmpty() || m_smtpPort == 0 ||
        !m_issuer.startsWith(QLatin1String("http://127.0.0.1:"))) {
        m_error = QString::fromUtf8(line + m_process.readAllStandardError());
        stop();
        return false;
    }
    return true;
}

QJsonDocument OAuthServerFixture::getJson(const QString &path)
{
    QNetworkRequest req(QUrl(m_issuer + path));
    req.setTransferTimeout(20000);
    QNetworkReply *reply = m_nam.get(req);
    QSignalSpy done(reply, &QNetworkReply::finished);
    if (!done.wait(25000))
        return {};
    reply->deleteLater();
    return QJsonDocument::fromJson(reply->readAll());
}

void OAuthServerFixture::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.terminate();
    if (!m_process.waitForFinished(5000))
        m_process.kill();
    m_process.waitForFinished(5000);
}

} // namespace mw::test
