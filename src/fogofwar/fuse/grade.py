"""Per incident: who says what (source x stance), independence, status over time, and grade.

Independence: claims by one source count once however many reports carry them; copies of
one story (a syndication cluster) count once, under the outlet that published it first; a
source that says it repeats another ("according to ISW") is a relay and does not count --
the source it names counts instead; the sources of the party that did the act are one
witness of it (a party's word on its own act is corroborated only from outside it). The
information grade follows the Admiralty scale (1 confirmed ... 5 improbable, 6 cannot be
judged) and always comes with its reasons.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from rapidfuzz.distance import Levenshtein

from ..claims.person_names import person_key
from ..claims.registry import classify, lookup, side_of
from ..events.taxonomy import TERRITORY_TAKINGS

from .config import RELIABILITY_WORDS, Reliability
from .model import PARTIES, Attribution, IncidentState, Mention, outlet_ref

GRADE_WORDS = {1: "confirmed by independent sources", 2: "probably true", 3: "possibly true",
               4: "doubtful", 5: "improbable", 6: "truth cannot be judged"}
_WEIGHT = {"A": 5, "B": 4, "C": 3, "D": 2, "E": 1, "F": 1}
_CERTAINTY_RANK = {"certain": 3, "probable": 2, "unknown": 1, "possible": 0}


@dataclass
class Evidence:
    """One quoted statement behind a source's stance."""

    report_id: str
    published: str | None
    event_id: str
    claim_id: str | None
    stance: str
    certainty: str
    quote: str
    start: int
    end: int
    cites: str | None = None
    fatalities: tuple[int, int, int] | None = None
    # the outlet's repeating of another source's claim, not a statement of its own
    relayed: bool = False
    # the claim tells no event of its own and only speaks of this one ("the remaining lane of
    # the bridge opened", "mined the river bank near X"): about the incident, no witness of it
    names_back: bool = False
    # the writer passed the act on as heard ("reportedly"), neither vouching nor doubting
    hearsay: bool = False
    # told as the sides laying it on each other (model.mutual_blame)
    mutual: bool = False


@dataclass
class SourceRow:
    canonical: str
    kind: str
    side: str | None
    stance: str
    certainty: str
    first_reported: str | None
    reports: list[str]
    relays: str | None
    reliability: str = "F"
    evidence: list[Evidence] = field(default_factory=list)
    # the writer states it in its own voice, but beside its report of this source's claim:
    # the stance is its own, the information is that source's (not a second witness)
    rests_on: str | None = None

    @property
    def independent(self) -> bool:
        """Counted as a witness of its own: neither a relay or copy nor a restatement of
        another source's claim, nor a source that only speaks of the incident (read20:
        Haidai's "mined the river bank near Svatove" confirmed an attack there). A denial that
        names the incident back ("the Kremlin denied these reports", "said that claims of the
        capture of X are premature") is the source's own word against it: a witness (read220:
        such denials were listed and never made the incident disputed)."""
        return self.relays is None and self.rests_on is None and not (
            self.evidence and all(e.names_back and e.stance != "denies"
                                  for e in self.evidence))

    @property
    def cites(self) -> list[str]:
        """The evidence this source cites (footage, imagery), in order of first mention."""
        out: dict[str, None] = {}
        for e in self.evidence:
            for c in (e.cites or "").split(", "):
                if c:
                    out[c] = None
        return list(out)

    @property
    def fatalities(self) -> dict[str, Any] | None:
        """This source's casualty figures for the incident: the range over its statements
        (each side's toll stays its own; see summarize for the incident's spread)."""
        figs = [e.fatalities for e in self.evidence if e.fatalities is not None]
        if not figs:
            return None
        latest = max((e for e in self.evidence if e.fatalities is not None),
                     key=lambda e: (e.published or "", e.report_id))
        return {"low": min(f[0] for f in figs), "best": latest.fatalities[1],
                "high": max(f[2] for f in figs), "reports": len({e.report_id for e in self.evidence
                                                                 if e.fatalities is not None})}

    def to_json(self) -> dict[str, Any]:
        return {"canonical": self.canonical, "kind": self.kind, "side": self.side,
                "stance": self.stance, "certainty": self.certainty,
                "first_reported": self.first_reported, "reports": self.reports,
                "relays": self.relays, "rests_on": self.rests_on, "reliability": self.reliability,
                "cites": self.cites, "fatalities": self.fatalities}


