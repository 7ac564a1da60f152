#!/usr/bin/env python3
"""Build corpus/gold.jsonl from the marked-up sources in corpus/src/*.md.

Markup (see README.md):
  %% directive lines at the top of a file (removed from the text):
       %% sp=nbsp | sp=nnbsp | sp=plain   spaces inside « » and before : ; ? ! become U+00A0 / U+202F / stay
       %% apos=curly                        every ' becomes ’ (text, canonical names, speakers, cues)
       %% alias SURFACE = CANONICAL         canonical name for an entity surface in this file
       %% comment ...                       ignored
  [surface](P) [surface](L) [surface](O)    entity PER / LOC / ORG, canonical from alias, acronym table, or the
  [surface](P|Canonical name)               single longer PER name containing it; or given explicitly after |
  {q s="Speaker" c="cue text" k=d}«…»{/q}   quote; k=d direct, k=p partial; s and c omitted -> null
  {nbsp} {nnbsp}                            explicit U+00A0 / U+202F
Usage: python3 corpus/build_gold.py [--review]
"""
import json, os, re, sys, unicodedata
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "src")
OUT = os.path.join(HERE, "gold.jsonl")

LABELS = {"P": "PER", "L": "LOC", "O": "ORG"}
# common-knowledge expansions of acronyms (used when a file gives no alias / explicit canonical)
ACRONYMS = {
    "fr": {
        "OTAN": "Organisation du traité de l'Atlantique nord", "ONU": "Organisation des Nations unies",
        "UE": "Union européenne", "BCE": "Banque centrale européenne", "OMS": "Organisation mondiale de la santé",
        "FMI": "Fonds monétaire international", "CGT": "Confédération générale du travail",
        "CFDT": "Confédération française démocratique du travail", "PS": "Parti socialiste",
        "RN": "Rassemblement national", "LR": "Les Républicains", "LFI": "La France insoumise",
        "SNCF": "Société nationale des chemins de fer français", "AFP": "Agence France-Presse",
        "CNRS": "Centre national de la recherche scientifique", "PSG": "Paris Saint-Germain",
        "OM": "Olympique de Marseille", "INSEE": "Institut national de la statistique et des études économiques",
        "Insee": "Institut national de la statistique et des études économiques",
        "Inserm": "Institut national de la santé et de la recherche médicale",
        "AIEA": "Agence internationale de l'énergie atomique", "CPI": "Cour pénale internationale",
        "UA": "Union africaine", "Cédéao": "Communauté économique des États de l'Afrique de l'Ouest",
        "GIEC": "Groupe d'experts intergouvernemental sur l'évolution du climat",
        "ARS": "Agence régionale de santé", "FNSEA": "Fédération nationale des syndicats d'exploitants agricoles",
        "EELV": "Europe Écologie Les Verts", "ESA": "Agence spatiale européenne", "FFF": "Fédération française de football",
        "BFMTV": "BFMTV", "TF1": "TF1", "UEFA": "Union des associations européennes de football",
        "RATP": "Régie autonome des transports parisiens", "Medef": "Mouvement des entreprises de France",
        "FBI": "Federal Bureau of Investigation", "États-Unis": "États-Unis",
    },
    "en": {
        "NATO": "North Atlantic Treaty Organization", "UN": "United Nations", "EU": "European Union",
        "FBI": "Federal Bureau of Investigation", "WHO": "World Health Organization", "ECB": "European Central Bank",
        "IMF": "International Monetary Fund", "NASA": "National Aeronautics and Space Administration",
        "FDA": "Food and Drug Administration", "CDC": "Centers for Disease Control and Prevention",
        "GOP": "Republican Party", "AP": "Associated Press", "BBC": "British Broadcasting Corporation",
        "NHS": "National Health Service", "SEC": "Securities and Exchange Commission", "IAEA": "International Atomic Energy Agency",
        "U.S.": "United States", "US": "United States", "UK": "United Kingdom", "ICC": "International Criminal Court",
        "AU": "African Union", "ECOWAS": "Economic Community of West African States", "DOJ": "Department of Justice",
        "EPA": "Environmental Protection Agency", "FIFA": "Fédération Internationale de Football Association",
        "IPCC": "Intergovernmental Panel on Climate Change",
    },
}
OPEN_MARKS = "«“\"‹„"
CLOSE_MARKS = "»”\"›“"
ALL_MARKS = set("«»“”\"‹›„")
TITLES = {"M.", "Mme", "Mmes", "MM.", "Mr.", "Mrs.", "Ms.", "Dr", "Dr.", "Me", "Mgr", "le", "la", "les", "l'", "l’",
          "the", "President", "Sen.", "Gov.", "Rep."}

