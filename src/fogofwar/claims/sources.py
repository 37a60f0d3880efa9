"""Source resolution within a report: one canonical source per person, body or group.

A mention resolves, in order, through: the registry (aliases and descriptions such as "the
Ukrainian leader"); a pronoun or a definite group noun ("he", "it", "they", "those same
sources") to the latest earlier source of the right sort (person / body / group); a shorter
nominal mention to an earlier longer one it is part of ("Haidai" after "Luhansk Oblast
Administration Head Serhiy Haidai", "The GUR" after "Ukraine's GUR"); else the rules of
registry.classify, with the mention's name (a PERSON entity in it, or the phrase without its
determiner) as the canonical name. A partitive ("several of the bloggers") is the group
named before; a bare demonym owning a claim ("Russian claims") speaks for its state; "the
statement" a report quotes from is its publisher's (or the latest named body's); a source
naming an institution without its country ("a ministry spokesman") takes the side of the
latest source naming the same institution, or of the publisher. This is deliberately a
small rule system: the report's own sources are few and recent, and neural coreference would
cost more than the whole parse.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from rapidfuzz.distance import Levenshtein

from ..records import Actor
from .canonical import canonical_source
from .cues import ALIAS_WORDS, SOURCE_DESCRIPTORS
from .person_names import name_after_title, person_key, strip_titles
from .registry import classify, looks_like_person, lookup, normalise

_PERSON_PRON = {"he", "she", "him", "her", "his"}
_GROUP_PRON = {"they", "them", "their", "some", "others", "many", "several", "both", "most",
               "all"}
_ORG_PRON = {"it", "its"}
_ANOTHER = {"another", "the other", "a second", "the second", "a third", "the third"}
_SELF_PRON = {"we", "i", "our"}
_GROUP_HEADS = {"sources", "source", "bloggers", "milbloggers", "officials", "authorities",
                "channels", "users", "correspondents", "analysts", "critics"}


# "several of the bloggers", "one of these sources": part of a group named before
_PARTITIVE = re.compile(r"(?:one|some|several|many|most|all|both|each|few|two|three|four|five|"
                        r"a few|a number) of (?:the|these|those|them|its|their) ([a-z -]+)")
# the document a report quotes from: its own text unless another source was named
_DOCUMENT_REFS = {"the statement", "the report", "the communique", "the communiqué",
                  "the release", "the press release", "the summary", "the update",
                  "the bulletin", "the post"}
# institution words that a bare mention ("a ministry spokesman") shares with its full name
_CHIEF_OF_STAFF = re.compile(r"\bchiefs? of staff\b")
_INSTITUTIONS = {"ministry", "mod", "staff", "administration", "command", "directorate",
                 "governor", "presidency", "office", "kremlin", "guard", "service"}


def _nation(raw: str) -> tuple[str, str] | None:
    """(ISO code, country name) for a bare demonym ("russian", "ukrainian"), else None."""
    from ..events.lexicon_actors import DEMONYM_TO_ISO, country_name

    iso = DEMONYM_TO_ISO.get(raw) if raw.isalpha() and not raw.endswith("s") else None
    name = country_name(iso)
    return (iso, name) if iso and name else None


@dataclass(frozen=True, slots=True)
class Resolved:
    text: str
    canonical: str
    kind: str
    side: str | None
    person: bool
    group: bool


# "Russian and Ukrainian sources", "Ukrainian and Russian officials": two sources, one of
# each side, that agree (read19: one source with no side, and no corroboration across sides)
# ("Official Russian and Ukrainian sources": read230, one RU source and no cross-side
# corroboration)
_JOINT = re.compile(r"^(?:the\s+|both\s+|several\s+|some\s+|many\s+|multiple\s+|other\s+)?"
                    r"(?:official\s+)?"
                    r"(Russian|Ukrainian|pro-Russian|Western|US|American)"
                    r"\s+and\s+(Russian|Ukrainian|pro-Russian|Western|US|American)\s+"
                    r"((?:[\w-]+\s+)?[\w-]+)$", re.I)


_SIDE_OF = {"russian": "RU", "pro-russian": "RU", "ukrainian": "UA", "western": "W", "us": "US",
            "american": "US"}
# a side's group of speakers that names a member next: "Several Ukrainian officials, including "
_MEMBER_OF = re.compile(r"\b(?P<side>(?:pro-)?(?:Russian|Ukrainian))\s+(?:[\w-]+\s+)?"
                        r"(?P<group>sources|officials|milbloggers|bloggers|outlets|channels|"
                        r"authorities)\s*,\s*including\s+(?:the\s+)?$", re.I)
_MEMBER_KIND = {"officials": "party_official", "authorities": "party_official",
                "milbloggers": "milblogger", "bloggers": "milblogger", "channels": "milblogger",
                "outlets": "news_outlet"}


def joint_parts(text: str) -> list[str]:
    """The two sources of a joint source phrase ("Russian and Ukrainian sources" ->
    ["Russian sources", "Ukrainian sources"]), else []."""
    m = _JOINT.match(text.strip())
    if m is None or _SIDE_OF[m.group(1).lower()] == _SIDE_OF[m.group(2).lower()]:
        return []
    return [f"{m.group(1)} {m.group(3)}", f"{m.group(2)} {m.group(3)}"]


@dataclass
class SourceResolver:
    """Resolves the source mentions of one report, in text order (it keeps the history)."""

    doc: object
    report_source: str | None = None
    history: list[Resolved] = field(default_factory=list)

    def __post_init__(self) -> None:
        self._txt = self.doc.text  # Doc.text and Doc.ents are rebuilt on every access
        self._ents = [e for e in self.doc.ents if e.label_ == "PERSON"]
        self._words: dict[str, frozenset[str]] = {}

    def _words_of(self, text: str) -> frozenset[str]:
        """The words of an earlier source mention, normalised (memoised: every later mention
        is compared with every earlier one)."""
        got = self._words.get(text)
        if got is None:
            got = self._words[text] = frozenset(re.findall(r"[\w'-]+", normalise(text)))
        return got

    def resolve(self, start: int, end: int) -> Actor:
        text = self._txt[start:end]
        r = self._resolve(text, start, end)
        canon = canonical_source(r.canonical, r.kind, r.side)
        if canon is not None:
            # one name per source across reports (a fragment keeps its phrase: fusion
            # treats it as no speaker, see claims.canonical)
            r = Resolved(r.text, canon.canonical, canon.kind, canon.side, r.person, r.group)
        if r.side is None:
            # "Several Ukrainian officials, including <Name>, reported": the named member
            # speaks for the side of the group it is named from (attribution._named_member)
            m = _MEMBER_OF.search(self._txt[max(0, start - 80):start])
            if m is not None:
                kind = _MEMBER_KIND.get(m.group("group").lower(), r.kind) \
                    if r.kind == "other" else r.kind
                r = replace(r, side=_SIDE_OF[m.group("side").lower()], kind=kind)
        same = self._spelled_before(r)
        if same is not None:
            r = replace(same, text=r.text)
        named = self._apposed_name(start, end)
        # (the name set beside the office is the same source when told alone later:
        # "The deputy chief of the General Staff, General Oleksiy Hromov, stated ... Hromov
        # reported ..."; read220: the surname stood as a source of its own, graded F)
        self.history.append(replace(r, text=f"{r.text} {named}") if named else r)
        return Actor(text=text, start=start, end=end, canonical=r.canonical, kind=r.kind,
                     side=r.side)

    # ---------------------------------------------------------------------------- internals

    def _sentence_before(self, start: int) -> str:
        """The text of the sentence holding ``start``, up to ``start``."""
        span = self.doc.char_span(start, start + 1, alignment_mode="expand")
        if span is None or not len(span):
            return ""
        return self._txt[span.sent.start_char:start]

    def _spelled_before(self, r: Resolved) -> Resolved | None:
        """The earlier source of this report that ``r`` names in another spelling: a full
        name whose folded surname and first initial are an earlier person's ("Oleksii X"
        then "Oleksiy X": ii/iy/yi, ie/ye, y/i, person_names.fold), or a bare surname that
        folds to the surname of exactly one earlier person; else None (read228: one officer
        stood as two sources on one day)."""
        key = person_key(r.canonical)
        if key is None:
            return None
        hits: dict[str, Resolved] = {}
        for h in reversed(self.history):
            theirs = person_key(h.canonical)
            if theirs is None or h.canonical == r.canonical or not theirs[1] or \
                    (h.side and r.side and h.side != r.side):
                continue
            if theirs == key or (not key[1] and h.person and theirs[0] == key[0]):
                hits.setdefault(h.canonical, h)
        return next(iter(hits.values())) if len(hits) == 1 else None

    def _latest(self, want) -> Resolved | None:
        for r in reversed(self.history):
            if want(r):
                return r
        return None

    def _resolve(self, text: str, start: int, end: int) -> Resolved:
        low = normalise(text)
        raw = text.strip().lower()
        if raw in _PERSON_PRON:
            hit = self._latest(lambda r: r.person)
            if hit:
                return hit
        if raw in _ORG_PRON:
            hit = self._latest(lambda r: not r.person and not r.group)
            if hit:
                return hit
        if raw in _ANOTHER:
            # "One milblogger claimed ..., and another noted ...": a second member of the
            # kind of source last named (read34: a source named "Another")
            hit = self._latest(lambda r: not r.canonical.endswith("(unresolved)"))
            if hit:
                return hit
        if raw in _GROUP_PRON or re.fullmatch(r"(those|these|the)( same)? (sources?|"
                                              r"bloggers|milbloggers|channels|officials)",
                                              raw):
            head = raw.split()[-1]
            hit = self._latest(lambda r: r.group and (head in _GROUP_PRON or
                                                       head.rstrip("s") in r.text.lower()))
            if hit is None and head not in _GROUP_PRON:
                hit = self._latest(lambda r: r.group)
            if hit:
                return hit
        if _SOME_SOURCES.fullmatch(raw):
            # "Russian sources indicated that ..., with certain sources claiming that": some
            # of the sources the sentence named, not a source of no side of its own (read230:
            # a phantom "Sources" made a third independent witness). ("Multiple sources" in
            # another sentence are others: tests/fuse/test_fuse_session22.py.)
            before = self._sentence_before(start)
            hit = self._latest(lambda r: r.group and r.side is not None and
                               r.canonical.lower().endswith("sources") and r.text in before)
            if hit:
                return hit
        part = _PARTITIVE.fullmatch(raw)
        if part:
            # "several of the bloggers": some members of a group named before
            head = part.group(1).split()[-1]
            hit = self._latest(lambda r: r.group and head.rstrip("s") in r.text.lower())
            if hit:
                return hit
        if raw in _DOCUMENT_REFS:
            # "according to the statement": the report's own text, unless a source was named
            hit = self._latest(lambda r: not r.person)
            e = lookup(self.report_source) if self.report_source else None
            if e is not None and (hit is None or e.kind.startswith("party")):
                return Resolved(text, e.canonical, e.kind, e.side, e.person, False)
            if hit is not None:
                return hit
        nation = _nation(raw)
        if nation is not None:
            # "Russian claims that ...": a bare demonym owning a claim speaks for its state
            iso, name = nation
            e = lookup(name)
            if e is not None:
                return Resolved(text, e.canonical, e.kind, e.side, e.person, False)
            return Resolved(text, f"Government of {name}", "party_official", iso, False, False)
        if raw in _SELF_PRON and self.report_source:
            e = lookup(self.report_source)
            if e:
                return Resolved(text, e.canonical, e.kind, e.side, e.person, False)
        # coordinated sources ("X Miroshnik and Russian milbloggers"): the first one names
        # the source; "Russian and Ukrainian sources" is one phrase, not two sources
        first = text.split(" and ")[0]
        primary = first if len(normalise(first).split()) >= 2 and \
            not _shared_head(first, text) and not (
                _one_description(first) and self._has_person(start + len(first), end)) \
            else text
        entry = lookup(primary)
        group = self._is_group(start, end)
        if entry is not None:
            return Resolved(text, entry.canonical, entry.kind, entry.side, entry.person, group)
        # "A Russian Telegram channel claimed" after "Russian Telegram channel Baza reported":
        # an indefinite speaker is one not named before (read85: it stood as Baza)
        earlier = None if _INDEFINITE.match(raw) else self._earlier_mention(low)
        if earlier is None and re.fullmatch(r"(this|that|the|these|those)( [a-z-]+){1,2}",
                                            text.strip(), flags=re.I) and \
                text.strip().split()[-1].islower():
            # a definite description ("this milblogger", "the spokesperson") refers back to
            # the latest source with the same head word
            head = raw.split()[-1]
            earlier = self._latest(lambda r: head in r.text.lower() and r.text.lower() != raw)
        if earlier is not None:
            return earlier
        if raw in _PERSON_PRON | _GROUP_PRON | _ORG_PRON | _SELF_PRON | _ANOTHER:
            # nothing earlier to refer to: keep it, but never as a name of its own
            return Resolved(text, f"{text} (unresolved)", "other", None, raw in _PERSON_PRON,
                            raw in _GROUP_PRON)
        # (a report's side is its own, not that of what it shows: "social media reports of
        # Russian helicopters")
        shown = _REPORTS_OF.match(primary.strip()) is not None
        kind, side = classify(_REPORTS_OF.sub(r"\1", primary.strip()))
        if kind == "other" and side is None and not shown:
            side = classify(text)[1]
        if side is None:
            side = self._inherited_side(raw)
        if side is None and kind == "milblogger":
            # "milbloggers" after "Russian milbloggers" in one report: the same community
            hit = self._latest(lambda r: r.kind == "milblogger" and r.side is not None)
            side = hit.side if hit else None
        return Resolved(text, self._name(text, start, end), kind, side,
                        looks_like_person(text) or self._has_person(start, end), group)

    def _inherited_side(self, raw: str) -> str | None:
        """"A ministry spokesman" after "Russia's Defence Ministry said": a source that names
        an institution without its country belongs to the side of the latest earlier source
        (or of the report's publisher) naming the same institution."""
        # ("the chief of staff of a battalion" is a role in that unit, no staff's spokesman:
        # read48, it took the side of "the Ukrainian General Staff" told before)
        words = set(re.findall(r"[a-z]+", _CHIEF_OF_STAFF.sub(" ", raw))) & _INSTITUTIONS
        if not words:
            return None
        for r in reversed(self.history):
            if r.side and words & set(re.findall(r"[a-z]+", r.text.lower())):
                return r.side
        if self.report_source and words & set(re.findall(r"[a-z]+",
                                                         self.report_source.lower())):
            e = lookup(self.report_source)
            return e.side if e else classify(self.report_source)[1]
        return None

    def _earlier_mention(self, low: str) -> Resolved | None:
        words = set(re.findall(r"[\w'-]+", low))
        if not words or low in _GROUP_PRON:
            return None
        for r in reversed(self.history):
            theirs = self._words_of(r.text)
            if words < theirs and any(w[:1].isalpha() for w in words) and \
                    not words <= {"russian", "ukrainian", "sources", "source", "officials",
                                  "forces", "military", "milbloggers", "milblogger"} | \
                    _REPORT_WORDS and \
                    not _another_nations(words, theirs):
                return r
        if len(words) == 1:
            # a person's surname written one letter off later in the report ("Motuzyanuk"
            # after "Oleksandr Motuzyanyk"): the same person, not an unknown source (read42:
            # the typo stood as a source of its own and graded an incident 6)
            (w,) = words
            for r in reversed(self.history) if len(w) >= 6 else ():
                names = r.text.split() if r.person else []
                last = names[-1].lower() if names else ""
                if len(last) >= 6 and w[0] == last[0] and w != last and \
                        Levenshtein.distance(w, last) <= 1:
                    return r
        return None

    def _apposed_name(self, start: int, end: int) -> str | None:
        """A person's name set in apposition just after the source phrase, outside it
        (attribution._source_span cuts an apposition off), else None."""
        span = self.doc.char_span(start, end, alignment_mode="expand")
        if span is None or not len(span):
            return None
        for c in span.root.rights:
            if c.dep_ == "appos" and c.i >= span.end and c.ent_type_ == "PERSON" and \
                    c.i - span.end <= 5:
                return self.doc[c.left_edge.i:c.i + 1].text
        return None

    def _is_group(self, start: int, end: int) -> bool:
        span = self.doc.char_span(start, end, alignment_mode="expand")
        if span is None or not len(span):
            return False
        root = span.root
        return root.tag_ in ("NNS", "NNPS") or any(t.dep_ == "conj" for t in span) or \
            root.lower_ in _GROUP_HEADS

    def _has_person(self, start: int, end: int) -> bool:
        return any(e.label_ == "PERSON" and e.start_char >= start and e.end_char <= end
                   for e in self._ents)

    def _name(self, text: str, start: int, end: int) -> str:
        """Canonical name of an unknown source: its person name, else the bare phrase."""
        # "the mayor of Kherson": a name after "of" is the office's place, even where the
        # tagger took it for a person
        # a titled name ends the phrase ("Enerhodar Mayor Dmytro Orlov"): the person is the
        # source, whatever part of the phrase the tagger took for a person
        titled = name_after_title(text)
        if titled is not None:
            return titled
        backed = _BACKED_IN_OCCUPIED.match(text.strip())
        if backed is not None:
            return f"Russian occupation {backed.group('head')} in {backed.group('place')}"
        described = _DESCRIBED_NAME.match(text.strip())
        if described is not None:
            # "Local Ukrainian source Derhachi City Council", "Ukrainian news source
            # Ria-Melitopol": the name is the source, the words before it say its kind
            # (read217, read218: the descriptor stood as the source's name)
            return described.group("name")
        people = [e for e in self._ents if e.label_ == "PERSON" and e.start_char >= start
                  and e.end_char <= end
                  and not (e.start > 0 and e.doc[e.start - 1].lower_ == "of")
                  # a "person" followed by lower-case words names the place of an office
                  # ("Deputy Head of the Kherson occupation administration")
                  and not re.match(r"\s+[a-z]", self._txt[e.end_char:end])]
        if people:
            return strip_titles(people[-1].text)
        t = re.sub(r"\s*\([^)]*\)", "", text).strip()
        # "several of the bloggers" names the bloggers, not "of the bloggers"
        t = re.sub(r"^(?:one|some|several|many|most|all|both|each|few|two|three|four|five)"
                   r"\s+of\s+", "", t, flags=re.I)
        t = re.sub(r"^(the|a|an|some|several|many|other|those|these|numerous|various)\s+", "",
                   t, flags=re.I)
        # "Social media reports of Russian Ka-52 attack helicopters": the reports, not what
        # they show (read199: the whole phrase stood as a source's name)
        t = _REPORTS_OF.sub(r"\1", t)
        return t[:1].upper() + t[1:] if t else text


_INDEFINITE = re.compile(r"(?:a|an|one|another|some)\s")
# Sources of no side, named by a quantifier only ("certain sources", "some sources")
_SOME_SOURCES = re.compile(r"(?:certain|some)\s+(?:of\s+the(?:se)?\s+)?sources")
# "Russian-backed authorities in the occupied cities of A and B": the occupation authorities
# of those places, however the text words the backing (read227: the whole phrase, with the
# typo "Russian-back", stood as the source's name)
_BACKED_IN_OCCUPIED = re.compile(
    r"^(?:the\s+)?(?:Russian|Russia)-(?:backed|back|appointed|installed)\s+"
    r"(?P<head>authorities|officials|administrations?)\s+(?:in|of)\s+(?:the\s+)?occupied\s+"
    r"(?:(?:cities|towns|city|town|settlements|areas?|territories|parts?)\s+of\s+)?"
    r"(?P<place>[A-Z].*)$")
# A descriptor phrase ending in a kind of source, then the source's proper name
# ("Pro-Russian Telegram <Name>": the platform's name stands for "channel", read227)
_DESCRIBED_NAME = re.compile(rf"(?:[\w-]+\s+){{0,3}}(?:{'|'.join(SOURCE_DESCRIPTORS)}|Telegram|"
                             rf"(?:under|by)\s+the\s+(?:{'|'.join(ALIAS_WORDS)}))\s+"
                             r"(?P<name>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,4})")
# A kind of report and what it is of ("media reports of X", "footage of Y")
_REPORTS_OF = re.compile(r"^((?:[\w-]+\s+){0,2}(?:reports?|footage|images?|videos?|photos?))"
                         r"\s+of\s+.+$", re.I)
# Words of a report's kind that name no source by themselves ("media reports" after "social
# media reports of helicopters" is another report)
_REPORT_WORDS = {"media", "reports", "report", "social", "local", "news", "footage", "videos",
                 "images", "photos"}

# The words by which a collective of no name is one nation's or side's
_NATION_WORD = re.compile(r"^(?:pro-)?(?!civilian$)(?:[a-z]+(?:ian|ese)|american|german|british|"
                          r"polish|turkish|chechen|western|occupation)$")


def _another_nations(words: set[str], theirs: frozenset[str]) -> bool:
    """Does an earlier mention add only a nation's or side's word to a collective of no name
    ("social media users" after "Belarusian social media users")? A collective names its
    nation when it has one: the later one is any such users (read83: Ukrainian users'
    reports of a recapture stood as Belarusian)."""
    extra = theirs - words
    return bool(extra) and all(_NATION_WORD.match(w) for w in extra) and \
        any(w.endswith("s") for w in words)


def _one_description(first: str) -> bool:
    """Is the first of two coordinated source phrases a bare singular description of no
    name ("Russian milblogger" in "Russian milblogger and DNR serviceman Maksim Fomin")?
    With a person named after the "and", the two describe one person, not two sources
    (read216: Fomin stood as "Russian milbloggers")."""
    last = first.split()[-1]
    return last.islower() and not last.endswith("s") and \
        not re.match(r"(?:the|a|an)\s", first.strip(), re.I)


def _shared_head(first: str, text: str) -> bool:
    """Does the name before " and " take its head from the end of the phrase ("Troops from
    the Donetsk and Luhansk People's Republics": Donetsk's is a republic too, read40), rather
    than being a source of its own ("Rybar and Russian milbloggers")?"""
    last_first, last = first.split()[-1], text.split()[-1]
    parts = text.split(" and ")
    return len(parts) == 2 and len(parts[1].split()) >= 2 and last_first[:1].isupper() and \
        last[:1].isupper() and last.endswith("s")  # a capitalised plural: "Republics", "Oblasts"
