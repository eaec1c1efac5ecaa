#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs what is missing (build tools, Qt, Exim, Dovecot, a keyring), builds, and runs
# every test: unit, integration (real Exim and Dovecot on loopback) and GUI (offscreen).
# The tests run inside a private D-Bus session with an unlocked gnome-keyring so that
# the keychain backend is exercised for real.
set -euo pipefail
cd "$(dirname "$0")/.."
MAILWRIGHT_WITH_TESTS=1 bash scripts/install-deps.sh
MAILWRIGHT_BUILD_TYPE=${MAILWRIGHT_BUILD_TYPE:-Debug} bash scripts/build.sh
exec dbus-run-session -- bash scripts/ctest-in-session.sh "$@"
