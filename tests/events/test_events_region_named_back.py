""""The region" as an event's site: the region its sentence named (ISW 2022-04-01: "The
governor of Chernihiv Oblast reported that Russian forces are withdrawing from the region"
had taken Ivankiv, the town the paragraph before ended on); other references ("the area")
still take the site last told (events.arguments.region_anaphor, region_named_before)."""

from fogofwar.records import Report


def _sites(pipeline, text):
    ext = pipeline.run(Report(id="t", text=text, published="2022-04-01"))
    return [(e.evidence.text, _name(ext.places[e.location]) if e.location is not None else None)
            for e in ext.events]


def _name(place):
    """The place's name, with its kind for a region (the embedded gazetteer calls Chernihiv
    Oblast "Chernihiv", the GeoNames dump "Chernihiv Oblast")."""
    return f"{place.name.split()[0]} ADM1" if place.feature_code == "ADM1" else place.name


def test_the_region_is_the_region_its_sentence_named_not_the_town_last_told(pipeline):
    got = _sites(pipeline, "Ukrainian forces advanced northeast from Zhytomyr Oblast into "
                           "Ivankiv. The governor of Chernihiv Oblast reported on April 1 that "
                           "Russian forces are withdrawing from the region for redeployment.")
    withdrawal = [name for ev, name in got if "withdrawing" in ev]
    assert withdrawal == ["Chernihiv ADM1"], got


def test_the_region_naming_no_region_in_its_sentence_takes_no_town(pipeline):
    got = _sites(pipeline, "Russian forces shelled Kupiansk. Russian forces are withdrawing "
                           "from the region for redeployment.")
    assert [name for ev, name in got if "withdrawing" in ev] in ([], [None]), got


def test_the_area_is_still_the_site_last_told(pipeline):
    got = _sites(pipeline, "Russian forces shelled Kupiansk. Russian forces continued to shell "
                           "the area.")
    assert [name for _ev, name in got] == ["Kupyansk", "Kupyansk"], got


def test_a_town_the_parser_hung_on_a_direction_word_stays_in_its_list(pipeline):
    """"capturing the towns of Popivka, Pischane, Zhytlivka, and Kreminna northwest of
    Rubizhne" (ISW 2022-04-24): the parser makes Kreminna a compound of "northwest", the
    list's last conjunct; it is the fourth town taken (arguments._attached)."""
    got = _sites(pipeline, "Russian forces captured the towns of Popivka, Pischane, Zhytlivka, "
                           "and Kreminna northwest of Rubizhne on April 24.")
    names = {name for _ev, name in got}
    assert {"Popivka", "Kreminna"} <= names and "Rubizhne" not in names, got
