// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"

namespace mw {

// The server is not there or not serving: no connection, no name, a failed TLS handshake,
// a timeout, a 421 or 4xx to the whole session. Not a 4xx to one message or recipient, not
// a login or certificate problem. The alerts' outage and the queue's move to the backup
// server (FailoverPolicy) both ask this.
[[nodiscard]] bool isConnectionFailure(const Result &r);

} // namespace mw
