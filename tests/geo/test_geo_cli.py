"""`fogofwar gazetteer add|info` on a tiny index and tiny local GeoNames files."""

import json

from click.testing import CliRunner

from fogofwar.cli import main
from fogofwar.geo.default import DEFAULT_VERSION
from fogofwar.geo.index import GazetteerIndex, NewPlace


def _tiny_index(path):
    idx = GazetteerIndex.open(path, create=True)
    idx.replace_source("default", [
        NewPlace(690791, "Ukraine", 49.0, 32.0, "UA", fclass="A", fcode="PCLI"),
        NewPlace(None, "Kyiv City", 50.45, 30.52, "UA", "12", fclass="A", fcode="ADM1")])
    idx.set_meta("default_version", DEFAULT_VERSION)  # current: no rebuild of the default
    idx.close()
    return str(path)


ROW = "\t".join(["703448", "Kyiv", "Kyiv", "Kiev,Киев,Київ", "50.45", "30.52", "P", "PPLC", "UA",
                 "", "12", "", "", "", "2797553", "", "", "Europe/Kyiv", "2024-01-01"]) + "\n"


def test_add_from_local_folder_then_info(tmp_path):
    index = _tiny_index(tmp_path / "g.sqlite")
    src = tmp_path / "geonames"
    src.mkdir()
    (src / "UA.txt").write_text(ROW, encoding="utf-8")
    (src / "admin1CodesASCII.txt").write_text("UA.12\tKyiv City\tKyiv City\t703447\n")
    r = CliRunner().invoke(main, ["gazetteer", "add", "UA", "--from", str(src), "--index", index])
    assert r.exit_code == 0, r.output
    assert "UA: 1 places" in r.output
    r = CliRunner().invoke(main, ["gazetteer", "info", "--index", index])
    assert r.exit_code == 0, r.output
    info = json.loads(r.output)
    assert info["places"] == {"UA": 1, "default": 2}
    idx = GazetteerIndex.open(index)
    (e, _), = idx.lookup(["kiev"])["kiev"]
    assert e.geonameid == 703448 and idx.admin_name("UA", "12") == "Kyiv City"
    assert idx.admin_entry("UA", "12").geonameid == 703447  # id filled from admin1 codes


def test_add_errors_name_the_problem(tmp_path):
    index = _tiny_index(tmp_path / "g.sqlite")
    r = CliRunner().invoke(main, ["gazetteer", "add", "UA", "--from", str(tmp_path), "--index", index])
    assert r.exit_code != 0 and "UA.zip" in r.output
    r = CliRunner().invoke(main, ["gazetteer", "add", "Ukraine", "--from", str(tmp_path),
                                  "--index", index])
    assert r.exit_code != 0 and "country code" in r.output
    r = CliRunner().invoke(main, ["gazetteer", "info", "--index", str(tmp_path / "none.sqlite")])
    assert r.exit_code != 0 and "gazetteer build" in r.output
