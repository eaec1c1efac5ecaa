// SPDX-License-Identifier: GPL-3.0-or-later
#include "BrowserStandIn.h"

#include <QDebug>
#include <QFile>
#include <QJsonDocument>
#include <QProcess>
#include <QTest>

namespace mw::test {

bool BrowserStandIn::install()
{
    if (!m_dir.isValid())
        return false;
    QFile script(m_dir.filePath(QStringLiteral("xdg-open")));
    if (!script.open(QIODevice::WriteOnly))
        return false;
    script.write(QStringLiteral("#!/bin/sh\n"
                                "d='%1'\n"
                                "env > \"$d/env\"\n"
                                "printf '%s\\n' \"$1\" >> \"$d/opened\"\n"
                                "mode=$(cat \"$d/mode\")\n"
                                "[ \"$mode\" = none ] && exit 0\n"
                                "cd '%2' || exit 1\n"
                                "node browser.mjs \"$1\" \"$mode\" > \"$d/outcome.part\" "
                                "2> \"$d/browser.err\" &\n"
                                "echo $! > \"$d/pid\"\n"
                                "wait\n"
                                "mv \"$d/outcome.part\" \"$d/outcome\"\n")
                     .arg(m_dir.path(),
                          QStringLiteral(MW_TEST_SOURCE_DIR) + QStringLiteral("/servers/oauth"))
                     .toUtf8());
    script.close();
    if (!script.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                               QFileDevice::ExeOwner))
        return false;
    qputenv("PATH", (m_dir.path() + QLatin1Char(':')).toUtf8() + qgetenv("PATH"));
    setMode(QStringLiteral("allow"));
    return true;
}

void BrowserStandIn::setMode(const QString &mode)
{
    stop();
    for (const char *name : {"opened", "outcome", "outcome.part", "env", "pid"})
        QFile::remove(m_dir.filePath(QLatin1String(name)));
    QFile f(m_dir.filePath(QStringLiteral("mode")));
    if (f.open(QIODevice::WriteOnly))
        f.write(mode.toUtf8());
}

QList<QUrl> BrowserStandIn::opened() const
{
    QList<QUrl> urls;
    for (const QByteArray &line : read("opened").split('\n')) {
        if (!line.isEmpty())
            urls << QUrl(QString::fromUtf8(line));
    }
    return urls;
}

QJsonObject BrowserStandIn::outcome() const
{
    const QByteArray text = read("outcome");
    const QJsonObject o = QJsonDocument::fromJson(text).object();
    if (!text.isEmpty() && !o.value(QLatin1String("ok")).toBool())
        qWarning() << "browser.mjs:" << text << read("browser.err");
    return o;
}

QByteArray BrowserStandIn::environment() const
{
    return read("env");
}

void BrowserStandIn::stop()
{
    // Only the driver this stand-in started, by the id it wrote down.
    const qint64 pid = read("pid").trimmed().toLongLong();
    if (pid > 1 && !QFile::exists(m_dir.filePath(QStringLiteral("outcome")))) {
        QProcess::execute(QStringLiteral("kill"), {QString::number(pid)});
        (void)QTest::qWaitFor(
            [this] { return QFile::exists(m_dir.filePath(QStringLiteral("outcome"))); }, 5000);
    }
}

QByteArray BrowserStandIn::read(const char *name) const
{
    QFile f(m_dir.filePath(QLatin1String(name)));
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace mw::test
