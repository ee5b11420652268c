#!/usr/bin/env bash
# Regenerates every media file of the sample courses in public/courses/ from the sources in scripts/media/sources/,
# then writes the real media durations and document sizes into each course.json, and with `alliance-pack build`
# (docs/publishing.md) each course's `files` and the course sizes in catalog.json, then validates the package.
# Idempotent and deterministic: running it twice gives byte-identical files.
#
#   bash scripts/media/make-media.sh
#
# Sources: *.video.json (slides + narration -> WebM VP9/Opus, poster JPEG, WebVTT per language),
# *.audio.json (narration -> WebM Opus), *.pdf.json (-> PDF with the standard Helvetica fonts).
# Course text (course.json, catalog.json) and the interactive pages (*.html) are written by hand in public/courses/.
# Tools: ffmpeg/ffprobe (libvpx, libopus), espeak-ng (voices en-gb, en-us, cmn-latn-pinyin), fonts-dejavu-core,
# python3 (standard library only), cargo (alliance-pack, built from tools/alliance-pack).
set -euo pipefail
cd "$(dirname "$0")/../.."
export PATH="$HOME/.cargo/bin:$PATH"

say() { printf '\033[1mmake-media:\033[0m %s\n' "$*"; }

need_apt=()
command -v ffmpeg >/dev/null && command -v ffprobe >/dev/null || need_apt+=(ffmpeg)
command -v espeak-ng >/dev/null || need_apt+=(espeak-ng)
[ -f /usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf ] || need_apt+=(fonts-dejavu-core)
command -v python3 >/dev/null || need_apt+=(python3)
if [ ${#need_apt[@]} -gt 0 ]; then
  SUDO=""
  if [ "$(id -u)" != 0 ] && command -v sudo >/dev/null; then SUDO=sudo; fi
  say "installing ${need_apt[*]}"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${need_apt[@]}" >/dev/null
fi

src=scripts/media/sources
shopt -s nullglob

for spec in "$src"/*/*.video.json; do python3 scripts/media/mediatool.py video "$spec"; done
for spec in "$src"/*/*.audio.json; do python3 scripts/media/mediatool.py audio "$spec"; done
for spec in "$src"/*/*.pdf.json; do python3 scripts/media/make-pdf.py "$spec"; done

for course in public/courses/*/course.json; do python3 scripts/media/mediatool.py durations "$course"; done
cargo run --offline -q -p alliance-pack -- build public/courses

# Every file must stay under 1 MB.
too_big=$(find public/courses -type f -size +1023k)
if [ -n "$too_big" ]; then
  say "files of 1 MB or more:"; echo "$too_big"; exit 1
fi

say "done"
