#!/usr/bin/env bash
# The single-instance benchmark (issue 9): publishes the site in Release, creates a fresh SQLite database with
# 10,000 demo signatories, starts the site in Production on loopback beside nginx serving the home page's HTML as a
# static file, runs wrk against the public pages, the API and the sign-up POST, measures start-up time, memory and
# first-visit page weight, and rewrites its part of bench/RESULTS.md. Start-up time and idle memory are also measured,
# twice and alternately, for a bare Umbraco 18 (bench/BareUmbraco: Umbraco's own template, same packages) and read as
# ratios to it. Takes about 10 minutes (the first publish of each, ReadyToRun, a few more); not part of ./test.sh.
#
#   bench/run.sh                  full run
#   BENCH_SECONDS=5 bench/run.sh  shorter wrk runs (default 10 s each)
#   BENCH_SKIP_PUBLISH=1 ...      reuse bench/out/site from the last run (while tuning)
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
. bench/lib.sh

SECONDS_EACH=${BENCH_SECONDS:-10}
SIGNATORIES=${BENCH_SIGNATORIES:-10000}
JOURNEYS=${BENCH_JOURNEYS:-20000}
OUT=$ROOT/bench/out
SITE=$OUT/site
DATA=$OUT/data
export BENCH_LOG=$OUT/wrk.log

bench_need_tools wrk nginx curl python3 sqlite3
[ -f node_modules/.package-lock.json ] || npm ci --no-audit --no-fund

uptime_before=$(uptime)
started_at=$(date -u '+%Y-%m-%d %H:%M UTC')
commit=$(git rev-parse --short HEAD 2>/dev/null || echo unknown)
[ -n "$(git status --porcelain 2>/dev/null | grep -v '^?? bench/out' || true)" ] && commit="$commit (with uncommitted changes)"

if [ "${BENCH_SKIP_PUBLISH:-}" != "1" ] || [ ! -f "$SITE/PledgeSite.Web.dll" ]; then
  echo "Publishing in Release..."
  rm -rf "$SITE"; mkdir -p "$OUT"
  # ReadyToRun (precompiled code, as the README's deployment section recommends) for a quick start.
  dotnet publish src/PledgeSite.Web -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true -o "$SITE" \
    -v quiet -nologo >"$OUT/publish.log" 2>&1 || { cat "$OUT/publish.log"; exit 1; }
fi

BARE=$OUT/bare-umbraco
if [ "${BENCH_SKIP_PUBLISH:-}" != "1" ] || [ ! -f "$BARE/BareUmbraco.dll" ]; then
  echo "Publishing the bare Umbraco reference in Release..."
  rm -rf "$BARE"
  dotnet publish bench/BareUmbraco -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true -o "$BARE" \
    -v quiet -nologo >"$OUT/publish-bare.log" 2>&1 || { cat "$OUT/publish-bare.log"; exit 1; }
fi

rm -rf "$DATA" "$OUT/nginx" "$BENCH_LOG"
mkdir -p "$DATA" "$OUT/nginx/html"
PORT=$(bench_free_port)
BASE=http://127.0.0.1:$PORT
export ASPNETCORE_ENVIRONMENT=Production
export ConnectionStrings__Sqlite="Data Source=$DATA/pledgesite.db"
export Email__PickupDirectory=$DATA/mail-pickup
export Email__PublicBaseUrl=$BASE
export Media__StoragePath=$DATA/media
# One address sends every request in the benchmark: lift the per-address limits for the run only.
export RateLimits__FormPostsPerMinute=100000000 RateLimits__SignInPostsPerMinute=100000000 RateLimits__ApiRequestsPerMinute=100000000
export Logging__LogLevel__Default=Warning
# Umbraco, as a deployment configures it (README, "Deploy"): its own SQLite database beside ours, installed
# unattended with an administrator from the environment, over plain http on loopback.
export ConnectionStrings__umbracoDbDSN="Data Source=$DATA/umbraco.db;Cache=Shared;Foreign Keys=True;Pooling=True"
export ConnectionStrings__umbracoDbDSN_ProviderName=Microsoft.Data.Sqlite
export Umbraco__CMS__Unattended__InstallUnattended=true Umbraco__CMS__Unattended__UnattendedUserName="Bench administrator"
export Umbraco__CMS__Unattended__UnattendedUserEmail=bench@example.org Umbraco__CMS__Unattended__UnattendedUserPassword=bench-only-password-0123
export Umbraco__CMS__Imaging__HMACSecretKey=YmVuY2gtb25seS1pbWFnaW5nLWtleS1ub3QtYS1zZWNyZXQtMDEyMzQ1Njc4OWFiY2RlZg==
export Umbraco__CMS__Global__UseHttps=false Umbraco__CMS__WebRouting__UmbracoApplicationUrl=$BASE
export Serilog__MinimumLevel__Default=Warning

