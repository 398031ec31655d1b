#!/usr/bin/env python3
"""Peer for the roster benchmark: Polars (lazy, streaming where it can) counts a household
roster per unit and year (households, poor, near-poor), sorted by unit code and year. With
--output, writes the counts as CSV (unit_code,year,total,poor,near_poor)."""
import argparse
import sys

import polars as pl

parser = argparse.ArgumentParser()
parser.add_argument("roster")
parser.add_argument("--output")
args = parser.parse_args()

status = pl.col("status")
counts = (
    pl.scan_csv(args.roster, schema_overrides={"household_id": pl.Int64, "unit_code": pl.Utf8,
                                               "year": pl.Int32, "status": pl.Utf8})
    .group_by("unit_code", "year")
    .agg(pl.len().alias("total"),
         (status == "poor").sum().alias("poor"),
         (status == "near-poor").sum().alias("near_poor"))
    .sort("unit_code", "year")
    .collect()
)
if args.output:
    counts.write_csv(args.output)
print(f"polars: {counts.height} unit-years", file=sys.stderr)
