#!/usr/bin/env bash
# Writes the sample outputs linked from the README: session sheets and a progress report (PDF, and a PNG of each first
# page), a session as FIT and TCX files, and a starter plan as a QZ training programme.
# Needs poppler-utils (pdftoppm). Run from anywhere: bash docs/samples/make.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
mvn -B -q -ntp test-compile
mvn -B -q -ntp dependency:build-classpath -Dmdep.outputFile=target/samples.classpath -Dmdep.includeScope=test
java -cp "target/test-classes:target/classes:$(cat target/samples.classpath)" org.retrotread.report.SampleSheet docs/samples
pdftoppm -png -r 80 -f 1 -l 1 -singlefile docs/samples/session-sheet.pdf docs/samples/session-sheet
pdftoppm -png -r 80 -f 1 -l 1 -singlefile docs/samples/progress-report.pdf docs/samples/progress-report
pdftoppm -png -r 80 -f 1 -l 1 -singlefile docs/samples/session-sheet-uphill.pdf docs/samples/session-sheet-uphill
echo "wrote docs/samples/session-sheet.pdf, session-sheet-uphill.pdf, progress-report.pdf (and a PNG of each first page), session.fit, session.tcx and starter-plan.qz.xml"
