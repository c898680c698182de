#!/usr/bin/env bash
# Store benchmark: event commit latency (p50/p99) and one client's history load from a clinic of
# 50,000 sessions / 5 million events (generated on first run into the work folder, ~1 GB; reused after).
# Usage: bash bench/store-bench.sh [work folder, default target/bench]
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q -ntp test-compile
mvn -B -q -ntp dependency:build-classpath -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test
java -cp "target/test-classes:target/classes:$(cat target/bench.classpath)" org.retrotread.bench.StoreBenchmark "${1:-target/bench}"
