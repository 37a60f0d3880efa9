"""Events: detection, ACLED typing, actors, arguments (place, time, fatalities), polarity.

``extract_events`` is the pipeline's event stage: cues found in the parse (detect.py) become
candidate events; each gets its actors in ACLED's actor1/actor2 roles, its own site (one event
per coordinated site, as ACLED codes one location per event), its own time (in its clause -
shared by the acts the dated clause governs, "launched a strike on June 27, killing 20" - else
continuing from the previous sentence, else an inferred publication-date entry), fatalities
and a modality (polarity.py). Mentions of an event that name nothing about it ("these
operations remain controversial", "Russian operations around Kyiv remain limited") are
references or descriptions of the war's course, not new events, and are skipped; so are cues
in headings and list lead-ins ("Subordinate Main Effort—Mariupol (Russian objective: Capture
Mariupol)"), and a summary bullet ("Key Takeaways") whose event the body tells again.
"""

from __future__ import annotations

import bisect
import re
from datetime import date

from ..geodesy import haversine_km
from ..records import Actor, Event, Fatalities, Place, Report, Span, TimeValue
from ..time.calendar import days_apart
from . import fatalities as _fatalities
from .arguments import (
    HARM_VERBS, PlaceOrder, PlaceTokens, anaphoric_site, antecedent_site, cause_side,
    clause_subject_side, heading_only, listed_after, mutual_blame,
    locations, place_tokens, region, region_anaphor, region_named_before, roles,
    landform_named_before, settlement_anaphor, settlement_named_before, speaker_site,
    direction_of, last_time_before, measured_from, said_ongoing, strike_named_back,
    period_reached, tree_distance,
)
from .background import compared_performance, false_flag_guess, forecast_conjunct, \
    participle_of_a_list, time_in_aside
from .coding import code_event, dyad_of, no_ground_taken
from .destinations import withdrawal_goals
from .detect import Candidate, army_site_blast, describes_people, detect, including_whole, \
    object_lemmas, read_news, salience, sent_starts
from .lexicon_actors import country_name
from .lexicon_events import (
    CONTROL_PHRASES, FORCE_GENERATION, HOLD_PHRASES, PICTURE_NOUNS, RAISED_PEOPLE,
    RESPONSE_NOUNS, TERRITORY_NOUNS, TROOP_NOUNS,
)
from .main_event import lead_span, mark_main, most_salient, one_paragraph, retype_main, \
    told_main
from .polarity import REPEL_OR_HALT, aims, attempted, backs_a_claim, failed_try, held_now, \
    inferred_from_sign, inferred_state, is_infinitive, modality, only_begun, result_denied, \
    stopped_before
from .plover import plover_code
from .taxonomy import ALL_SUBTYPES, TERRITORY_TAKINGS

__all__ = ["extract_events"]

_USABLE_REFS = {"PRESENT_REF"}
_STRIKES = {"Shelling/artillery/missile attack", "Air/drone strike", "Remote explosive/landmine/IED"}


def _usable_time(t: TimeValue) -> bool:
    """Times that can date an event: dates, months, years, intervals, and durations anchored
    to dates ("the past 24 hours": PT24H with first/last); not free durations ("for months")
    or vague past/future references."""
    if t.inferred:
        return False
    v = t.value or ""
    if v.startswith("P") and v not in _USABLE_REFS:
        return t.first is not None and t.last is not None
    return not v.endswith("_REF") or v in _USABLE_REFS


def _starting_in(by_start: list[tuple[int, int]], start: int, end: int) -> list[int]:
    """Indexes of the places whose first token is in [start, end), from (token, index)
    pairs sorted by token (a look-up per event, not a pass over every place)."""
    lo = bisect.bisect_left(by_start, (start, -1))
    hi = bisect.bisect_left(by_start, (end, -1))
    return [k for _s, k in by_start[lo:hi]]


def _inferred(times: list[TimeValue], published: date | None) -> int | None:
    if published is None:
        return None
    for k, t in enumerate(times):
        if t.inferred:
            return k
    iso = published.isoformat()
    times.append(TimeValue(text="", start=0, end=0, value=iso, precision="day", first=iso,
                           last=iso, inferred=True))
    return len(times) - 1


# Verbs of saying whose subject is a speaker, never an event ("the Embassy said")
_SPEECH_VERBS = {"say", "state", "claim", "announce", "tell", "declare", "add", "write",
                 "allege", "insist", "assert", "stress", "emphasize", "reiterate",
                 # "The Embassy of Uzbekistan in Moscow issued a statement" (read57)
                 "issue", "publish", "post", "release", "warn", "urge", "deny", "confirm",
                 "report", "note"}


