#!/usr/bin/env bash
# Shell helpers shared by the bench scripts (bench/run.sh, bench/cluster.sh). Source it; it defines functions only.

# bench_need_tools TOOL...: apt-get install the tools that are missing (package name = command name).
bench_need_tools() {
  local missing=() t
  for t in "$@"; do command -v "$t" >/dev/null 2>&1 || missing+=("$t"); done
  [ ${#missing[@]} -eq 0 ] && return 0
  local sudo=""; [ "$(id -u)" -ne 0 ] && sudo="sudo"
  echo "Installing ${missing[*]} with apt-get..."
  $sudo apt-get update -qq >/dev/null && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
}

# bench_free_port: prints a free TCP port on 127.0.0.1.
bench_free_port() {
  python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'
}

# bench_now_ms: milliseconds since the epoch.
bench_now_ms() { echo $(( $(date +%s%N) / 1000000 )); }

# bench_wait_200 URL TIMEOUT_SECONDS: polls every 10 ms until URL answers 200; returns 1 on timeout.
bench_wait_200() {
  local url=$1 deadline=$(( $(date +%s) + $2 ))
  while [ "$(date +%s)" -lt "$deadline" ]; do
    [ "$(curl -s -o /dev/null -w '%{http_code}' --max-time 1 "$url" 2>/dev/null)" = "200" ] && return 0
    sleep 0.01
  done
  return 1
}

# bench_wait_run URL TIMEOUT_SECONDS: polls Umbraco's server status until it answers 200 with "Run"; 1 on timeout.
bench_wait_run() {
  local url=$1 deadline=$(( $(date +%s) + $2 ))
  while [ "$(date +%s)" -lt "$deadline" ]; do
    curl -s --max-time 1 "$url" 2>/dev/null | grep -q '"serverStatus":"Run"' && return 0
    sleep 0.01
  done
  return 1
}

# bench_rss_mb PID: resident memory of a process in MB (VmRSS).
bench_rss_mb() { awk '/^VmRSS:/ { printf "%.0f", $2 / 1024 }' "/proc/$1/status"; }

# bench_start_nginx ROOT PORT WORKDIR: serves ROOT as static files on 127.0.0.1:PORT as a tuned nginx would: a
# precompressed copy (gzip -9) of every .html, .css and .js file next to it (gzip_static), on-the-fly gzip for the
# rest; prints nginx's master pid. Stop it with bench_stop_nginx WORKDIR.
bench_start_nginx() {
  local root=$1 port=$2 dir=$3
  mkdir -p "$dir/logs" "$dir/tmp"
  find "$root" -type f \( -name '*.html' -o -name '*.css' -o -name '*.js' \) -exec gzip -9 -k -f {} \;
  cat > "$dir/nginx.conf" <<NGINX
worker_processes auto;
pid $dir/nginx.pid;
error_log $dir/logs/error.log warn;
events { worker_connections 4096; }
http {
  access_log off;
  include /etc/nginx/mime.types;
  sendfile on; tcp_nopush on; keepalive_requests 1000000;
  client_body_temp_path $dir/tmp; proxy_temp_path $dir/tmp; fastcgi_temp_path $dir/tmp; uwsgi_temp_path $dir/tmp; scgi_temp_path $dir/tmp;
  gzip on; gzip_static on; gzip_comp_level 1; gzip_types text/css application/javascript image/svg+xml;
  server {
    listen 127.0.0.1:$port;
    root $root;
    index index.html;
  }
}
NGINX
  nginx -c "$dir/nginx.conf" -p "$dir" -e "$dir/logs/error.log" || return 1
  sleep 0.3
  cat "$dir/nginx.pid"
}

bench_stop_nginx() { [ -f "$1/nginx.pid" ] && kill "$(cat "$1/nginx.pid")" 2>/dev/null; rm -f "$1/nginx.pid"; }

# bench_wrk NAME URL SECONDS [SCRIPT [LUA_ARGS...]]: runs wrk (64 connections unless WRK_CONNECTIONS says, 2 threads, browser-like
# Accept-Encoding) with bench/wrk/SCRIPT (default report.lua) and prints one line
# "NAME rps p50 p95 p99 errors non2xx requests created other exhausted" (latencies in ms).
# The full wrk output is appended to $BENCH_LOG.
BENCH_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
bench_wrk() {
  local name=$1 url=$2 seconds=$3 script=${4:-report.lua}; shift 3; [ $# -gt 0 ] && shift
  local out
  out=$(wrk -t2 -c"${WRK_CONNECTIONS:-64}" -d"${seconds}s" --timeout 5s --latency -H 'Accept-Encoding: br, gzip' \
        -s "$BENCH_DIR/wrk/$script" "$url" -- "$@" 2>&1)
  { echo "=== $name $url"; echo "$out"; } >> "${BENCH_LOG:-/dev/null}"
  local line; line=$(echo "$out" | grep '^BENCH ' | tail -1)
  [ -z "$line" ] && { echo "$name 0 0 0 0 1 0 0"; return 1; }
  echo "$name ${line#BENCH }"
}

# bench_replace_section FILE START_MARKER END_MARKER CONTENT_FILE: replaces what lies between the markers (creating
# the file, or appending the markers, when missing), leaving the rest of FILE alone.
bench_replace_section() {
  local file=$1 start=$2 end=$3 content=$4
  [ -f "$file" ] || printf '# Benchmark results\n\n' > "$file"
  grep -qF "$start" "$file" || printf '\n%s\n%s\n' "$start" "$end" >> "$file"
  python3 - "$file" "$start" "$end" "$content" <<'PY'
import sys
path, start, end, content = sys.argv[1:5]
text = open(path, encoding="utf-8").read()
body = open(content, encoding="utf-8").read().rstrip("\n")
a = text.index(start) + len(start)
b = text.index(end, a)
open(path, "w", encoding="utf-8").write(text[:a] + "\n" + body + "\n" + text[b:])
PY
}
