#!/usr/bin/env python3
"""Checks that the benchmark compares like with like: thidua's per-unit-year figures on a
roster must equal the counts the peers compute from the same file.

  verify.py --units units.csv --thidua thidua.json --peer DuckDB=duckdb.csv --peer Polars=polars.csv ...

The peers' CSV files (unit_code,year,total,poor,near_poor) must agree with one another row
for row. Then every figure in thidua's JSON (each unit's years, own rows, or sums of the
units below it) is compared with the first peer's counts, summed over the units below for
districts and provinces. Prints one line, and exits 1 on any difference."""
import argparse
import csv
import json
import sys
from collections import defaultdict

parser = argparse.ArgumentParser()
parser.add_argument("--units", required=True)
parser.add_argument("--thidua", required=True)
parser.add_argument("--peer", action="append", required=True, metavar="NAME=FILE")
parser.add_argument("--summary", help="also write the result as JSON here")
args = parser.parse_args()

problems = []
peers = []
for spec in args.peer:
    name, _, path = spec.partition("=")
    with open(path, newline="", encoding="utf-8") as f:
        rows = {(r["unit_code"], int(r["year"])): (int(r["total"]), int(r["poor"]), int(r["near_poor"]))
                for r in csv.DictReader(f)}
    peers.append((name, rows))
reference_name, reference = peers[0]
for name, rows in peers[1:]:
    if rows != reference:
        differing = sorted(k for k in rows.keys() | reference.keys() if rows.get(k) != reference.get(k))
        problems.append(f"{name} and {reference_name} differ on {len(differing)} unit-years, e.g. {differing[:3]}")

children = defaultdict(list)
with open(args.units, newline="", encoding="utf-8") as f:
    for r in csv.DictReader(f):
        if r["parent_code"]:
            children[r["parent_code"]].append(r["unit_code"])


def expected(code, year):
    if (code, year) in reference:
        return reference[(code, year)]
    parts = [expected(child, year) for child in children.get(code, [])]
    if not parts or None in parts:
        return None
    return tuple(map(sum, zip(*parts)))


with open(args.thidua, encoding="utf-8") as f:
    document = json.load(f)
figures = units = 0
for unit in document["units"]:
    units += bool(unit["figures"])
    for figure in unit["figures"]:
        figures += 1
        got = (figure["total_households"], figure["poor_households"], figure.get("near_poor_households"))
        want = expected(unit["code"], figure["year"])
        if got != want:
            problems.append(f"thidua: unit {unit['code']} year {figure['year']}: {got}, {reference_name}: {want}")
if figures == 0:
    problems.append("thidua's output has no figures to compare")

summary = {"agree": not problems, "figures": figures, "units": units, "unit_years": len(reference),
           "peers": [name for name, _ in peers], "problems": problems[:20]}
if args.summary:
    with open(args.summary, "w") as out:
        json.dump(summary, out, indent=1)
if problems:
    print(f"counts DISAGREE ({len(problems)} differences):", *problems[:10], sep="\n  ")
    sys.exit(1)
others = ", ".join(name for name, _ in peers[1:])
print(f"counts agree: {figures:,} figures of {units:,} units in thidua's output match {reference_name}; "
      f"{others} match {reference_name} on all {len(reference):,} unit-years")
