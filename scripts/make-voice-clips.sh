#!/usr/bin/env bash
# Synthesises the display board's offline Vietnamese voice (espeak-ng, Northern voice) into
# resources/public/voice/*.ogg, one clip per entry of CLIP_TEXT in src/renderer/display/voice-clips.ts.
# Run after changing that list; commit the clips. Needs espeak-ng and sox (with Ogg Vorbis).
set -euo pipefail
cd "$(dirname "$0")/.."

out=resources/public/voice
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

npx tsx --eval '
  import { CLIP_TEXT } from "./src/renderer/display/voice-clips.ts";
  for (const [name, text] of Object.entries(CLIP_TEXT)) console.log(`${name}\t${text}`);
' >"$work/clips.tsv"

rm -rf "$out"
mkdir -p "$out"
while IFS=$'\t' read -r name text; do
  espeak-ng -v vi -s 140 -w "$work/$name.wav" "$text"
  # Trim the synthesiser's leading and trailing silence so that clips played back to back sound
  # like one sentence, then keep a short breath after each word; mono 22 kHz Vorbis keeps it small.
  sox "$work/$name.wav" -r 22050 -c 1 -C 2 "$out/$name.ogg" \
    silence 1 0.02 0.5% reverse silence 1 0.02 0.5% reverse pad 0 0.06
done <"$work/clips.tsv"

echo "$(wc -l <"$work/clips.tsv") clips, $(du -sh "$out" | cut -f1) in $out"
