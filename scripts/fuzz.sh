#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the libFuzzer targets (clang-14, -DMAILWRIGHT_FUZZ=ON) into build-fuzz (or
# $MAILWRIGHT_FUZZ_BUILD_DIR) and runs each one for MAILWRIGHT_FUZZ_SECONDS (20) seconds
# on a copy of its seed corpus in tests/fuzz/corpus/<name>/. Any crash, leak, sanitizer
# report or broken invariant fails the script and leaves the input in the build dir.
#
#   scripts/fuzz.sh                    # the short run CI does
#   MAILWRIGHT_FUZZ_SECONDS=3600 scripts/fuzz.sh fuzz_ini    # a long run of one target
set -euo pipefail
cd "$(dirname "$0")/.."
MAILWRIGHT_WITH_FUZZ=1 bash scripts/install-deps.sh
build_dir=${MAILWRIGHT_FUZZ_BUILD_DIR:-build-fuzz}
seconds=${MAILWRIGHT_FUZZ_SECONDS:-20}
if [ ! -f "$build_dir/CMakeCache.txt" ]; then
  cmake -S . -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DCMAKE_CXX_COMPILER=clang++-14 -DMAILWRIGHT_FUZZ=ON \
    -DMAILWRIGHT_BUILD_TESTS=OFF -DMAILWRIGHT_BUILD_GUI=OFF
fi
targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
  targets=(fuzz_smtp_reply fuzz_pop3_reply fuzz_validator fuzz_ini fuzz_dsn fuzz_message_builder)
fi
cmake --build "$build_dir" -j "$(nproc)" --target "${targets[@]}"

export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
status=0
for t in "${targets[@]}"; do
  name=${t#fuzz_}
  work="$build_dir/fuzz-work/$name"
  mkdir -p "$work/corpus" "$work/artifacts"
  cp -n tests/fuzz/corpus/"$name"/* "$work/corpus/" 2>/dev/null || true
  echo "== $t: ${seconds}s"
  if ! "$build_dir/tests/fuzz/$t" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
      -max_len=65536 -print_final_stats=1 -artifact_prefix="$work/artifacts/" \
      "$work/corpus" 2>"$work/log.txt"; then
    echo "!! $t failed; see $work/log.txt and $work/artifacts/"
    tail -n 40 "$work/log.txt"
    status=1
  fi
  grep -E '^stat::number_of_executed_units|^stat::peak_rss_mb' "$work/log.txt" | sed "s/^/   $t /" || true
done
exit $status
