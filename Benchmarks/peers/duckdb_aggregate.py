#!/usr/bin/env python3
"""Peer for the roster benchmark: DuckDB counts a household roster per unit and year
(households, poor, near-poor), sorted by unit code and year: the aggregation half of
`thidua evaluate` on a roster. With --output, writes the counts as CSV
(unit_code,year,total,poor,near_poor) for the harness to compare with thidua's."""
import argparse
import sys

import duckdb

parser = argparse.ArgumentParser()
parser.add_argument("roster")
parser.add_argument("--output")
args = parser.parse_args()

QUERY = """
SELECT unit_code,
       year,
       count(*)                                   AS total,
       count(*) FILTER (WHERE status = 'poor')      AS poor,
       count(*) FILTER (WHERE status = 'near-poor') AS near_poor
FROM read_csv(?, header = true, columns = {
       'household_id': 'BIGINT', 'unit_code': 'VARCHAR', 'year': 'INTEGER', 'status': 'VARCHAR'})
GROUP BY unit_code, year
ORDER BY unit_code, year
"""

connection = duckdb.connect()
rows = connection.execute(QUERY, [args.roster]).fetchall()
if args.output:
    with open(args.output, "w", encoding="utf-8") as out:
        out.write("unit_code,year,total,poor,near_poor\n")
        out.writelines(f"{u},{y},{t},{p},{n}\n" for u, y, t, p, n in rows)
print(f"duckdb: {len(rows)} unit-years", file=sys.stderr)
