"""The demo ends with the README's next step when the gazetteer holds only the default."""

from __future__ import annotations

from fogofwar.cli.demo import gazetteer_tip


def test_the_tip_names_the_dumps_folder_when_only_the_default_gazetteer_is_there(tmp_path):
    dumps = tmp_path / "geonames"
    dumps.mkdir()
    tip = gazetteer_tip({"default": 235000}, dumps)
    assert tip is not None and f"fogofwar gazetteer add UA RU-postal --from {dumps}" in tip
    assert "fogofwar reprocess --stale" in tip  # the stored reports are refreshed, not lost
    assert "--from DIR" in gazetteer_tip({"default": 235000}, tmp_path / "missing")


def test_no_tip_once_a_dump_was_added():
    assert gazetteer_tip({"default": 230000, "UA": 31000, "RU-postal": 44000}) is None
