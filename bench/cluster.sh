#!/usr/bin/env bash
# Load run for two instances: publishes the site, starts Redis and two instances (A, B) on loopback sharing one fresh
# SQLite database, runs sign-up journeys spread over both (bench/ClusterLoad), kills A with SIGKILL part-way and
# restarts it, then checks every accepted submission against the database: each one there, none twice. Writes the
# result to bench/RESULTS.md between <!-- bench:cluster:start --> and <!-- bench:cluster:end --> only.
#
#   bench/cluster.sh                      # defaults: 12 users, 45 s of load, A killed after 20 s
#   USERS=16 SECONDS_OF_LOAD=60 KILL_AFTER=20 bench/cluster.sh
#   SITE_DIR=artifacts/site bench/cluster.sh  # use a site already published (by test.sh) instead of publishing
#
# Bounded: about 4 minutes (publish, start-up, load, checks); every process it starts is stopped on exit.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
OUT="$ROOT/bench/out/cluster"
USERS=${USERS:-12}
SECONDS_OF_LOAD=${SECONDS_OF_LOAD:-45}
KILL_AFTER=${KILL_AFTER:-20}
RESTART_AFTER=${RESTART_AFTER:-2}   # seconds between the kill and the restart, as a process supervisor would wait
RESULTS="$ROOT/bench/RESULTS.md"

# --- helpers (kept here; bench/lib.sh belongs to the single-instance bench) ---
cluster_free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'; }
cluster_now_ms() { echo $(( $(date +%s%N) / 1000000 )); }
script_start=$(date +%s)
say() { echo "[+$(( $(date +%s) - script_start ))s] $*"; }
cluster_wait_ready() { # URL TIMEOUT_SECONDS
  local deadline=$(( $(date +%s) + $2 ))
  while [ "$(date +%s)" -lt "$deadline" ]; do
    [ "$(curl -s -o /dev/null -w '%{http_code}' --max-time 2 "$1/health/ready" 2>/dev/null)" = "200" ] && return 0
    sleep 0.1
  done
  return 1
}
cluster_start_instance() { # NAME PORT; sets started_pid
  ( cd "$OUT/site" && exec dotnet "$OUT/site/PledgeSite.Web.dll" --urls "http://127.0.0.1:$2" >>"$OUT/$1.log" 2>&1 ) &
  started_pid=$!; pids+=("$started_pid")
}