@dataclass
class Summary:
    status: str
    credibility: int
    reasons: list[str]
    independent: dict[str, int]
    sources: list[SourceRow]
    contradictions: list[dict[str, str]]
    history: list[dict[str, str]]
    # only denials so far: kept so that a later assertion can join, not listed by default
    # ("negative events join the incident they deny, they are not incidents of their own")
    unanswered: bool = False


@lru_cache(maxsize=None)
def _kind_of(name: str) -> tuple[str, str | None]:
    """(kind, side) of a source heard only as relayed: the registry's, else its words'."""
    e = lookup(name)
    return (e.kind, e.side) if e is not None else classify(name)


def _stance_over_time(evs: list[Evidence]) -> str:
    """A source's stance is the one of its latest reporting date; asserting it and denying it
    on a later date is a retraction; asserting and denying on one date is a hedge (the
    source contradicts itself). A later date that only hedges does not take back an earlier
    assertion: "ISW cannot verify" a re-claim of a capture it reported as fact two days
    before still stands behind its own report (a withdrawal of it is a denial)."""
    by_date: dict[str, set[str]] = {}
    for e in evs:
        by_date.setdefault(e.published or "", set()).add(e.stance)
    dates = sorted(by_date)
    last = by_date[dates[-1]]
    if last == {"hedges"} and any("asserts" in by_date[d] for d in dates[:-1]):
        return "asserts"
    positive = {"asserts", "hedges"}
    if last & {"denies", "retracts"} and last & positive:
        return "hedges"
    if last & {"denies", "retracts"}:
        if any(by_date[d] & positive for d in dates[:-1]):
            return "retracts"
        return "denies"
    return "asserts" if "asserts" in last else "hedges"


@lru_cache(maxsize=None)
def _actor_side(actor: str) -> str | None:
    """The party of a canonical actor name (few names, looked up for every incident graded)."""
    return side_of(actor)


def _doer_side(mentions: list[Mention]) -> str | None:
    """The party that did the incident's event by most of its mentions that tell it happened
    and blame no one."""
    sides = Counter(_actor_side(m.actor1) for m in mentions if m.actor1 and not m.negative
                    and not m.doer_disputed)
    sides.pop(None, None)
    return sides.most_common(1)[0][0] if sides else None


_DISASTERS = {"Natural disaster", "Man-made disaster"}


def _other_cause(m: Mention, inc: IncidentState) -> bool:
    """Does ``m`` tell the loss of the named target an attack incident is about as a disaster
    ("the Moskva sank in a storm", "an accidental fire" beside "Ukrainian forces struck the
    Moskva")? To assert that cause is to deny the attack: the Russian MoD's storm denies the
    strike. Only for a named target's loss (fuse/target.py), where a disaster mention joined
    as the same loss told otherwise; a fire that a strike on a town started is its
    consequence, not another cause."""
    return bool(inc.target) and m.sub_event_type in _DISASTERS \
        and inc.sub_event_type not in _DISASTERS


def _taken_back(m: Mention, inc: IncidentState, doer: str | None) -> bool:
    """Does ``m`` tell the other party taking the place of a change-of-control story ("Haidai
    stated Ukrainian forces regained half of Severodonetsk" in the story of its Russian
    capture)? Its source disputes the capture; counted as asserting it, the two sides' claims
    made the capture "confirmed" (read11, ISW 2022-06-08). A withdrawal by the story's loser
    ("Russian forces withdrew from X" in X's liberation) is no taking and tells the story."""
    if inc.sub_event_type not in TERRITORY_TAKINGS or m.negative or not m.actor1 \
            or m.sub_event_type not in TERRITORY_TAKINGS or doer is None:
        return False
    side = _actor_side(m.actor1)
    return side is not None and side != doer