echo "Creating the database with $SIGNATORIES demo signatories and $JOURNEYS finished sign-up journeys..."
seed_start=$(bench_now_ms)
(cd "$SITE" && dotnet PledgeSite.Web.dll demo-data --signatories "$SIGNATORIES" --sign-up-journeys "$JOURNEYS" \
  --journey-ids "$DATA/journeys.txt" --force) | tail -2
seed_seconds=$(( ($(bench_now_ms) - seed_start) / 1000 ))

site_pid=""; bare_pid=""; nginx_dir=$OUT/nginx
cleanup() {
  [ -n "$site_pid" ] && kill "$site_pid" 2>/dev/null && wait "$site_pid" 2>/dev/null
  [ -n "$bare_pid" ] && kill "$bare_pid" 2>/dev/null && wait "$bare_pid" 2>/dev/null
  bench_stop_nginx "$nginx_dir"
  return 0
}
trap cleanup EXIT

# Both answer Umbraco's server status once Umbraco runs: the same first 200 for the site and the bare reference.
STATUS=/umbraco/management/api/v1/server/status
# started DIR DLL URL LOG: starts an application and waits for Umbraco to run; sets started_pid and started_ms.
started() {
  local launch; launch=$(bench_now_ms)
  (cd "$1" && exec dotnet "$2" --urls "$3") >"$4" 2>&1 &
  started_pid=$!
  bench_wait_run "$3$STATUS" 120 || { echo "$2 did not start"; cat "$4"; exit 1; }
  started_ms=$(( $(bench_now_ms) - launch ))
}
# quiet_rss PID: resident memory after the application has been left alone for BENCH_QUIET_SECONDS.
quiet_rss() { sleep "${BENCH_QUIET_SECONDS:-10}"; bench_rss_mb "$1"; }
stop() { kill "$1" 2>/dev/null; wait "$1" 2>/dev/null || true; }

