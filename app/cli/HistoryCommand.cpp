// SPDX-License-Identifier: GPL-3.0-or-later
// mailwright-cli history: the delivery history, and resend of a message from it.
#include "Commands.h"
#include "ExitCodes.h"

namespace mw::cli {

int HistoryCommand::run(const QStringList &)
{
    return fail(Software, tr("history is not implemented yet."));
}

} // namespace mw::cli
