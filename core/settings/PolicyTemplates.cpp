// SPDX-License-Identifier: GPL-3.0-or-later
// Foundation: the fleet engineer generates the templates.
#include "PolicyTemplates.h"

namespace mw {

QString PolicyTemplates::bundleIdentifier()
{
    return QStringLiteral("io.github.mailwright.Mailwright");
}

QList<PolicyTemplates::File> PolicyTemplates::generate()
{
    return {};
}

bool PolicyTemplates::writeAll(const QString &, QString *error)
{
    if (error)
        *error = QStringLiteral("not implemented yet");
    return false;
}

} // namespace mw
