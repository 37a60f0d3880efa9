"""One canonical name per source across reports, and what is not a source at all.

The claims stage names a source as the report writes it when the registry does not know it
("Ukraine's Main Military Intelligence Directorate", "Petro Andryushenko", "Russian source",
"Pro-Russian Telegram channel Rybar"), and the parse sometimes hands it a noun-phrase
fragment as the speaker ("Conditions to", "Which", "Russian MoD's attempts to"). Fusion
counts sources, so both matter: ``canonical_source`` maps a resolved source to the registry
entry it names (spelling variants, singular/plural of a generic group, a bare institution
of a known side, a title or channel word in front of a known name, a near-miss spelling of a
registry name) and returns ``None`` for a phrase that cannot be a speaker.

Written by hand: the variants are those seen across the ISW corpus (247 reports, 2022); no
library resolves "the General Staff" of a side or drops "Measures to" as a speaker.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from rapidfuzz import fuzz, process

from .registry import ENTRIES, FORCE_HEADS, SourceEntry, alias_index, normalise, side_of


@dataclass(frozen=True, slots=True)
class Canon:
    canonical: str
    kind: str
    side: str | None


# Words a speaker's name never ends with: the parse cut a clause ("set conditions to ...",
# "a decision that ...") and handed its head to the attribution.
_FUNCTION_END = {"to", "of", "that", "which", "who", "for", "with", "by", "on", "in", "at",
                 "from", "and", "or", "the", "a", "an", "as", "than", "into", "about",
                 # nor with a verb or an adverb of the clause ("Russia are", "Russian forces
                 # for now": seen as sources on the ISW corpus)
                 "is", "are", "was", "were", "be", "been", "has", "have", "had", "will",
                 "would", "now", "also", "still"}
# Head nouns that name an act, a thing or a state, never someone who speaks.
_NON_SPEAKERS = {
    "attempt", "attempts", "effort", "efforts", "backlash", "meeting", "point", "information",
    "decision", "decisions", "move", "failure", "measures", "measure", "conditions", "reason",
    "focus", "part", "payments", "payment", "law", "formation", "environment", "operations",
    "operation", "campaign", "narrative", "narratives", "rhetoric", "discussion", "which",
    "that", "this", "it", "another", "map", "document", "article", "appeal", "recipient",
    "payments", "evidence", "fact", "situation",
    "absence", "lack", "inability", "losses", "continuation", "statement", "statements",
    "summary", "summaries", "update", "updates", "version",
    "assessment", "space", "preliminary", "preliminary information",
    # abstract heads the parse handed over as speakers on the ISW corpus ("Ability of
    # Ukrainian forces", "Reliance on volunteer forces", "Challenging hilly and forested
    # terrain", "Tone of the post", "Refuting accusations", "Correction", "Claim"): a capacity,
    # a manner, terrain, a text's tone or an act, never someone who speaks
    "ability", "capability", "capabilities", "reliance", "terrain", "tone", "combat",
    "claim", "claims", "assessments", "correction", "corrections", "referendum",
    "accusations", "accusation", "munitions", "likelihood", "possibility", "threat",
}
# Heads of an "X of/on ..." phrase that name what is reported, not a reporter ("Reports of a
# Russian attempt to advance", "Report of Ukrainian positions in Udy", "Ability of Ukrainian
# forces", "Reliance on volunteer forces")
_ABOUT_HEADS = _NON_SPEAKERS | {"report", "reports", "footage", "video", "videos", "images"}
# Generic groups written in the singular or the plural: one canonical (plural) name.
_GROUPS = {
    "source": "sources", "milblogger": "milbloggers", "miblogger": "milbloggers",
    "mibloggers": "milbloggers", "military blogger": "milbloggers",
    "military bloggers": "milbloggers", "telegram channel": "Telegram channels",
    "telegram channels": "Telegram channels", "social media user": "social media users",
    "war correspondent": "milbloggers", "war correspondents": "milbloggers",
    "report": "sources", "reports": "sources", "media": "media", "outlets": "media",
    "outlet": "media", "media outlets": "media", "media outlet": "media",
}
_QUANT = re.compile(r"^(one|another|multiple|several|some|other|various|numerous|many|"
                    r"unconfirmed|consistent|new|recent|anecdotal|both|a|an|the|further|"
                    r"additional|prominent|certain|two|three|four|five)\s+", re.I)
_SIDE_WORD = {"RU": "Russian", "UA": "Ukrainian"}
# words after which a single known name is the source ("Telegram channel Rybar", and
# "Pro-Russian Telegram Rybar" with the channel word left out: read227, the channel stood
# under two names on one day)
_DESCRIPTORS = {"channel", "milblogger", "blogger", "outlet", "spokesperson", "spokesman",
                "spokeswoman", "correspondent", "agency", "newspaper", "account", "telegram"}
# A bare institution ("the General Staff", "the Ministry of Defense") is its side's own.
_INSTITUTIONS = ("general staff", "ministry of defense", "defense ministry", "mod",
                 "main military intelligence directorate", "military intelligence directorate",
                 "military intelligence", "armed forces", "government", "authorities",
                 "officials", "military officials", "ministry of foreign affairs",
                 "foreign ministry", "defense minister", "security service")
_DEMONYM_POSSESSIVE = ((re.compile(r"\bukraine's\b"), "ukrainian"),
                       (re.compile(r"\brussia's\b"), "russian"))
_OUTLET_SELF = re.compile(r"^(this|its|their|our)( previous| latest| last)? (report|assessment|"
                          r"update)|previous (isw )?(report|assessment|version)", re.I)


def _key(text: str) -> str:
    """The comparison key: normalise() plus one spelling of defence and of the demonyms."""
    k = normalise(text).replace("defence", "defense")
    for pat, rep in _DEMONYM_POSSESSIVE:
        k = pat.sub(rep, k)
    k = k.replace("pro-russian", "russian").replace("pro-ukrainian", "ukrainian")
    return re.sub(r"\s+", " ", k).strip()


def _index() -> dict[str, SourceEntry]:
    return alias_index(_key)


@lru_cache(maxsize=1)
def _person_names() -> dict[str, SourceEntry]:
    """Registry person names of at least two words or seven letters (fuzzy targets)."""
    out: dict[str, SourceEntry] = {}
    for e in ENTRIES:
        if not e.person:
            continue
        for a in (e.canonical, *e.aliases):
            if len(a) >= 7:
                out[_key(a)] = e
    return out


@lru_cache(maxsize=1)
def _institution_names() -> dict[str, SourceEntry]:
    """Registry names and aliases of institutions (not persons) of three words or more
    (fuzzy targets: "Ukraine's Southern Operation Command" is the Southern Operational
    Command)."""
    return {k: e for k, e in _index().items() if not e.person and len(k.split()) >= 3}


# what an institution issues, named in place of it ("the Ukrainian General Staff report")
_ISSUED = re.compile(r"\s+(?:report|reports|statement|statements|update|updates|summary|"
                     r"summaries|data|briefing|briefings)$")


def is_speaker(text: str) -> bool:
    """Can this phrase name someone who says something? False for parse fragments."""
    t = re.sub(r"\s*\([^)]*\)?", " ", text.replace("’", "'")).strip()
    words = re.findall(r"[\w'-]+", t.lower())
    if not words:
        return False
    if words[-1] in _FUNCTION_END or words[0] in ("which", "that", "what", "whether"):
        return False
    if len(words) > 12 and not t.split()[-1][:1].isupper():
        return False  # a clause, not a name
    head = words[-1].split("'")[0]
    if head in _NON_SPEAKERS or " ".join(words) in _NON_SPEAKERS:
        return False
    for prep in ("of", "on", "about"):
        if prep in words[1:]:
            k = words.index(prep)
            if words[k - 1] in _ABOUT_HEADS and k <= 3:
                return False  # "Reports of a Russian attempt ...", "Reliance on ..."
    if any(w.endswith("'s") for w in words[:-1]) and head in _NON_SPEAKERS | {"space"}:
        return False
    return True


_COMPASS = re.compile(r"\b(north|south|east|west|centr)", re.I)


def _compass(key: str) -> set[str]:
    """The quarters a name names ("Northern Operational Command": north): a close spelling
    of another quarter's institution is another institution (read95: the Northern command
    stood as the Southern one)."""
    return {m.lower() for m in _COMPASS.findall(key)}


_BRACKETED_ACRONYM = re.compile(r"\(([A-Z]{2,6})\)\s*$")


def canonical_source(canonical: str, kind: str, side: str | None) -> Canon | None:
    """The one name, kind and side of a resolved source; ``None`` when it is no speaker.

    Evidence ("Geolocated footage") is returned as it is: fusion records it as what the
    report's writer cites, not as a source (see fuse.model)."""
    if not canonical or canonical.endswith("(unresolved)"):
        return Canon(canonical, kind, side)
    if kind == "evidence":
        return Canon(canonical, kind, side)
    if _OUTLET_SELF.search(canonical):
        return None  # "this report", "its previous assessment": the writer itself
    idx = _index()
    key = _key(canonical)
    issuer = idx.get(_ISSUED.sub("", key)) if _ISSUED.search(key) else None
    if issuer is not None:  # "the Russian Ministry of Defense statement": the ministry
        return Canon(issuer.canonical, issuer.kind, issuer.side)
    if not is_speaker(canonical):
        return None
    hit = idx.get(key)
    if hit is None:
        # a title, channel or descriptor word in front of a known name ("Pro-Russian Telegram
        # channel Rybar", "Spokesperson Oleksandr Motuzyanyk")
        words = key.split()
        for i in range(1, len(words) if " and " not in key else 0):
            tail = " ".join(words[i:])
            e = idx.get(tail)
            if e is None:
                continue
            if not (e.person or len(words) - i > 1 or words[i - 1] in _DESCRIPTORS):
                continue  # "... Ambassador to Russia" is not the Government of Russia
            if not e.person and e.kind != "party_military" and FORCE_HEADS & set(words[:i]):
                continue  # "forces of the Luhansk People's Republic" are its militia
            said = side_of(" ".join(words[:i]))
            if said and e.side and said != e.side:
                continue  # "Russian General Staff" is not Ukraine's
            hit = e
            break
    if hit is None:
        # "The Ukrainian Main Military Directorate (GUR)": the acronym the writer gives in
        # brackets names the body, however its full name was put (read221: the GUR stood
        # under two names on one day's operation)
        acr = _BRACKETED_ACRONYM.search(canonical)
        e = idx.get(_key(acr.group(1))) if acr else None
        if e is not None and not e.person and e.side in (side, None):
            hit = e
    if hit is None and kind in ("party_official", "party_military", "other") \
            and len(key.split()) >= 3:
        # a misspelt or clipped institution ("Southern Operation Command", "Genral Staff")
        best = process.extractOne(key, _institution_names().keys(), scorer=fuzz.ratio,
                                  score_cutoff=92)
        if best is not None and _institution_names()[best[0]].side in (side, None) and \
                _compass(best[0]) == _compass(key):
            hit = _institution_names()[best[0]]
    if hit is None and side in _SIDE_WORD:
        bare = _QUANT.sub("", key)
        if bare in _INSTITUTIONS:
            hit = idx.get(_key(f"{_SIDE_WORD[side]} {bare}"))
    if hit is None and kind in ("party_official", "party_military", "other", "milblogger") \
            and canonical[:1].isupper() and len(key) >= 7:
        # a near-miss spelling of a registry person ("Andryushenko", "Arestovich")
        best = process.extractOne(key, _person_names().keys(), scorer=fuzz.ratio,
                                  score_cutoff=88)
        if best is not None:
            hit = _person_names()[best[0]]
    if hit is not None:
        return Canon(hit.canonical, hit.kind, hit.side)
    return _generic_group(_unnamed_official(_display(canonical)), kind, side)


