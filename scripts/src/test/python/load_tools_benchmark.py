#!/usr/bin/env python3
"""Side-by-side benchmark of `ci-helper load-test`, wrk, ApacheBench and hey (successor of LoadTestBenchmark).

Every tool runs against the same fixed-latency server (FixedLatencyServer, its own JVM, 127.0.0.1 only):
first bytes 20 ms after a request arrives, last bytes at 60 ms, three chunks, HTTP/1.1 chunked
(HTTP/1.0 with Content-Length for ab). Request counts and durations are bounded. CPU per request is
the client process's user + system time (getrusage of the child) over its requests; for ci-helper
also the steady-state figure: the difference between a long and a short run over the difference of
their requests, so JVM start-up and the warm-up cancel out.

Run from the repository root after `./mvnw -q -pl scripts package -DskipTests`:
  python3 scripts/src/test/python/load_tools_benchmark.py [section ...]
Sections: accuracy cpu rate stall (default: all). Prints Markdown tables.
"""
import json
import math
import os
import re
import resource
import subprocess
import sys
import time

ROOT = os.getcwd()
JAR = os.path.join(ROOT, "scripts/target/ci-helper.jar")
SERVER_CP = os.path.join(ROOT, "scripts/target/test-classes")
SERVER = "ai.vibevoice.cicd.helper.load.FixedLatencyServer"
TMP = os.path.join(ROOT, "scripts/target/load-bench")
os.makedirs(TMP, exist_ok=True)


def loadavg():
    with open("/proc/loadavg") as f:
        return " ".join(f.read().split()[:3])


class Server:
    def __init__(self, freeze_at=0, freeze_ms=1000):
        self.proc = subprocess.Popen(
            ["java", "-Xss256k", "-XX:+UseSerialGC", "-cp", SERVER_CP, SERVER, "0", "20", "60", "3", "4800",
             str(freeze_at), str(freeze_ms)], stdout=subprocess.PIPE, text=True)
        line = self.proc.stdout.readline()
        self.port = int(line.split()[1])
        self.url = f"http://127.0.0.1:{self.port}"
        # warm the server's JIT so that its first seconds do not count against the first tool; not
        # with a freeze, which counts requests from the server's start
        if not freeze_at:
            subprocess.run(["hey", "-n", "2000", "-c", "12", self.url + "/"], capture_output=True)

    def close(self):
        self.proc.terminate()
        self.proc.wait()


