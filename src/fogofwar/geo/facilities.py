"""Facilities named for a place: "the Zaporizhzhia Nuclear Power Plant", "the Hostomel airport".

War reports name airports, power plants, dams and bridges by the town or region they are
named for, and GeoNames holds many of them as spots of their own (class S: AIRP, AIRB, PS,
PSH, DAM, BDG), often kilometres from that town: the Zaporizhzhia plant stands at Enerhodar,
50 km from Zaporizhzhia city; the Hostomel airport 6 km from Hostomel. The dump reader keeps
those whose names say what they are (``facility_names``, used by geonames_io); the recogniser
marks "<name> [qualifiers] <facility word>" (``Mention.facility``); ``facility_for`` meets the
two:

- by name: the facility's name is "<stem> [qualifiers] <kind>", and its stem is the text's
  name (romanisations and doubled letters folded: "Zaporizhzhia" and "Zaporizhia") or one of
  the names of the place the text's name resolved to ("Chornobaivka" and "Chernobayevka");
- by place: the one facility of that kind within ``NEAR_KM`` of the settlement the name
  resolved to ("the Nova Kakhovka dam" is the Kakhovka hydroelectric station).

In both, the text's kind words must fit the facility's: an airfield is an airport, a dam a
hydroelectric station, but a "nuclear" plant is never a thermal one and a steel plant never a
power station. With no facility in the gazetteer (the embedded default holds none) the name
stays at its town, near it (precision 2), as before.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from ..geodesy import haversine_km
from .index import LOOSE_PREFIX
from .names import fold_doubles, key, loose

# The kind of facility a word names. "air base" is read as "airbase" (see words()).
_KIND_OF_HEAD = {
    "airport": "air", "airfield": "air", "airbase": "air", "aerodrome": "air",
    "heliport": "air", "airstrip": "air",
    "plant": "power", "station": "power", "powerplant": "power",
    "npp": "power", "hpp": "power", "tpp": "power", "chp": "power", "chpp": "power",
    "bridge": "bridge",
    "dam": "dam",
}
# Abbreviations stand for their words: "the Zaporizhzhia NPP", "the Kakhovka HPP"
_ABBREVIATIONS = {"npp": ("nuclear", "power", "plant"), "hpp": ("hydroelectric", "power", "plant"),
                  "tpp": ("thermal", "power", "plant"), "chp": ("thermal", "power", "plant"),
                  "chpp": ("thermal", "power", "plant"), "hydro": ("hydroelectric",),
                  "hydropower": ("hydroelectric", "power"), "hydroelectricity": ("hydroelectric",)}
# Words that say which kind of plant: a text's word of these must be in the facility's name
KIND_QUALIFIERS = frozenset({"nuclear", "hydroelectric", "thermal"})
# Plants that are no power station ("the Azovstal steel plant", "the Avdiivka coke plant")
_INDUSTRY = frozenset({"steel", "metallurgical", "chemical", "oil", "fuel", "coke", "coking",
                       "cement", "repair", "tank", "ammunition", "machine", "building"})
# Words of a facility's name between its stem and its kind
_DESCRIPTORS = KIND_QUALIFIERS | {"power", "international", "national", "air", "pumped",
                                  "storage", "military", "city", "regional", "road", "railway"}
NEAR_KM = 10.0  # how far from the settlement named a facility of that kind may be (by place)
NAME_KM = 100.0  # how far from the place the name resolved to a facility of its name may be


def words(text: str) -> tuple[str, ...]:
    """The key's words of a name or phrase, abbreviations spelled out, "air base" joined."""
    out: list[str] = []
    for w in key(text).split():
        if w == "base" and out and out[-1] == "air":
            out[-1] = "airbase"
            continue
        out.extend(_ABBREVIATIONS.get(w, (w,)))
        if w in _ABBREVIATIONS and w.endswith("pp"):
            out.append(w)
    return tuple(out)