def _repelled_there(m: Mention, inc: IncidentState) -> bool:
    """Is ``m`` a repel that joined a change-of-control story as its denial ("repelled Russian
    assaults near X" the day X's capture is claimed: fuse.fusion._taking_answered)? Its
    sources assert the fighting and deny the taking. (A denied advance that joined the story,
    fuse.fusion.denied_advance_at, is none: its sources keep their own stances, the reports of
    advances asserting it, their denier denying it.)"""
    return inc.sub_event_type in TERRITORY_TAKINGS and m.sub_event_type == "Armed clash" \
        and inc.members.get(m.event_id, ("",))[0] == "denies" and not m.negative


def _blames_away(a: Attribution, doer: str | None) -> bool:
    """Does ``a`` lay on the other party what the incident's doer, its own side, did?"""
    return a.shifts_blame and doer == a.source.side


def source_rows(inc: IncidentState, clusters: dict[str, str], rel: Reliability,
                upto: str | None = None) -> list[SourceRow]:
    """The source x stance matrix of an incident (only evidence published up to ``upto``)."""
    ev_by: dict[str, list[Evidence]] = {}
    meta: dict[str, Counter] = {}  # name -> how its mentions typed it: (kind, side) counts
    relays: dict[str, str | None] = {}
    rests: dict[str, str] = {}  # the writer's own words beside a claim it reports: whose claim
    implied: dict[str, tuple[str, str | None]] = {}  # relayed sources never heard directly
    own: set[str] = set()  # sources with at least one statement of their own (not a relay)
    # outlet rows from syndicated copies: the first outlet of each cluster speaks for it
    cluster_first: dict[str, tuple[str, str]] = {}
    mentions: list[Mention] = sorted(inc.mentions.values(),
                                     key=lambda m: (m.published or "", m.report_id, m.event_id))
    # A report that attributes the incident to a source and also states it in its own
    # voice is taken to state it on that source's word: the stance is its own (ISW
    # "asserts" the strike), the information rests on that source (no second witness).
    # Only a claim that asserts it counts: the writer's "a Russian airstrike destroyed the
    # theater" beside "the Russian MoD falsely accused Ukrainian forces of bombing it" rests on
    # nobody's word (ISW 2022-03-17).
    attributed: dict[str, str] = {}
    for m in mentions:
        for a in m.attributions:
            if a.claim_id is not None and m.report_id not in attributed \
                    and a.stance == "asserts" and not a.shifts_blame and not a.names_back \
                    and not _repelled_there(m, inc):
                attributed[m.report_id] = a.relays or a.source.canonical
    doer = _doer_side(mentions)
    for m in mentions:
        if upto is not None and (m.published or "") > upto:
            continue
        cl = clusters.get(m.report_id, m.report_id)
        # the writer contradicts the claim it reports: it relays nothing here
        contradicts = any(b.claim_id is None and b.stance == "denies" for b in m.attributions)
        for a in m.attributions:
            name = a.source.canonical
            # laying on the other party what the incident's own doer (its side) did: a denial;
            # the writer calling that blame false says the doer did it
            stance = a.stance
            if _blames_away(a, doer) or (stance == "asserts" and (
                    _other_cause(m, inc) or _taken_back(m, inc, doer)
                    or _repelled_there(m, inc))):
                stance = "denies"
            elif a.assessment and a.stance == "denies" and any(_blames_away(b, doer)
                                                               for b in m.attributions):
                stance = "asserts"
            e = Evidence(m.report_id, m.published, m.event_id, a.claim_id, stance, a.certainty,
                         a.quote.text, a.quote.start, a.quote.end, a.cites, a.fatalities,
                         names_back=a.names_back, hearsay=a.hearsay, mutual=a.mutual)
            if a.claim_id is None:  # the outlet states it itself
                first = cluster_first.setdefault(cl, (name, m.report_id))
                if first[0] != name:
                    relays.setdefault(name, first[0])  # a copy of another outlet's story
                elif a.stance == "denies" or a.assessment:
                    # the writer contradicting a claim it reports, or saying it cannot verify
                    # it, speaks in its own voice
                    own.add(name)
                elif m.report_id in attributed and attributed[m.report_id] != name:
                    # the report's own words rest on the source it quotes: counting them as a
                    # second witness made relayed capture claims "confirmed" (issue 11)
                    rests.setdefault(name, attributed[m.report_id])
                else:
                    own.add(name)
            elif a.relays:
                relays.setdefault(name, a.relays)
                # the source it repeats carries the information
                src = a.relays
                ev_by.setdefault(src, []).append(e)
                implied.setdefault(src, _kind_of(src))
                own.add(src)
            else:
                own.add(name)
            ev_by.setdefault(name, []).append(e)
            meta.setdefault(name, Counter())[(a.source.kind, a.source.side)] += 1
            if a.claim_id is not None and m.outlet and m.outlet.lower() != name.lower() \
                    and not contradicts and not _repelled_there(m, inc):
                # the outlet that published an attributed claim relays its source
                oe = Evidence(m.report_id, m.published, m.event_id, None, a.stance, a.certainty,
                              a.quote.text, a.quote.start, a.quote.end, relayed=True)
                ev_by.setdefault(m.outlet, []).append(oe)
                ref = outlet_ref(m.outlet)
                meta.setdefault(m.outlet, Counter())[
                    (ref.kind, ref.side) if ref else ("news_outlet", None)] += 1
                relays.setdefault(m.outlet, name)
                # it also speaks first for its story: a later copy's own-voice rewording of
                # the claim repeats this outlet, it is not a new witness
                cluster_first.setdefault(cl, (m.outlet, m.report_id))
    # one person under one name: a bare surname is the full name heard elsewhere in the
    # incident ("Motuzyanyk"), and two spellings of one name are one source ("Oleksii
    # Gromov", "Oleksiy Hromov")
    for short, full in _same_person(ev_by, meta).items():
        ev_by[full] = ev_by[full] + ev_by.pop(short)
        meta.setdefault(full, Counter()).update(meta.pop(short, Counter()))
        if short in own:
            own.add(full)
    # a source named as relayed keeps the kind it has where it speaks itself
    rows = []
    for name in sorted(ev_by):
        evs = ev_by[name]
        kind, side = _typed(meta[name]) if name in meta else implied[name]
        # a source that speaks for itself takes its stance from its own statements: relaying
        # a claim the next day does not make its own denial an assertion
        # (so does a writer whose own words rest on a claim it reports: relaying another
        # source's denial of the strike it states does not make it hedge, read of the dev
        # Kramatorsk story)
        own_evs = [e for e in evs if not e.relayed]
        stance = _stance_over_time(own_evs if (name in own or name in rests) and own_evs
                                   else evs)
        cert = max((e.certainty for e in evs if e.stance == stance or stance == "retracts"),
                   key=lambda c: _CERTAINTY_RANK.get(c, 1), default="unknown")
        reports = sorted({e.report_id for e in evs})
        first = min((e.published for e in evs if e.published), default=None)
        rl = None if name in own else _another(name, relays.get(name))
        on = None if name in own else _another(name, rests.get(name))
        if on is not None and rl is not None:
            # it reports the claim and also says it in its own words: its stance is its own
            rl, on = (None, on) if rl == on else (rl, None)
        rows.append(SourceRow(name, kind, side, stance, cert, first, reports, rl,
                              rel.of(name, _rated_as(kind, side)), evs, on))
    return rows


