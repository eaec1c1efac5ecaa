#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Packaging test (issue 7), run by .ci/run after the test suite. Reuses the build dir that
# scripts/build.sh configured (./build or $MAILWRIGHT_BUILD_DIR) and:
#   1. builds the DEB and the RPM with CPack (stripped, from a staging install);
#   2. checks the DEB with lintian (no warning or error; the info tags left are justified in
#      docs/packaging.md) and the metadata with desktop-file-validate and appstreamcli
#      validate --no-net;
#   3. inspects the RPM (rpm -qpl, rpm -qpR);
#   4. installs the DEB with apt-get install ./….deb, checks the installed programs
#      (mailwright-cli --version and --help in German, mailwright under Xvfb showing its
#      tabs, the desktop entry and icons in place), then removes it again.
# Needs root (or sudo) for apt-get. Leaves the machine as it found it.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
build_dir=${MAILWRIGHT_BUILD_DIR:-build}
MAILWRIGHT_WITH_PACKAGING=1 bash scripts/install-deps.sh
[ -f "$build_dir/CMakeCache.txt" ] || bash scripts/build.sh
# Only what the packages hold (after scripts/test.sh this is already up to date).
cmake --build "$build_dir" -j "$(nproc)" --target mailwright mailwright-cli mailwright_packaging_files

SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"
fail() { echo "FAIL: $*" >&2; exit 1; }
step() { echo "== $*"; }

out=$(mktemp -d /tmp/mailwright-pkg.XXXXXX)
installed=0
created_user=""
cleanup() {
  if [ "$installed" = 1 ]; then
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get remove -y -qq mailwright >/dev/null 2>&1 || true
  fi
  if [ -n "${created_user:-}" ]; then
    $SUDO pkill -KILL -u "$created_user" 2>/dev/null || true
    sleep 0.5
    $SUDO userdel -r "$created_user" >/dev/null 2>&1 || true
  fi
  rm -rf "$out"
}
trap cleanup EXIT

step "cpack DEB + RPM"
(cd "$build_dir" && cpack -G "DEB;RPM" -B "$out" >"$out/cpack.log" 2>&1) ||
  { cat "$out/cpack.log"; fail "cpack"; }
deb=$(ls "$out"/mailwright_*.deb)
rpm=$(ls "$out"/mailwright-*.rpm)
echo "$deb"; echo "$rpm"

step "DEB contents and control"
dpkg-deb --field "$deb"
dpkg-deb --contents "$deb" | awk '{print $6}' >"$out/deb-files"
for f in ./usr/bin/mailwright ./usr/bin/mailwright-cli \
  ./usr/share/applications/io.github.mailwright.Mailwright.desktop \
  ./usr/share/metainfo/io.github.mailwright.Mailwright.metainfo.xml \
  ./usr/share/icons/hicolor/scalable/apps/mailwright.svg \
  ./usr/share/icons/hicolor/48x48/apps/mailwright.png \
  ./usr/share/icons/hicolor/256x256/apps/mailwright.png \
  ./usr/share/man/man1/mailwright.1.gz ./usr/share/man/man1/mailwright-cli.1.gz \
  ./usr/lib/systemd/user/mailwright-queue.service \
  ./usr/share/doc/mailwright/copyright ./usr/share/doc/mailwright/policy.md \
  ./usr/share/mailwright/policy/mailwright.admx \
  ./usr/share/mailwright/policy/en-US/mailwright.adml \
  ./usr/share/mailwright/policy/io.github.mailwright.Mailwright.mobileconfig \
  ./usr/share/mailwright/policy/policy.ini.example; do
  grep -qxF "$f" "$out/deb-files" || fail "$f missing from the DEB"
done
# The private modules, each loaded the first time its feature is used (PrivateModule.h).
for m in mailwright-tls mailwright-sasl mailwright-keychain mailwright-archive; do
  grep -qE "^\./usr/lib/([^/]+/)?mailwright/modules/$m\.so$" "$out/deb-files" ||
    fail "$m.so missing from the DEB's <libdir>/mailwright/modules"
done
depends=$(dpkg-deb --field "$deb" Depends)
for d in libqt6core6 libqt6widgets6 libqt6network6 libqt6keychain1 libqt6svg6 qt6-qpa-plugins; do
  grep -q "$d" <<<"$depends" || fail "Depends lacks $d: $depends"
done

step "desktop-file-validate"
desktop-file-validate installer/linux/io.github.mailwright.Mailwright.desktop
step "appstreamcli validate --no-net"
appstreamcli validate --no-net --pedantic installer/linux/io.github.mailwright.Mailwright.metainfo.xml

