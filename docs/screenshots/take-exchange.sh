#!/usr/bin/env bash
# Takes the screenshots of plans and sessions that travel, from the real app in a virtual display driven by keys
# and the system's own file dialog, as a user would: a QZ programme read into the plan editor with what could not be
# carried over (1366 x 768, English, light), a Zwift run asking its reference pace (1280 x 800, German, dark), and the
# Progress tab's period with the report and the FIT / TCX zips (1920 x 1080). A throwaway demo database.
# Needs: xvfb xdotool imagemagick sqlite3 (Debian). Run from anywhere: bash docs/screenshots/take-exchange.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
out=docs/screenshots
work=$(mktemp -d)
display=:83
xvfb=""
export DISPLAY=$display
trap 'pkill -f "org.retrotread.app.Launcher --db $work" 2>/dev/null || true; kill $xvfb 2>/dev/null || true; rm -rf "$work"' EXIT
source docs/screenshots/lib.sh
demo_database "$work/retrotread.db"

# A programme written for QZ by hand: a warm-up ramp, a heart-rate row, a fan, an incline in hundredths, and
# intervals faster than this treadmill goes.
cat > "$work/home.xml" <<'XML'
<?xml version="1.0" encoding="UTF-8"?>
<rows>
    <row duration="00:05:00" speedfrom="2.0" speedto="4.0" forcespeed="1" zonehr="0"/>
    <row duration="00:10:00" zonehr="2" looptimehr="10" minspeed="7.0" maxspeed="10.0"/>
    <row duration="00:03:00" speed="4.5" inclination="1.25" forcespeed="1" fanspeed="40"/>
    <repeat times="6">
        <row duration="00:01:30" speed="25" inclination="2" forcespeed="1" zonehr="0">
            <textevent timeoffset="5" message="keep your back straight"/>
        </row>
        <row duration="00:01:00" speed="3.5" inclination="2" forcespeed="1" zonehr="0"/>
    </repeat>
</rows>
XML
cat > "$work/tempo.zwo" <<'XML'
<workout_file><name>Tempo walk</name><sportType>run</sportType><workout>
  <Warmup Duration="300" PowerLow="0.3" PowerHigh="0.45" pace="1"/>
  <IntervalsT Repeat="4" OnDuration="60" OffDuration="60" OnPower="0.5" OffPower="0.35" pace="1"/>
  <FreeRide Duration="120"/>
</workout></workout_file>
XML

launch() { # $1: width, $2: height (a virtual screen of that size, which the app fills); the rest: its environment
  local w=$1 h=$2
  shift 2
  [ -n "$xvfb" ] && kill "$xvfb" && sleep 1
  Xvfb "$display" -screen 0 "${w}x${h}x24" >/dev/null 2>&1 &
  xvfb=$!
  sleep 1
  env "$@" java -cp "$classpath" org.retrotread.app.Launcher --db "$work/retrotread.db" >"$work/app.log" 2>&1 &
  await_window
  xdotool windowfocus "$window"
  sleep 1
}
quit() { pkill -f "org.retrotread.app.Launcher --db $work" || true; sleep 3; }
choose() { # $1: the file, typed into the system's file dialog (titled $2)
  local dialog=""
  for _ in $(seq 20); do
    dialog=$(xdotool search --name "$2" 2>/dev/null | head -1 || true)
    [ -n "$dialog" ] && break
    sleep 0.5
  done
  [ -n "$dialog" ] || { echo "no file dialog \"$2\""; exit 1; }
  sleep 2.5                                  # found as soon as it exists: wait until it is shown and takes keys
  xdotool windowfocus "$dialog"
  sleep 0.5
  keys ctrl+l
  xdotool type --delay 30 "$1"
  sleep 1                                    # the dialog completes the path as it is typed: let it finish
  keys Return
  sleep 3
  xdotool windowfocus "$window"
}

launch 1366 768
keys ctrl+p
sleep 2
keys ctrl+i
choose "$work/home.xml" "Import a plan"
shot plan-import-qz
quit

sqlite3 "$work/retrotread.db" "INSERT OR REPLACE INTO settings (key, value) VALUES ('language', 'de'), ('theme', 'dark')"
launch 1280 800
keys ctrl+p
sleep 2
keys ctrl+i
choose "$work/tempo.zwo" "Plan importieren"
shot plan-import-zwift-pace-de-dark
quit

sqlite3 "$work/retrotread.db" "INSERT OR REPLACE INTO settings (key, value) VALUES ('language', 'en'), ('theme', 'light')"
launch 1920 1080
keys ctrl+l
sleep 2
xdotool type --delay 60 "Amrit"
keys Down ctrl+Tab ctrl+Tab                  # Amrit Kaur's Progress tab: the period, the report, the zips
shot progress-zip 2
