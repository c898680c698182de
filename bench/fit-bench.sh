#!/usr/bin/env bash
# FIT and TCX export benchmark: a two-hour session to a file's bytes, warm (FIT target < 200 ms).
# Usage: bash bench/fit-bench.sh
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q -ntp test-compile
mvn -B -q -ntp dependency:build-classpath -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test
java -cp "target/test-classes:target/classes:$(cat target/bench.classpath)" org.retrotread.bench.FitBenchmark
