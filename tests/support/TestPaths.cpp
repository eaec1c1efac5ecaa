// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestPaths.h"

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
    return QStandardPaths::findExecutable(QStringLiteral("python3"));
}

} // namespace mw::test
