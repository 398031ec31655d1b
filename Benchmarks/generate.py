#!/usr/bin/env python3
"""Writes a synthetic national data set for the benchmarks into OUTDIR.

  units.csv   unit_code,unit_name,level,parent_code,flags
              provinces (2-digit codes), districts (3 digits), communes (5 digits)
  roster.csv  household_id,unit_code,year,status
              one row per household and year, year-major (every household of the first
              year, then every household of the next), numeric household ids
  panel.csv   unit_code,year,total_households,poor_households,near_poor_households
              the roster aggregated per commune and year

Each household moves between poor, near-poor and non-poor from year to year with
probabilities drawn per commune, so poverty falls over the years at rates that put some
communes above and some below the thresholds of campaigns/ben-tre-2021-2025.json.
The same arguments always write the same bytes.
"""
import argparse
import os
import sys

import numpy as np

NON_POOR, NEAR_POOR, POOR = 0, 1, 2
STATUS_TEXT = [b"non-poor", b"near-poor", b"poor"]
ID_BASE = 100_000_000_000  # 12-digit household ids
ID_DIGITS = 12
CHUNK = 1 << 19


def parse_args():
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("outdir")
    p.add_argument("--households", type=int, default=1_000_000, help="households per year (default 1,000,000)")
    p.add_argument("--communes", type=int, default=2_000, help="communes (default 2,000; the country had 10,035 before 2025)")
    p.add_argument("--years", default="2021-2025", help="FIRST-LAST (default 2021-2025)")
    p.add_argument("--seed", type=int, default=2025)
    p.add_argument("--no-roster", action="store_true", help="write units.csv and panel.csv only")
    a = p.parse_args()
    first, last = (int(y) for y in a.years.split("-"))
    if not 1900 <= first <= last <= 2100:
        p.error("--years: expected FIRST-LAST, e.g. 2021-2025")
    if not 1 <= a.communes <= 89_999:
        p.error("--communes: between 1 and 89,999 (commune codes have 5 digits)")
    if a.households < a.communes:
        p.error("--households: at least one per commune")
    if a.households > 10 ** ID_DIGITS - ID_BASE:
        p.error("--households: too many for 12-digit ids")
    a.year_list = list(range(first, last + 1))
    return a


