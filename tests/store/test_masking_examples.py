"""Passwords that hypothesis found surviving ``mask_url`` (tests/ingest/test_ingest_fuzz.py):
a raw '@' and '?' in the password ended the authority at the '?' and took the password's own
'@' for the host's, masking nothing."""

import pytest

from fogofwar.store.masking import mask_url, redact


@pytest.mark.parametrize("password", ["@00?", "a@b?c", "?@", "p?w", "a/b"])
def test_a_password_with_raw_at_and_question_mark_is_masked(password):
    url = f"postgresql://user:{password}@db.example:5432/fow?sslmode=require"
    assert mask_url(url) == "postgresql://user:***@db.example:5432/fow?sslmode=require"
    assert password not in redact(f"cannot parse {url!r}", url)


def test_at_signs_after_the_host_are_not_a_password():
    url = "postgresql://u:pw@h/db?application_name=a@b"
    assert mask_url(url) == "postgresql://u:***@h/db?application_name=a@b"


def test_a_raw_at_sign_query_mark_and_slash_in_the_password_are_masked():
    # (a hypothesis find of the twenty-seventh session: the password's own '@' was taken for
    # the host's, and its '?' for the query's start)
    masked = mask_url("postgresql://user:@0?/@db.example:5432/fow?sslmode=require")
    assert "@0?/" not in masked and masked.endswith("@db.example:5432/fow?sslmode=require")
