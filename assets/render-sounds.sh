#!/usr/bin/env bash
# Makes the console's cue sounds: short, distinct, not alarming. Needs sox (Debian: sox).
# Run after changing a recipe here, and commit the WAV files.
set -euo pipefail
cd "$(dirname "$0")/sounds"
# 3-2-1 countdown: a short mid tick.
sox -n -r 44100 -b 16 countdown.wav synth 0.09 sine 880 fade q 0.005 0.09 0.03 vol 0.6
# A change of segment: two rising notes.
sox -n -r 44100 -b 16 change-a.wav synth 0.12 sine 660 fade q 0.005 0.12 0.03 vol 0.6
sox -n -r 44100 -b 16 change-b.wav synth 0.16 sine 990 fade q 0.005 0.16 0.05 vol 0.6
sox change-a.wav change-b.wav change.wav && rm change-a.wav change-b.wav
# Emergency stop: a low double buzz.
sox -n -r 44100 -b 16 stop.wav synth 0.35 square 220 fade q 0.01 0.35 0.05 vol 0.35 repeat 1
# End of session: three falling notes.
for f in 990 784 660; do sox -n -r 44100 -b 16 "end-$f.wav" synth 0.18 sine "$f" fade q 0.005 0.18 0.06 vol 0.6; done
sox end-990.wav end-784.wav end-660.wav end.wav && rm end-990.wav end-784.wav end-660.wav