def _rated_as(kind: str, side: str | None) -> str:
    """The kind whose default reliability a source takes: a source of no known kind that
    speaks for a party to the war ("Ukrainian sources", "Russian sources") is rated as that
    party's officials, not as a source whose reliability cannot be judged (read224: a
    strike the writer told and "Ukrainian sources" confirmed fell to grade 6)."""
    return "party_official" if kind == "other" and side in PARTIES else kind


def _another(name: str, source: str | None) -> str | None:
    """``source``, unless it is ``name`` itself (a source does not repeat itself)."""
    return None if source is None or source.lower() == name.lower() else source


def _typed(votes: Counter) -> tuple[str, str | None]:
    """One kind and side for a source its mentions typed differently ("Budanov" alone reads
    as "other"; "Ukrainian Intelligence Chief Kyrylo Budanov" as party_military, UA): the
    typing that knows a side and a kind, then the commonest."""
    return max(votes.items(), key=lambda kv: (kv[0][1] is not None, kv[0][0] != "other",
                                              kv[1], kv[0][0]))[0]


def _one_letter_apart(people: dict[tuple[str, str], list[str]]
                      ) -> dict[tuple[str, str], list[str]]:
    """Full names whose folded surnames (of seven letters or more) are one edit apart, with
    the same first initial, are one person's spellings ("Andrii Tsaplienko" and "Andriiy
    Tsapienko" in two reports; read219: the journalist stood as two sources); the side
    check in _same_person still keeps two parties' namesakes apart."""
    keys = sorted(people, key=lambda k: (-len(people[k]), k))
    merged: dict[tuple[str, str], list[str]] = {}
    for key in keys:
        into = next((k for k in merged if k[1] == key[1] and min(len(k[0]), len(key[0])) >= 7
                     and Levenshtein.distance(k[0], key[0]) <= 1), None)
        merged.setdefault(into or key, []).extend(people[key])
    return merged


