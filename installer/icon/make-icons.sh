#!/usr/bin/env bash
# Draws the CRM Workbench icon with ImageMagick (6 or 7) and writes the sizes the installers use:
#   crm-workbench-<N>.png (16 to 512), crm-workbench.png (256, jpackage --icon on Linux), crm-workbench.ico (Windows).
# The macOS .icns is made from these PNGs on a Mac by installer/package.sh (iconutil).
# The picture: a rounded blue square with three rising bars and an amber trend line through their tops.
# Run it after changing the drawing; the PNGs and the .ico are kept in the repository, so packaging needs no ImageMagick.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
magick=(convert)
command -v magick >/dev/null 2>&1 && magick=(magick)
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
# 1024x1024 master: background, bars, trend line.
"${magick[@]}" -size 1024x1024 xc:none \
  \( -size 1024x1024 gradient:'#2b7bb9'-'#173f73' \) \
  \( -size 1024x1024 xc:none -fill white -draw 'roundrectangle 48,48 975,975 190,190' \) \
  -delete 0 -compose DstIn -composite \
  "$tmp/background.png"
"${magick[@]}" "$tmp/background.png" \
  -fill 'rgba(255,255,255,0.93)' -stroke none \
  -draw 'roundrectangle 212,560 352,820 26,26' \
  -draw 'roundrectangle 442,430 582,820 26,26' \
  -draw 'roundrectangle 672,290 812,820 26,26' \
  -fill none -stroke '#ffb545' -strokewidth 44 -draw "stroke-linecap round stroke-linejoin round polyline 200,500 282,455 512,335 742,205" \
  -fill '#ffb545' -stroke none -draw 'circle 742,205 742,255' \
  "$tmp/master.png"
for size in 512 256 128 64 48 32 24 16; do
  "${magick[@]}" "$tmp/master.png" -filter Lanczos -resize "${size}x${size}" -strip "PNG32:$here/crm-workbench-$size.png"
done
cp "$here/crm-workbench-256.png" "$here/crm-workbench.png"
"${magick[@]}" "$here"/crm-workbench-{16,24,32,48,64,128,256}.png "$here/crm-workbench.ico"
echo "Icons written to $here"
