#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Renders resources/icons/mailwright.svg into the committed raster icons: hicolor PNGs
# (Linux), mailwright.ico (Windows, PNG-compressed entries) and mailwright.icns (macOS).
# Run after changing the SVG; needs rsvg-convert (librsvg2-bin) and python3.
set -euo pipefail
cd "$(dirname "$0")/.."
svg=resources/icons/mailwright.svg
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
for s in 16 22 24 32 48 64 128 256 512 1024; do
  rsvg-convert -w "$s" -h "$s" "$svg" -o "$tmp/$s.png"
done
for s in 16 22 24 32 48 64 128 256 512; do
  mkdir -p "resources/icons/hicolor/$s"
  cp "$tmp/$s.png" "resources/icons/hicolor/$s/mailwright.png"
done
python3 - "$tmp" <<'PY'
import struct, sys
tmp = sys.argv[1]
png = lambda s: open(f"{tmp}/{s}.png", "rb").read()
# ICO: ICONDIR + ICONDIRENTRY per image; Windows Vista+ reads PNG data in entries.
sizes = [16, 24, 32, 48, 64, 128, 256]
data = [png(s) for s in sizes]
out = struct.pack("<HHH", 0, 1, len(sizes))
offset = 6 + 16 * len(sizes)
for s, d in zip(sizes, data):
    out += struct.pack("<BBBBHHII", s % 256, s % 256, 0, 0, 1, 32, len(d), offset)
    offset += len(d)
open("installer/windows/mailwright.ico", "wb").write(out + b"".join(data))
# ICNS: 'icns' + length, then (type, length, PNG) elements.
types = [("icp4", 16), ("icp5", 32), ("icp6", 64), ("ic07", 128), ("ic08", 256),
         ("ic09", 512), ("ic10", 1024)]
body = b"".join(t.encode() + struct.pack(">I", 8 + len(png(s))) + png(s) for t, s in types)
open("installer/macos/mailwright.icns", "wb").write(b"icns" + struct.pack(">I", 8 + len(body)) + body)
PY
echo "icons written"
