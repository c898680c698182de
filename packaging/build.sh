#!/usr/bin/env bash
# Builds the installer for the system it runs on, with a Java runtime bundled by jlink (the user needs
# no Java): Linux .deb, macOS .dmg. Windows: packaging/build.ps1. Output: target/installer/.
# Needs a JDK 17+ with jmods (Debian: openjdk-17-jdk-headless) and Maven; on Linux also fakeroot and
# dpkg-dev. Usage: bash packaging/build.sh
set -euo pipefail
cd "$(dirname "$0")/.."
case "$(uname -s)" in
  Linux) os=linux; type=deb ;;
  Darwin) os=macos; type=dmg ;;
  *) echo "On Windows run packaging/build.ps1" >&2; exit 2 ;;
esac

version=$(sed -n "s|^  <version>\(.*\)</version>|\1|p" pom.xml | head -1) # the project's own, two spaces in
work=target/packaging
rm -rf "$work" target/installer
mvn -B -q -ntp -DskipTests package dependency:copy-dependencies -DincludeScope=runtime -DoutputDirectory="$work/lib"

# JavaFX's platform jars are modules: they go into the runtime. Its empty classifier-less jars are
# left out; every other library stays on the class path beside the app, as when run from source.
mkdir -p "$work/fx" "$work/input"
mv "$work"/lib/javafx-*-"$os"*.jar "$work/fx/"
rm -f "$work"/lib/javafx-*.jar
cp "$work"/lib/*.jar "$work/input/"
cp "target/retrotread-$version.jar" "$work/input/retrotread.jar"

# SQLite's native library for this system, unpacked here once: sqlite-jdbc would otherwise copy it out
# of its jar into the temporary folder on every start (and sweep that folder for old copies), about
# 0.1 s of each start. The launcher points sqlite-jdbc at it (org.sqlite.lib.path in <os>/jpackage.txt).
case "$os/$(uname -m)" in
  linux/x86_64) native=Linux/x86_64/libsqlitejdbc.so ;;
  linux/aarch64) native=Linux/aarch64/libsqlitejdbc.so ;;
  macos/arm64) native=Mac/aarch64/libsqlitejdbc.dylib ;;
  macos/x86_64) native=Mac/x86_64/libsqlitejdbc.dylib ;;
  *) echo "no SQLite native library known for $os/$(uname -m)" >&2; exit 2 ;;
esac
sqlite_jar=$(cd "$work/lib" && ls "$PWD"/sqlite-jdbc-*.jar)
mkdir -p "$work/unpacked" "$work/input/native"
(cd "$work/unpacked" && jar xf "$sqlite_jar" "org/sqlite/native/$native")
mv "$work/unpacked/org/sqlite/native/$native" "$work/input/native/"

# The modules the app needs (jdeps: java.base, java.desktop, java.sql, javafx.controls), java.logging
# for the libraries' logs, jdk.localedata for German dates and numbers, and a class-data-sharing
# archive of the runtime's own classes so the JVM starts faster. PostgreSQL's driver (jdeps --multi-release 17)
# adds java.management, java.naming and java.security.jgss (Kerberos sign-in, where a clinic uses it).
jlink --module-path "$work/fx" \
  --add-modules java.base,java.desktop,java.sql,java.logging,java.management,java.naming,java.security.jgss,jdk.unsupported,jdk.localedata,javafx.controls \
  --include-locales=en,de --strip-debug --no-header-files --no-man-pages --generate-cds-archive \
  --output "$work/runtime"

# The classes a start loads, recorded by one run to the start screen (under a virtual display when
# there is no screen); the installed app turns this list into its AppCDS archive (common/make-cds.sh).
cp packaging/common/make-cds.sh "$work/input/"
if [ "$os" = linux ]; then
  cp packaging/linux/retrotread "$work/input/" # what the menu entry starts (see the script)
fi
record_classes() { # a run that fails here would fail on the user's machine too: stop and show why
  "$work/runtime/bin/java" -XX:DumpLoadedClassList="$work/input/retrotread.classlist" -cp "$work/input/*" \
    org.retrotread.app.Launcher --startup-probe --db "$work/classlist.db" >"$work/classlist.log" 2>&1 || {
    echo "the app did not reach its start screen while recording the class list:" >&2
    cat "$work/classlist.log" >&2
    exit 1
  }
}
if [ "$os" = linux ] && [ -z "${DISPLAY:-}" ] && command -v Xvfb >/dev/null; then
  Xvfb :97 -screen 0 1280x800x24 >/dev/null 2>&1 & xvfb=$!
  trap 'kill "$xvfb" 2>/dev/null || true' EXIT
  sleep 1
  DISPLAY=:97 record_classes
elif [ -n "${DISPLAY:-}" ] || [ "$os" = macos ]; then
  record_classes
else
  echo "no display and no Xvfb: the installer is built without a start-up class list (it starts, more slowly)" >&2
fi
rm -f "$work/classlist.db" "$work/classlist.db.lock"

jpackage @packaging/jpackage.txt @packaging/$os/jpackage.txt \
  --type "$type" --app-version "${version%%-*}" \
  --input "$work/input" --runtime-image "$work/runtime" --dest target/installer
ls -l target/installer
