#!/usr/bin/env bash
# Takes the clinic workstation's screenshots (decision 0021) from the real app in a virtual display, driven by keys
# like a user, against a throwaway PostgreSQL cluster made by .ci/postgres-up: the sign-in, the start screen signed
# in, the settings with the clinic server chosen, and the banner during an outage (the server stopped mid-session),
# in English at 1366 x 768 and in German, dark, at 1280 x 800 and 1920 x 1080.
# Needs what take.sh needs, and postgresql (Debian). Run from anywhere: bash docs/screenshots/take-clinic.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
out=docs/screenshots
work=$(mktemp -d)
chmod 755 "$work"
display=:78
Xvfb "$display" -screen 0 1920x1280x24 >/dev/null 2>&1 &
xvfb=$!
export DISPLAY=$display
eval "$(bash .ci/postgres-up "$work/pg" 55435)"
pg() { bash -c "$RETROTREAD_TEST_POSTGRES_CTL -w $1" >/dev/null; }
trap 'pkill -f "org.retrotread.app.Launcher" 2>/dev/null || true; kill $xvfb 2>/dev/null || true; pg "-m immediate stop" || true; rm -rf "$work"' EXIT
user=$(sed -E 's/.*user=([^&]*).*/\1/' <<<"$RETROTREAD_TEST_POSTGRES")
password=$(sed -E 's/.*password=([^&]*).*/\1/' <<<"$RETROTREAD_TEST_POSTGRES")
psql "postgresql://127.0.0.1:55435/postgres?user=$user&password=$password" -qc "CREATE DATABASE clinic" >/dev/null
address="postgresql://127.0.0.1:55435/clinic"
mvn -B -q -ntp compile

source docs/screenshots/lib.sh
launch() { # $1: window width, $2: height; the rest: environment for the app
  local w=$1 h=$2
  shift 2
  env "$@" XDG_DATA_HOME="$work/data" mvn -B -q -ntp javafx:run >"$work/app.log" 2>&1 &
  await_window
  xdotool windowsize "$window" "$w" "$h"
  sleep 1
}
quit() { pkill -f "org.retrotread.app.Launcher"; sleep 3; }
signIn() {
  keys shift+Tab ctrl+a
  xdotool type --delay 40 "$user"
  keys Tab
  xdotool type --delay 40 "$password"
  keys Return
  sleep 3
}

# The server chosen in the settings (the data folder's clinic-server.txt), as an administrator leaves a workstation.
mkdir -p "$work/data/retrotread"
echo "$address" > "$work/data/retrotread/clinic-server.txt"

launch 1366 768
shot clinic-sign-in
signIn
shot clinic-start 1.5
keys ctrl+comma
xdotool windowsize "$window" 1920 1080     # the whole form, the clinic server's rows at its foot
shot clinic-settings 1.5
xdotool windowsize "$window" 1366 768
keys Escape
sleep 1
xdotool type --delay 60 "Zoë Müller"       # a new client, made on the server first
keys Return Return                          # to the plans; the console
sleep 1.5
keys Return Return                          # no pain before; started
sleep 3
pg "-m fast stop"                           # the server goes away mid-session
keys space                                  # a pause: an event the server has not got
sleep 5
shot clinic-banner 1
pg start
sleep 8
shot clinic-banner-gone 1
quit

# German and dark, on a smaller and a larger screen.
sqlite3 "$work/data/retrotread/clinic/127.0.0.1-55435-clinic.db" "INSERT OR REPLACE INTO settings (key, value) VALUES ('theme', 'dark')"
launch 1280 800 JAVA_TOOL_OPTIONS=-Duser.language=de
shot clinic-sign-in-de 1
signIn
keys i                                      # the session the first run left open: closed as interrupted
sleep 2
pg "-m fast stop"
sleep 8                                     # the sender's next look finds the server away
keys ctrl+l                                 # the clients, from the copy: the page says so
shot clinic-clients-away-de-dark 3
keys Escape
sleep 1
xdotool windowsize "$window" 1920 1080
shot clinic-start-away-de-dark 2
quit
