#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs CTest inside a D-Bus session (started by scripts/test.sh) with an unlocked,
# throw-away gnome-keyring. Not meant to be called directly.
set -euo pipefail
cd "$(dirname "$0")/.."
build_dir=${MAILWRIGHT_BUILD_DIR:-build}
# A keyring in a private, temporary home: the developer's own keyring is never touched.
export XDG_DATA_HOME=$(mktemp -d)
export XDG_CONFIG_HOME=$(mktemp -d)
export XDG_RUNTIME_DIR=${XDG_RUNTIME_DIR:-$(mktemp -d)}
chmod 700 "$XDG_RUNTIME_DIR"
eval "$(printf 'mailwright-test-keyring' | gnome-keyring-daemon --unlock --components=secrets)"
export GNOME_KEYRING_CONTROL
cleanup() {
  # The daemon ends with the D-Bus session; kill it only if it told us its pid
  # ("kill 0" would signal this whole process group, CTest's exit status included).
  if [ -n "${GNOME_KEYRING_PID:-}" ] && [ "$GNOME_KEYRING_PID" != 0 ]; then
    kill "$GNOME_KEYRING_PID" 2>/dev/null || true
  fi
  rm -rf "$XDG_DATA_HOME" "$XDG_CONFIG_HOME"
}
trap cleanup EXIT
ctest --test-dir "$build_dir" --output-on-failure -j "${MAILWRIGHT_TEST_JOBS:-2}" "$@"
