"""Fusion rules of the twenty-sixth session, on sentences written here:
- the writer's hearsay adverb set off on the means alone (", reportedly with HIMARS,") doubts
  the weapon, not the strike (fuse.model._writer_adverb, _MEANS_ASIDE; read164: a strike
  graded doubtful), while the adverb on the act itself still doubts it (guard);
- "previously" on a participle that tells which forces ("forces previously withdrawn from X
  continued to redeploy to Y") recalls nothing: the day's move stands (fuse.salience.
  _RECALLED; read168: dropped as a past act), while a past act told "previously" is
  recalled (guard)."""

from __future__ import annotations

from helpers_fuse import incidents_at as _at


def _writer(inc):
    return next(s for s in inc["sources"] if s["canonical"] == "Institute for the Study of War")


def test_hearsay_on_the_means_alone_leaves_the_strike_told(pipeline):
    got = _at(pipeline, "Ukrainian counterbattery fire struck a Russian air defense battery, "
                        "reportedly with HIMARS, near Kherson on September 25.", "Kherson")
    assert got and _writer(got[0])["stance"] == "asserts", got


def test_hearsay_on_the_strike_doubts_it(pipeline):
    # guard
    got = _at(pipeline, "Ukrainian counterbattery fire reportedly struck a Russian air defense "
                        "battery near Kherson on September 25.", "Kherson")
    assert got and _writer(got[0])["stance"] == "hedges", got


def test_forces_told_by_a_previous_withdrawal_move_today(pipeline):
    got = _at(pipeline, "Russian forces previously withdrawn from northeastern Ukraine "
                        "continued to redeploy to Belgorod.", "Belgorod")
    assert got, got


def test_a_past_act_told_previously_is_recalled(pipeline):
    # guard
    got = _at(pipeline, "The 76th Division previously participated in assaults on Belgorod.",
              "Belgorod")
    assert not got, got
