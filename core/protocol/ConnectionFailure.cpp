// SPDX-License-Identifier: GPL-3.0-or-later
#include "ConnectionFailure.h"

namespace mw {

bool isConnectionFailure(const Result &r)
{
    switch (r.errorClass) {
    case ErrorClass::Dns:
    case ErrorClass::Refused:
    case ErrorClass::Timeout:
    case ErrorClass::Network:
    case ErrorClass::TlsHandshake:
        return true;
    case ErrorClass::Temporary:
        // A 421 or 4xx to the greeting, EHLO or the login refuses the whole session (the
        // server is there but not serving); a 4xx to one message or recipient does not.
        return r.phase != Phase::Mail && r.phase != Phase::Rcpt && r.phase != Phase::Data &&
               r.phase != Phase::Done;
    default:
        return false;
    }
}

} // namespace mw
