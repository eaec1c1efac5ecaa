#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Smoke test of the file secret store through a built or packaged mailwright-cli. The
# release workflow runs it on Windows and macOS, where the test suite is not built; it runs
# on Linux too. Works with Git Bash and with macOS's bash 3.2.
#
#   scripts/smoke-secret-file.sh PATH/TO/mailwright-cli unix|windows
#
# 1. `secret set` creates the file private: mode 0600, or on Windows an access list that
#    names no group such as Users, Everyone or Authenticated Users;
# 2. two CLIs changing different accounts at the same moment keep both values, round
#    after round (each change is a read-modify-write under the lock beside the file);
# 3. a file that others may read is refused: chmod 640, or on Windows read access granted
#    to BUILTIN\Users (core/settings/WindowsFileSecurity.cpp).
# Only made-up passwords are used, so printing the file on a failure is harmless.
set -euo pipefail
if [ $# -ne 2 ] || { [ "$2" != unix ] && [ "$2" != windows ]; }; then
  echo "usage: $0 PATH/TO/mailwright-cli unix|windows" >&2
  exit 2
fi
cli=$1
kind=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cfg="$work/mailwright.ini"
secrets="$work/secrets.txt"
run() { "$cli" --config "$cfg" "$@"; }
fail() {
  echo "smoke-secret-file: $*" >&2
  [ -f "$secrets" ] && sed 's/^/  | /' "$secrets" >&2
  exit 1
}

run config set delivery/queue_dir "$work/queue"
run config set general/secret_file secrets.txt
run config set general/secret_backend file
printf 'first\n' | run secret set smtp
grep -qx 'smtp=first' "$secrets" || fail "secret set smtp did not store the password"

# 1. private from the start
if [ "$kind" = unix ]; then
  mode=$(stat -c %a "$secrets" 2>/dev/null || stat -f %Lp "$secrets")
  [ "$mode" = 600 ] || fail "new secret file has mode $mode, not 600"
else
  native=$(cygpath -w "$secrets")
  acl=$(MSYS_NO_PATHCONV=1 icacls "$native")
  echo "$acl"
  if echo "$acl" | grep -qi -e 'BUILTIN\\Users' -e 'Everyone' -e 'Authenticated Users'; then
    fail "new secret file is readable by others"
  fi
fi

# 2. two writers at once, different accounts: both values survive every round
rounds=${MAILWRIGHT_SMOKE_ROUNDS:-20}
i=1
while [ "$i" -le "$rounds" ]; do
  printf 's%s\n' "$i" | run secret set smtp >"$work/a.log" 2>&1 &
  a=$!
  printf 'p%s\n' "$i" | run secret set pop3 >"$work/b.log" 2>&1 &
  b=$!
  wait "$a" || fail "round $i: secret set smtp failed: $(cat "$work/a.log")"
  wait "$b" || fail "round $i: secret set pop3 failed: $(cat "$work/b.log")"
  if ! grep -qx "smtp=s$i" "$secrets" || ! grep -qx "pop3=p$i" "$secrets"; then
    fail "round $i lost a change"
  fi
  i=$((i + 1))
done
echo "smoke-secret-file: $rounds rounds of two concurrent writers kept both values"

# 3. readable by others: refused, for reading and for changing
if [ "$kind" = unix ]; then
  chmod 640 "$secrets"
  expected='group or others'
else
  MSYS_NO_PATHCONV=1 icacls "$native" /grant '*S-1-5-32-545:(R)' >/dev/null
  MSYS_NO_PATHCONV=1 icacls "$native"
  expected='can be opened by'
fi
if printf 'x\n' | run secret set pop3 >"$work/c.log" 2>&1; then
  fail "a secret file others may read was accepted"
fi
grep -q "$expected" "$work/c.log" || fail "unexpected refusal: $(cat "$work/c.log")"
echo "smoke-secret-file: refused as expected: $(cat "$work/c.log")"
echo "smoke-secret-file: passed ($kind)"
