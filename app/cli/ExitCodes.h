// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "protocol/Result.h"

namespace mw::cli {

// sysexits.h values, as sendmail and msmtp use them (documented in docs/cli.md).
enum Exit : int {
    Ok = 0,
    Usage = 64,       // EX_USAGE: wrong arguments
    DataErr = 65,     // EX_DATAERR: sender or message rejected
    NoInput = 66,     // EX_NOINPUT: configuration file missing or unreadable
    NoUser = 67,      // EX_NOUSER: recipient rejected
    NoHost = 68,      // EX_NOHOST: server name not found
    Unavailable = 69, // EX_UNAVAILABLE: connection refused, service refused
    Software = 70,    // EX_SOFTWARE: internal error
    OsErr = 71,       // EX_OSERR
    CantCreat = 73,   // EX_CANTCREAT: a file could not be written
    IoErr = 74,       // EX_IOERR
    TempFail = 75,    // EX_TEMPFAIL: timeout, network, 4xx, cancelled: try again later
    Protocol = 76,    // EX_PROTOCOL: the server broke the protocol, TLS failed
    NoPerm = 77,      // EX_NOPERM: login refused, certificate not trusted
    Config = 78,      // EX_CONFIG: the settings are invalid
};

[[nodiscard]] inline int exitCodeFor(ErrorClass c)
{
    switch (c) {
    case ErrorClass::None:
        return Ok;
    case ErrorClass::Config:
        return Config;
    case ErrorClass::Dns:
        return NoHost;
    case ErrorClass::Refused:
        return Unavailable;
    case ErrorClass::Timeout:
    case ErrorClass::Network:
    case ErrorClass::Temporary:
    case ErrorClass::Cancelled:
        return TempFail;
    case ErrorClass::TlsHandshake:
    case ErrorClass::StartTlsUnavailable:
    case ErrorClass::Protocol:
        return Protocol;
    case ErrorClass::TlsCertificate:
    case ErrorClass::AuthUnsupported:
    case ErrorClass::AuthFailed:
        return NoPerm;
    case ErrorClass::SenderRejected:
    case ErrorClass::MessageRejected:
        return DataErr;
    case ErrorClass::RecipientRejected:
        return NoUser;
    }
    return Software;
}

} // namespace mw::cli
