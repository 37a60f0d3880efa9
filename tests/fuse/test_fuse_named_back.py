"""Claims that state no event of their own and speak of one told before them: what they name
back (another claim, the event's noun, its structure, its place), and a claim nested in a
claim ("X reported that Y stated that ...")."""

from __future__ import annotations

from dataclasses import replace

from fogofwar.fuse.book import IncidentBook
from fogofwar.fuse.model import mentions_from_extraction
from fogofwar.records import Actor, Claim, Span

from helpers_fuse import FAR, VILLAGE_A, extraction, inferred, place

REMOTE = dict(type="Explosions/Remote violence", sub="Shelling/artillery/missile attack")


def _claim(text: str, source: str, cue: str, end: str | None = None, stance: str = "asserts",
           events: tuple[int, ...] = ()) -> Claim:
    """A claim over ``text``: its source, its cue, and its content from the cue to ``end``
    (the next sentence's start) or the text's end."""
    s, c = text.index(source), text.index(cue, text.index(source))
    stop = text.index(end) if end else len(text)
    content = text[c + len(cue) + 1:stop].rstrip(" .")
    cs = c + len(cue) + 1
    return Claim(Actor(source, s, s + len(source), source, "other", None),
                 Span(cue, c, c + len(cue)), Span(content, cs, cs + len(content)),
                 stance, "certain", "indirect", events)


def _ext(text: str, events: list[tuple[str, dict, dict]], claims: list[Claim]):
    """An extraction of ``text`` whose events are (evidence, place spec, kind) told in it."""
    items = [dict(place=place(name, spec), time=inferred("2025-06-27"), evidence=ev,
                  offset=text.index(ev), **kind) for ev, (name, spec), kind in
             [(ev, p, k) for ev, p, k in events]]
    ext = extraction("d1", "2025-06-27", "ISW", text, items)
    return replace(ext, claims=tuple(claims))


def _stances(m) -> dict[str, str]:
    return {a.source.canonical: a.stance for a in m.attributions}


def test_a_denial_of_this_claim_denies_the_event_the_claim_before_it_told():
    text = ("Ukrainian forces claimed to strike a cruiser near Alpha with two missiles. "
            "The Kremlin denied this claim.")
    ev = "to strike a cruiser near Alpha with two missiles"
    ukr = _claim(text, "Ukrainian forces", "claimed", end="The Kremlin", events=(0,))
    ukr = replace(ukr, content=Span(ev, text.index(ev), text.index(ev) + len(ev)))
    kremlin = _claim(text, "The Kremlin", "denied", stance="denies")
    [m] = mentions_from_extraction(_ext(text, [(ev, ("Alpha", VILLAGE_A), REMOTE)],
                                        [ukr, kremlin]))
    # (the registry names the Kremlin as the Russian government)
    assert _stances(m) == {"Ukrainian forces": "asserts", "Government of Russia": "denies"}


def test_the_explosion_names_the_event_told_in_its_words_not_the_nearer_strike():
    text = ("A truck exploded on the bridge near Alpha on June 27. The Kremlin compared it to "
            "the Ukrainian strike on Charlie in August. An official stated that Ukrainian "
            "intelligence participated in the explosion.")
    blast, strike = "A truck exploded on the bridge near Alpha", "the Ukrainian strike on Charlie"
    ext = _ext(text, [(blast, ("Alpha", VILLAGE_A), REMOTE), (strike, ("Charlie", FAR), REMOTE)],
               [_claim(text, "An official", "stated")])
    ms = {m.evidence.text: m for m in mentions_from_extraction(ext)}
    assert "An official" in _stances(ms[blast])
    assert "An official" not in _stances(ms[strike])


def test_a_comment_on_the_structure_speaks_of_the_event_at_it():
    text = ("An explosion damaged the road bridge near Alpha on June 27.\n"
            "The head of the region claimed that the remaining lane of the road bridge opened "
            "to cars.")
    ev = "An explosion damaged the road bridge near Alpha"
    [m] = mentions_from_extraction(_ext(text, [(ev, ("Alpha", VILLAGE_A), REMOTE)],
                                        [_claim(text, "The head of the region", "claimed")]))
    assert _stances(m)["Head of the region"] == "asserts"


