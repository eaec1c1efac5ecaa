#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the libFuzzer targets (clang-14, -DMAILWRIGHT_FUZZ=ON) into build-fuzz (or
# $MAILWRIGHT_FUZZ_BUILD_DIR) and runs each one on a copy of its seed corpus in
# tests/fuzz/corpus/<name>/, for MAILWRIGHT_FUZZ_SECONDS (20) seconds or, when
# MAILWRIGHT_FUZZ_RUNS is set, for that many executions. Any crash, leak, sanitizer report
# or broken invariant fails the script and leaves the input in the build dir. At the end
# it prints, per target, the executions, executions per second, corpus size (inputs at the
# end / seeds) and peak memory, parsed from libFuzzer's -print_final_stats=1 output.
#
#   scripts/fuzz.sh                    # the short run CI does
#   MAILWRIGHT_FUZZ_SECONDS=3600 scripts/fuzz.sh fuzz_ini    # a long run of one target
#   MAILWRIGHT_FUZZ_RUNS=10000000 scripts/fuzz.sh            # 10 million executions each
#   MAILWRIGHT_FUZZ_TIMEOUT=60 ...     # seconds per input before it counts as a hang (10)
#   MAILWRIGHT_FUZZ_MAX_LEN=16384 ...  # longest input in octets (65536)
#   MAILWRIGHT_FUZZ_PROFILE=fast ...   # UBSan and assertions without ASan (build-fuzz-fast)
#
# Profiles: "asan" (the default, and what CI runs) checks every access with ASan and UBSan
# and finds leaks. "fast" leaves ASan out and keeps UBSan, Qt's Q_ASSERT bounds checks and
# libstdc++'s assertions at -O2: several times the executions per second, for runs of
# millions; a memory error then shows only when it crashes or breaks an assertion.
#
# ccache is used when installed (CCACHE_DIR etc. are taken from the environment).
set -euo pipefail
cd "$(dirname "$0")/.."
MAILWRIGHT_WITH_FUZZ=1 bash scripts/install-deps.sh
profile=${MAILWRIGHT_FUZZ_PROFILE:-asan}
case "$profile" in
asan)
  build_dir=${MAILWRIGHT_FUZZ_BUILD_DIR:-build-fuzz}
  profile_args=(-DCMAKE_BUILD_TYPE=RelWithDebInfo)
  ;;
fast)
  build_dir=${MAILWRIGHT_FUZZ_BUILD_DIR:-build-fuzz-fast}
  # Debug, so that Qt's headers keep Q_ASSERT (QT_NO_DEBUG is not defined), at -O2.
  profile_args=(-DCMAKE_BUILD_TYPE=Debug "-DCMAKE_CXX_FLAGS_DEBUG=-O2 -g -D_GLIBCXX_ASSERTIONS"
    -DMAILWRIGHT_FUZZ_SANITIZERS=undefined)
  ;;
*)
  echo "MAILWRIGHT_FUZZ_PROFILE must be asan or fast, not '$profile'" >&2
  exit 2
  ;;
esac
seconds=${MAILWRIGHT_FUZZ_SECONDS:-20}
runs=${MAILWRIGHT_FUZZ_RUNS:-}
if [ -n "$runs" ] && ! [[ "$runs" =~ ^[0-9]+$ ]]; then
  echo "MAILWRIGHT_FUZZ_RUNS must be a number of executions, not '$runs'" >&2
  exit 2
fi
# Seconds one input may take before libFuzzer calls it a hang. On a machine busy at a
# higher priority a starved fuzzer can pass 10 s on an input that takes milliseconds.
unit_timeout=${MAILWRIGHT_FUZZ_TIMEOUT:-10}
if ! [[ "$unit_timeout" =~ ^[1-9][0-9]*$ ]]; then
  echo "MAILWRIGHT_FUZZ_TIMEOUT must be a number of seconds, not '$unit_timeout'" >&2
  exit 2
fi
# The longest input libFuzzer makes. Once inputs of tens of kilobytes enter the corpus a
# target runs at a third of its speed or less (fuzz_pop3_reply: 5,400 executions per second
# at 16384, 2,000 at 65536, one minute each from the same corpus), so a long run may trade
# length for executions; lines past every limit are also covered by tests/unit/tst_hostile*.
max_len=${MAILWRIGHT_FUZZ_MAX_LEN:-65536}
if ! [[ "$max_len" =~ ^[1-9][0-9]*$ ]]; then
  echo "MAILWRIGHT_FUZZ_MAX_LEN must be a number of octets, not '$max_len'" >&2
  exit 2
