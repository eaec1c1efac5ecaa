#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Private, loopback-only Exim and Dovecot daemons for the integration tests.

Subcommands (each prints one JSON object on stdout, diagnostics go to stderr):

  start-exim    --dir DIR [--shape NAME] [--ports PLAIN,TLS]   certificates + config, start Exim
  start-dovecot --dir DIR [--shape NAME]   generate certificates + config, start Dovecot (POP3;
                                           the "sasl" shapes also SMTP submission, relaying to
                                           the Exim of DIR, which they start when none runs)
  stop          --dir DIR                  stop every daemon started in DIR, wait for its ports
  status        --dir DIR                  what runs in DIR
  make-certs    --dir DIR                  only the certificates (for scripted TLS servers)

Everything a daemon needs lives in DIR: certificates (DIR/tls), configuration,
spool, base_dir, logs (DIR/log) and the maildir (DIR/maildir).  Two fixtures in two
directories are two independent daemons on different, freshly chosen ports.

Privileges -- how it works when the harness runs as root (CI) and as a normal user:

* Debian's exim4 binary is setuid root and was built without a TRUSTED_CONFIG_LIST
  entry for our file, so `exim4 -C FILE` makes Exim give up root and run as the
  *calling* user (Exim spec, "-C" option).  A daemon that is not root can only
  deliver as its own uid, and Exim never delivers as root (`never_users` is fixed to
  0 in Debian's build).  So we never run Exim as root: when we are root we start it
  as the `Debian-exim` user (override with MW_FIXTURE_USER), and the generated
  config names that same user as exim_user / trusted_users and as the delivery
  user of the maildir transport.  DIR is chowned to that user so that it can write
  its spool, log and maildir.  As a normal user Exim simply runs as that user.
* Dovecot is started the same way: never as root.  Its master, login, auth and
  pop3 processes all run as the same unprivileged user (default_internal_user,
  default_login_user and the passwd-file userdb all name it), which Dovecot allows
  for unprivileged installations; the POP3 ports are > 1024 so no root is needed.

The test password comes from MW_TEST_PASSWORD (default below) and is written only
into the generated configuration / passwd-file inside DIR, mode 0600.
Only 127.0.0.1 and ::1 are ever bound.

The certificates are made by testcerts.py, the daemons' processes kept by daemons.py (both
beside this file).
"""

import argparse
import json
import os
import grp
import pwd
import re
import shutil
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)  # testcerts and daemons beside this file, also when imported
from testcerts import TEST_USER, cert_files, make_certificates  # noqa: E402
from daemons import (  # noqa: E402
    any_tls_context, check_reachable, drop_privileges, free_ports, ipv6_loopback_available, log,
    pid_alive, port_open, spawn, state_path, stop_kind, wait_banner, write_file)

EXIM_TEMPLATE = os.path.join(HERE, "exim", "exim.conf.in")
DOVECOT_TEMPLATE = os.path.join(HERE, "dovecot", "dovecot.conf.in")
DOVECOT_MESSAGES = os.path.join(HERE, "dovecot", "messages")

DEFAULT_PASSWORD = "Pw-7f3a!q"

# Shapes of the SMTP server.  Each is a set of template flags plus the certificate
# the server presents.  Adding one is adding a row here.
EXIM_SHAPES = {
    "default": {"flags": {"tls", "tls_on_connect", "plain_port"}, "cert": "server"},
    "auth-after-tls": {"flags": {"tls", "tls_on_connect", "plain_port", "auth_after_tls"}, "cert": "server"},
    # Relays for an address within RELAY_WINDOW seconds (MW_RELAY_WINDOW, default 4) of
    # its login to a Dovecot started with shape "pop-before-smtp" in the same DIR.
    "pop-before-smtp": {"flags": {"tls", "tls_on_connect", "plain_port", "pop_before_smtp"}, "cert": "server"},
    "plain-only": {"flags": {"plain_port"}, "cert": None},
    # The default shape without CRAM-MD5 (a login method that disappears: downgrade tests).
    "no-cram-md5": {"flags": {"tls", "tls_on_connect", "plain_port", "no_cram"}, "cert": "server"},
    # STARTTLS on the clear port, no implicit-TLS port.
    "starttls-only": {"flags": {"tls", "plain_port"}, "cert": "server"},
    "tls-only": {"flags": {"tls", "tls_on_connect"}, "cert": "server"},
    "expired-cert": {"flags": {"tls", "tls_on_connect", "plain_port"}, "cert": "expired"},
    "wrong-host-cert": {"flags": {"tls", "tls_on_connect", "plain_port"}, "cert": "wronghost"},
    "self-signed-cert": {"flags": {"tls", "tls_on_connect", "plain_port"}, "cert": "selfsigned"},
    # TLS matrix (tests/integration/tst_tls_matrix.cpp).
    "not-yet-valid-cert": {"flags": {"tls", "tls_on_connect", "plain_port"}, "cert": "notyet"},
    "unknown-ca-cert": {"flags": {"tls", "tls_on_connect", "plain_port"}, "cert": "unknownca"},
    "intermediate-missing-cert": {"flags": {"tls", "tls_on_connect", "plain_port"}, "cert": "intermediate"},
    # STARTTLS that only speaks TLS 1.0/1.1 (GnuTLS priority string); no implicit-TLS port
    # because the start-up banner check would need an old protocol too.
    "tls-old-only": {"flags": {"tls", "plain_port", "tls_old"}, "cert": "server"},
    # Accepts and queues without delivering (queue_only): the throughput benchmark's
    # server, whose delivery processes would otherwise compete with the clients measured.
    "queue-only": {"flags": {"tls", "tls_on_connect", "plain_port", "queue_only"}, "cert": "server"},
}

DOVECOT_SHAPES = {
    "default": {"flags": {"tls", "tls_on_connect", "plain_port"}, "cert": "server"},
    # Serves the maildir Exim delivers to (DIR/maildir) and records each login for the
    # Exim "pop-before-smtp" shape in the same DIR (post-login script -> DIR/popauth).
    "pop-before-smtp": {"flags": {"tls", "tls_on_connect", "plain_port", "post_login", "shared_maildir"},
                        "cert": "server"},
    "plain-only": {"flags": {"plain_port"}, "cert": None},
    "tls-only": {"flags": {"tls", "tls_on_connect"}, "cert": "server"},
    "expired-cert": {"flags": {"tls", "tls_on_connect", "plain_port"}, "cert": "expired"},
    "wrong-host-cert": {"flags": {"tls", "tls_on_connect", "plain_port"}, "cert": "wronghost"},
    "self-signed-cert": {"flags": {"tls", "tls_on_connect", "plain_port"}, "cert": "selfsigned"},
    "not-yet-valid-cert": {"flags": {"tls", "tls_on_connect", "plain_port"}, "cert": "notyet"},
    "unknown-ca-cert": {"flags": {"tls", "tls_on_connect", "plain_port"}, "cert": "unknownca"},
    "intermediate-missing-cert": {"flags": {"tls", "tls_on_connect", "plain_port"}, "cert": "intermediate"},
    # POP3 and SMTP submission (STARTTLS/STLS and implicit TLS for both) with every SASL
    # mechanism of SASL_MECHANISMS; GSSAPI too when a KDC runs in the same DIR
    # (tests/servers/kerberos/kdc.py start --dir DIR, before this).  A client certificate
    # is asked for, not required.
    "sasl": {"flags": {"tls", "tls_on_connect", "plain_port", "sasl", "submission", "client_cert"},
             "cert": "server", "mechanisms": None},
    # The same, but no login without a client certificate signed by the test CA.
    "sasl-require-cert": {"flags": {"tls", "tls_on_connect", "plain_port", "sasl", "submission", "client_cert",
                                    "require_client_cert"}, "cert": "server", "mechanisms": None},
    # A server without the modern mechanisms: only PLAIN and LOGIN (AuthUnsupported tests).
    "sasl-plain-only": {"flags": {"tls", "tls_on_connect", "plain_port", "sasl", "submission"},
                        "cert": "server", "mechanisms": "plain login"},
}

# What the "sasl" shapes offer (Dovecot 2.3.19: no SCRAM-*-PLUS).  GSSAPI is added when a
# KDC runs in the fixture directory.  No NTLM: Debian's Dovecot 2.3.19 has no built-in
# NTLM mechanism (auth Fatal "Unknown authentication mechanism 'NTLM'"), only NTLM through
# Samba's winbind ntlm_auth, which needs a Samba domain.
SASL_MECHANISMS = "plain login cram-md5 scram-sha-1 scram-sha-256 external"


def password():
    return os.environ.get("MW_TEST_PASSWORD", DEFAULT_PASSWORD)


# ---------------------------------------------------------------------------
# users and files


def run_identity():
    """(user, uid, gid) the daemons run as: never root."""
    if os.geteuid() != 0:
        pw = pwd.getpwuid(os.geteuid())
        return pw.pw_name, pw.pw_uid, os.getegid()
    name = os.environ.get("MW_FIXTURE_USER", "Debian-exim")
    try:
        pw = pwd.getpwnam(name)
    except KeyError:
        pw = pwd.getpwnam("nobody")
    return pw.pw_name, pw.pw_uid, pw.pw_gid


def group_name(gid):
    try:
        return grp.getgrgid(gid).gr_name
    except KeyError:
        return str(gid)


def chown_tree(path, uid, gid):
    if os.geteuid() != 0:
        return
    for root, dirs, files in os.walk(path):
        os.chown(root, uid, gid)
        for name in dirs + files:
            os.lchown(os.path.join(root, name), uid, gid)


def render(template_path, values, flags):
    """Substitute @NAME@ and keep/drop '#@if FLAG' / '#@else' / '#@endif' blocks."""
    out = []
    stack = []  # list of (active, parent_active)
    active = True
    with open(template_path) as f:
        for line in f:
            stripped = line.strip()
            if stripped.startswith("#@if "):
                flag = stripped[5:].strip()
                negate = flag.startswith("!")
                cond = (flag.lstrip("!") in flags) != negate
                stack.append((active, cond))
                active = active and cond
                continue
            if stripped == "#@else":
                parent, cond = stack[-1]
                active = parent and not cond
                continue
            if stripped == "#@endif":
                active, _ = stack.pop()
                continue
            if active:
                out.append(line)
    if stack:
        raise SystemExit("unbalanced #@if in " + template_path)
    text = "".join(out)
    for key, value in values.items():
        text = text.replace("@" + key + "@", str(value))
    leftover = re.search(r"@[A-Z_]+@", text)
    if leftover:
        raise SystemExit("unsubstituted placeholder %s in %s" % (leftover.group(0), template_path))
    return text


# ---------------------------------------------------------------------------
# Exim


def exim_escape(value):
    # Exim string expansion: backslash escapes $, {, } and itself.
    out = []
    for ch in value:
        if ch in "\\${}":
            out.append("\\")
        out.append(ch)
    if "\n" in value or value != value.strip():
        raise SystemExit("MW_TEST_PASSWORD must not contain newlines or surrounding blanks")
    return "".join(out)


def exim_binary():
    for name in ("exim4", "exim"):
        path = shutil.which(name, path="/usr/sbin:/usr/bin:/sbin:/bin:" + os.environ.get("PATH", ""))
        if path:
            return path
    raise SystemExit("exim4 not found (apt-get install exim4-daemon-light)")


def start_exim(directory, shape_name, fixed_ports=None):
    if shape_name not in EXIM_SHAPES:
        raise SystemExit("unknown exim shape %r; known: %s" % (shape_name, ", ".join(EXIM_SHAPES)))
    shape = EXIM_SHAPES[shape_name]
    flags = set(shape["flags"])
    directory = os.path.abspath(directory)
    if os.path.exists(state_path(directory, "exim")):
        raise SystemExit("an Exim fixture already runs in " + directory + " (stop it first)")
    for sub in ("log", "spool", "maildir", "maildir/new", "maildir/cur", "maildir/tmp"):
        os.makedirs(os.path.join(directory, sub), exist_ok=True)
    os.chmod(directory, 0o755)
    certs = make_certificates(directory)
    user, uid, gid = run_identity()
    chown_tree(directory, uid, gid)
    check_reachable(directory, user, uid, gid)
    ipv6 = ipv6_loopback_available()

    last_error = None
    for attempt in range(3):
        # --ports: a restart keeps the ports of a stopped instance, so that a client's
        # settings stay valid across an outage (queue tests).
        plain_port, tls_port = fixed_ports or free_ports(2, ipv6)
        ports = {"smtp": plain_port if "plain_port" in flags else None,
                 "smtp_starttls": plain_port if ("plain_port" in flags and "tls" in flags) else None,
                 "smtp_tls": tls_port if "tls_on_connect" in flags else None}
        listen = [p for p in (ports["smtp"], ports["smtp_tls"]) if p]
        values = {
            "DIR": directory,
            "MAILDIR": os.path.join(directory, "maildir"),
            "RUN_USER": user,
            "RUN_GROUP": group_name(gid),
            "LOCAL_INTERFACES": "<; 127.0.0.1" + (" ; ::1" if ipv6 else ""),
            "DAEMON_PORTS": " : ".join(str(p) for p in listen),
            "TLS_ON_CONNECT_PORTS": str(tls_port),
            "USER": TEST_USER,
            "PASSWORD": exim_escape(password()),
            "RELAY_WINDOW": int(os.environ.get("MW_RELAY_WINDOW", "4")),
        }
        cert = key = fingerprint = None
        if shape["cert"]:
            cert, key, fingerprint = cert_files(certs, shape["cert"])
            values["TLS_CERT"] = cert
            values["TLS_KEY"] = key
        conf_path = os.path.join(directory, "exim.conf")
        write_file(conf_path, render(EXIM_TEMPLATE, values, flags), 0o600)
        chown_tree(directory, uid, gid)
        binary = exim_binary()
        check = subprocess.run([binary, "-C", conf_path, "-bV"], stdout=subprocess.PIPE,
                               stderr=subprocess.STDOUT, text=True, **drop_privileges(uid, gid))
        if check.returncode != 0:
            raise SystemExit("exim rejected the generated config:\n" + check.stdout)
        # -bdf: daemon in the foreground of its own session, so we know its pid;
        # -oX: the ports; -oP: pid file (not written with -oX otherwise).
        argv = [binary, "-C", conf_path, "-bdf", "-oX", ":".join(str(p) for p in listen),
                "-oP", os.path.join(directory, "exim.pid")]
        proc = spawn(argv, directory, "exim", uid, gid)
        errors = []
        for p in listen:
            ctx = any_tls_context() if p == ports["smtp_tls"] else None
            err = wait_banner(p, "220", ctx, proc=proc)
            if err:
                errors.append("port %d: %s" % (p, err))
        state = {"kind": "exim", "pid": proc.pid, "ports": ports}
        write_file(state_path(directory, "exim"), json.dumps(state))
        if not errors:
            return {
                "kind": "exim",
                "shape": shape_name,
                "host": "127.0.0.1",
                "hostname": "localhost",
                "ipv6": ipv6,
                "ports": ports,
                "pid": proc.pid,
                "dir": directory,
                "ca_file": certs["ca_file"],
                "cert_file": cert,
                "cert_sha256": fingerprint,
                "cert_sha256_file": cert[: -len(".pem")] + ".sha256" if cert else None,
                "other_cert_file": certs["selfsigned"][0],
                "user": TEST_USER,
                "maildir": os.path.join(directory, "maildir"),
                "log_dir": os.path.join(directory, "log"),
                "config": conf_path,
                "run_as": user,
            }
        last_error = "; ".join(errors)
        log("attempt %d failed: %s" % (attempt + 1, last_error))
        stop_kind(directory, "exim")
    raise SystemExit("exim did not start: %s (see %s/log)" % (last_error, directory))


# ---------------------------------------------------------------------------
# Dovecot


def dovecot_binary():
    path = shutil.which("dovecot", path="/usr/sbin:/usr/bin:/sbin:/bin:" + os.environ.get("PATH", ""))
    if not path:
        raise SystemExit("dovecot not found (apt-get install dovecot-pop3d)")
    return path


def preload_pop3_maildir(maildir):
    """Copy the fixture messages into the POP3 maildir in a fixed order.

    The dovecot-uidlist file (Dovecot's own maildir UID list, version 3) pins
    message i to UID i, so POP3 message numbers follow the file names."""
    for sub in ("new", "cur", "tmp"):
        os.makedirs(os.path.join(maildir, sub), exist_ok=True)
    names = sorted(n for n in os.listdir(DOVECOT_MESSAGES) if n.endswith(".eml"))
    uidlist = ["3 V1700000000 N%d" % (len(names) + 1)]
    base_time = 1700000000
    files = []
    for i, name in enumerate(names, start=1):
        with open(os.path.join(DOVECOT_MESSAGES, name), "rb") as f:
            data = f.read()
        base = "%d.M%dP0.mw-fixture" % (base_time + i, i)
        with open(os.path.join(maildir, "cur", base + ":2,"), "wb") as f:
            f.write(data)
        uidlist.append("%d :%s" % (i, base))
        files.append({"uid": i, "name": name, "size": len(data)})
    with open(os.path.join(maildir, "dovecot-uidlist"), "w") as f:
        f.write("\n".join(uidlist) + "\n")
    return files


def start_dovecot(directory, shape_name):
    if shape_name not in DOVECOT_SHAPES:
        raise SystemExit("unknown dovecot shape %r; known: %s" % (shape_name, ", ".join(DOVECOT_SHAPES)))
    shape = DOVECOT_SHAPES[shape_name]
    flags = set(shape["flags"])
    directory = os.path.abspath(directory)
    if os.path.exists(state_path(directory, "dovecot")):
        raise SystemExit("a Dovecot fixture already runs in " + directory + " (stop it first)")
    for sub in ("log", "dovecot-run", "dovecot-state", "pop3home"):
        os.makedirs(os.path.join(directory, sub), exist_ok=True)
    os.chmod(directory, 0o755)
    certs = make_certificates(directory)
    user, uid, gid = run_identity()
    chown_tree(directory, uid, gid)
    check_reachable(directory, user, uid, gid)
    ipv6 = ipv6_loopback_available()
    if "shared_maildir" in flags:
        # Exim's delivery folder (it may already hold mail): keep what is there.
        maildir = os.path.join(directory, "maildir")
    else:
        maildir = os.path.join(directory, "pop3-maildir")
        if os.path.exists(maildir):
            shutil.rmtree(maildir)
    preloaded = preload_pop3_maildir(maildir)
    if "post_login" in flags:
        os.makedirs(os.path.join(directory, "popauth"), exist_ok=True)
        popauth = os.path.join(directory, "popauth")
        # Dovecot's script-login puts the client address in $IP, then runs "$@".
        write_file(os.path.join(directory, "postlogin.sh"),
                   "#!/bin/sh\n"
                   "umask 022\n"
                   "date +%%s > '%s'/\"$IP.tmp\" && mv -f '%s'/\"$IP.tmp\" '%s'/\"$IP\"\n"
                   "exec \"$@\"\n" % (popauth, popauth, popauth), 0o755)
    relay = None
    mechanisms = None
    kerberos = None
    if "sasl" in flags:
        mechanisms = shape.get("mechanisms") or SASL_MECHANISMS
        kerberos = kdc_in(directory)
        if kerberos and not shape.get("mechanisms"):
            flags.add("gssapi")
            mechanisms += " gssapi"
    if "submission" in flags:
        relay = exim_in(directory)
        if relay is None:
            # Submission relays to an Exim; start one in DIR (stop stops both).
            relay = start_exim(directory, "default")
            relay["started_by_dovecot"] = True
    pw = password()
    if any(c in pw for c in ":\n\r"):
        raise SystemExit("MW_TEST_PASSWORD must not contain ':' or newlines (passwd-file format)")
    # passwd-file: user:password:uid:gid:gecos:home:shell -- mode 0600, only in DIR.
    write_file(os.path.join(directory, "dovecot-users"),
               "%s:{PLAIN}%s:%d:%d::%s::\n" % (TEST_USER, pw, uid, gid, os.path.join(directory, "pop3home")),
               0o600)

    last_error = None
    for attempt in range(3):
        plain_port, tls_port, sub_port, subs_port = free_ports(4, ipv6)
        ports = {"pop3": plain_port if "plain_port" in flags else None,
                 "pop3_stls": plain_port if ("plain_port" in flags and "tls" in flags) else None,
                 "pop3s": tls_port if "tls_on_connect" in flags else None}
        if "submission" in flags:
            ports["submission"] = sub_port
            ports["submissions"] = subs_port
        values = {
            "DIR": directory,
            "INSTANCE": "mw-dovecot-%d" % plain_port,
            "LISTEN": "127.0.0.1" + (", ::1" if ipv6 else ""),
            "MAILDIR": maildir,
            "RUN_USER": user,
            "RUN_GROUP": group_name(gid),
            "RUN_UID": uid,
            "RUN_GID": gid,
            "POP3_PORT": plain_port,
            "POP3S_PORT": tls_port,
            "SUBMISSION_PORT": sub_port,
            "SUBMISSIONS_PORT": subs_port,
            "RELAY_PORT": relay["ports"]["smtp"] if relay else 0,
            "MECHANISMS": mechanisms or "",
            "CA_FILE": certs["ca_file"],
            # The "sasl" shapes strip a realm (GSSAPI's mwtest@MAILWRIGHT.TEST is mwtest).
            "USERNAME_FORMAT": "%n" if "sasl" in flags else "%u",
            "KEYTAB": kerberos["keytab"] if kerberos else "",
            "KRB5_CONFIG": kerberos["krb5_config"] if kerberos else "",
        }
        cert = fingerprint = None
        if shape["cert"]:
            cert, key, fingerprint = cert_files(certs, shape["cert"])
            values["TLS_CERT"] = cert
            values["TLS_KEY"] = key
        conf_path = os.path.join(directory, "dovecot.conf")
        write_file(conf_path, render(DOVECOT_TEMPLATE, values, flags), 0o644)
        chown_tree(directory, uid, gid)
        binary = dovecot_binary()
        check = subprocess.run([binary, "-c", conf_path, "-n"], stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                               text=True, cwd=directory, **drop_privileges(uid, gid))
        if check.returncode != 0:
            raise SystemExit("dovecot rejected the generated config:\n" + check.stdout)
        # -F: stay in the foreground of our own session so the pid is the master's.
        proc = spawn([binary, "-F", "-c", conf_path], directory, "dovecot", uid, gid)
        errors = []
        banners = [(ports["pop3"], "+OK", False), (ports["pop3s"], "+OK", True),
                   (ports.get("submission"), "220", False), (ports.get("submissions"), "220", True)]
        for p, prefix, tls in banners:
            if p:
                err = wait_banner(p, prefix, any_tls_context() if tls else None, proc=proc)
                if err:
                    errors.append("port %d: %s" % (p, err))
        write_file(state_path(directory, "dovecot"), json.dumps({"kind": "dovecot", "pid": proc.pid, "ports": ports}))
        if not errors:
            return {
                "kind": "dovecot",
                "shape": shape_name,
                "host": "127.0.0.1",
                "hostname": "localhost",
                "ipv6": ipv6,
                "ports": ports,
                "pid": proc.pid,
                "dir": directory,
                "ca_file": certs["ca_file"],
                "cert_file": cert,
                "cert_sha256": fingerprint,
                "cert_sha256_file": cert[: -len(".pem")] + ".sha256" if cert else None,
                "other_cert_file": certs["selfsigned"][0],
                "user": TEST_USER,
                "maildir": maildir,
                "messages": preloaded,
                "mechanisms": mechanisms.upper().split() if mechanisms else ["PLAIN", "LOGIN", "APOP", "CRAM-MD5"],
                "relay": relay,
                "kerberos": kerberos,
                "client_cert": client_cert_info(certs),
                "log_dir": os.path.join(directory, "log"),
                "config": conf_path,
                "run_as": user,
            }
        last_error = "; ".join(errors)
        log("attempt %d failed: %s" % (attempt + 1, last_error))
        stop_kind(directory, "dovecot")
    raise SystemExit("dovecot did not start: %s (see %s/log)" % (last_error, directory))


def exim_in(directory):
    """The Exim running in DIR as {"ports": ...}, or None."""
    path = state_path(directory, "exim")
    if not os.path.exists(path):
        return None
    with open(path) as f:
        state = json.load(f)
    if not pid_alive(state["pid"]) or not state["ports"].get("smtp"):
        return None
    return {"kind": "exim", "pid": state["pid"], "ports": state["ports"]}


def kdc_in(directory):
    """The KDC of tests/servers/kerberos/kdc.py running in DIR: its keytab and profile, or None."""
    keytab = os.path.join(directory, "service.keytab")
    krb5_config = os.path.join(directory, "krb5.conf")
    if not os.path.exists(state_path(directory, "kdc")) or not os.path.exists(keytab):
        return None
    return {"keytab": keytab, "krb5_config": krb5_config}


def client_cert_info(certs):
    pem, key = certs["client"]
    bad_pem, bad_key = certs["client_unknownca"]
    return {"cert_file": pem, "key_file": key, "p12_file": certs["client_p12"],
            "p12_passphrase": certs["client_p12_passphrase"], "untrusted_cert_file": bad_pem,
            "pem_with_key_file": pem[: -len(".pem")] + "-with-key.pem",
            "untrusted_pem_with_key_file": bad_pem[: -len(".pem")] + "-with-key.pem",
            "untrusted_key_file": bad_key, "untrusted_p12_file": certs["client_unknownca_p12"]}


# ---------------------------------------------------------------------------


def status(directory):
    out = {"dir": os.path.abspath(directory), "daemons": []}
    for kind in ("exim", "dovecot", "kdc"):
        path = state_path(directory, kind)
        if os.path.exists(path):
            with open(path) as f:
                state = json.load(f)
            state["running"] = pid_alive(state["pid"])
            state["listening"] = {k: bool(p) and port_open(p) for k, p in state["ports"].items()}
            out["daemons"].append(state)
    return out


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    for name in ("start-exim", "start-dovecot"):
        p = sub.add_parser(name)
        p.add_argument("--dir", required=True)
        p.add_argument("--shape", default="default")
        if name == "start-exim":
            p.add_argument("--ports", help="PLAIN,TLS: listen on these ports (restart on the same ports)")
    p = sub.add_parser("make-certs", help="only generate the certificates (for scripted TLS servers)")
    p.add_argument("--dir", required=True)
    for name in ("stop", "status"):
        p = sub.add_parser(name)
        p.add_argument("--dir", required=True)
    args = parser.parse_args()
    if args.command == "start-exim":
        fixed = None
        if args.ports:
            fixed = [int(x) for x in args.ports.split(",")]
            if len(fixed) != 2:
                raise SystemExit("--ports expects PLAIN,TLS")
        result = start_exim(args.dir, args.shape, fixed)
    elif args.command == "start-dovecot":
        result = start_dovecot(args.dir, args.shape)
    elif args.command == "make-certs":
        os.makedirs(args.dir, exist_ok=True)
        certs = make_certificates(os.path.abspath(args.dir))
        result = {"ca_file": certs["ca_file"], "sha256_file": certs["sha256_file"],
                  "client_cert": client_cert_info(certs)}
        for which in ("server", "expired", "wronghost", "selfsigned"):
            pem, key, fingerprint = cert_files(certs, which)
            result[which] = {"cert_file": pem, "key_file": key, "sha256": fingerprint}
    elif args.command == "stop":
        result = {"dir": os.path.abspath(args.dir),
                  "stopped": [r for r in (stop_kind(args.dir, k) for k in ("dovecot", "exim", "kdc")) if r]}
    else:
        result = status(args.dir)
    print(json.dumps(result, indent=None, sort_keys=True), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
