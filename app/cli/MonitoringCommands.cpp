// SPDX-License-Identifier: GPL-3.0-or-later
// mailwright-cli check (Nagios plugin convention) and metrics (Prometheus text format).
#include "Commands.h"
#include "ExitCodes.h"

namespace mw::cli {

int CheckCommand::run(const QStringList &)
{
    print(QStringLiteral("MAILWRIGHT UNKNOWN - not implemented yet"));
    return 3;
}

int MetricsCommand::run(const QStringList &)
{
    return fail(Software, tr("metrics is not implemented yet."));
}

} // namespace mw::cli