def extract_events(doc, places: list[Place], times: list[TimeValue], actors: list[Actor],
                   report: Report) -> tuple[list[Event], list[TimeValue]]:
    """Return the report's events and the times list (extended with inferred times, if any).

    Raises ValueError naming the report when the doc carries no dependency parse (the event
    stage reads arguments off the parse; a pipeline without a parser cannot feed it)."""
    if len(doc) and not doc.has_annotation("DEP"):
        raise ValueError(f"report {report.id!r}: the spaCy doc has no dependency parse; "
                         "the event stage needs a pipeline with a parser")
    places = list(places)
    times = list(times)
    actor_at: dict[int, Actor] = {}
    for a in actors:
        span = doc.char_span(a.start, a.end, alignment_mode="expand")
        if span is not None:
            for t in span:
                actor_at[t.i] = a
    skip = frozenset(i for i, a in actor_at.items()
                     if a.kind not in ("protesters", "rioters"))  # "protesters" is also a cue
    # capitals and countries standing for governments ("Moscow retook") are actors, not sites
    metonyms = frozenset(i for i, a in actor_at.items() if a.kind == "government")
    # the settlements the place stage resolved: "took Soledar" takes ground even where the
    # tagger calls Soledar a person
    place_at = frozenset(t.i for p in places if p.geonameid is not None and p.precision == 1
                         for t in (doc.char_span(p.start, p.end, alignment_mode="expand") or ()))
    cands = detect(doc, skip=skip, actor_at=actor_at, place_at=place_at)
    line_cache: dict = {}
    # the report's news, read off its lead as classify reads a snippet (main_event.py); in a
    # one-paragraph report its candidate is the main event even where this pass would drop
    # it or never found it (a snippet is told for its event)
    snippet = one_paragraph(_cached_text(line_cache, doc))
    lead = lead_span(doc, cands, lambda i: _heading(doc, doc[i], line_cache))
    # the learned typer (typer.py) was trained and cross-validated on news snippets: it
    # reads a one-paragraph report's lead; a longer report's lead (an ISW report's opening
    # paragraph, many events in one bag of words) is read by the rules alone
    news = read_news(doc, lead, actor_at, learned=snippet) if lead is not None else None
    main_trigger = news.trigger if news is not None and news.candidate is not None else None
    if main_trigger is not None and snippet and all(c.trigger != main_trigger for c in cands):
        cands = sorted(cands + [news.candidate], key=lambda c: c.trigger)
    triggers = {c.trigger for c in cands}
    takings = {c.trigger for c in cands if c.sub in TERRITORY_TAKINGS}
    cue_tokens = frozenset(i for c in cands for i in c.tokens)  # every event word, all cands
    ptoks = PlaceTokens(place_tokens(doc, places))
    place_order = PlaceOrder(places)
    by_start = ptoks.by_start
    times = _join_day_pairs(doc.text, times)
    ttoks = place_tokens(doc, times)
    own_time = _assign_times(doc, cands, times, ttoks)
    dyad = dyad_of(actors, places)
    published = report.published_date

    events: list[Event] = []
    refs: list[bool] = []
    origins: list[int] = []
    last_site: tuple[int, int] | None = None
    last_strike_site: tuple[int, int] | None = None  # the site of the strike last told
    last_strike_sub = ""  # and its sub-event type
    last_strike_actors: tuple[str | None, str | None] = (None, None)  # and its doer
    site_of: dict[int, list[tuple[int, int]]] = {}  # trigger -> the sites its event took
    battle_at: dict[str | None, tuple[str | None, str | None]] = {}  # site name -> actors
    sent_time: dict[int, int] = {}
    fig_cache: dict = {}
    main_code: tuple = ()
    for c in cands:
        trig = doc[c.trigger]
        is_main = c.trigger == main_trigger
        forced = is_main and snippet
        if not forced and _heading(doc, trig, line_cache):
            continue  # a section heading or a list's lead-in tells no event of its own
        if not forced and trig.dep_ == "nsubj" and trig.pos_ in ("NOUN", "PROPN") \
                and trig.head.lemma_.lower() in _SPEECH_VERBS:
            continue  # "The Ukrainian Embassy in Beirut said ...": the speaker, not an event
        if not forced and _speaker_title_only(doc, c):
            continue  # "The LNR Ambassador to Russia ... claimed that": who speaks (read17)
        if not forced and _topic_of_talk(trig):
            continue  # "maintained operational silence regarding ground attacks" (read19)
        if not forced and _describes_people(trig):
            continue  # "mobilized men fighting near Enerhodar did not receive training" (read20)
        if not forced and _raises_forces(doc, c):
            continue  # "Kirov Oblast is forming a volunteer battalion": force generation (read21)
        if not forced and (_since_clause(trig) or _period_bound(trig) or _describes_unit(trig)):
            continue  # "since Russian forces took the plant on March 4": background (read21)
        if not forced and compared_performance(trig):
            continue  # "are fighting better in X than soldiers": a quality weighed (read230)
        if not forced and participle_of_a_list(trig):
            continue  # "would encompass A, and occupied settlements in B": a status (read227)
        if not forced and (_habitual(trig) or _moving_as_setting(trig) or _posted(trig)):
            continue  # "saboteurs are regularly entering X", "as they advance across X" (read29)
        if not forced and _operation_not_fought(doc, c):
            continue  # "operations to repair the dam", "drones conducting operations" (read29)
        if not forced and _CORRECTION.search(trig.sent.text):
            continue  # "ISW mistakenly reported that the Moskva was equipped with Kalibr
            # missiles": a correction of what was said, no event (read72: a strike on Kalibr)
        if not forced and _PAST_WAR.search(trig.sent.text):
            continue  # "The World War I battles of the Somme, Verdun, and Passchendaele were
            # fought ...": a comparison with a past war, no event of the report's (read71)
        if not forced and _compared_or_set_aside(trig):
            continue  # "similar to apartment bombings in X", "rather than conducting a
            # ground assault on X": another act named to compare or contrast (read79)
        if not forced and _gains_told_by_taking(trig):
            continue  # "made minor gains around Y, capturing the town of X": the taking of X
            # is the gains (read72: a second fight at Y)
        if not forced and stopped_before(trig):
            continue  # "intercepted two missiles before they struck X": no strike, nor any
            # word that the day's other strikes on X did not happen (read70)
        if not forced and (_commented_back(trig) or _comment_on_kind(doc, c)):
            continue  # "This attack on Kyiv likely indicates that ...": the strike told before,
            # now commented on (read178: a second incident, a battle at Kyiv)
        if not forced and inferred_from_sign(trig):
            continue  # "fire west of X is likely an indicator of counteroffensives" (read118)
        if not forced and backs_a_claim(trig):
            continue  # "reports of destroyed vehicles in this area may confirm these reports"
        if not forced and (_named_cause(trig) or _purpose_told(trig) or inferred_state(trig)):
            continue  # "in response to Ukrainian strikes in Crimea": an explanation (read22)
        sent = trig.sent
        reg = region(doc, c.trigger, triggers - {c.trigger})
        (a1, s1), (a2, s2) = roles(doc, c.trigger, actor_at)
        owner = army_site_blast(trig)
        if owner and a2 is None:
            # "explosions at a Russian ammunition depot": the side named is the depot's
            # owner, the one struck, not who struck it
            (a1, s1), (a2, s2) = (None, None), (f"Military Forces of {country_name(owner)}",
                                                owner)
        syntactic_actor = bool(a1 or a2)
        # a bearing from a town places fighting near it, never a capture there ("took
        # several small towns directly west of Izyum" is no capture of Izyum: read12)
        # (an attempted taking is fighting, placed near the bearing's town: "attempted to
        # seize settlements east and west of Avdiivka", read16)
        sites = locations(doc, c.trigger, reg, places, ptoks, metonyms,
                          bearings=c.sub not in TERRITORY_TAKINGS or attempted(trig))
        listed = listed_after(_cached_text(line_cache, doc), places, sites, place_order)
        # (not a second anchor of a bearing: "A and B to the southeast of X and Y, and C",
        # read164: Y shelled)
        listed = [x for x in listed if not _second_anchor(doc, ptoks, x[0])]
        headings = [x for x in sites if heading_only(doc, ptoks, x[0])]
        if headings:
            # (a listed name is a heading only as a site it is listed after is: "toward A (...)
            # B (...), and C", read152: B and C, parsed apart, were dropped as headings)
            headings += [x for x in listed if heading_only(doc, ptoks, x[0])]
        sites += listed
        if headings and len(headings) < len(sites):
            sites = [x for x in sites if x not in headings]
        goals = withdrawal_goals(doc, trig, sites, places)
        if goals:
            sites = [x for x in sites if x not in goals]  # "withdrew from A towards C" (read228)
        if not sites:
            sites = _site_by_name(trig, places)
        if not sites and c.sub in _GATHERINGS:
            sites = _doers_place(trig, places, ptoks)
        if not sites:
            # "did not conduct assaults on A or B and continued to shell both cities": the
            # pair named before (read52: the shelling had no place)
            sites = _both_named(doc, reg, places, trig)
        if not sites:
            # "Ukrainian forces in Izyum repulsed a Russian attempt to capture the city
            # center": the defenders' place (read52)
            sites = _defenders_site(doc, trig, places, ptoks)
        if not sites:
            # "footage from X posted on D shows a UAV destroying a station": where the
            # footage was taken (read180: two strikes with no place)
            sites = _footage_site(doc, trig, places, ptoks)
        if not sites:
            named_back = antecedent_site(doc, c.trigger, places, ptoks)
            sites = [named_back] if named_back is not None else []
        if all(places[k].geonameid is None for k, _ in sites):  # none, or none resolved
            # the city whose own authorities tell it ("Kharkiv city authorities reported
            # Russian forces shelled an aid point at the Nova Poshta post office"; "the
            # mayor of Kherson confirmed ... in the city")
            spoken = speaker_site(doc, c.trigger, places, ptoks)
            if spoken is not None:
                sites = [spoken]
        if not sites and (landform := landform_named_before(doc, reg, places, ptoks)):
            sites = [landform]  # "an attack against the island": the island named before
        if not sites and anaphoric_site(doc, reg):
            # "the region" is the region its sentence named ("the governor of Chernihiv
            # Oblast reported that Russian forces are withdrawing from the region"), never
            # the town last told; any other reference is the site last told
            anaphor = region_anaphor(doc, reg)
            town = settlement_anaphor(doc, reg)
            named_town = settlement_named_before(doc, town, places, ptoks) \
                if anaphor is None and town is not None else None
            if anaphor is not None:
                named = region_named_before(doc, anaphor, places, ptoks)
                sites = [named] if named is not None else []
            elif named_town is not None:
                # "Russian forces in Izyum ... after capturing the city": the town its own
                # sentence named, before the site last told
                sites = [named_town]
            elif (near := _sentence_settlement_before(doc, reg, places)) is not None:
                # "units stationed near Kreminna ... after strikes on columns in the area": the
                # settlement its own sentence named last before it, not the site last told
                # (read48: the strike went to the town of the sentence before, 40 km off)
                sites = [near]
            elif last_site is not None:
                # a heading between starts another section: the place it names, else none
                # ("demining the ruins of the city" under "Mariupol" was Svitlodarsk, told
                # above it: read16)
                head = _heading_between(line_cache, doc, places[last_site[0]].end, trig.idx)
                if head is None:
                    sites = [last_site]
                else:
                    named = [k for k, p in enumerate(places) if head[0] <= p.start < head[1]
                             and (p.precision or 4) <= 2]
                    sites = [(named[-1], places[named[-1]].precision or 1)] if named else []
        if not sites and trig.dep_ == "conj" and not any(doc[i].pos_ == "PROPN" for i in reg):
            # "shelled Kharkiv and struck a humanitarian aid point", "continue to shell Kharkiv
            # and struck ...": the second act of one subject, naming no place of its own (nor
            # a name the place stage missed), is at the first act's settlement
            first = [trig.head.i] + [ch.i for ch in trig.head.children if ch.dep_ == "xcomp"]
            sites = _settlements_of_first(first, site_of)
        if not sites and not any(doc[i].pos_ == "PROPN" and doc[i].ent_type_ not in (
                "DATE", "TIME") for i in reg):
            # read30: a verb joined by "and" to another, naming no place of its own, is at
            # its partner's place, told before or after it, trigger or not ("maintained
            # positions north of X and shelled Ukrainian positions", "launched airstrikes and
            # fired on Ukrainian positions in X's vicinity")
            sites = _partner_sites(doc, trig, triggers, places, ptoks, metonyms,
                                   takings if c.sub not in TERRITORY_TAKINGS else set())
        if not sites:
            # "fighting continued in X, as Russian forces increased their bombardment": an act
            # in a clause of the same time as the main one is where the main act is (read76)
            sites = _main_clause_sites(trig, site_of)
        strike_ref = False
        if not sites and last_strike_site is not None \
                and strike_named_back(doc, reg | {c.trigger}):
            sites, strike_ref = [last_strike_site], True
        if _control_cue(c):
            # "still holds X", "full control of X": only of a settlement, and never of
            # positions, lines or a region ("continued to hold defensive positions along the
            # Southern Axis" says nothing about a place changing hands)
            kept = [(k, prec) for k, prec in sites if prec <= 2]
            held = set().union(*(object_lemmas(doc[i]) for q in c.cues
                                 for i in range(q.start, q.end)))
            if held & _HELD_NOT_PLACES or not (kept or forced and _holds_ground(doc, c)):
                continue  # a snippet's news may be control of an area ("over 120 km2")
            sites = kept or sites
        tk = own_time.get(c.trigger)
        if tk is not None and time_in_aside(doc, trig, *ttoks[tk]):
            tk = None  # "tanks (a variant produced in 1985)": the aside's date (read227)
        if tk is not None and times[tk].precision != "day" and period_reached(doc, *ttoks[tk]):
            tk = None  # "into the winter": how long the act goes on, not when (read223)
        fig = _figure(doc, c, cands, fig_cache)
        if trig.pos_ in ("NOUN", "PROPN"):
            told = (bool(fig) or _predicated(trig) or (
                bool(sites or _named_site(trig)) and not _state_description(trig, sites, places))
            ) and not _such(trig) and not _background_kind(trig) and not _told_before(trig) \
                and not _back_from(trig)
        else:
            told = not _described_subject(trig) and not _told_before(trig) and \
                not _back_from(trig) and not describes_people(trig)
        if not told and not forced:
            # "Russian operations remain limited", "further advances": a reference to events
            # told elsewhere, or a generic mention, not an event of its own (but a snippet's
            # news is its event even where only named: "a suspected chemical attack that
            # killed 400")
            continue
        if _in_endnote(line_cache, doc, trig.idx):
            # "[12] The General Staff's report of March 8 stated that elements of a brigade
            # left the combat zone in X": a note cites the source of what the body told
            # (read189: a second incident at X beside the body's)
            continue
        if tk is None:
            tk = _whole_time(doc, trig, own_time)
        if tk is None:
            tk = _continuing_time(doc, sent, sent_time, cue_tokens)
        told_time = tk  # (recorded for the next sentence once the modality is known)
        if tk is None:
            tk = _inferred(times, published)
        area = {places[k].country_code for k in _starting_in(by_start, sent.start, sent.end)
                if places[k].country_code} if not sites else ()
        area_cc = next(iter(area)) if len(area) == 1 else None
        if is_main:  # to code the news again as the lead reads it (retype_main)
            main_code = (trig, reg, (a1, s1), (a2, s2), sites, dict(battle_at), area_cc)
        own = clause_subject_side(doc, trig, actor_at) or cause_side(doc, trig, actor_at) \
            if not a1 else None
        sub, a1, a2 = code_event(doc, c.sub, trig, reg, (a1, s1), (a2, s2), sites, places,
                                 dyad, battle_at, area_cc, own_subject=own)
        if mutual_blame(trig):
            a1 = a2 = None  # "Ukrainian and Russian officials accused each other of shelling
            # X": who did it is what they dispute (read69: a Russian strike, confirmed)
        if strike_ref:
            sub = last_strike_sub  # "the strike" is the strike last told, of its type
            if not syntactic_actor:
                a1, a2 = last_strike_actors  # and by its doer (read20: laid on the holder's foe)
        mod = modality(trig, [doc[i] for i in c.tokens])
        if mod == "asserted" and forecast_conjunct(trig):
            mod = "future"  # "expect to break out of X and then encircle Y" (read227)
        if false_flag_guess(trig, mod):
            continue  # "may have staged false flag attacks in X": a guess at a doer (read227)
        if mod == "asserted" and _aim_only(doc, c):
            mod = "future"  # "trying to create conditions to capture X" (read22)
        if mod == "asserted" and _to_watch(_cached_text(line_cache, doc), trig.idx):
            # a bullet under "Immediate items to watch" is what the writer expects: "Russian
            # forces are likely reinforcing their grouping north of X" (read177: a move at X
            # in three reports)
            mod = "future"
        if told_time is not None and mod not in ("future", "hypothetical"):
            # read25: a forecast's time ("will likely attack X within the coming week") is
            # never handed on to the next sentence's mention of past fighting
            sent_time.setdefault(sent.start, told_time)
        if any(q.phrase in HOLD_PHRASES for q in c.cues) and mod == "asserted":
            mod = "negated"  # "still holds X": X has not changed hands
        if mod == "asserted" and sub in TERRITORY_TAKINGS and (held_now(trig) or (
                _control_cue(c) and _over_occupied(doc, c))):
            # "Transnistria, which is occupied by Russian forces", "continue to consolidate
            # control over occupied X" (read145): who holds a place, a status and no event;
            # told as a negated taking it stood as the teller denying the taking, an incident
            # disputed by its own holder (read190: eight at the villages "a ring of positions"
            # ran through, read192: Mariupol)
            continue
        if mod == "asserted" and sub in TERRITORY_TAKINGS and only_begun(trig):
            mod = "future"  # "the liberation of X has just begun": X is not yet taken
        if mod == "asserted" and sub in TERRITORY_TAKINGS and attempted(trig):
            sub = "Armed clash"  # "attempted to capture X": fought for, not (told) taken
        if mod == "negated":  # (not "denied": "denied Russian advances" is fighting them off)
            sub = no_ground_taken(sub, trig.lemma_.lower(), s1,
                                  places[sites[0][0]].country_code if sites else area_cc, a1)
        if mod in ("asserted", "possible") and sub in TERRITORY_TAKINGS and sites and \
                all(prec == 2 and not _offset_point(places[k]) for k, prec in sites):
            # "made incremental gains around Avdiivka", "liberated several settlements near
            # Kherson": ground taken near a town is fighting there, not the town changing
            # hands (read14: "Russian forces capture Avdiivka"); a village the gazetteer
            # lacks, put where "X, 20km southwest of Y" says, is itself taken (read228
            # class 4: "retook X" typed an armed clash)
            sub = "Armed clash"
        toks = reg | c.tokens
        lo = max(min(toks), sent.start)
        hi = min(max(toks) + 1, sent.end)
        while hi - lo > 1 and doc[hi - 1].is_punct:  # the sentence's full stop is no evidence
            hi -= 1
        while hi - lo > 1 and doc[lo].is_punct:
            lo += 1
        ev_span = doc[lo:hi]
        evidence = Span(ev_span.text, ev_span.start_char, ev_span.end_char)
        # a noun with no actor of its own may re-mention an event told before
        reference = trig.pos_ in ("NOUN", "PROPN") and not syntactic_actor and not forced
        fought_for = mod == "negated" and sub in TERRITORY_TAKINGS and failed_try(trig)
        shares = _shared_toll(fig, len(sites or [None]))
        for (k, prec), share in zip(sites or [(None, None)], shares):
            refs.append(reference)
            origins.append(c.trigger)
            events.append(Event(
                event_type=ALL_SUBTYPES[sub], sub_event_type=sub, actor1=a1, actor2=a2,
                location=k, time=tk, fatalities=share,
                polarity="positive" if mod == "asserted" else "negative",
                evidence=evidence, modality=mod, plover=plover_code(sub, sent, trig),
                location_precision=prec))
            if fought_for and k is not None:
                # "failed to take control of X": the taking is negated, the fight for X
                # happened (read of the nineteenth session's ideas: no clash was stored)
                refs.append(reference)
                origins.append(~c.trigger)  # (no candidate's: never the main event, retyped)
                events.append(Event(
                    event_type=ALL_SUBTYPES["Armed clash"], sub_event_type="Armed clash",
                    actor1=a1, actor2=a2, location=k, time=tk, fatalities=None,
                    polarity="positive", evidence=evidence, modality="asserted",
                    plover=plover_code("Armed clash", sent, trig), location_precision=prec))
        if sites:
            site_of[c.trigger] = list(sites)
            last_site = sites[-1]
            if sub in _STRIKES and sites[-1][1] is not None and sites[-1][1] <= 2:
                last_strike_site, last_strike_sub = sites[-1], sub
                last_strike_actors = (a1, a2)
    keep = _dedupe(events, refs, places, times)
    events, origins = [events[i] for i in keep], [origins[i] for i in keep]
    keep = _drop_summary_repeats(events, _cached_text(line_cache, doc), places, times)
    events, origins = [events[i] for i in keep], [origins[i] for i in keep]
    keep = _drop_umbrellas(events, _cached_text(line_cache, doc), places, times,
                           {i for i, o in enumerate(origins) if o == main_trigger})
    events, origins = [events[i] for i in keep], [origins[i] for i in keep]
    if lead is not None:
        events, main_trigger = _main_events(doc, events, origins, cands, lead, news,
                                            main_trigger, main_code, places, dyad)
        by_trigger = {c.trigger: c for c in cands}
        main_trigger = main_trigger if snippet else told_main(
            events, origins, main_trigger,
            lambda o: _paragraph_from(doc, o, lead, line_cache),
            lambda o: salience(doc, by_trigger[o]) if o in by_trigger else 0.0)
    return mark_main(events, origins, main_trigger), times


_CONTROL_CUES = HOLD_PHRASES | CONTROL_PHRASES
_HELD_NOT_PLACES = {"position", "positions", "line", "lines", "defense", "defence", "defenses",
                    "defences", "population", "populations", "highway", "road", "ground"}


def _paragraph_from(doc, i: int, lead, line_cache: dict) -> int | None:
    """The start of the paragraph (line) of token ``i``, None for a heading or a line before
    the report's lead (main_event.told_main)."""
    at = doc[i].idx
    if at < lead.start_char or _heading(doc, doc[i], line_cache):
        return None
    return _cached_text(line_cache, doc).rfind("\n", 0, at) + 1


