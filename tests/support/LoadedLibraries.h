// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "TestPaths.h"

#include <QByteArray>
#include <QFile>
#include <QProcess>
#include <QStringList>

namespace mw::test {

// The shared objects this process has mapped, one path a line (Linux).
inline QByteArray mappedObjects()
{
    QFile maps(QStringLiteral("/proc/self/maps"));
    return maps.open(QIODevice::ReadOnly) ? maps.readAll() : QByteArray();
}

// Whether Qt's TLS plugins (plugins/tls/libq*backend.so) or OpenSSL are mapped here.
inline bool tlsBackendMapped()
{
    const QByteArray all = mappedObjects();
    return all.contains("backend.so") || all.contains("libssl.so");
}

// The commands that must start without a private module's libraries: `--version` and
// `config get` of a configuration written to iniPath.
inline QList<QStringList> lightCommands(const QString &iniPath)
{
    QFile f(iniPath);
    if (f.open(QIODevice::WriteOnly))
        f.write("[smtp]\nhost=mail.example.test\n");
    return {{QStringLiteral("--version")},
            {QStringLiteral("--config"), iniPath, QStringLiteral("config"), QStringLiteral("get"),
             QStringLiteral("smtp/host")}};
}

// What the dynamic linker loaded for one run of mailwright-cli with these arguments
// (LD_DEBUG=files, glibc), or "" when the run failed. The private modules' tests use it
// to show which commands load which libraries.
inline QByteArray cliLoadedObjects(const QStringList &args)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LD_DEBUG"), QStringLiteral("files"));
    p.setProcessEnvironment(env);
    p.start(cliPath(), args);
    if (!p.waitForFinished(30000) || p.exitCode() != 0)
        return {};
    const QByteArray loaded = p.readAllStandardError();
    return loaded.contains("libQt6Core") ? loaded : QByteArray();
}

} // namespace mw::test
