#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""A private MIT Kerberos KDC of realm MAILWRIGHT.TEST on loopback, for the tests.

Subcommands (each prints one JSON object on stdout, diagnostics go to stderr):

  start --dir DIR                          realm database, principals, keytab; start krb5kdc
  kinit --dir DIR --ccache PATH [--lifetime 1m] [--principal NAME]
                                           get a ticket into PATH; the password is read
                                           from stdin (never argv), one line
  stop  --dir DIR                          stop the KDC started in DIR, wait for its port
  status --dir DIR                         whether it runs

`start` writes DIR/krb5.conf (the client profile: point KRB5_CONFIG at it) and
DIR/kdc.conf from the templates beside this script, creates the database with
`kdb5_util create -s`, adds the user `mwtest` (password: MW_TEST_PASSWORD, the same
default as tests/servers/mailservers.py) and the services `smtp/localhost` and
`pop/localhost` with random keys, exports the services' keys to DIR/service.keytab,
and starts `krb5kdc -n` in the background (pidfile DIR/krb5kdc.pid).  It prints
{"realm", "krb5_config", "kdc_conf", "kdc_port", "keytab", "user", "principal",
"password", "services", "log"}.

Privileges are those of mailservers.py: when we are root, kdb5_util, kadmin.local and
krb5kdc run as the fixtures' unprivileged user (MW_FIXTURE_USER, default
Debian-exim), who also owns DIR, so that a Dovecot of the same user can read the
keytab.  The KDC binds 127.0.0.1 only (UDP and TCP, one free port); DNS is never
consulted (dns_lookup_kdc, rdns and dns_canonicalize_hostname are off).
"""

import argparse
import json
import os
import socket
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import mailservers  # noqa: E402  (shared privilege, port and process helpers)

REALM = "MAILWRIGHT.TEST"
USER = mailservers.TEST_USER
SERVICES = ("smtp/localhost", "pop/localhost")
KRB5_TEMPLATE = os.path.join(HERE, "krb5.conf.in")
KDC_TEMPLATE = os.path.join(HERE, "kdc.conf.in")
START_TIMEOUT = 20.0
STEP_TIMEOUT = 60.0
KIND = "kdc"  # DIR/kdc.state.json, read by mailservers.stop_kind


def log(msg):
    print("kdc: " + msg, file=sys.stderr, flush=True)


def binary(name):
    for d in ("/usr/sbin", "/usr/bin", "/sbin", "/bin", "/usr/local/sbin", "/usr/local/bin"):
        path = os.path.join(d, name)
        if os.access(path, os.X_OK):
            return path
    raise SystemExit("%s not found: install krb5-kdc, krb5-admin-server and krb5-user (scripts/install-deps.sh)" % name)


def realm_env(directory):
    env = {"PATH": "/usr/sbin:/usr/bin:/sbin:/bin", "LANG": "C.UTF-8", "HOME": directory,
           "KRB5_CONFIG": os.path.join(directory, "krb5.conf"),
           "KRB5_KDC_PROFILE": os.path.join(directory, "kdc.conf")}
    return env


def run_step(argv, directory, uid, gid, stdin_text=None):
    """Runs an administration command as the daemon user; its output goes to DIR/log."""
    r = subprocess.run(argv, cwd=directory, input=stdin_text, stdout=subprocess.PIPE,
                       stderr=subprocess.STDOUT, text=True, env=realm_env(directory),
                       timeout=STEP_TIMEOUT, **mailservers.drop_privileges(uid, gid))
    # kadmin.local echoes its queries: the password never reaches the log.
    text = r.stdout.replace(mailservers.password(), "(password)")
    with open(os.path.join(directory, "log", "setup.log"), "a") as f:
        f.write("$ %s\n%s\n" % (" ".join(argv), text))
    if r.returncode != 0:
        raise SystemExit("%s failed (exit %d): %s" % (os.path.basename(argv[0]), r.returncode,
                                                         text.strip()[-2000:]))
    return r.stdout


def free_udp_tcp_port():
    """A port free for both UDP and TCP on 127.0.0.1."""
    for _ in range(50):
        (port,) = mailservers.free_ports(1, False)
        u = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
        try:
            u.bind(("127.0.0.1", port))
            return port
        except OSError:
            continue
        finally:
            u.close()
    raise SystemExit("no free UDP+TCP port on 127.0.0.1")


def kdc_answers(port):
    return mailservers.port_open(port)


def start(directory):
    directory = os.path.abspath(directory)
    os.makedirs(directory, exist_ok=True)
    path = mailservers.state_path(directory, KIND)
    if os.path.exists(path):
        with open(path) as f:
            state = json.load(f)
        if mailservers.pid_alive(state["pid"]):
            raise SystemExit("a KDC already runs in %s (pid %d)" % (directory, state["pid"]))
        os.unlink(path)
    user, uid, gid = mailservers.run_identity()
    for sub in ("log", "db"):
        os.makedirs(os.path.join(directory, sub), exist_ok=True)
    mailservers.chown_tree(directory, uid, gid)
    mailservers.check_reachable(directory, user, uid, gid)

    port = free_udp_tcp_port()
    values = {"REALM": REALM, "DIR": directory, "KDC_PORT": port}
    mailservers.write_file(os.path.join(directory, "krb5.conf"),
                           mailservers.render(KRB5_TEMPLATE, values, set()))
    mailservers.write_file(os.path.join(directory, "kdc.conf"),
                           mailservers.render(KDC_TEMPLATE, values, set()))
    mailservers.write_file(os.path.join(directory, "db", "kadm5.acl"), "")
    keytab = os.path.join(directory, "service.keytab")
    for stale in (keytab, os.path.join(directory, "krb5kdc.pid")):
        if os.path.exists(stale):
            os.unlink(stale)
    if not os.path.exists(os.path.join(directory, "db", "principal")):
        # The master password is random and only ever lives in the stash file.
        master = os.urandom(24).hex()
        run_step([binary("kdb5_util"), "-r", REALM, "create", "-s", "-W"], directory, uid, gid,
                 stdin_text=master + "\n" + master + "\n")
    kadmin = binary("kadmin.local")
    password = mailservers.password()
    if "\n" in password or '"' in password:
        raise SystemExit("MW_TEST_PASSWORD must not contain newlines or double quotes")
    # The password goes through kadmin.local's stdin (a query read from stdin),
    # never its argv.
    queries = ['addprinc -pw "%s" %s@%s' % (password, USER, REALM)]
    queries += ["addprinc -randkey %s@%s" % (s, REALM) for s in SERVICES]
    queries += ["ktadd -k %s %s@%s" % (keytab, s, REALM) for s in SERVICES]
    existing = run_step([kadmin, "-r", REALM, "-q", "listprincs"], directory, uid, gid)
    for q in queries:
        name = q.split()[-1]
        if q.startswith("addprinc") and name in existing:
            continue
        run_step([kadmin, "-r", REALM], directory, uid, gid, stdin_text=q + "\nquit\n")
    if not os.path.exists(keytab):
        raise SystemExit("kadmin.local wrote no keytab to %s (see %s/log/setup.log)" % (keytab, directory))
    os.chmod(keytab, 0o600)
    mailservers.chown_tree(directory, uid, gid)

    pidfile = os.path.join(directory, "krb5kdc.pid")
    out = open(os.path.join(directory, "log", "krb5kdc.stdout"), "ab")
    proc = subprocess.Popen([binary("krb5kdc"), "-n", "-r", REALM, "-P", pidfile], cwd=directory,
                            stdin=subprocess.DEVNULL, stdout=out, stderr=out, start_new_session=True,
                            env=realm_env(directory), close_fds=True,
                            **mailservers.drop_privileges(uid, gid))
    with open(path, "w") as f:
        json.dump({"kind": KIND, "pid": proc.pid, "ports": {"kdc": port}}, f)
    deadline = time.monotonic() + START_TIMEOUT
    while not kdc_answers(port):
        if proc.poll() is not None:
            mailservers.stop_kind(directory, KIND)
            raise SystemExit("krb5kdc exited with status %s; see %s/log/kdc.log" % (proc.returncode, directory))
        if time.monotonic() > deadline:
            mailservers.stop_kind(directory, KIND)
            raise SystemExit("krb5kdc did not listen on 127.0.0.1:%d within %ds" % (port, START_TIMEOUT))
        time.sleep(0.05)
    return {
        "dir": directory,
        "realm": REALM,
        "krb5_config": os.path.join(directory, "krb5.conf"),
        "kdc_conf": os.path.join(directory, "kdc.conf"),
        "kdc_port": port,
        "keytab": keytab,
        "user": USER,
        "principal": "%s@%s" % (USER, REALM),
        "password": password,
        "services": ["%s@%s" % (s, REALM) for s in SERVICES],
        "pid": proc.pid,
        "run_user": user,
        "log": os.path.join(directory, "log", "kdc.log"),
    }


def kinit(directory, ccache, lifetime, principal):
    """kinit into ccache with the password read from our stdin (one line)."""
    directory = os.path.abspath(directory)
    password = sys.stdin.readline()
    if password.endswith("\n"):
        password = password[:-1]
    if not password:
        raise SystemExit("kinit: no password on stdin")
    principal = principal or "%s@%s" % (USER, REALM)
    argv = [binary("kinit"), "-c", ccache]
    if lifetime:
        argv += ["-l", lifetime]
    argv.append(principal)
    env = realm_env(directory)
    env["KRB5CCNAME"] = ccache
    r = subprocess.run(argv, input=password + "\n", stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                       text=True, env=env, timeout=STEP_TIMEOUT)
    if r.returncode != 0:
        raise SystemExit("kinit %s failed (exit %d): %s" % (principal, r.returncode, r.stderr.strip()))
    return {"ccache": ccache, "principal": principal, "lifetime": lifetime or ""}


def status(directory):
    path = mailservers.state_path(directory, KIND)
    out = {"dir": os.path.abspath(directory), "running": False}
    if os.path.exists(path):
        with open(path) as f:
            state = json.load(f)
        out.update(state)
        out["running"] = mailservers.pid_alive(state["pid"])
        out["listening"] = kdc_answers(state["ports"]["kdc"])
    return out


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    for name in ("start", "stop", "status"):
        sub.add_parser(name).add_argument("--dir", required=True)
    p = sub.add_parser("kinit")
    p.add_argument("--dir", required=True)
    p.add_argument("--ccache", required=True, help="credential cache, e.g. FILE:/tmp/x/cc")
    p.add_argument("--lifetime", help="ticket lifetime in kinit's syntax (30s, 1m, 10h)")
    p.add_argument("--principal", help="default: mwtest@MAILWRIGHT.TEST")
    args = parser.parse_args()
    if args.command == "start":
        result = start(args.dir)
    elif args.command == "kinit":
        result = kinit(args.dir, args.ccache, args.lifetime, args.principal)
    elif args.command == "stop":
        stopped = mailservers.stop_kind(args.dir, KIND)
        result = {"dir": os.path.abspath(args.dir), "stopped": [stopped] if stopped else []}
    else:
        result = status(args.dir)
    print(json.dumps(result, sort_keys=True), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