def run(cmd, timeout=600):
    """Runs cmd, returns (stdout, stderr, cpu seconds of the child, wall seconds)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.monotonic()
    p = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout)
    wall = time.monotonic() - t0
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    if p.returncode != 0:
        raise RuntimeError(f"{cmd} exited {p.returncode}: {p.stderr[-2000:]}")
    return p.stdout, p.stderr, cpu, wall


def ci_helper(url, rate, seconds=None, requests=None, warmup="5s", extra=()):
    out = os.path.join(TMP, "m.json")
    bound = ["--duration", f"{seconds}s"] if seconds else ["--requests", str(requests)]
    cmd = ["java", "-jar", JAR, "load-test", "--url", url, "--rate", str(rate), *bound, "--warmup", warmup,
           "--output", out, *extra]
    _, err, cpu, wall = run(cmd)
    with open(out) as f:
        m = json.load(f)["metrics"]
    return {"tool": "ci-helper load-test", "cmd": "java -jar " + " ".join(cmd[2:]).replace(ROOT + "/", ""),
            "n": m["total_requests"], "errors": m["total_requests"] - m["successful_requests"],
            "e2e": m["e2e_latency_ms"], "ttfa": m["ttfa_ms"], "late": m["client_lateness_ms"], "cpu": cpu, "wall": wall,
            "rps": m["throughput_rps"], "summary": err.strip().splitlines()[-1] if err.strip() else ""}


def ms(value, unit):
    return float(value) * {"us": 0.001, "ms": 1.0, "s": 1000.0}[unit]


def wrk(url, connections, seconds):
    cmd = ["wrk", "-t1", f"-c{connections}", f"-d{seconds}s", "--latency", url + "/"]
    out, _, cpu, wall = run(cmd)
    pct = {m.group(1): ms(m.group(2), m.group(3)) for m in re.finditer(r"^\s+(\d+)%\s+([\d.]+)(us|ms|s)\s*$", out, re.M)}
    mx = re.search(r"Latency\s+[\d.]+\w+\s+[\d.]+\w+\s+([\d.]+)(us|ms|s)", out)
    n = int(re.search(r"(\d+) requests in", out).group(1))
    errs = re.search(r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", out)
    non2xx = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    errors = (sum(int(x) for x in errs.groups()) if errs else 0) + (int(non2xx.group(1)) if non2xx else 0)
    return {"tool": "wrk", "cmd": " ".join(cmd), "n": n, "errors": errors, "cpu": cpu, "wall": wall,
            "e2e": {"p50": pct.get("50"), "p90": pct.get("90"), "p99": pct.get("99"), "max": ms(*mx.groups())},
            "ttfa": None, "rps": float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))}


def ab(url, connections, requests):
    cmd = ["ab", "-k", "-c", str(connections), "-n", str(requests), url + "/"]
    out, _, cpu, wall = run(cmd)
    pct = {m.group(1): float(m.group(2)) for m in re.finditer(r"^\s+(\d+)%\s+(\d+)", out, re.M)}
    waiting = re.search(r"^Waiting:\s+(\d+)\s+(\d+)\s+[\d.]+\s+(\d+)\s+(\d+)", out, re.M)
    failed = int(re.search(r"Failed requests:\s+(\d+)", out).group(1))
    non2xx = re.search(r"Non-2xx responses:\s+(\d+)", out)
    return {"tool": "ab", "cmd": " ".join(cmd), "n": requests, "errors": failed + (int(non2xx.group(1)) if non2xx else 0),
            "cpu": cpu, "wall": wall, "e2e": {"p50": pct.get("50"), "p90": pct.get("90"), "p99": pct.get("99"),
                                               "max": pct.get("100")},
            "ttfa": {"p50": float(waiting.group(3)), "max": float(waiting.group(4))},
            "rps": float(re.search(r"Requests per second:\s+([\d.]+)", out).group(1))}


def hey(url, connections, requests, qps_per_worker=None):
    cmd = ["hey", "-n", str(requests), "-c", str(connections)] + (["-q", str(qps_per_worker)] if qps_per_worker else []) \
        + [url + "/"]
    out, _, cpu, wall = run(cmd)
    pct = {m.group(1): float(m.group(2)) * 1000 for m in re.finditer(r"^\s+(\d+)%% in ([\d.]+) secs".replace("%%", "%"), out, re.M)}
    slowest = float(re.search(r"Slowest:\s+([\d.]+) secs", out).group(1)) * 1000
    wait = re.search(r"resp wait:\s+([\d.]+) secs", out)
    codes = {m.group(1): int(m.group(2)) for m in re.finditer(r"\[(\d+)\]\s+(\d+) responses", out)}
    ok = codes.get("200", 0)
    failed = sum(int(m.group(1)) for m in re.finditer(r"^\s+\[(\d+)\]\s+(?!responses)\D", out.split("Error distribution:")[1], re.M)) \
        if "Error distribution:" in out else 0
    n = sum(codes.values()) + failed  # hey splits -n among the workers: 4000 / 12 workers sends 3996
    return {"tool": "hey", "cmd": " ".join(cmd), "n": n, "errors": n - ok, "cpu": cpu, "wall": wall,
            "e2e": {"p50": pct.get("50"), "p90": pct.get("90"), "p99": pct.get("99"), "max": slowest},
            "ttfa": {"mean": float(wait.group(1)) * 1000} if wait else None,
            "rps": float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))}


def f(x, digits=2):
    return "n/a" if x is None else f"{x:.{digits}f}"


def accuracy():
    print(f"\n### Accuracy at 200 requests/s (truth: TTFA 20 ms, end to end 60 ms); load before: {loadavg()}\n")
    print("| tool | model | requests | errors | e2e p50 (error) | e2e p99 | e2e max | TTFA p50 | TTFA p99 | CPU/request | lateness p99 |")
    print("| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
    s = Server()
    try:
        rows = [ci_helper(s.url, 200, seconds=20), wrk(s.url, 12, 20), ab(s.url, 12, 4000), hey(s.url, 12, 4000, 17)]
    finally:
        s.close()
    for r in rows:
        e = r["e2e"]
        t = r["ttfa"] or {}
        model = "open, 200/s" if r["tool"].startswith("ci") else ("closed, 12 connections" if r["tool"] != "hey"
                                                                    else "12 workers x 17/s")
        ttfa50 = t.get("p50") if "p50" in t else t.get("mean")
        print(f"| {r['tool']} | {model} | {r['n']} | {r['errors']} | {f(e['p50'])} ms ({f(e['p50'] - 60, 2):s} ms) | "
              f"{f(e['p99'])} | {f(e['max'])} | {f(ttfa50)}{' (mean)' if 'p50' not in t and t else ''} | {f(t.get('p99'))} | "
              f"{r['cpu'] / r['n'] * 1000:.3f} ms | {f(r.get('late', {}).get('p99')) if r.get('late') else 'n/a'} |")
    print()
    for r in rows:
        print(f"    {r['cmd']}")
    print(f"\nload after: {loadavg()}")


def cpu():
    print(f"\n### ci-helper CPU per request, steady state at 200 requests/s; load before: {loadavg()}\n")
    s = Server()
    try:
        short = ci_helper(s.url, 200, seconds=10, warmup="2s")
        long = ci_helper(s.url, 200, seconds=40, warmup="2s")
    finally:
        s.close()
    steady = (long["cpu"] - short["cpu"]) / (long["n"] - short["n"]) * 1000
    print(f"10 s run: {short['n']} requests, {short['cpu']:.2f} s CPU (whole process); "
          f"40 s run: {long['n']} requests, {long['cpu']:.2f} s CPU; steady state: {steady:.3f} ms CPU per request "
          f"(errors {short['errors']}, {long['errors']}); load after: {loadavg()}")


def rate(rates=(500, 1000, 1500, 2000, 3000)):
    print(f"\n### Highest sustained rate (p50 error < 5 ms, no errors); load before: {loadavg()}\n")
    print("| tool | offered | achieved /s | errors | e2e p50 | e2e p99 | e2e max | CPU/request | lateness p99 | load |")
    print("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |")
    s = Server()
    try:
        for r in rates:
            x = ci_helper(s.url, r, seconds=10, warmup="3s")
            print(f"| ci-helper | {r}/s | {x['rps']:.0f} | {x['errors']} | {f(x['e2e']['p50'])} | {f(x['e2e']['p99'])} | "
                  f"{f(x['e2e']['max'])} | {x['cpu'] / x['n'] * 1000:.3f} ms (whole run) | {f(x['late']['p99'])} | {loadavg()} |")
        for c in (60, 120, 180):
            x = wrk(s.url, c, 10)
            print(f"| wrk | {c} connections | {x['rps']:.0f} | {x['errors']} | {f(x['e2e']['p50'])} | {f(x['e2e']['p99'])} | "
                  f"{f(x['e2e']['max'])} | {x['cpu'] / x['n'] * 1000:.3f} ms | n/a | {loadavg()} |")
            x = ab(s.url, c, c * 170)
            print(f"| ab | {c} connections | {x['rps']:.0f} | {x['errors']} | {f(x['e2e']['p50'])} | {f(x['e2e']['p99'])} | "
                  f"{f(x['e2e']['max'])} | {x['cpu'] / x['n'] * 1000:.3f} ms | n/a | {loadavg()} |")
            x = hey(s.url, c, c * 170)
            print(f"| hey | {c} connections | {x['rps']:.0f} | {x['errors']} | {f(x['e2e']['p50'])} | {f(x['e2e']['p99'])} | "
                  f"{f(x['e2e']['max'])} | {x['cpu'] / x['n'] * 1000:.3f} ms | n/a | {loadavg()} |")
    finally:
        s.close()


def percentile(values, p):
    v = sorted(values)
    return v[max(0, math.ceil(p / 100 * len(v)) - 1)]


def stall_truth(rate, n, freeze_index, freeze_s=1.0, first=0.020, last=0.060):
    """End-to-end and TTFA of each scheduled request (seconds) if the server freezes at request freeze_index."""
    period = 1 / rate
    F = freeze_index * period
    e2e, ttfa = [], []
    for i in range(n):
        t = i * period
        if F <= t < F + freeze_s:
            e2e.append(F + freeze_s + last - t)
            ttfa.append(F + freeze_s + first - t)
            continue
        end = t + last
        e2e.append(F + freeze_s - t if F <= end < F + freeze_s else last)
        fb = t + first
        ttfa.append(F + freeze_s - t if F <= fb < F + freeze_s else first)
    return e2e, ttfa


def stall():
    rate_, seconds, warmup = 200, 10, 2
    n = rate_ * seconds
    freeze_index = n // 2  # 5 s into the measured phase
    print(f"\n### A 1 s freeze of the server at 200 requests/s; load before: {loadavg()}\n")
    e2e, ttfa = stall_truth(rate_, n, freeze_index)
    truth = {p: percentile(e2e, p) * 1000 for p in (50, 90, 99, 100)}
    ttruth = {p: percentile(ttfa, p) * 1000 for p in (50, 90, 99, 100)}
    print("| tool | requests | e2e p50 | e2e p90 | e2e p99 | e2e max | TTFA p90 | TTFA p99 | TTFA max |")
    print("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
    print(f"| truth (from the schedule) | {n} | {truth[50]:.1f} | {truth[90]:.1f} | {truth[99]:.1f} | {truth[100]:.1f} | "
          f"{ttruth[90]:.1f} | {ttruth[99]:.1f} | {ttruth[100]:.1f} |")
    rows = []
    s = Server(freeze_at=rate_ * warmup + freeze_index + 1)
    try:
        x = ci_helper(s.url, rate_, seconds=seconds, warmup=f"{warmup}s")
    finally:
        s.close()
    e, t = x["e2e"], x["ttfa"]
    print(f"| ci-helper load-test (open) | {x['n']} | {f(e['p50'], 1)} | {f(e['p90'], 1)} | {f(e['p99'], 1)} | {f(e['max'], 1)} | "
          f"{f(t['p90'], 1)} | {f(t['p99'], 1)} | {f(t['max'], 1)} |")
    diffs = [abs(e["p90"] - truth[90]), abs(e["p99"] - truth[99]), abs(e["max"] - truth[100])]
    late = x["late"]
    rows.append(x)
    for tool in ("wrk", "ab", "hey"):
        s = Server(freeze_at=freeze_index + 1)
        try:
            if tool == "wrk":
                x = wrk(s.url, 12, seconds)
            elif tool == "ab":
                x = ab(s.url, 12, n)
            else:
                x = hey(s.url, 12, n, 17)
        finally:
            s.close()
        e = x["e2e"]
        print(f"| {tool} (closed, 12 connections) | {x['n']} | {f(e['p50'], 1)} | {f(e['p90'], 1)} | {f(e['p99'], 1)} | "
              f"{f(e['max'], 1)} | n/a | n/a | n/a |")
        rows.append(x)
    print(f"\nci-helper: p90/p99/max differ from the truth by {diffs[0]:.1f}, {diffs[1]:.1f}, {diffs[2]:.1f} ms; "
          f"its lateness p99 {f(late['p99'])} ms, max {f(late['max'])} ms; "
          f"load after: {loadavg()}\n")
    for r in rows:
        print(f"    {r['cmd']}")


if __name__ == "__main__":
    sections = sys.argv[1:] or ["accuracy", "cpu", "rate", "stall"]
    for section in sections:
        globals()[section]()
        sys.stdout.flush()