TOKEN = re.compile(r"\{q\s+([^}]*)\}|\{/q\}|\{nbsp\}|\{nnbsp\}|\[([^\[\]]+)\]\(([PLO])(?:\|([^()]+))?\)|[\[\]{}]")
ATTR = re.compile(r'(\w+)=(?:"([^"]*)"|(\S+))')


class Err(Exception):
    pass


def preprocess(raw):
    lines = raw.split("\n")
    dirs, body = [], []
    i = 0
    while i < len(lines) and lines[i].startswith("%%"):
        dirs.append(lines[i][2:].strip())
        i += 1
    body = "\n".join(lines[i:]).strip("\n")
    sp, curly, aliases = "plain", False, {}
    for d in dirs:
        if d.startswith("sp="):
            sp = d[3:].strip()
        elif d == "apos=curly":
            curly = True
        elif d.startswith("alias "):
            k, v = d[6:].split("=", 1)
            aliases[k.strip()] = v.strip()
        elif d.startswith("comment") or not d:
            pass
        else:
            raise Err(f"unknown directive {d!r}")
    if sp not in ("plain", "nbsp", "nnbsp"):
        raise Err(f"bad sp {sp}")
    if sp != "plain":
        ch = "\u00a0" if sp == "nbsp" else "\u202f"
        body = body.replace("« ", "«" + ch).replace(" »", ch + "»")
        for p in ":;?!":
            body = body.replace(" " + p, ch + p)
    if curly:
        body = body.replace("'", "’")
        aliases = {k.replace("'", "’"): v.replace("'", "’") for k, v in aliases.items()}
    return body, curly, aliases


def parse(doc_id, lang, raw):
    body, curly, aliases = preprocess(raw)
    out, ents, quotes = [], [], []
    pos = 0  # position in output text
    open_q = None
    i = 0
    for m in TOKEN.finditer(body):
        chunk = body[i:m.start()]
        out.append(chunk); pos += len(chunk)
        i = m.end()
        t = m.group(0)
        if t.startswith("{q"):
            if open_q is not None:
                raise Err(f"{doc_id}: nested quote at {pos}")
            attrs = {}
            for a in ATTR.finditer(m.group(1)):
                attrs[a.group(1)] = a.group(2) if a.group(2) is not None else a.group(3)
            bad = set(attrs) - {"s", "c", "k"}
            if bad:
                raise Err(f"{doc_id}: bad quote attrs {bad}")
            k = {"d": "direct", "p": "partial"}.get(attrs.get("k"))
            if k is None:
                raise Err(f"{doc_id}: quote without k=d|p at {pos}")
            sp = attrs.get("s"); cue = attrs.get("c")
            if curly:
                sp = sp.replace("'", "’") if sp else sp
                cue = cue.replace("'", "’") if cue else cue
            open_q = {"start": pos, "speaker": sp, "cue": cue, "kind": k}
        elif t == "{/q}":
            if open_q is None:
                raise Err(f"{doc_id}: {{/q}} without open quote at {pos}")
            open_q["end"] = pos
            quotes.append(open_q); open_q = None
        elif t == "{nbsp}":
            out.append("\u00a0"); pos += 1
        elif t == "{nnbsp}":
            out.append("\u202f"); pos += 1
        elif m.group(2) is not None:
            surf = m.group(2)
            if "{" in surf or "}" in surf:
                raise Err(f"{doc_id}: markup inside entity {surf!r}")
            label = LABELS[m.group(3)]
            canon = m.group(4)
            if canon and curly:
                canon = canon.replace("'", "’")
            ents.append({"start": pos, "end": pos + len(surf), "text": surf, "label": label, "entity": canon})
            out.append(surf); pos += len(surf)
        else:
            ctx = body[max(0, m.start() - 40):m.start() + 40]
            raise Err(f"{doc_id}: stray markup char {t!r} near {ctx!r}")
    if open_q is not None:
        raise Err(f"{doc_id}: unclosed quote")
    out.append(body[i:])
    text = "".join(out)
    if unicodedata.normalize("NFC", text) != text:
        raise Err(f"{doc_id}: text not NFC")
    # canonical names
    acr = ACRONYMS[lang]
    explicit_per = {e["entity"] for e in ents if e["label"] == "PER" and e["entity"]}
    per_surfaces = {e["text"] for e in ents if e["label"] == "PER"} | explicit_per
    notes = []
    for e in ents:
        if e["entity"]:
            continue
        s = e["text"]
        if s in aliases:
            e["entity"] = aliases[s]
        elif e["label"] == "PER":
            toks = s.split()
            cands = set()
            for full in per_surfaces:
                ft = full.split()
                if len(ft) > len(toks) and any(ft[j:j + len(toks)] == toks for j in range(len(ft) - len(toks) + 1)):
                    cands.add(full)
            # keep only maximal candidates
            cands = {c for c in cands if not any(c != d and c in d for d in cands)}
            if len(cands) > 1:
                raise Err(f"{doc_id}: ambiguous PER {s!r}: {sorted(cands)}")
            e["entity"] = cands.pop() if cands else s
            if e["entity"] != s:
                notes.append(f"{s} -> {e['entity']}")
        elif s in acr:
            e["entity"] = acr[s]
        else:
            e["entity"] = s
    if curly:
        for e in ents:
            e["entity"] = e["entity"].replace("'", "’")
    return text, ents, quotes, notes


