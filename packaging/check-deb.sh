#!/usr/bin/env bash
# Checks the Linux installer built by packaging/build.sh: unpacks the .deb, starts its launcher under a
# virtual display as on a first run (no database yet), and expects the start screen with the starter
# plans drawn, the database created in the user's data folder, and exit status 0.
# Needs Xvfb (Debian: xvfb), libgtk-3-0 and libxtst6.
set -euo pipefail
cd "$(dirname "$0")/.."
deb=$(ls target/installer/retrotread_*.deb | head -1)
work=$(mktemp -d)
trap 'kill ${xvfb:-0} 2>/dev/null || true; rm -rf "$work"' EXIT
dpkg-deb -x "$deb" "$work/root"
launcher="$work/root/opt/retrotread/bin/Retrotread"
[ -x "$launcher" ] || { echo "no launcher in $deb"; exit 1; }
grep -q '^Exec=/opt/retrotread/bin/Retrotread' "$work/root/opt/retrotread/lib/retrotread-Retrotread.desktop" \
  || { echo "the .desktop entry does not start the launcher"; exit 1; }
# What the install script does after unpacking: make the start-up archive (AppCDS) where the app is.
sh "$work/root/opt/retrotread/lib/app/make-cds.sh"
app="$work/root/opt/retrotread/lib/app"
[ -s "$app/retrotread.jsa" ] || { echo "no start-up archive was made"; exit 1; }
# -Xshare:on refuses to start unless the archive maps with the launcher's own class path.
cp=$(sed -n 's|^app.classpath=\$APPDIR/|'"$app"'/|p' "$app/Retrotread.cfg" | paste -sd: -)
"$work/root/opt/retrotread/lib/runtime/bin/java" -Xshare:on -XX:SharedArchiveFile="$app/retrotread.jsa" -cp "$cp" -version \
  >/dev/null 2>&1 || { echo "the start-up archive does not map with the launcher's class path"; exit 1; }
display=:93
Xvfb "$display" -screen 0 1366x800x24 >/dev/null 2>&1 &
xvfb=$!
sleep 1
export XDG_DATA_HOME="$work/data"   # a first run: nothing there yet
set +e
DISPLAY=$display timeout 120 "$launcher" --startup-probe >"$work/out.txt" 2>&1
status=$?
set -e
cat "$work/out.txt" | grep '^retrotread\.' || true
[ "$status" -eq 0 ] || { echo "the app exited with $status"; cat "$work/out.txt"; exit 1; }
grep -q '^retrotread.firstFrame.epochMillis=' "$work/out.txt" || { echo "no first frame"; cat "$work/out.txt"; exit 1; }
grep -q '^retrotread.startScreen.plans=[1-9]' "$work/out.txt" || { echo "no starter plans on the start screen"; exit 1; }
[ -s "$XDG_DATA_HOME/retrotread/retrotread.db" ] || { echo "no database in the user data folder"; exit 1; }
echo "installer check passed: $deb ($(du -h "$deb" | cut -f1))"
