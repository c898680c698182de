#!/usr/bin/env bash
# Large-clinic start-up: from launch to the first frame of the start screen with its data loaded, for an
# empty database and for a clinic of 50,000 sessions and 5,000,000 events (250 MB, made by ClinicGenerator
# on the first run into the work folder and reused). Each start is a new JVM on the project's classpath;
# runs alternate; the medians and their ratio are printed. The large clinic's integrity check runs beside the
# start (Database.CHECK_AT_OPEN_BYTES); before, it ran first and took 1.3-1.6 s of the start.
# Needs Xvfb. Usage: bash bench/large-clinic-start-bench.sh [runs, default 9] [work folder, default target/bench]
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-9}
work=${2:-target/bench}
mkdir -p "$work"
mvn -B -q -ntp test-compile
mvn -B -q -ntp dependency:build-classpath -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test
cp="target/test-classes:target/classes:$(cat target/bench.classpath)"
large="$work/large-clinic.db"
if [ ! -f "$large" ]; then
  java -cp "$cp" org.retrotread.bench.LargeClinic "$large"
fi
Xvfb :95 -screen 0 1366x800x24 >/dev/null 2>&1 &
xvfb=$!
trap 'kill $xvfb 2>/dev/null || true' EXIT
export DISPLAY=:95
sleep 1

one() { # database: milliseconds from launch to the start screen's first frame
  local started out
  started=$(date +%s%3N)
  out=$(java -cp "$cp" org.retrotread.app.Launcher --startup-probe --db "$1" 2>/dev/null)
  echo "$out" | awk -F= -v s="$started" '/^retrotread.firstFrame.epochMillis=/ {print $2 - s}'
}
empty=() big=()
for _ in $(seq "$runs"); do
  rm -rf "$work/empty"
  mkdir -p "$work/empty"
  empty+=("$(one "$work/empty/retrotread.db")")
  big+=("$(one "$large")")
done
median() { printf '%s\n' "$@" | sort -n | awk '{a[NR] = $1} END {print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2}'; }
e=$(median "${empty[@]}")
b=$(median "${big[@]}")
echo "runs: $runs (alternating), start to the start screen's first frame"
echo "empty database:        median ${e} ms   (all: ${empty[*]})"
echo "250 MB clinic:         median ${b} ms   (all: ${big[*]})"
awk -v e="$e" -v b="$b" 'BEGIN {printf "ratio large/empty:     %.2f (goal <= 1.2)\n", b / e}'