def test_a_comment_naming_the_place_speaks_of_the_event_there_in_its_paragraph_only():
    text = ("Russian forces captured Alpha on June 24. An official stated that several "
            "Ukrainian units remain in Alpha.\nAnother official stated that Alpha is calm.")
    ev = "Russian forces captured Alpha"
    first = _claim(text, "An official", "stated", end="Another official")
    second = _claim(text, "Another official", "stated")
    [m] = mentions_from_extraction(_ext(
        text, [(ev, ("Alpha", VILLAGE_A), dict(sub="Non-state actor overtakes territory"))],
        [first, second]))
    assert "An official" in _stances(m)
    assert "Another official" not in _stances(m)  # the next paragraph is another topic


def test_a_claim_nested_in_a_claim_is_relayed_by_the_outer_source():
    text = ("An explosion damaged the bridge near Alpha. The New York Times reported that an "
            "unnamed official stated that Ukrainian intelligence participated in the explosion.")
    ev = "An explosion damaged the bridge near Alpha"
    outer = _claim(text, "The New York Times", "reported")
    inner = _claim(text, "an unnamed official", "stated")
    [m] = mentions_from_extraction(_ext(text, [(ev, ("Alpha", VILLAGE_A), REMOTE)],
                                        [outer, inner]))
    relays = {a.source.canonical: a.relays for a in m.attributions}
    assert relays["The New York Times"] == "An unnamed official"
    assert relays["An unnamed official"] is None


def test_the_writer_does_not_rest_on_a_comment_that_only_names_its_event_back():
    text = ("An explosion damaged the road bridge near Alpha on June 27. The head of the region "
            "claimed that the remaining lane of the road bridge opened to cars.")
    ev = "An explosion damaged the road bridge near Alpha"
    book = IncidentBook()
    book.add(_ext(text, [(ev, ("Alpha", VILLAGE_A), REMOTE)],
                  [_claim(text, "The head of the region", "claimed")]))
    [inc] = book.incidents()
    isw = {s["canonical"]: s for s in inc["sources"]}["Institute for the Study of War"]
    assert (isw["stance"], isw["relays"], isw["rests_on"]) == ("asserts", None, None)


def _said(day: str, stance: str):
    from fogofwar.fuse.grade import Evidence
    return Evidence("r" + day, day, "e", None, stance, "certain", "q", 0, 1)


def test_a_later_hedge_does_not_take_back_an_assertion_but_a_denial_does():
    from fogofwar.fuse.grade import _stance_over_time
    assert _stance_over_time([_said("2022-04-18", "asserts"), _said("2022-04-21", "hedges")]) \
        == "asserts"
    assert _stance_over_time([_said("2022-04-18", "hedges"), _said("2022-04-21", "asserts")]) \
        == "asserts"
    assert _stance_over_time([_said("2022-04-18", "hedges"), _said("2022-04-21", "hedges")]) \
        == "hedges"
    assert _stance_over_time([_said("2022-04-18", "asserts"), _said("2022-04-21", "denies")]) \
        == "retracts"


def test_the_writer_telling_of_a_partys_attempts_to_deny_a_strike_does_not_deny_it():
    text = ("A Russian missile struck the rail station in Alpha on June 27. Russian attempts to "
            "deny the strike are false.")
    told, denied = "A Russian missile struck the rail station in Alpha", "the strike"
    at = text.index(denied, text.index("deny"))
    items = [dict(place=place("Alpha", VILLAGE_A), time=inferred("2025-06-27"), evidence=told,
                  offset=0, **REMOTE),
             dict(place=place("Alpha", VILLAGE_A), time=inferred("2025-06-27"), evidence=denied,
                  offset=at, polarity="negative", modality="denied", **REMOTE)]
    book = IncidentBook()
    book.add(extraction("d1", "2025-06-27", "ISW", text, items))
    [inc] = book.incidents()
    isw = {s["canonical"]: s for s in inc["sources"]}["Institute for the Study of War"]
    assert isw["stance"] == "asserts"


def test_evidence_inside_a_claim_is_what_the_outer_source_reads_not_a_source_it_relays():
    text = ("Russian forces shelled the plant near Alpha. A correspondent said that satellite "
            "imagery showed craters near the plant.")
    ev = "Russian forces shelled the plant near Alpha"
    outer = _claim(text, "A correspondent", "said")
    inner = _claim(text, "satellite imagery", "showed")
    inner = replace(inner, source=replace(inner.source, kind="evidence"))
    [m] = mentions_from_extraction(_ext(text, [(ev, ("Alpha", VILLAGE_A), REMOTE)],
                                        [outer, inner]))
    relays = {a.source.canonical: a.relays for a in m.attributions}
    assert relays.get("A correspondent") is None
    assert "Satellite imagery" not in relays and "satellite imagery" not in relays
