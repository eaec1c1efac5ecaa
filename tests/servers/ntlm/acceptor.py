#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""An independent NTLMv2 server for the tests: gss-ntlmssp (the MIT GSSAPI NTLMSSP
mechanism, Debian package gss-ntlmssp) as a GSSAPI acceptor, driven through ctypes.

Debian's Dovecot 2.3 has no NTLM of its own (only Samba's winbind helper), so this is the
real server that checks the NTLM messages of core/protocol/Ntlm.cpp.

  acceptor.py --domain DOMAIN --user USER     (password: MW_TEST_PASSWORD, else argv none)

Reads base64 NTLM messages from the client, one a line, on stdin; prints each answer token
(the CHALLENGE_MESSAGE) as a base64 line, then "OK DOMAIN\\user" when the context is
established, or "FAIL <major> <minor> <text>" and exits 1. The user file gss-ntlmssp checks
against (NTLM_USER_FILE) lives in a private temporary directory for the run only.
"""

import argparse
import base64
import ctypes
import os
import sys
import tempfile

GSS_C_ACCEPT = 2
GSS_C_INDEFINITE = 0xFFFFFFFF
GSS_S_COMPLETE = 0
GSS_C_GSS_CODE = 1
GSS_C_MECH_CODE = 2
NTLMSSP_OID = b"\x2b\x06\x01\x04\x01\x82\x37\x02\x02\x0a"  # 1.3.6.1.4.1.311.2.2.10


class Oid(ctypes.Structure):
    _fields_ = [("length", ctypes.c_uint32), ("elements", ctypes.c_char_p)]


class OidSet(ctypes.Structure):
    _fields_ = [("count", ctypes.c_size_t), ("elements", ctypes.POINTER(Oid))]


class Buffer(ctypes.Structure):
    _fields_ = [("length", ctypes.c_size_t), ("value", ctypes.c_void_p)]


def is_error(major):
    return (major & 0xFFFF0000) != 0


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--domain", required=True)
    parser.add_argument("--user", required=True)
    args = parser.parse_args()
    password = os.environ.get("MW_TEST_PASSWORD")
    if not password or "\n" in password or ":" in password:
        raise SystemExit("acceptor.py: MW_TEST_PASSWORD must be set, without ':' or newlines")

    private = tempfile.mkdtemp(prefix="mw-ntlm-")
    users = os.path.join(private, "users")
    fd = os.open(users, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as f:
        f.write("%s:%s:%s\n" % (args.domain, args.user, password))
    os.environ["NTLM_USER_FILE"] = users
    try:
        return accept()
    finally:
        os.unlink(users)
        os.rmdir(private)


def accept():
    try:
        gss = ctypes.CDLL("libgssapi_krb5.so.2")
    except OSError as e:
        raise SystemExit("acceptor.py: MIT GSSAPI not found (%s)" % e)
    u32 = ctypes.c_uint32
    minor = u32(0)
    oid = Oid(len(NTLMSSP_OID), NTLMSSP_OID)
    mechs = OidSet(1, ctypes.pointer(oid))
    cred = ctypes.c_void_p(None)
    gss.gss_acquire_cred.restype = u32
    gss.gss_acquire_cred.argtypes = [ctypes.POINTER(u32), ctypes.c_void_p, u32, ctypes.POINTER(OidSet),
                                     ctypes.c_int, ctypes.POINTER(ctypes.c_void_p), ctypes.c_void_p,
                                     ctypes.c_void_p]
    gss.gss_accept_sec_context.restype = u32
    gss.gss_accept_sec_context.argtypes = [ctypes.POINTER(u32), ctypes.POINTER(ctypes.c_void_p), ctypes.c_void_p,
                                           ctypes.POINTER(Buffer), ctypes.c_void_p,
                                           ctypes.POINTER(ctypes.c_void_p), ctypes.c_void_p,
                                           ctypes.POINTER(Buffer), ctypes.c_void_p, ctypes.c_void_p,
                                           ctypes.c_void_p]
    gss.gss_display_name.restype = u32
    gss.gss_display_name.argtypes = [ctypes.POINTER(u32), ctypes.c_void_p, ctypes.POINTER(Buffer), ctypes.c_void_p]
    gss.gss_display_status.restype = u32
    gss.gss_display_status.argtypes = [ctypes.POINTER(u32), u32, ctypes.c_int, ctypes.POINTER(Oid),
                                       ctypes.POINTER(u32), ctypes.POINTER(Buffer)]
    gss.gss_release_buffer.argtypes = [ctypes.POINTER(u32), ctypes.POINTER(Buffer)]

    def text(buf):
        return ctypes.string_at(buf.value, buf.length).decode("utf-8", "replace")

    def status(code, kind):
        buf, ctx = Buffer(), u32(0)
        gss.gss_display_status(ctypes.byref(u32()), code, kind, ctypes.byref(oid), ctypes.byref(ctx),
                               ctypes.byref(buf))
        return text(buf)

    def fail(major, minor_code):
        print("FAIL %d %d %s / %s" % (major, minor_code, status(major, GSS_C_GSS_CODE),
                                      status(minor_code, GSS_C_MECH_CODE)), flush=True)
        return 1

    major = gss.gss_acquire_cred(ctypes.byref(minor), None, GSS_C_INDEFINITE, ctypes.byref(mechs),
                                 GSS_C_ACCEPT, ctypes.byref(cred), None, None)
    if is_error(major):
        return fail(major, minor.value)
    context = ctypes.c_void_p(None)
    for line in sys.stdin:
        token = base64.b64decode(line.strip(), validate=True)
        data = ctypes.create_string_buffer(token, len(token))
        incoming = Buffer(len(token), ctypes.cast(data, ctypes.c_void_p))
        outgoing, source = Buffer(), ctypes.c_void_p(None)
        major = gss.gss_accept_sec_context(ctypes.byref(minor), ctypes.byref(context), cred,
                                           ctypes.byref(incoming), None, ctypes.byref(source), None,
                                           ctypes.byref(outgoing), None, None, None)
        if is_error(major):
            return fail(major, minor.value)
        if outgoing.length:
            print(base64.b64encode(ctypes.string_at(outgoing.value, outgoing.length)).decode(), flush=True)
            gss.gss_release_buffer(ctypes.byref(u32()), ctypes.byref(outgoing))
        if major == GSS_S_COMPLETE:
            name = Buffer()
            gss.gss_display_name(ctypes.byref(u32()), source, ctypes.byref(name), None)
            print("OK " + text(name).rstrip("\0"), flush=True)  # gss-ntlmssp counts the NUL
            return 0
    print("FAIL 0 0 the client stopped before the context was established", flush=True)
    return 1


if __name__ == "__main__":
    sys.exit(main())
