# SPDX-License-Identifier: GPL-3.0-or-later
"""The loopback Exim the benchmarks send through (tests/servers/mailservers.py), and the INI
that points mailwright at it: STARTTLS, the fixture's CA file, AUTH PLAIN, the secret from
MAILWRIGHT_SMTP_PASSWORD (PASSWORD below) in the memory store."""
import contextlib
import json
import os
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
SERVERS = os.path.join(os.path.dirname(HERE), "tests", "servers", "mailservers.py")
PASSWORD = os.environ.get("MW_TEST_PASSWORD", "Pw-7f3a!q")


def start_exim(work):
    """Starts Exim in WORK/exim: (its folder, the fixture's description as JSON)."""
    exim_dir = os.path.join(work, "exim")
    os.mkdir(exim_dir)
    info = json.loads(subprocess.check_output([sys.executable, SERVERS, "start-exim", "--dir",
                                               exim_dir]))
    return exim_dir, info


def stop_exim(exim_dir):
    subprocess.run([sys.executable, SERVERS, "stop", "--dir", exim_dir],
                   stdout=subprocess.DEVNULL)


def new_work(prefix):
    """A fresh folder under /tmp that the Exim daemon's user can reach."""
    work = tempfile.mkdtemp(prefix=prefix, dir="/tmp")
    os.chmod(work, 0o755)
    return work


@contextlib.contextmanager
def loopback_exim(prefix):
    """(work folder, Exim's description) for the with-block; Exim stopped and the folder
    removed after it."""
    work = new_work(prefix)
    try:
        exim_dir, info = start_exim(work)
        try:
            yield work, info
        finally:
            stop_exim(exim_dir)
    finally:
        shutil.rmtree(work, ignore_errors=True)


def write_ini(work, info):
    """WORK/mailwright.ini for a Send Test through the Exim of INFO; returns its path."""
    ini = os.path.join(work, "mailwright.ini")
    with open(ini, "w") as f:
        f.write("[general]\nsecret_backend=memory\n[smtp]\nhost=localhost\nport=%d\n"
                "security=starttls\nauth=plain\nusername=%s\nca_file=%s\n"
                "[mailboxes]\nfrom=alerts@example.test\nnotify=admin@example.test\n"
                % (info["ports"]["smtp_starttls"], info["user"], info["ca_file"]))
    return ini