def check(doc_id, text, ents, quotes, review):
    warns = []
    for e in ents:
        assert text[e["start"]:e["end"]] == e["text"], (doc_id, e)
        assert e["text"] == e["text"].strip() and e["text"], (doc_id, e)
        first = e["text"].split()[0]
        if first in TITLES or e["text"].startswith(("l'", "l’", "L'", "L’", "d'", "d’")):
            raise Err(f"{doc_id}: entity starts with title/determiner: {e['text']!r}")
        if (e["start"] > 0 and text[e["start"] - 1].isalnum()) or (e["end"] < len(text) and text[e["end"]].isalnum()):
            raise Err(f"{doc_id}: entity cuts a word: {e['text']!r} at {e['start']}")
    se = sorted(ents, key=lambda e: e["start"])
    for a, b in zip(se, se[1:]):
        if b["start"] < a["end"]:
            raise Err(f"{doc_id}: overlapping entities {a} {b}")
    for q in quotes:
        q["text"] = text[q["start"]:q["end"]]
        assert q["text"][0] in OPEN_MARKS and q["text"][-1] in CLOSE_MARKS, (doc_id, q["text"][:40])
        assert len(q["text"]) >= 3
    sq = sorted(quotes, key=lambda q: q["start"])
    for a, b in zip(sq, sq[1:]):
        if b["start"] < a["end"]:
            raise Err(f"{doc_id}: overlapping quotes")
    # every quotation mark must be inside a quote span
    for i, ch in enumerate(text):
        if ch in ALL_MARKS and not any(q["start"] <= i < q["end"] for q in quotes):
            raise Err(f"{doc_id}: quotation mark {ch!r} at {i} outside any quote: {text[max(0,i-40):i+40]!r}")
    # a quote's inner marks: only allowed if a nested quote or a multi-paragraph French quote
    for q in quotes:
        inner = q["text"][1:-1]
        if "«" in inner and "\n" not in inner and "»" not in inner:
            warns.append(f"inner « in quote: {q['text'][:60]!r}")
        if q["cue"]:
            lo = text.rfind("\n\n", 0, q["start"])
            lo = text.rfind("\n\n", 0, lo) if lo > 0 else 0
            hi = text.find("\n\n", q["end"])
            hi = len(text) if hi < 0 else hi
            if q["cue"] not in text[max(lo, 0):hi]:
                raise Err(f"{doc_id}: cue {q['cue']!r} not found near quote {q['text'][:50]!r}")
        if q["speaker"] is None and q["cue"] is not None:
            raise Err(f"{doc_id}: cue without speaker")
    # surfaces annotated somewhere but left bare elsewhere
    covered = [False] * len(text)
    for e in ents:
        for k in range(e["start"], e["end"]):
            covered[k] = True
    for s in sorted({e["text"] for e in ents}):
        for m in re.finditer(r"(?<!\w)" + re.escape(s) + r"(?!\w)", text):
            if not any(covered[m.start():m.end()]):
                raise Err(f"{doc_id}: {s!r} annotated elsewhere but bare at {m.start()}: {text[max(0,m.start()-30):m.end()+30]!r}")
    # PER canonical should occur as a surface in the document
    surfaces = {e["text"] for e in ents}
    for e in ents:
        if e["label"] == "PER" and e["entity"] not in surfaces:
            warns.append(f"PER canonical not in text: {e['entity']!r}")
    if review:
        # capitalized words that are not sentence-initial and not covered
        for m in re.finditer(r"\b[A-ZÀ-ÖØ-Þ][\w’'-]+", text):
            if covered[m.start()]:
                continue
            j = m.start() - 1
            while j >= 0 and text[j] in " \u00a0\u202f«“\"(":
                j -= 1
            if j < 0 or text[j] in ".!?\n:…»”":
                continue
            warns.append(f"bare capitalized: {m.group(0)!r} ...{text[max(0,m.start()-25):m.end()+15]!r}")
    return warns