def _same_person(ev_by: dict[str, list], meta: dict[str, Counter]) -> dict[str, str]:
    """Names of one person in an incident -> the name to list them under: the spellings of
    one full name (same folded surname and first initial: the most-heard spelling), and a
    bare surname that is the surname of exactly one such person of a compatible side."""
    def side(n: str) -> str | None:
        return _typed(meta[n])[1] if n in meta else None

    people: dict[tuple[str, str], list[str]] = {}
    bare: dict[str, str] = {}  # a single-word name -> its folded form
    for n in ev_by:
        key = person_key(n)
        if key is None:
            continue
        if key[1]:
            people.setdefault(key, []).append(n)
        elif n[:1].isupper():
            bare[n] = key[0]
    people = _one_letter_apart(people)
    out: dict[str, str] = {}
    heads: dict[tuple[str, str], str] = {}
    for key, names in people.items():
        head = max(names, key=lambda n: (len(ev_by[n]), n))
        heads[key] = head
        sides = {side(n) for n in names} - {None}
        if len(sides) > 1:
            continue  # two people of two parties who share a name
        for n in names:
            if n != head:
                out[n] = head
    for short, surname in bare.items():
        s = side(short)
        fulls = [h for key, h in heads.items() if key[0] == surname
                 and (s is None or side(h) in (None, s))]
        if len(fulls) == 1:
            out[short] = fulls[0]
    return out


def _label(r: SourceRow) -> str:
    side = f", {r.side}" if r.side else ""
    return f"{r.canonical} ({r.kind}{side}, reliability {r.reliability})"


def _unnamed(r: SourceRow) -> bool:
    """An unnamed collective: "Russian sources", "Russian milbloggers", "Ukrainian Telegram
    channels", "Ukrainian officials" (a side's word and a plural common noun, no one's name),
    or one of no side ("social media users", "local media": read83, two such made four
    recaptures "confirmed")."""
    words = r.canonical.split()
    if len(words) < 2 or not words[-1].islower() or any(w.isupper() and len(w) > 1
                                                         for w in words):
        return False
    if r.side is None:
        return all(w.islower() for w in words[1:]) and (
            words[-1].endswith("s") or words[-1] in ("media", "people", "press"))
    return words[-1].endswith("s")


def witnesses(rows: list[SourceRow]) -> int:
    """How many independent witnesses the rows are: each named source one, and the unnamed
    collectives of one side one together (read48: "Russian sources" and "Russian
    milbloggers" on one claim made it "confirmed", as if two had seen it). The sources of
    one party to the war count as one witness of any act: a party's word, on its own act or
    the other's, is corroborated only from outside it (ISW 2022-10-12: a Russian attack
    "confirmed" by the Russian MoD and Russian milbloggers; read111, read116: four Ukrainian
    acts "confirmed" on Russian claims alone)."""
    parties = {r.side for r in rows if r.side in PARTIES}
    rest = [r for r in rows if r.side not in PARTIES]
    return len([r for r in rest if not _unnamed(r)]) + \
        len({r.side for r in rest if _unnamed(r)}) + len(parties)