# An official the text does not name, however it words the description: "a senior US defense
# official", "Unnamed senior American defense official", "US senior defense official" are one
# source (read94: counted as two and three independent witnesses)
_UNNAMED_HEADS = {"official", "officials", "officer", "officers", "spokesperson", "spokesman"}
_NOT_NAMING = {"a", "an", "the", "one", "unnamed", "anonymous", "unidentified"}
_RANKS = {"senior", "top", "high-ranking", "high-level", "junior", "mid-level"}
# (one word each: "United States" is made "US" before the words are read)
_NATION_WORDS = {"american": "US", "us": "US", "u.s.": "US", "british": "UK", "uk": "UK",
                 "u.k.": "UK"}


def _unnamed_official(name: str) -> str:
    """One written form of an unnamed official's description (rank, nation, the rest in
    the text's order); any other name as it is."""
    words = name.replace("United States", "US").split()
    if not words or words[-1].lower() not in _UNNAMED_HEADS or len(words) > 6 or any(
            w[:1].isupper() and w.lower() not in _NATION_WORDS and w.lower() not in
            _NOT_NAMING | _RANKS for w in words[:-1]):
        return name
    kept = [w for w in words if w.lower() not in _NOT_NAMING]
    if len(kept) < 2:
        return name  # "An official": nothing to tell it by
    ranks = [w.lower() for w in kept if w.lower() in _RANKS]
    nation = [_NATION_WORDS[w.lower()] for w in kept if w.lower() in _NATION_WORDS]
    rest = [w.lower() for w in kept if w.lower() not in _RANKS and w.lower() not in _NATION_WORDS]
    out = " ".join(ranks + nation[:1] + rest)
    return out[:1].upper() + out[1:]