missing=()
for tool in redis-server sqlite3 curl python3; do command -v "$tool" >/dev/null 2>&1 || missing+=("$tool"); done
if [ ${#missing[@]} -gt 0 ]; then
  pkgs=("${missing[@]/redis-server/redis-server}"); SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -qq >/dev/null && DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${pkgs[@]}" >/dev/null
fi

rm -rf "$OUT"; mkdir -p "$OUT"
pids=()
cleanup() {
  for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done
  wait 2>/dev/null || true
}
trap cleanup EXIT

load_before=$(uptime)
started_at=$(date -u '+%Y-%m-%d %H:%M UTC')
commit=$(git log -1 --format='%h %s' 2>/dev/null | cut -c1-72)
git diff --quiet 2>/dev/null || commit="$commit (with uncommitted changes)"

if [ -n "${SITE_DIR:-}" ]; then
  [ -f "$SITE_DIR/PledgeSite.Web.dll" ] || { echo "No PledgeSite.Web.dll in SITE_DIR=$SITE_DIR"; exit 1; }
  say "Using the site published in $SITE_DIR; building the load client..."
  cp -r "$SITE_DIR" "$OUT/site"
else
  say "Publishing the site and building the load client..."
  dotnet publish src/PledgeSite.Web -c Release -o "$OUT/site" >"$OUT/publish.log" 2>&1 || { tail -20 "$OUT/publish.log"; exit 1; }
fi
dotnet build bench/ClusterLoad -c Release -o "$OUT/load" >"$OUT/load-build.log" 2>&1 || { tail -20 "$OUT/load-build.log"; exit 1; }

redis_port=$(cluster_free_port)
redis-server --port "$redis_port" --bind 127.0.0.1 --save "" --appendonly no >"$OUT/redis.log" 2>&1 &
pids+=($!)
port_a=$(cluster_free_port); port_b=$(cluster_free_port)
while [ "$port_b" = "$port_a" ]; do port_b=$(cluster_free_port); done

export ASPNETCORE_ENVIRONMENT=Production
export Logging__LogLevel__Default=Warning
export ConnectionStrings__Sqlite="Data Source=$OUT/site.db"
export Redis__Configuration="127.0.0.1:$redis_port"
export Email__PickupDirectory="$OUT/mail-pickup"
export Email__SmtpHost=""
export Email__PublicBaseUrl="https://pledge.example.org"
export Media__StoragePath="$OUT/media"
# Outbox leases left by the killed instance expire after this (default 2 minutes), so the run can wait for every email.
export Email__LeaseDuration=00:00:20
# The load comes from one address: raise the limits so they are not what is measured.
export RateLimits__FormPostsPerMinute=10000000
export RateLimits__SignInPostsPerMinute=10000000

say "Starting A on $port_a (migrates and seeds the fresh database), then B on $port_b..."
cluster_start_instance a "$port_a"; pid_a=$started_pid
cluster_wait_ready "http://127.0.0.1:$port_a" 120 || { echo "A did not become ready"; tail -20 "$OUT/a.log"; exit 1; }
cluster_start_instance b "$port_b"; pid_b=$started_pid
cluster_wait_ready "http://127.0.0.1:$port_b" 120 || { echo "B did not become ready"; tail -20 "$OUT/b.log"; exit 1; }

say "Load: $USERS users for ${SECONDS_OF_LOAD}s over A and B; A gets SIGKILL after ${KILL_AFTER}s and is restarted ${RESTART_AFTER}s later..."
load_start_ms=$(cluster_now_ms)
dotnet "$OUT/load/ClusterLoad.dll" --a "http://127.0.0.1:$port_a" --b "http://127.0.0.1:$port_b" \
  --users "$USERS" --seconds "$SECONDS_OF_LOAD" --out "$OUT" >"$OUT/load.log" 2>&1 &
load_pid=$!; pids+=("$load_pid")

sleep "$KILL_AFTER"
pledges_at_kill=$(sqlite3 "$OUT/site.db" "PRAGMA busy_timeout=5000; SELECT COUNT(*) FROM Pledge;" | tail -1)
kill -KILL "$pid_a"; kill_ms=$(cluster_now_ms)
wait "$pid_a" 2>/dev/null || true
leases_left_by_a=$(sqlite3 "$OUT/site.db" "PRAGMA busy_timeout=5000; SELECT COUNT(*) FROM OutboxMessages WHERE LeaseOwner LIKE '%:$pid_a:%' AND SentUtc IS NULL;" | tail -1)
sleep "$RESTART_AFTER"
cluster_start_instance a "$port_a"; pid_a=$started_pid
cluster_wait_ready "http://127.0.0.1:$port_a" 120 || { echo "A did not come back"; tail -20 "$OUT/a.log"; exit 1; }
ready_ms=$(cluster_now_ms)
say "A killed at +$(( (kill_ms - load_start_ms) / 1000 ))s, ready again after $(( ready_ms - kill_ms )) ms."

wait "$load_pid" || { echo "The load client failed"; cat "$OUT/load.log"; exit 1; }
cat "$OUT/load.log"
say "Load finished; waiting for the outbox to send every confirmation email..."

# Let the outbox finish the confirmation emails (both instances send; leases of the killed A expire after 20 s).
email_deadline=$(( $(date +%s) + 60 ))
while [ "$(date +%s)" -lt "$email_deadline" ]; do
  unsent=$(sqlite3 "$OUT/site.db" "PRAGMA busy_timeout=5000; SELECT COUNT(*) FROM OutboxMessages WHERE SentUtc IS NULL AND FailedUtc IS NULL;" | tail -1)
  [ "$unsent" = "0" ] && break
  sleep 1
done
kill -TERM "$pid_a" "$pid_b" 2>/dev/null || true
wait "$pid_a" "$pid_b" 2>/dev/null || true

say "Checking the database..."
# --- checks against the database ---
sqlite3 "$OUT/site.db" >"$OUT/checks.txt" <<SQL
PRAGMA busy_timeout=5000;
CREATE TEMP TABLE accepted(id TEXT);
.mode tabs
.import $OUT/accepted.txt accepted
.mode list
.separator =
SELECT 'accepted_rows', COUNT(*) FROM accepted;
SELECT 'accepted_distinct', COUNT(DISTINCT id) FROM accepted;
SELECT 'accepted_in_db', COUNT(*) FROM accepted a JOIN SignUpJourney j ON j.Id = upper(a.id) JOIN Pledge p ON p.Id = j.PledgeId;
SELECT 'accepted_missing', COUNT(*) FROM accepted a LEFT JOIN SignUpJourney j ON j.Id = upper(a.id) LEFT JOIN Pledge p ON p.Id = j.PledgeId WHERE p.Id IS NULL;
SELECT 'pledges', COUNT(*) FROM Pledge WHERE OrganisationName LIKE 'Cluster load %';
SELECT 'pledge_names_twice', COUNT(*) FROM (SELECT OrganisationName FROM Pledge WHERE OrganisationName LIKE 'Cluster load %' GROUP BY OrganisationName HAVING COUNT(*) > 1);
SELECT 'journeys_sharing_a_pledge', COUNT(*) FROM (SELECT PledgeId FROM SignUpJourney WHERE PledgeId IS NOT NULL GROUP BY PledgeId HAVING COUNT(*) > 1);
SELECT 'pledges_without_journey', COUNT(*) FROM Pledge p WHERE p.OrganisationName LIKE 'Cluster load %' AND NOT EXISTS (SELECT 1 FROM SignUpJourney j WHERE j.PledgeId = p.Id);
SELECT 'pledges_not_reported_accepted', COUNT(*) FROM SignUpJourney j WHERE j.PledgeId IS NOT NULL AND upper(j.Id) NOT IN (SELECT upper(id) FROM accepted);
SELECT 'references_twice', COUNT(*) FROM (SELECT Reference FROM Pledge GROUP BY Reference HAVING COUNT(*) > 1);
SELECT 'emails', COUNT(*) FROM OutboxMessages;
SELECT 'emails_sent', COUNT(*) FROM OutboxMessages WHERE SentUtc IS NOT NULL;
SELECT 'emails_failed', COUNT(*) FROM OutboxMessages WHERE FailedUtc IS NOT NULL;
SQL
cat "$OUT/checks.txt"
val() { grep -E "^$1=" "$OUT/summary.txt" "$OUT/checks.txt" -h | tail -1 | cut -d= -f2; }

seconds=$(val seconds); accepted=$(val accepted); requests=$(val requests)
rate=$(python3 -c "print(f'{$accepted / $seconds:.1f}')")
rps=$(python3 -c "print(f'{$requests / $seconds:.0f}')")
kill_s=$(python3 -c "print(f'{($kill_ms - $load_start_ms) / 1000:.0f}')")
down_ms=$(( ready_ms - kill_ms ))
# Connection failures and 5xx answers in the window from the kill to 5 s after A was ready again, and outside it.
read -r fail_window fail_outside < <(awk -F'\t' -v k="$kill_ms" -v r="$ready_ms" \
  '{ if ($1 >= k && $1 <= r + 5000) w++; else o++ } END { print w+0, o+0 }' "$OUT/failures.tsv")
read -r err_window err_outside < <(awk -F'\t' -v k="$kill_ms" -v r="$ready_ms" \
  '$3 >= 500 { if ($1 >= k && $1 <= r + 5000) w++; else o++ } END { print w+0, o+0 }' "$OUT/unexpected.tsv")
other_unexpected=$(awk -F'\t' '$3 < 500' "$OUT/unexpected.tsv" | wc -l)
load_after=$(uptime)
wall=$(( $(date +%s) - script_start ))

verdict="**PASS**: every accepted submission is in the database, none twice."
if [ "$(val accepted_missing)" != "0" ] || [ "$(val pledge_names_twice)" != "0" ] || [ "$(val journeys_sharing_a_pledge)" != "0" ] \
   || [ "$(val accepted_distinct)" != "$(val accepted_rows)" ] || [ "$(val references_twice)" != "0" ] || [ "${accepted:-0}" = "0" ]; then
  verdict="**FAIL**: accepted submissions missing or duplicated (see the counts)."
fi

section=$(cat <<MD
<!-- bench:cluster:start -->
## Two instances, one killed (\`bench/cluster.sh\`)

Run $started_at at commit \`$commit\`: the site published in Release, \`ASPNETCORE_ENVIRONMENT=Production\`, two
instances (A and B) on loopback sharing one fresh SQLite file and one Redis (output cache, rate-limit counters), email
to the pickup folder through the outbox. $USERS virtual users walked the whole sign-up journey (20 requests: start,
every question, a target, check your answers) for ${SECONDS_OF_LOAD} s, each request sent to A or B in turn as a
round-robin balancer would, failing over to the other instance when a connection failed. A was killed with SIGKILL
${kill_s} s in (with $pledges_at_kill pledges made) and restarted ${RESTART_AFTER} s later; it answered \`/health/ready\`
again ${down_ms} ms after the kill. The whole script took ${wall} s. 2 shared cores: compare runs on the same machine, not absolute figures.

- Load before: \`$load_before\`
- Load after: \`$load_after\`

| measure | value |
| --- | ---: |
| journeys started / submissions accepted (302 to the confirmation page) | $(val journeys_started) / $accepted |
| accepted submissions per second / requests per second (both instances) | $rate / $rps |
| requests answered by A / by B | $(val requests_a) / $(val requests_b) |
| connection failures (retried on the other instance): from the kill to 5 s after A was back / at other times | $fail_window / $fail_outside |
| 5xx answers: from the kill to 5 s after A was back / at other times | $err_window / $err_outside |
| other unexpected answers (journey abandoned) | $other_unexpected |
| submissions accepted after a retry on the other instance | $(val accepted_after_retry) |
| accepted submissions found in the database (journey → pledge) | $(val accepted_in_db) of $(val accepted_rows) |
| accepted submissions missing from the database | $(val accepted_missing) |
| pledges made twice (same organisation) / journeys sharing a pledge / references used twice | $(val pledge_names_twice) / $(val journeys_sharing_a_pledge) / $(val references_twice) |
| pledges in the database / of them never reported accepted to the client | $(val pledges) / $(val pledges_not_reported_accepted) |
| confirmation emails queued / sent / failed (outbox, leases; killed A's lease expires) | $(val emails) / $(val emails_sent) / $(val emails_failed) |
| unsent outbox rows leased by A at the moment it was killed | $leases_left_by_a |

$verdict
<!-- bench:cluster:end -->
MD
)

[ -f "$RESULTS" ] || printf '# Benchmark results\n\n' >"$RESULTS"
SECTION="$section" python3 - "$RESULTS" <<'PY'
import os, re, sys
path = sys.argv[1]
text = open(path, encoding="utf-8").read()
section = os.environ["SECTION"]
pattern = re.compile(r"<!-- bench:cluster:start -->.*?<!-- bench:cluster:end -->", re.S)
text = pattern.sub(lambda _: section, text) if pattern.search(text) else text.rstrip("\n") + "\n\n" + section + "\n"
open(path, "w", encoding="utf-8").write(text)
PY
say "Wrote the cluster section of bench/RESULTS.md."
echo "$verdict"
case "$verdict" in *PASS*) exit 0 ;; *) exit 1 ;; esac
