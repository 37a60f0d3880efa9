"""Source registry: canonical names, kinds and sides of the well-known voices of the war.

One canonical source per real person or body, with the aliases reports use for it
(Zelensky / Zelenskyy / Zelenskiy; Russian MoD / Russia's defence ministry), so that claims
from many reports group under one name. Sources not in the registry get a kind and a side
from rules over their words (title words, nationality markers, "milblogger", "footage", ...).
The data lives in code because it is small, reviewed in diffs, and needs no loading step.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache


@dataclass(frozen=True, slots=True)
class SourceEntry:
    canonical: str
    kind: str
    side: str | None
    aliases: tuple[str, ...] = ()
    person: bool = False


_P, _M, _T, _N, _B = "party_official", "party_military", "think_tank_monitor", "news_outlet", \
    "milblogger"

ENTRIES: tuple[SourceEntry, ...] = (
    # Ukraine: officials
    SourceEntry("Volodymyr Zelensky", _P, "UA", (
        "Zelensky", "Zelenskyy", "Zelenskiy", "Zelenskyi", "Volodymyr Zelenskyy",
        "Volodymyr Zelenskiy", "President Zelensky", "President Zelenskyy", "Ukrainian President",
        "Ukrainian President Volodymyr Zelensky", "Ukrainian President Zelensky",
        "President of Ukraine", "Ukraine's President", "the Ukrainian leader",
        "Ukrainian leader", "the Ukrainian president"), person=True),
    SourceEntry("Oleksii Reznikov", _P, "UA", ("Reznikov", "Oleksiy Reznikov"), person=True),
    SourceEntry("Mykhailo Podolyak", _P, "UA", ("Podolyak", "Mykhailo Podolyak"), person=True),
    SourceEntry("Oleksiy Arestovych", _P, "UA", ("Arestovych",), person=True),
    SourceEntry("Dmytro Kuleba", _P, "UA", ("Dmytro Kuleba",), person=True),
    SourceEntry("Serhiy Haidai", _P, "UA", ("Haidai", "Serhii Haidai", "Serhiy Gaidai"),
                person=True),
    SourceEntry("Pavlo Kyrylenko", _P, "UA", ("Kyrylenko",), person=True),
    SourceEntry("Vitali Klitschko", _P, "UA", ("Klitschko",), person=True),
    SourceEntry("Ivan Fedorov", _P, "UA", ("Fedorov",), person=True),
    SourceEntry("Vadym Boichenko", _P, "UA", ("Boichenko",), person=True),
    SourceEntry("Petro Andryushchenko", _P, "UA", ("Andryushchenko",), person=True),
    SourceEntry("Government of Ukraine", _P, "UA", (
        "Ukraine", "Kyiv", "Ukrainian government", "Ukrainian authorities",
        "Ukrainian officials")),
    # Ukraine: military
    SourceEntry("Ukrainian General Staff", _M, "UA", (
        "Ukrainian General Staff", "General Staff of the Armed Forces of Ukraine",
        "Ukraine's General Staff", "General Staff of Ukraine",
        "Ukrainian Armed Forces General Staff", "Ukrainian General Staff's", "General Staff")),
    SourceEntry("Ukrainian Ministry of Defense", _M, "UA", (
        "Ukrainian Ministry of Defense", "Ukrainian Ministry of Defence", "Ukrainian MoD",
        "Ukrainian Defense Ministry", "Ukraine's Defense Ministry", "Ukraine's defence ministry")),
    SourceEntry("Ukrainian Main Military Intelligence Directorate (GUR)", _M, "UA", (
        "GUR", "HUR", "Ukraine's GUR", "Ukrainian GUR", "Ukrainian Military Intelligence",
        "Ukrainian Main Military Intelligence", "Ukrainian Main Intelligence Directorate",
        "Main Intelligence Directorate", "Ukraine's military intelligence",
        "Ukrainian Main Military Intelligence (GUR)",)),
    SourceEntry("Ukrainian Southern Operational Command", _M, "UA", (
        "Southern Operational Command", "Ukraine's Southern Operational Command",
        "Ukrainian Southern Operational Command", "Operational Command South",
        "Ukraine's Operational Command South")),
    *(SourceEntry(f"Ukrainian {side} Operational Command", _M, "UA", (
        f"{side} Operational Command", f"Ukraine's {side} Operational Command",
        f"Ukrainian {side} Operational Command", f"Operational Command {point}",
        f"Ukraine's Operational Command {point}"))
      for side, point in (("Northern", "North"), ("Eastern", "East"), ("Western", "West"))),
    SourceEntry("Nataliya Humenyuk", _M, "UA", ("Humenyuk", "Natalia Humenyuk"), person=True),
    SourceEntry("Valerii Zaluzhnyi", _M, "UA", ("Zaluzhnyi", "Zaluzhny"), person=True),
    SourceEntry("Oleksandr Syrskyi", _M, "UA", ("Syrskyi", "Syrsky"), person=True),
    SourceEntry("Ukrainian Resistance Center", _M, "UA", (
        "Resistance Center", "Ukraine's Resistance Center", "Ukrainian Resistance Center",
        "National Resistance Center")),
    SourceEntry("Ukrainian Armed Forces", _M, "UA", (
        "Ukrainian military", "Ukrainian Armed Forces", "Armed Forces of Ukraine",)),
    # Russia: officials
    SourceEntry("Vladimir Putin", _P, "RU", ("Putin", "President Putin", "Russian President",
                                            "Russian President Vladimir Putin"), person=True),
    SourceEntry("Government of Russia", _P, "RU", (
        "Russia", "Moscow", "Kremlin", "the Kremlin", "Russian government",
        "Russian authorities", "Russian officials")),
    SourceEntry("Dmitry Peskov", _P, "RU", ("Peskov",), person=True),
    SourceEntry("Sergey Lavrov", _P, "RU", ("Lavrov", "Sergei Lavrov"), person=True),
    SourceEntry("Maria Zakharova", _P, "RU", ("Zakharova",), person=True),
    SourceEntry("Sergey Shoigu", _P, "RU", ("Shoigu", "Sergei Shoigu"), person=True),
    SourceEntry("Dmitry Medvedev", _P, "RU", ("Medvedev",), person=True),
    SourceEntry("Ramzan Kadyrov", _P, "RU", ("Kadyrov",), person=True),
    SourceEntry("Denis Pushilin", _P, "RU", ("Pushilin",), person=True),
    SourceEntry("Leonid Pasechnik", _P, "RU", ("Pasechnik",), person=True),
    SourceEntry("Rodion Miroshnik", _P, "RU", ("Miroshnik",), person=True),
    SourceEntry("Vladimir Saldo", _P, "RU", ("Saldo",), person=True),
    SourceEntry("Kirill Stremousov", _P, "RU", ("Stremousov",), person=True),
    SourceEntry("Yevgeny Balitsky", _P, "RU", ("Balitsky", "Yevheny Balitsky"), person=True),
    SourceEntry("Sergey Aksyonov", _P, "RU", ("Aksyonov", "Aksyenov", "Sergei Aksyonov"),
                person=True),
    SourceEntry("Vyacheslav Gladkov", _P, "RU", ("Gladkov",), person=True),
    SourceEntry("Security Service of Ukraine (SBU)", _M, "UA", (
        "SBU", "Ukrainian SBU", "Ukraine's SBU", "Security Service of Ukraine",
        "Ukrainian Security Service")),
    SourceEntry("State Border Guard Service of Ukraine", _M, "UA", (
        "Ukrainian Border Guard", "Ukrainian Border Guard Service", "State Border Guard Service",
        "Ukrainian State Border Guard Service", "State Border Service of Ukraine")),
    SourceEntry("National Police of Ukraine", _M, "UA", (
        "Ukrainian National Police", "National Police of Ukraine", "Ukraine's National Police")),
    SourceEntry("Vadym Skibitsky", _M, "UA", ("Skibitsky", "Vadym Skibitskyi", "Skibitskyi"),
                person=True),
    SourceEntry("Denys Prokopenko", _M, "UA", ("Prokopenko", "Denis Prokopenko"), person=True),
    # Russia: military
    SourceEntry("Russian Ministry of Defense", _M, "RU", (
        "Russian MoD", "Russian Ministry of Defense", "Russian Ministry of Defence",
        "Russian Defense Ministry", "Russian Defence Ministry", "Russia's defence ministry",
        "Russia's defense ministry", "Russia's Ministry of Defense",
        "Russian military")),
    SourceEntry("Igor Konashenkov", _M, "RU", ("Konashenkov",), person=True),
    SourceEntry("Valery Gerasimov", _M, "RU", ("Gerasimov",), person=True),
    SourceEntry("Sergey Surovikin", _M, "RU", ("Surovikin",), person=True),
    SourceEntry("Yevgeny Prigozhin", _M, "RU", ("Prigozhin",), person=True),
    SourceEntry("Eduard Basurin", _M, "RU", ("Basurin",), person=True),
    # Russia's proxy republics: one name each, however a report abbreviates them
    SourceEntry("Donetsk People's Republic", _P, "RU", (
        "DNR", "DPR", "Donetsk People's Republic", "DNR authorities", "DNR officials",
        "DNR government", "Donetsk People's Republic authorities",
        "Donetsk People's Republic officials")),
    SourceEntry("Luhansk People's Republic", _P, "RU", (
        "LNR", "LPR", "Luhansk People's Republic", "LNR authorities", "LNR officials",
        "LNR government", "Luhansk People's Republic authorities",
        "Luhansk People's Republic officials")),
    SourceEntry("DNR People's Militia", _M, "RU", (
        "DNR People's Militia", "DNR militia", "Donetsk People's Republic People's Militia",
        "DNR Territorial Defense", "DNR Territorial Defense Force",
        "Donetsk People's Republic Territorial Defense",
        "Donetsk People's Republic Territorial Defense Force", "DNR 1st Army Corps")),
    SourceEntry("LNR People's Militia", _M, "RU", (
        "LNR People's Militia", "LNR militia", "Luhansk People's Republic People's Militia",
        "LNR Territorial Defense", "Luhansk People's Republic Territorial Defense",
        "LNR 2nd Army Corps")),
    # Russian milbloggers and war correspondents
    SourceEntry("Igor Girkin", _B, "RU", ("Girkin", "Strelkov", "Igor Strelkov"), person=True),
    SourceEntry("Alexander Sladkov", _B, "RU", ("Sladkov",), person=True),
    SourceEntry("Alexander Kots", _B, "RU", ("Kots",), person=True),
    SourceEntry("Semyon Pegov", _B, "RU", ("Pegov", "WarGonzo"), person=True),
    SourceEntry("Yuri Kotenok", _B, "RU", ("Kotenok",), person=True),
    SourceEntry("Rybar", _B, "RU", ("Rybar",)),
    SourceEntry("Russian milbloggers", _B, "RU", (
        "Russian milbloggers", "Russian military bloggers", "Russian milblogger",
        "Russian military blogger", "pro-Russian milbloggers", "Russian war correspondents")),
    # Russian state media
    SourceEntry("TASS", _N, "RU", ("TASS",)),
    SourceEntry("RIA Novosti", _N, "RU", ("RIA Novosti", "RIA")),
    SourceEntry("RT", _N, "RU", ("RT", "Russia Today")),
    SourceEntry("Izvestia", _N, "RU", ("Izvestia",)),
    SourceEntry("Margarita Simonyan", _N, "RU", ("Simonyan",), person=True),
    # Independent monitors, think tanks, third parties
    SourceEntry("Institute for the Study of War", _T, None, (
        "ISW", "Institute for the Study of War", "US-based Institute for the Study of War",
        "Institute for the Study of War (ISW)", "US-based Institute for the Study of War (ISW)")),
    SourceEntry("IAEA", _T, None, ("IAEA", "International Atomic Energy Agency")),
    SourceEntry("OSCE Special Monitoring Mission", _T, None, ("OSCE", "OSCE SMM")),
    SourceEntry("UN OHCHR", _T, None, ("OHCHR", "UN Human Rights Monitoring Mission",
                                      "United Nations")),
    SourceEntry("Oryx", _T, None, ("Oryx",)),
    SourceEntry("UK Ministry of Defence", "other", None, (
        "UK Defense Ministry", "UK Defence Ministry", "UK MoD", "UK Ministry of Defence",
        "British Defence Ministry", "British Ministry of Defence")),
    SourceEntry("US Department of Defense", "other", None, ("Pentagon", "US Department of Defense",
                                                           "US DoD")),
    SourceEntry("Reuters", _N, None, ("Reuters",)),
    SourceEntry("Associated Press", _N, None, ("Associated Press", "AP")),
    SourceEntry("BBC", _N, None, ("BBC",)),
    SourceEntry("CNN", _N, None, ("CNN",)),
    SourceEntry("The New York Times", _N, None, ("New York Times", "The New York Times", "NYT")),
    SourceEntry("Ukrainska Pravda", _N, "UA", ("Ukrainska Pravda",)),
    SourceEntry("Kyiv Independent", _N, None, ("Kyiv Independent", "The Kyiv Independent")),
    SourceEntry("Meduza", _N, None, ("Meduza",)),
)

_DETS = re.compile(r"^(the|a|an|some|several|many|other|those|these|this|that|both|all|"
                   r"most|numerous|various)\s+", re.I)
_APOS = str.maketrans({"’": "'", "‘": "'"})


def normalise(text: str) -> str:
    """Lower-case, straight apostrophes, no leading determiner/quantifier, no parenthesis."""
    t = text.translate(_APOS).strip()
    t = re.sub(r"\s*\([^)]*\)\s*", " ", t).strip()
    prev = None
    while prev != t:
        prev, t = t, _DETS.sub("", t)
    return re.sub(r"\s+", " ", t).lower().strip(" ,.;:")


@lru_cache(maxsize=4)
def alias_index(key=normalise) -> dict[str, SourceEntry]:
    """Every registry name and alias, as ``key`` writes it, -> its entry (first one wins)."""
    idx: dict[str, SourceEntry] = {}
    for e in ENTRIES:
        for a in (e.canonical, *e.aliases):
            idx.setdefault(key(a), e)
    return idx


def _alias_index() -> dict[str, SourceEntry]:
    return alias_index(normalise)


# heads that make "X of <body>" the body's armed force, not the body
FORCE_HEADS = {"forces", "force", "militia", "militias", "troops", "units", "army", "corps",
                "servicemen", "soldiers", "fighters",
                # a unit of the body's force ("the 11th Regiment of the Donetsk People's
                # Republic" is that regiment, not the republic's government: read228)
                "regiment", "brigade", "battalion", "division", "detachment"}


def lookup(text: str) -> SourceEntry | None:
    """The registry entry a source mention names, or None.

    Tries the whole mention, then its tail words ("Russian Defense Minister Sergey Shoigu" ->
    "Sergey Shoigu" -> "Shoigu") so titles in front of a known name still resolve. The tail
    has to hold a capitalised word, so "officials" alone does not become a government.
    """
    idx = _alias_index()
    norm = normalise(text)
    if norm in idx:
        return idx[norm]
    words = re.sub(r"\s*\([^)]*\)\s*", " ", text.translate(_APOS)).split()
    for i in range(1, len(words)):
        tail = words[i:]
        if not any(w[:1].isupper() for w in tail):
            break
        key = normalise(" ".join(tail))
        if key in idx and (idx[key].person or len(tail) > 1):
            if not idx[key].person and idx[key].kind != "party_military" and \
                    FORCE_HEADS & {w.lower().strip(",") for w in words[:i]}:
                continue  # "forces of the Luhansk People's Republic" are its militia
            said = side_of(" ".join(words[:i]))
            if said and idx[key].side and said != idx[key].side:
                continue  # "the Russian General Staff" is not the Ukrainian one
            return idx[key]
    return None


# ---------------------------------------------------------------- rules for unknown sources

_RU = re.compile(r"\b(russian|russia|russia's|moscow|kremlin|dnr|lnr|"
                 r"donetsk people's republics?|luhansk people's republics?|"
                 r"lugansk people's republics?|pro-russian|kremlin-affiliated|occupation|"
                 r"russian-appointed|russian-backed|chechen|rosgvardia|wagner|occupied|proxy|"
                 r"self-proclaimed|rostov|voronezh|belgorod|kursk|bryansk|crimea)\b", re.I)
_UA = re.compile(r"\b(ukrainian|ukraine|ukraine's|kyiv|zaporizhia|zaporizhzhia|kherson|"
                 r"mykolaiv|odesa|kharkiv|sumy|chernihiv|dnipropetrovsk|dnipro|donetsk|luhansk|"
                 r"poltava|zhytomyr|lviv|mariupol|slovyansk|kramatorsk|nikopol|melitopol|"
                 r"severodonetsk|lysychansk|enerhodar|bakhmut|izyum)\b", re.I)
_THIRD = re.compile(r"\b(us|u\.s\.|american|uk|british|nato|german|french|polish|western|"
                    r"european|un|npr|belarusian|belarus)\b", re.I)

_KIND_RULES: tuple[tuple[str, re.Pattern], ...] = (
    ("other", re.compile(r"\bsocial media (users?|sources?|accounts?)\b", re.I)),
    ("evidence", re.compile(r"\b(footage|videos?|imagery|images?|photos?|photographs?|"
                            r"satellite|data|geolocated|recordings?)\b", re.I)),
    ("anonymous", re.compile(r"\b(unnamed|anonymous|not to be named|unidentified|"
                             r"asked not to be)\b", re.I)),
    ("milblogger", re.compile(r"\b(milbloggers?|military bloggers?|bloggers?|telegram channels?|"
                              r"war correspondents?|war ?correspondent|military community|"
                              r"voenkor\w*)\b", re.I)),
    ("think_tank_monitor", re.compile(r"\b(think tanks?|monitors?|monitoring|institute|"
                                      r"analysts?|experts?|researchers?|observers?)\b", re.I)),
    ("news_outlet", re.compile(r"\b(outlets?|newspapers?|news|agency|tv|television|channels?|"
                               r"journalists?|reporters?|correspondents?|editors?|"
                               r"propagandists?|media|broadcaster|times|post|pravda)\b", re.I)),
    ("party_official", re.compile(r"\b(administration|military-civilian)\b", re.I)),
    ("party_military", re.compile(r"\b(general staff|command|commanders?|military|army|armed|"
                                  r"brigade|regiment|division|militia|forces|troops|"
                                  r"servicem[ae]n|soldiers?|officers?|intelligence|gur|"
                                  r"defen[cs]e ministry|ministry of defen[cs]e|mod|commissar|"
                                  r"spokesperson for the|airborne|navy|national guard|"
                                  r"battalion|border guards?|border service|police|"
                                  r"security service|sbu|fsb|rosgvardia|territorial defen[cs]e)\b",
                                  re.I)),
    ("party_official", re.compile(r"\b(president|prime minister|minister|ministry|governor|"
                                  r"mayor|head|heads|officials?|authorities|spokesperson|"
                                  r"spokesman|spokeswoman|council|government|kremlin|duma|"
                                  r"parliament|deputy|ambassador|advis[eo]r|adviser|leader|"
                                  r"chairman|secretary|administrator|envoy|ombudsman|"
                                  r"prosecutor|state|regional|local|kyiv|moscow|russia|ukraine)\b",
                                  re.I)),
    ("anonymous", re.compile(r"^(sources?|an? sources?|officials?)$", re.I)),
)

_PERSON_TITLE = re.compile(r"\b(president|minister|governor|mayor|head|spokesperson|spokesman|"
                           r"spokeswoman|advis[eo]r|adviser|commander|chairman|ambassador|agent|"
                           r"milblogger|blogger|correspondent|editor|propagandist|deputy|"
                           r"commissar|general|colonel|secretary)\b", re.I)


SOURCE_KINDS_USED = tuple(sorted({e.kind for e in ENTRIES} | {k for k, _ in _KIND_RULES}))


def side_of(text: str) -> str | None:
    """The party a source belongs to, from its words: RU markers first (occupation and proxy
    officials carry Ukrainian place names too), then UA markers."""
    t = text.translate(_APOS)
    if _RU.search(t):
        return "RU"
    if _UA.search(t):
        return "UA"
    return None


def classify(text: str) -> tuple[str, str | None]:
    """(kind, side) of a source the registry does not know, from its words."""
    t = text.translate(_APOS)
    side = side_of(t)
    norm = normalise(t)
    if re.fullmatch(r"(pro-)?(russian|ukrainian)( and (russian|ukrainian))? sources?", norm) \
            or re.fullmatch(r"(ukrainian and russian|russian and ukrainian) sources?", norm):
        return "other", (None if " and " in norm else side)
    for kind, pat in _KIND_RULES:
        if pat.search(t):
            if kind in ("party_official", "party_military") and side is None \
                    and _THIRD.search(t):
                return "other", None  # a government that is no party to the war
            if kind in ("evidence", "think_tank_monitor"):
                return kind, None  # independent of the parties, whatever they look at
            if kind == "news_outlet":
                return kind, None if _THIRD.search(t) else side
            return kind, side
    return "other", side


def looks_like_person(text: str) -> bool:
    """A title word or a registry person: what "he"/"she" can refer back to."""
    e = lookup(text)
    if e is not None:
        return e.person
    return bool(_PERSON_TITLE.search(text))