# First starts install Umbraco into the empty databases (not measured); then each is started twice, alternately, and
# timed from launch to Umbraco running, and its memory read once it has been quiet.
BARE_DATA=$BARE/umbraco/Data
rm -rf "$BARE_DATA"
echo "Installing Umbraco for the bare reference and the site (first starts, not measured)..."
started "$BARE" BareUmbraco.dll "$BASE" "$OUT/bare.log"; bare_pid=$started_pid; stop "$bare_pid"; bare_pid=""
started "$SITE" PledgeSite.Web.dll "$BASE" "$OUT/site.log"; site_pid=$started_pid; stop "$site_pid"; site_pid=""
# start_three DIR DLL LOG: three starts in a row, the first two stopped at once, the third left running (started_pid);
# started_ms is the median of the three and started_all lists them (start-up varies by a second from start to start).
start_three() {
  local times=() k
  for k in 1 2 3; do
    started "$1" "$2" "$BASE" "$3"; times+=("$started_ms")
    [ "$k" = 3 ] || stop "$started_pid"
  done
  started_ms=$(printf '%s\n' "${times[@]}" | sort -n | sed -n 2p)
  started_all=$(IFS=/; echo "${times[*]}")
}
startup_rounds=""
for round in 1 2; do
  start_three "$BARE" BareUmbraco.dll "$OUT/bare.log"; bare_pid=$started_pid; bare_ms=$started_ms; bare_all=$started_all
  bare_rss=$(quiet_rss "$bare_pid"); stop "$bare_pid"; bare_pid=""
  start_three "$SITE" PledgeSite.Web.dll "$OUT/site.log"; site_pid=$started_pid; site_ms=$started_ms; site_all=$started_all
  site_rss=$(quiet_rss "$site_pid")
  echo "Round $round: bare Umbraco $bare_all ms, $bare_rss MB; the site $site_all ms, $site_rss MB ($(cut -d' ' -f1-3 /proc/loadavg))"
  startup_rounds="$startup_rounds${startup_rounds:+;}$bare_ms,$bare_rss,$site_ms,$site_rss,$(cut -d' ' -f1 /proc/loadavg),$bare_all,$site_all"
  [ "$round" = 2 ] || { stop "$site_pid"; site_pid=""; }
done
# The second start of the site stays up for the runs below.
startup_ms=$site_ms
bench_wait_200 "$BASE/health" 60 || { echo "The site did not answer /health"; cat "$OUT/site.log"; exit 1; }
echo "Umbraco running in the site after $startup_ms ms"

# The pages to measure. A signatory from the middle of the set; the directory searched by a word and filtered by
# type; the action plan filtered by theme.
signatory_slug=$(sqlite3 "$DATA/pledgesite.db" "SELECT Slug FROM Pledge WHERE Reference LIKE 'DEMO-%' ORDER BY Id LIMIT 1 OFFSET $((SIGNATORIES / 2))")
content_path=/vision
directory_path="/signatories?q=trust&type=charity-or-voluntary-group"
api_path="/api/v1/signatories?type=business&page=2"
action_plan_path="/action-plan?theme=health"
for path in / "$content_path" "/signatories/$signatory_slug" "$directory_path" "$api_path" "$action_plan_path"; do
  code=$(curl -s -o /dev/null -w '%{http_code}' "$BASE$path")
  [ "$code" = "200" ] || { echo "$path answered $code"; exit 1; }
  for _ in 1 2 3; do curl -s -o /dev/null -H 'Accept-Encoding: br, gzip' "$BASE$path"; done
done

# nginx serves the same bytes as the site's home page.
curl -s "$BASE/" -o "$nginx_dir/html/index.html"
NGINX_PORT=$(bench_free_port)
bench_start_nginx "$nginx_dir/html" "$NGINX_PORT" "$nginx_dir" >/dev/null

# The sign-up POST needs an antiforgery cookie and the matching form token: take them from one journey's
# check-your-answers page (they are not tied to the journey). That journey is then left out of the run.
first_journey=$(head -1 "$DATA/journeys.txt")
page=$(curl -s -c "$OUT/cookies.txt" "$BASE/pledge/sign/$first_journey/check-answers")
token=$(echo "$page" | grep -o 'name="__RequestVerificationToken" type="hidden" value="[^"]*"\|name="__RequestVerificationToken" value="[^"]*"' | head -1 | sed 's/.*value="//; s/"$//')
cookie=$(awk '$6 == ".PledgeSite.Antiforgery" { print $6 "=" $7 }' "$OUT/cookies.txt")
[ -n "$token" ] && [ -n "$cookie" ] || { echo "Could not read the antiforgery token"; exit 1; }
# The first 5,000 other journeys are for the sign-up warm-up, the rest for the measured run (a journey is submitted once).
sed -n "2,5001p" "$DATA/journeys.txt" > "$DATA/journeys-warm.txt"
tail -n +5002 "$DATA/journeys.txt" > "$DATA/journeys-run.txt"