def _main_events(doc, events: list[Event], origins: list[int], cands: list[Candidate], lead,
                 news, main_trigger: int | None, main_code: tuple, places: list[Place],
                 dyad: list[str]) -> tuple[list[Event], int | None]:
    """The events typed as the lead reads its news, and the main candidate's trigger.

    Where the lead's reading has no event of its own (a longer report's lead may name its
    news without telling it: "a special military operation"), the most salient event told in
    the lead is the main one, as the stage typed it."""
    if main_trigger not in origins:
        by_trigger = {c.trigger: c for c in cands}
        return events, most_salient([o for o in origins if lead.start <= o < lead.end],
                                    lambda o: salience(doc, by_trigger[o]))

    def recode(sub: str) -> dict:
        # the coding conventions (coding.py) read the parties' sides: a state's forces in
        # their own country or abroad, two states at war. Where the report names no state
        # party with a side they have nothing sound to read, and the lead's reading (what
        # the CASE gate measures) stands as it is
        t, reg, r1, r2, sites, seen, area_cc = main_code
        out: dict = {}
        if dyad:
            sub, out["actor1"], out["actor2"] = code_event(
                doc, sub, t, reg, r1, r2, sites, places, dyad, seen, area_cc)
        return out | {"sub_event_type": sub, "event_type": ALL_SUBTYPES[sub],
                      "plover": plover_code(sub, t.sent, t)}

    in_lead = [lead.start <= o < lead.end for o in origins]
    return retype_main(events, origins, in_lead, main_trigger, news.sub, recode), main_trigger


def _holds_ground(doc, c: Candidate) -> bool:
    """Is what a control cue holds ground ("established control over an area"), told by the
    object of a preposition on the cue's words ("control of the satellite" is no ground)?"""
    return any(g.dep_ == "pobj" and g.lemma_.lower() in _GROUND
               for q in c.cues for i in range(q.start, q.end)
               for ch in doc[i].children if ch.dep_ == "prep" for g in ch.children)


_GROUND = TERRITORY_NOUNS - {"control", "part", "most", "much", "position"}


def _control_cue(c: Candidate) -> bool:
    """Is the candidate anchored on a statement of who holds a place ("retains control of",
    "full control of") rather than on an act?"""
    return any(q.phrase in _CONTROL_CUES for q in c.cues)


_FINITE_TAGS = {"VBD", "VBZ", "VBP", "MD"}
_MINOR = {"a", "an", "the", "of", "in", "on", "and", "or", "to", "for", "at", "by", "with",
          "from", "into", "near"}


