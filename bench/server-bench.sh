#!/usr/bin/env bash
# Clinic server benchmark (issue 16): an event's way to the server (p50/p99), a workstation's copy at sign-in, and one client's 500-session history
# from a server of 50,000 sessions / 5 million events. Starts its own throwaway PostgreSQL cluster (Debian's
# postgresql package, as .ci/postgres-up does, with fsync on as a clinic has it) on port 55439 unless
# RETROTREAD_TEST_POSTGRES names a server.
# Usage: bash bench/server-bench.sh [copy]   (copy: the workstation's copy at sign-in alone)
set -euo pipefail
cd "$(dirname "$0")/.."
if [ -z "${RETROTREAD_TEST_POSTGRES:-}" ]; then
  eval "$(RETROTREAD_PG_FSYNC=on bash .ci/postgres-up /tmp/retrotread-bench-pg 55439)"
  trap 'eval "$RETROTREAD_TEST_POSTGRES_CTL -m fast stop" >/dev/null 2>&1 || true' EXIT
fi
mvn -B -q -ntp test-compile -Dcheckstyle.skip
mvn -B -q -ntp dependency:build-classpath -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test
java -cp "target/test-classes:target/classes:$(cat target/bench.classpath)" org.retrotread.store.ServerBenchmark "$@"
