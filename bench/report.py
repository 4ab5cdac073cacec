#!/usr/bin/env python3
"""Turns bench/run.sh's measurements into the Markdown between the bench:single markers of bench/RESULTS.md.
Usage: report.py RESULTS_TXT OUT_MD key=value..."""
import sys

results_file, out_file = sys.argv[1], sys.argv[2]
v = dict(arg.split("=", 1) for arg in sys.argv[3:])
rows = {}
for line in open(results_file, encoding="utf-8"):
    bits = line.split()
    if len(bits) >= 11:
        name = bits[0]
        rps, p50, p95, p99 = map(float, bits[1:5])
        errors, non2xx, requests, created, other, exhausted = map(int, bits[5:11])
        rows[name] = dict(rps=rps, p50=p50, p95=p95, p99=p99, errors=errors, non2xx=non2xx, requests=requests,
                          created=created, other=other, exhausted=exhausted)

nginx = rows.get("nginx", {}).get("rps", 0) or 0
# Each cached page is compared with the nginx run just before it (same machine load); the rest with the first.
paired = {"home": "nginx", "content": "nginx-2", "signatory": "nginx-3"}


def nginx_for(name):
    return rows.get(paired.get(name, "nginx"), {}).get("rps", 0) or nginx
seconds = float(v["seconds"])
ok = lambda b: "pass" if b else "**FAIL**"
paths = {
    "nginx": "nginx: the home page's HTML as a static file (precompressed gzip)",
    "nginx-2": "nginx again (before the content page)",
    "nginx-3": "nginx again (before the signatory page)",
    "home": "`/`",
    "content": f"`{v['content_path']}` (content page)",
    "signatory": f"`{v['signatory_path']}`",
    "directory": f"`{v['directory_path']}`",
    "api": f"`{v['api_path']}`",
    "directory-uncached": "the same with a made-up parameter, new every time (no output cache), 64 connections",
    "directory-uncached-8": "the same with a made-up parameter, new every time (no output cache), 8 connections",
    "api-uncached": "the same with a made-up parameter, new every time (no output cache), 64 connections",
    "api-uncached-8": "the same with a made-up parameter, new every time (no output cache), 8 connections",
    "action-plan": f"`{v['action_plan_path']}`",
    "signup": "POST `/pledge/sign/{id}/check-answers` (creates the pledge)",
}


def target(name, r):
    clean = r["errors"] == 0 and r["non2xx"] == 0
    ratio = r["rps"] / nginx_for(name) if nginx_for(name) else 0
    if name in ("home", "content", "signatory"):
        return "≥ 0.5× nginx, p99 < 50 ms, 0 errors", ok(ratio >= 0.5 and r["p99"] < 50 and clean)
    if name in ("directory", "api"):
        return "p95 < 30 ms, 0 errors", ok(r["p95"] < 30 and clean)
    if name.endswith("-uncached") or name.endswith("-uncached-8"):
        # The cost of a search nobody has made before: the target is measured on the row above (see README).
        return "(information) 0 errors", ok(clean)
    if name == "signup":
        lost_or_dup = signup_check()
        return "≥ 200 pledges/s, none lost or duplicated", ok(r["created"] / seconds >= 200 and not lost_or_dup and clean)
    if name == "action-plan":
        return "0 errors (no speed target)", ok(clean)
    return "", ""


def signup_check():
    """True when a pledge was lost or duplicated."""
    created = rows.get("signup", {}).get("created", 0)
    added = int(v["pledges_after"]) - int(v["pledges_before"])
    return (added < created or int(v["journeys_done"]) != added or int(v["duplicates"]) != 0
            or int(v["confirmed_twice"]) != 0 or int(v["confirmed_lost"]) != 0 or int(v["orphan_pledges"]) != 0)


out = []
w = out.append
w(f"## Single instance (`bench/run.sh`)\n")
w(f"Run {v['date']} at commit `{v['commit']}`: the site published in Release, `ASPNETCORE_ENVIRONMENT=Production`, "
  f"SQLite with {int(v['signatories']):,} demo signatories (targets and progress reports; created in {v['seed_seconds']} s), "
  f"on loopback beside nginx serving the home page's HTML. wrk: {int(float(v['seconds']))} s per row, 64 connections (8 where a row says so), "
  f"2 threads, `Accept-Encoding: br, gzip`, after 2 s of warm-up per page (5 s for the sign-up POST, on journeys not used in the run). The machine has 2 cores shared with other "
  f"work, so compare the ratio to nginx rather than absolute figures: home, content and signatory pages are compared "
  f"with the nginx run just before each, the rest with the first.\n")
