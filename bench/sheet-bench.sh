#!/usr/bin/env bash
# Session sheet benchmark: time to make a sheet PDF from a session's events, warm (target <= 300 ms).
# Usage: bash bench/sheet-bench.sh
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q -ntp test-compile
mvn -B -q -ntp dependency:build-classpath -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test
java -cp "target/test-classes:target/classes:$(cat target/bench.classpath)" org.retrotread.bench.SheetBenchmark
