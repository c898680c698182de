#!/usr/bin/env bash
# Start-up benchmark: cold start (a new process) to the first frame of the start screen with data
# loaded, for the app as the .deb installs it, against a bare JavaFX window (one label, same size) on the
# same bundled runtime. Each run is a new JVM; runs alternate; medians are printed.
#   same options:             the bare window with every JVM option the installed app has (C1 only,
#                             Serial GC, heap sizes) and an AppCDS archive of its own made the same way;
#                             the app as the menu entry starts it (lib/app/retrotread, the start script)
#   same options, no AppCDS:  the same, with only the runtime's own class-data archive
#   runtime defaults:         the bare window as any JavaFX app starts on that runtime
#   jpackage's launcher:      the same app through jpackage's own launcher (bin/Retrotread)
#   untuned, both:            neither archive nor JVM options (what the tuning buys)
# Then the medians of each stretch of a start (both print the same moments): JVM start to main, the
# toolkit's start, making the first screen, showing the window, and the first frame.
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

# The installed app's JVM options, read from the configuration its launcher reads, for the bare window
# "started the same way": the same options, its own archive in place of the app's.
same_options=()
while IFS= read -r option; do
  option=${option//'$APPDIR/retrotread.jsa'/$work/bare.jsa}
  same_options+=("${option//'$APPDIR'/$app}")
done < <(sed -n 's/^java-options=//p' "$app/Retrotread.cfg")
no_archive=()
for option in "${same_options[@]}"; do
  case "$option" in -XX:SharedArchiveFile=*) ;; *) no_archive+=("$option") ;; esac
done

run() { # file, command...: one start; appends "first-frame main toolkit built shown" in ms from launch
  local file=$1 started out
  shift
  started=$(date +%s%3N)
  out=$("$@" 2>/dev/null)
  echo "$out" | awk -F= -v s="$started" '
    /^retrotread.mark.main.epochMillis=/ {m = $2 - s}
    /^retrotread.mark.toolkit.epochMillis=/ {t = $2 - s}
    /^retrotread.mark.built.epochMillis=/ {b = $2 - s}
    /^retrotread.mark.shown.epochMillis=/ {w = $2 - s}
    /^retrotread.firstFrame.epochMillis=/ {f = $2 - s}
    END {if (f) print f, m, t, b, w}' >>"$work/$file"
}
fresh() { cp "$work/clinic.db" "$work/run.db"; rm -f "$work/run.db.lock"; }
bare=(-cp "$work/bare.jar" org.retrotread.bench.BareWindow)
for _ in $(seq "$runs"); do
  fresh; run installed "$launcher" --startup-probe --db "$work/run.db"
  run bare-same "$java" "${same_options[@]}" "${bare[@]}"
  fresh; run jpackage "$jpackage_launcher" --startup-probe --db "$work/run.db"
  run bare-no-archive "$java" "${no_archive[@]}" "${bare[@]}"
  run bare-plain "$java" -Xshare:auto "${bare[@]}"
  fresh; run app-plain "$java" -Xshare:auto -cp "$app_cp" org.retrotread.app.Launcher --startup-probe --db "$work/run.db"
done
fresh
rss=$("$launcher" --startup-probe --db "$work/run.db" 2>/dev/null | sed -n 's/^retrotread.firstFrame.rssKiB=//p')

median() { # file, column
  awk -v c="$2" '{print $c}' "$1" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'
}
row() { # label, app file, bare file
  local a b
  a=$(median "$work/$2" 1); b=$(median "$work/$3" 1)
  printf '%-44s Retrotread %5d ms   bare window %5d ms   ratio %.2f\n' "$1" "$a" "$b" "$(echo "$a / $b" | bc -l)"
}
phases() { # label, file: the medians of each stretch of the start
  local f=$work/$2
  awk '{print $2, $3 - $2, $4 - $3, $5 - $4, $1 - $5}' "$f" >"$f.phases"
  printf '  %-24s JVM to main %4d   toolkit %4d   screen made %4d   window shown %4d   first frame %4d ms\n' "$1" \
    "$(median "$f.phases" 1)" "$(median "$f.phases" 2)" "$(median "$f.phases" 3)" "$(median "$f.phases" 4)" "$(median "$f.phases" 5)"
}
echo "start to first frame, median of $runs runs each:"
row "installed vs bare, same options:" installed bare-same
row "installed vs bare, same options, no AppCDS:" installed bare-no-archive
row "installed vs bare, runtime defaults:" installed bare-plain
row "jpackage's launcher vs bare, same options:" jpackage bare-same
row "untuned, both:" app-plain bare-plain
echo "where the time goes (medians of each stretch; same options):"
phases "Retrotread installed" installed
phases "bare window" bare-same
echo "Retrotread resident memory at its first frame (installed): $((rss / 1024)) MB"
