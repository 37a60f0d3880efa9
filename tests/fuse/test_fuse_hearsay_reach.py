"""The writer's "reportedly" reaches the acts coordinated after it in its clause: "Russian
forces reportedly made advances north of Slovyansk and took control of Yarova" is hearsay
for the capture too (read14, ISW 2022-06-01: the capture stood as ISW's own assertion), but
not past a new clause ("..., but Ukrainian forces retook Yarova")."""

from __future__ import annotations

from helpers_fuse import fused_incidents

from fogofwar.records import Report


def _writer_stance(pipeline, text, town):
    incs = fused_incidents(pipeline, [Report(id="r", source="Institute for the Study of War",
                                             published="2022-06-01", text=text)])
    for inc in incs:
        if (inc.get("place") or {}).get("name") == town:
            return {s["canonical"]: s["stance"] for s in inc["sources"]}.get(
                "Institute for the Study of War")
    return None


def test_reportedly_reaches_the_coordinated_capture(pipeline):
    got = _writer_stance(pipeline, "Russian forces reportedly shelled Izyum and took control of "
                                   "Bakhmut on May 31.", "Bakhmut")
    assert got == "hedges", got


def test_reportedly_stops_at_a_new_clause(pipeline):
    got = _writer_stance(pipeline, "Russian forces reportedly shelled Izyum, but Ukrainian "
                                   "forces shelled Bakhmut on May 31.", "Bakhmut")
    assert got == "asserts", got
