"""Rules found this session on sentences written here:
- a report that names one state's forces only, fighting in another country's settlements,
  has that country as the other side (events.coding.dyad_of), so a ground attack there is a
  battle, not an attack on civilians;
- a gerund clause after a preposition that tells another act keeps its sites ("withdrew
  from A after conducting attacks near B", events.arguments.region)."""

from fogofwar.records import Report

_LEAD = "Russian forces withdrew from Kherson Oblast on August 13.\n\n"


def _events(pipeline, text):
    ext = pipeline.run(Report(id="t", text=_LEAD + text, published="2022-08-15"))
    return [(e.event_type, e.sub_event_type, e.actor2,
             ext.places[e.location].name if e.location is not None else None)
            for e in ext.events]


def test_a_ground_attack_in_the_other_country_is_a_battle(pipeline):
    rows = _events(pipeline, "Russian forces conducted ground attacks near Kramatorsk on "
                             "August 14.")
    hit = [r for r in rows if r[3] == "Kramatorsk"]
    assert hit and hit[0][:3] == ("Battles", "Armed clash", "Military Forces of Ukraine"), rows


def test_an_attack_on_civilians_stays_one(pipeline):
    # guard: the civilians named keep the attack on them
    rows = _events(pipeline, "Russian forces attacked a convoy of civilians near Kramatorsk "
                             "on August 14.")
    hit = [r for r in rows if r[3] == "Kramatorsk"]
    assert hit and hit[0][:3] == ("Violence against civilians", "Attack", "Civilians"), rows


def test_a_clause_after_a_preposition_keeps_its_own_site(pipeline):
    # "after conducting attacks near B" places the attacks, not the withdrawal it follows
    # (events.arguments.region)
    rows = _events(pipeline, "Ukrainian forces withdrew from Luhansk Oblast after conducting "
                             "unsuccessful counterattacks near Kramatorsk on August 14.")
    moves = [r for r in rows if r[1] == "Change to group/activity"]
    assert moves and all(r[3] != "Kramatorsk" for r in moves), rows
    assert ("Battles", "Armed clash") in {r[:2] for r in rows if r[3] == "Kramatorsk"}, rows
