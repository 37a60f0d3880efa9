"""Place rules of the twenty-third session, on sentences written here:
- the names of a chain joined by hyphens that a line's or an area's word follows ("the A-B
  direction") or "the directions of" comes before ("the directions of A-B-C") are the line's
  ends, places, however the tagger labels the chain (geo.recognise._in_named_chain; read104,
  read113: an organisation, no place), while a name alone in an organisation stays no place
  (guard);
- a list closed by "raions" (rayons) names raions, each member's, not the towns they are named
  for ("in Beryslav and Bashtanka raions": geo.names.REGION_WORDS, geo.resolve.ADM2_WORDS;
  read111, read116: the towns at precision 1), while a town alone stays the town (guard)."""

from hand_gazetteer import KHARKIV, KHARKIV_OBLAST, UKRAINE, located, stage_fixture

from fogofwar.geo.index import NewPlace
from fogofwar.geo.names import region_only_keys, region_stems

_PROKHODY = NewPlace(9501, "Velyki Prokhody", 50.15, 36.27, "UA", "07", population=1500)
_PYTOMNYK = NewPlace(9502, "Pytomnyk", 50.13, 36.33, "UA", "07", population=600)
_DOVHENKE = NewPlace(9503, "Dovhenke", 48.97, 37.28, "UA", "07", population=700)
_PASIKA = NewPlace(9504, "Pasika", 48.95, 37.31, "UA", "07", population=200)
_DOLYNA = NewPlace(9505, "Dolyna", 48.98, 37.40, "UA", "05", population=900)

stage = stage_fixture([UKRAINE, KHARKIV_OBLAST, KHARKIV, _PROKHODY, _PYTOMNYK, _DOVHENKE,
                       _PASIKA, _DOLYNA])


def test_the_ends_of_a_named_direction_are_places(nlp, stage):
    got = located(nlp, stage, "Ukrainian forces repelled Russian attacks in the Velyki "
                              "Prokhody-Pytomnyk direction on July 21.")
    assert {"Velyki Prokhody", "Pytomnyk"} <= set(got), got


def test_a_chain_after_the_directions_of_is_places(nlp, stage):
    got = located(nlp, stage, "Ukrainian forces repelled Russian assaults in the directions of "
                              "Dovhenke-Pasika-Dolyna on July 8.")
    assert {"Dovhenke", "Pasika"} <= set(got), got


def test_a_name_alone_in_an_organisation_stays_no_place(nlp, stage):
    # guard
    got = located(nlp, stage, "The Pytomnyk Agricultural Company reported record profits.")
    assert "Pytomnyk" not in got, got


def _raion(gid, name, lat, lon):
    return NewPlace(gid, name, lat, lon, "UA", "08", str(gid), fclass="A", fcode="ADM2",
                    population=100_000,
                    derived=tuple(region_stems(name) | region_only_keys(name)))


_RAIONS = [UKRAINE,
           NewPlace(9511, "Beryslav", 46.84, 33.43, "UA", "08", fcode="PPLA2", population=12_000),
           NewPlace(9512, "Bashtanka", 47.41, 32.44, "UA", "12", fcode="PPLA2", population=12_000),
           _raion(9513, "Beryslav Raion", 46.90, 33.50),
           _raion(9514, "Bashtanka Raion", 47.45, 32.50)]


def test_a_list_closed_by_raions_names_raions(nlp):
    from hand_gazetteer import stage_of

    got = located(nlp, stage_of(_RAIONS), "Ukrainian forces struck ammunition warehouses in "
                                          "Beryslav and Bashtanka raions on October 30.")
    assert {p.feature_code for p in got.values()} == {"ADM2"}, got


def test_a_town_alone_stays_the_town(nlp):
    # guard
    from hand_gazetteer import stage_of

    got = located(nlp, stage_of(_RAIONS), "Ukrainian forces struck warehouses in Beryslav.")
    assert got["Beryslav"].feature_code == "PPLA2", got
