// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

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
