#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Configures and builds Mailwright into ./build (or $MAILWRIGHT_BUILD_DIR).
set -euo pipefail
cd "$(dirname "$0")/.."
build_dir=${MAILWRIGHT_BUILD_DIR:-build}
generator=()
command -v ninja >/dev/null 2>&1 && generator=(-G Ninja)
# ccache, when installed, as compiler launcher: a second build dir or a rebuild after a
# branch switch compiles only what changed (CCACHE_DIR etc. from the environment).
launcher=()
command -v ccache >/dev/null 2>&1 && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
if [ ! -f "$build_dir/CMakeCache.txt" ]; then
  cmake -S . -B "$build_dir" "${generator[@]}" "${launcher[@]}" -DCMAKE_BUILD_TYPE="${MAILWRIGHT_BUILD_TYPE:-RelWithDebInfo}" "$@"
fi
cmake --build "$build_dir" -j "$(nproc)"
