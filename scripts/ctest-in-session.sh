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
trap 'kill "${GNOME_KEYRING_PID:-0}" 2>/dev/null || true; rm -rf "$XDG_DATA_HOME" "$XDG_CONFIG_HOME"' EXIT
ctest --test-dir "$build_dir" --output-on-failure -j "${MAILWRIGHT_TEST_JOBS:-2}" "$@"
