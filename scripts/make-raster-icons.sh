#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Renders the window's icons (resources/icons/NAME.svg) into the committed raw images
# resources/icons/raster/NAME-SIZE.rgba (SIZE x SIZE pixels, premultiplied RGBA, 8 bits a
# channel, rows top to bottom; stored uncompressed), with Qt's own SVG icon engine: the
# pixels the window drew from the SVG. The window paints these, so that its first paint
# loads neither QtSvg nor the SVG icon engine, nor (a PNG would) QImageReader's image-format
# plugins (ui/Icons.cpp, docs/PERFORMANCE.md); other sizes still come from the SVG. Run after
# changing an icon; needs the Qt 6 Gui headers and the SVG icon engine plugin (qt6-svg).
set -euo pipefail
cd "$(dirname "$0")/.."
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cat > "$tmp/render.cpp" <<'CPP'
#include <QGuiApplication>
#include <QIcon>
#include <QFile>
#include <QImage>
#include <QPixmap>
#include <cstdlib>
// render SVG SIZE OUT: the pixmap Qt's SVG icon engine draws at SIZE device pixels.
int main(int argc, char **argv)
{
    QGuiApplication app(argc, argv);
    const QIcon icon(QString::fromLocal8Bit(argv[1]));
    const int s = std::atoi(argv[2]);
    const QImage image =
        icon.pixmap(QSize(s, s)).toImage().convertToFormat(QImage::Format_RGBA8888_Premultiplied);
    QFile out(QString::fromLocal8Bit(argv[3]));
    if (image.size() != QSize(s, s) || !out.open(QIODevice::WriteOnly))
        return 1;
    for (int y = 0; y < s; ++y)
        out.write(reinterpret_cast<const char *>(image.constScanLine(y)), 4 * s);
    return 0;
}
CPP
# shellcheck disable=SC2046
c++ -std=c++17 -fPIC "$tmp/render.cpp" -o "$tmp/render" $(pkg-config --cflags --libs Qt6Gui)
mkdir -p resources/icons/raster
# The sizes ui/Icons.cpp lists (kSmallSizes, kAppSizes): 16-px icons at scales 1 to 4 and the
# policy banner's 20 px; the application icon at the sizes a window manager asks for.
for name in eye eye-off field-error lock refresh save send; do
  for s in 16 20 24 32 40 48 64; do
    QT_QPA_PLATFORM=offscreen "$tmp/render" "resources/icons/$name.svg" "$s" \
      "resources/icons/raster/$name-$s.rgba"
  done
done
for s in 16 22 24 32 48 64 128; do
  QT_QPA_PLATFORM=offscreen "$tmp/render" resources/icons/mailwright.svg "$s" \
    "resources/icons/raster/mailwright-$s.rgba"
done
echo "raster icons written"
