#!/usr/bin/env bash
# Renders the PNG icons the app loads from icon.svg, the one source image.
# Needs rsvg-convert (Debian: librsvg2-bin). Run after changing icon.svg and commit the PNGs.
set -euo pipefail
cd "$(dirname "$0")"
for size in 16 32 48 64 128 256 512; do
  rsvg-convert -w "$size" -h "$size" icon.svg -o "icon-$size.png"
done
