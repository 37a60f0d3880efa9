"""The event taxonomy as data: ACLED's event and sub-event types, the non-conflict types, and
the mappings to PLOVER and to the CASE 2021 Task 2 labels.

ACLED's names are used verbatim (ACLED codebook, 2019 onwards) because downstream users join
our output with ACLED's own data. PLOVER codes follow the PLOVER 0.5 ontology used by the
PLOVER gold standard records (FIGHT, ASSAULT, COERCE, PROTEST, ...).
"""

from __future__ import annotations

# sub-event type -> event type (6 ACLED event types, 25 sub-event types)
ACLED: dict[str, str] = {
    "Armed clash": "Battles",
    "Government regains territory": "Battles",
    "Non-state actor overtakes territory": "Battles",
    "Chemical weapon": "Explosions/Remote violence",
    "Air/drone strike": "Explosions/Remote violence",
    "Suicide bomb": "Explosions/Remote violence",
    "Shelling/artillery/missile attack": "Explosions/Remote violence",
    "Remote explosive/landmine/IED": "Explosions/Remote violence",
    "Grenade": "Explosions/Remote violence",
    "Sexual violence": "Violence against civilians",
    "Attack": "Violence against civilians",
    "Abduction/forced disappearance": "Violence against civilians",
    "Peaceful protest": "Protests",
    "Protest with intervention": "Protests",
    "Excessive force against protesters": "Protests",
    "Violent demonstration": "Riots",
    "Mob violence": "Riots",
    "Agreement": "Strategic developments",
    "Arrests": "Strategic developments",
    "Change to group/activity": "Strategic developments",
    "Disrupted weapons use": "Strategic developments",
    "Headquarters or base established": "Strategic developments",
    "Looting/property destruction": "Strategic developments",
    "Non-violent transfer of territory": "Strategic developments",
    "Other": "Strategic developments",
}
EVENT_TYPES: tuple[str, ...] = tuple(dict.fromkeys(ACLED.values()))

NON_CONFLICT = "Non-conflict"
NON_CONFLICT_SUBTYPES: tuple[str, ...] = (
    "Natural disaster", "Man-made disaster", "Organized crime", "Diplomatic event",
    "Claim of responsibility",
)
ALL_SUBTYPES: dict[str, str] = {**ACLED, **{s: NON_CONFLICT for s in NON_CONFLICT_SUBTYPES}}
# The sub-event types of ground taken (by either side): a change of control told as a taking
TERRITORY_TAKINGS = frozenset({"Non-state actor overtakes territory", "Government regains territory"})

# ACLED sub-event -> PLOVER 0.5 event type. FIGHT is conventional military force (clashes,
# air strikes, artillery, territorial control); ASSAULT is unconventional violence (bombings,
# abductions, sexual violence, attacks on civilians, mobs); COERCE is repression and seizure.
PLOVER: dict[str, str | None] = {
    "Armed clash": "FIGHT",
    "Government regains territory": "FIGHT",
    "Non-state actor overtakes territory": "FIGHT",
    "Chemical weapon": "ASSAULT",
    "Air/drone strike": "FIGHT",
    "Suicide bomb": "ASSAULT",
    "Shelling/artillery/missile attack": "FIGHT",
    "Remote explosive/landmine/IED": "ASSAULT",
    "Grenade": "ASSAULT",
    "Sexual violence": "ASSAULT",
    "Attack": "ASSAULT",
    "Abduction/forced disappearance": "ASSAULT",
    "Peaceful protest": "PROTEST",
    "Protest with intervention": "PROTEST",
    "Excessive force against protesters": "COERCE",
    "Violent demonstration": "PROTEST",
    "Mob violence": "ASSAULT",
    "Agreement": "AGREE",
    "Arrests": "COERCE",
    "Change to group/activity": "MOBILIZE",
    "Disrupted weapons use": "COERCE",
    "Headquarters or base established": "MOBILIZE",
    "Looting/property destruction": "COERCE",
    "Non-violent transfer of territory": "RETREAT",
    "Other": None,
    "Natural disaster": None,
    "Man-made disaster": None,
    "Organized crime": None,
    "Diplomatic event": "CONSULT",  # refined per trigger (DEMAND, REJECT, SANCTION, ...)
    "Claim of responsibility": None,
}

# CASE 2021 Task 2 labels -> (event type, sub-event type)
CASE_LABELS: dict[str, str] = {
    "ARMED_CLASH": "Armed clash",
    "GOV_REGAINS_TERIT": "Government regains territory",
    "NON_STATE_ACTOR_OVERTAKES_TER": "Non-state actor overtakes territory",
    "CHEM_WEAP": "Chemical weapon",
    "AIR_STRIKE": "Air/drone strike",
    "SUIC_BOMB": "Suicide bomb",
    "ART_MISS_ATTACK": "Shelling/artillery/missile attack",
    "REM_EXPLOS": "Remote explosive/landmine/IED",
    "GRENADE": "Grenade",
    "SEX_VIOL": "Sexual violence",
    "ATTACK": "Attack",
    "ABDUCT_DISSAP": "Abduction/forced disappearance",
    "PEACE_PROTEST": "Peaceful protest",
    "PROTEST_WITH_INTER": "Protest with intervention",
    "FORCE_AGAINST_PROTEST": "Excessive force against protesters",
    "VIOL_DEMONSTR": "Violent demonstration",
    "MOB_VIOL": "Mob violence",
    "AGREEMENT": "Agreement",
    "ARREST": "Arrests",
    "CHANGE_TO_GROUP_ACT": "Change to group/activity",
    "DISR_WEAP": "Disrupted weapons use",
    "HQ_ESTABLISHED": "Headquarters or base established",
    "PROPERTY_DISTRUCT": "Looting/property destruction",
    "NON_VIOL_TERRIT_TRANSFER": "Non-violent transfer of territory",
    "OTHER": "Other",
    "NATURAL_DISASTER": "Natural disaster",
    "MAN_MADE_DISASTER": "Man-made disaster",
    "ORG_CRIME": "Organized crime",
    "DIPLO": "Diplomatic event",
    "ATTRIB": "Claim of responsibility",
}
SUBTYPE_TO_CASE: dict[str, str] = {v: k for k, v in CASE_LABELS.items()}


def event_type_of(sub_event_type: str) -> str:
    """The event type of a sub-event type; ValueError naming it when it is not in the taxonomy."""
    try:
        return ALL_SUBTYPES[sub_event_type]
    except KeyError:
        raise ValueError(f"unknown sub-event type {sub_event_type!r}") from None
