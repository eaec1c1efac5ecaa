# SPDX-License-Identifier: GPL-3.0-or-later
"""The daemons' processes for the loopback fixtures (tests/servers/mailservers.py and the
helpers beside it): free loopback ports, waiting for a banner, each daemon's state file in
its DIR, starting a daemon under an unprivileged user, stopping it and waiting for its ports;
and the files written for them (configurations, keys) with the mode they need."""
import errno
import json
import os
import signal
import socket
import ssl
import subprocess
import sys
import time

START_TIMEOUT = 20.0
STOP_TIMEOUT = 15.0


def log(msg):
    print("mailservers: " + msg, file=sys.stderr, flush=True)


def write_file(path, text, mode=0o644):
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, mode)
    with os.fdopen(fd, "w") as f:
        f.write(text)
    os.chmod(path, mode)


# ---------------------------------------------------------------------------
# ports


def ipv6_loopback_available():
    try:
        s = socket.socket(socket.AF_INET6, socket.SOCK_STREAM)
    except OSError:
        return False
    try:
        s.bind(("::1", 0))
        return True
    except OSError:
        return False
    finally:
        s.close()


def free_ports(count, with_ipv6):
    """Ports free on 127.0.0.1 (and ::1), chosen by binding port 0."""
    held = []
    ports = []
    try:
        while len(ports) < count:
            s4 = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
            s4.bind(("127.0.0.1", 0))
            port = s4.getsockname()[1]
            held.append(s4)
            if with_ipv6:
                s6 = socket.socket(socket.AF_INET6, socket.SOCK_STREAM)
                try:
                    s6.setsockopt(socket.IPPROTO_IPV6, socket.IPV6_V6ONLY, 1)
                    s6.bind(("::1", port))
                except OSError:
                    s6.close()
                    continue
                held.append(s6)
            ports.append(port)
    finally:
        for s in held:
            s.close()
    return ports


def port_open(port, host="127.0.0.1"):
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    s = socket.socket(family, socket.SOCK_STREAM)
    s.settimeout(1.0)
    try:
        s.connect((host, port))
        return True
    except OSError:
        return False
    finally:
        s.close()


def wait_banner(port, prefix, tls_ctx=None, timeout=START_TIMEOUT, proc=None):
    """Wait until the port answers with a line starting with prefix."""
    deadline = time.monotonic() + timeout
    last = "no answer"
    while time.monotonic() < deadline:
        if proc is not None and proc.poll() is not None:
            return "daemon exited with status %s" % proc.returncode
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=3) as s:
                conn = tls_ctx.wrap_socket(s, server_hostname="localhost") if tls_ctx else s
                data = b""
                while not data.endswith(b"\n"):
                    chunk = conn.recv(512)
                    if not chunk:
                        break
                    data += chunk
                line = data.decode("latin-1").strip()
                if line.startswith(prefix):
                    return None
                last = "unexpected greeting " + line
        except (OSError, ssl.SSLError) as e:
            last = str(e)
        time.sleep(0.1)
    return last


def any_tls_context():
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    ctx.check_hostname = False
    ctx.verify_mode = ssl.CERT_NONE
    return ctx


# ---------------------------------------------------------------------------
# process bookkeeping


def state_path(directory, kind):
    return os.path.join(directory, kind + ".state.json")


def pid_alive(pid):
    try:
        os.kill(pid, 0)
    except OSError as e:
        return e.errno == errno.EPERM
    # A zombie (nobody reaps orphans in some containers) counts as dead.
    try:
        with open("/proc/%d/stat" % pid) as f:
            return f.read().rsplit(")", 1)[1].split()[0] != "Z"
    except OSError:
        return True


def drop_privileges(uid, gid):
    """subprocess keyword arguments that run a child as uid/gid when we are root."""
    if os.geteuid() != 0:
        return {}
    return {"user": uid, "group": gid, "extra_groups": []}


def check_reachable(directory, user, uid, gid):
    """The daemon runs as another user when we are root: DIR and every parent
    directory must let it in (a 0700 parent made by mktemp -d does not)."""
    if os.geteuid() != 0:
        return
    r = subprocess.run(["test", "-w", directory, "-a", "-x", directory], **drop_privileges(uid, gid))
    if r.returncode != 0:
        raise SystemExit("%s is not reachable by the daemon user %s: make its parent directories "
                         "searchable (chmod o+x) or use a directory such as the one QTemporaryDir "
                         "makes directly under /tmp" % (directory, user))


def spawn(argv, directory, kind, uid, gid):
    logdir = os.path.join(directory, "log")
    out = open(os.path.join(logdir, kind + ".stdout"), "ab")
    kwargs = drop_privileges(uid, gid)
    env = {"PATH": "/usr/sbin:/usr/bin:/sbin:/bin", "LANG": "C.UTF-8", "HOME": directory}
    # Own session: the daemon outlives this script and `stop` can signal its group.
    return subprocess.Popen(argv, cwd=directory, stdin=subprocess.DEVNULL, stdout=out, stderr=out,
                            start_new_session=True, env=env, close_fds=True, **kwargs)


def stop_kind(directory, kind):
    path = state_path(directory, kind)
    if not os.path.exists(path):
        return None
    with open(path) as f:
        state = json.load(f)
    pid = state["pid"]
    if pid_alive(pid):
        for sig, grace in ((signal.SIGTERM, STOP_TIMEOUT), (signal.SIGKILL, 5.0)):
            try:
                os.killpg(pid, sig)
            except ProcessLookupError:
                pass
            except PermissionError:
                os.kill(pid, sig)
            deadline = time.monotonic() + grace
            while time.monotonic() < deadline and pid_alive(pid):
                time.sleep(0.05)
            if not pid_alive(pid):
                break
    # Children (deliveries, login processes) share the group; make sure they go too.
    try:
        os.killpg(pid, signal.SIGKILL)
    except OSError:
        pass
    ports = [p for p in state["ports"].values() if p]
    deadline = time.monotonic() + STOP_TIMEOUT
    while time.monotonic() < deadline and any(port_open(p) for p in ports):
        time.sleep(0.05)
    still = [p for p in ports if port_open(p)]
    os.unlink(path)
    return {"kind": kind, "pid": pid, "stopped": not pid_alive(pid) and not still, "ports_still_open": still}
