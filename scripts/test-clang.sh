#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the whole tree (window, CLI, every test) with clang 14 -- the compiler family of
# every macOS build -- under the project's -Wall -Wextra -Werror into build-clang (or
# $MAILWRIGHT_CLANG_BUILD_DIR), then runs the unit tests of that build in the same private
# D-Bus session with a keyring that scripts/test.sh uses. Arguments go to ctest (default:
# -L unit). A warning clang has and GCC does not (an unused lambda capture, a missing
# override, ...) fails here instead of on the macOS runner.
set -euo pipefail
cd "$(dirname "$0")/.."
# MAILWRIGHT_WITH_FUZZ brings clang-14 (and the libFuzzer runtime, unused here).
MAILWRIGHT_WITH_TESTS=1 MAILWRIGHT_WITH_FUZZ=1 bash scripts/install-deps.sh
build_dir=${MAILWRIGHT_CLANG_BUILD_DIR:-build-clang}
compiler=${MAILWRIGHT_CLANG:-clang++-14}
if ! command -v "$compiler" >/dev/null; then
  echo "$compiler is missing (apt-get install clang-14)" >&2
  exit 2
fi
# ccache as compiler launcher when installed (see the script for the path rules).
source scripts/ccache-launcher.sh
if [ ! -f "$build_dir/CMakeCache.txt" ]; then
  cmake -S . -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=Debug \
    -DCMAKE_CXX_COMPILER="$compiler" "${launcher[@]}"
fi
build_start=$SECONDS
cmake --build "$build_dir" -j "${MAILWRIGHT_CLANG_JOBS:-$(nproc)}"
echo "== clang build took $((SECONDS - build_start)) s"
export MAILWRIGHT_BUILD_DIR=$build_dir
if [ $# -eq 0 ]; then
  set -- -L unit
fi
exec dbus-run-session -- bash scripts/ctest-in-session.sh "$@"
