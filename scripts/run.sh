#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs what is missing, builds, and starts Mailwright: the settings window when a
# display is available, otherwise the command-line tool's help. Arguments are passed on
# (e.g. scripts/run.sh --config ~/mailwright.ini).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
bash scripts/build.sh >/dev/null
build_dir=${MAILWRIGHT_BUILD_DIR:-build}
if [ -x "$build_dir/app/mailwright" ] && { [ -n "${DISPLAY:-}" ] || [ -n "${WAYLAND_DISPLAY:-}" ]; }; then
  exec "$build_dir/app/mailwright" "$@"
fi
echo "No display found: here is the command-line tool (the same core as the window)." >&2
"$build_dir/app/mailwright-cli" --help
