#!/usr/bin/env bash
# Synthesizes Loosen's bells and breathing cues with sox (no recordings, no third-party samples).
# Run from the repository root: scripts/make-sounds.sh   (needs: sox with Ogg Vorbis support)
# Output: assets/public/sounds/*.ogg, small mono files the renderer loads through howler.
set -euo pipefail

OUT="assets/public/sounds"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
mkdir -p "$OUT"
RATE=44100

# partial NAME FREQ SECONDS GAIN_DB: one sine partial that decays like a struck bowl.
partial() {
  sox -n -r "$RATE" -c 1 "$WORK/$1.wav" synth "$3" sine "$2" \
    fade l 0.004 "$3" "$(awk "BEGIN { print $3 - 0.01 }")" gain "$4"
}

# bell NAME FUNDAMENTAL SECONDS GAIN_DB: a few inharmonic partials mixed, with a touch of room.
bell() {
  local name=$1 f=$2 len=$3 gain=$4
  partial "${name}_1" "$f" "$len" -6
  partial "${name}_2" "$(awk "BEGIN { print $f * 2.76 }")" "$(awk "BEGIN { print $len * 0.55 }")" -14
  partial "${name}_3" "$(awk "BEGIN { print $f * 5.40 }")" "$(awk "BEGIN { print $len * 0.30 }")" -20
  partial "${name}_4" "$(awk "BEGIN { print $f * 1.004 }")" "$len" -9 # slow beating, like a real bowl
  sox -m "$WORK/${name}_1.wav" "$WORK/${name}_2.wav" "$WORK/${name}_3.wav" "$WORK/${name}_4.wav" \
    "$WORK/$name.wav" reverb 30 50 60 gain -n "$gain"
}

# ogg NAME: encodes a work file as Ogg Vorbis (quality 3 keeps bells clean and files small).
ogg() {
  sox "$WORK/$1.wav" -C 3 "$OUT/$1.ogg" rate 32000
}

bell bell-start 392 5 -3
ogg bell-start

bell bell-interval 523.25 3.5 -8
ogg bell-interval

bell bell-step 659.25 2 -14
ogg bell-step

# The end: the same bowl struck twice, the second a little softer.
bell end-strike 329.63 6 -3
sox "$WORK/end-strike.wav" "$WORK/end-second.wav" gain -5 pad 1.6
sox -m "$WORK/end-strike.wav" "$WORK/end-second.wav" "$WORK/bell-end.wav" gain -n -3
ogg bell-end

# Breathing cues: soft, low glides; rising for the in-breath, falling for the out-breath.
sox -n -r "$RATE" -c 1 "$WORK/cue-in.wav" synth 1.0 sine 196-294 fade h 0.35 1.0 0.45 \
  lowpass 900 gain -n -16
ogg cue-in
sox -n -r "$RATE" -c 1 "$WORK/cue-out.wav" synth 1.3 sine 294-174 fade h 0.3 1.3 0.7 \
  lowpass 900 gain -n -16
ogg cue-out
# A hold is a single quiet, rounded tick.
sox -n -r "$RATE" -c 1 "$WORK/cue-hold.wav" synth 0.25 sine 587.33 fade l 0.01 0.25 0.22 \
  gain -n -20
ogg cue-hold

ls -l "$OUT"
