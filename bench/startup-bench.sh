#!/usr/bin/env bash
# Start-up benchmark: cold start (a new process) to the first frame of the start screen with data
# loaded, for the app as the .deb installs it, against a bare JavaFX window (one label, same size) on the
# same bundled runtime. Each run is a new JVM; runs alternate between the two; medians are printed.
#   installed vs bare, same options: both with C1 only and each with its own AppCDS archive; the app as
#                                    the menu entry starts it (lib/app/retrotread, the start script)
#   jpackage's launcher:             the same app through jpackage's own launcher (bin/Retrotread)
#   installed vs bare, defaults:     the bare window as any JavaFX app starts on that runtime
#   untuned, both:                   neither archive nor C1 (what the tuning buys)
# Needs Xvfb and a built installer (bash packaging/build.sh). Usage: bash bench/startup-bench.sh [runs]
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-9}
ls target/installer/retrotread_*.deb >/dev/null 2>&1 || bash packaging/build.sh >/dev/null
mvn -B -q -ntp test-compile
mvn -B -q -ntp dependency:build-classpath -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test
work=$(mktemp -d)
Xvfb :94 -screen 0 1366x800x24 >/dev/null 2>&1 &
xvfb=$!
trap 'kill $xvfb 2>/dev/null || true; rm -rf "$work"' EXIT
export DISPLAY=:94

# The app as installed: unpacked, and its archive made as the install script makes it.
dpkg-deb -x "$(ls target/installer/retrotread_*.deb | head -1)" "$work/root"
sh "$work/root/opt/retrotread/lib/app/make-cds.sh"
launcher="$work/root/opt/retrotread/lib/app/retrotread"
jpackage_launcher="$work/root/opt/retrotread/bin/Retrotread"
app="$work/root/opt/retrotread/lib/app"
java="$work/root/opt/retrotread/lib/runtime/bin/java"
app_cp=$(sed -n 's|^app.classpath=\$APPDIR/|'"$app"'/|p' "$app/Retrotread.cfg" | paste -sd: -)

# The bare window in a jar of its own, with its own archive made the same way (class list, then dump).
(cd target/test-classes && jar cf "$work/bare.jar" org/retrotread/bench/BareWindow*.class)
"$java" -XX:DumpLoadedClassList="$work/bare.classlist" -cp "$work/bare.jar" org.retrotread.bench.BareWindow >/dev/null 2>&1
"$java" -Xshare:dump -XX:SharedClassListFile="$work/bare.classlist" -XX:SharedArchiveFile="$work/bare.jsa" \
  -cp "$work/bare.jar" >/dev/null 2>&1

# A clinic with a client six weeks into her plan: the start screen loads real data.
java -cp "target/test-classes:target/classes:$(cat target/bench.classpath)" org.retrotread.demo.DemoClinic "$work/clinic.db" \
  >/dev/null 2>&1

ms() { # the command's start-to-first-frame time in ms
  local started out
  started=$(date +%s%3N)
  out=$("$@" 2>/dev/null)
  echo "$out" | sed -n 's/^retrotread.firstFrame.epochMillis=//p' | awk -v s="$started" '{print $1 - s}'
}
fresh() { cp "$work/clinic.db" "$work/run.db"; rm -f "$work/run.db.lock"; }
tuned="-Xshare:auto -XX:TieredStopAtLevel=1"
for _ in $(seq "$runs"); do
  fresh; ms "$launcher" --startup-probe --db "$work/run.db" >>"$work/installed"
  fresh; ms "$jpackage_launcher" --startup-probe --db "$work/run.db" >>"$work/jpackage"
  ms "$java" $tuned -XX:SharedArchiveFile="$work/bare.jsa" -cp "$work/bare.jar" org.retrotread.bench.BareWindow >>"$work/bare-tuned"
  ms "$java" -Xshare:auto -cp "$work/bare.jar" org.retrotread.bench.BareWindow >>"$work/bare-plain"
  fresh; ms "$java" -Xshare:auto -cp "$app_cp" org.retrotread.app.Launcher --startup-probe --db "$work/run.db" >>"$work/app-plain"
done
fresh
rss=$("$launcher" --startup-probe --db "$work/run.db" 2>/dev/null | sed -n 's/^retrotread.firstFrame.rssKiB=//p')

median() { sort -n "$1" | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
row() { # label, app file, bare file
  local a b
  a=$(median "$work/$2"); b=$(median "$work/$3")
  printf '%-40s Retrotread %5d ms   bare window %5d ms   ratio %.2f\n' "$1" "$a" "$b" "$(echo "$a / $b" | bc -l)"
}
echo "start to first frame, median of $runs runs each:"
row "installed vs bare, same options:" installed bare-tuned
row "installed vs bare, runtime defaults:" installed bare-plain
row "jpackage's launcher vs bare, same opts:" jpackage bare-tuned
row "untuned, both:" app-plain bare-plain
echo "Retrotread resident memory at its first frame (installed): $((rss / 1024)) MB"
