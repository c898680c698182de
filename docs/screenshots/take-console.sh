#!/usr/bin/env bash
# Takes the console's screenshots at the three screen sizes it is checked at (1280x800, 1366x768,
# 1920x1080), in English and German, light and dark: the real app, maximised on a virtual screen of
# that size, mid-ramp with a prompt, a typed speed and its error all showing at once.
# Needs: xvfb xdotool imagemagick (Debian). Run from anywhere: bash docs/screenshots/take-console.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
out=docs/screenshots/console
mkdir -p "$out"
work=$(mktemp -d)
trap 'pkill -f "org.retrotread.app.Launcher --db $work" 2>/dev/null || true; pkill -f "Xvfb :78" 2>/dev/null || true; rm -rf "$work"' EXIT
mvn -B -q -ntp compile
mvn -B -q -ntp dependency:build-classpath -Dmdep.outputFile=target/run.classpath
classpath="target/classes:$(cat target/run.classpath)"
source docs/screenshots/lib.sh
export DISPLAY=:78

for size in 1280x800 1366x768 1920x1080; do
  Xvfb :78 -screen 0 "${size}x24" >/dev/null 2>&1 &
  sleep 1
  for lang in en de; do
    db="$work/$size-$lang.db"
    java -Duser.language="$lang" -cp "$classpath" org.retrotread.app.Launcher --db "$db" >"$work/app.log" 2>&1 &
    await_window
    xdotool windowfocus "$window"
    xdotool type --delay 60 "Zoë Müller-Lüdenscheidt"
    keys Return Down Down Down Return Return Return  # the knee programme: open the console, no pain before, start
    sleep 1
    keys 9 Return                               # a typed speed above the plan's maximum: refused
    sleep 1
    import -window root "$out/$size-$lang-light.png"
    keys F2
    sleep 1
    import -window root "$out/$size-$lang-dark.png"
    keys F2
    echo "wrote $out/$size-$lang-light.png and -dark.png"
    keys Escape e
    sleep 1.2
    xdotool type --delay 60 "screenshots"
    sleep 1
    keys Return
    sleep 1
    [ "$size" = 1366x768 ] && import -window root "$out/$size-$lang-summary.png"
    pkill -f "org.retrotread.app.Launcher --db $db" || true
    sleep 2
  done
  pkill -f "Xvfb :78" || true
  sleep 1
done
