#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Queue flush benchmark (see queue_flush.py): bench/queue_flush.sh BUILD_DIR [--count N]
set -eu
build=${1:?usage: bench/queue_flush.sh BUILD_DIR [--count N]}
shift
exec python3 "$(dirname "$0")/queue_flush.py" --cli "$build/app/mailwright-cli" "$@"
