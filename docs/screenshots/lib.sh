# Shared by the take*.sh scripts (sourced, not run): waiting for the app's window, pressing keys, saving a shot.
# A script sets `out` (where shots go) and `work` (a throwaway folder whose app.log the app writes) first.

window=""

# demo_database FILE: builds the app and its tests, sets `classpath`, and writes the demo clinic (a client six weeks
# into her plan, see DemoClinic) into FILE, so the screens have something to show.
demo_database() {
  mvn -B -q -ntp test-compile
  mvn -B -q -ntp dependency:build-classpath -Dmdep.outputFile=target/demo.classpath -Dmdep.includeScope=test
  classpath="target/test-classes:target/classes:$(cat target/demo.classpath)"
  java -cp "$classpath" org.retrotread.demo.DemoClinic "$1"
}

# Waits up to a minute for the app's window (then three seconds for its first screen); if it never comes, shows
# the app's log and stops the script.
await_window() {
  window=""
  for _ in $(seq 60); do
    window=$(xdotool search --name '^Retrotread$' 2>/dev/null | head -1 || true)
    [ -n "$window" ] && break
    sleep 1
  done
  [ -n "$window" ] || { echo "the app window did not appear"; cat "$work/app.log"; exit 1; }
  sleep 3
}

# shot NAME [SECONDS]: after a pause (0.8 s unless told), the app's window (or the screen, with shot_of=root)
# as $out/NAME.png.
shot() { sleep "${2:-0.8}"; import -window "${shot_of:-$window}" "$out/$1.png"; echo "wrote $out/$1.png"; }

# keys KEY...: pressed one after another, as a person would.
keys() { xdotool key --delay 150 "$@"; }
