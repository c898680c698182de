#!/usr/bin/env bash
# Takes the grade and heart-rate screenshots from the real app in a virtual display, driven by keys like a user:
# the console on the Cipriani starter's grade ramp with a heart rate above the client's ceiling (the question, then
# the readouts), and the plan editor showing that ramp of grade. A throwaway demo database whose client has a
# heart-rate ceiling of 120 bpm. Needs: xvfb xdotool imagemagick sqlite3 (Debian).
# Run from anywhere: bash docs/screenshots/take-grade.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
out=docs/screenshots
work=$(mktemp -d)
display=:79
Xvfb "$display" -screen 0 1366x768x24 >/dev/null 2>&1 &
xvfb=$!
export DISPLAY=$display
trap 'pkill -f "org.retrotread.app.Launcher --db $work" 2>/dev/null || true; kill $xvfb 2>/dev/null || true; rm -rf "$work"' EXIT
source docs/screenshots/lib.sh
demo_database "$work/retrotread.db"
sqlite3 "$work/retrotread.db" "UPDATE clients SET heart_rate_ceiling_bpm = 120, max_grade_tenths = 120"

java -cp "$classpath" org.retrotread.app.Launcher --db "$work/retrotread.db" >"$work/app.log" 2>&1 &
shot_of=root
await_window
xdotool windowfocus "$window"

keys ctrl+p                                  # the plan library: the Cipriani starter, its ramp of grade
sleep 2
keys Down Down Down Down Down Down           # past Amrit's own plan and five starters
sleep 1
xdotool mousemove 560 495 click 1            # its blocks: the third, the ramp of grade
shot plan-editor-grade 1.5
keys Escape
sleep 1
xdotool type --delay 60 "Amrit"
keys Return                                  # Amrit: then the plans, starting on hers
sleep 1
for _ in 1 2 3 4 5 6 7 8; do keys Down; done # down to the Cipriani starter
shot start-uphill 1
keys Return Return Return                    # open the console, no pain before, start
sleep 1
keys Return                                  # the rails' speed, as prompted
keys h
sleep 1
xdotool type --delay 60 "confident today"
sleep 1
keys Return                                  # hands off early, with the reason
keys n
sleep 1
xdotool type --delay 60 "speed ramp done on the rails"
sleep 1
keys Return Return                           # next block early: the ramp of grade, level first; confirm 4.0 km/h
keys g 5 Return                              # the incline set by hand: 5 %
keys b
sleep 1
xdotool type --delay 80 "131"
keys Return
shot console-heart-rate-question 1.5
sleep 1
keys s                                       # slowed down
keys Down Down Down Down Down Return         # to 3.5 km/h
shot console-grade 1.5
