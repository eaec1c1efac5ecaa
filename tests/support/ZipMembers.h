// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The members of a ZIP archive as Python's zipfile reads them: a parser that is not the
// libarchive that wrote it, so that a test of the support bundle checks the format too.
// testzip() verifies every member's CRC; an archive it rejects gives no members and an
// error.

#include "TestPaths.h"

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QProcess>
#include <QString>

namespace mw::test {

struct ZipMembers
{
    QMap<QString, QByteArray> members; // name -> uncompressed bytes
    QString error;

    [[nodiscard]] static ZipMembers read(const QString &path)
    {
        static const char script[] =
            "import base64, json, sys, zipfile\n"
            "with zipfile.ZipFile(sys.argv[1]) as z:\n"
            "    bad = z.testzip()\n"
            "    if bad is not None:\n"
            "        sys.exit('bad CRC in ' + bad)\n"
            "    print(json.dumps({n: base64.b64encode(z.read(n)).decode() "
            "for n in z.namelist()}))\n";
        ZipMembers r;
        QProcess p;
        p.start(python(), {QStringLiteral("-c"), QString::fromLatin1(script), path});
        if (!p.waitForFinished(30000) || p.exitStatus() != QProcess::NormalExit ||
            p.exitCode() != 0) {
            r.error = QStringLiteral("python zipfile: ") +
                      QString::fromUtf8(p.readAllStandardError()).trimmed();
            return r;
        }
        const QJsonObject o = QJsonDocument::fromJson(p.readAllStandardOutput()).object();
        for (auto it = o.begin(); it != o.end(); ++it)
            r.members.insert(it.key(), QByteArray::fromBase64(it.value().toString().toLatin1()));
        if (r.members.isEmpty())
            r.error = QStringLiteral("python zipfile: no members");
        return r;
    }
};

} // namespace mw::test