# pledge_count_settled: the number of pledges once sign-ups still in flight have finished.
pledge_count_settled() {
  local last=-1 now
  for _ in $(seq 1 60); do
    now=$(sqlite3 "$DATA/pledgesite.db" "SELECT COUNT(*) FROM Pledge")
    [ "$now" = "$last" ] && break
    last=$now; sleep 1
  done
  echo "$last"
}

echo "Warming up (2 s of wrk on each page and 5 s on the sign-up POST, not recorded)..."
for path in / "$content_path" "/signatories/$signatory_slug" "$directory_path" "$api_path" "$action_plan_path"; do
  bench_wrk warm-up "$BASE$path" 2 >/dev/null || true
done
bench_wrk warm-up "http://127.0.0.1:$NGINX_PORT/" 2 >/dev/null || true
# The sign-up POST warms up for longer: its first seconds go on compiling the code it runs (tiered compilation moves
# hot methods to optimised code after a few hundred calls), not on the steady rate the run is meant to measure.
bench_wrk warm-up "$BASE" 5 signup.lua "$DATA/journeys-warm.txt" "$token" "$cookie" "$OUT/warm-up-confirmed-" >/dev/null || true
pledges_before=$(pledge_count_settled)
journeys_before=$(sqlite3 "$DATA/pledgesite.db" "SELECT COUNT(*) FROM SignUpJourney WHERE PledgeId IS NOT NULL")

echo "Running wrk ($SECONDS_EACH s each, 64 connections, 2 threads)..."
results=$OUT/results.txt; : > "$results"
run() { local line; line=$(bench_wrk "$@"); echo "$line" >> "$results"; echo "  $line"; }
# nginx runs just before each cached page, so each ratio compares two runs under the same machine load.
run nginx "http://127.0.0.1:$NGINX_PORT/" "$SECONDS_EACH"
run home "$BASE/" "$SECONDS_EACH"
run nginx-2 "http://127.0.0.1:$NGINX_PORT/" "$SECONDS_EACH"
run content "$BASE$content_path" "$SECONDS_EACH"
run nginx-3 "http://127.0.0.1:$NGINX_PORT/" "$SECONDS_EACH"
run signatory "$BASE/signatories/$signatory_slug" "$SECONDS_EACH"
run directory "$BASE$directory_path" "$SECONDS_EACH"
run api "$BASE$api_path" "$SECONDS_EACH"
run directory-uncached "$BASE$directory_path" "$SECONDS_EACH" uncached.lua
run api-uncached "$BASE$api_path" "$SECONDS_EACH" uncached.lua
# The same at 8 connections: an uncached search's own latency under a heavy (hundreds a second) but not saturating load.
WRK_CONNECTIONS=8 run directory-uncached-8 "$BASE$directory_path" "$SECONDS_EACH" uncached.lua
WRK_CONNECTIONS=8 run api-uncached-8 "$BASE$api_path" "$SECONDS_EACH" uncached.lua
run action-plan "$BASE$action_plan_path" "$SECONDS_EACH"
rm -f "$OUT"/confirmed-* "$OUT"/warm-up-confirmed-*
run signup "$BASE" "$SECONDS_EACH" signup.lua "$DATA/journeys-run.txt" "$token" "$cookie" "$OUT/confirmed-"

