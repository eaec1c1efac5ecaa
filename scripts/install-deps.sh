#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs what building and testing Mailwright needs on Debian 12.
# Idempotent: packages already present are not fetched again.
set -euo pipefail

build_pkgs=(cmake g++ make ninja-build pkg-config qt6-base-dev qt6-base-dev-tools
  qtkeychain-qt6-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
  qt6-networkauth-dev libgl-dev clang-format libqt6svg6 ccache libgsasl-dev libkrb5-dev
  libqt6sql6-sqlite libarchive-dev libssl-dev lld)
# libxml2-utils (xmllint) and libplist-utils (plistutil): tst_policytemplates validates the
# generated Group Policy templates and macOS profile with them. python3-prometheus-client:
# tst_cli_check parses `mailwright-cli metrics` with the reference Prometheus parser.
# python3-xlib: bench/x11_ping.py pings the window over X11 (msmtp, swaks and curl are the
# benchmarks' other clients too). strace: tst_cli_threads follows the threads of a Send Test, tst_queue_flush counts a flush's send-queue calls.
test_pkgs=(exim4-daemon-light dovecot-pop3d openssl python3 dbus dbus-x11
  gnome-keyring libsecret-tools xvfb xauth msmtp swaks curl procps
  libnet-ssleay-perl libio-socket-ssl-perl libdigest-hmac-perl
  qt6-qpa-plugins fonts-dejavu-core dnsmasq-base qt6-translations-l10n chromium
  dovecot-submissiond dovecot-gssapi krb5-kdc krb5-admin-server krb5-user gss-ntlmssp
  libxml2-utils libplist-utils python3-prometheus-client python3-xlib strace)
# Only for scripts/test-packaging.sh (CPack DEB/RPM, validators, the window under Xvfb).
# The installed queue service is run in a mount namespace (util-linux's unshare) against
# the test Exim (tests/servers/mailservers.py).
packaging_pkgs=(dpkg-dev file rpm lintian desktop-file-utils appstream xvfb xauth xdotool
  qt6-qpa-plugins libqt6svg6 qt6-translations-l10n man-db util-linux python3 openssl
  exim4-daemon-light libgsasl18 krb5-user libqt6sql6-sqlite libarchive13)
# Only for scripts/fuzz.sh (libFuzzer needs clang and its runtime libraries).
fuzz_pkgs=(clang-14 libclang-rt-14-dev)
# Only for scripts/check-windows.sh (the sources compiled as Windows compiles them).
windows_pkgs=(g++-mingw-w64-x86-64-posix)
# Only for measuring by hand (MAILWRIGHT_WITH_BENCH=1, with the test packages for the other
# clients and Xvfb): perf for bench/session_timeline.py and bench/window_waits.py, valgrind for
# compare_clients.py --instructions and startup_order.py. CI runs no benchmark.
bench_pkgs=(linux-perf valgrind)

# The OAuth2 tests' loopback OpenID provider and bearer-token SMTP server (npm
# oidc-provider and smtp-server, versions pinned by tests/servers/oauth/package-lock.json),
# and playwright-core, which drives Debian's chromium (above) through the browser sign-in;
# it downloads no browser of its own.
# They need Node.js 20 or later and the npm registry; without either this fails with a
# message instead of leaving the tests to fail later.
if [ -n "${MAILWRIGHT_WITH_TESTS:-}" ]; then
  oauth_dir="$(cd "$(dirname "$0")/.." && pwd)/tests/servers/oauth"
  if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
    echo "install-deps: Node.js >= 20 and npm are needed for the OAuth2 tests (tests/servers/oauth)" >&2
    exit 1
  fi
  if [ "$(node -p 'process.versions.node.split(".")[0]')" -lt 20 ]; then
    echo "install-deps: Node.js $(node --version) is too old for oidc-provider; 20 or later is needed" >&2
    exit 1
  fi
  if [ ! -f "$oauth_dir/node_modules/.package-lock.json" ] ||
     [ "$oauth_dir/package-lock.json" -nt "$oauth_dir/node_modules/.package-lock.json" ]; then
    if ! (cd "$oauth_dir" && npm ci --no-audit --no-fund --loglevel=error); then
      echo "install-deps: 'npm ci' in tests/servers/oauth failed (is the npm registry reachable?)" >&2
      exit 1
    fi
  fi
fi

want=()
for p in "${build_pkgs[@]}" ${MAILWRIGHT_WITH_TESTS:+"${test_pkgs[@]}"} \
  ${MAILWRIGHT_WITH_FUZZ:+"${fuzz_pkgs[@]}"} \
  ${MAILWRIGHT_WITH_WINDOWS_CHECK:+"${windows_pkgs[@]}"} \
  ${MAILWRIGHT_WITH_BENCH:+"${bench_pkgs[@]}"} \
  ${MAILWRIGHT_WITH_PACKAGING:+"${packaging_pkgs[@]}"}; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || want+=("$p")
done
[ ${#want[@]} -eq 0 ] && exit 0

SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"

# Keep apt from starting the system-wide Exim and Dovecot: the tests run private
# daemons on loopback, and a system MTA on port 25 is not what a test machine wants.
if [ ! -e /usr/sbin/policy-rc.d ]; then
  printf '#!/bin/sh\nexit 101\n' | $SUDO tee /usr/sbin/policy-rc.d >/dev/null
  $SUDO chmod 755 /usr/sbin/policy-rc.d
  trap '$SUDO rm -f /usr/sbin/policy-rc.d' EXIT
fi

export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${want[@]}" >/dev/null
