"""A participle's toll after a light verb belongs to the act the verb's object names:
"conducted an air strike on X, killing up to 50 personnel" is one strike with its dead, not a
second event holding them (events.detect._linked, _TOLL_LIGHT_VERBS; read29: an armed clash
with no place held the strike's dead)."""

from fogofwar.records import Report

_LEAD = "Russian forces continued offensive operations against Ukrainian forces near Izyum.\n\n"


def test_a_toll_after_a_light_verb_is_its_objects(pipeline):
    text = ("Russian forces conducted an air strike against a Ukrainian brigade in Mykolaiv on "
            "September 26, killing up to 50 personnel.")
    ext = pipeline.run(Report(id="t", text=_LEAD + text, published="2022-09-27"))
    evs = [e for e in ext.events if "Izyum" not in e.evidence.text]
    assert [(e.sub_event_type, e.fatalities.best if e.fatalities else None) for e in evs] == [
        ("Air/drone strike", 50)], evs


def test_the_strike_holding_a_participles_toll_keeps_its_date(pipeline):
    text = "Russian forces launched a missile strike on Poltava on May 14, killing at least 9 people."
    ext = pipeline.run(Report(id="t", text=_LEAD + text, published="2022-06-20"))
    evs = [e for e in ext.events if "Izyum" not in e.evidence.text]
    assert [(e.sub_event_type, ext.times[e.time].value, e.fatalities.best) for e in evs] == [
        ("Shelling/artillery/missile attack", "2022-05-14", 9)], evs