# Resident memory the moment the last run ends, and the peak during the runs.
rss_end_mb=$(bench_rss_mb "$site_pid")
rss_peak_mb=$(awk '/^VmHWM:/ { printf "%.0f", $2 / 1024 }' "/proc/$site_pid/status")
# Let the sign-ups still in flight when wrk stopped finish before counting.
pledges_after=$(pledge_count_settled)
# Then the site is quiet: after a few seconds it gives back what the burst took (IdleMemoryRelease).
sleep "${BENCH_QUIET_SECONDS:-10}"
rss_mb=$(bench_rss_mb "$site_pid")
# What the resident memory is made of: anonymous (GC heap, native allocations), mapped files (the runtime's and the
# site's code) and shared memory (executable memory: JIT-compiled code and the runtime's stubs, shared mappings for W^X).
rss_parts=$(awk '/^Rss(Anon|File|Shmem):/ { printf "%s%.0f", (n++ ? "," : ""), $2 / 1024 }' "/proc/$site_pid/status")
journeys_done=$(( $(sqlite3 "$DATA/pledgesite.db" "SELECT COUNT(*) FROM SignUpJourney WHERE PledgeId IS NOT NULL") - journeys_before ))
duplicate_pledges=$(sqlite3 "$DATA/pledgesite.db" "SELECT COUNT(*) - COUNT(DISTINCT PledgeId) FROM SignUpJourney WHERE PledgeId IS NOT NULL")
# Every redirect wrk saw must name a journey whose pledge is in the database (none lost), no journey may be
# confirmed twice, and every new pledge must belong to exactly one journey (none duplicated). Pledges beyond
# wrk's count are requests still in flight when wrk stopped (at most one per connection).
cat "$OUT"/confirmed-* 2>/dev/null | sort > "$OUT/confirmed.txt"
sqlite3 "$DATA/pledgesite.db" "SELECT lower(Id) FROM SignUpJourney WHERE PledgeId IS NOT NULL" | sort > "$OUT/journeys-done.txt"
confirmed_twice=$(uniq -d "$OUT/confirmed.txt" | wc -l)
confirmed_lost=$(sort -u "$OUT/confirmed.txt" | comm -23 - "$OUT/journeys-done.txt" | wc -l)
orphan_pledges=$(sqlite3 "$DATA/pledgesite.db" "SELECT COUNT(*) FROM Pledge p WHERE p.Reference NOT LIKE 'DEMO-%' AND NOT EXISTS (SELECT 1 FROM SignUpJourney j WHERE j.PledgeId = p.Id)")

echo "Measuring first-visit page weight..."
home_weight=$(python3 bench/page_weight.py "$BASE/" "$OUT/weight-home.txt")
signatory_weight=$(python3 bench/page_weight.py "$BASE/signatories/$signatory_slug" "$OUT/weight-signatory.txt")

uptime_after=$(uptime)
python3 bench/report.py "$results" "$OUT/section.md" \
  "date=$started_at" "commit=$commit" "uptime_before=$uptime_before" "uptime_after=$uptime_after" \
  "seconds=$SECONDS_EACH" "signatories=$SIGNATORIES" "seed_seconds=$seed_seconds" "startup_ms=$startup_ms" "startup_rounds=$startup_rounds" "rss_mb=$rss_mb" "rss_parts=$rss_parts" "rss_end_mb=$rss_end_mb" "rss_peak_mb=$rss_peak_mb" "quiet_seconds=${BENCH_QUIET_SECONDS:-10}" \
  "pledges_before=$pledges_before" "pledges_after=$pledges_after" "journeys_done=$journeys_done" "duplicates=$duplicate_pledges" \
  "confirmed_twice=$confirmed_twice" "confirmed_lost=$confirmed_lost" "orphan_pledges=$orphan_pledges" \
  "home_weight=$home_weight" "signatory_weight=$signatory_weight" "weight_home_file=$OUT/weight-home.txt" "weight_signatory_file=$OUT/weight-signatory.txt" \
  "content_path=$content_path" "directory_path=$directory_path" "api_path=$api_path" "action_plan_path=$action_plan_path" \
  "signatory_path=/signatories/$signatory_slug"
bench_replace_section bench/RESULTS.md '<!-- bench:single:start -->' '<!-- bench:single:end -->' "$OUT/section.md"
echo "Wrote bench/RESULTS.md"
