"""A database URL's password never appears in output, messages or errors (issue 16, item 4)."""

from __future__ import annotations

import pytest

from cli_fixtures import cli, fake, pg_url  # noqa: F401  (fixtures)
from fogofwar.store import Store, StoreError
from fogofwar.store.masking import mask_url, redact

SECRET = "S3cr3t-pw"


@pytest.mark.parametrize("url, shown", [
    (f"postgresql://u:{SECRET}@db.example:5432/fow", "postgresql://u:***@db.example:5432/fow"),
    (f"postgres://u:{SECRET}@h/db?sslmode=require", "postgres://u:***@h/db?sslmode=require"),
    (f"postgresql://h/db?password={SECRET}&sslmode=require",
     "postgresql://h/db?password=***&sslmode=require"),
    (f"postgresql://h/db?sslpassword={SECRET}", "postgresql://h/db?sslpassword=***"),
    (f"postgresql://u:{SECRET}@[::1/db", "postgresql://u:***@[::1/db"),
    (f"postgresql://u:a/b@{SECRET}@h/db", "postgresql://u:***@h/db"),
    (f"host=h password={SECRET} dbname=x", "host=h password=*** dbname=x"),
    ("postgresql://u@h/db", "postgresql://u@h/db"),
    ("fogofwar.db", "fogofwar.db"),
])
def test_mask_url(url, shown):
    assert mask_url(url) == shown


def test_redact_removes_the_password_from_any_text():
    url = f"postgresql://u:{SECRET}%21@[::1/db"
    text = f'invalid URI "{url}"; token "{SECRET}%21" decoded {SECRET}!'
    out = redact(text, url)
    assert SECRET not in out and "***" in out


@pytest.mark.parametrize("url", [
    f"postgresql://u:{SECRET}@127.0.0.1:1/test",
    f"postgresql://127.0.0.1:1/test?password={SECRET}",
    f"postgresql://127.0.0.1/test?password={SECRET}&bogus=1",
    f"postgresql://u:{SECRET}@127.0.0.1:port/test",
    f"postgresql://u:{SECRET}@[::1/test",
    f"postgresql://u:{SECRET}%zz@127.0.0.1:1/test",
])
def test_connection_errors_never_quote_the_password(cli, url):
    with pytest.raises(StoreError) as info:
        Store.open(url)
    assert SECRET not in str(info.value)
    assert info.value.__cause__ is None and info.value.__suppress_context__
    r = cli("events", "--db", url)
    assert r.exit_code == 1
    assert SECRET not in r.output and "Traceback" not in r.output
    assert "***" in r.output


@pytest.mark.postgres
def test_demo_prints_the_url_masked(cli, pg_url):
    import psycopg

    from pg_schema import PG_URL

    with psycopg.connect(PG_URL) as conn:
        user = conn.info.user
    url = pg_url.replace("postgresql://", f"postgresql://{user}:{SECRET}@", 1)
    r = cli("demo", "--db", url, "--no-progress")
    assert r.exit_code == 0, r.output
    assert SECRET not in r.output
    # the store it opened, the store it filled, and the serve command at the end (which says
    # the password is masked)
    assert r.output.count(f"postgresql://{user}:***@") == 3
    assert "the password is masked here" in r.output
