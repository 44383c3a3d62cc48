#!/usr/bin/env bash
# Escalation under load on PostgreSQL at 127.0.0.1:5432 (database servicelevel_bench is recreated):
# starts the application with the run command, creates an SLA and one template ticket through the
# API, measures the server's idle CPU and its start-up time with (almost) no escalation steps, then
# clones the template in the database into CLOCKS open clocks whose warnings come due one a second
# (spread), in bursts, and hours later (the rest), times the start-up with all of them pending, and
# reports from the database how late the warnings fired, how fast a burst drains, and the idle CPU.
#   bench/escalation-load.sh 100000 --bursts 1000,10000 --spread 180 --gap 180
# Holds /tmp/servicelevel-it.lock while the server runs (ports 8080/4848 are shared with the
# integration tests of other checkouts). Figures compare only within one run on one machine.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ -z "${SERVICELEVEL_BENCH_LOCKED:-}" ]; then
  mvn -B -q package -DskipTests   # built before waiting, so the lock is held only while a server runs
  echo "Waiting for /tmp/servicelevel-it.lock (held while any server of this project runs on 8080/4848)"
  exec env SERVICELEVEL_BENCH_LOCKED=1 flock /tmp/servicelevel-it.lock "$0" "$@"
fi
clocks=${1:-100000}
shift || true
declare -A option=([bursts]=1000,10000 [spread]=180 [gap]=180 [idle]=60)
while [ $# -ge 2 ]; do option[${1#--}]=$2; shift 2; done

payara=$PWD/ear/target/payara6
asadmin=$payara/bin/asadmin
base=http://localhost:8080/servicelevel/
admin=alice:demo-pass   # the demo data set's administrator, loaded by the run command
export AS_JAVA=${AS_JAVA:-$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")}
pg_version=$(sed -n 's:.*<postgresql.version>\(.*\)</postgresql.version>.*:\1:p' pom.xml)
pg_jar=$HOME/.m2/repository/org/postgresql/postgresql/$pg_version/postgresql-$pg_version.jar
helper() { java -cp "$pg_jar" bench/EscalationLoad.java "$@"; }
now() { date +%s.%N; }
seconds() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.1f", b - a }'; }
server_pid() { pgrep -f -- "-Dcom.sun.aas.installRoot=$payara/glassfish" | head -1; }

# Starts the stopped domain; prints the seconds until start-domain returned and until the application
# answered GET /api/me.
start_timed() {
  local started returned answered
  started=$(now)
  "$asadmin" start-domain >/dev/null
  returned=$(now)
  until [ "$(curl -s -o /dev/null -w '%{http_code}' -u "$admin" "${base}api/me")" = 200 ]; do sleep 0.2; done
  answered=$(now)
  echo "$(seconds "$started" "$returned") $(seconds "$started" "$answered")"
}

mvn -B -q -Pstop validate >/dev/null 2>&1 || true
psql -h 127.0.0.1 -U postgres -v ON_ERROR_STOP=1 -q -c "DROP DATABASE IF EXISTS servicelevel_bench" \
     -c "CREATE DATABASE servicelevel_bench"
export SERVICELEVEL_DATASOURCE_CLASS_NAME=org.postgresql.ds.PGSimpleDataSource
export SERVICELEVEL_DATASOURCE_URL=jdbc:postgresql://127.0.0.1:5432/servicelevel_bench
export SERVICELEVEL_DATASOURCE_USER=postgres
trap 'mvn -B -q -Pstop validate >/dev/null 2>&1 || true' EXIT
mvn -B -q package -Prun -DskipTests
[ -f "$pg_jar" ] || { echo "No PostgreSQL driver at $pg_jar (the build puts it there)"; exit 1; }

echo "== Machine"
lscpu | grep -E '^(Model name|CPU\(s\)|Thread|Core)' | sed 's/  */ /g'
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg); vmstat over 5 s (us sy id wa st):"
vmstat 5 2 | tail -1 | awk '{ print $13, $14, $15, $16, $17 }'
echo "$(java -version 2>&1 | head -1); $(psql -h 127.0.0.1 -U postgres -tA -c 'SHOW server_version')"

echo "== Setup through the API"
template=$(java bench/EscalationLoad.java setup --base "$base" --user "${admin%%:*}" --password "${admin#*:}" \
           --target "${option[target]:-PT8H}")
if [ -n "${option[jfr]:-}" ]; then   # deep stacks: the container's call chains are longer than the default 64 frames
  "$asadmin" create-jvm-options '-XX\:FlightRecorderOptions=stackdepth=1024' >/dev/null 2>&1 || true
fi
echo "== Without open clocks ($(helper count) pending steps: the demo tickets' and the template's)"
"$asadmin" stop-domain >/dev/null
times=$(start_timed)
read -r returned_empty answered_empty <<<"$times"
echo "Start-up: start-domain returned after ${returned_empty} s, GET /api/me answered 200 after ${answered_empty} s"
sleep 30
helper cpu --pid "$(server_pid)" --seconds "${option[idle]}" --label "idle, 30 s after the start, no open clocks"

echo "== Seeding $clocks open clocks (server stopped)"
"$asadmin" stop-domain >/dev/null
margin=${option[margin]:-$(awk -v a="$answered_empty" 'BEGIN { m = 2 * a + 60; printf "%d", m < 120 ? 120 : m }')}
helper seed --template "$template" --clocks "$clocks" --bursts "${option[bursts]}" --spread "${option[spread]}" \
       --gap "${option[gap]}" --margin "$margin"
echo "== With $clocks open clocks ($(helper count) pending steps)"
times=$(start_timed)
read -r returned_full answered_full <<<"$times"
echo "Start-up: start-domain returned after ${returned_full} s, GET /api/me answered 200 after ${answered_full} s"
echo "Start-up with $clocks open clocks against none: $(seconds "$answered_empty" "$answered_full") s longer"
if [ -n "${option[jfr]:-}" ]; then   # a flight recording of the server while the phases run, for profiling
  jcmd "$(server_pid)" JFR.start name=escalation settings=profile filename="${option[jfr]}" >/dev/null
fi
# If the phases' steps are due and none fires for 330 s (the timer was not armed), the domain is
# restarted: every start fires what is due, so the rate of a burst can still be measured; the
# lateness then shows the wait.
watch_args=(--idle "${option[idle]}" --timeout "${option[timeout]:-1800}")
until status=0; helper watch --pid "$(server_pid)" "${watch_args[@]}" || status=$?; [ "$status" -eq 0 ]; do
  [ "$status" -eq 3 ] || exit "$status"
  echo "Restarting the domain: the start fires the steps that are due"
  "$asadmin" stop-domain >/dev/null
  times=$(start_timed)
  echo "Start-up (restart): GET /api/me answered 200 after ${times#* } s"
  watch_args+=(--resumed yes)
done
[ -z "${option[jfr]:-}" ] || jcmd "$(server_pid)" JFR.stop name=escalation >/dev/null
echo "Failed or postponed steps in the server log: $(grep -c 'could not be fired' \
     "$payara/glassfish/domains/domain1/logs/server.log" || true)"
echo "load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
