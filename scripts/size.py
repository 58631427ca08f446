#!/usr/bin/env python3
"""Prints the raw and gzip -9 size of every file in dist/ and the total, and fails when the total
gzip transfer is over the budget written in README.md (the line "Size budget: N KB gzip")."""
import gzip
import os
import re
import sys

ROOT = os.path.join(os.path.dirname(__file__), "..")
DIST = os.path.join(ROOT, "dist")


def budget_kb():
    with open(os.path.join(ROOT, "README.md"), encoding="utf-8") as f:
        match = re.search(r"Size budget:\s*\**(\d+)\s*KB", f.read())
    if not match:
        sys.exit("README.md has no 'Size budget: N KB' line")
    return int(match.group(1))


def main():
    if not os.path.isdir(DIST):
        sys.exit("dist/ is missing: run `make dist` first")
    rows = []
    for folder, _, files in os.walk(DIST):
        for name in files:
            path = os.path.join(folder, name)
            with open(path, "rb") as f:
                data = f.read()
            rows.append((os.path.relpath(path, DIST), len(data), len(gzip.compress(data, 9))))
    rows.sort(key=lambda r: -r[2])
    width = max(len(r[0]) for r in rows)
    print(f"{'file':<{width}}  {'raw B':>10}  {'gzip B':>10}")
    for name, raw, gz in rows:
        print(f"{name:<{width}}  {raw:>10,}  {gz:>10,}")
    total_raw = sum(r[1] for r in rows)
    total_gz = sum(r[2] for r in rows)
    print(f"{'total':<{width}}  {total_raw:>10,}  {total_gz:>10,}")
    limit = budget_kb() * 1000
    print(f"budget: {limit:,} B gzip; used {100 * total_gz / limit:.1f}%")
    if total_gz > limit:
        print(f"OVER BUDGET by {total_gz - limit:,} B", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
