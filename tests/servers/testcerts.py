# SPDX-License-Identifier: GPL-3.0-or-later
"""The test certificates of the loopback fixtures (tests/servers/mailservers.py, `make-certs`):
a CA and leaf certificates for the servers (localhost, its addresses, other names and a
self-signed one for the foreign-host rows), client certificates (PEM and PKCS#12), with
their SHA-256 fingerprints. Made with the openssl command in DIR/tls, once per DIR."""
import hashlib
import os
import ssl
import subprocess

from daemons import write_file

# The user the fixtures sign in as (the client certificates' name).
TEST_USER = "mwtest"
# The PKCS#12 client certificate's passphrase (a test value, printed in the JSON).
CLIENT_P12_PASSPHRASE = "p12-Pass-4e9"


def openssl(*args, cwd):
    r = subprocess.run(["openssl", *args], cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    if r.returncode != 0:
        raise SystemExit("openssl %s failed: %s" % (" ".join(args[:2]), r.stderr.strip()))


def sha256_of_pem(path):
    with open(path) as f:
        der = ssl.PEM_cert_to_DER_cert(f.read())
    return hashlib.sha256(der).hexdigest()


EC_KEY = ["-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes"]

LEAF_EXT = """basicConstraints = critical, CA:FALSE
keyUsage = critical, digitalSignature, keyEncipherment
extendedKeyUsage = serverAuth
subjectAltName = {san}
subjectKeyIdentifier = hash
authorityKeyIdentifier = keyid
"""

CA_CONF = """[ ca ]
default_ca = test_ca
[ test_ca ]
dir = .
database = ca-index.txt
new_certs_dir = ca-new
serial = ca-serial
default_md = sha256
policy = anything
copy_extensions = none
unique_subject = no
[ anything ]
commonName = supplied
"""


def make_certificates(directory):
    """CA + leaf certificates in DIR/tls; returns paths.  Idempotent per DIR."""
    tls = os.path.join(directory, "tls")
    info = {
        "ca_file": os.path.join(tls, "ca.pem"),
        "server": (os.path.join(tls, "server.pem"), os.path.join(tls, "server.key")),
        "expired": (os.path.join(tls, "expired.pem"), os.path.join(tls, "expired.key")),
        "wronghost": (os.path.join(tls, "wronghost.pem"), os.path.join(tls, "wronghost.key")),
        "selfsigned": (os.path.join(tls, "other-selfsigned.pem"), os.path.join(tls, "other-selfsigned.key")),
        "notyet": (os.path.join(tls, "notyet.pem"), os.path.join(tls, "notyet.key")),
        "unknownca": (os.path.join(tls, "unknownca.pem"), os.path.join(tls, "unknownca.key")),
        "intermediate": (os.path.join(tls, "intermediate-leaf.pem"), os.path.join(tls, "intermediate-leaf.key")),
        "sha256_file": os.path.join(tls, "server.sha256"),
        "client": (os.path.join(tls, "client.pem"), os.path.join(tls, "client.key")),
        "client_p12": os.path.join(tls, "client.p12"),
        "client_p12_passphrase": CLIENT_P12_PASSPHRASE,
        "client_unknownca": (os.path.join(tls, "client-unknownca.pem"), os.path.join(tls, "client-unknownca.key")),
        "client_unknownca_p12": os.path.join(tls, "client-unknownca.p12"),
    }
    if os.path.exists(info["sha256_file"]):
        return info
    os.makedirs(tls, exist_ok=True)
    # The CA signs the leaves; tests trust it through the ca_file setting.
    openssl("req", "-x509", *EC_KEY, "-keyout", "ca.key", "-out", "ca.pem", "-days", "3650",
            "-subj", "/O=Mailwright tests/CN=Mailwright Test CA",
            "-addext", "basicConstraints=critical,CA:TRUE",
            "-addext", "keyUsage=critical,keyCertSign,cRLSign", cwd=tls)

    def leaf(name, cn, san, dates=None, ca="ca"):
        with open(os.path.join(tls, name + ".ext"), "w") as f:
            f.write(LEAF_EXT.format(san=san))
        openssl("req", "-new", *EC_KEY, "-keyout", name + ".key", "-out", name + ".csr",
                "-subj", "/O=Mailwright tests/CN=" + cn, cwd=tls)
        if dates is None:
            openssl("x509", "-req", "-in", name + ".csr", "-CA", ca + ".pem", "-CAkey", ca + ".key",
                    "-CAcreateserial", "-days", "825", "-sha256", "-extfile", name + ".ext",
                    "-out", name + ".pem", cwd=tls)
        else:
            # `openssl x509` (3.0) cannot back-date; `openssl ca` can set both dates.
            with open(os.path.join(tls, "ca.cnf"), "w") as f:
                f.write(CA_CONF)
            open(os.path.join(tls, "ca-index.txt"), "w").close()
            with open(os.path.join(tls, "ca-serial"), "w") as f:
                f.write("1000\n")
            os.makedirs(os.path.join(tls, "ca-new"), exist_ok=True)
            openssl("ca", "-batch", "-config", "ca.cnf", "-cert", "ca.pem", "-keyfile", "ca.key",
                    "-in", name + ".csr", "-startdate", dates[0], "-enddate", dates[1],
                    "-extfile", name + ".ext", "-notext", "-out", name + ".pem", cwd=tls)

    leaf("server", "localhost", "DNS:localhost, IP:127.0.0.1, IP:::1")
    leaf("wronghost", "wrong.example.test", "DNS:wrong.example.test")
    leaf("expired", "localhost", "DNS:localhost, IP:127.0.0.1, IP:::1",
         dates=("20200101000000Z", "20200201000000Z"))
    leaf("notyet", "localhost", "DNS:localhost, IP:127.0.0.1, IP:::1",
         dates=("20990101000000Z", "21000101000000Z"))
    # A CA the tests never trust, and a leaf for the right name signed by it.
    openssl("req", "-x509", *EC_KEY, "-keyout", "unknown-ca.key", "-out", "unknown-ca.pem",
            "-days", "3650", "-subj", "/O=Somebody else/CN=Unknown Test CA",
            "-addext", "basicConstraints=critical,CA:TRUE",
            "-addext", "keyUsage=critical,keyCertSign,cRLSign", cwd=tls)
    leaf("unknownca", "localhost", "DNS:localhost, IP:127.0.0.1, IP:::1", ca="unknown-ca")
    # An intermediate CA under the test CA; the server presents only the leaf it signed,
    # so a client that trusts the test CA cannot build the chain.
    with open(os.path.join(tls, "intermediate.ext"), "w") as f:
        f.write("basicConstraints = critical, CA:TRUE, pathlen:0\n"
                "keyUsage = critical, keyCertSign, cRLSign\n"
                "subjectKeyIdentifier = hash\nauthorityKeyIdentifier = keyid\n")
    openssl("req", "-new", *EC_KEY, "-keyout", "intermediate.key", "-out", "intermediate.csr",
            "-subj", "/O=Mailwright tests/CN=Mailwright Test Intermediate CA", cwd=tls)
    openssl("x509", "-req", "-in", "intermediate.csr", "-CA", "ca.pem", "-CAkey", "ca.key",
            "-CAcreateserial", "-days", "825", "-sha256", "-extfile", "intermediate.ext",
            "-out", "intermediate.pem", cwd=tls)
    leaf("intermediate-leaf", "localhost", "DNS:localhost, IP:127.0.0.1, IP:::1", ca="intermediate")
    # A self-signed certificate for another name: neither trusted nor matching.
    with open(os.path.join(tls, "other.ext"), "w") as f:
        f.write("subjectAltName = DNS:other.example.test\nbasicConstraints = critical, CA:FALSE\n")
    openssl("req", "-x509", *EC_KEY, "-keyout", "other-selfsigned.key", "-out", "other-selfsigned.pem",
            "-days", "825", "-subj", "/O=Mailwright tests/CN=other.example.test",
            "-addext", "subjectAltName=DNS:other.example.test",
            "-addext", "basicConstraints=critical,CA:FALSE", cwd=tls)
    # TLS client certificates (SASL EXTERNAL) for the user mwtest: one from the test CA,
    # which the "sasl" Dovecot trusts, and one from the unknown CA, which it does not.
    # PEM (unencrypted key; separate, and both in NAME-with-key.pem) and PKCS#12 (encrypted
    # with CLIENT_P12_PASSPHRASE).
    with open(os.path.join(tls, "client.ext"), "w") as f:
        f.write("basicConstraints = critical, CA:FALSE\n"
                "keyUsage = critical, digitalSignature, keyEncipherment\n"
                "extendedKeyUsage = clientAuth\n"
                "subjectKeyIdentifier = hash\nauthorityKeyIdentifier = keyid\n")
    for name, ca in (("client", "ca"), ("client-unknownca", "unknown-ca")):
        openssl("req", "-new", "-newkey", "rsa:2048", "-nodes", "-keyout", name + ".key", "-out", name + ".csr",
                "-subj", "/O=Mailwright tests/CN=" + TEST_USER, cwd=tls)
        openssl("x509", "-req", "-in", name + ".csr", "-CA", ca + ".pem", "-CAkey", ca + ".key",
                "-CAcreateserial", "-days", "825", "-sha256", "-extfile", "client.ext",
                "-out", name + ".pem", cwd=tls)
        # The passphrase goes through the environment, never argv.
        env = dict(os.environ, MW_P12_PASS=CLIENT_P12_PASSPHRASE)
        r = subprocess.run(["openssl", "pkcs12", "-export", "-in", name + ".pem", "-inkey", name + ".key",
                            "-certfile", ca + ".pem", "-name", TEST_USER, "-passout", "env:MW_P12_PASS",
                            "-out", name + ".p12"], cwd=tls, env=env, stdout=subprocess.PIPE,
                           stderr=subprocess.PIPE, text=True)
        if r.returncode != 0:
            raise SystemExit("openssl pkcs12 failed: " + r.stderr.strip())
        os.chmod(os.path.join(tls, name + ".p12"), 0o600)
        # One PEM file with the certificate and its key (what smtp/client_cert names).
        with open(os.path.join(tls, name + ".pem")) as c, open(os.path.join(tls, name + ".key")) as k:
            write_file(os.path.join(tls, name + "-with-key.pem"), c.read() + k.read(), 0o600)
    for name in ("ca", "server", "wronghost", "expired", "other-selfsigned", "notyet",
                 "unknownca", "intermediate-leaf", "client", "client-unknownca"):
        with open(os.path.join(tls, name + ".sha256"), "w") as f:
            f.write(sha256_of_pem(os.path.join(tls, name + ".pem")) + "\n")
    for name in os.listdir(tls):
        if name.endswith(".key"):
            os.chmod(os.path.join(tls, name), 0o600)
    return info


def cert_files(info, which):
    pem, key = info[which]
    with open(pem[: -len(".pem")] + ".sha256") as f:
        return pem, key, f.read().strip()