fi
if ! [[ "$seconds" =~ ^[0-9]+$ ]]; then
  echo "MAILWRIGHT_FUZZ_SECONDS must be a number of seconds, not '$seconds'" >&2
  exit 2
fi
source scripts/ccache-launcher.sh
if [ ! -f "$build_dir/CMakeCache.txt" ]; then
  cmake -S . -B "$build_dir" -G Ninja "${profile_args[@]}" \
    -DCMAKE_CXX_COMPILER=clang++-14 -DMAILWRIGHT_FUZZ=ON "${launcher[@]}" \
    -DMAILWRIGHT_BUILD_TESTS=OFF -DMAILWRIGHT_BUILD_GUI=OFF
fi
targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
  targets=(fuzz_smtp_reply fuzz_smtp_wire fuzz_pop3_reply fuzz_validator fuzz_ini fuzz_dsn fuzz_message_builder
    fuzz_ntlm fuzz_sasl_exchange fuzz_status_request)
fi
build_start=$SECONDS
cmake --build "$build_dir" -j "${MAILWRIGHT_FUZZ_JOBS:-$(nproc)}" --target "${targets[@]}"
echo "== fuzz targets built in $((SECONDS - build_start)) s"

# malloc_context_size=0 and max_malloc_fill_size=0: no stack recorded at each allocation
# and no fill of new blocks, about 1.5 times the executions per second (measured on
# fuzz_smtp_reply). Errors are still caught and the faulting stack still printed; to see
# where a block was allocated or freed, run the target on the saved input with
# ASAN_OPTIONS=detect_leaks=1.
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1:malloc_context_size=0:max_malloc_fill_size=0}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
# GNU SASL lives in a private module (core/protocol/SaslModule.h) that the targets are not
# beside: fuzz_sasl_exchange finds it through its variable, as the tests do.
export MAILWRIGHT_SASL_MODULE=${MAILWRIGHT_SASL_MODULE:-$(cd "$build_dir" && pwd)/app/mailwright-sasl.so}
if [ -n "$runs" ]; then
  limit=(-runs="$runs")
  what="$runs executions"
else
  limit=(-max_total_time="$seconds")
  what="${seconds}s"
fi
status=0
summary=()
# "stat::name: value" from libFuzzer's final statistics.
stat() { sed -n "s/^stat::$1: *//p" "$2" | tail -n 1; }
for t in "${targets[@]}"; do
  name=${t#fuzz_}
  work="$build_dir/fuzz-work/$name"
  mkdir -p "$work/corpus" "$work/artifacts"
  cp -n tests/fuzz/corpus/"$name"/* "$work/corpus/" 2>/dev/null || true
  seeds=$(find tests/fuzz/corpus/"$name" -maxdepth 1 -type f 2>/dev/null | wc -l)
  echo "== $t: $what"
  result=ok
  start=$SECONDS
  if ! "$build_dir/tests/fuzz/$t" "${limit[@]}" -timeout="$unit_timeout" -rss_limit_mb=2048 \
      -max_len="$max_len" -print_final_stats=1 -artifact_prefix="$work/artifacts/" \
      "$work/corpus" 2>"$work/log.txt"; then
    echo "!! $t failed; see $work/log.txt and $work/artifacts/"
    tail -n 40 "$work/log.txt"
    status=1
    result=FAILED
  fi
  wall=$((SECONDS - start))
  execs=$(stat number_of_executed_units "$work/log.txt")
  rate=$(stat average_exec_per_sec "$work/log.txt")
  rss=$(stat peak_rss_mb "$work/log.txt")
  corpus=$(find "$work/corpus" -maxdepth 1 -type f | wc -l)
  line=$(printf '%-22s %-6s %12s execs %8s exec/s %6s corpus (%s seeds) %6s MB peak %5s s' \
    "$t" "$result" "${execs:-?}" "${rate:-?}" "$corpus" "$seeds" "${rss:-?}" "$wall")
  echo "   $line"
  summary+=("$line")
done
echo "== fuzz summary ($what per target, inputs up to $max_len octets, profile $profile)"
printf '   %s\n' "${summary[@]}"
exit $status
