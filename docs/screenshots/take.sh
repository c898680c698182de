#!/usr/bin/env bash
# Takes the README screenshots from the real app in a virtual display, driven by keys like a user.
# Needs: xvfb xdotool imagemagick libgtk-3-0 (Debian). Run from anywhere: bash docs/screenshots/take.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
out=docs/screenshots
display=:77
Xvfb "$display" -screen 0 1366x800x24 >/dev/null 2>&1 &
xvfb=$!
export DISPLAY=$display
mvn -B -q -ntp compile
mvn -B -q -ntp javafx:run >/tmp/retrotread-shots.log 2>&1 &
app=$!
trap 'kill $app $xvfb 2>/dev/null || true; pkill -f "org.retrotread.app.Launcher" 2>/dev/null || true' EXIT

window=""
for _ in $(seq 60); do
  window=$(xdotool search --name '^Retrotread$' 2>/dev/null | head -1 || true)
  [ -n "$window" ] && break
  sleep 1
done
[ -n "$window" ] || { echo "the app window did not appear"; cat /tmp/retrotread-shots.log; exit 1; }
sleep 2
shot() { sleep "${2:-0.8}"; import -window "$window" "$out/$1.png"; echo "wrote $out/$1.png"; }
keys() { xdotool key --delay 120 "$@"; }

shot start
keys Down Down Down Return Return          # knee programme, start
shot prompt
keys Return n                               # confirm 1.5 km/h; next block early...
xdotool type --delay 60 "steady on the rails"
keys Return Return                          # ...with a reason; confirm the ramp's first speed
shot console-ramp 3
keys Escape
shot emergency-stop
keys e
xdotool type --delay 60 "demonstration"
keys Return
shot summary
