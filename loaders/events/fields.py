"""Field readers shared by the importers: each returns the value or raises ``BadField`` with
the problem, which the importer reports under the column's name."""

from __future__ import annotations

import hashlib
import math
import re
from datetime import date as _date
from functools import lru_cache

from diplograph.graph import Document

_DAY = re.compile(r"([0-9]{4})([0-9]{2})([0-9]{2})")
_ISO = re.compile(r"([0-9]{4})-([0-9]{2})-([0-9]{2})")
_US = re.compile(r"([0-9]{1,2})/([0-9]{1,2})/([0-9]{4})")
_CODE = re.compile(r"[0-9]{2,4}")
_NULLS = frozenset({"", "NA", "None"})


class BadField(ValueError):
    pass


def null(value: str) -> str | None:
    value = value.strip()
    return None if value in _NULLS else value


@lru_cache(maxsize=8192)
def yyyymmdd(value: str) -> str:
    """GDELT's ``20150218`` (or the date part of ``20150218230000``) as ``2015-02-18``."""
    text = value.strip()
    match = _DAY.fullmatch(text[:8]) if len(text) in (8, 14) and text.isdigit() else None
    if not match:
        raise BadField(f"{value!r} is not a YYYYMMDD date")
    return _real(value, *match.groups())


def _real(value: str, year: str, month: str, day: str) -> str:
    try:
        _date(int(year), int(month), int(day))
    except ValueError:
        raise BadField(f"{value!r} is not a real date") from None
    return f"{year}-{int(month):02d}-{int(day):02d}"


def iso_day(value: str) -> str:
    """``2018-06-01`` or ``6/1/2018`` (ICEWS's 2017 files) as ``2018-06-01``."""
    value = value.strip()
    match = _ISO.fullmatch(value)
    if match:
        return _real(value, *match.groups())
    match = _US.fullmatch(value)
    if match:
        month, day, year = match.groups()
        return _real(value, year, month, day)
    raise BadField(f"{value!r} is not a YYYY-MM-DD date")


def event_code(value: str) -> str:
    value = value.strip()
    if not _CODE.fullmatch(value):
        raise BadField(f"{value!r} is not a CAMEO event code (2 to 4 digits)")
    return value


def integer(value: str) -> int | None:
    if value.isdigit() and value.isascii() and len(value) < 19:  # the common case, first
        return int(value)
    value = value.strip()
    if value in _NULLS:
        return None
    if not value.isascii() or not value.lstrip("-").isdigit() or len(value) > 18:
        raise BadField(f"{value!r} is not a whole number")
    return int(value)


def number(value: str) -> float | None:
    value = value.strip()
    if value in _NULLS:
        return None
    try:
        found = float(value) if value.isascii() else math.nan
    except ValueError:
        found = math.nan
    if not math.isfinite(found):
        raise BadField(f"{value!r} is not a number")
    return found


@lru_cache(maxsize=8192)
def url_document(url: str | None, published: str | None) -> Document | None:
    """The article a dataset cites by URL, keyed by the URL (not a URL: no article)."""
    if not url or not url.startswith(("http://", "https://")):
        return None
    digest = hashlib.sha256(url.encode("utf-8")).hexdigest()[:24]
    return Document(id=f"url:{digest}", url=url, published=published)
