"""Page numbers for listings (search results, a source's claims): ``?page=N`` in the URL."""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import urlencode

PER_PAGE = 20
MAX_PAGE = 10_000


@dataclass(frozen=True)
class Pager:
    number: int        # 1-based
    per_page: int
    total: int
    base: str          # the path
    query: tuple[tuple[str, str], ...] = ()   # the other query parameters, kept

    @property
    def offset(self) -> int:
        return (self.number - 1) * self.per_page

    @property
    def pages(self) -> int:
        return max(1, -(-self.total // self.per_page))

    def url(self, number: int) -> str:
        return f"{self.base}?{urlencode([*self.query, ('page', str(number))])}"

    @property
    def prev_url(self) -> str | None:
        return self.url(self.number - 1) if self.number > 1 else None

    @property
    def next_url(self) -> str | None:
        return self.url(self.number + 1) if self.number < self.pages else None


def page_number(raw: str | None) -> int:
    """``?page=`` as a number 1..MAX_PAGE (anything else is page 1)."""
    try:
        n = int(raw or 1)
    except ValueError:
        return 1
    return min(max(n, 1), MAX_PAGE)
