#!/usr/bin/env python3
"""Writes N generated holdings as ownership CSV (docs/benchmarks.md): owned parties "Entity i Ltd" held by two or three
holders each (shares summing to at most 100), chains of holding companies, and every 1000th holding by SDN:36 by
reference. Usage: scripts/ownership-holdings.py N > holdings.csv"""
import sys

n = int(sys.argv[1]) if len(sys.argv) > 1 else 1_000_000
out = sys.stdout
out.write("owner,owned,percent,as_of,source,owned_country,valid_from,valid_to\n")
written = 0
i = 0
while written < n:
    owned = f"Entity {i} Ltd"
    shares = [(f"Holding Company {i // 3}", "40"), (f"Investor {i}", "35.5"), (f"Fund {i % 977}", "24.5")]
    for owner, pct in shares:
        if written >= n:
            break
        if written % 1000 == 0:
            owner = "SDN:36"
        out.write(f"{owner},{owned},{pct},2026-01-15,generated,PA,2025-01-01,\n")
        written += 1
    i += 1
