"""One act's toll told over several sites stands whole on the first site's event, none on the
others, so that the events sum to the toll told (events._shared_toll; read31: "struck A, B, and
C, killing 100 personnel" stood as 100 dead at each of the three) and no site gets a count
nobody told (read223: it was split evenly, 25 and 25 of 50, until session 29)."""

from fogofwar.records import Report

_LEAD = "Russian forces continued offensive operations against Ukrainian forces near Izyum.\n\n"


def _tolls(pipeline, text):
    ext = pipeline.run(Report(id="t", text=_LEAD + text, published="2022-10-17"))
    return [e.fatalities.best for e in ext.events if "Izyum" not in e.evidence.text
            and e.fatalities is not None]


def test_a_toll_over_three_sites_stands_once(pipeline):
    got = _tolls(pipeline, "Ukrainian forces struck Russian positions in Kherson, Nova Kakhovka, "
                           "and Melitopol on October 16, killing 100 personnel.")
    assert got == [100], got


def test_a_toll_at_one_site_stays_whole(pipeline):
    # guard
    assert _tolls(pipeline, "Ukrainian forces struck Russian positions in Melitopol on October "
                            "16, killing 100 personnel.") == [100]