def _display(name: str) -> str:
    """One written form of a name the registry does not know, however the sentence wrote it:
    no leading article, a capital first letter ("the Luhansk People's Republic" and
    "Luhansk People's Republic", "local social media users" and "Local social media users"
    are one source)."""
    name = re.sub(r"^(?:the|The)\s+", "", name.strip())
    return name[:1].upper() + name[1:]


def _generic_group(canonical: str, kind: str, side: str | None) -> Canon:
    """"Russian source" / "One Russian source" / "Multiple Russian sources" -> "Russian
    sources"; "Ukrainian and Russian sources" in either order -> one name."""
    key = _key(canonical)
    bare = key
    prev = None
    while prev != bare:
        prev, bare = bare, _QUANT.sub("", bare)
    # "Official Russian and Ukrainian sources": both sides' sources (read230: one RU source)
    bare = re.sub(r"^official (?=(?:russian|ukrainian) and (?:russian|ukrainian) )", "", bare)
    m = re.fullmatch(r"((?:russian|ukrainian)(?: and (?:russian|ukrainian))?|local|"
                     r"social media|us intelligence)?\s*(.+)", bare)
    demonyms, rest = (m.group(1) or "", m.group(2)) if m else ("", bare)
    if demonyms in ("local", "social media", "us intelligence"):
        return Canon(canonical, kind, side)
    group = _GROUPS.get(rest) or (rest if rest in _GROUPS.values() else None)
    if group is None:
        return Canon(canonical, kind, side)
    if " and " in demonyms:
        demonyms = "Russian and Ukrainian"
        side = None
    elif demonyms in ("russian", "ukrainian"):
        demonyms = demonyms.capitalize()
    elif not demonyms and side in _SIDE_WORD:
        demonyms = _SIDE_WORD[side]
    name = f"{demonyms} {group}".strip()
    name = name[:1].upper() + name[1:]
    hit = _index().get(_key(name))
    if hit is not None:
        return Canon(hit.canonical, hit.kind, hit.side)
    if group == "sources" and kind == "news_outlet":
        kind = "other"
    return Canon(name, kind, side)
