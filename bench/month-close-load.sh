#!/usr/bin/env bash
# The month's close under load on PostgreSQL at 127.0.0.1:5432 (database servicelevel_closebench_<checkout
# directory> is recreated): starts the application with the demo data on a Payara of its own (unpacked from the
# build's download into ear/target/closebench), creates through the API a 24/7 calendar, a
# customer, one SLA with four priorities, a quality table, bands and a fee, and imports four template
# tickets (resolved, resolved and closed, in progress, new); stops the server and clones them in the
# database into AGREEMENTS agreements and TICKETS tickets of one month (bench/month-close-seed.sql);
# times one hand-written SQL query of the month's per-priority figures from the stored clocks
# (bench/month-close-query.sql); starts the server again and times the report job and the QoS and
# invoice adjustment job of the month over REST.
#   bench/month-close-load.sh --tickets 1000000 --agreements 1000
#   bench/month-close-load.sh --tickets 20000 --agreements 20 --kill-at 50
# Options: --month (default 2026-10, in the agreements' zone Europe/Berlin), --kill-at P (kill -9 the
# server at P % of the uninterrupted report job's time into a second run, restart the server and the job, and
# compare the month's stored results with those of the uninterrupted run), --seed-only yes (seed and
# time the query, no jobs), --timeout seconds per job (default 1800), --jfr FILE (a flight recording of
# the server while the two jobs run: jfr print --stack-depth 300 --events jdk.ExecutionSample FILE), --workers-also N (the
# report job once more with servicelevel.reports.workers=N, then with the default again, for a ratio of
# warm runs within one run).
# Holds /tmp/servicelevel-it.lock while a server runs (ports 8080/4848 are shared with the integration
# tests of other checkouts), and not while it seeds. Figures compare only within one run on one machine.
set -euo pipefail
cd "$(dirname "$0")/.."
declare -A option=([tickets]=1000000 [agreements]=1000 [month]=2026-10 [kill-at]= [seed-only]= [timeout]=1800 [jfr]= [workers-also]=)
while [ $# -ge 2 ]; do
  [ -n "${option[${1#--}]+set}" ] || { echo "Unknown option $1" >&2; exit 2; }
  option[${1#--}]=$2; shift 2
done
[ $# -eq 0 ] || { echo "Options come in pairs: --name value" >&2; exit 2; }

checkout=${PWD##*/}
database=servicelevel_closebench_${checkout//[^A-Za-z0-9]/_}   # one per checkout: seeding runs outside the lock
database=${database,,}
payara=$PWD/ear/target/closebench/payara6   # a Payara of its own, unpacked from the build's download
asadmin=$payara/bin/asadmin
base=http://localhost:8080/servicelevel/
admin=alice:demo-pass   # the demo data set's administrator, loaded at the first start
auth=(-u "$admin")      # replaced by an API token once the jobs' server is up (see below)
lock=/tmp/servicelevel-it.lock
export AS_JAVA=${AS_JAVA:-$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")}
export SERVICELEVEL_DATASOURCE_CLASS_NAME=org.postgresql.ds.PGSimpleDataSource
export SERVICELEVEL_DATASOURCE_URL=jdbc:postgresql://127.0.0.1:5432/$database
export SERVICELEVEL_DATASOURCE_USER=postgres
db() { psql -h 127.0.0.1 -U postgres -d "$database" -v ON_ERROR_STOP=1 -X -q "$@"; }
now() { date +%s.%N; }
seconds() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.1f", b - a }'; }
cpu_sample() { awk '/^cpu / { t = 0; for (i = 2; i <= NF; i++) t += $i; print t, $9 }' /proc/stat; }
steal_since() {   # steal_since "TOTAL STEAL": the machine's steal time since that sample, in percent
  local total steal
  read -r total steal <<<"$1"
  cpu_sample | awk -v t="$total" -v s="$steal" '{ printf "%.1f", ($1 - t) ? 100 * ($2 - s) / ($1 - t) : 0 }'
}
server_pid() { pgrep -f -- "-Dcom.sun.aas.installRoot=$payara/glassfish" | head -1 || true; }

# The lock on file descriptor 9: taken before a server starts, given back when it has stopped.
exec 9>>"$lock"
locked=
take_lock() {
  echo "Waiting for $lock (held while any server of this project runs on 8080/4848)"
  flock 9
  locked=yes
}
stop_server() {
  [ -x "$asadmin" ] && "$asadmin" stop-domain >/dev/null 2>&1 || true
  [ -z "$locked" ] || { flock -u 9; locked=; }
}
trap stop_server EXIT

api() {   # api METHOD PATH [JSON]: prints the body, then a line with the status code
  local method=$1 path=$2
  shift 2
  curl -sS "${auth[@]}" -X "$method" -H 'Accept: application/json' ${1:+-H 'Content-Type: application/json' --data "$1"} \
       -w '\n%{http_code}' "${base}api/$path"
}
expect() {   # expect STATUS METHOD PATH [JSON]: prints the body; fails on another status
  local status=$1 answer code
  shift
  answer=$(api "$@")
  code=${answer##*$'\n'}
  if [ "$code" != "$status" ]; then
    echo "$1 $2: expected $status, got $code: ${answer%$'\n'*}" >&2
    return 1
  fi
  printf '%s\n' "${answer%$'\n'*}"
}
wait_until_up() {
  until [ "$(curl -s -o /dev/null -w '%{http_code}' -u "$admin" "${base}api/me")" = 200 ]; do sleep 0.5; done
}

mvn -B -ntp -q -o package -DskipTests   # built before waiting, so the lock is held only while a server runs
payara_version=$(sed -n 's:.*<payara.version>\(.*\)</payara.version>.*:\1:p' pom.xml)
rm -rf "${payara%/payara6}" && mkdir -p "${payara%/payara6}"
unzip -q "$HOME/.m2/repository/fish/payara/distributions/payara/$payara_version/payara-$payara_version.zip" \
      -d "${payara%/payara6}"

echo "== Machine"
lscpu | grep -E '^(Model name|CPU\(s\)|Thread|Core)' | sed 's/  */ /g'
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg); vmstat over 5 s (us sy id wa st):"
vmstat 5 2 | tail -1 | awk '{ print $13, $14, $15, $16, $17 }'
echo "$(java -version 2>&1 | head -1); $(psql -h 127.0.0.1 -U postgres -tA -c 'SHOW server_version')"

# ---- 1. a real agreement and real tickets, through the API ----------------------------------------
take_lock
psql -h 127.0.0.1 -U postgres -v ON_ERROR_STOP=1 -q -c "DROP DATABASE IF EXISTS $database" \
     -c "CREATE DATABASE $database"
echo "== Setup through the API (demo data on $database)"
# What the run command does, without its Maven plugins: start the domain, ask for the demo data, deploy.
"$asadmin" start-domain >/dev/null
"$asadmin" create-system-properties servicelevel.demo-data.enabled=true >/dev/null
if [ -n "${option[jfr]}" ]; then   # deep stacks: the container's call chains are longer than the default 64 frames
  "$asadmin" create-jvm-options '-XX\:FlightRecorderOptions=stackdepth=1024' >/dev/null 2>&1 || true
fi
"$asadmin" deploy --name=servicelevel ear/target/servicelevel.ear >/dev/null
wait_until_up
run=$(date +%H%M%S)
calendar="Close bench 24/7 $run"
expect 201 POST calendars "{\"name\":\"$calendar\",\"timeZone\":\"Europe/Berlin\",\"effectiveFrom\":\"2020-01-01\",\"preset\":\"24/7\"}" >/dev/null
customer=CB$run
expect 201 POST customers "{\"code\":\"$customer\",\"name\":\"Close bench $run Ltd\"}" >/dev/null
terms=$(jq -n --arg calendar "$calendar" '{
  currency: "EUR", monthlyFee: 12000.00, defaultPriority: 3, graceMonths: 0,
  services: [{code: "WS", name: "Workplace support", calendar: $calendar},
             {code: "NET", name: "Network and servers", calendar: $calendar}],
  priorities: [{number: 1, name: "Critical", response: "PT15M", resolution: "PT2H", maxOverdueShare: 20},
               {number: 2, name: "High", response: "PT30M", resolution: "PT4H", maxOverdueShare: 20},
               {number: 3, name: "Normal", response: "PT2H", resolution: "PT16H", maxOverdueShare: 20},
               {number: 4, name: "Low", response: "PT4H", resolution: "PT40H", maxOverdueShare: 20}],
  metrics: [{kind: "RESOLUTION_TIME", priority: 1, weight: 0.20}, {kind: "RESOLUTION_TIME", priority: 2, weight: 0.15},
            {kind: "RESOLUTION_TIME", priority: 3, weight: 0.10}, {kind: "RESOLUTION_TIME", priority: 4, weight: 0.05},
            {kind: "OVERDUE_SHARE", priority: 1, weight: 0.20}, {kind: "OVERDUE_SHARE", priority: 2, weight: 0.15},
            {kind: "OVERDUE_SHARE", priority: 3, weight: 0.10}, {kind: "OVERDUE_SHARE", priority: 4, weight: 0.05}],
  penaltyBands: [{from: 0.8, to: 1, penaltyPercent: 0}, {from: 0.6, to: 0.8, penaltyPercent: 5},
                 {from: 0.4, to: 0.6, penaltyPercent: 10}, {from: 0, to: 0.4, penaltyPercent: 20}]}')
agreement=$(jq -n --arg customer "$customer" --argjson terms "$terms" '{number: "SLA-CLOSE-TEMPLATE", type: "SLA",
  title: "Month close bench", customer: $customer, timeZone: "Europe/Berlin", validFrom: "2026-01-01",
  reviewDate: "2099-06-30", owner: "max", terms: $terms}')
created=$(curl -sS -u "$admin" -D - -o /tmp/closebench-agreement.json -H 'Content-Type: application/json' \
          -H 'Accept: application/json' --data "$agreement" "${base}api/agreements")
grep -q '^HTTP/[0-9.]* 201' <<<"$created" || { echo "Creating the agreement: $created $(cat /tmp/closebench-agreement.json)" >&2; exit 1; }
agreement_id=$(jq -r .id /tmp/closebench-agreement.json)
etag=$(sed -n 's/^[Ee][Tt]ag: *\(.*\)\r$/\1/p' <<<"$created")
curl -sS -f -o /dev/null -u "$admin" -X POST -H "If-Match: $etag" "${base}api/agreements/$agreement_id/activate"
# The template tickets, registered on 2026-09-01 (Berlin) with the events every seeded ticket has:
# resolved, resolved and closed, in progress, new.
template() {   # template REFERENCE EVENTS-JSON
  jq -n --arg customer "$customer" --arg ref "$1" --argjson events "$2" '{customer: $customer,
    agreement: "SLA-CLOSE-TEMPLATE", service: "WS", priority: 3, title: "Month close bench template",
    externalReference: $ref, channel: "PORTAL", registeredAt: "2026-09-01T09:00:00+02:00", events: $events}'
}
progress='{"at": "2026-09-01T10:00:00+02:00", "type": "STATUS", "to": "IN_PROGRESS", "actor": "anna"}'
resolve='{"at": "2026-09-01T20:00:00+02:00", "type": "STATUS", "to": "RESOLVED", "actor": "anna"}'
close='{"at": "2026-09-04T20:00:00+02:00", "type": "STATUS", "to": "CLOSED", "actor": "anna"}'
imports=$(jq -n --argjson a "$(template bench-resolved "[$progress, $resolve]")" \
  --argjson b "$(template bench-closed "[$progress, $resolve, $close]")" \
  --argjson c "$(template bench-progress "[$progress]")" --argjson d "$(template bench-new '[]')" \
  '{tickets: [$a, $b, $c, $d]}')
expect 200 POST tickets/import "$imports" >/tmp/closebench-import.json
echo "Agreement SLA-CLOSE-TEMPLATE (id $agreement_id) with $(jq '[.. | objects | select(.outcome? == "CREATED")] | length' \
     /tmp/closebench-import.json) imported template tickets"
"$asadmin" stop-domain >/dev/null
flock -u 9; locked=

# ---- 2. the month, seeded in the database; the hand-written query ---------------------------------
echo "== Seeding ${option[tickets]} tickets of ${option[month]} across ${option[agreements]} agreements (server stopped)"
started=$(now)
db -v tickets="${option[tickets]}" -v agreements="${option[agreements]}" -v month="${option[month]}" \
   -v template="$agreement_id" -f bench/month-close-seed.sql
echo "Seeded in $(seconds "$started" "$(now)") s; database $(db -tA -c "SELECT pg_size_pretty(pg_database_size(current_database()))")"
db -v month="${option[month]}" <<'SQL'
SELECT COUNT(*) AS tickets,
       COUNT(*) FILTER (WHERE registered_at >= month_start AND registered_at < month_end) AS registered_in_month,
       COUNT(*) FILTER (WHERE registered_at < month_start) AS registered_before,
       COUNT(*) FILTER (WHERE resolved_at >= month_start AND resolved_at < month_end) AS resolved_in_month,
       COUNT(*) FILTER (WHERE registered_at < month_end AND (resolved_at IS NULL OR resolved_at >= month_end))
           AS open_at_month_end,
       COUNT(*) FILTER (WHERE resolved_at IS NULL) AS open_now
FROM ticket t JOIN bench.setting ON TRUE
WHERE t.agreement_id IN (SELECT a.agreement_id FROM bench.agreement a);
SELECT metric, state, COUNT(*) AS clocks FROM ticket_clock
WHERE ticket_id IN (SELECT id FROM bench.t) GROUP BY metric, state ORDER BY metric, state;
SQL

echo "== The hand-written query (bench/month-close-query.sql), three times"
sql_times=()
for run_number in 1 2 3; do
  time_ms=$(db -v month="${option[month]}" -c '\timing on' -f bench/month-close-query.sql -o /tmp/closebench-query.txt \
            | sed -n 's/^Time: \([0-9.]*\) ms.*/\1/p')
  sql_times+=("$(awk -v ms="$time_ms" 'BEGIN { printf "%.2f", ms / 1000 }')")
done
sql_seconds=$(printf '%s\n' "${sql_times[@]}" | sort -n | sed -n 2p)   # the median of three
echo "Query: ${sql_times[*]} s (median $sql_seconds s), $(($(wc -l </tmp/closebench-query.txt) - 4)) rows (agreement, priority)"
echo "== What the database alone needs to keep the month's ticket lines and write them as documents (bench/month-close-floor.sql)"
db -v month="${option[month]}" -f bench/month-close-floor.sql | grep -E '^(floor|Time| *[0-9])' || true
[ -z "${option[seed-only]}" ] || exit 0

# ---- 3. the jobs over REST ---------------------------------------------------------------------------
run_job() {   # run_job PATH-OR-LOCATION [KILL-AT-READ]: starts a job (POST), polls it to its end; prints "seconds execution"
  local start=$1 kill_after=${2:-} started location id state code
  started=$(now)
  if [[ $start == /* ]]; then   # a restart: POST the job's restart
    location=$(curl -sS "${auth[@]}" -X POST -D - -o /dev/null "${base}api${start}/restart" | sed -n 's/^[Ll]ocation: *\(.*\)\r$/\1/p')
  else
    location=$(curl -sS "${auth[@]}" -X POST -H 'Content-Type: application/json' --data "{\"month\": \"${option[month]}\"}" \
               -D - -o /tmp/closebench-start.json "${base}api/$start" | sed -n 's/^[Ll]ocation: *\(.*\)\r$/\1/p')
  fi
  [ -n "$location" ] || { echo "No Location starting $start: $(cat /tmp/closebench-start.json 2>/dev/null)" >&2; return 1; }
  id=${location##*/}
  while :; do
    code=$(curl -sS "${auth[@]}" -o /tmp/closebench-job.json -w '%{http_code}' -H 'Accept: application/json' \
           "${base}api/jobs/$id" || true)
    state=$(jq -r '.state // empty' /tmp/closebench-job.json 2>/dev/null || true)
    case "$state" in COMPLETED|FAILED|STOPPED|ABANDONED) break ;; esac
    if [ -n "$kill_after" ] && [ "$code" = 200 ] && [ "$state" = STARTED ] \
       && awk -v a="$(seconds "$started" "$(now)")" -v b="$kill_after" 'BEGIN { exit !(a >= b) }'; then
      echo "kill $(seconds "$started" "$(now)") $id $(jq -r '[.steps[] | "\(.name) \(.state), read \(.read)"] | join("; ")' /tmp/closebench-job.json)"
      return 0
    fi
    if [ "$(seconds "$started" "$(now)" | cut -d. -f1)" -gt "${option[timeout]}" ]; then
      echo "Job $id still $state after ${option[timeout]} s" >&2; return 1
    fi
    sleep 0.5
  done
  cp /tmp/closebench-job.json "/tmp/closebench-job-$id.json"
  echo "$state $(seconds "$started" "$(now)") $id $(seconds "$(date -d "$(jq -r .startedAt /tmp/closebench-job.json)" +%s.%N)" \
       "$(date -d "$(jq -r .endedAt /tmp/closebench-job.json)" +%s.%N)")"
}
describe_job() {   # describe_job ID: the job's own start and end, its steps' read and written items
  jq -r '"  \(.job) execution \(.id): \(.state) (\(.exitStatus)), started \(.startedAt), ended \(.endedAt); steps: \([.steps[]
          | "\(.name) read \(.read), written \(.written), skipped \(.skipped) (\(.startedAt) to \(.endedAt))"] | join("; "))"' \
     "/tmp/closebench-job-$1.json"
}
results() {   # the month's stored results, without what differs between runs (number, revision, instants)
  db -tA -v month="${option[month]}" <<'SQL' | jq -S 'walk(if type == "object" then del(.computedAt, .number, .sequence) else . end)'
SELECT COALESCE(json_agg(json_build_object('agreement', agreement_number, 'state', state, 'qos', qos_score, 'band', band,
       'bandPenaltyPercent', band_penalty_percent, 'penalty', penalty, 'total', total, 'document', document::JSON)
       ORDER BY agreement_number, sequence_number), '[]')
FROM month_result WHERE result_month = :'month';
SQL
}

take_lock
echo "== Jobs over REST on $database"
started=$(now)
"$asadmin" start-domain >/dev/null
wait_until_up
echo "Server up in $(seconds "$started" "$(now)") s"
# The jobs are started and polled with an API token, as an integration would: a password sign-in
# derives its PBKDF2 hash on every request, which took a sixth of the server's CPU while it polled.
token=$(expect 201 POST me/tokens '{"name": "month-close benchmark", "validDays": 1}' | jq -r .secret)
auth=(-H "Authorization: Bearer $token")
# The stored clocks of a sample of seeded tickets against the clocks the application computes afresh
# from their histories (GET /api/tickets/{id}/clocks): the state and counted time of every stopped clock.
checked=0; differing=0
for ticket in $(db -tA -c "SELECT id FROM (SELECT DISTINCT ON (t.status, c.state) t.id FROM bench.t b JOIN ticket t ON t.id = b.id
                           JOIN ticket_clock c ON c.ticket_id = t.id AND c.metric = 'resolution'
                           ORDER BY t.status, c.state, t.id) s"); do
  computed=$(expect 200 GET "tickets/$ticket/clocks" | jq -c '[.[] | select(.metric == "response" or .metric == "resolution")
    | {metric, state, elapsed: (.elapsed | capture("^PT((?<h>[0-9]+)H)?((?<m>[0-9]+)M)?((?<s>[0-9]+)S)?$")
      | ((.h // "0" | tonumber) * 3600 + (.m // "0" | tonumber) * 60 + (.s // "0" | tonumber)))}] | sort_by(.metric)')
  stored=$(db -tA -c "SELECT json_agg(json_build_object('metric', metric, 'state', state, 'elapsed', elapsed_seconds)
                      ORDER BY metric) FROM ticket_clock WHERE ticket_id = $ticket AND metric IN ('response', 'resolution')")
  for metric in response resolution; do
    a=$(jq -c --arg m "$metric" '.[] | select(.metric == $m)' <<<"$computed")
    b=$(jq -c --arg m "$metric" '.[] | select(.metric == $m)' <<<"$stored")
    case "$(jq -r .state <<<"$b")" in RUNNING|PAUSED) continue ;; esac   # counted up to another instant
    [ "$(jq -r .state <<<"$b")" = BREACHED ] && [ "$(db -tA -c "SELECT resolved_at IS NULL FROM ticket WHERE id = $ticket")" = t ] \
      && a=$(jq -c 'del(.elapsed)' <<<"$a") && b=$(jq -c 'del(.elapsed)' <<<"$b")   # an open ticket's clock runs on
    checked=$((checked + 1))
    [ "$a" = "$b" ] || { differing=$((differing + 1)); echo "  ticket $ticket $metric: stored $b, computed $a"; }
  done
done
echo "Stored clocks against the computed ones: $checked compared, $differing differ"
jobs_cpu=$(cpu_sample)
if [ -n "${option[jfr]}" ]; then   # a flight recording of the server while the two jobs run, for profiling
  jcmd "$(server_pid)" JFR.start name=close settings=profile filename="${option[jfr]}" >/dev/null
fi
read -r report_state report_seconds report_id report_own <<<"$(run_job reports/monthly)"
describe_job "$report_id"
read -r adjust_state adjust_seconds adjust_id adjust_own <<<"$(run_job reports/adjustment)"
describe_job "$adjust_id"
jobs_steal=$(steal_since "$jobs_cpu")
[ -z "${option[jfr]}" ] || jcmd "$(server_pid)" JFR.stop name=close >/dev/null
results >/tmp/closebench-results.json
echo "Results stored for ${option[month]}: $(jq length /tmp/closebench-results.json); totals $(db -tA -v month="${option[month]}" \
     <<<"SELECT SUM(total) || ' ' || MIN(currency) || ', penalties ' || SUM(penalty) FROM month_result WHERE result_month = :'month'")"
# The report job's per-priority figures (the latest result of each agreement) against the hand-written query's.
{ echo "CREATE TEMP TABLE hand AS"; cat bench/month-close-query.sql; cat <<'SQL'; } | db -v month="${option[month]}"
CREATE TEMP TABLE job AS
SELECT r.agreement_id, (p->>'number')::INTEGER AS priority_number, (p->>'accepted')::BIGINT AS accepted,
       (p->>'resolved')::BIGINT AS resolved,
       ROUND((p->'averageSeconds'->>'numerator')::NUMERIC / (p->'averageSeconds'->>'denominator')::NUMERIC, 2)
           AS average_seconds,
       (p->>'overdue')::BIGINT AS overdue, ROUND((p->>'overdueSharePercent')::NUMERIC, 2) AS overdue_percent,
       jsonb_array_length(p->'openAtMonthEnd')::BIGINT AS open_at_month_end
FROM (SELECT DISTINCT ON (agreement_id) agreement_id, document::JSONB AS document FROM month_result
      WHERE result_month = :'month' ORDER BY agreement_id, sequence_number DESC) r
CROSS JOIN LATERAL jsonb_array_elements(r.document->'report'->'priorities') p;
DELETE FROM job WHERE accepted = 0 AND resolved = 0 AND open_at_month_end = 0;   -- the query has no row for them
\echo Per-priority figures of the report job against the hand-written query (rows of agreement and priority):
SELECT (SELECT COUNT(*) FROM hand) AS query_rows, (SELECT COUNT(*) FROM job) AS job_rows,
       (SELECT COUNT(*) FROM (SELECT * FROM hand EXCEPT SELECT * FROM job) d) AS only_in_query,
       (SELECT COUNT(*) FROM (SELECT * FROM job EXCEPT SELECT * FROM hand) d) AS only_in_job;
SELECT * FROM (SELECT 'query' AS side, * FROM (SELECT * FROM hand EXCEPT SELECT * FROM job) d
               UNION ALL SELECT 'job', * FROM (SELECT * FROM job EXCEPT SELECT * FROM hand) d) x
ORDER BY 2, 3, 1 LIMIT 10 \g (footer=off tuples_only=on)
SQL

if [ -n "${option[workers-also]}" ]; then
  # The same report job once more with another number of workers (servicelevel.reports.workers, read when
  # a step starts), for a ratio of the two within one run on one machine.
  "$asadmin" set-config-property --propertyName=servicelevel.reports.workers \
             --propertyValue="${option[workers-also]}" --source=domain >/dev/null
  echo "== Report job again with servicelevel.reports.workers=${option[workers-also]}"
  read -r other_state other_seconds other_id other_own <<<"$(run_job reports/monthly)"
  describe_job "$other_id"
  "$asadmin" delete-config-property --propertyName=servicelevel.reports.workers --source=domain >/dev/null
  # The first run of a started server also pays for warming up (JIT, caches): the default once more,
  # so the two numbers of workers compare warm against warm.
  echo "== Report job again with the default servicelevel.reports.workers, warm"
  read -r warm_state warm_seconds warm_id warm_own <<<"$(run_job reports/monthly)"
  describe_job "$warm_id"
fi

if [ -n "${option[kill-at]}" ]; then
  # The steps' counts of a running step stay at 0 until the step ends (the job repository keeps them
  # then), so the kill is timed: at P % of the last uninterrupted run's time from its POST to its end.
  timed=${warm_seconds:-$report_seconds}   # after --workers-also the server is warm: timed against its warm run
  kill_after=$(awk -v t="$timed" -v p="${option[kill-at]}" 'BEGIN { printf "%.1f", t * p / 100 }')
  echo "== Report job again, killed (kill -9) at ${option[kill-at]} % of the uninterrupted run's $timed s: after $kill_after s"
  read -r what killed_after killed_id killed_steps <<<"$(run_job reports/monthly "$kill_after")"
  [ "$what" = kill ] || { echo "The job ended ($what) before $kill_after s" >&2; exit 1; }
  kill -9 "$(server_pid)"
  db -tA <<SQL
SELECT 'At the kill the run had ' || COUNT(*) FILTER (WHERE complete) || ' complete collections of ' || COUNT(*)
       || ' begun (' || COALESCE(SUM(tickets), 0) || ' tickets kept), ' || COUNT(closed_at) || ' closed into results'
FROM month_close_collection
WHERE run_id = (SELECT MAX(run_id) FROM month_close_collection);
SQL
  echo "Killed the server ${killed_after} s after the start, job execution $killed_id (steps as read then: $killed_steps)"
  sleep 2
  started=$(now)
  "$asadmin" start-domain >/dev/null
  wait_until_up
  echo "Server up again in $(seconds "$started" "$(now)") s"
  read -r restart_state restart_seconds restart_id restart_own <<<"$(run_job "/jobs/$killed_id")"
  describe_job "$restart_id"
  echo "Restarted job: $restart_state in $restart_seconds s"
  results >/tmp/closebench-results-restarted.json
  if diff -q /tmp/closebench-results.json /tmp/closebench-results-restarted.json >/dev/null; then
    echo "Stored results after the killed and restarted run: the same as the uninterrupted run's ($(jq length /tmp/closebench-results.json) results)"
  else
    echo "Stored results after the killed and restarted run DIFFER from the uninterrupted run's:"
    diff /tmp/closebench-results.json /tmp/closebench-results-restarted.json | head -40
  fi
fi
"$asadmin" stop-domain >/dev/null
flock -u 9; locked=

echo "== Summary (${option[tickets]} tickets, ${option[agreements]} agreements, ${option[month]})"
echo "Report job ($report_state): $report_seconds s from POST to its end (polled every 0.5 s); $report_own s from its startedAt to its endedAt"
if [ -n "${option[workers-also]}" ]; then
  echo "Report job with servicelevel.reports.workers=${option[workers-also]}, warm ($other_state): $other_seconds s from POST to its end; $other_own s from its startedAt to its endedAt"
  echo "Report job with the default workers, warm ($warm_state): $warm_seconds s from POST to its end; $warm_own s from its startedAt to its endedAt"
fi
echo "Adjustment job ($adjust_state): $adjust_seconds s from POST to its end; $adjust_own s from its startedAt to its endedAt"
echo "Hand-written SQL query: $sql_seconds s (median of ${sql_times[*]})"
echo "Report job / SQL query: $(awk -v a="$report_seconds" -v b="$sql_seconds" 'BEGIN { printf "%.1f", a / b }')"
echo "CPU steal while both jobs ran: $jobs_steal %; load average at the end $(cut -d' ' -f1-3 /proc/loadavg)"