def _status(asserts: list[SourceRow], denies: list[SourceRow],
            retracts: list[SourceRow]) -> str:
    if retracts and not asserts:
        return "retracted"
    if asserts and denies:
        return "disputed"
    if not asserts and denies:
        return "disputed"
    if _blaming_each_other(asserts):
        # the sides agree it happened and each lays it on the other: who did it is disputed
        return "disputed"
    if witnesses(asserts) >= 2:
        return "confirmed"
    return "reported"


def summarize(inc: IncidentState, clusters: dict[str, str], rel: Reliability) -> Summary:
    """Stance matrix, independent counts, contradictions, status history and grade."""
    rows = source_rows(inc, clusters, rel)
    indep = [r for r in rows if r.independent]
    asserts = [r for r in indep if r.stance == "asserts"]
    denies = [r for r in indep if r.stance == "denies"]
    hedges = [r for r in indep if r.stance == "hedges"]
    retracts = [r for r in indep if r.stance == "retracts"]
    status = _status(asserts, denies, retracts)
    reasons: list[str] = []
    blaming = _blaming_each_other(asserts)
    if asserts:
        reasons.append(f"{len(asserts)} independent source(s) assert it: "
                       + "; ".join(_label(r) for r in asserts))
    if denies:
        reasons.append(f"{len(denies)} independent source(s) deny it: "
                       + "; ".join(_label(r) for r in denies))
    if hedges:
        reasons.append("reported as possible only by: " + "; ".join(_label(r) for r in hedges))
    if retracts:
        reasons.append("withdrawn later by: " + "; ".join(_label(r) for r in retracts))
    relayed = [r for r in rows if r.relays is not None]
    if relayed:
        reasons.append("not counted as independent (relays or copies): "
                       + "; ".join(f"{r.canonical} repeats {r.relays}" for r in relayed))
    resting = [r for r in rows if r.rests_on is not None]
    if resting:
        reasons.append("its own words, not a second witness (they rest on a claim it reports): "
                       + "; ".join(f"{r.canonical} on the word of {r.rests_on}" for r in resting))
    copies = {}
    for m in inc.mentions.values():
        copies.setdefault(clusters.get(m.report_id, m.report_id), set()).add(m.report_id)
    for cl, reps in sorted(copies.items()):
        if len(reps) > 1:
            reasons.append(f"{len(reps)} near-copies of one story counted as one: {', '.join(sorted(reps))}")
    against = [r for r in asserts if r.side and any(d.side == r.side for d in denies)]
    if against:
        reasons.append("asserted against its own side's denial by: "
                       + "; ".join(r.canonical for r in against))
    grade, why = _grade(asserts, denies, hedges, retracts, against)
    if blaming:
        reasons.append("the sides blame each other for it: " + " vs ".join(blaming)
                       + " (that it happened is agreed, who did it is disputed)")
        if grade == 1:
            grade, why = 2, "both sides tell it, each laying it on the other"
    reasons.append(f"grade {grade} ({GRADE_WORDS[grade]}): {why}")
    contradictions = [{"asserts": a.canonical, "denies": d.canonical} for a in asserts for d in denies]
    history = _history(inc, clusters, rel)
    unanswered = all(role == "denies" for role, _ in inc.members.values())
    if unanswered:
        reasons.insert(0, "only denials are stored: the report they answer is not")
    return Summary(status, grade, reasons, {"asserts": len(asserts), "denies": len(denies)},
                   rows, contradictions, history, unanswered)


