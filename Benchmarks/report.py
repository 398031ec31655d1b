#!/usr/bin/env python3
"""Prints the benchmark's results (written by Benchmarks/run into RESULTS) as tables: medians,
peak memory, and each national-scale target, PASS or FAIL.

  report.py RESULTS SIZE...
"""
import json
import os
import statistics
import sys

results, sizes = sys.argv[1], sys.argv[2:]
MIB = 1024 * 1024


def read(path):
    with open(os.path.join(results, path), encoding="utf-8") as f:
        return f.read()


def exists(path):
    return os.path.exists(os.path.join(results, path))


def seconds(value):
    return f"{value * 1000:.0f} ms" if value < 1 else f"{value:.2f} s"


def table(header, rows):
    widths = [max(len(str(r[i])) for r in [header] + rows) for i in range(len(header))]
    line = lambda r: "  ".join(str(c).ljust(w) for c, w in zip(r, widths)).rstrip()
    return "\n".join([line(header), line(["-" * w for w in widths])] + [line(r) for r in rows])


env = dict(line.split("=", 1) for line in read("env.txt").splitlines() if "=" in line)
print(f"thidua {env['thidua']} on {env['cpu']}")
print(f"DuckDB {env['duckdb']}, Polars {env['polars']}, {env['cc']}, timed with {env['timer']}")
print("Warm cache: one warmup run per tool, then the median of the timed runs; peak memory is the")
print("maximum resident set size of one run (/usr/bin/time). Python peers include interpreter start-up.")

targets = []  # (what, measured, limit, passed)
memory_of = {}
for size in sizes:
    rows, size_bytes, households = map(int, read(f"{size}/size.txt").split())
    timing = {}
    if exists(f"{size}/hyperfine.json"):
        for r in json.loads(read(f"{size}/hyperfine.json"))["results"]:
            timing[r["command"]] = (r["median"], r["min"], r["max"], len(r["times"]))
    else:
        walls = {}
        for line in read(f"{size}/time.txt").splitlines():
            name, wall, *_ = line.split()
            walls.setdefault(name, []).append(float(wall))
        timing = {n: (statistics.median(w), min(w), max(w), len(w)) for n, w in walls.items()}
    memory = {name: int(kib) * 1024 for name, kib in (l.split() for l in read(f"{size}/memory.txt").splitlines())}
    memory_of[size] = memory["thidua"]
    verify = json.loads(read(f"{size}/verify.json"))

    print()
    print(f"Roster {size}: {households:,} households x 5 years = {rows:,} rows, {size_bytes / 1e6:.0f} MB")
    body = [[name, seconds(med), seconds(lo), seconds(hi), n, f"{memory[name] / MIB:.0f}"]
            for name, (med, lo, hi, n) in timing.items()]
    print(table(["tool", "median", "min", "max", "runs", "peak MiB"], body))

    t, duck, c = timing["thidua"][0], timing["DuckDB"][0], timing["C"][0]
    label = f"{size} ({rows / 1e6:g}M rows)"
    targets.append((f"{label}: thidua's counts equal DuckDB's, Polars' and C's",
                    f"{verify['figures']:,} figures", "all equal", verify["agree"]))
    targets.append((f"{label}: wall, thidua / DuckDB", f"{t / duck:.2f}", "<= 0.25", t / duck <= 0.25))
    targets.append((f"{label}: wall, thidua / C aggregator", f"{t / c:.2f}", "<= 2", t / c <= 2))
    mem = memory["thidua"] / memory["DuckDB"]
    targets.append((f"{label}: peak memory, thidua / DuckDB", f"{mem:.2f}", "<= 0.5", mem <= 0.5))

growth = []
if exists("growth.txt"):
    for line in read("growth.txt").splitlines():
        size, rows, size_bytes, wall, kib = line.split()
        growth.append((size, int(rows), int(size_bytes), float(wall), int(kib) * 1024))
        memory_of.setdefault(size, int(kib) * 1024)

if "1m" in memory_of and "5m" in memory_of:
    flat = memory_of["5m"] / memory_of["1m"]
    targets.append(("peak memory, thidua: 25M rows / 5M rows", f"{flat:.2f}", "<= 1.5", flat <= 1.5))
else:
    targets.append(("peak memory, thidua: 25M rows / 5M rows", "not measured (needs 1m and 5m)", "<= 1.5", None))

panel = json.loads(read("panel.json"))["runs"]
cpu = statistics.median(r["user"] + r["system"] for r in panel)
wall = statistics.median(r["wall"] for r in panel)
print()
print(f"Panel: 10,035 communes x 5 years, {len(panel)} runs: median process time (user+sys) "
      f"{cpu * 1000:.1f} ms, wall {wall * 1000:.1f} ms, peak {max(r['max_rss_kib'] for r in panel) / 1024:.0f} MiB")
targets.append(("panel, 10,035 communes x 5 years: process time", f"{cpu * 1000:.1f} ms", "< 50 ms", cpu < 0.05))

if growth:
    print()
    print("Growth: thidua alone, one run after a warmup")
    print(table(["size", "rows", "MB", "wall", "ns/row", "peak MiB", "bytes/row"],
                [[s, f"{r:,}", f"{b / 1e6:.0f}", seconds(w), f"{w / r * 1e9:.0f}", f"{m / MIB:.0f}", f"{m / r:.1f}"]
                 for s, r, b, w, m in growth]))

print()
print("Targets")
print(table(["target", "measured", "limit", "result"],
            [[what, got, limit, "-" if ok is None else "PASS" if ok else "FAIL"] for what, got, limit, ok in targets]))
