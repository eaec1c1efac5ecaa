// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QChar>
#include <QProcessEnvironment>
#include <QString>

// MW_TEST_UNDER_ASAN is 1 in a build with AddressSanitizer, by GCC (__SANITIZE_ADDRESS__)
// or clang (__has_feature(address_sanitizer)), else 0. ASan keeps freed blocks in quarantine
// and adds shadow memory, so memory bounds made for a plain build do not hold there.
#if defined(__SANITIZE_ADDRESS__)
#define MW_TEST_UNDER_ASAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define MW_TEST_UNDER_ASAN 1
#endif
#endif
#ifndef MW_TEST_UNDER_ASAN
#define MW_TEST_UNDER_ASAN 0
#endif

namespace mw::test {

// The environment of a child run under a tracer (strace): LeakSanitizer cannot stop the
// world under ptrace and aborts at the exit in the sanitizer build, so leak checking is
// turned off there; the child's leaks are checked where no tracer runs.
inline void withoutLeakCheckUnderTracer(QProcessEnvironment &env)
{
    const QString asan = env.value(QStringLiteral("ASAN_OPTIONS"));
    env.insert(QStringLiteral("ASAN_OPTIONS"),
               (asan.isEmpty() ? QString() : asan + QLatin1Char(':')) +
                   QStringLiteral("detect_leaks=0"));
}

} // namespace mw::test
