#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Parse one RFC 5322 message from stdin with Python's email package (strict default
policy) and print what a real reader decodes from it as one JSON object.

Used through tests/support/EmlReader (tst_messagebuilder, tst_messageheaders,
tst_messageimport): the built message is checked by an independent parser, not by the
code that wrote it. Message-level defects raise (raise_on_defect=True) and make the
script exit 2; header-level defects (which the header registry records instead of raising)
are listed under "header_defects" so that the test can require none.

--utf8: the message may carry raw UTF-8 in headers (RFC 6532, SMTPUTF8). message_from_bytes
cannot decode those, so the bytes are decoded as UTF-8 first and parsed as text.
"""
import email
import email.policy
import json
import sys


def mailboxes(header):
    if header is None:
        return []
    return [{"name": a.display_name, "address": a.username + "@" + a.domain}
            for a in header.addresses]


def main():
    utf8 = "--utf8" in sys.argv[1:]
    raw = sys.stdin.buffer.read()
    policy = email.policy.default.clone(raise_on_defect=True, utf8=utf8)
    try:
        if utf8:
            msg = email.message_from_string(raw.decode("utf-8"), policy=policy)
        else:
            msg = email.message_from_bytes(raw, policy=policy)
        header_defects = {}
        headers = []
        for name, value in msg.items():
            headers.append([name, str(value)])
            defects = [type(d).__name__ + ": " + str(d) for d in getattr(value, "defects", ())]
            if defects:
                header_defects.setdefault(name, []).extend(defects)
        date = msg["Date"]
        body = msg.get_content()
        out = {
            "from": mailboxes(msg["From"]),
            "to": mailboxes(msg["To"]),
            "cc": mailboxes(msg["Cc"]),
            "subject": str(msg["Subject"]) if msg["Subject"] is not None else None,
            "message_id": str(msg["Message-ID"]) if msg["Message-ID"] is not None else None,
            "date_iso": date.datetime.isoformat() if date is not None and date.datetime else None,
            "date_epoch": date.datetime.timestamp() if date is not None and date.datetime else None,
            "content_type": msg.get_content_type(),
            "charset": msg.get_content_charset(),
            "cte": msg.get("Content-Transfer-Encoding", ""),
            "mime_version": str(msg["MIME-Version"]) if msg["MIME-Version"] else None,
            "body": body.replace("\r\n", "\n"),
            "headers": headers,
            "header_defects": header_defects,
            "defects": [type(d).__name__ for d in msg.defects],
        }
    except Exception as e:  # a defect raised by the strict policy, or a decoding error
        print("%s: %s" % (type(e).__name__, e), file=sys.stderr)
        return 2
    sys.stdout.write(json.dumps(out, ensure_ascii=True))
    return 0


if __name__ == "__main__":
    sys.exit(main())
