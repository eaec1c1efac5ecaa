#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Configures and builds Mailwright into ./build (or $MAILWRIGHT_BUILD_DIR).
set -euo pipefail
cd "$(dirname "$0")/.."
build_dir=${MAILWRIGHT_BUILD_DIR:-build}
generator=()
command -v ninja >/dev/null 2>&1 && generator=(-G Ninja)
# ccache as compiler launcher when installed (see the script for the path rules).
source scripts/ccache-launcher.sh
if [ ! -f "$build_dir/CMakeCache.txt" ]; then
  cmake -S . -B "$build_dir" "${generator[@]}" "${launcher[@]}" -DCMAKE_BUILD_TYPE="${MAILWRIGHT_BUILD_TYPE:-RelWithDebInfo}" "$@"
fi
cmake --build "$build_dir" -j "$(nproc)"