step "lintian"
# --fail-on warning: errors and warnings fail; info/pedantic tags are printed only.
lintian --fail-on error,warning --display-info "$deb"

step "RPM: files and dependencies"
rpm -qpi "$rpm" 2>/dev/null | sed -n '1,/^Description/p'
rpm -qpl "$rpm" 2>/dev/null | tee "$out/rpm-files"
grep -qx /usr/bin/mailwright "$out/rpm-files" || fail "/usr/bin/mailwright missing from the RPM"
grep -qx /usr/share/applications/io.github.mailwright.Mailwright.desktop "$out/rpm-files" ||
  fail "desktop file missing from the RPM"
grep -qx /usr/share/icons/hicolor "$out/rpm-files" && fail "the RPM claims /usr/share/icons/hicolor"
rpm -qpR "$rpm" 2>/dev/null | tee "$out/rpm-requires"
grep -q 'libQt6Widgets.so.6' "$out/rpm-requires" || fail "RPM requires lacks libQt6Widgets"
grep -q 'qt6-qtsvg' "$out/rpm-requires" || fail "RPM requires lacks qt6-qtsvg"

step "apt-get install ./$(basename "$deb")"
if dpkg-query -W -f='${Status}' mailwright 2>/dev/null | grep -q 'install ok installed'; then
  fail "mailwright is already installed; refusing to touch it"
fi
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "$deb" >/dev/null
installed=1
test -x /usr/bin/mailwright || fail "/usr/bin/mailwright not installed"
test -f /usr/share/applications/io.github.mailwright.Mailwright.desktop || fail "desktop file"
test -f /usr/share/icons/hicolor/scalable/apps/mailwright.svg || fail "SVG icon"
test -f /usr/share/icons/hicolor/48x48/apps/mailwright.png || fail "PNG icon"
exec_line=$(grep '^Exec=' /usr/share/applications/io.github.mailwright.Mailwright.desktop)
[ "$exec_line" = "Exec=mailwright" ] || fail "unexpected $exec_line"
command -v mailwright >/dev/null || fail "the desktop entry's Exec is not on PATH"
man -w mailwright-cli >/dev/null || fail "man page mailwright-cli"

step "installed mailwright-cli"
home=$(mktemp -d "$out/home.XXXXXX")
v=$(HOME=$home LANG=C.UTF-8 /usr/bin/mailwright-cli --version)
echo "$v"
grep -q '^mailwright-cli 0\.' <<<"$v" || fail "--version: $v"
HOME=$home LANG=C.UTF-8 /usr/bin/mailwright-cli --help | grep -q -- '--lang' || fail "--help lacks --lang"
de=$(HOME=$home LANG=C.UTF-8 /usr/bin/mailwright-cli --lang de --help)
grep -q 'Konfigurationsdatei' <<<"$de" || fail "--lang de did not translate --help"
fr=$(HOME=$home LANG=fr_FR.UTF-8 LANGUAGE=fr /usr/bin/mailwright-cli --help)
grep -q 'fichier de configuration' <<<"$fr" || fail "the French locale did not translate --help"
# QApplication needs a platform even for --version; offscreen needs no display.
gv=$(HOME=$home QT_QPA_PLATFORM=offscreen /usr/bin/mailwright --version 2>&1 </dev/null || true)
grep -q 'Mailwright 0\.\|mailwright 0\.' <<<"$gv" || fail "mailwright --version: $gv"

