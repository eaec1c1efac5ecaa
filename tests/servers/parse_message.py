#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Print what a delivered message really contains, as JSON, for the tests.

  parse_message.py FILE            one object
  parse_message.py MAILDIR         a list, one object per file in MAILDIR/new and
                                   MAILDIR/cur (oldest first)
  parse_message.py --new MAILDIR   only MAILDIR/new

Each object holds:
  file, size                      path and size in bytes
  strict_ok, strict_error         whether email.policy.default with raise_on_defect=True
                                  accepted the message, and its complaint if not
  defects                         every defect the lenient parse found, per part
                                  ("<part path>: <DefectClass>: <text>")
  headers                         [[name, decoded value], ...] in file order
  header                          {lower-case name: [decoded values]}
  raw_headers                     the header block as stored (to check folding and
                                  encoded-words, RFC 5322 §2.2.3, RFC 2047)
  subject, from, to, cc, message_id, date   convenience copies (decoded) or null
  envelope                        what Exim added at delivery: return_path
                                  (Return-path), envelope_to (Envelope-to, a list),
                                  delivered_to (Delivered-To, a list), received (list)
  content_type, is_multipart
  body                            the text/plain body (else text/html), decoded
  parts                           [{path, content_type, charset, disposition,
                                  filename, transfer_encoding, size, text}]
  max_line_length                 longest line without its line ending (RFC 5322
                                  §2.1.1 says at most 998)
  bare_lf, bare_cr                counts of LF without CR / CR without LF (Exim
                                  stores maildir files with LF endings; see below)
  non_ascii_header_bytes          true if the header block has 8-bit bytes
"""

import email
import email.policy
import json
import os
import sys


def decode_text(part):
    try:
        content = part.get_content()
    except Exception as e:  # noqa: BLE001 - report, never crash the test
        return "<undecodable: %s>" % e
    if isinstance(content, bytes):
        return None
    if isinstance(content, str):
        return content
    return None


def part_path(indexes):
    return "/".join(str(i) for i in indexes) or "root"


def walk(part, indexes, out_parts, out_defects):
    for d in part.defects:
        out_defects.append("%s: %s: %s" % (part_path(indexes), type(d).__name__, d))
    ctype = part.get_content_type()
    if ctype == "message/delivery-status":
        # RFC 3464 §2.1: a list of header-like field groups; Python parses each
        # group as a Message, but for the tests it is one text part.
        text = "\n".join(block.as_string(policy=email.policy.default.clone(linesep="\n")).rstrip("\n") + "\n"
                         for block in part.get_payload())
        out_parts.append({"path": part_path(indexes), "content_type": ctype, "charset": None,
                          "disposition": part.get_content_disposition(), "filename": None,
                          "transfer_encoding": part.get("Content-Transfer-Encoding"),
                          "size": len(text.encode()), "text": text})
        return
    if part.is_multipart():
        for i, sub in enumerate(part.iter_parts(), start=1):
            walk(sub, indexes + [i], out_parts, out_defects)
        return
    payload = part.get_payload(decode=True) or b""
    out_parts.append({
        "path": part_path(indexes),
        "content_type": ctype,
        "charset": part.get_content_charset(),
        "disposition": part.get_content_disposition(),
        "filename": part.get_filename(),
        "transfer_encoding": part.get("Content-Transfer-Encoding"),
        "size": len(payload),
        "text": decode_text(part) if part.get_content_maintype() in ("text", "message") else None,
    })


def header_values(msg, name):
    values = msg.get_all(name)
    return [str(v) for v in values] if values else []


def first(msg, name):
    values = header_values(msg, name)
    return values[0] if values else None


def parse_file(path):
    with open(path, "rb") as f:
        raw = f.read()
    result = {"file": path, "size": len(raw)}

    strict_policy = email.policy.default.clone(raise_on_defect=True)
    try:
        email.message_from_bytes(raw, policy=strict_policy)
        result["strict_ok"] = True
        result["strict_error"] = None
    except Exception as e:  # noqa: BLE001
        result["strict_ok"] = False
        result["strict_error"] = "%s: %s" % (type(e).__name__, e)

    # The lenient parse still uses the modern policy, so header values are decoded
    # (RFC 2047 encoded-words) and defects are collected instead of raised.
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    defects = []
    headers = []
    header = {}
    for name, value in msg.items():
        text = str(value)
        for d in getattr(value, "defects", ()):
            defects.append("header %s: %s: %s" % (name, type(d).__name__, d))
        headers.append([name, text])
        header.setdefault(name.lower(), []).append(text)
    parts = []
    walk(msg, [], parts, defects)

    end = raw.find(b"\r\n\r\n")
    end_lf = raw.find(b"\n\n")
    cut = min(x for x in (end, end_lf, len(raw)) if x >= 0)
    raw_headers = raw[:cut]
    lines = raw.replace(b"\r\n", b"\n").split(b"\n")

    body = None
    try:
        best = msg.get_body(preferencelist=("plain", "html"))
        if best is not None:
            body = decode_text(best)
    except Exception as e:  # noqa: BLE001
        body = "<no body: %s>" % e

    result.update({
        "defects": defects,
        "headers": headers,
        "header": header,
        "raw_headers": raw_headers.decode("utf-8", errors="replace"),
        "subject": first(msg, "Subject"),
        "from": first(msg, "From"),
        "to": first(msg, "To"),
        "cc": first(msg, "Cc"),
        "message_id": first(msg, "Message-ID"),
        "date": first(msg, "Date"),
        "envelope": {
            "return_path": first(msg, "Return-path"),
            "envelope_to": [a.strip() for v in header_values(msg, "Envelope-to") for a in v.split(",") if a.strip()],
            "delivered_to": header_values(msg, "Delivered-To"),
            "received": header_values(msg, "Received"),
        },
        "content_type": msg.get_content_type(),
        "is_multipart": msg.is_multipart(),
        "body": body,
        "parts": parts,
        "max_line_length": max((len(l) for l in lines), default=0),
        "bare_lf": raw.count(b"\n") - raw.count(b"\r\n"),
        "bare_cr": raw.count(b"\r") - raw.count(b"\r\n"),
        "non_ascii_header_bytes": any(b > 0x7F for b in raw_headers),
    })
    return result


def maildir_files(maildir, only_new):
    subs = ("new",) if only_new else ("new", "cur")
    files = []
    for sub in subs:
        d = os.path.join(maildir, sub)
        if os.path.isdir(d):
            for name in os.listdir(d):
                p = os.path.join(d, name)
                if os.path.isfile(p):
                    files.append(p)
    # Maildir names start with the delivery time; mtime breaks ties.
    files.sort(key=lambda p: (os.path.getmtime(p), os.path.basename(p)))
    return files


def main(argv):
    only_new = False
    args = argv[1:]
    if args and args[0] == "--new":
        only_new = True
        args = args[1:]
    if len(args) != 1:
        print(__doc__, file=sys.stderr)
        return 64  # EX_USAGE
    target = args[0]
    if os.path.isdir(target):
        out = [parse_file(p) for p in maildir_files(target, only_new)]
    else:
        out = parse_file(target)
    json.dump(out, sys.stdout, ensure_ascii=False, indent=1)
    sys.stdout.write("\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