def kind_of(ws: Iterable[str]) -> str | None:
    """The facility kind the words end in ("air", "power", "bridge", "dam"), None if none;
    a plant of an industry is none of them."""
    ws = tuple(ws)
    if not ws or any(w in _INDUSTRY for w in ws):
        return None
    return _KIND_OF_HEAD.get(ws[-1])


def facility_names(names: Iterable[str]) -> list[str]:
    """The names, of those given, that say what the facility is ("Hostomel Airport", not
    "Aeroport Antonov" nor a bare "Melitopol"): the ones a text names it by."""
    return [n for n in names if parse(n) is not None]


def fold(k: str) -> str:
    """A name key with romanisation glides and doubled letters folded (names.fold_doubles)."""
    return fold_doubles(loose(k))


@dataclass(frozen=True, slots=True)
class FacilityName:
    stem: str  # the words before the name's descriptors, as a key ("zaporizhia")
    words: frozenset[str]  # all the name's words, abbreviations spelled out
    kind: str  # "air", "power", "bridge", "dam"


def parse(name: str) -> FacilityName | None:
    """The stem, words and kind of a facility's name; None when it names no kind."""
    ws = words(name)
    kind = kind_of(ws)
    if kind is None:
        # "Chornobyl Nuclear Power Plant, 750 kV-Switchyard": the kind may come before a tail
        for i in range(len(ws) - 1, 0, -1):
            if ws[i] in _KIND_OF_HEAD and kind_of(ws[:i + 1]):
                ws, kind = ws[:i + 1], kind_of(ws[:i + 1])
                break
        else:
            return None
    cut = next((i for i, w in enumerate(ws) if w in _DESCRIPTORS or w in _KIND_OF_HEAD),
               len(ws))
    stem = " ".join(ws[:cut])
    if not stem:
        return None
    return FacilityName(stem, frozenset(ws), kind)


def fits(text_words: tuple[str, ...], f: FacilityName) -> bool:
    """Whether a text's "[qualifiers] <kind word>" may name the facility: the same kind (a
    dam is a hydroelectric station's), and every kind qualifier of the text in its name."""
    kind = kind_of(text_words)
    if kind is None:
        return False
    if kind != f.kind and not (kind == "dam" and "hydroelectric" in f.words):
        return False
    return all(w in f.words for w in text_words if w in KIND_QUALIFIERS)


def _definite(text_words: tuple[str, ...]) -> bool:
    """Whether the kind words alone single out one facility near a settlement: an airport, a
    bridge, a dam, a plant whose kind the text says; "the X plant" may be any plant."""
    kind = kind_of(text_words)
    return kind in ("air", "bridge", "dam") or (
        kind == "power" and any(w in KIND_QUALIFIERS for w in text_words))


def facility_for(mention_key: str, text_words: tuple[str, ...], place, facilities,
                 names_of) -> object | None:
    """The facility a "<name> <kind words>" mention names, or None.

    ``place``: the gazetteer entry the name resolved to (or None); ``facilities``: (entry,
    FacilityName) pairs of the gazetteer; ``names_of(entry) -> set of keys`` of an entry's
    names (exact and loose)."""
    if kind_of(text_words) is None:
        return None
    own = fold(mention_key)
    place_names = names_of(place) if place is not None else set()
    fitting = [(e, f) for e, f in facilities if fits(text_words, f)]
    by_name = [(e, f) for e, f in fitting if f.stem and (fold(f.stem) == own or (
        (f.stem in place_names or LOOSE_PREFIX + loose(f.stem) in place_names)
        and haversine_km(e.lat, e.lon, place.lat, place.lon) <= NAME_KM))]
    if by_name:
        def rank(ef):
            e, f = ef
            shared = len(f.words & set(text_words))
            far = haversine_km(e.lat, e.lon, place.lat, place.lon) if place is not None else 0
            return (-shared, far)
        return min(by_name, key=rank)[0]
    if place is None or place.fclass != "P" or not _definite(text_words):
        return None
    near = {e.id: e for e, _ in fitting
            if haversine_km(e.lat, e.lon, place.lat, place.lon) <= NEAR_KM}
    return next(iter(near.values())) if len(near) == 1 else None
