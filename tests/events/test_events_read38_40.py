"""Event rules from the analyst reads of ISW 2022-06-10..12 (read38), 10-14..16 (read39) and
05-24..26 (read40), on sentences written here:
- a capture claimed by forces of a proxy republic is that group's, never a Ukrainian regain
  (events.actors._forces_of; read40).
"""

import pytest
from helpers_events import rows_after

_LEAD = "Russian forces continued offensive operations in Donetsk Oblast on May 25.\n\n"


def test_a_proxy_capture_is_no_government_regain(pipeline):
    rows = rows_after(pipeline, _LEAD, "Troops from the Donetsk and Luhansk People's Republics "
                                       "claimed to have taken full control of Kramatorsk on "
                                       "May 25.", "2022-05-26")
    subs = {r[0] for r in rows if r[2] == "Kramatorsk"}
    assert subs and "Government regains territory" not in subs, rows
