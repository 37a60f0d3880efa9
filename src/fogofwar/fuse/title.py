"""A short human title for an incident, built from its type, actors and place.

"Russian forces capture Lysychansk", "Russian forces strike Kremenchuk", "Fighting at
Bakhmut between Russian and Ukrainian forces". Pure function of the incident's anchor; the
words come from the ACLED sub-event type, so every title reads the same way across the
record (an analyst scanning a list compares titles, not prose).
"""

from __future__ import annotations

from collections import Counter

from ..events.lexicon_actors import COUNTRIES
from ..events.taxonomy import TERRITORY_TAKINGS
from .compat import names_region
from .model import IncidentState

_NAME_TO_DEMONYM = {name.lower(): dems[0].capitalize()
                    for name, _names, dems, _seats in COUNTRIES.values() if dems}

# sub-event type -> (verb phrase with an actor, phrase without one)
_PHRASES = {
    "Armed clash": ("{a} fight {b} at {p}", "Fighting at {p}"),
    "Non-state actor overtakes territory": ("{a} capture {p}", "Capture of {p}"),
    "Government regains territory": ("{a} take {p}", "Change of control at {p}"),
    "Non-violent transfer of territory": ("{a} withdraw from {p}", "Withdrawal from {p}"),
    "Shelling/artillery/missile attack": ("{a} strike {p}", "Shelling or missile strike on {p}"),
    "Air/drone strike": ("{a} strike {p} from the air", "Air or drone strike on {p}"),
    "Remote explosive/landmine/IED": ("Explosion at {p}", "Explosion at {p}"),
    "Suicide bomb": ("Suicide bombing at {p}", "Suicide bombing at {p}"),
    "Grenade": ("Grenade attack at {p}", "Grenade attack at {p}"),
    "Chemical weapon": ("{a} use chemical weapons at {p}", "Chemical weapon use at {p}"),
    "Attack": ("{a} attack civilians at {p}", "Attack on civilians at {p}"),
    "Abduction/forced disappearance": ("{a} abduct people at {p}", "Abductions at {p}"),
    "Sexual violence": ("Sexual violence at {p}", "Sexual violence at {p}"),
    "Looting/property destruction": ("{a} loot or destroy property at {p}",
                                     "Looting or destruction at {p}"),
    "Disrupted weapons use": ("{a} intercept an attack at {p}", "Attack intercepted at {p}"),
    "Arrests": ("{a} make arrests at {p}", "Arrests at {p}"),
    "Change to group/activity": ("{a} move or redeploy at {p}", "Troop movements at {p}"),
    "Agreement": ("{a} reach an agreement at {p}", "Agreement at {p}"),
    # who surrendered is often lost to the agreement's other party in the parse: no actor
    "Surrender": ("Surrender at {p}", "Surrender at {p}"),
    "Diplomatic event": ("{a}: diplomatic event at {p}", "Diplomatic event at {p}"),
    "Headquarters or base established": ("{a} establish a base at {p}", "Base established at {p}"),
    "Man-made disaster": ("Man-made disaster at {p}", "Man-made disaster at {p}"),
    "Natural disaster": ("Natural disaster at {p}", "Natural disaster at {p}"),
    "Explosion or fire": ("Explosion or fire at {p}", "Explosion or fire at {p}"),
}


def actor_words(actor: str | None) -> str | None:
    """"Military Forces of Russia" -> "Russian forces"; "Government of Ukraine" ->
    "Ukrainian government"; other names as they are."""
    if not actor:
        return None
    for prefix, noun in (("Military Forces of ", "forces"), ("Government of ", "government"),
                         ("Police Forces of ", "police")):
        if actor.startswith(prefix):
            country = actor[len(prefix):].split(" (")[0]
            dem = _NAME_TO_DEMONYM.get(country.lower())
            return f"{dem} {noun}" if dem else f"{noun.capitalize()} of {country}"
    if actor == "Military Forces":
        return None
    return actor.split(": ")[-1] if ": " in actor else actor


