"""Name keys: how a place name written in a report meets a gazetteer name.

``key()`` folds case, diacritics (via ``unidecode``), apostrophes and hyphens so that
"Kharkiv", "KHARKIV" and "Khar'kiv" meet, and "Rostov-on-Don" meets "Rostov on Don".
``region_stems()`` derives the bare names of administrative regions ("Belgorod Oblast",
"Kharkivs'ka Oblast'" -> "belgorod", "kharkiv") so that "the Belgorod region" can find them.
``region_only_keys()`` derives looser keys of those stems that only a name followed by a
region word may match (``region_key()``): "Zaporizhia Oblast" finds Zaporizhzhia Oblast,
while a bare "Zaporizhia" never becomes the oblast.
"""

from __future__ import annotations

import re

from unidecode import unidecode

# A compass bearing as a writer places one name from another ("southwest of X", "south-west
# of X"): shared by the readers of bearings in geo and events
COMPASS = r"(?:north|south|east|west)(?:-?(?:east|west))?"
# A sector's word between a name and its bearing: "the X area (10km northwest of Y)" (read22)
SECTOR_WORD = r"(?:\s+(?:area|direction|axis|vicinity)\b)?"
# Words of a line drawn between places, which their names end ("the Avdiivka-Donetsk City
# frontline", "the Mykolaiv-Kryvyi Rih direction", "the Izyum-Slovyansk axis")
LINE_WORDS = frozenset({"front", "frontline", "frontlines", "front-line", "line", "lines",
                        "axis", "direction", "directions", "salient", "sector"})
# Pattern pieces the place cues and the offsets share: a remark on who holds a place before
# its distance ("(within Russian-controlled territory approximately 25km south of Y"), and a
# distance for each further name of a list ("40 and 50 km southwest of Y, respectively")
# Nouns of a part of a town, its people or its office, owned by its name: "Enerhodar's beach",
# "Kyiv's northwestern suburbs", "Kherson's mayor" (read140, read136: spaCy's PERSON on the
# possessive lost the shelling of a town's beach; a capital owning its suburbs is no government)
TOWN_PART_NOUNS = frozenset("""outskirts outskirt suburbs suburb environs beach beaches port
harbor harbour downtown center centre districts district neighborhoods neighbourhoods airport
airfield embankment waterfront streets residents population mayor outlying zone zones""".split())
HOLDER_REMARK = r"(?:with)?in\s+(?:[\w-]+\s+){1,2}(?:territory|lines)\s+"
MORE_DISTANCES = r"(?:(?:,\s*|\s+and\s+|\s+or\s+)\d{1,3}(?:\.\d)?\s?)*"

_APOS = re.compile(r"[\u2019\u2018'`\u02bc\u02b9\"]")
_SEP = re.compile(r"[\s\-\u2010-\u2015_/,.()]+")

# Words that name an administrative unit: "X region", "X oblast", "Oblast of X".
REGION_WORDS = frozenset({
    "region", "regions", "oblast", "oblasts", "province", "provinces", "krai", "kray",
    "raion", "rayon", "raions", "rayons", "district", "districts", "governorate", "county",
    "counties",
    "parish", "state", "republic", "okrug", "prefecture", "territory", "department",
})
# Generic parts of admin names that the text often leaves out.
_GENERIC = {"oblast", "oblast'", "region", "province", "krai", "kray", "state", "republic",
            "of", "the", "autonomous", "governorate", "prefecture", "county", "parish",
            "district", "raion", "rayon", "okrug", "city", "municipality", "department",
            "respublika", "avtonomnaya", "kraj", "oblasti", "territory"}
# Adjectival endings of Russian/Ukrainian region names: Belgorodskaya, Kharkivska, Kurskaya.
_ADJ = re.compile(r"(s'?kaya|s'?kiy|s'?kyi|s'?kyy|s'?ka|s'?kij|skoye|skoe|skaia)$")


def key(name: str) -> str:
    """The lookup key of a name: ASCII, lower case, no apostrophes, single spaces."""
    s = unidecode(name or "")
    s = _APOS.sub("", s).lower()
    s = _SEP.sub(" ", s).strip()
    if s[:3] in ("st ", "ft ", "mt "):  # "St. Louis" meets "Saint Louis"
        s = _ABBREV[s[:2]] + s[2:]
    return s


_ABBREV = {"st": "saint", "ft": "fort", "mt": "mount"}


# The adjectival endings of a region's name whose "-sk" stem the index holds ("Kurskaya",
# "Donetska", "Khersonskyi"), and the shorter ones text also writes ("Khersonsky raion")
REGION_ADJ_ENDINGS = ("skaya", "skiy", "skij", "ska", "skyi", "skyy")
WRITTEN_ADJ_ENDINGS = REGION_ADJ_ENDINGS + ("sky", "ski", "skoi", "skoy")


def sk_stem(word: str) -> str:
    """A region adjective's stem up to its last "sk": "donetska" -> "donetsk"."""
    return word.rsplit("sk", 1)[0] + "sk"


