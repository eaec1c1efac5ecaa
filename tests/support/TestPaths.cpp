// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestPaths.h"

#include <QFileInfo>
#include <QStandardPaths>

namespace mw::test {

QString sourceDir()
{
    return QStringLiteral(MW_TEST_SOURCE_DIR);
}

QString cliPath()
{
    return QStringLiteral(MW_CLI_PATH);
}

QString python()
{
    // The system interpreter starts in a tenth of the time of a version-manager shim.
    if (QFileInfo::exists(QStringLiteral("/usr/bin/python3")))
        return QStringLiteral("/usr/bin/python3");
    return QStandardPaths::findExecutable(QStringLiteral("python3"));
}

} // namespace mw::test
