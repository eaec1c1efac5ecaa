#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Queue flush benchmark (see queue_flush.py for what each server and client row means):
#   bench/queue_flush.sh BUILD_DIR [--server exim|exim-tmpfs|sink[,...]] [--count N]
#                        [--rounds R] [--msmtp-count M]
set -eu
build=${1:?usage: bench/queue_flush.sh BUILD_DIR [--server exim,exim-tmpfs,sink] [--count N] [--rounds R] [--msmtp-count M]}
shift
exec python3 "$(dirname "$0")/queue_flush.py" --cli "$build/app/mailwright-cli" "$@"
