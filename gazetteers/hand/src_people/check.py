#!/usr/bin/env python3
"""Validate ../people.tsv: columns, label, gender, NFC, duplicates, id<->canonical, sort order."""
import collections, os, sys, unicodedata
P = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "people.tsv")
raw = open(P, encoding="utf-8").read()
assert raw.endswith("\n") and "\r" not in raw
lines = raw.split("\n")[:-1]
body = [l for l in lines if not l.startswith("#")]
err = 0
pairs = set(); id2can = {}; surf2ids = collections.defaultdict(set); genders = collections.Counter()
for l in body:
    f = l.split("\t")
    if len(f) != 6 or any(x == "" for x in f) or f[1] != "PER" or f[4] != "hand":
        print("BAD", l); err += 1; continue
    s, _, c, i, _, a = f
    if unicodedata.normalize("NFC", l) != l or "\u2019" in l or s != s.strip() or "  " in s:
        print("NORM", l); err += 1
    kv = dict(x.split("=") for x in a.split(";"))
    if kv.get("gender") not in ("m", "f"):
        print("GENDER", l); err += 1
    if (s, c) in pairs:
        print("DUP", l); err += 1
    pairs.add((s, c))
    if id2can.setdefault(i, c) != c:
        print("IDCANON", l); err += 1
    if s == c: genders[kv["gender"]] += 1
    surf2ids[s].add(i)
assert len(body) == len(set(body)), "duplicate lines"
assert body == sorted(body, key=lambda r: r.encode()), "not byte-sorted"
amb = {s: ids for s, ids in surf2ids.items() if len(ids) > 1}
print(f"rows={len(body)} people={len(id2can)} gender={dict(genders)} ambiguous_surfaces={len(amb)} errors={err}")
for s, ids in sorted(amb.items()):
    print("  AMB", s, sorted(ids))
sys.exit(1 if err or len(id2can) < 2000 else 0)
