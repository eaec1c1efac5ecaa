// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliApp.h"

#include <QCoreApplication>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Mailwright"));
    QCoreApplication::setApplicationName(QStringLiteral("mailwright"));
    QCoreApplication::setApplicationVersion(QStringLiteral(MAILWRIGHT_VERSION));
    mw::cli::CliApp cli;
    const int rc = cli.start(QCoreApplication::arguments());
    if (rc >= 0)
        return rc;
    return QCoreApplication::exec();
}
