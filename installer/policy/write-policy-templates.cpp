// SPDX-License-Identifier: GPL-3.0-or-later
// Build-time generator of the fleet templates (installer/CMakeLists.txt): writes
// PolicyTemplates::generate() into the folder given, as `mailwright-cli policy templates DIR`
// does, without needing the CLI's secret store or settings at build time.
#include "settings/PolicyTemplates.h"

#include <QCoreApplication>
#include <QTextStream>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    QTextStream err(stderr);
    if (args.size() != 2) {
        err << "usage: write-policy-templates DIR\n";
        return 64; // EX_USAGE
    }
    QString error;
    if (!mw::PolicyTemplates::writeAll(args.at(1), &error)) {
        err << "write-policy-templates: " << error << '\n';
        return 73; // EX_CANTCREAT
    }
    return 0;
}
