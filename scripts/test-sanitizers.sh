#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds with AddressSanitizer + UndefinedBehaviorSanitizer (-DMAILWRIGHT_SANITIZE=ON,
# -fno-sanitize-recover: any report aborts the test that caused it) into build-asan
# (or $MAILWRIGHT_ASAN_BUILD_DIR) and runs the whole suite there, in the same private
# D-Bus session with a keyring that scripts/test.sh uses. Arguments go to ctest.
set -euo pipefail
cd "$(dirname "$0")/.."
# MAILWRIGHT_WITH_FUZZ brings clang-14 and its sanitizer runtimes.
MAILWRIGHT_WITH_TESTS=1 MAILWRIGHT_WITH_FUZZ=1 bash scripts/install-deps.sh
build_dir=${MAILWRIGHT_ASAN_BUILD_DIR:-build-asan}
# clang by default: this one build is also the whole tree (window, CLI, every test) built
# and run with clang -- the compiler of every macOS build -- under -Werror, so a warning
# clang has and GCC does not fails here. MAILWRIGHT_ASAN_CXX=g++ for GCC's sanitizers.
compiler=${MAILWRIGHT_ASAN_CXX:-clang++-14}
# ccache as compiler launcher when installed (see the script for the path rules).
source scripts/ccache-launcher.sh
if [ ! -f "$build_dir/CMakeCache.txt" ]; then
  cmake -S . -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=Debug -DMAILWRIGHT_SANITIZE=ON \
    -DCMAKE_CXX_COMPILER="$compiler" "${launcher[@]}"
fi
build_start=$SECONDS
cmake --build "$build_dir" -j "${MAILWRIGHT_ASAN_JOBS:-$(nproc)}"
echo "== sanitizer build took $((SECONDS - build_start)) s"
# Leaks fail a test too; Qt's own one-time allocations are not reported by LSan because
# they stay reachable. Timeouts of the tests are generous for the slower build.
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1:strict_string_checks=1:detect_stack_use_after_return=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
# System libraries' own one-time allocations (scripts/lsan.supp says which and why).
export LSAN_OPTIONS=${LSAN_OPTIONS:-suppressions=$PWD/scripts/lsan.supp:print_suppressions=0}
export MAILWRIGHT_BUILD_DIR=$build_dir
exec dbus-run-session -- bash scripts/ctest-in-session.sh "$@"