def _speaker_title_only(doc, c: Candidate) -> bool:
    """Is the candidate a speech verb whose only other cue words are its subject's (a title:
    "The Luhansk People's Republic Ambassador to Russia Rodion Miroshnik claimed that ...")?
    The speaker's title tells no event."""
    trig = doc[c.trigger]
    verb = trig
    if trig.lemma_.lower() not in _SPEECH_VERBS:
        # the title itself the trigger ("LNR Ambassador to Russia Rodion Miroshnik claimed":
        # read89, a diplomatic event): the speech verb whose subject holds it
        verb = next((a for a in trig.ancestors if a.lemma_.lower() in _SPEECH_VERBS), None)
        if verb is None or trig.pos_ not in ("NOUN", "PROPN") or \
                trig.dep_ not in ("compound", "nmod", "appos"):
            return False  # ("The assassination of X was reported": the act itself)
    subj = next((ch for ch in verb.children if ch.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None:
        return False
    inside = {t.i for t in subj.subtree}
    return (verb is trig or trig.i in inside) and \
        all(i in inside for i in c.tokens if i not in (c.trigger, verb.i))


# Nouns of saying or withholding whose "regarding"/"about" phrase is a topic, not an event
_TALK_NOUNS = {"silence", "secrecy", "comment", "comments", "detail", "details", "information",
               "questions", "rumors", "rumours", "speculation"}
_TOPIC_PREPS = {"regarding", "about", "concerning", "on", "over", "around"}


_PEOPLE_NOUNS = {"man", "men", "soldier", "serviceman", "servicemen", "personnel", "reservist",
                 "conscript", "recruit", "mobilized", "mobilize", "volunteer", "person",
                 "people", "prisoner", "convict"}


def _footage_site(doc, trig, places: list[Place], ptoks) -> list[tuple[int, int]]:
    """The settlement footage or imagery is "from", where the act it shows is the clause of
    the verb of showing ("footage from X shows a UAV destroying a station"): [(place, 1)], or
    none."""
    t = trig
    for _ in range(5):
        if t.lemma_.lower() in _SHOWING and t.pos_ == "VERB":
            break
        if t.head.i == t.i:
            return []
        t = t.head
    else:
        return []
    # (the picture noun anywhere in the verb's subject: "Geolocated footage from X" parses
    # as a clausal subject, "geolocated" its head)
    pictures = [x for c in t.children if c.dep_ in ("nsubj", "csubj") for x in c.subtree
                if x.lemma_.lower() in PICTURE_NOUNS]
    for subj in pictures:
        for p in (c for c in subj.children if c.dep_ == "prep" and c.lower_ == "from"):
            for k in _places_in_phrase(p, ptoks):
                if (places[k].precision or 4) <= 1 and places[k].geonameid is not None:
                    return [(k, 1)]
    return []


def _places_in_phrase(prep, ptoks) -> list[int]:
    """The places (indexes, in order) named inside the phrase of the preposition ``prep``."""
    last = prep.right_edge.i
    return [k for k in ptoks.overlapping(prep.i, last)
            if prep.i < ptoks[k][0] and ptoks[k][1] <= last + 1]


def _commented_back(trig) -> bool:
    """Is the trigger an event noun with a demonstrative ("this attack", "these strikes"), or a
    plural undated kind of act, that is the subject of a verb of comment ("indicates",
    "demonstrate that")? The act was told before, or is a kind; the sentence says what it
    means."""
    if trig.pos_ != "NOUN" or trig.dep_ not in ("nsubj", "nsubjpass") or \
            trig.head.lemma_.lower() not in _COMMENT_VERBS:
        return False
    if any(c.dep_ == "det" and c.lower_ in ("this", "these", "that", "those")
           for c in trig.children):
        return True
    # (a kind of act, plural and undated, whose meaning a clause argues: "Ukrainian strikes
    # into Crimea clearly demonstrate that ...", read181: a battle in Crimea)
    return trig.tag_ == "NNS" and any(c.dep_ == "ccomp" for c in trig.head.children) and \
        not any(t.ent_type_ in ("DATE", "TIME") for t in trig.subtree)


def _comment_on_kind(doc, c: Candidate) -> bool:
    """Is the cluster a verb of comment with a clause ("demonstrate that ...") whose other
    words are only its subject, an act of which _commented_back says it is told before or a
    kind ("Ukrainian strikes into Crimea clearly demonstrate that ...": "demonstrate" also
    names a protest)?"""
    trig = doc[c.trigger]
    if trig.lemma_.lower() not in _COMMENT_VERBS | {"demonstrate"} or \
            not any(ch.dep_ == "ccomp" for ch in trig.children):
        return False
    others = [doc[i] for i in c.tokens if i != c.trigger]
    return bool(others) and all(_commented_back(t) for t in others)


_COMMENT_VERBS = {"indicate", "suggest", "show", "demonstrate", "signal", "imply", "mean",
                  "reflect", "mark", "follow", "represent", "underscore", "highlight",
                  "illustrate", "confirm", "support", "fit", "come"}


def _describes_people(trig) -> bool:
    """Is the trigger a participle that only describes people the sentence is about
    ("Mobilized men from X fighting near Enerhodar reportedly did not receive training")?
    The sentence tells of the men, not of a fight (read20)."""
    return trig.tag_ == "VBG" and trig.dep_ == "acl" and \
        trig.head.lemma_.lower() in _PEOPLE_NOUNS and trig.head.dep_ in ("nsubj", "nsubjpass")


def _cue_words(doc, q) -> set[str]:
    """The cue's words and their lemmas (a cue phrase may carry a part of speech)."""
    return {w for t in doc[q.start:q.end] for w in (t.lower_, t.lemma_.lower())} | {
        q.phrase.partition("/")[0]}


def _raises_forces(doc, c: Candidate) -> bool:
    """Is the candidate force generation: forming, recruiting, contracting or mobilising men
    or units ("Kirov Oblast is forming a volunteer battalion", "the Wagner Group was
    recruiting residents", "sent recruitment leaflets to students")? Raising forces is not
    coded as an event (issue 11's read; the codebook in taxonomy.py names no sub-event for
    it): a change to a group's activity is what the group does on the ground.
    A cue of moving forces beside it stays a troop movement ("sent recruits to Izyum",
    "mobilized reservists and deployed them"): a heavier cue than the generation words, or a
    light verb (send, move) whose object is men or a force. (read21, read22: eight such
    sentences were troop movements or a clash.)"""
    if c.sub != "Change to group/activity":
        return False
    raising = [q for q in c.cues if _cue_words(doc, q) & FORCE_GENERATION]
    if not raising:
        return False
    for q in c.cues:
        if q in raising:
            continue
        if q.defn.weight > 1:
            return False  # "deploy", "withdraw": forces moved
        moved = {o.lemma_.lower() for o in doc[q.root].children
                 if o.dep_ in ("dobj", "nsubjpass")}
        if moved & (TROOP_NOUNS | RAISED_PEOPLE):
            return False
    return True


def _clause_head(tok):
    """The verb heading ``tok``'s clause, through coordinated verbs ("took X and shelled Y")."""
    while tok.dep_ == "conj" and tok.head.i != tok.i and tok.head.pos_ in ("VERB", "AUX"):
        tok = tok.head
    return tok


def _since_clause(trig) -> bool:
    """Is the trigger in a "since" clause ("arrested the plant's managers, since Russian forces
    took control of the plant on March 4")? What the present is measured from is background,
    told as such, whatever its date (read21: a change of control dated March 4 in a July
    report). A capture restated with its own date as the news ("Russian forces captured X on
    June 24") is no since-clause; nor is the noun after "since" ("have not attacked X since
    the capture of Y" tells the capture as done: polarity._presupposed, its own tests)."""
    head = _clause_head(trig)
    return head.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ == "since"
                                        for c in head.children)


def _whole_time(doc, trig, own_time: dict[int, int]) -> int | None:
    """The time of the whole an act listed under "including" is part of ("strikes inflicted
    losses on September 19, including killing 50 and destroying a depot": September 19),
    from a trigger of the whole's clause; None where there is none (read223: the parts
    dated the report's day)."""
    whole = including_whole(trig)
    if whole is None:
        return None
    for t in (whole, *whole.children):
        if t.i in own_time:
            return own_time[t.i]
    return None


def _shared_toll(fig: Fatalities | None, n: int) -> list[Fatalities | None]:
    """One act's toll over the ``n`` sites it is told at ("struck A, B, and C, killing 100"):
    whole on the first site's event, none on the others, so that summing the sites' events
    gives the toll told, not n times it (read31: a toll of 100 stood on each of three
    events), and no site gets a count nobody told (read223: 50 killed in two districts
    stood as 25 at each)."""
    if fig is None or n <= 1:
        return [fig] * max(n, 1)
    return [fig] + [None] * (n - 1)


# Nouns of forces a clause may describe by their past ("BTGs that retreated from Kyiv")
_FORCE_NOUNS = {"force", "forces", "troop", "troops", "unit", "units", "btg", "btgs", "element",
                "elements", "battalion", "battalions", "brigade", "brigades", "regiment",
                "regiments", "division", "divisions", "formation", "formations", "group",
                "groups", "reinforcement", "reinforcements", "army", "armies", "personnel"}


_TAKINGS = {"capture", "seize", "take", "occupy", "liberate", "retake", "recapture", "regain",
            "overrun", "enter", "reclaim", "liberation"}


def _undated(tok) -> bool:
    """Does the clause of ``tok`` hold no date or time of its own?"""
    return not any(x.ent_type_ in ("DATE", "TIME") for x in tok.subtree)


# Verbs of showing or seeing: the participle on their object is the act seen
_SHOWING = {"show", "depict", "capture", "film", "record", "see", "observe", "witness",
            "document", "purport"}


# Verbs of telling whose "that" may go unwritten ("reported Russian forces attacked toward X")
_TELLING = {"report", "say", "state", "claim", "announce", "note", "add", "confirm", "assess"}


def _thatless_report(trig) -> bool:
    """Is the trigger a finite verb the parse hung on the object of a verb of telling, whose
    "that" went unwritten ("The General Staff reported Russian forces attacked toward A and
    B")? It is what was told, not a description of the forces (read136: the attacks lost)."""
    forces = trig.head
    return trig.dep_ == "acl" and trig.tag_ in ("VBD", "VBN") and forces.dep_ == "dobj" and \
        forces.lower_ in _FORCE_NOUNS and forces.head.lemma_.lower() in _TELLING and \
        not any(c.dep_ in ("aux", "auxpass") for c in trig.children) and not any(
            x.i > trig.i and x.tag_ in ("VBP", "VBZ", "VBD") for x in trig.sent)


def _over_occupied(doc, c: Candidate) -> bool:
    """Is the control a cue tells of control over a place the text calls occupied ("control
    over occupied Mariupol")? It was held before: what goes on is holding it."""
    toks = {t.i for q in c.cues for i in range(q.start, q.end) for t in doc[i].subtree}
    return any(doc[i].dep_ == "amod" and doc[i].lower_ in ("occupied", "russian-occupied")
               and doc[i].head.pos_ == "PROPN" for i in toks)


def _describes_unit(trig) -> bool:
    """Is the trigger in a clause that tells which forces are meant by their past ("BTGs that
    retreated from around Kyiv", "forces withdrawn from the environs of Kyiv", "units damaged
    in the failed attack on Kyiv", "(which previously redeployed from the Sumy axis)")? The
    clause names the unit; its move or fight is background, told as such (read28: five moves
    and fights at Kyiv, Sumy and in Belgorod on the report's date). A clause with a date of
    its own ("units that withdrew from X on April 2") still tells the act. A taking so told
    ("the troops that seized X") names a change of control back: fusion joins it to its
    story and starts none with it (fuse.salience.refers_back), so it stays."""
    if trig.lemma_.lower() in _TAKINGS:
        return False
    if trig.tag_ == "VBN" and trig.i > 0 and trig.doc[trig.i - 1].lower_ in _FORCE_NOUNS and \
            trig.doc[trig.i - 1].head.i == trig.i and not any(
                c.dep_ in ("aux", "auxpass") for c in trig.children) and any(
                x.i > trig.i and x.pos_ in ("VERB", "AUX") and x.tag_ in ("VBP", "VBZ", "VBD")
                for x in trig.sent):
        # "Forces withdrawn from the environs of Kyiv are arriving in B": a reduced relative
        # the parser made the main verb
        return _undated(trig)
    if trig.dep_ == "acl" and trig.tag_ == "VBG" and trig.head.dep_ == "dobj" and \
            trig.head.head.lemma_.lower() in _SHOWING:
        return False  # "footage showed a Ukrainian unit hitting a Russian depot in X": what
        # was seen happening (read69: no event)
    if _thatless_report(trig):
        return False
    t = trig
    for _ in range(4):
        if t.dep_ in ("acl", "relcl") and t.pos_ == "VERB" and \
                t.head.dep_ not in ("ROOT", "ccomp") and (
                t.head.lemma_.lower() in _FORCE_NOUNS or t.head.lower_ in _FORCE_NOUNS):
            # (a forces noun the parser made the root has its verb as "acl": "Ukrainian
            # forces counterattacked in X" is the main clause; so is one it made the clause
            # a speaker tells: "reported that Ukrainian forces counterattacked near X", read126)
            if _agent_of_description(t.head):
                # "equipment left behind by Russian forces retreating from X in April": the
                # forces describe a thing; their move is background even with a date (read29)
                return True
            if t.head.dep_ == "nsubjpass" and t.head.head.lemma_.lower() in REPEL_OR_HALT:
                # "five Russian BTGs attacked from near A toward B but were repulsed": the
                # attack is what was repulsed, told as it happened (read71: no event)
                return False
            if t.head.dep_ in ("nsubj", "nsubjpass") and result_denied(t.head.head) and any(
                    c.dep_ == "neg" for c in t.head.head.children):
                # "forces attacking in X did not make any territorial gains": the attack is
                # told, only what it won denied (read178: the failed assault lost)
                return False
            return _undated(t)
        if t.dep_ == "relcl" and t.pos_ in ("VERB", "AUX") and t.head.dep_ != "ROOT" and any(
                ch.dep_ == "aux" and ch.lemma_.lower() == "have" for ch in t.children):
            # "units in the south that have operated in Kyiv and Kharkiv Oblasts": a perfect
            # relative clause on a noun of the main clause tells its past (read29)
            return _undated(t)
        if t.head.i == t.i or t.dep_ not in ("pobj", "prep", "pcomp", "amod", "compound"):
            return False
        t = t.head
    return False


# Words that make an operation a fight ("offensive operations", "operations to capture X")
_COMBAT_WORDS = {"offensive", "ground", "assault", "counteroffensive", "counter-offensive",
                 "combat", "military", "attack", "strike", "encircle", "surround", "storm",
                 "cross", "push", "break", "liberate", "retake", "recapture", "clear", "defend",
                 "hold", "repel", "destroy", "shell", "kill", "sabotage", "reconnaissance",
                 "special", "raid", "breakthrough", "counterattack", "interdiction"}
_VIOLENT_TYPES = {"Battles", "Explosions/Remote violence", "Violence against civilians"}


def _violent_verb(tok) -> bool:
    """Is ``tok`` a verb of fighting or of taking ground ("to capture X", "to storm X")?"""
    lemma = tok.lemma_.lower()
    if lemma in _COMBAT_WORDS:
        return True
    return any(p.partition("/")[0] == lemma and ALL_SUBTYPES.get(d.sub) in _VIOLENT_TYPES
               for p, d in _cue_table().items())


def _cue_table():
    from .lexicon_events import CUES
    return CUES


def _operation_not_fought(doc, c: Candidate) -> bool:
    """Is the candidate only an operation or an operating that names no fight: an operation
    for a purpose that is no fighting ("operations to repair damage to the dam", "operations
    to consolidate their positions"), or what a thing is doing, said of it ("drones
    conducting operations over X")? An operation is a battle only with
    a combat word on it or a violent aim (read29: three armed clashes)."""
    trig = doc[c.trigger]
    if trig.lemma_.lower() not in ("operation", "operate"):
        return False
    if any(not set(q.phrase.partition("/")[0].split()) <= {"operate", "operation",
                                                            "operations", "operating"}
           for q in c.cues):
        return False  # another cue word ("offensive operations", "assault") is a fight
    if any(ch.lemma_.lower() in _COMBAT_WORDS or ch.lower_ in _COMBAT_WORDS
           for ch in trig.children if ch.dep_ in ("amod", "compound", "nmod", "advmod")):
        return False
    if trig.pos_ in ("NOUN", "PROPN"):
        purposes = aims(trig)
        if purposes:
            return not any(_violent_verb(v) for v in purposes)
        # "drones conducting operations in X": what the drones are doing, said of them
        verb = trig.head
        return trig.dep_ == "dobj" and verb.tag_ == "VBG" and verb.dep_ == "acl" and \
            verb.head.lower_ not in _FORCE_NOUNS and verb.head.lemma_.lower() not in _FORCE_NOUNS
    return False  # (the verb "operate" said of formations: detect._present_only)


_PRESENT_TAGS = {"VBP", "VBZ"}
# Adverbs that make a present verb a habit ("saboteurs are regularly entering the oblast")
_FREQUENCY = {"regularly", "routinely", "often", "frequently", "increasingly", "usually",
              "constantly", "habitually", "sometimes", "occasionally", "periodically"}


def _present(verb) -> bool:
    """Is the verb in the present ("enter", "enters", "are entering", "are advancing")?"""
    if verb.tag_ in _PRESENT_TAGS:
        return True
    return verb.tag_ == "VBG" and any(ch.dep_ == "aux" and ch.tag_ in _PRESENT_TAGS
                                      for ch in verb.children)


def _habitual(trig) -> bool:
    """Is the trigger a present verb told as a habit by a frequency adverb ("Ukrainian
    saboteurs are regularly entering the oblast", "often shell the town") with no date of
    its own? A habit is no event (read29: an armed clash across a whole oblast); "continued
    routine shelling ... on September 27" has its date and stays."""
    if trig.pos_ != "VERB" or not _present(trig):
        return False
    if not any(ch.dep_ == "advmod" and ch.lower_ in _FREQUENCY for ch in trig.children):
        return False
    return _undated(trig)


_MOVE_LEMMAS = {"advance", "move", "push", "enter", "approach", "progress", "press"}
# Participles of forces posted somewhere, and the verbs that say they still are
_POSTED = {"deploy", "station", "base", "garrison", "position", "concentrate", "post",
           # people kept where they are ("Azov fighters are imprisoned in X": read159, an
           # arrest there)
           "imprison", "detain", "jail", "incarcerate"}
_STILL = {"remain", "stay", "be"}


def _posted(trig) -> bool:
    """Is the trigger a participle telling where forces still stand ("BTGs remain deployed
    around X", "units are stationed near Y"), with no date of its own? A status is no move
    (read36: "Troop movements at Kharkiv" from "remain deployed around Kharkiv")."""
    return trig.tag_ == "VBN" and trig.lemma_.lower() in _POSTED and \
        trig.dep_ in ("acomp", "xcomp", "oprd", "ROOT", "ccomp") and \
        (trig.head.lemma_.lower() in _STILL if trig.dep_ not in ("ROOT", "ccomp") else any(
            c.dep_ == "auxpass" and c.lemma_ == "be" and c.tag_ in ("VBP", "VBZ")
            for c in trig.children)) and _undated(trig)


def _moving_as_setting(trig) -> bool:
    """Is the trigger a present move in a clause that only sets the scene of another
    statement ("as they advance across the river and closer to the oblast", "the border
    where Ukrainian forces are advancing")? A move told as the setting of a claim, in the
    present and undated, is no event of the report's day (read29: two armed clashes)."""
    if trig.pos_ != "VERB" or trig.lemma_.lower() not in _MOVE_LEMMAS or not _present(trig):
        return False
    head = _clause_head(trig)
    if head.dep_ == "advcl":
        setting = any(ch.dep_ == "mark" and ch.lower_ in ("as", "while") for ch in head.children)
    elif head.dep_ == "relcl":
        setting = any(ch.dep_ == "advmod" and ch.lower_ == "where" for ch in head.children)
    else:
        return False
    return setting and _undated(head)


def _agent_of_description(noun) -> bool:
    """Is the noun the agent of a participle that describes another noun ("equipment left
    behind by Russian forces")?"""
    prep = noun.head
    return noun.dep_ == "pobj" and prep.lower_ == "by" and prep.head.tag_ == "VBN" and \
        prep.head.dep_ in ("acl", "relcl") and prep.head.head.pos_ in ("NOUN", "PROPN")


_PERIOD_FROM = {"from"}
_PERIOD_TO = {"to", "until", "till", "through"}


def _period_bound(trig) -> bool:
    """Is the noun trigger a bound of a period ("the first phase, from the initial invasion to
    the withdrawal of Russian troops from Kyiv")? An event that dates a span of the war is
    background (read21: three withdrawals on the report's date); "the withdrawal of Russian
    troops from Kyiv" as the object of a verb is not."""
    if trig.pos_ not in ("NOUN", "PROPN") or trig.dep_ != "pobj":
        return False
    prep = trig.head
    gov = prep.head
    word = prep.lower_
    if word in _PERIOD_TO:
        # "from A to B": "to" on the verb beside "from", or on A itself
        return any(c.dep_ == "prep" and c.lower_ in _PERIOD_FROM and c.i < prep.i
                   for c in gov.children) or (
            gov.dep_ == "pobj" and gov.head.lower_ in _PERIOD_FROM)
    if word in _PERIOD_FROM:
        return any(c.dep_ == "prep" and c.lower_ in _PERIOD_TO and c.i > trig.i
                   for c in (*gov.children, *trig.children))
    return False


def _named_cause(trig) -> bool:
    """Is the trigger what a move answers ("redeployed likely in response to ongoing
    Ukrainian strikes against rear areas in Crimea", "in retaliation for the shelling of
    X")? The writer explains the move by events told elsewhere; naming them is no new event
    (read22: a Ukrainian strike in Crimea). A cause named with its own date ("a response to
    Ukraine's October 8 attack on the bridge") is a past event restated, which fusion joins
    to its incident (the dev gold counts it as a mention of that story)."""
    if any(t.ent_type_ == "DATE" for t in trig.subtree):
        return False
    t = trig
    for _ in range(4):
        if t.head.i == t.i or t.dep_ not in ("pobj", "prep", "compound", "conj", "amod"):
            return False
        t = t.head
        if t.dep_ == "prep" and t.lower_ in ("to", "for") and \
                t.head.lemma_.lower() in RESPONSE_NOUNS:
            return True
    return False


# Verbs by which an undertaking's purpose is told ("Ukrainian strikes on bridges only aim to
# prevent ...", "the raids seek to degrade ...")
_PURPOSE_VERBS = {"aim", "seek", "intend", "serve", "mean", "design"}


def _purpose_told(trig) -> bool:
    """Is the noun trigger the subject of a present-tense statement of its purpose ("strikes
    on bridges only aim to prevent Russian forces from resupplying")? What such strikes are
    for is the claim; no strike is told (read22)."""
    # (any part of speech: the small tagger may call the plural subject a verb, "strikes/VBZ")
    if trig.dep_ not in ("nsubj", "nsubjpass"):
        return False
    verb = trig.head
    return verb.lemma_.lower() in _PURPOSE_VERBS and verb.tag_ in ("VBP", "VBZ") and any(
        c.dep_ == "xcomp" and is_infinitive(c) for c in verb.children)


def _aim_only(doc, c: Candidate) -> bool:
    """Is the candidate's typing cue only an aim, hung as a to-infinitive on a noun or a verb
    below a light trigger ("trying to create conditions to capture X": the light verb
    "create" stands for the capture)? The capture is aimed at, not done (read22: a clash)."""
    if doc[c.trigger].pos_ != "VERB" or max(
            (q.defn.weight for q in c.cues if q.root == c.trigger), default=0) > 1:
        return False
    top = max(c.cues, key=lambda q: q.defn.weight)
    aim = doc[top.root]
    return aim.i != c.trigger and is_infinitive(aim) and aim.dep_ in ("acl", "advcl", "relcl")


def _topic_of_talk(trig) -> bool:
    """Is the noun trigger the topic of a word of saying or withholding ("maintained
    operational silence regarding Ukrainian ground attacks in X", "declined to give details
    about the strikes")? The topic is not told to have happened (read19: three days of
    "silence regarding attacks" were three asserted battles)."""
    if trig.pos_ not in ("NOUN", "PROPN") or trig.dep_ != "pobj" or \
            trig.head.lower_ not in _TOPIC_PREPS:
        return False
    h = trig.head.head
    if h.lower_ in _TALK_NOUNS:
        return True
    return h.pos_ in ("VERB", "AUX") and any(c.dep_ == "dobj" and c.lower_ in _TALK_NOUNS
                                            for c in h.children)


def _cached_text(cache: dict, doc) -> str:
    """The report's text, read once per report (spaCy rebuilds Doc.text on every access)."""
    text = cache.get("text")
    if text is None:
        text = cache["text"] = doc.text
    return text


_SECTION_REACH = 6000  # characters: the site last told reaches no further back than this


def _heading_between(cache: dict, doc, a: int, b: int) -> tuple[int, int] | None:
    """The (start, end) offsets of the last heading-like line (short, not ending as a
    sentence does) that stands wholly between character offsets a and b, else None."""
    text = _cached_text(cache, doc)
    if b - a > _SECTION_REACH:
        return (b, b)  # pages apart: another section, whatever its heading (bounded work)
    found, pos = None, text.find("\n", a, b)
    while 0 <= pos < b:
        nxt = text.find("\n", pos + 1, b)
        if nxt < 0:
            break  # (the line of b itself is no line between)
        line = _without_gloss(text[pos + 1:nxt].strip())
        if 0 < len(line) <= 160 and line[-1] not in ".!?\"”’]:;,)":
            found = (pos + 1, nxt)
        pos = nxt
    return found


def _without_gloss(line: str) -> str:
    """The line without the gloss in brackets that ends it, where the gloss ends as no
    sentence does: "Mariupol (Russian objective: take the city)" is a heading, as ISW heads
    its sections (read40: every such heading failed the test, and "the city" under one was
    placed at a village of the section before); "... (8km east of X.)" is still prose."""
    if line.endswith(")") and len(line) > 1 and line[-2] not in ".!?" and "(" in line:
        return line[:line.rindex("(")].rstrip()
    return line


# The writer's correction of its own earlier report (a source's mistaken report is its claim,
# which the writer denies: it stays)
_CORRECTION = re.compile(r"\b(?:ISW|we)\s+(?:\w+\s+)?(?:mistakenly|incorrectly|erroneously|"
                         r"wrongly)\s+(?:reported|stated|said|wrote|claimed|assessed)\b|"
                         # ("A previous version of this report stated that Russian troops
                         # seized X": read203, the retracted capture stood as a second report)
                         r"\b(?:previous|earlier|prior)\s+(?:version|edition|iteration)\s+of\s+"
                         r"(?:this|the|our|today's)\s+(?:report|update|assessment)\b|"
                         r"\bCORRECTION\b")


# Past wars a report compares its war with
# (not a measure of the day's event: "the largest attack in Europe since World War II")
_PAST_WAR = re.compile(r"(?<!since )(?<!since the )\b(?:World\s+War\s+(?:I{1,2}|One|Two|1|2)|"
                       r"(?:First|Second)\s+World\s+War|Great\s+Patriotic\s+War|"
                       r"(?:First|Second)\s+Chechen\s+War|Soviet[\s-]+Afghan\s+War|"
                       r"Napoleonic\s+Wars?)\b", re.I)


# Adjectives whose "to" names an act to compare with ("similar to bombings in X")
_LIKENESS = {"similar", "comparable", "akin", "analogous", "identical", "reminiscent"}


def _compared_or_set_aside(trig) -> bool:
    """Is the trigger an act the sentence names to compare with ("similar to apartment
    bombings in X", "reminiscent of the siege of Y") or one done instead of ("shelling X
    rather than conducting a ground assault on it", "instead of launching an assault")?"""
    if any(a.lemma_.lower() == "do" and a.dep_ == "advcl" and any(
            c.dep_ == "mark" and c.lower_ == "as" for c in a.children)
            for a in list(trig.ancestors)[:6]):
        return True  # "expelled them from around X, as they did to Russian forces attempting
        # to seize Kyiv": the earlier act compared with (read128: a fight at Kyiv that day)
    tok = trig
    for _ in range(4):
        if tok.dep_ not in ("pobj", "pcomp", "dobj", "compound", "prep", "cc"):
            return False
        head = tok.head
        if head.lower_ == "than" and any(c.lower_ == "rather" for c in head.children):
            return True
        if head.lower_ == "of" and any(c.lower_ == "instead" for c in head.children):
            return True
        if head.lower_ in ("to", "of") and head.head.lower_ in _LIKENESS:
            return True
        if head.i == tok.i:
            return False
        tok = head
    return False


# Nouns of ground won and participles of taking a place that tell which
_GAIN_NOUNS = {"gain", "advance", "progress"}
_TAKING_PARTICIPLES = {"capture", "seize", "take", "liberate", "retake", "recapture"}


def _gains_told_by_taking(trig) -> bool:
    """Are the trigger gains that a participle after them tells as a taking ("made minor gains
    around Y, capturing the town of X")?"""
    if trig.lemma_.lower() not in _GAIN_NOUNS or trig.pos_ != "NOUN" or trig.dep_ != "dobj":
        return False
    return any(c.dep_ == "advcl" and c.tag_ == "VBG" and c.lemma_.lower() in _TAKING_PARTICIPLES
               for c in trig.head.children)


# Conjunctions of a clause told as going on with the main one ("as", "while")
_SAME_TIME_MARKS = {"as", "while", "whilst"}


def _main_clause_sites(trig, site_of: dict) -> list:
    """The settlements of the main clause's act, for an act in a clause of the same time
    beside it ("Fighting continued in X, as Russian forces increased their bombardment") or
    in a participle telling its outcome ("counterattacked near X, destroying several tanks"),
    when the main act was placed before it."""
    v = trig if trig.pos_ in ("VERB", "AUX") else trig.head
    marks = [c.lower_ for c in v.children if c.dep_ == "mark"]
    same_time = v.dep_ == "advcl" and any(m in _SAME_TIME_MARKS for m in marks)
    # (", destroying several Russian tanks" after a counterattack near X: its outcome, read67)
    outcome = v.dep_ in ("advcl", "acl") and v.tag_ == "VBG" and not marks
    if not (same_time or outcome):
        return []
    main = v.head
    return _settlements_of_first([main.i] + [c.i for c in main.children if c.i != v.i and
                                             c.dep_ in ("nsubj", "dobj", "acl", "advcl")],
                                 site_of)


def _settlements_of_first(triggers: list[int], site_of: dict) -> list:
    """The sites at precision 2 or finer of the first of ``triggers`` placed before."""
    near = next((site_of[i] for i in triggers if i in site_of), [])
    return [x for x in near if x[1] is not None and x[1] <= 2]


def _sentence_settlement_before(doc, reg: set[int], places) -> tuple[int, int] | None:
    """The last settlement (precision 2 or finer, resolved) its sentence names before the
    region's reference ("in the area"), as (place index, precision); None if none."""
    first = doc[min(reg)]
    lo, hi = first.sent.start_char, first.idx
    got = [(k, p.precision or 1) for k, p in enumerate(places)
           if lo <= p.start < hi and (p.precision or 4) <= 2 and (
               p.geonameid is not None or _offset_point(p)) and not _anchor_only(doc, p)]
    return got[-1] if got else None


def _offset_point(p: Place) -> bool:
    """Is the place a name the gazetteer lacks, put at the point the writer's distance and
    bearing give ("Metolkine (just south of X)")?"""
    return p.feature_code is None and p.lat is not None and p.precision == 2


def _anchor_only(doc, p: Place) -> bool:
    """Is the place only what another is measured from ("A (just south of X)": X)? "The
    town" after it is A (read163: a capture of X from "what areas of the town were seized")."""
    span = doc.char_span(p.start, p.end, alignment_mode="expand")
    return span is not None and measured_from(doc, span.root.i)


def _partner_sites(doc, trig, triggers, places, ptoks, metonyms, takings=frozenset()) -> list:
    """The settlements (precision 2 or finer) of the verb joined by "and" to the trigger's
    verb (the trigger itself, or the light verb whose object it is), when only one such
    partner is there (read30); none where that partner is a change of control of
    ``takings``: "continued counterattacks ... and recaptured A, B, and C" tells the fighting
    that took the villages, one act each, typed by its outcome (read47: four clashes beside
    the four retakings)."""
    verb = trig if trig.pos_ in ("VERB", "AUX") else trig.head if trig.dep_ in (
        "dobj", "nsubjpass") and trig.head.pos_ == "VERB" else None
    if verb is None:
        return []
    partners = [c for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB"]
    if verb.dep_ == "conj" and verb.head.pos_ == "VERB":
        partners.append(verb.head)
    if len(partners) != 1 or any(c.dep_ == "cc" and c.lower_ != "and"
                                 for c in verb.children) or partners[0].sent != verb.sent:
        return []
    p = partners[0]
    if p.i in takings:
        return []
    own = region(doc, p.i, set(triggers) - {p.i, trig.i})
    got = locations(doc, p.i, own, places, ptoks, metonyms)
    return [s for s in got if s[1] is not None and s[1] <= 2]


def _heading(doc, trig, cache: dict) -> bool:
    """Is the trigger's line a heading ("Subordinate Main Effort—Mariupol (Russian objective:
    Capture Mariupol)", "Ukrainian Operations in Russia") or the lead-in of a list ("... on
    four axes, discussed in turn below:")? A lead-in ends with a colon; a heading does not end
    as a sentence does and is in title case or has no finite verb outside its parentheses
    (an objective stated in the imperative is no event)."""
    text = _cached_text(cache, doc)
    s = text.rfind("\n", 0, trig.idx) + 1
    e = text.find("\n", trig.idx)
    e = len(text) if e < 0 else e
    if s in cache:
        return cache[s]
    line = text[s:e].strip()
    span = doc.char_span(s, e, alignment_mode="contract")
    out = False
    if s == 0 and e == len(text):
        out = False  # a one-line report is its own text, not a heading over one
    elif line.endswith(":"):
        out = True
    elif line and line[-1] not in ".!?\"”’]" and span is not None and \
            len(re.sub(r"\([^)]*\)", "", line)) <= 160:
        depth = 0
        finite = False
        words = []  # outside parentheses
        for t in span:
            depth += t.text == "("
            if depth <= 0:
                if t.is_alpha:
                    words.append(t)
                # a capitalised word is a name the tagger took for a verb ("Oblasts")
                if t.tag_ in _FINITE_TAGS and not t.text[0].isupper():
                    finite = True
            depth -= t.text == ")"
        title = len(words) >= 2 and all(t.text[0].isupper() or t.lower_ in _MINOR
                                        for t in words)
        out = title or not finite
    cache[s] = out
    return out


# verbs that make a noun's sentence a description of a state of affairs, not a report of an
# event ("Russian advances in southern Ukraine remain slower")
_STATE_VERBS = {"be", "remain", "seem", "appear", "stay", "become"}
_LIGHT = {"launch", "conduct", "carry", "make", "mount", "stage", "begin", "resume", "start",
          "repel", "repulse", "fend", "beat", "intensify", "continue", "step", "attempt",
          "undertake", "execute", "wage", "commit", "claim", "report", "suffer",
          "show", "depict"}  # "reports purported to show drone attacks in X" (read161)


def _predicated(trig) -> bool:
    """Is a noun trigger told as happening: the object of an action verb with a subject
    ("forces launched an assault", "units repelled attacks"), or a noun with a "by" agent?"""
    if trig.dep_ in ("dobj", "nsubjpass") and trig.head.lemma_.lower() in _LIGHT:
        return any(c.dep_ in ("nsubj", "agent") for c in trig.head.children) or \
            trig.head.dep_ in ("conj", "xcomp", "advcl")
    if trig.dep_ == "nsubj" and trig.head.lemma_.lower() in HARM_VERBS:
        return True  # "a large-scale explosion damaged the bridge"
    return any(c.dep_ == "prep" and c.lower_ == "by" for c in trig.children)


_STATE_OF = {"remain", "stay", "seem", "appear", "be"}


def _described_subject(trig) -> bool:
    """Is the act what a clausal subject of a state verb tries ("Russian forces attempting to
    advance on X from A and B remain largely stalled": read159, two fights at A and B)? The
    sentence says how the forces stand, no act of the day."""
    t = trig
    for _ in range(3):
        if t.dep_ in ("csubj", "csubjpass") or t.dep_ == "acl" and t.tag_ == "VBG" and \
                t.head.dep_ in ("nsubj", "nsubjpass"):
            # (the participle the clause's subject, or a modifier of the subject)
            state = t.head if t.dep_ != "acl" else t.head.head
            return state.lemma_.lower() in _STATE_OF and any(
                c.dep_ in ("acomp", "oprd", "xcomp") for c in state.children)
        if t.dep_ not in ("xcomp", "conj") or t.head.i == t.i:
            return False
        t = t.head
    return False


_EARLIER = {"early", "initial", "previous", "prior", "past", "former"}
_KNOWN = {"known", "notorious", "famous", "infamous", "noted"}


def _background_kind(trig) -> bool:
    """Is the noun the war's past told as background ("casualties, particularly in early
    operations around Kyiv"), or what a place is known for ("a settlement known for
    Ukrainian strikes on depots")? No act of the day (read163: a battle at Kyiv, a strike)."""
    if any(c.dep_ == "amod" and c.lower_ in _EARLIER for c in trig.children):
        return True
    prep = trig.head
    if trig.dep_ == "pobj" and prep.lower_ == "for" and prep.head.lower_ in _KNOWN:
        return True
    first = trig
    while first.dep_ == "conj" and first.head.i != first.i and first.head.pos_ == "NOUN":
        first = first.head
    # "continue to divide their efforts between attacks toward A and attacks toward B": how a
    # campaign's effort is shared, no act (read167: five fights at the goals)
    return first.dep_ == "pobj" and first.head.lower_ == "between" and (
        first.head.head.lemma_.lower() in ("divide", "split", "effort", "balance"))


def _told_before(trig) -> bool:
    """Is the act one the clause says was done "previously" ("an oil depot north of X, where
    Russian forces have previously conducted strikes": read164, a strike of the day)? A
    relative clause's or a perfect's past is the place's story; a dated act keeps its date
    and is told."""
    verb = trig.head if trig.pos_ in ("NOUN", "PROPN") and trig.dep_ == "dobj" else trig
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    return any(c.dep_ == "advmod" and c.lower_ == "previously" for c in verb.children) and \
        not any(t.ent_type_ == "DATE" for t in verb.subtree)


# Verbs of coming back from where one was ("volunteers who returned from fighting in X")
_BACK_VERBS = {"return", "come", "rotate", "arrive", "retire", "recover", "rest", "discharge"}


def _back_from(trig) -> bool:
    """Is the act where someone came back from ("volunteers that returned from fighting in
    Donbas on August 17": read193, a battle in Donbas on that day)? It tells who they are,
    the fight a setting of theirs, no event of the day."""
    return trig.dep_ in ("pobj", "pcomp") and trig.head.lower_ == "from" and \
        trig.head.head.lemma_.lower() in _BACK_VERBS


def _second_anchor(doc, ptoks, k: int) -> bool:
    """Is place ``k`` joined by "and" to the anchor of a bearing ("southeast of X and Y")?"""
    s, e = ptoks[k]
    if s < 0:
        return False
    root = doc[s:e].root
    return root.dep_ == "conj" and direction_of(doc, root.i)


def _such(trig) -> bool:
    """Is the noun a kind of act that an act told before is one of ("the eighteenth such
    attack", "such strikes": read158, a second incident beside the attack itself)?"""
    return any(c.lower_ == "such" and c.dep_ in ("amod", "predet", "det") for c in trig.children)


def _state_description(trig, sites, places: list[Place]) -> bool:
    """A noun that is the subject of a state verb, in the plural or placed only at region or
    country level, describes the war's course ("Russian operations around Kyiv remain
    limited", "Russian advances in southern Ukraine remain slower"); "heavy fighting is
    under way in Demidovka" still tells of fighting there."""
    if trig.dep_ not in ("nsubj", "nsubjpass") or trig.head.lemma_.lower() not in _STATE_VERBS:
        return False
    if said_ongoing(trig):
        return False  # "battles are ongoing near X" (read157)
    return trig.tag_ == "NNS" or bool(sites) and all((places[k].precision or 4) >= 3
                                                     for k, _ in sites)


def _site_by_name(trig, places: list[Place]) -> list[tuple[int, int]]:
    """"battles in Demidovka" where the place stage missed this mention of a name it found
    elsewhere in the report: the same name's place, with its own precision."""
    for prep in trig.children:
        if prep.dep_ == "prep" and prep.lower_ in _SITE_PREPS:
            # (not a name in a clause hung on the phrase: "in the past 72 hours that may
            # allow them to ease pressure on areas such as X", read125: a retaking of X)
            names = {t.text.lower() for t in _phrase_words(prep) if t.pos_ == "PROPN"}
            for k in range(len(places) - 1, -1, -1):
                if places[k].text.lower() in names:
                    prec = places[k].precision or 4
                    return [(k, max(prec, 2) if prep.lower_ == "near" else prec)]
    return []


_SITE_PREPS = ("in", "near", "at", "around", "outside")
# acts whose doers' place is theirs: people of a town protest or riot in it
_GATHERINGS = {"Peaceful protest", "Protest with intervention", "Violent demonstration",
               "Mob violence", "Excessive force against protesters"}


def _doers_place(trig, places: list[Place], ptoks) -> list[tuple[int, int]]:
    """"Women in Luhansk attempted to protest": the settlement the subject's "in" phrase names,
    where the act has no site of its own (read176: the protest had no place)."""
    verb = trig
    while verb.dep_ in ("xcomp", "conj") and verb.head.i != verb.i:
        verb = verb.head
    for subj in (c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")):
        for prep in subj.children:
            if prep.dep_ != "prep" or prep.lower_ not in ("in", "from", "of"):
                continue
            for k in _places_in_phrase(prep, ptoks):
                if (places[k].precision or 4) <= 3:
                    return [(k, places[k].precision or 1)]
    return []


_CLAUSE_DEPS = {"relcl", "acl", "ccomp", "advcl", "xcomp", "parataxis"}


def _phrase_words(head):
    """The words of ``head``'s phrase, less the clauses hung on it."""
    out = [head]
    for c in head.children:
        if c.dep_ not in _CLAUSE_DEPS:
            out += _phrase_words(c)
    return out

# Plural nouns of settlements that "both" or "the two" name back
_SETTLEMENTS_BACK = {"cities", "towns", "villages", "settlements"}


def _both_named(doc, reg: set[int], places: list[Place], trig) -> list[tuple[int, int]]:
    """"... assaults on Chernihiv or Sumy ... and continued to shell both cities": the last two
    settlements named before the trigger in its sentence."""
    # (or "the Russian-held towns" after "the occupied cities of A and B": read130, the two
    # IED attacks had no place)
    named_back = any(doc[i].lower_ in _SETTLEMENTS_BACK and any(
        c.lower_ in ("both", "two", "these", "those") or c.lower_ == "the" and c.dep_ == "det"
        for c in doc[i].children) for i in reg)
    if not named_back:
        return []
    sent = trig.sent
    before = [k for k, p in enumerate(places) if sent.start_char <= p.start < trig.idx
              and p.lat is not None and (p.precision or 4) <= 1]
    return [(k, places[k].precision or 1) for k in before[-2:]] if len(before) >= 2 else []


# Verbs whose subject holds the ground they are fought at ("forces in X repulsed ...")
_DEFENDING = {"repel", "repulse", "defend", "hold", "fight", "rebuff", "halt", "stop"}


def _defenders_site(doc, trig, places: list[Place], ptoks) -> list[tuple[int, int]]:
    """The place of the defenders' own phrase ("Ukrainian forces in Izyum repulsed ...") for
    an act told with no site of its own: the fight is where they hold."""
    verb = trig
    for _ in range(3):
        if verb.lemma_.lower() in _DEFENDING and verb.pos_ in ("VERB", "AUX"):
            break
        if verb.head.i == verb.i:
            return []
        verb = verb.head
    else:
        return []
    for subj in verb.children:
        if subj.dep_ != "nsubj":
            continue
        for prep in subj.children:
            if prep.dep_ == "prep" and prep.lower_ in ("in", "at", "near", "around"):
                toks = {t.i for t in prep.subtree}
                for k in range(len(places)):
                    s, e = ptoks[k]
                    if s in toks and places[k].lat is not None:
                        prec = places[k].precision or 4
                        return [(k, max(prec, 2) if prep.lower_ != "in" else prec)]
    return []


def _named_site(trig) -> bool:
    """"battles in Demidovka": a proper name in a site phrase, even if no place was resolved."""
    for prep in trig.children:
        if prep.dep_ == "prep" and prep.lower_ in _SITE_PREPS:
            if any(t.pos_ == "PROPN" for t in prep.subtree):
                return True
    return False


_DAY_PAIR_LINK = re.compile(r"^,?\s+and\s+$")


def _join_day_pairs(text: str, times: list[TimeValue]) -> list[TimeValue]:
    """Two days joined by "and" ("on August 2 and August 3") are one period for the act they
    date, as "March 18 and 19" is (read152: the act dated its first day only). The time stage
    keeps two expressions (TIMEX3 marks each); the events stage dates by the pair."""
    out: list[TimeValue] = []
    i = 0
    while i < len(times):
        a = times[i]
        b = times[i + 1] if i + 1 < len(times) else None
        if b is not None and a.precision == "day" and b.precision == "day" and \
                a.first and b.first and not a.inferred and not b.inferred and \
                _DAY_PAIR_LINK.match(text[a.end:b.start]) and \
                0 < (date.fromisoformat(b.first) - date.fromisoformat(a.first)).days <= 7:
            out.append(TimeValue(text=text[a.start:b.end], start=a.start, end=b.end,
                                 value=f"{a.first}/{b.last or b.first}", precision="period",
                                 first=a.first, last=b.last or b.first, timeml=a.value))
            i += 2
            continue
        out.append(a)
        i += 1
    return out


def _assign_times(doc, cands: list[Candidate], times: list[TimeValue], ttoks) -> dict[int, int]:
    """Give each usable time expression to the nearest event trigger (in the dependency tree)
    of its sentence; each trigger keeps the nearest of the times it got."""
    got: dict[int, list[tuple[int, int]]] = {}
    starts = sent_starts(doc)
    by_sent: dict[int, list[Candidate]] = {}
    for c in cands:
        by_sent.setdefault(starts[c.trigger], []).append(c)
    for k, (s, e) in enumerate(ttoks):
        if s < 0 or not _usable_time(times[k]) or last_time_before(doc, s):
            continue
        root = doc[s:e].root
        verb = _clause_verb(root)
        same = by_sent.get(starts[root.i], [])
        seen_in = _evidence_dated(root)
        if seen_in is not None:
            # read25: "Geolocated footage from June 20 indicates Russian forces captured X":
            # the footage's date dates what it shows, where that has no date of its own
            for c in same:
                if _shown_by(doc[c.trigger], seen_in):
                    got.setdefault(c.trigger, []).append(
                        (_SHARED + tree_distance(doc, root.i, c.trigger), k))
            continue
        own = _own_conjunct(verb)
        if own is not None and own.i not in {c.trigger for c in same}:
            # "X claimed that the missiles struck the plant, but ISW is unable to verify the
            # strikes at this time": a time of a conjunct with its own subject dates what
            # that conjunct tells, not the acts of the one before (read217: the strike of
            # the day before dated the report's)
            same = [c for c in same if own.is_ancestor(doc[c.trigger])]
        if _citing_aside(verb):
            # read220: "As ISW reported on October 19, Russian forces are setting conditions
            # to ... after they withdraw": the day of the cited report, not of its acts
            same = [c for c in same if _governed_by(doc[c.trigger], verb)]
        if _dates_a_thing_noun(root, {c.trigger for c in same}):
            continue  # "mines from the 1950s": the date of a thing, not of an act
        if same and _dates_a_thing(root, same):
            # the thing's own content ("Sobyanin's October 17 statement that the mobilization
            # ended") happens then; the acts around it do not
            same = [c for c in same if root.head.is_ancestor(doc[c.trigger])]
        if same:
            triggers = {c.trigger for c in same}
            same = [c for c in same if not _named_inside(doc[c.trigger], verb, triggers)]
        if not same:
            continue
        best = min(same, key=lambda c: (tree_distance(doc, root.i, c.trigger),
                                        abs(root.i - c.trigger)))
        got.setdefault(best.trigger, []).append(
            (tree_distance(doc, root.i, best.trigger) + _told_day(verb, doc[best.trigger]), k))
        # the other acts the time's clause governs happen then too: "launched a strike on
        # Kremenchuk on June 27, killing 20", "attacked Pisky and shelled Avdiivka on August
        # 5", "a strike on July 11 that destroyed a depot"
        for c in same:
            if c.trigger != best.trigger and (_governed_by(doc[c.trigger], verb) or
                                              _governed_by(doc[c.trigger], doc[best.trigger])
                                              or doc[best.trigger] in aims(doc[c.trigger])):
                # (and "continued attacks to capture Bakhmut on July 20": the aim's date is
                # the undertaking's)
                got.setdefault(c.trigger, []).append(
                    (_SHARED + tree_distance(doc, root.i, c.trigger), k))
        # "arrested a girl on October 5 after she threw Molotov cocktails at X": an act the
        # dated one came after (or at) happened no later; its day is the best told (read220:
        # dated the report's day), where it has none of its own
        for c in same:
            if c.trigger != best.trigger and _ahead_of(doc[c.trigger], doc[best.trigger]):
                got.setdefault(c.trigger, []).append(
                    (2 * _SHARED + tree_distance(doc, root.i, c.trigger), k))
        # read27: "captured A, broke lines in B, and fought for C on October 30": a time
        # after the last of coordinated verbs of one subject dates each that has none
        group = _conjoined_verbs(verb)
        if len(group) > 1 and root.i > max(v.i for v in group):
            for c in same:
                t = doc[c.trigger]
                if c.trigger == best.trigger or not any(
                        t.i == v.i or _governed_by(t, v) for v in group):
                    continue
                got.setdefault(c.trigger, []).append(
                    (_SHARED + tree_distance(doc, root.i, c.trigger), k))
    return {t: min(v)[1] for t, v in got.items()}


# Nouns of pictures that show an act: their date is the act's (read25)
_EVIDENCE_NOUNS = {"footage", "imagery", "image", "images", "video", "videos", "photo",
                   "photos", "photograph", "photographs", "picture", "pictures"}


def _evidence_dated(root):
    """The verb whose subject is a picture dated by "from" ("footage from June 20 shows/
    indicates ...") or by a participle of its making ("imagery dated October 3 shows",
    "photos taken on May 2 show"; read220), else None."""
    made = root.head.head if root.dep_ == "pobj" else root.head
    if root.dep_ == "pobj" and root.head.lower_ == "from":
        noun = root.head.head
    elif root.dep_ in ("npadvmod", "dobj", "pobj", "oprd") and _picture_made(made):
        noun = made.head
    else:
        return None
    if noun.lemma_.lower() not in _EVIDENCE_NOUNS and noun.lower_ not in _EVIDENCE_NOUNS:
        return None
    if noun.dep_ != "nsubj" or noun.head.pos_ not in ("VERB", "AUX"):
        return None
    return noun.head


# Participles that date a picture by its making ("imagery dated October 3", "footage taken on
# May 2", "a video posted on June 4")
_PICTURE_DATING = {"date", "take", "capture", "film", "record", "post", "publish", "shoot"}


def _picture_made(verb) -> bool:
    """Is ``verb`` a participle dating the picture it modifies ("imagery dated October 3")?"""
    return verb.dep_ in ("acl", "amod") and verb.lemma_.lower() in _PICTURE_DATING and \
        verb.tag_ in ("VBN", "VBD")


# Words of an act's own vague time ("recent Ukrainian advances"): no picture's day dates it
_OWN_VAGUE_TIME = {"recent", "earlier", "previous", "prior", "past", "ongoing", "continued",
                   "continuing"}


def _shown_by(trig, verb) -> bool:
    """Is the act at ``trig`` what the picture's verb shows ("footage from June 20 indicates
    Russian forces captured X"), not the writer's comment on it ("imagery dated October 3
    shows trench lines, which suggests that troops fall back in the face of recent advances":
    read220, the advances dated by the imagery) - reached from the verb through no relative
    clause, and no act with a vague time of its own?"""
    if not verb.is_ancestor(trig) or any(
            c.dep_ == "amod" and c.lower_ in _OWN_VAGUE_TIME for c in trig.children):
        return False
    t = trig
    while t.i != verb.i:
        if t.dep_ == "relcl" and t.pos_ in ("VERB", "AUX"):
            return False
        t = t.head
    return True


def _own_conjunct(verb):
    """The head of the coordinated clause with a subject of its own that ``verb`` belongs to
    ("..., but ISW is unable to verify the strikes at this time": "is"), else None."""
    head = verb
    for _ in range(4):
        if head.dep_ not in ("xcomp", "acomp", "ccomp") or head.head.i == head.i:
            break
        head = head.head
    if head.dep_ == "conj" and head.pos_ in ("VERB", "AUX") and any(
            c.dep_ in ("nsubj", "nsubjpass") for c in head.children):
        return head
    return None


# Verbs by which an "as" clause cites a report ("As ISW reported on October 19, ...")
_CITING = {"report", "assess", "note", "state", "say", "write", "forecast", "predict",
           "observe", "discuss", "warn", "indicate", "mention", "explain"}


def _citing_aside(verb) -> bool:
    """Is ``verb`` a citation aside ("As ISW reported on October 19, ...", "as the General
    Staff noted on May 3, ...")? Its time is the cited report's day: it dates what the aside
    itself governs, not the main clause's acts (read220: a forecast dated by it)."""
    return verb.lemma_.lower() in _CITING and verb.dep_ == "advcl" and any(
        c.dep_ == "mark" and c.lower_ == "as" for c in verb.children)


def _conjoined_verbs(verb) -> list:
    """The verbs coordinated with ``verb`` that share one subject: the first conjunct and
    each later one with no subject of its own (read27)."""
    if verb.pos_ not in ("VERB", "AUX"):
        return [verb]

    def own_subject(v):
        return any(c.dep_ in ("nsubj", "nsubjpass") for c in v.children)

    first = verb
    while first.dep_ == "conj" and first.head.i != first.i and \
            first.head.pos_ in ("VERB", "AUX") and not own_subject(first):
        first = first.head
    if verb is not first and own_subject(verb):
        return [verb]
    return [first] + [v for v in first.conjuncts
                      if v.pos_ in ("VERB", "AUX") and not own_subject(v)]


def _dates_a_thing_noun(root, triggers: set[int]) -> bool:
    """Is the time at ``root`` hung by "from" on a common noun that is no event ("mines from
    the 1950s", "equipment from 2014"): it dates the thing, and no act around it (read11:
    "mining Kherson Oblast with mines from the 1950s" was a battle dated 1950-1959)?"""
    if root.dep_ != "pobj" or root.head.lower_ != "from":
        return False
    noun = root.head.head
    if noun.pos_ in ("VERB", "AUX") and root.head.i > 0:
        # (read158: the parse hung "from the 1950s" on the verb; the noun right before it is
        # what a bare year or decade dates, whatever it is: "mines from the 1950s")
        before = root.doc[root.head.i - 1]
        return before.pos_ == "NOUN" and _YEARS.fullmatch(root.text) is not None
    return noun.pos_ == "NOUN" and (noun.i not in triggers or
                                    _YEARS.fullmatch(root.text) is not None)


_YEARS = re.compile(r"\d{4}s?")


def _named_inside(trig, verb, triggers: set[int]) -> bool:
    """Is the act a definite noun ("the attack") named inside another thing that the time's
    verb governs ("released its findings on the cause of the attack on the Kerch Strait Bridge
    on October 11")? It names an act told before; the time dates the verb's act (the
    findings' release), not it. An act the verb governs directly ("launched the strike on
    June 27") or an act that is itself the verb keeps the time."""
    if trig.pos_ != "NOUN" or trig.i == verb.i or verb.pos_ not in ("VERB", "AUX") \
            or verb.i in triggers:
        return False
    if not any(c.dep_ in ("det", "poss") and c.lower_ in ("the", "its", "this", "that", "their")
               for c in trig.children):
        return False
    t, between = trig, False
    for _ in range(6):
        h = t.head
        if h.i == t.i:
            return False
        if h.i == verb.i:
            return between
        if h.pos_ in ("NOUN", "PROPN") and h.i not in triggers:
            between = True
        elif h.pos_ in ("VERB", "AUX"):
            return False
        t = h
    return False


def _dates_a_thing(root, cands: list[Candidate]) -> bool:
    """Is the time a modifier of a noun that is no event ("Putin's April 21 statement", "a
    May 3 report")? It dates that thing and what it tells (_assign_times keeps the acts its
    noun governs), not the other acts of its sentence ("are carrying out ground attacks
    against Azovstal despite Putin's April 21 statement that Russia would cease its
    assaults": the attacks are of the report's day). "The April 21 strike" dates its strike."""
    head = root.head
    return (root.dep_ in ("nmod", "compound", "amod") and head.i != root.i
            and head.pos_ in ("NOUN", "PROPN")
            and not any(head.i == c.trigger or head.i in c.tokens for c in cands))


# A time shared through its clause counts as farther than any time of the trigger's own.
_SHARED = 100
# A telling's day ("reported on October 20 that ...") counts as farther than any time of the
# told act's own clause, shared ones too ("repelled attacks and destroyed tanks over the past
# five days": the span, the day only where the clause names none).
_TOLD = 2 * _SHARED


def _told_day(verb, trig) -> int:
    """``_TOLD`` where the time is a telling verb's and the act lies in what it tells ("The
    General Staff reported on October 20 that forces struck and damaged 150 personnel in the
    past few days": the span is the act's time, the day the report's; read220: the tie went
    to the report's day), else 0."""
    if verb.lemma_.lower() not in _TELLING or verb.i == trig.i or not verb.is_ancestor(trig):
        return 0
    return _TOLD if any(t.dep_ == "ccomp" for t in [trig, *trig.ancestors]
                        if verb.is_ancestor(t)) else 0
# Links that keep an act in the clause that governs it (a participle, an object, a relative
# clause on the object, a second verb of the same subject); a reported clause ("claimed on
# July 9 that ...") or a loose one has its own time.
_SAME_CLAUSE = {"dobj", "pobj", "prep", "advcl", "relcl", "acl", "xcomp", "conj", "compound",
                "nsubj", "nsubjpass", "appos", "npadvmod", "amod", "attr", "oprd", "agent"}


_OTHER_TIME = {"after", "before", "since", "until", "till", "following", "prior", "ahead",
               "while", "when", "during", "amid"}


def _clause_verb(tok):
    """The verb a time expression's head word modifies (itself when there is none)."""
    for _ in range(4):
        if tok.pos_ in ("VERB", "AUX") or tok.head.i == tok.i:
            return tok
        tok = tok.head
    return tok


def _governed_by(tok, verb) -> bool:
    """Whether ``tok`` lies in ``verb``'s clause: reached from it by links of one clause,
    passing no verb that has a subject of its own ("and Ukrainian forces repelled ...")."""
    if tok.pos_ not in ("VERB", "AUX", "NOUN", "PROPN") or tok.i == verb.i:
        return False
    for _ in range(6):
        if tok.dep_ not in _SAME_CLAUSE or tok.head.i == tok.i:
            return False
        if tok.dep_ == "conj" and tok.pos_ in ("VERB", "AUX") and any(
                c.dep_ in ("nsubj", "nsubjpass") for c in tok.children):
            return False
        if tok.lower_ in _OTHER_TIME or any(c.dep_ == "mark" and c.lower_ in _OTHER_TIME
                                            for c in tok.children):
            return False  # "captured it on May 20 after weeks of shelling": another time
        tok = tok.head
        if tok.i == verb.i:
            return True
    return False


# Marks of a clause whose act came before (or with) the act it is hung on
_NO_LATER = {"after", "following", "once", "when", "as", "while"}


def _ahead_of(tok, dated) -> bool:
    """Is ``tok`` in a clause of "after", "when" or the like hung on the dated act ``dated``
    ("arrested a girl on October 5 after she threw ...")? (Not a phrase: "captured it on May
    20 after weeks of shelling" is a span of its own.)"""
    for _ in range(6):
        if tok.head.i == tok.i:
            return False
        marked = tok.pos_ in ("VERB", "AUX") and tok.dep_ == "advcl" and any(
            c.dep_ == "mark" and c.lower_ in _NO_LATER for c in tok.children)
        if marked:
            return tok.head.i == dated.i
        if tok.dep_ not in _SAME_CLAUSE:
            return False
        tok = tok.head
    return False


def _continuing_time(doc, sent, sent_time: dict[int, int],
                     cue_tokens: frozenset[int] = frozenset()) -> int | None:
    """The previous sentence's time when this one clearly continues it, within one paragraph:
    it names back the act or place just told by a bare definite noun (_names_back), its
    subject is a pronoun, 'those same ...', or a definite event noun naming back the event
    just told ("... struck Kramatorsk on July 7. The strike destroyed a school"): a restated
    event keeps its own date, not the report's."""
    # (past a sentence of note marks only for a bare noun naming the act back: the rules of
    # subjects below, let past them, carried days along whole paragraphs of cited sentences)
    back = _sentence_before(doc, sent)
    if back is not None and "\n" not in doc[back.end - 1:sent.start + 1].text_with_ws and \
            _names_back(sent) and not any(t.ent_type_ in ("DATE", "TIME") for t in sent):
        return sent_time.get(back.start)
    if sent.start == 0:
        return None
    prev = doc[sent.start - 1].sent
    if "\n" in doc[prev.end - 1:sent.start + 1].text_with_ws:
        return None
    subj = [t for t in sent.root.children if t.dep_ in ("nsubj", "nsubjpass")]
    if not subj:
        return None
    head = subj[0]
    dets = {c.lower_ for c in head.children if c.dep_ in ("det", "predet")}
    if head.pos_ == "PRON" or any(c.lower_ in ("same", "those", "these") for c in head.children):
        return sent_time.get(prev.start)
    if head.i in cue_tokens and head.pos_ == "NOUN" and dets & {"the", "this", "that"}:
        return sent_time.get(prev.start)
    if sent.root.lemma_.lower() in _TELLING and any(
            c.dep_ == "ccomp" for c in sent.root.children) and not any(
            t.ent_type_ in ("DATE", "TIME") for t in sent):
        # (a sentence naming a day of its own, if only the report's, "reported on April 4
        # that ...", is of that day: read on the dev stories, Chernihiv's withdrawal took the
        # sentence before's "in the coming days")
        # "... northwest of Slovyansk on July 24. The General Staff reported that Russian
        # troops attacked Bohorodychne": a paragraph's next sentence telling what a source
        # said of the day just told is of that day (read53, read54: dated the report's day)
        return sent_time.get(prev.start)
    return None


# Nouns that, bare and definite, name back the act or place just told ("the missiles", "the
# strike", "the settlement")
_NAMED_BACK = {"missile", "rocket", "drone", "shell", "bomb", "munition", "strike", "explosion",
               "blast", "shelling", "bombing", "airstrike", "attack", "assault", "city", "town",
               "village", "settlement"}
_BACK_DETS = {"the", "this", "that", "these", "those"}
_RESTRICTING = {"compound", "amod", "nmod", "poss", "nummod", "relcl", "acl", "appos"}


def _names_back(sent) -> bool:
    """Does the sentence name the act or place just told by a bare definite noun ("Footage
    shows air defenses intercepting one of the missiles, and two missiles hit buildings", after
    "launched Kh-101 missiles at Dnipro on July 15"; "are still clearing the settlement")? It
    continues that act, of its day (read217: a second strike dated the report's day; read219:
    the clearing a day late). A noun with a modifier or a place of its own names a new one."""
    return any(t.lemma_.lower() in _NAMED_BACK and not t.ent_type_ and
               any(c.dep_ == "det" and c.lower_ in _BACK_DETS for c in t.children) and
               not any(c.dep_ in _RESTRICTING or _of_a_name(c) for c in t.children)
               for t in sent)


def _of_a_name(prep) -> bool:
    """ "of" + a proper name ("the city of Kherson"): the noun names its own place."""
    return prep.dep_ == "prep" and prep.lower_ == "of" and any(
        c.dep_ == "pobj" and c.pos_ == "PROPN" for c in prep.children)


_NOTE_MARKS = re.compile(r"(?:\[\d+\]\s*)+")


def _sentence_before(doc, sent):
    """The sentence before ``sent``, past any that is only note marks ("... on July 15.[29]
    Footage shows ...": the parser made "[29]" a sentence of its own; read217: the next
    sentence's strike lost the day and was dated the report's), else None."""
    while sent.start > 0:
        sent = doc[sent.start - 1].sent
        if not _NOTE_MARKS.fullmatch(sent.text.strip()):
            return sent
    return None


# Verbs by which a sentence tells what a source said or showed
_TELLING = {"report", "state", "say", "claim", "note", "confirm", "show", "indicate", "add",
            "announce", "stress",
            # "Some milbloggers specified that ..." after the day's claim (read157: the
            # report's day, a second incident)
            "specify", "clarify", "detail", "elaborate", "write", "allege", "assert"}


def _figure(doc, cand: Candidate, cands: list[Candidate], cache: dict) -> Fatalities | None:
    """The fatality figure of the sentence nearest this trigger (of the sentence's triggers)."""
    sent = doc[cand.trigger].sent
    if sent.start not in cache:
        found = _fatalities.parse(sent.text)
        same = [c for c in cands if sent.start <= c.trigger < sent.end] if found else []
        cache[sent.start] = (found, same)
    found, same = cache[sent.start]
    if not found:
        return None
    for s, e, fig in found:
        mid = sent.start_char + (s + e) // 2
        nearest = min(same, key=lambda c: abs(doc[c.trigger].idx - mid))
        if nearest is cand:
            return fig
    return None


def _dedupe(events: list[Event], refs: list[bool], places: list[Place],
            times: list[TimeValue]) -> list[int]:
    """The indexes of the events to keep, in order, dropping re-mentions: a noun mention
    without its own actor ("the Belgorod operation") of an event already told with the same
    type, site, polarity and time -- or with a time that
    holds the earlier one's ("The Kremenchuk strike follows ... in recent days": the span
    belongs to the sentence, the strike is the one told before). Separately told events (a
    verb, or a noun with its own actor) stay apart: they may come from different sources,
    and claims link to them one by one."""
    seen: dict[tuple, int] = {}
    told: dict[tuple, list[Event]] = {}
    spans: dict[tuple, list[Event]] = {}
    out: list[int] = []
    for i, (ev, ref) in enumerate(zip(events, refs)):
        if ev.location is None:
            out.append(i)
            continue
        p = places[ev.location]
        # the name as written as well as its resolution: a village the gazetteer could only
        # place in its region is not the region named elsewhere
        what = (ev.sub_event_type, p.geonameid, (p.name or "").lower(), p.text.lower(),
                ev.polarity)
        key = what + (ev.time,)
        if ref and key in seen:
            continue
        if any(_nested(ev.evidence, e.evidence) for e in spans.get(key, ())):
            # "routine air, missile, and artillery strikes west of X": a word of the phrase
            # one event was told by is no second event (read101: two incidents a day at X)
            continue
        spans.setdefault(key, []).append(ev)
        if ref and any(_holds(times, ev.time, e.time) for e in told.get(what, ())):
            continue
        seen.setdefault(key, len(out))
        told.setdefault(what, []).append(ev)
        out.append(i)
    return _one_time_per_span(out, events, times)


def _one_time_per_span(keep: list[int], events: list[Event], times: list[TimeValue]) -> list[int]:
    """``keep`` without an event that only repeats another of the same type, site, polarity
    and evidence with no time of its own, where the other carries a stated one (two words of
    one clause, "conduct drone attacks with two dozen Shahed-136 drones in A, B, and C oblasts
    on the night of D", each an event, one dated and one not: read182, six incidents for
    three)."""
    def stated(ev: Event) -> bool:
        return ev.time is not None and ev.time < len(times) and not times[ev.time].inferred

    def told(ev: Event) -> tuple:
        return ev.sub_event_type, ev.location, ev.polarity, ev.evidence.start, ev.evidence.end

    dated = {told(events[i]) for i in keep if stated(events[i])}
    return [i for i in keep if stated(events[i]) or told(events[i]) not in dated]


def _nested(a: Span, b: Span) -> bool:
    """Does one evidence span lie within the other?"""
    return (b.start <= a.start and a.end <= b.end) or (a.start <= b.start and b.end <= a.end)


def _holds(times: list[TimeValue], outer: int | None, inner: int | None) -> bool:
    """Does time ``outer`` (a span stated in the text) contain the stated time ``inner``?"""
    if outer is None or inner is None or outer >= len(times) or inner >= len(times):
        return False
    a, b = times[outer], times[inner]
    if a.inferred or b.inferred or not (a.first and a.last and b.first and b.last):
        return False
    return a.first[:10] <= b.first[:10] and b.last[:10] <= a.last[:10]


_LIST_MARK = ("- ", "• ", "* ", "– ")
# The headings of a report's summary lists ("Key Takeaways", "Key inflection in ongoing
# military operations on ...", "Immediate items to watch")
_SUMMARY_HEADING = re.compile(r"\s*(?:key\s+(?:takeaways|inflections?|inferences|points)|"
                              r"immediate\s+items\s+to\s+watch)\b", re.I)


# A numbered note's line ("[12] UA General Staff SITREP of ...", "[3] https://...")
_NOTE_LINE = re.compile(r"^\[\d{1,3}\][ \t]", re.M)
_NOTES_LIST = 3  # so many numbered lines make a list of notes


def _in_endnote(cache: dict, doc, at: int) -> bool:
    """Is the character at ``at`` on a line of the report's numbered notes (a list of at
    least ``_NOTES_LIST`` lines opening "[n] ")?"""
    starts = cache.get("notes")
    if starts is None:
        found = [m.start() for m in _NOTE_LINE.finditer(_cached_text(cache, doc))]
        starts = cache["notes"] = frozenset(found) if len(found) >= _NOTES_LIST else frozenset()
    if not starts:
        return False
    return _cached_text(cache, doc).rfind("\n", 0, at) + 1 in starts


def _to_watch(text: str, at: int) -> bool:
    """Is the character at ``at`` in a list item headed "Immediate items to watch"?"""
    start = text.rfind("\n", 0, at) + 1
    return text.startswith(_LIST_MARK, start) and _under_summary_heading(
        text, start, _WATCH_HEADING)


_WATCH_HEADING = re.compile(r"\s*immediate\s+items\s+to\s+watch\b", re.I)


def _under_summary_heading(text: str, line_start: int, heading: re.Pattern | None = None
                           ) -> bool:
    """Is the list item whose line starts at ``line_start`` in a list headed as a summary?
    (The line before the list's first item is its heading.)"""
    end = line_start - 1
    while end > 0:
        start = text.rfind("\n", 0, end) + 1
        line = text[start:end]
        if not line.startswith(_LIST_MARK) and line.strip():
            return bool((heading or _SUMMARY_HEADING).match(line)) and len(line) < 160
        end = start - 1
    return False


# How far from a paragraph's umbrella town its own fights may lie ("north of Kharkiv City":
# Udy, Prudyanka, 25-45 km off)
_UMBRELLA_KM = 60.0
_NEAR_TOLD_KM = 25.0  # ... and a settlement told "near" or "toward" (read26)


def _day(ev: Event, times: list[TimeValue]) -> str | None:
    """The value of an event's time (its day, as the events stage dated it)."""
    return times[ev.time].value if ev.time is not None and ev.time < len(times) else None


def _near_a_town(ev: Event, places: list[Place]) -> bool:
    """Is the event a fight or strike placed near a town (precision 2: "ground assaults north
    of Slovyansk"), one that may stand for the fights the report tells at settlements there?"""
    return ev.sub_event_type in _UMBRELLA_TYPES and ev.location_precision == 2 and \
        ev.location is not None and places[ev.location].lat is not None


# "Nova Dmytrivka (25km southwest of Izyum)": the writer's own distance of a place from a town
_STATED_KM = re.compile(r"\s*[(,]\s*(?:about|approximately|roughly|some|around|nearly)?\s*"
                        r"(\d{1,3}(?:\.\d)?)\s?(?:km|kilometers|kilometres)\s+"
                        r"(?:(?:north|south|east|west)(?:-?(?:east|west))?\s+of|from)\s+")


def _stated_reach(text: str, other: Place, town: Place) -> float:
    """The reach the writer grants a place from the umbrella town: its stated distance from
    that town, a third more for the points' error ("A (25km southwest of X)": read140, the
    villages 26-29 km from X's point kept the umbrella beside them), else 0."""
    got = _STATED_KM.match(text, other.end)
    if got is None:
        return 0.0
    anchor = text[got.end():got.end() + 40].lower()
    names = {n.lower() for n in (town.text, town.name) if n}
    if not any(anchor.startswith(n) for n in names):
        return 0.0
    return float(got.group(1)) * 4 / 3


def _told_nearby(ev: Event, other: Event, places: list[Place], times: list[TimeValue],
                 paragraph: bool = False, text: str = "") -> bool:
    """Does ``other`` tell an event of ``ev``'s kind and day at another settlement within
    _UMBRELLA_KM of ``ev``'s town (``ev`` near a town: _near_a_town)? With ``paragraph``
    (``other`` told later in ``ev``'s paragraph) an undated one counts as of ``ev``'s day
    ("... northwest of Slovyansk on July 24. The General Staff reported that Russian troops
    attacked Bohorodychne": read54, read62)."""
    # (a fight not told as done covers none: read43, "did not gain access to X", "will likely
    # continue operations on Y" had dropped the day's fight)
    undated = paragraph and (other.time is None or times[other.time].inferred)
    if other.location is None or other.event_type != ev.event_type or \
            other.modality != "asserted" or \
            (_day(other, times) != _day(ev, times) and not undated):
        return False
    town, o = places[ev.location], places[other.location]
    # (a settlement named "near" or "toward" is told there too, when it lies close by:
    # read26, a summary bullet's fight east of a town stood beside the body's fights
    # "toward" two villages 8-11 km from it; "near Izyum", 40 km off, is another front)
    if o.lat is None or o.geonameid is None or o.geonameid == town.geonameid or \
            not (o.feature_code or "").startswith("PPL") or (o.precision or 4) > 2:
        return False
    reach = _UMBRELLA_KM if (o.precision or 4) <= 1 else _NEAR_TOLD_KM
    reach = max(reach, _stated_reach(text, o, town)) if text else reach
    return haversine_km(town.lat, town.lon, o.lat, o.lon) <= reach


def _drop_umbrellas(events: list[Event], text: str, places: list[Place],
                    times: list[TimeValue], news: set[int]) -> list[int]:
    """The indexes of the events to keep, dropping a paragraph's umbrella: a fight near a
    town (precision 2) told in the paragraph's first sentence, when the paragraph goes on to
    tell fights of the same day at other settlements near that town ("Russian forces
    conducted limited ground assaults north of Slovyansk on August 29. ... attacked
    Bohorodychne and Dolyna": the fights are at the villages, not a third at Slovyansk;
    read18: 11 umbrella incidents at the anchor towns). The report's news (``news``) stays,
    and a one-paragraph snippet keeps all its events."""
    if one_paragraph(text):
        return list(range(len(events)))
    # where each event's paragraph starts (the line break before it, -1 for the first)
    para = [text.rfind("\n", 0, ev.evidence.start) for ev in events]
    drop = set()
    for i, ev in enumerate(events):
        if not _near_a_town(ev, places) or ev.modality != "asserted" or i in news:
            continue
        if _SENTENCE_END.search(text, para[i] + 1, ev.evidence.start):
            continue  # not the paragraph's first sentence
        if any(j != i and other.sub_event_type == ev.sub_event_type and
               other.evidence.start < ev.evidence.end and ev.evidence.start < other.evidence.end
               and other.location is not None and other.location != ev.location
               for j, other in enumerate(events)):
            # "frontal assaults around A, B, and C": fights at each of a list, not one
            # umbrella over the paragraph's fights (read109: three towns' fights lost)
            continue
        if any(j != i and para[j] == para[i] and other.evidence.start > ev.evidence.end
               and _told_nearby(ev, other, places, times, paragraph=True, text=text)
               for j, other in enumerate(events)):
            drop.add(i)
    return [i for i in range(len(events)) if i not in drop]


_SENTENCE_END = re.compile(r"[.!?](?:\[\d+\])?\s")
# fights and strikes told near a town before the settlements they were at ("shelled
# settlements to the southeast of Izyum on July 23. ... shelled A, B, and C": read21, three
# strikes at the anchor town, held by the side that shelled)
_UMBRELLA_TYPES = {"Armed clash", "Shelling/artillery/missile attack", "Air/drone strike"}


def _drop_summary_repeats(events: list[Event], text: str, places: list[Place],
                          times: list[TimeValue]) -> list[int]:
    """The indexes of the events to keep, dropping a list item's event ("Key Takeaways"
    bullets) that the report's running text tells again with the same type, site, polarity
    and date: the summary repeats the body, and one report should count its event once, with
    the body's fuller evidence. Only a list under a summary's heading is a summary: the
    early reports' bullets under each axis's paragraph are the body's cited detail, which the
    paragraph sums up (read77: 22 events lost, among them the claims and hedges they cite)."""
    def in_list(ev: Event) -> bool:
        start = text.rfind("\n", 0, ev.evidence.start) + 1
        return text.startswith(_LIST_MARK, start) and _under_summary_heading(text, start)

    def key(ev: Event):
        if ev.location is None:
            return None
        p = places[ev.location]
        return (ev.sub_event_type, p.geonameid, (p.name or p.text).lower(), ev.polarity,
                _day(ev, times))

    def near_told(ev: Event) -> bool:
        # a bullet's fight or strike near a town ("unsuccessful offensive operations
        # northwest of Slovyansk") that the body tells at settlements near it, the same day
        # (read22: a clash at the anchor town beside the body's villages)
        return _near_a_town(ev, places) and any(
            not li and _told_nearby(ev, other, places, times, text=text)
            for other, li in zip(events, listed))

    def violent_key(ev: Event):
        if ev.location is None or ev.event_type not in _VIOLENT_TYPES:
            return None
        p = places[ev.location]
        return (p.geonameid, (p.name or p.text).lower(), ev.polarity)

    def told_violence(ev: Event) -> bool:
        # a bullet's violence at a site where the body tells violence within a day of it
        # ("continued their systematic attacks on civilian infrastructure in X" beside
        # the body's strikes on X's universities; "launched counterattacks around X", undated,
        # beside the body's counterattacks there the day before): the summary of the body's
        # events in other words (read51, read52, read53: three bullets had incidents of their
        # own)
        k = violent_key(ev)
        if k is None:
            return False
        day = _day(ev, times)
        return any(not li and violent_key(other) == k and
                   days_apart(day, _day(other, times)) in (0, 1)
                   for other, li in zip(events, listed))

    listed = [in_list(ev) for ev in events]
    told = {key(ev) for ev, li in zip(events, listed) if not li} - {None}
    return [i for i, (ev, li) in enumerate(zip(events, listed))
            if not (li and (key(ev) in told or near_told(ev) or told_violence(ev)))]