step "installed mailwright under Xvfb (English and German)"
# A configuration whose Send Test ends at once (port 9 on loopback refuses), so that the
# screenshot run finishes instead of waiting for its time limit.
cat >"$home/mailwright.ini" <<'INI'
[smtp]
enabled=true
host=127.0.0.1
port=9
security=none
auth=none
[pop3]
enabled=false
[mailboxes]
from=mailwright@example.com
notify=admin@example.com
INI
for lang in en:authentication de:authentifizierung; do
  tab=${lang#*:}; lang=${lang%%:*}
  shots="$out/shots-$lang"
  mkdir -p "$shots"
  # --screenshot-dir grabs every tab (file names carry the tab titles) and a finished Send
  # Test, then quits: it proves the installed window started with its tabs, translated.
  HOME=$home timeout 120 xvfb-run -a -s '-screen 0 1280x800x24' \
    /usr/bin/mailwright --lang "$lang" --config "$home/mailwright.ini" \
    --screenshot-dir "$shots" >"$out/gui-$lang.log" 2>&1 ||
    { cat "$out/gui-$lang.log"; fail "mailwright ($lang) did not run under Xvfb"; }
  ls "$shots"
  n=$(ls "$shots" | grep -cE '^light-([a-z]{2}-)?[0-9]-.*\.png$' || true)
  [ "$n" -ge 6 ] || fail "mailwright ($lang) grabbed $n tabs, expected 6"
  ls "$shots" | grep -q -- "-2-$tab\.png$" || fail "no tab named $tab in the $lang window"
done
# Run inside xvfb-run as `bash -c "$title_script" title COMMAND…`: starts the command, prints
# its window's title as X11 (a user's desktop) sees it, and ends it.
title_script='
  "$@" & pid=$!
  for i in $(seq 1 75); do
    id=$(xdotool search --pid $pid --onlyvisible 2>/dev/null | head -1) && [ -n "$id" ] && break
    sleep 0.2
  done
  [ -n "$id" ] || { kill $pid; echo "no window"; exit 1; }
  xdotool getwindowname "$id"
  kill $pid; wait $pid 2>/dev/null || true'
HOME=$home timeout 60 xvfb-run -a -s '-screen 0 1280x800x24' \
  bash -c "$title_script" title /usr/bin/mailwright --lang de | tee "$out/title"
grep -q 'Mailwright' "$out/title" || fail "no Mailwright window appeared"

step "launched from its desktop entry by a new user (English and German)"
# A fresh account with nothing configured, as a new administrator would start it from the
# menu: the desktop entry's Exec line, the locale from the session (LANG), no --lang.
desk_user=mwdesk$$
$SUDO useradd -m -s /bin/bash "$desk_user" || fail "useradd $desk_user"
created_user=$desk_user
desk_exec=$(sed -n 's/^Exec=//p' /usr/share/applications/io.github.mailwright.Mailwright.desktop | head -1)
for want in 'C.UTF-8:Mailwright e-mail settings' 'de_DE.UTF-8:Mailwright-E-Mail-Einstellungen'; do
  loc=${want%%:*}; title=${want#*:}
  $SUDO runuser -u "$desk_user" -- env -i HOME="/home/$desk_user" PATH=/usr/bin:/bin \
    LANG="$loc" LANGUAGE="${loc%%_*}" timeout 60 xvfb-run -a -s '-screen 0 1280x800x24' \
    bash -c "$title_script" title $desk_exec >"$out/desk-$loc" 2>&1 ||
    { cat "$out/desk-$loc"; fail "the desktop entry did not start a window ($loc)"; }
  cat "$out/desk-$loc"
  grep -q -- "$title" "$out/desk-$loc" || fail "window title not in $loc: $(cat "$out/desk-$loc")"
done
# The new user's configuration is not written before Save (nothing was saved).
$SUDO find "/home/$desk_user" -name 'mailwright.ini' | grep -q . &&
  fail "the window wrote a configuration file without Save"
# Whatever the session left running under that account (a D-Bus daemon) goes with it.
for i in $(seq 1 20); do
  $SUDO pkill -KILL -u "$desk_user" 2>/dev/null || true
  $SUDO userdel -r "$desk_user" >/dev/null 2>&1 || true
  id "$desk_user" >/dev/null 2>&1 || break
  sleep 0.5
done
id "$desk_user" >/dev/null 2>&1 && fail "could not remove the test account $desk_user"
created_user=""

step "the installed queue service delivers inside its own sandbox"
# The unit as shipped: its ExecStart under its ProtectHome=read-only with its
# ReadWritePaths (parsed from the installed file, %h = the home folder), in a mount
# namespace (systemd is not PID 1 in a container; unshare applies the same mounts). A
# queued message must reach a real Exim on loopback; then, as a control, the same sandbox
# without the writable paths must fail at once and say why (not wait as "busy").
unit=/usr/lib/systemd/user/mailwright-queue.service
grep -qx 'ProtectHome=read-only' "$unit" || fail "the unit no longer says ProtectHome=read-only"
exec_start=$(sed -n 's/^ExecStart=//p' "$unit" | head -1)
rw_paths=$(sed -n 's/^ReadWritePaths=//p' "$unit" | tr '\n' ' ')
[ -n "$exec_start" ] && [ -n "$rw_paths" ] || fail "no ExecStart/ReadWritePaths in $unit"
svc_home=/home/mwqueue$$
svc_work=$(mktemp -d /var/tmp/mailwright-svc.XXXXXX)
chmod 755 "$svc_work" # Exim runs as its own user when we are root
svc_cleanup() {
  python3 tests/servers/mailservers.py stop --dir "$svc_work/exim" >/dev/null 2>&1 || true
  rm -rf "$svc_work" "$svc_home"
  cleanup
}
trap svc_cleanup EXIT
export MW_TEST_PASSWORD="${MW_TEST_PASSWORD:-Pw-7f3a!q}"
mkdir -p "$svc_work/exim" "$svc_home"
python3 tests/servers/mailservers.py start-exim --dir "$svc_work/exim" >"$svc_work/exim.json"
jfield() { python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); [d:=d[k] for k in sys.argv[2:]]; print(d)' "$@"; }
maildir=$(jfield "$svc_work/exim.json" maildir)
svc_cli() { env -i HOME="$svc_home" PATH=/usr/bin:/bin LANG=C.UTF-8 /usr/bin/mailwright-cli "$@"; }
# Set up as the administrator would (outside the sandbox): settings, the file backend's
# secret, one queued message; everything in the program's default folders.
svc_cli config set smtp/host localhost
svc_cli config set smtp/port "$(jfield "$svc_work/exim.json" ports smtp_starttls)"
svc_cli config set smtp/security starttls
svc_cli config set smtp/auth plain
svc_cli config set smtp/username mwtest
svc_cli config set smtp/ca_file "$(jfield "$svc_work/exim.json" ca_file)"
svc_cli config set mailboxes/from alerts@example.test
svc_cli config set delivery/retry_interval 5
svc_cli config set general/secret_backend file
svc_cli config set general/secret_file secrets
printf '%s\n' "$MW_TEST_PASSWORD" | svc_cli secret set smtp
svc_cli send --to user@example.test --subject "through the service" <<<"sent by the sandboxed unit"
# run_sandboxed PATHS...: the unit's ExecStart with the home read-only except PATHS.
run_sandboxed() {
  local binds=""
  for p in "$@"; do
    local optional=0
    case $p in -*) optional=1; p=${p#-} ;; esac
    p=${p//%h/$svc_home}
    if [ ! -d "$p" ]; then
      [ "$optional" = 1 ] && continue
      fail "ReadWritePaths $p does not exist (and has no '-')"
    fi
    binds+="mount --bind '$p' '$p' && mount -o remount,bind,rw '$p' && "
  done
  unshare --mount --propagation private sh -c "
    mount --bind /home /home && mount -o remount,bind,ro /home && $binds
    mount -t tmpfs tmpfs /tmp &&
    exec env -i HOME='$svc_home' PATH=/usr/bin:/bin LANG=C.UTF-8 $exec_start"
}
# shellcheck disable=SC2086 # the unit's paths are words
run_sandboxed $rw_paths >"$svc_work/service.log" 2>&1 &
svc_pid=$!
for _ in $(seq 150); do
  [ "$(ls "$maildir/new" 2>/dev/null | wc -l)" -ge 1 ] && break
  kill -0 "$svc_pid" 2>/dev/null || break
  sleep 0.2
done
kill "$svc_pid" 2>/dev/null || true
wait "$svc_pid" 2>/dev/null || true
[ "$(ls "$maildir/new" 2>/dev/null | wc -l)" -ge 1 ] ||
  { cat "$svc_work/service.log"; fail "the sandboxed queue service delivered nothing"; }
grep -l 'through the service' "$maildir"/new/* >/dev/null || fail "not the queued message"
[ "$(svc_cli --json queue list | python3 -c 'import json,sys; print(len(json.load(sys.stdin)["messages"]))')" = 0 ] ||
  fail "the message is still queued after the service delivered it"
echo "delivered through the sandboxed unit"
# Control: without the writable paths the spool is read-only; the runner must stop with
# EX_CANTCREAT (73) and name the lock and the reason, within seconds.
svc_cli send --to user@example.test --subject "control" <<<"control"
set +e
timeout 30 bash -c "$(declare -f run_sandboxed fail); svc_home='$svc_home' exec_start='$exec_start' run_sandboxed" \
  >"$svc_work/control.log" 2>&1
rc=$?
set -e
cat "$svc_work/control.log"
[ "$rc" = 73 ] || fail "a read-only spool: exit $rc, expected 73 (EX_CANTCREAT)"
grep -q 'Read-only file system' "$svc_work/control.log" || fail "the reason is not named"
grep -q '\.lock' "$svc_work/control.log" || fail "the lock file is not named"
python3 tests/servers/mailservers.py stop --dir "$svc_work/exim" >/dev/null 2>&1 || true

step "apt-get remove"
DEBIAN_FRONTEND=noninteractive $SUDO apt-get remove -y -qq mailwright >/dev/null
installed=0
test ! -e /usr/bin/mailwright || fail "/usr/bin/mailwright left behind"
echo "packaging test passed"
