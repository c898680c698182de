#!/usr/bin/env bash
# Takes the README screenshots from the real app in a virtual display, driven by keys like a user,
# on a throwaway database. Needs: xvfb xdotool imagemagick sqlite3 libgtk-3-0 libxtst6 (Debian).
# Run from anywhere: bash docs/screenshots/take.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
out=docs/screenshots
work=$(mktemp -d)
display=:77
Xvfb "$display" -screen 0 1366x1280x24 >/dev/null 2>&1 &
xvfb=$!
export DISPLAY=$display
trap 'pkill -f "org.retrotread.app.Launcher" 2>/dev/null || true; kill $xvfb 2>/dev/null || true; rm -rf "$work"' EXIT
source docs/screenshots/lib.sh
demo_database "$work/retrotread.db"

launch() { # $1: database file
  mvn -B -q -ntp javafx:run -Djavafx.args="--db $1" >"$work/app.log" 2>&1 &
  await_window
  xdotool windowsize "$window" 1366 768      # the app opens maximised: a laptop's screen
  sleep 1
}
crash() { pkill -9 -f "org.retrotread.app.Launcher"; sleep 2; }

launch "$work/retrotread.db"
keys ctrl+comma
shot settings 1.5
keys Escape
sleep 1
keys ctrl+r                                 # restore: the day's automatic backup, with its date and size
shot restore-backups 1.5
keys BackSpace
sleep 1
xdotool type --delay 60 "Zoë Müller"       # a new client, by name
keys Return Down Down Down                  # to the plans: the knee programme
shot start
keys Return Return                          # open the console; the pain before the start...
xdotool type --delay 60 "2"
keys Return                                 # ...then the start
shot prompt
keys Return n                               # confirm 1.5 km/h; next block early...
xdotool type --delay 60 "steady on the rails"
sleep 1
keys Return Return                          # ...with a reason; confirm the ramp's first speed
shot console-ramp 3
keys F1
shot help
keys F1 Escape
shot emergency-stop
keys e
xdotool type --delay 60 "demonstration"
sleep 1                                     # questions that end a session take Enter only once armed
keys Return
keys c
xdotool type --delay 60 "3"
keys Tab
xdotool type --delay 60 "1"
keys Return
shot summary
keys F2
shot summary-dark
keys F2
keys Return                                 # back to the start
sleep 1
keys ctrl+p                                 # the plan library: Amrit's own plan, with its weekly progression
shot plan-editor 2
keys Escape
sleep 2
keys ctrl+l                                 # the clients: Amrit Kaur, her profile and six weeks of history
sleep 1.5
keys Down
shot clients 1.5
keys ctrl+Tab                               # the 3-Metre Backward Walk Test: three results
shot walk-test 1.5
keys ctrl+Tab
xdotool windowsize "$window" 1280 1260       # tall enough to show every progress chart at once
shot progress 2
xdotool windowsize "$window" 1366 768
keys ctrl+Tab ctrl+Tab                      # the record trail: her profile's changes, the correction, the backup
shot record-trail 1.5
keys ctrl+Tab
keys Escape
sleep 1
keys Return Down Return Return Return Return # nobody, another plan, no pain before, started and confirmed
sleep 6
crash                                       # the laptop dies mid-session

launch "$work/retrotread.db"
shot recovery
crash

echo "not a database" > "$work/notes.db"
launch "$work/notes.db"
shot startup-problem
crash

# German and dark: the clinic's screens as a physiotherapist reads them.
java -cp "$classpath" org.retrotread.demo.DemoClinic "$work/de.db"
sqlite3 "$work/de.db" "INSERT OR REPLACE INTO settings (key, value) VALUES ('language', 'de'), ('theme', 'dark')"
launch "$work/de.db"
keys ctrl+l
sleep 1.5
keys Down
shot clients-de-dark 1.5
xdotool mousemove --window "$window" 480 493
xdotool click --repeat 2 --delay 120 1                   # a double click on the newest session: its pain corrected
shot session-de-dark 1.5
keys Escape Escape
sleep 1
keys ctrl+p
shot plan-editor-de-dark 2
