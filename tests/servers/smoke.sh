#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Smoke test of the mail-server fixtures with independent clients (swaks, Python's
# poplib): start a private Exim and Dovecot on loopback, deliver and fetch, stop.
# Needs: exim4-daemon-light dovecot-pop3d openssl python3 swaks, and for swaks'
# TLS and CRAM-MD5: libnet-ssleay-perl libio-socket-ssl-perl libdigest-hmac-perl.
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
fixture="$here/mailservers.py"
parse="$here/parse_message.py"
export MW_TEST_PASSWORD="${MW_TEST_PASSWORD:-Pw-7f3a!q}"
work="$(mktemp -d /tmp/mw-smoke.XXXXXX)"
# The daemons run as an unprivileged user when we are root: let it into $work.
chmod 755 "$work"
cleanup() {
  python3 "$fixture" stop --dir "$work/exim" >/dev/null 2>&1 || true
  python3 "$fixture" stop --dir "$work/dovecot" >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap cleanup EXIT
failures=0
check() { # check DESCRIPTION COMMAND...
  if "${@:2}"; then echo "ok   - $1"; else echo "FAIL - $1"; failures=$((failures + 1)); fi
}
field() { python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); [d:=d[k] for k in sys.argv[2:]]; print(d)' "$@"; }

if ! swaks --support 2>&1 | grep -q "=== TLS supported"; then
  echo "swaks cannot do TLS here: apt-get install libnet-ssleay-perl libio-socket-ssl-perl libdigest-hmac-perl" >&2
  exit 69 # EX_UNAVAILABLE
fi

# ---- Exim -------------------------------------------------------------------
mkdir -p "$work/exim"
python3 "$fixture" start-exim --dir "$work/exim" > "$work/exim.json"
echo "exim: $(cat "$work/exim.json")"
starttls=$(field "$work/exim.json" ports smtp_starttls)
tls=$(field "$work/exim.json" ports smtp_tls)
ca=$(field "$work/exim.json" ca_file)
maildir=$(field "$work/exim.json" maildir)

swaks_common=(--from alerts@example.test --auth-user mwtest --tls-ca-path "$ca" --tls-verify
  --timeout 15 --hide-informational)
check "STARTTLS + AUTH PLAIN accepted" \
  swaks --server localhost --port "$starttls" --tls --auth PLAIN --auth-password "$MW_TEST_PASSWORD" \
  "${swaks_common[@]}" --to ops@elsewhere.test --header "Subject: smoke starttls" --body "via STARTTLS" \
  --silent 2
check "implicit TLS + AUTH CRAM-MD5 accepted" \
  swaks --server localhost --port "$tls" --tlsc --auth CRAM-MD5 --auth-password "$MW_TEST_PASSWORD" \
  "${swaks_common[@]}" --to ops@example.test --header "Subject: smoke implicit tls" --body "via SMTPS" \
  --silent 2
set +e
out=$(swaks --server localhost --port "$starttls" --tls --auth LOGIN --auth-password "wrong-password" \
  "${swaks_common[@]}" --to ops@elsewhere.test 2>&1)
set -e
check "wrong password gets 535" grep -Eq '^<~?\*+ *535' <<<"$out"
echo "     $(grep -E '^<~?\*+' <<<"$out" | head -1)"

wait_for() { for _ in $(seq 100); do [ "$(ls "$maildir/new" | wc -l)" -ge "$1" ] && return 0; sleep 0.1; done; return 1; }
check "two messages in the maildir" wait_for 2
python3 "$parse" "$maildir" > "$work/parsed.json"
python3 - "$work/parsed.json" <<'PY'
import json, sys
for m in json.load(open(sys.argv[1])):
    print("     %-22s strict_ok=%s defects=%s return_path=%s envelope_to=%s body=%r" % (
        m["subject"], m["strict_ok"], m["defects"], m["envelope"]["return_path"],
        m["envelope"]["envelope_to"], m["body"].strip()))
PY
check "subjects and envelopes as sent" python3 - "$work/parsed.json" <<'PY'
import json, sys
ms = json.load(open(sys.argv[1]))
got = sorted((m["subject"], tuple(m["envelope"]["envelope_to"]), m["envelope"]["return_path"]) for m in ms)
sys.exit(got != [("smoke implicit tls", ("ops@example.test",), "<alerts@example.test>"),
                 ("smoke starttls", ("ops@elsewhere.test",), "<alerts@example.test>")])
PY
check "the password is not in the logs" bash -c "! grep -rqF -- \"\$MW_TEST_PASSWORD\" '$work/exim/log'"
python3 "$fixture" stop --dir "$work/exim"
check "exim ports closed after stop" bash -c "! (exec 3<>/dev/tcp/127.0.0.1/$starttls) 2>/dev/null"

# ---- Dovecot ----------------------------------------------------------------
mkdir -p "$work/dovecot"
python3 "$fixture" start-dovecot --dir "$work/dovecot" > "$work/dovecot.json"
echo "dovecot: $(cat "$work/dovecot.json")"
check "POP3: USER/PASS after STLS, APOP, POP3S, wrong password" python3 - "$work/dovecot.json" <<'PY'
import json, os, poplib, ssl, sys
info = json.load(open(sys.argv[1]))
pw = os.environ["MW_TEST_PASSWORD"]
ctx = ssl.create_default_context(cafile=info["ca_file"])
ok = True
def say(what, cond):
    global ok
    ok = ok and cond
    print("     %s %s" % ("ok  " if cond else "FAIL", what))

p = poplib.POP3("localhost", info["ports"]["pop3_stls"], timeout=10)
say("greeting has an APOP timestamp: " + p.getwelcome().decode(), b"<" in p.getwelcome())
say("CAPA lists STLS", "STLS" in p.capa())
p.stls(context=ctx)
p.user(info["user"]); p.pass_(pw)
count, size = p.stat()
say("STAT after STLS + USER/PASS: %d messages" % count, count == 3)
lines = p.retr(3)[1]
say("message 3 is the DSN", any(b"report-type=delivery-status" in l for l in lines))
body1 = p.retr(1)[1]
say("RFC 1939 dot-unstuffing of message 1", b".A line that starts with a dot (RFC 1939 section 3 byte-stuffing)." in body1)
p.quit()

p = poplib.POP3("localhost", info["ports"]["pop3"], timeout=10)
say("APOP: " + p.apop(info["user"], pw).decode(), True)
p.quit()

p = poplib.POP3_SSL("localhost", info["ports"]["pop3s"], context=ctx, timeout=10)
p.user(info["user"])
try:
    p.pass_("wrong-password")
    say("wrong password refused", False)
except poplib.error_proto as e:
    say("wrong password refused: " + e.args[0].decode(), e.args[0].startswith(b"-ERR"))
p.quit()
sys.exit(0 if ok else 1)
PY
check "the password is not in the dovecot log" bash -c "! grep -rqF -- \"\$MW_TEST_PASSWORD\" '$work/dovecot/log'"
pop3=$(field "$work/dovecot.json" ports pop3)
python3 "$fixture" stop --dir "$work/dovecot"
check "dovecot ports closed after stop" bash -c "! (exec 3<>/dev/tcp/127.0.0.1/$pop3) 2>/dev/null"

echo
if [ "$failures" -eq 0 ]; then echo "smoke: all checks passed"; else echo "smoke: $failures check(s) FAILED"; fi
exit $((failures > 0))
