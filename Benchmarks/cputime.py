#!/usr/bin/env python3
"""Runs a command several times and records, per run, its wall time, its process time
(user + system CPU, from wait4, to the microsecond) and its peak resident memory.

  cputime.py --runs 20 --warmup 2 --output panel.json -- thidua evaluate ...

Standard output and error of the command are discarded; a run that exits non-zero stops
the measurement with that run's error output."""
import argparse
import json
import os
import subprocess
import sys
import tempfile
import time

parser = argparse.ArgumentParser()
parser.add_argument("--runs", type=int, default=20)
parser.add_argument("--warmup", type=int, default=2)
parser.add_argument("--output", required=True)
parser.add_argument("command", nargs=argparse.REMAINDER)
args = parser.parse_args()
command = args.command[1:] if args.command[:1] == ["--"] else args.command
if not command:
    parser.error("no command")


def run_once():
    with tempfile.TemporaryFile() as errors:
        start = time.perf_counter()
        child = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=errors)
        _, status, usage = os.wait4(child.pid, 0)
        wall = time.perf_counter() - start
        child.returncode = os.waitstatus_to_exitcode(status)
        if child.returncode != 0:
            errors.seek(0)
            sys.stderr.write(errors.read().decode(errors="replace"))
            sys.exit(f"{command[0]} exited with status {child.returncode}")
    return {"wall": wall, "user": usage.ru_utime, "system": usage.ru_stime, "max_rss_kib": usage.ru_maxrss}


for _ in range(args.warmup):
    run_once()
runs = [run_once() for _ in range(args.runs)]
with open(args.output, "w") as out:
    json.dump({"command": command, "runs": runs}, out, indent=1)
