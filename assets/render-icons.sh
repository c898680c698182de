#!/usr/bin/env bash
# Renders every icon from icon.svg, the one source image: the PNGs the app loads (assets/) and each
# installer's format (packaging/: Linux PNG, Windows ICO, macOS ICNS).
# Needs rsvg-convert (librsvg2-bin), ImageMagick (imagemagick) and png2icns (icnsutils), from Debian.
# Run after changing icon.svg and commit what it writes.
set -euo pipefail
cd "$(dirname "$0")"
for size in 16 32 48 64 128 256 512; do
  rsvg-convert -w "$size" -h "$size" icon.svg -o "icon-$size.png"
done
cp icon-256.png ../packaging/linux/retrotread.png
/usr/bin/convert icon-16.png icon-32.png icon-48.png icon-64.png icon-128.png icon-256.png ../packaging/windows/retrotread.ico
png2icns ../packaging/macos/retrotread.icns icon-16.png icon-32.png icon-48.png icon-128.png icon-256.png icon-512.png >/dev/null
