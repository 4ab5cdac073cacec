#!/usr/bin/env bash
# Runs every test: installs what the tests need (npm packages, Chromium, Redis, nginx) when missing,
# builds, runs the unit, integration and browser tests, then prints "N passed, N failed".
set -uo pipefail
cd "$(dirname "$0")"

need_apt=()
command -v chromium >/dev/null 2>&1 || need_apt+=(chromium)
command -v redis-server >/dev/null 2>&1 || need_apt+=(redis-server)
if [ ${#need_apt[@]} -gt 0 ]; then
  echo "Installing ${need_apt[*]} with apt-get..."
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -qq >/dev/null && DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${need_apt[@]}" >/dev/null || {
    echo "apt-get install ${need_apt[*]} failed"; exit 1; }
fi
[ -f node_modules/.package-lock.json ] || npm ci --no-audit --no-fund || { echo "npm ci failed"; exit 1; }
dotnet tool restore >/dev/null || { echo "dotnet tool restore failed"; exit 1; }

log=$(mktemp)
# Build once; publish the site for the multi-instance tests (tests/PledgeSite.ClusterTests run it from artifacts/site).
if dotnet build PledgeSite.sln --configuration Release 2>&1 | tee "$log" \
   && dotnet publish src/PledgeSite.Web --configuration Release --no-build --output artifacts/site 2>&1 | tee -a "$log"; then
  dotnet test PledgeSite.sln --configuration Release --no-build 2>&1 | tee "$log"
  status=${PIPESTATUS[0]}
else
  status=1
fi

# dotnet test (Microsoft.Testing.Platform) ends with "total: N", "failed: N", "succeeded: N" lines.
total=$(grep -E '^\s+total: [0-9]+' "$log" | tail -1 | grep -oE '[0-9]+')
failed=$(grep -E '^\s+failed: [0-9]+' "$log" | tail -1 | grep -oE '[0-9]+')
passed=$(grep -E '^\s+succeeded: [0-9]+' "$log" | tail -1 | grep -oE '[0-9]+')
skipped=$(grep -E '^\s+skipped: [0-9]+' "$log" | tail -1 | grep -oE '[0-9]+')
# Any failed test fails the run: no retries. List the failures so they are easy to find in a long log.
if [ "${failed:-0}" -gt 0 ]; then
  echo "Failed tests:"
  grep -E '^failed [A-Za-z0-9_.]+ \(' "$log" | awk '{print "  " $2}' | sort -u
fi
rm -f "$log"
if [ -z "$total" ]; then
  echo "0 passed, 1 failed"
  echo "The test run did not report totals (build failure?)."
  exit 1
fi
[ "$status" -ne 0 ] && [ "${failed:-0}" -eq 0 ] && failed=1
[ "${failed:-0}" -gt 0 ] && [ "$status" -eq 0 ] && status=1
echo "${passed:-0} passed, ${failed:-0} failed, ${skipped:-0} skipped"
exit "$status"
