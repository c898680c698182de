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
# The installed app's JVM options (packaging/jpackage.txt); the class path as when run from source.
DISPLAY=:98 java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xms32m -Xmx256m -cp "target/test-classes:target/classes:$(cat target/bench.classpath)" \
  org.retrotread.app.SoakBenchmark 2>/dev/null | grep '^soak'