def region_stems(name: str) -> set[str]:
    """Bare keys an admin region is called by in text: "Belgorod Oblast" -> {"belgorod"}."""
    k = key(name)
    words = [w for w in k.split() if w not in _GENERIC]
    out = set()
    if words and words != k.split():
        out.add(" ".join(words))
    if len(words) == 1:
        w = words[0]
        stem = _ADJ.sub("", w)
        if stem != w and len(stem) >= 4:
            out.add(stem)  # Belgorodskaya -> belgorod; Kharkivska -> kharkiv
        if w.endswith(REGION_ADJ_ENDINGS):
            out.add(sk_stem(w))  # Kurskaya -> kursk; Donetska -> donetsk
    for s in list(out):
        w = s.split()
        if len(w) >= 2 and w[0] in _PARTICLES:
            out.add(" ".join([w[0] + w[1], *w[2:]]))  # "De Soto Parish" -> "desoto"
    return {s for s in out if s}


# Particles that the press writes joined to the next word as often as apart ("DeSoto
# Parish", "LaSalle County", "McKean"): a region's stem is indexed both ways
_PARTICLES = frozenset({"de", "la", "le", "du", "da", "van", "von", "mc", "mac"})


_LOOSE = (("yy", "y"), ("iy", "i"), ("ya", "ia"), ("yu", "iu"), ("ye", "ie"), ("yi", "i"),
          ("yo", "io"), ("j", "y"), ("'", ""))


# a vowel's glide (Ukrainian "й") before a consonant, written "y" or "i": "Rayske" and
# "Raiske", "Novomykhaylivka" and "Novomykhailivka" (read26)
_GLIDE = re.compile(r"([aeou])y(?=[bcdfghjklmnpqrstvwxz])")
_DOUBLE_I = re.compile(r"i{2,}")


def loose(k: str) -> str:
    """A key with the glides of competing romanisations folded: "Hulyaipole" and
    "Huliaipole", "Vysokopillya" and "Vysokopillia", "Zaporizhzhya" and "Zaporizhzhia";
    a vowel's glide before a consonant ("Rayske" and "Raiske") and a doubled "i" ("Mariinka",
    "Maryinka" and "Marinka", all of them Mar'inka) too (read26). Indexes store the loose keys
    of their names, so a change here bumps DEFAULT_VERSION (the stored keys are rebuilt)."""
    for a, b in _LOOSE:
        k = k.replace(a, b)
    k = _GLIDE.sub(r"\1i", k)
    return _DOUBLE_I.sub("i", k)


def is_latin(name: str) -> bool:
    """True when the name is written in Latin script (with any diacritics)."""
    return bool(name) and all(ord(c) < 0x250 or c in "\u2019\u2018\u02bc" for c in name)


REGION_ONLY_PREFIX = "@"  # keys a name matches only when a region word names it a region
_DOUBLED = re.compile(r"(zh|sh|ch|kh|ts|[a-z])\1")


def swapped_spellings(k: str) -> list[str]:
    """The spellings of key ``k`` with two neighbouring letters swapped, its first two kept:
    the commonest slip of a writer's hand ("Optyne" for Opytne, "Yakolvika" for
    Yakovlika)."""
    return sorted({k[:i] + k[i + 1] + k[i] + k[i + 2:] for i in range(2, len(k) - 1)
                   if k[i] != k[i + 1] and k[i].isalpha() and k[i + 1].isalpha()})


def fold_doubles(k: str) -> str:
    """A key with doubled letters and digraphs single: "zaporizhzhia" -> "zaporizhia",
    "kreminna" -> "kremina". Too loose for a bare name (it would merge namesakes), so used
    only for region-only keys."""
    return _DOUBLED.sub(r"\1", k)


def region_key(stem: str) -> str:
    """The region-only key of a name written before a region word ("Zaporizhia" in
    "Zaporizhia Oblast", "the Zaporizhia region"): romanisation glides and doubled letters
    folded, marked so that it never meets a bare name's key."""
    return REGION_ONLY_PREFIX + fold_doubles(loose(key(stem)))


def region_only_keys(name: str) -> set[str]:
    """Region-only keys of an admin region's name: each bare stem, folded (see region_key).
    "Zaporizhzhia Oblast" -> {"@zaporizhia"}."""
    stems = region_stems(name) | {k for k in (key(name),) if k}
    return {region_key(s) for s in stems}


# Adjective endings of Ukrainian and Russian place names ("Vesela Dolyna", "Vesele",
# "Krasnyi Lyman", "Veseloye", "Krasnaya Polyana"), longest first
_ADJ_ENDINGS = ("oye", "aya", "yye", "yi", "yy", "iy", "oy", "oe", "ye", "a", "e", "i", "y")


def agreement_variants(k: str) -> list[str]:
    """Keys of a two-word name with its first word's adjective ending changed: "vesele
    dolyna" -> "vesela dolyna", "veselyi dolyna", ... An adjective agrees with its noun's
    gender, and a writer who knows the neighbouring village "Vesele" writes "Vesele Dolyna"
    for Vesela Dolyna (read22). Empty for any other name."""
    words = k.split()
    if len(words) != 2:
        return []
    first, second = words
    end = next((e for e in _ADJ_ENDINGS if first.endswith(e) and len(first) - len(e) >= 3), None)
    if end is None:
        return []
    stem = first[:-len(end)]
    return [f"{stem}{e} {second}" for e in _ADJ_ENDINGS if e != end]
