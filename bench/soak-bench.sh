#!/usr/bin/env bash
# Memory over a simulated two-hour session in the real app (see SoakBenchmark.java): resident memory
# after start, during, and at the end. Needs Xvfb. Usage: bash bench/soak-bench.sh
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q -ntp test-compile
mvn -B -q -ntp dependency:build-classpath -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test
Xvfb :98 -screen 0 1366x800x24 >/dev/null 2>&1 &
xvfb=$!
trap 'kill $xvfb 2>/dev/null || true' EXIT
# The installed app's JVM options, read from packaging/jpackage.txt (those naming the install folder, its
# class-data archive and SQLite's unpacked library, stay out); the class path as when run from source.
options=()
while IFS= read -r option; do
  options+=("$option")
done < <(sed -n 's/^--java-options "\(-[^$]*\)"$/\1/p' packaging/jpackage.txt)
echo "JVM options: ${options[*]}"
DISPLAY=:98 java "${options[@]}" -cp "target/test-classes:target/classes:$(cat target/bench.classpath)" \
  org.retrotread.app.SoakBenchmark 2>/dev/null | grep '^soak'
