#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Screenshots of every tab, of a finished Send Test, of the server check report and of
# About, in light and dark palettes, into docs/screenshots/. Runs the real window under
# Xvfb against a private loopback Exim (tests/servers/mailservers.py), so the status header
# and the test result are real. Which screens a run takes is ScreenshotRunner's list.
#
# Besides the English runs at 100 %, small-screen runs at 150 % (QT_SCALE_FACTOR=1.5 on a
# 1536×900 screen: 1024×600 logical pixels, the smallest screen the window is made for) in
# the longest languages: files light-de-…-150.png, dark-fr-…-150.png.
#
#   scripts/screenshots.sh [BUILD_DIR]      (default: build)
set -eu
here=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-$here/build}
app=$build/app/mailwright
out=$here/docs/screenshots
[ -x "$app" ] || { echo "no $app: build first" >&2; exit 1; }
command -v xvfb-run >/dev/null || { echo "xvfb-run is missing (apt-get install xvfb xauth)" >&2; exit 1; }

work=$(mktemp -d)
chmod 755 "$work" # the Exim daemon user must reach its directory
trap 'python3 "$here/tests/servers/mailservers.py" stop --dir "$work/exim" >/dev/null 2>&1 || true; rm -rf "$work"' EXIT INT TERM
mkdir -p "$work/exim" "$out"
info=$(python3 "$here/tests/servers/mailservers.py" start-exim --dir "$work/exim")
field() { printf '%s' "$info" | python3 -c "import json,sys; d=json.load(sys.stdin); print(eval('d' + sys.argv[1]))" "$1"; }
port=$(field '["ports"]["smtp_starttls"]')
tls_port=$(field '["ports"]["smtp_tls"]')
ca=$(field '["ca_file"]')
user=$(field '["user"]')

cat > "$work/mailwright.ini" <<INI
[general]
secret_backend=memory
[smtp]
enabled=true
host=localhost
port=$port
security=starttls
auth=auto
username=$user
ca_file=$ca
[pop3]
enabled=false
[mailboxes]
from=alerts@example.test
from_name=Backup server
notify=admin@example.test
bounce=bounces@example.test
[copies]
errors=oncall@example.test
[recipients]
permitted=@example.test
[remote_status]
permitted=ops@example.test, oncall@example.test
authserv_id=mx.example.test
INI

# The password comes from the environment (never a file): the override of DESIGN.md.
export MAILWRIGHT_SMTP_PASSWORD="${MW_TEST_PASSWORD:-$(python3 -c "import sys; sys.path.insert(0, '$here/tests/servers'); import mailservers; print(mailservers.DEFAULT_PASSWORD)" 2>/dev/null || echo)}"
export XDG_CONFIG_HOME="$work/xdg" LC_ALL=C.UTF-8 LANG=C.UTF-8
# "Check what the server supports" tries the fixture's implicit-TLS port too.
export MW_SCREENSHOT_TLS_PORT="$tls_port"
# One run per line: palette, language, scale, screen size in pixels. A new run is a line.
runs="light en 1 1400x900
dark en 1 1400x900
light de 1.5 1536x900
dark fr 1.5 1536x900"
printf '%s\n' "$runs" | while read -r palette lang scale screen; do
    rm -rf "$work/xdg" # no window geometry saved by the run before
    QT_SCALE_FACTOR=$scale xvfb-run -a -s "-screen 0 ${screen}x24" \
        "$app" --config "$work/mailwright.ini" --lang "$lang" \
        --screenshot-dir "$out" --screenshot-palette "$palette"
done
ls -1 "$out"