def administrative_tree(communes, rng):
    """Codes, names, parents and flags of the provinces, districts and communes."""
    per_district = 15
    districts = -(-communes // per_district)
    provinces = -(-districts // 11)
    district_width = 3 if districts <= 899 else 4
    province_width = 2 if provinces <= 89 else 3
    pcodes = [f"{10 ** (province_width - 1) + i}" for i in range(provinces)]
    dcodes = [f"{10 ** (district_width - 1) + i}" for i in range(districts)]
    ccodes = [f"{10_000 + i}" for i in range(communes)]
    # Communes are spread unevenly over districts; each district has at least one.
    district_of = np.sort(np.concatenate([np.arange(districts), rng.integers(0, districts, communes - districts)]))
    province_of = np.arange(districts) * provinces // districts
    kind = rng.choice(5, size=communes, p=[0.79, 0.12, 0.05, 0.03, 0.01])
    flags = np.array(["", "ward", "township", "coastal-extremely-difficult", "island"])[kind]
    prefix = np.array(["Xã", "Phường", "Thị trấn", "Xã", "Xã"])[kind]
    return pcodes, dcodes, ccodes, district_of, province_of, flags, prefix


def write_units(path, tree):
    pcodes, dcodes, ccodes, district_of, province_of, flags, prefix = tree
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("unit_code,unit_name,level,parent_code,flags\n")
        for i, code in enumerate(pcodes):
            f.write(f"{code},Tỉnh Tổng Hợp {i + 1},province,,\n")
        for i, code in enumerate(dcodes):
            f.write(f"{code},Huyện Tổng Hợp {i + 1},district,{pcodes[province_of[i]]},\n")
        for i, code in enumerate(ccodes):
            f.write(f"{code},{prefix[i]} Tổng Hợp {i + 1},commune,{dcodes[district_of[i]]},{flags[i]}\n")


class RowFormatter:
    """Formats roster rows with numpy: each row is laid out in a fixed-width byte matrix and the
    padding after the status is dropped, so millions of rows take a fraction of a second."""

    def __init__(self, ccodes):
        self.codes = np.frombuffer("".join(ccodes).encode(), dtype=np.uint8).reshape(len(ccodes), 5)
        width = max(len(s) for s in STATUS_TEXT) + 1
        self.status = np.zeros((3, width), dtype=np.uint8)
        self.keep = np.zeros((3, width), dtype=bool)
        for i, text in enumerate(STATUS_TEXT):
            self.status[i, : len(text) + 1] = np.frombuffer(text + b"\n", dtype=np.uint8)
            self.keep[i, : len(text) + 1] = True
        self.powers = 10 ** np.arange(ID_DIGITS - 1, -1, -1, dtype=np.int64)
        self.head = ID_DIGITS + 1 + 5 + 1 + 4 + 1

    def rows(self, first_index, unit, status, year):
        n = len(unit)
        ids = np.arange(first_index, first_index + n, dtype=np.int64) + ID_BASE
        head = np.empty((n, self.head), dtype=np.uint8)
        head[:, :ID_DIGITS] = (ids[:, None] // self.powers) % 10 + 48
        head[:, ID_DIGITS] = ord(",")
        head[:, ID_DIGITS + 1 : ID_DIGITS + 6] = self.codes[unit]
        head[:, ID_DIGITS + 6 : self.head] = np.frombuffer(f",{year},".encode(), dtype=np.uint8)
        rows = np.concatenate([head, self.status[status]], axis=1)
        keep = np.concatenate([np.ones((n, self.head), dtype=bool), self.keep[status]], axis=1)
        return rows[keep].tobytes()


def main():
    a = parse_args()
    rng = np.random.default_rng(a.seed)
    os.makedirs(a.outdir, exist_ok=True)
    C, H = a.communes, a.households
    tree = administrative_tree(C, rng)
    write_units(os.path.join(a.outdir, "units.csv"), tree)
    ccodes = tree[2]

    # Commune sizes vary; every commune gets at least one household.
    weights = rng.lognormal(0.0, 0.6, C)
    unit = np.concatenate([rng.permutation(C), rng.choice(C, H - C, p=weights / weights.sum())]).astype(np.int32)
    rng.shuffle(unit)
    # Poverty at the start: most communes low, a long tail of poor ones.
    start_rate = np.clip(rng.lognormal(np.log(0.04), 0.85, C), 0.002, 0.55)
    near_rate = np.clip(rng.normal(0.05, 0.02, C), 0.005, 0.2)
    escape = np.clip(rng.normal(0.27, 0.09, C), 0.03, 0.8)        # poor -> not poor, per year
    relapse = np.clip(rng.normal(0.005, 0.003, C), 0.0, 0.04)     # not poor -> poor, per year
    to_near = 0.6                                                  # of those leaving poverty
    stay_near = 0.75                                               # near-poor staying near-poor
    becomes_near = 0.01                                            # non-poor becoming near-poor
    status = np.zeros(H, dtype=np.int8)

    formatter = RowFormatter(ccodes)
    counts = {}
    roster = None if a.no_roster else open(os.path.join(a.outdir, "roster.csv.tmp"), "wb")
    if roster:
        roster.write(b"household_id,unit_code,year,status\n")
    for y_index, year in enumerate(a.year_list):
        total = np.zeros(C, dtype=np.int64)
        poor = np.zeros(C, dtype=np.int64)
        near = np.zeros(C, dtype=np.int64)
        for lo in range(0, H, CHUNK):
            u = unit[lo : lo + CHUNK]
            s = status[lo : lo + CHUNK]
            r = rng.random(len(u))
            if y_index == 0:
                s[:] = np.where(r < start_rate[u], POOR, np.where(r < start_rate[u] + near_rate[u], NEAR_POOR, NON_POOR))
            else:
                r2 = rng.random(len(u))
                was_poor = s == POOR
                leaves = was_poor & (r < escape[u])
                enters = ~was_poor & (r < relapse[u])
                new = np.where(was_poor & ~leaves, POOR, NON_POOR)
                new = np.where(leaves & (r2 < to_near), NEAR_POOR, new)
                new = np.where(~was_poor & (s == NEAR_POOR) & (r2 < stay_near), NEAR_POOR, new)
                new = np.where((s == NON_POOR) & (r2 < becomes_near), NEAR_POOR, new)
                new = np.where(enters, POOR, new)
                s[:] = new
            total += np.bincount(u, minlength=C)
            poor += np.bincount(u, weights=(s == POOR), minlength=C).astype(np.int64)
            near += np.bincount(u, weights=(s == NEAR_POOR), minlength=C).astype(np.int64)
            if roster:
                roster.write(formatter.rows(lo, u, s, year))
        counts[year] = (total, poor, near)
    if roster:
        roster.close()
        os.replace(os.path.join(a.outdir, "roster.csv.tmp"), os.path.join(a.outdir, "roster.csv"))

    with open(os.path.join(a.outdir, "panel.csv"), "w", encoding="utf-8", newline="\n") as f:
        f.write("unit_code,year,total_households,poor_households,near_poor_households\n")
        for i, code in enumerate(ccodes):
            for year in a.year_list:
                t, p, n = counts[year]
                f.write(f"{code},{year},{t[i]},{p[i]},{n[i]}\n")
    rows = "no roster" if a.no_roster else f"{H * len(a.year_list):,} roster rows"
    print(f"{a.outdir}: {C:,} communes, {H:,} households x {len(a.year_list)} years ({rows})", file=sys.stderr)


if __name__ == "__main__":
    main()