w(f"- Load before: `{v['uptime_before'].strip()}`")
w(f"- Load after: `{v['uptime_after'].strip()}`\n")
w("| what | req/s | × nginx | p50 ms | p95 ms | p99 ms | errors | non-2xx/3xx | target | result |")
w("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- | --- |")
for name in ["nginx", "home", "nginx-2", "content", "nginx-3", "signatory", "directory", "directory-uncached", "directory-uncached-8", "api", "api-uncached", "api-uncached-8", "action-plan", "signup"]:
    if name not in rows:
        continue
    r = rows[name]
    t, res = target(name, r)
    ratio = f"{r['rps'] / nginx_for(name):.2f}" if nginx_for(name) else "–"
    w(f"| {paths[name]} | {r['rps']:,.0f} | {ratio} | {r['p50']:.1f} | {r['p95']:.1f} | {r['p99']:.1f} | {r['errors']} | {r['non2xx']} | {t} | {res} |")

s = rows.get("signup")
if s:
    added = int(v["pledges_after"]) - int(v["pledges_before"])
    w(f"\nSign-up: wrk got {s['created']:,} redirects to a journey's confirmation page ({s['created'] / seconds:,.0f} pledges/s) "
      f"and {s['other']} other answers. Afterwards the database had {added:,} new pledges ({added - s['created']} finished after wrk "
      f"stopped counting), {v['journeys_done']} journeys pointing at a pledge, {v['duplicates']} pledges shared by two journeys, "
      f"{v['orphan_pledges']} new pledges without a journey; {v['confirmed_lost']} confirmed journeys without a pledge and "
      f"{v['confirmed_twice']} journeys confirmed twice. "
      + ("None lost, none duplicated." if not signup_check() else "**Counts differ: pledges lost or duplicated.**")
      + (f" ({s['exhausted']} requests found no journey left: raise BENCH_JOURNEYS.)" if s["exhausted"] else ""))

home = v["home_weight"].split()
sig = v["signatory_weight"].split()
rss = int(v["rss_mb"])
anon, files, shmem = v["rss_parts"].split(",")
rounds = [r.split(",") for r in v["startup_rounds"].split(";")]
bare_rss_min = min(float(r[1]) for r in rounds)
w("\nStart-up and idle memory beside a bare Umbraco 18 (`bench/BareUmbraco`: Umbraco's own template with the same packages "
  "and an empty SQLite database), each installed first, then started alternately, two rounds of three starts each. Start-up "
  "is launch to Umbraco's `/umbraco/management/api/v1/server/status` answering `Run` (the site listens only once its own "
  "database is migrated and seeded), the median of the three starts; idle memory is VmRSS after the third start, once the "
  f"process has been quiet for {v['quiet_seconds']} s. Targets: start-up at most 1.5× and idle memory at most 1.25× the bare "
  "Umbraco's in the same round.")
w("\n| round | bare Umbraco starts (median) | the site's starts (median) | × bare | bare Umbraco idle | the site idle | × bare | load (1 min) | result |")
w("| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |")
for i, (bare_ms, bare_mb, site_ms, site_mb, load, bare_all, site_all) in enumerate(rounds, 1):
    bare_ms, bare_mb, site_ms, site_mb, load = (float(x) for x in (bare_ms, bare_mb, site_ms, site_mb, load))
    w(f"| {i} | {bare_all.replace('/', ', ')} ms ({bare_ms:,.0f}) | {site_all.replace('/', ', ')} ms ({site_ms:,.0f}) | {site_ms / bare_ms:.2f} | "
      f"{bare_mb:,.0f} MB | {site_mb:,.0f} MB | {site_mb / bare_mb:.2f} | {load:.2f} | {ok(site_ms <= 1.5 * bare_ms and site_mb <= 1.25 * bare_mb)} |")
w("\n| measure | value | target | result |")
w("| --- | ---: | --- | --- |")
w(f"| resident memory (VmRSS) after the runs, once the site has been quiet for {v['quiet_seconds']} s | {rss} MB ({rss / bare_rss_min:.2f}× the bare Umbraco idle) | ≤ 1.5× the bare Umbraco idle | {ok(rss <= 1.5 * bare_rss_min)} |")
w(f"| of which anonymous (GC heap, native) / mapped files (runtime and site code) / executable memory (JIT code and runtime stubs) | {anon} / {files} / {shmem} MB | (reported) | |")
w(f"| resident memory the moment the last run ended / peak during the runs (VmHWM) | {int(v['rss_end_mb'])} / {int(v['rss_peak_mb'])} MB | (reported) | |")
w(f"| home page, first visit, compressed | {int(home[0]) / 1000:,.1f} KB in {home[1]} requests, {home[3]} render-blocking third-party | ≤ 100 KB, no render-blocking third party | {ok(int(home[0]) <= 100_000 and home[3] == '0')} |")
w(f"| signatory page, first visit, compressed | {int(sig[0]) / 1000:,.1f} KB in {sig[1]} requests, {sig[3]} render-blocking third-party | (reported) | |")
for title, key in (("Home page requests", "weight_home_file"), ("Signatory page requests", "weight_signatory_file")):
    w(f"\n<details><summary>{title} (bytes on the wire, status, kind, URL)</summary>\n\n```")
    w(open(v[key], encoding="utf-8").read().rstrip("\n").replace(v["signatory_path"].rsplit("/", 1)[0] + "/", "/signatories/"))
    w("```\n</details>")
open(out_file, "w", encoding="utf-8").write("\n".join(out) + "\n")
