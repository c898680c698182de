#!/usr/bin/env bash
# Clinic workstation start-up (issue 16: "the start screen comes up within 2 s" with the server unreachable):
# a new process to the first frame of the start screen with its data, for the app as the .deb installs it (built
# when missing, as startup-bench.sh does), for: a laptop's file; a workstation whose server answers (signed in by
# PostgreSQL's own .pgpass, the copy taken); a server that refuses the connection (switched off); and a host that
# takes the connection and never answers (a hung server: the quick sign-in's 1 s login timeout). Each run starts with a
# fresh data folder. Starts its own throwaway cluster (.ci/postgres-up) on port 55436.
# Needs Xvfb and postgresql (Debian). Usage: bash bench/clinic-startup-bench.sh [runs]
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-7}
work=$(mktemp -d)
chmod 755 "$work"
eval "$(bash .ci/postgres-up "$work/pg" 55436)"
Xvfb :95 -screen 0 1366x800x24 >/dev/null 2>&1 &
xvfb=$!
trap 'kill $xvfb ${silent:-} 2>/dev/null || true; bash -c "$RETROTREAD_TEST_POSTGRES_CTL -m immediate stop" >/dev/null 2>&1 || true; rm -rf "$work"' EXIT
export DISPLAY=:95
ls target/installer/retrotread_*.deb >/dev/null 2>&1 || bash packaging/build.sh >/dev/null
dpkg-deb -x "$(ls target/installer/retrotread_*.deb | head -1)" "$work/root"
sh "$work/root/opt/retrotread/lib/app/make-cds.sh"
launcher="$work/root/opt/retrotread/lib/app/retrotread"
user=$(sed -E 's/.*user=([^&]*).*/\1/' <<<"$RETROTREAD_TEST_POSTGRES")
password=$(sed -E 's/.*password=([^&]*).*/\1/' <<<"$RETROTREAD_TEST_POSTGRES")
psql "postgresql://127.0.0.1:55436/postgres?user=$user&password=$password" -qc "CREATE DATABASE clinic" >/dev/null
echo "127.0.0.1:55436:clinic:$user:$password" >"$work/pgpass"
# A server that takes every connection and never says a word.
python3 -c 'import socket,time
s=socket.socket(); s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1); s.bind(("127.0.0.1", 55437)); s.listen(64); held=[]
while True: held.append(s.accept()[0])' &
silent=$!
chmod 600 "$work/pgpass"

run() { # label, --db value: one start, "first-frame ms" appended to the label's file
  local label=$1 db=$2 started out
  rm -rf "$work/data"
  started=$(date +%s%3N)
  out=$(XDG_DATA_HOME="$work/data" PGPASSFILE="$work/pgpass" timeout 30 "$launcher" --startup-probe --db "$db" 2>/dev/null || true)
  echo "$out" | awk -F= -v s="$started" '/^retrotread.firstFrame.epochMillis=/ {print $2 - s}' >>"$work/$label"
}
median() { sort -n "$1" | awk '{a[NR]=$1} END {print a[int((NR+1)/2)] " ms (max " a[NR] ", " NR " runs)"}'; }
for _ in $(seq "$runs"); do
  run laptop "$work/laptop.db"
  run answering "postgresql://$user@127.0.0.1:55436/clinic"
  run refused "postgresql://$user@127.0.0.1:9/clinic"
  run silent "postgresql://$user@127.0.0.1:55437/clinic"
done
echo "start to the start screen's first frame, median:"
printf '  %-52s %s\n' "a laptop's file:" "$(median "$work/laptop")" \
  "a workstation, server answering (.pgpass, copy taken):" "$(median "$work/answering")" \
  "a workstation, server switched off (refused):" "$(median "$work/refused")" \
  "a workstation, server taking the call and silent:" "$(median "$work/silent")"
