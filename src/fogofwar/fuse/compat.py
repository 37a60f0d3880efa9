"""Do two event mentions describe the same incident? Type, place, time and actor tests.

Each test returns a verdict and the feature that explains it, so that every merge can say
why it was made (stored with the membership). Pure functions; no I/O.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from datetime import date, timedelta

from ..geodesy import haversine_km
from ..records import COUNTRY, NEAR_SETTLEMENT, REGION, SETTLEMENT, Place, TimeValue
from .model import Interval, Mention

# ACLED sub-event types grouped into families that can describe one incident. A change of
# control at a settlement is one story whichever side is said to take it and however it is
# told (a capture claimed, denied, assessed, confirmed, reversed): "territory". Fighting
# near a settlement is "combat", apart from it (ISW, 2022-11: a capture claim for one village
# fused with offensive operations around a town 20 km away).
_FAMILY = {
    "Armed clash": "combat",
    "Non-state actor overtakes territory": "territory",
    "Government regains territory": "territory",
    "Non-violent transfer of territory": "territory",
    "Shelling/artillery/missile attack": "remote",
    "Air/drone strike": "remote",
    "Remote explosive/landmine/IED": "remote",
    "Suicide bomb": "remote",
    "Grenade": "remote",
    "Chemical weapon": "remote",
}


# Words by which a written name says it is a region, not a settlement in it.
_REGION_WORDS = frozenset({"oblast", "oblasts", "region", "regions", "krai", "kray",
                           "province", "republic", "raion", "district", "okrug", "territory"})


def names_region(written: str, region: str) -> bool:
    """Does a written place name name the region itself: "Belgorod" or "KURSK" for its
    oblast, "Odesa Oblast" for Odeska Oblast, "Kharkiv Oblast" for Kharkivs'ka Oblast'? Its
    first word's first four letters (apostrophes dropped) within the region's name, or its
    first three letters starting it ("Sumy", Sumska Oblast), or a region word in it."""
    words = written.lower().replace("\u2019", "").replace("'", "").split()
    if not words:
        return False
    if any(w.strip(".,") in _REGION_WORDS for w in words):
        return True
    region = region.lower().replace("\u2019", "").replace("'", "")
    return words[0][:4] in region or region.startswith(words[0][:3])


def unlisted(p: Place | None) -> bool:
    """Is ``p`` a settlement the gazetteer does not hold, placed in the region the text puts
    it in? "The village of Demidovka in Belgorod region" stands at Belgorod Oblast, written
    "Demidovka", with no gazetteer entry of its own (geo/resolve.py's fallback). Fusion
    knows it as a settlement of that region by its written name; a map shows the region."""
    return (p is not None and p.geonameid is None and p.precision == REGION
            and bool(p.country_code) and bool(p.admin1)
            and (p.feature_code or "").startswith("ADM")
            and not names_region(p.text, p.name or p.admin1 or ""))


def family(event_type: str, sub_event_type: str) -> str:
    """The type family used for compatibility: by sub-event type, else by event type."""
    if sub_event_type in _FAMILY:
        return _FAMILY[sub_event_type]
    if event_type in ("Non-conflict", "Strategic developments"):
        return f"{event_type}:{sub_event_type}"
    return event_type


# A withdrawal from a place is typed a change to the group's activity (ACLED's coding of troop
# movements), but for the record it is the place changing hands: "Russian forces retreated
# from Snake Island", "withdrew from Kyiv Oblast".
_WITHDRAWAL = re.compile(r"\b(?:withdr[ae]w\w*|retreat\w*|pull(?:ed|ing|s)? (?:back|out)|pullout|"
                         r"abandon\w*|evacuat\w*)\b[^.;]{0,60}?\bfrom (?:around |near |the (?:vicinity|outskirts|area) of )?(?:the )?"
                         r"((?:[\w'’-]+ ?){1,4})", re.I)
# ("withdrawing from around Chernihiv": leaving the place's surroundings is leaving it)
# "withdrawn from the Chernihiv axis" is a unit leaving a front, not a place changing hands
_NOT_A_PLACE = {"axis", "direction", "front", "sector", "line", "lines", "grouping", "area",
                "bridgehead", "group", "positions", "frontline"}


# "the Russian grouping on Snake Island withdrew", "Russian troops in Kherson retreated":
# a force at a named place leaving
_PLACED_WITHDRAWAL = re.compile(r"\b(?:grouping|group|forces|troops|garrison|units|"
                                r"contingent|defenders)\s+(?:on|in|at)\s+(?:the\s+)?"
                                r"((?:[\w'’-]+ ?){1,3}?)\s*(?:,[^,]{0,40},\s*)?"
                                r"(?:withdr[ae]w\w*|retreat\w*|pulled (?:back|out)|"
                                r"abandon\w*)\b", re.I)


# "withdrawing from “broken positions” in Severodonetsk to new fortified positions": the
# defenders leaving their positions inside a named town are giving it up (a partial change of
# control is part of the town's story, as the incident gold and the judging rule write it)
_POSITIONS_IN = re.compile(r"\b(?:withdr[ae]w\w*|retreat\w*|pull(?:ed|ing|s)? (?:back|out))\b"
                           r"[^.;]{0,40}?\bfrom\b[^.;]{0,30}?\bpositions\W{0,2}\s+"
                           r"(?:in|inside|within)\s+(?:the\s+)?([A-Z][\w'’-]+)\b"
                           r"(?!\s+(?:[Dd]irection|[Aa]xis|[Ff]ront|[Ss]ector|[Aa]rea|[Oo]blast|"
                           r"[Rr]egion|[Pp]rovince|[Rr]iver)\b)")


# "nearly 2,000 Ukrainian fighters have left Azovstal", "Russian troops left the city of
# Kherson" (the events stage types "leave" a movement only with fighters leaving a place)
_LEFT_PLACE = re.compile(r"\b(?:left|leaving|leaves?)\s+(?:the\s+(?:city|town|village)\s+of\s+)?"
                         r"([A-Z][\w'’-]+)\b")


def _withdrawal_from_place(evidence: str) -> bool:
    """"retreated from Snake Island", "withdrew from Kherson", "the Russian grouping on Snake
    Island withdrew", "withdrawing from positions in Severodonetsk": leaving a named place."""
    for mt in (*_WITHDRAWAL.finditer(evidence or ""),
               *_PLACED_WITHDRAWAL.finditer(evidence or ""),
               *_POSITIONS_IN.finditer(evidence or ""), *_LEFT_PLACE.finditer(evidence or "")):
        words = mt.group(1).split()
        if words and words[0][:1].isupper() and not _NOT_A_PLACE & {w.lower() for w in words}:
            return True
    return False


# Part of a place taken (a building, a plant, positions, districts): fighting for the place,
# not its change of control ("seized the regional hospital in Mariupol", "captured the Ilyich
# plant", "retook large parts of Severodonetsk"; hand-judged seeds 1206-1208).
_PARTIAL = re.compile(
    r"\b(hospital|plant|factory|building|buildings|church|businesses|positions?|parts?|"
    r"entry points|outskirts|district|districts|neighbou?rhoods?|airport|station|port|"
    r"bridge|suburbs?|quarter|blocks?|headquarters|school|checkpoint|heights|trenches|"
    r"stronghold|percent|%|banks?|sections?)\b", re.I)


# A garrison's surrender is coded an agreement (ACLED), but for the record its place changes
# hands: "defenders trapped in the Azovstal Steel Plant surrendered", "the last group of
# Ukrainian fighters surrendered" belong with the claims and denials that the place fell.
_SURRENDER = re.compile(r"\b(?:surrender(?:ed|s|ing)?|capitulat\w*|laid down (?:their|its) arms)\b",
                        re.I)


# A facility destroyed or hit with no ground fighting in the clause is a strike (ACLED codes
# it as remote violence), whatever verb the events stage typed as a clash: "Russian forces
# destroyed a logistics center in Lviv", "struck an ammunition depot near Kramatorsk",
# "Ukrainian forces destroyed a second Russian pontoon bridge near Bilohorivka".
_FACILITY_HIT = re.compile(
    r"\b(?:destroy\w*|struck|strikes?|hit|targeted|attack(?:s|ed)? on)\b[^.;]{0,60}?\b(?:depots?|warehouses?|"
    r"logistics (?:cent(?:er|re)s?|hubs?|bases?)|storage|fuel|ammunition|infrastructure|"
    r"airfields?|air ?bases?|command posts?|substations?|power plants?|oil refiner\w*|"
    r"railway (?:stations?|junctions?)|rail (?:hubs?|junctions?)|(?:pontoon |railway |road )?"
    r"bridges?|crossings?)\b", re.I)
_GROUND = re.compile(r"\b(?:assault\w*|clash\w*|fighting|fought|repel\w*|repuls\w*|"
                     r"attack(?:ed|s)? (?:on |against )?(?:\w+ )?positions|advanc\w*|"
                     r"storm\w*|ambush\w*|ground)\b", re.I)


# "declared victory in the battle of Mariupol": a claim that the place is taken, not fighting
_VICTORY = re.compile(r"\b(?:declar\w*|claim\w*|announc\w*|proclaim\w*)\s+(?:a\s+|its\s+|their\s+)?"
                      r"victory\s+(?:in|over|at)\b", re.I)


# "five Russian soldiers surrendered", "dozens of servicemen surrendered": prisoners taken,
# not a place given up
_SOLDIERS_SURRENDER = re.compile(
    r"\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|dozens?|hundreds?|several|"
    r"some|a few|a group of|individual)\s+(?:of\s+)?(?:[\w-]+\s+){0,2}?(?:soldiers?|servicem[ae]n|"
    r"troops|personnel|conscripts|marines|men|paratroopers)\b", re.I)


# An explosion or a fire told with no cause ("a truck exploded on the bridge", "a fire broke
# out at the oil depot") is coded a man-made disaster, but in war reporting it is the same
# incident as the strike or sabotage other sources tell at that place: who caused it is
# what the sources dispute (ISW 2022-10-08: the Russian Investigative Committee's truck
# explosion and the Kerch Strait Bridge explosion).
_BLAST = re.compile(r"\b(?:explo(?:ded|des|sions?|de)|blasts?|detonat\w+|fires?|burn(?:ed|ing|s)?|"
                    r"ignit\w+|caught fire)\b", re.I)


def mention_family(event_type: str, sub_event_type: str, evidence: str = "",
                   lead: str | None = None) -> str:
    """The family of one mention: ``family`` of its type, except that a withdrawal from a
    place (read off its evidence) and a surrender belong with the changes of control
    ("territory"), a
    capture of part of a place (read off ``lead``, the clause up to the place) with the
    fighting for it ("combat"), and a facility destroyed with no ground fighting with the
    strikes ("remote"), and so is an explosion or fire told as an accident; a victory declared
    in a battle for a place is a claim that it is taken ("territory")."""
    if sub_event_type == "Change to group/activity" and _withdrawal_from_place(evidence):
        return "territory"
    if sub_event_type == "Man-made disaster" and _BLAST.search(evidence or ""):
        return "remote"
    if sub_event_type == "Agreement" and _SURRENDER.search(evidence or "") \
            and not _SOLDIERS_SURRENDER.search(evidence or ""):
        return "territory"
    fam = family(event_type, sub_event_type)
    clause = lead if lead is not None else evidence or ""
    if fam == "territory" and _PARTIAL.search(clause):
        return "combat"
    if fam == "combat" and _FACILITY_HIT.search(clause) and not _GROUND.search(clause):
        return "remote"
    if fam == "combat" and _VICTORY.search(evidence or ""):
        return "territory"
    return fam


@dataclass(frozen=True)
class FusionOptions:
    """Tunable thresholds of the matcher (documented defaults, see docs in fuse/__init__)."""

    # Radius (km) a place of each precision stands for; two places match when their
    # distance is within the sum of both radii.
    settlement_km: float = 5.0
    # "near X" / "around X": 15 km (limit 20-30 km for a pair) merged fighting near Avdiivka
    # with fighting near Donetsk City and Krasnohorivka (13.6-23.5 km apart; ISW seed-31
    # sample, 4 of 5 such merges wrong); 7 km keeps pairs within 12-14 km.
    near_km: float = 7.0
    # An event whose text states no time gets its report's date; two such events match when
    # their reports are at most this many days apart (daily reports cover the previous day).
    inferred_gap_days: int = 1
    # An undated event may refer back to a dated one up to this many days before its report
    # (news and daily assessments speak of the day before; 31 days merged a month of daily
    # "assaults on Kharkiv" into one incident on the ISW reports, 3 days still chained
    # consecutive days' assaults).
    inferred_lookback_days: int = 1
    # A time of at least this many days is coarse (a week, a month): it takes part in the
    # same-place episode rule and never matches an undated report.
    coarse_days: int = 7
    # A time wider than this ("in 2022", "since February") is too vague to merge on: such
    # an event joins only an incident with the very same interval.
    max_interval_days: int = 31
    # A denial that names no place covers the places its report names within this many
    # characters of it (its paragraph, roughly).
    blanket_chars: int = 400
    # A coarse stated time (a week, a month) and another stated time at the very same
    # settlement may be this many days apart and still be one incident: fighting for a
    # village reported "in March" and "on 8 April" is one episode. Two single days never
    # use it (daily assaults on one town are separate events), nor undated reports, nor
    # regions. Applied against an incident's anchor time only, so it cannot chain.
    same_place_gap_days: int = 14
    # A settlement's change of control is one story told over days: a territory mention at
    # the same settlement joins the incident when it is at most this many days from the
    # incident's span (claimed on the 24th, denied on the 25th, confirmed on the 30th), the same
    # two weeks as same_place_gap_days ...
    control_gap_days: int = 21
    # ... as long as the story stays within this many days from first to last report.
    control_max_days: int = 45
    # A story of denials only ("X remains under Ukrainian control") is answered by an
    # assertion at most this many days away: a capture weeks later is another episode.
    denial_answer_days: int = 3
    # A change of control matched by its place's name alone (a name no gazetteer entry
    # resolved, on one side or both) joins a story only this many days from it: Ukraine has
    # dozens of Mykhailivkas, and the name says more the closer the reports are.
    namesake_gap_days: int = 3
    # A change of control is named back for longer ("the withdrawal from Snake Island" in a
    # September report): such a reference joins the last story at that settlement this many
    # days back, and never starts an incident itself.
    restate_control_days: int = 120
    # Atrocities are named back for longer still ("the Bucha atrocities" half a year on): an
    # undated reference by their kind joins the attack on civilians at that settlement this
    # many days back.
    restate_atrocity_days: int = 365
    # A strike on a named structure ("the Kerch Strait Bridge explosion") named back without
    # a date joins that structure's strike of at most this many days before.
    restate_facility_days: int = 7
    # A country-level place ("in Ukraine") says too little to merge with a settlement or
    # region inside the country; set true to let it.
    country_contains: bool = False
    # A look-back duration up to this many hours ("in the past 24 hours") is the report's own
    # reporting period: it stands for the report date (see interval_of). 48 lost a right
    # merge on ISW (a counterattack "on June 3" restated as "in the last 48 hours" on June 5).
    reporting_period_hours: int = 24
    # Grid cell size (degrees) for the candidate index (a mention probes the cells within
    # its largest possible match distance, see place_cells).
    cell_deg: float = 0.3


DEFAULT_OPTIONS = FusionOptions()


def interval_of(tv: TimeValue | None, published: str | None, opts: FusionOptions = DEFAULT_OPTIONS
                ) -> Interval | None:
    """The date interval a mention's time stands for; inferred/unanchored -> report date.

    A short look-back duration ("in the past 24 hours": PT24H, P1D; FusionOptions.
    reporting_period_hours) is the report's own reporting period: it stands for the report
    date like an undated statement, so one outlet's consecutive daily "did not attack X in
    the past 24 hours" stay separate (their 2-day intervals overlapped; ISW seed-31 sample).
    """
    if tv is not None and not tv.inferred and reporting_period(tv.value, opts):
        tv = None
    if tv is not None and not tv.inferred and tv.first and tv.last:
        try:
            return Interval(date.fromisoformat(tv.first[:10]), date.fromisoformat(tv.last[:10]))
        except ValueError:
            pass
    if tv is not None and not tv.inferred and tv.value and len(tv.value) == 10:
        try:
            d = date.fromisoformat(tv.value)
            return Interval(d, d)
        except ValueError:
            pass
    if published:
        try:
            d = date.fromisoformat(published[:10])
            return Interval(d, d, inferred=True)
        except ValueError:
            return None
    return None


_DURATION = re.compile(r"^P(?:T(\d+)H|(\d+)D)$")


def reporting_period(value: str | None, opts: FusionOptions = DEFAULT_OPTIONS) -> bool:
    """Is ``value`` a look-back duration of at most ``opts.reporting_period_hours``?"""
    mt = _DURATION.match(value or "")
    if not mt:
        return False
    hours = int(mt.group(1)) if mt.group(1) else int(mt.group(2)) * 24
    return 0 < hours <= opts.reporting_period_hours


def forward_looking(iv: Interval | None, published: str | None) -> bool:
    """A stated time that starts on or after the report's date and runs past the next day
    ("in the coming days", "by next week"): an expectation or an objective, not an event
    that happened. ISW: "to seize Kharkiv in the coming days" (2022-03-09..03-16) merged
    with the assaults on Kharkiv of March 2 through the same-place rule."""
    if iv is None or iv.inferred or not published:
        return False
    try:
        pub = date.fromisoformat(published[:10])
    except ValueError:
        return False
    return iv.first >= pub and iv.last > pub + timedelta(days=1)


def retrospective(iv: Interval | None, published: str | None, opts: FusionOptions = DEFAULT_OPTIONS
                  ) -> bool:
    """A coarse stated time (at least ``coarse_days``: a week, a month) that ended more than
    ``same_place_gap_days`` before its report: a look back ("in early March", in a June
    report), not news of the incident."""
    if iv is None or iv.inferred or iv.days < opts.coarse_days or not published:
        return False
    try:
        pub = date.fromisoformat(published[:10])
    except ValueError:
        return False
    return (pub - iv.last).days > opts.same_place_gap_days


def gap_days(a: Interval, b: Interval) -> int:
    """Days between two intervals (0 when they overlap)."""
    if a.overlaps(b):
        return 0
    return (b.first - a.last).days if a.last < b.first else (a.first - b.last).days


def time_match(a: Interval | None, b: Interval | None, opts: FusionOptions = DEFAULT_OPTIONS
               ) -> tuple[bool, str]:
    """Overlap given the precisions; undated events are matched by report dates (see options)."""
    if a is None or b is None:
        return True, "time unknown on one side"
    if max(a.days, b.days) > opts.max_interval_days:
        same = (a.first, a.last) == (b.first, b.last)
        return same, f"a time of {max(a.days, b.days)} days is too vague to merge on" + (
            " (same interval)" if same else "")
    if a.inferred and b.inferred:
        gap = abs((a.first - b.first).days)
        return gap <= opts.inferred_gap_days, f"both undated, reports {gap} day(s) apart"
    if a.inferred or b.inferred:
        und, dated = (a, b) if a.inferred else (b, a)
        if dated.days >= opts.coarse_days:
            # an undated "fighting near X" falls inside any month it was reported in; that
            # says nothing about it being the month's incident
            return False, f"undated report of {und.first} against a {dated.days}-day time"
        window = Interval(und.first - timedelta(days=opts.inferred_lookback_days), und.last)
        ok = window.overlaps(dated)
        return ok, (f"undated report of {und.first} {'may' if ok else 'cannot'} refer to "
                    f"{dated.first}..{dated.last}")
    ok = a.overlaps(b)
    return ok, f"intervals {a.first}..{a.last} and {b.first}..{b.last} {'overlap' if ok else 'disjoint'}"


def _km(a: Place, b: Place) -> float:
    return haversine_km(a.lat, a.lon, b.lat, b.lon)


def _radius(p: Place, opts: FusionOptions) -> float:
    return opts.near_km if p.precision == NEAR_SETTLEMENT else opts.settlement_km


def _norm(name: str | None) -> str:
    return (name or "").strip().lower()


# How far from its centre an area with no admin1 of its own reaches (Donbas is ~250 km across)
_AREA_REACH_KM = 150.0


def place_match(a: Place | None, b: Place | None, opts: FusionOptions = DEFAULT_OPTIONS
                ) -> tuple[bool, float, str]:
    """Same place within the precision of both, or the same admin area for regions.

    Returns (match, strength 0..3, why). Strength ranks candidates: same gazetteer entry 3,
    within radius 2, containment in a region/country 1, unknown place 0. A name that no
    gazetteer entry resolved matches a resolved place written the same way (the region an
    unlisted village fell back to is still that village's region: strength 2, as for two
    unresolved names written alike).
    """
    if a is None or b is None:
        return True, 0.0, "place unknown on one side"
    if a.geonameid is not None and a.geonameid == b.geonameid:
        return True, 3.0, f"same place {a.name or a.text} ({a.geonameid})"
    if unlisted(a) or unlisted(b):
        found = _unlisted_match(a, b) if unlisted(a) else _unlisted_match(b, a)
        if found is not None:
            return found
    pa, pb = a.precision or SETTLEMENT, b.precision or SETTLEMENT
    if (a.country_code is None) != (b.country_code is None):
        named, other = (a, b) if a.country_code is None else (b, a)
        same = _norm(named.text) == _norm(other.text)
        return same, 2.0 if same else 0.0, (
            f"unresolved {named.text!r} {'is' if same else 'is not'} the name written for "
            f"{other.name or other.text}")
    if a.geonameid is None and b.geonameid is None and not (a.country_code and b.country_code):
        same = _norm(a.name or a.text) == _norm(b.name or b.text)
        return same, 2.0 if same else 0.0, f"unresolved names {a.text!r} / {b.text!r}"
    broad, fine = (a, b) if max(pa, 1) >= max(pb, 1) else (b, a)
    if (broad.precision or SETTLEMENT) >= COUNTRY:
        if not opts.country_contains and (fine.precision or SETTLEMENT) < COUNTRY:
            return False, 0.0, f"{broad.name or broad.text} is a whole country: too vague to merge"
        ok = bool(broad.country_code) and broad.country_code == fine.country_code
        return ok, 1.0 if ok else 0.0, f"{fine.name or fine.text} {'in' if ok else 'not in'} country {broad.country_code}"
    if (broad.precision or SETTLEMENT) >= REGION and not broad.admin1 \
            and None not in (broad.lat, broad.lon, fine.lat, fine.lon):
        # an area across regions, with no admin1 of its own ("Donbas", "Sloboda Ukraine"):
        # it holds what lies near its centre (read on 2022-04-08: "strikes on railway
        # stations in Donbas" stood apart from the Kramatorsk station strike it named)
        d = _km(broad, fine)
        ok = d <= _AREA_REACH_KM and broad.country_code in (fine.country_code, None)
        return ok, 1.0 if ok else 0.0, (f"{fine.name or fine.text} {d:.0f} km from the centre "
                                        f"of {broad.name or broad.text} (reach "
                                        f"{_AREA_REACH_KM:.0f} km)")
    if _district(a) and _district(b) and a.geonameid != b.geonameid:
        # two districts of one oblast are two places (read143: the Nikopol Raion strike
        # joined the Kryvyi Rih Raion one as "the same region")
        return False, 0.0, f"two districts: {a.name or a.text} / {b.name or b.text}"
    if (broad.precision or SETTLEMENT) >= REGION:
        ok = (bool(broad.admin1) and broad.country_code == fine.country_code
              and broad.admin1 == fine.admin1)
        if ok and (fine.precision or SETTLEMENT) >= REGION:
            return True, 3.0, f"same region {broad.name or broad.text} ({broad.country_code}.{broad.admin1})"
        return ok, 1.0 if ok else 0.0, (f"{fine.name or fine.text} {'in' if ok else 'not in'} region "
                                        f"{broad.name or broad.text} ({broad.country_code}.{broad.admin1})")
    if None in (a.lat, a.lon, b.lat, b.lon):
        same = _norm(a.name) == _norm(b.name) and a.admin1 == b.admin1
        return same, 2.0 if same else 0.0, f"names {a.name!r} / {b.name!r} without coordinates"
    d = _km(a, b)
    lim = _radius(a, opts) + _radius(b, opts)
    ok = d <= lim
    return ok, 2.0 if ok else 0.0, f"{a.name} and {b.name} {d:.1f} km apart (limit {lim:.0f} km)"


def _district(p: Place) -> bool:
    """Is the place a district (a raion, ADM2), named as such?"""
    return (p.feature_code or "").startswith("ADM2")


def _unlisted_match(u: Place, o: Place) -> tuple[bool, float, str] | None:
    """``u`` is a settlement the gazetteer lacks, placed in its region (``unlisted``):
    the same written name in the same region is the same village (as one gazetteer entry:
    two villages of one name in one region are rare); another unlisted name there, or a
    settlement of another name, is another village; a region holds it only as it holds its
    settlements. None for a country or a name resolved nowhere (place_match's general rules
    decide)."""
    if o.country_code is None:
        return None
    where = f"{u.text!r} in {u.name or u.admin1}"
    same_area = u.country_code == o.country_code and u.admin1 == o.admin1
    if unlisted(o):
        same = same_area and _norm(u.text) == _norm(o.text)
        return same, 3.0 if same else 0.0, (
            f"unlisted {where} {'is' if same else 'is not'} {o.text!r} in {o.name or o.admin1}")
    po = o.precision or SETTLEMENT
    if po <= NEAR_SETTLEMENT:
        same = same_area and _norm(u.text) in {_norm(o.name), _norm(o.text)}
        return same, 2.0 if same else 0.0, (
            f"unlisted {where} {'is' if same else 'is not'} {o.name or o.text}")
    if po == REGION:
        ok = same_area
        return ok, 1.0 if ok else 0.0, (
            f"unlisted {where} {'in' if ok else 'not in'} region {o.name or o.text}")
    return None


def fusion_precision(p: Place | None) -> int:
    """The precision fusion reasons with: a settlement the gazetteer lacks, placed in its
    region, is a settlement (``unlisted``), not the region it stands at."""
    if p is None:
        return SETTLEMENT
    return SETTLEMENT if unlisted(p) else (p.precision or SETTLEMENT)


def actor_match(a: Mention, actors: frozenset[str]) -> tuple[bool, str]:
    """Compatible actors: no known actor of one side contradicts the other's.

    Mentions name actor1/actor2 (canonical); an incident keeps the set of all its members'
    actors. Incompatible only when both name actors and share none.
    """
    mine = {x for x in (a.actor1, a.actor2) if x}
    if not mine or not actors:
        return True, "actors unknown on one side"
    if a.doer_disputed:
        # "accused Ukrainian forces of bombing the theater": who did it is what is disputed
        return True, "the doer is disputed (a source lays it on the other party)"
    if a.doer_speculated:
        return True, "the doer is a guess (every source tells it as possible)"
    common = mine & actors
    if common:
        return True, "shared actors " + ", ".join(sorted(common))
    # an actor whose side the text does not say ("our units": Military Forces) may be
    # either side's "Military Forces of X"
    generic = sorted(g for g in mine | actors
                     if any(x.startswith(g + " of ") for x in (actors if g in mine else mine)))
    if generic:
        return True, "actor of unstated side " + ", ".join(generic)
    return False, f"actors {sorted(mine)} vs {sorted(actors)}"


def place_cells(p: Place | None, opts: FusionOptions = DEFAULT_OPTIONS) -> tuple[str, ...]:
    """Index keys a mention probes for candidate incidents.

    A settlement probes the grid cells within its largest match distance (a match across a
    cell border is still found) and the region- and country-level incidents of its admin area ("a:" keys); a
    region probes every incident inside it ("in:"); a country every incident of the country
    ("c:"). Settlement incidents are not filed under their region's "a:" key, so a new
    settlement report never reads all the incidents of its region.
    """
    if p is None:
        return ("none",)
    prec = p.precision or SETTLEMENT
    if prec >= COUNTRY:
        return (f"c:{p.country_code}",) if p.country_code else (f"n:{_norm(p.name or p.text)}",)
    keys = []
    if prec >= REGION and p.country_code and p.admin1:
        keys.append(f"in:{p.country_code}.{p.admin1}")
    if p.country_code:
        keys += [f"a:{p.country_code}.{p.admin1 or ''}", f"a:{p.country_code}."]
    area = REGION <= prec < COUNTRY and not p.admin1
    if (prec <= NEAR_SETTLEMENT or area) and p.lat is not None and p.lon is not None:
        # probe as many cells around as the widest possible match (own radius + near_km) needs
        # (an area across regions, "Donbas", probes what lies within its reach of its centre,
        # as place_match holds it: read on 2022-04-08, the station strikes "in Donbas" never
        # met the Kramatorsk one, filed under its grid cell only)
        reach = _AREA_REACH_KM if area else _radius(p, opts) + opts.near_km
        ki = max(1, math.ceil(reach / (opts.cell_deg * 111.0)))
        kj = max(1, math.ceil(reach / (opts.cell_deg * 111.0 * max(0.1, math.cos(math.radians(p.lat))))))
        ci, cj = math.floor(p.lat / opts.cell_deg), math.floor(p.lon / opts.cell_deg)
        keys += [f"g:{ci + di}:{cj + dj}" for di in range(-ki, ki + 1) for dj in range(-kj, kj + 1)]
    # the name as written too: an unresolved name matches a place written the same way
    keys += [f"n:{_norm(p.name or p.text)}", f"n:{_norm(p.text)}"]
    return tuple(dict.fromkeys(keys))


def anchor_cells(p: Place | None, opts: FusionOptions = DEFAULT_OPTIONS) -> tuple[str, ...]:
    """The keys an incident is filed under (see place_cells for who probes which)."""
    if p is None:
        return ("none",)
    prec = p.precision or SETTLEMENT
    keys = []
    if p.country_code:
        keys.append(f"c:{p.country_code}")
        if prec >= COUNTRY:
            keys.append(f"a:{p.country_code}.")
        else:
            if p.admin1:
                keys.append(f"in:{p.country_code}.{p.admin1}")
            if prec >= REGION or not p.admin1 or p.lat is None or p.lon is None:
                keys.append(f"a:{p.country_code}.{p.admin1 or ''}")
    if prec <= NEAR_SETTLEMENT and p.lat is not None and p.lon is not None:
        keys.append(f"g:{math.floor(p.lat / opts.cell_deg)}:{math.floor(p.lon / opts.cell_deg)}")
    # the name as written too: an unresolved name matches a place written the same way
    keys += [f"n:{_norm(p.name or p.text)}", f"n:{_norm(p.text)}"]
    return tuple(dict.fromkeys(keys))