def _written_name(inc: IncidentState) -> str | None:
    """The incident's place as its reports write it most often ("Severodonetsk", "Snake
    Island"), else the gazetteer's name ("Siverskodonetsk", "Ostriv Zmiyinyy"): the analyst
    reads the title beside the reports. A name written as a common phrase ("the city") is
    not a title's."""
    p = inc.place
    if p is None:
        return None

    def same(q) -> bool:
        if p.geonameid is not None:
            return q.geonameid == p.geonameid
        return q.geonameid is None and q.name == p.name and q.precision == p.precision

    written = Counter(m.place.text.strip() for m in inc.mentions.values()
                      if m.place is not None and same(m.place)
                      and m.place.text.strip()[:1].isupper()
                      and m.place.text.strip().lower() not in _GENERIC_NAMES)
    region = p.name or p.text
    if written:
        name = written.most_common(1)[0][0]
        if (p.precision or 1) >= 3 and region and not names_region(name, region):
            # a settlement the gazetteer does not hold, placed in its region: the title
            # names it, in its region ("Ukrainian forces capture Demidovka (Belgorod
            # Oblast)", not "capture Belgorod Oblast")
            return f"{name} ({region})"
        if (p.precision or 1) >= 3 and len(name.split()) == 1:
            return region  # "Belgorod" written for the oblast is not the city's title
        return name
    return region


# words a report writes for a place that say what it is, not which ("the Chechen Republic"
# read as "Republic"): no title's name
_GENERIC_NAMES = {"republic", "oblast", "region", "city", "district", "raion", "krai",
                  "province", "area", "territory", "town", "village", "people's republic"}


def _target_words(inc: IncidentState) -> str | None:
    """A placeless incident's named target as its reports write it most often ("the
    Moskva"), else None."""
    if inc.place is not None or inc.target is None:
        return None
    written = Counter(m.target_name for m in inc.mentions.values()
                      if m.target == inc.target and m.target_name)
    name = written.most_common(1)[0][0] if written else (inc.target_name or inc.target.title())
    return f"the {name}"


def incident_title(inc: IncidentState) -> str:
    """The incident's title from its anchor type, first actors and place."""
    place = _written_name(inc) or _target_words(inc) or "an unstated place"
    a1 = actor_words(_first_actor(inc, 1))
    a2 = actor_words(_first_actor(inc, 2))
    sub = inc.sub_event_type
    if sub == "Change to group/activity" and inc.family == "territory":
        sub = "Non-violent transfer of territory"  # a withdrawal from the place
    if sub == "Armed clash" and (inc.family == "remote" or inc.target is not None):
        sub = "Shelling/artillery/missile attack"  # a facility or a named vessel destroyed: a strike
    if sub == "Man-made disaster" and inc.family == "remote":
        sub = "Explosion or fire"  # no cause told: the strike's sources may say one
    if sub == "Agreement" and inc.family == "territory":
        sub = "Surrender"  # a garrison's surrender: the place changes hands
    with_actor, without = _PHRASES.get(sub, ("{a}: " + sub.lower() + " at {p}",
                                             sub + " at {p}"))
    if a2 == a1:
        a2 = None  # "Ukrainian forces fight Ukrainian forces": the dyad is not known
    if sub == "Armed clash" and a1 and not a2:
        return f"{a1} in fighting at {place}"
    if a1 and "{a}" in with_actor and ("{b}" not in with_actor or a2):
        text = with_actor.format(a=a1, b=a2, p=place)
    else:
        text = without.format(p=place)
    return text[:1].upper() + text[1:]


# Within a change of control, who took the place and who left it are opposite parties: a
# withdrawal's title takes its doer only from members that tell a withdrawal, a capture's only
# from those that tell a capture ("Ukrainian forces regained control" beside "Russian forces
# withdraw from Chernihiv" made the title "Ukrainian forces withdraw").
_TAKING = TERRITORY_TAKINGS
_LEAVING = frozenset({"Non-violent transfer of territory", "Change to group/activity"})


def _first_actor(inc: IncidentState, role: int) -> str | None:
    """The actor in ``role`` (1 or 2) of the earliest asserting member, else of any member;
    in a change of control, only members that tell the same act (taking or leaving) as the
    anchor count."""
    ms = sorted(inc.mentions.values(), key=lambda m: (m.published or "", m.event_id))
    same_act = None
    if inc.family == "territory":
        same_act = next((g for g in (_TAKING, _LEAVING) if inc.sub_event_type in g), None)
    for want_assert in (True, False):
        for m in ms:
            r = inc.members.get(m.event_id, ("asserts", {}))[0]
            if want_assert and r != "asserts":
                continue
            if same_act is not None and m.sub_event_type not in same_act:
                continue
            a = m.actor1 if role == 1 else m.actor2
            if a:
                return a
    return None