def main():
    review = "--review" in sys.argv
    only = [a for a in sys.argv[1:] if not a.startswith("--")]
    recs, errors = [], 0
    for fn in sorted(os.listdir(SRC)):
        if not fn.endswith(".md") or fn.startswith("_"):
            continue
        doc_id = fn[:-3]
        lang = doc_id.split("_")[0]
        if lang not in ("fr", "en"):
            raise SystemExit(f"{fn}: id must start with fr_ or en_")
        with open(os.path.join(SRC, fn), encoding="utf-8") as f:
            raw = f.read()
        try:
            text, ents, quotes, notes = parse(doc_id, lang, raw)
            warns = check(doc_id, text, ents, quotes, review)
        except Err as ex:
            print("ERROR", ex); errors += 1
            continue
        if review and (not only or doc_id in only):
            print(f"=== {doc_id} ({len(text.split())} words)")
            for n in sorted(set(notes)):
                print("  link", n)
            for e in ents:
                print(f"  ENT {e['label']} {e['text']!r} -> {e['entity']!r}")
            for q in quotes:
                print(f"  Q {q['kind']:7} spk={q['speaker']!r} cue={q['cue']!r} :: {q['text'][:70]!r}")
            for w in warns:
                print("  WARN", w)
        ents.sort(key=lambda e: e["start"]); quotes.sort(key=lambda q: q["start"])
        recs.append({"id": doc_id, "lang": lang, "text": text,
                     "entities": [{k: e[k] for k in ("start", "end", "text", "label", "entity")} for e in ents],
                     "quotes": [{k: q[k] for k in ("start", "end", "text", "speaker", "cue", "kind")} for q in quotes]})
    if errors:
        raise SystemExit(f"{errors} file(s) with errors; gold.jsonl not written")
    recs.sort(key=lambda r: r["id"])
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        for r in recs:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    # counts
    lang_c = Counter(r["lang"] for r in recs)
    lab = Counter(e["label"] for r in recs for e in r["entities"])
    kind = Counter(q["kind"] for r in recs for q in r["quotes"])
    spk = Counter()
    for r in recs:
        canon = {e["entity"] for e in r["entities"]}
        for q in r["quotes"]:
            if q["speaker"] is None:
                spk["null"] += 1
            elif q["speaker"] in canon:
                spk["named"] += 1
            else:
                spk["unnamed (description)"] += 1
    words = sum(len(r["text"].split()) for r in recs)
    print(f"articles: {len(recs)} ({', '.join(f'{k} {v}' for k, v in sorted(lang_c.items()))}), words: {words}")
    print(f"entities: {sum(lab.values())} ({', '.join(f'{k} {v}' for k, v in sorted(lab.items()))})")
    print(f"quotes: {sum(kind.values())} ({', '.join(f'{k} {v}' for k, v in sorted(kind.items()))})")
    print(f"speakers: {', '.join(f'{k} {v}' for k, v in sorted(spk.items()))}")
    print(f"quotes with cue: {sum(1 for r in recs for q in r['quotes'] if q['cue'])}, without: {sum(1 for r in recs for q in r['quotes'] if not q['cue'])}")
    print(f"wrote {OUT}")


if __name__ == "__main__":
    main()
