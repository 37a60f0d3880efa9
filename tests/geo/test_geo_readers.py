"""GeoNames format readers on small hand-written rows."""

import zipfile

import pytest

from fogofwar.geo.geonames_io import (GeoNamesFormatError, open_lines, read_admin_codes,
                                      read_country_dump, read_postal_dump)

DUMP = [
    "\t".join(["706483", "Kharkiv", "Kharkiv", "Charkow,Kharkov,Харків,Харьков", "49.98",
               "36.25", "P", "PPLA", "UA", "", "07", "6312", "", "", "1430885", "", "152",
               "Europe/Kyiv", "2024-01-01"]) + "\n",
    "\t".join(["706482", "Kharkiv Oblast", "Kharkiv Oblast", "Kharkivska oblast", "49.5",
               "36.5", "A", "ADM1", "UA", "", "07", "", "", "", "2600000", "", "", "", ""]) + "\n",
    "\t".join(["1", "Some Bridge", "Some Bridge", "", "49", "36", "S", "BDG", "UA", "", "07",
               "", "", "", "0", "", "", "", ""]) + "\n",
    "\t".join(["2", "Lybid Hotel", "Lybid Hotel", "", "50", "30", "S", "HTL", "UA", "", "12",
               "", "", "", "0", "", "", "", ""]) + "\n",
    "\t".join(["3", "Kupiansk", "Kupiansk", "UKXX,Kupiansk Airfield,Aerodrom Kupiansk", "49.7",
               "37.6", "S", "AIRF", "UA", "", "07", "", "", "", "0", "", "", "", ""]) + "\n",
    "\t".join(["4", "Saky", "Saky", "UKFI", "45.1", "33.6", "S", "AIRP", "UA", "", "11",
               "", "", "", "0", "", "", "", ""]) + "\n",
    "broken line\n",
]


def test_country_dump_keeps_places_and_regions_with_romanised_alternates():
    places = list(read_country_dump(DUMP, "test"))
    # of the spots (S), only facilities war reports name, under names that say what they are
    # (a hotel, and an airfield known only by its town's name, are skipped); broken rows too
    assert [p.fcode for p in places] == ["PPLA", "ADM1", "BDG", "AIRF"]
    airfield = places[3]
    assert airfield.name == "Kupiansk Airfield" and airfield.names == ()
    city = places[0]
    assert city.population == 1430885 and city.admin1 == "07" and city.admin2 == "6312"
    assert "Kharkov" in city.names
    assert "kharkiv" in city.derived and "kharkov" in city.derived  # from Харків / Харьков
    assert "kharkiv" in places[1].derived  # region stem of "Kharkiv Oblast"


def test_admin_codes():
    rows = list(read_admin_codes(["UA.07\tKharkiv Oblast\tKharkiv Oblast\t706482\n",
                                  "RU.09.1234\tBelgorodskiy Rayon\tx\t1\n", "bad\n"]))
    assert rows == [("UA", "07", "", "Kharkiv Oblast"), ("RU", "09", "1234", "Belgorodskiy Rayon")]


def _postal(name, region, district, lat, lon, acc="4"):
    return "\t".join(["RU", "1", name, region, "", district, "", "", "", lat, lon, acc]) + "\n"


def test_postal_dump_romanises_names_and_votes_admin_codes_from_nearby_towns():
    lines = [
        _postal("Демидовка", "Белгородская Область", "КРАСНОЯРУЖСКИЙ РАЙОН", "50.95", "35.39"),
        _postal("Демидовка", "Белгородская Область", "КРАСНОЯРУЖСКИЙ РАЙОН", "50.90", "35.30", "1"),
        _postal("Суджа 1", "Курская Область", "СУДЖАНСКИЙ РАЙОН", "51.2", "35.3"),
        _postal("Ялта", "Крым Республика", "", "44.5", "34.2"),
    ]

    def locate(lat, lon):
        return ("UA", "11") if lat < 46 else ("RU", "09")

    places, admin = read_postal_dump(lines, locate)
    by_name = {p.name: p for p in places}
    assert set(by_name) == {"Demidovka", "Yalta"}  # numbered post offices dropped
    d = by_name["Demidovka"]
    assert (d.lat, d.lon) == (50.95, 35.39)  # the geocoded row (accuracy 4) wins
    assert (d.cc, d.admin1) == ("RU", "09") and "Krasnoyaruzh" in d.admin2
    assert "demidovka" in d.derived
    # a place in Crimea goes with its nearest towns: Ukraine, as GeoNames' own dumps have it
    assert (by_name["Yalta"].cc, by_name["Yalta"].admin1) == ("UA", "11")


def test_open_lines_reads_zip_members_and_names_bad_files(tmp_path):
    z = tmp_path / "UA.zip"
    with zipfile.ZipFile(z, "w") as zf:
        zf.writestr("readme.txt", "about\n")
        zf.writestr("UA.txt", "".join(DUMP[:1]))
    assert len(list(open_lines(z))) == 1
    bad = tmp_path / "bad.zip"
    bad.write_text("not a zip")
    with pytest.raises(GeoNamesFormatError, match="bad.zip"):
        list(open_lines(bad))
