"""Fail when a module of index/ or search/ is less than FLOOR% covered (coverage's own
--fail-under checks only the total)."""

import json
import sys

FLOOR = 85.0

files = json.load(open(sys.argv[1], encoding="utf-8"))["files"]
low = {name: data["summary"]["percent_covered"] for name, data in files.items()
       if data["summary"]["percent_covered"] < FLOOR}
for name, percent in sorted(low.items()):
    print(f"{name}: {percent:.0f}% covered (floor {FLOOR:.0f}%)")
sys.exit(1 if low else 0)