def _blaming_each_other(asserts: list[SourceRow]) -> list[str]:
    """The sources, one per party, that tell the incident as the parties laying it on each
    other (read229: "Ukrainian and Russian sources accused each other of shelling the
    route" stood confirmed by two sides, its doer unknown); [] unless two parties do."""
    by_side: dict[str, str] = {}
    for r in asserts:
        if r.side in PARTIES and any(e.mutual for e in r.evidence):
            by_side.setdefault(r.side, r.canonical)
    return list(by_side.values()) if len(by_side) >= 2 else []


def _weight(rows: list[SourceRow]) -> int:
    return sum(_WEIGHT[r.reliability] for r in rows)


def _grade(asserts, denies, hedges, retracts, against) -> tuple[int, str]:
    """Admiralty-style information grade from corroboration, contradiction and reliability."""
    if retracts and not asserts:
        return 5, "the sources that reported it withdrew it"
    if not asserts:
        if denies:
            return 5, "only denials are on record"
        if hedges:
            if all(r.reliability == "F" for r in hedges):
                return 6, "only hedged reports from sources whose reliability cannot be judged"
            if any(r.reliability in "ABC" and r.evidence and all(e.hearsay for e in r.evidence)
                   for r in hedges):
                # "Russian forces reportedly attacked X" in a reliable outlet's voice: a report
                # passed on without its origin, uncorroborated, not one it doubts (read227:
                # graded doubtful, as "may have attacked" is)
                return 3, "a single report, passed on as heard and not corroborated"
            return 4, "only reported as possible"
        return 6, "no source takes a position"
    wa = _weight(asserts) + 2 * len(against)  # an admission against interest weighs more
    wd = _weight(denies)
    good = [r for r in asserts if r.reliability in "ABC"]
    # (two sides agreeing confirm it only where each is a source of some standing: "Russian
    # and Ukrainian sources" of no name, reliability F both, are agreement, not confirmation;
    # read42: a grade 1 on two such generic sources)
    # (a side's unnamed collective is no such source, whatever its rating: _rated_as)
    sides = {r.side for r in asserts if r.side and r.reliability != "F" and not _unnamed(r)}
    if witnesses(asserts) >= 2:
        if not denies:
            if good or len(sides) >= 2:
                return 1, "independent sources agree and none denies it"
            return 2, "independent sources agree, none of them usually reliable"
        if wa > wd:
            return 2 if good else 3, "independent sources assert it and outweigh the denial"
        return 3, "independent sources assert it, but the denial weighs as much"
    r = asserts[0]
    if denies:
        if wa > wd:
            return 3, f"one source asserts it against a denial it outweighs ({r.reliability} vs " \
                      f"{'/'.join(d.reliability for d in denies)})"
        return 4, "one source asserts it, and a source at least as reliable denies it"
    if r.reliability == "F":
        return 6, "a single source whose reliability cannot be judged"
    if r.reliability in "AB" and r.certainty in ("certain", "probable", "unknown"):
        return 2, f"a single {RELIABILITY_WORDS[r.reliability]} source, not yet corroborated"
    return 3, f"a single {RELIABILITY_WORDS[r.reliability]} source, not corroborated"


def _history(inc: IncidentState, clusters: dict[str, str],
             rel: Reliability) -> list[dict[str, Any]]:
    """One entry per reporting date: the status as of that day, whether it changed, the
    sources first heard that day, each independent source's stance as of that day, and the
    reports of the day."""
    dates = sorted({m.published for m in inc.mentions.values() if m.published})
    out: list[dict[str, Any]] = []
    for d in dates:
        rows = [r for r in source_rows(inc, clusters, rel, upto=d) if r.independent]
        st = _status([r for r in rows if r.stance == "asserts"],
                     [r for r in rows if r.stance == "denies"],
                     [r for r in rows if r.stance == "retracts"])
        new = sorted(r.canonical for r in rows if r.first_reported == d)
        out.append({"date": d, "status": st, "changed": not out or out[-1]["status"] != st,
                    "sources": ", ".join(new),
                    "stances": {r.canonical: r.stance for r in rows},
                    "reports": sorted({m.report_id for m in inc.mentions.values()
                                       if m.published == d})})
    return out
