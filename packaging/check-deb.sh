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
# The menu entry starts the start script (lib/app/retrotread), which runs the bundled runtime directly.
exec_line=$(sed -n 's/^Exec=//p' "$work/root/opt/retrotread/lib/retrotread-Retrotread.desktop")
[ "$exec_line" = /opt/retrotread/lib/app/retrotread ] && [ -x "$work/root$exec_line" ] \
  || { echo "the .desktop entry does not start the start script: $exec_line"; exit 1; }
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
mkdir -p "$work/tmp"
probe() { # starts $1 to its first frame and back; the output lands in $work/out.txt
  local status
  set +e
  DISPLAY=$display JAVA_TOOL_OPTIONS="-Djava.io.tmpdir=$work/tmp" timeout 120 "$1" --startup-probe >"$work/out.txt" 2>&1
  status=$?
  set -e
  grep '^retrotread\.' "$work/out.txt" || true
  [ "$status" -eq 0 ] || { echo "$1 exited with $status"; cat "$work/out.txt"; exit 1; }
  grep -q '^retrotread.firstFrame.epochMillis=' "$work/out.txt" || { echo "no first frame from $1"; cat "$work/out.txt"; exit 1; }
}
probe "$work/root$exec_line"   # as the menu entry starts it
grep -q '^retrotread.startScreen.plans=[1-9]' "$work/out.txt" || { echo "no starter plans on the start screen"; exit 1; }
[ -s "$XDG_DATA_HOME/retrotread/retrotread.db" ] || { echo "no database in the user data folder"; exit 1; }
# SQLite's library is loaded from the app's folder, not copied into the temporary folder at start.
if ls "$work/tmp" | grep -q sqlitejdbc; then echo "sqlite-jdbc unpacked its library at start"; exit 1; fi
probe "$launcher"              # jpackage's own launcher still starts it too
# On a throwaway machine (CI sets RETROTREAD_CHECK_INSTALL=1): install it for real, as a person would,
# start it with the command the install script makes, and remove it again.
if [ "${RETROTREAD_CHECK_INSTALL:-}" = 1 ]; then
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$(readlink -f "$deb")" >"$work/apt.txt" 2>&1 \
    || { echo "the package did not install"; cat "$work/apt.txt"; exit 1; }
  [ -s /opt/retrotread/lib/app/retrotread.jsa ] || { echo "the install made no start-up archive"; exit 1; }
  export XDG_DATA_HOME="$work/installed-data"
  probe "$(command -v retrotread)"
  dpkg -r retrotread >"$work/apt.txt" 2>&1 || { echo "the package did not remove"; cat "$work/apt.txt"; exit 1; }
  [ ! -e /usr/bin/retrotread ] && [ ! -e /opt/retrotread/lib/app/retrotread.jsa ] \
    || { echo "removing the package left its command or archive behind"; exit 1; }
fi
echo "installer check passed: $deb ($(du -h "$deb" | cut -f1))"
