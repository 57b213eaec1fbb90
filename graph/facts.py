"""The facts contract: small frozen models that loaders produce and stores consume.

One :class:`Interaction` per JSON Lines line, its entities inline. Unknown fields are rejected so a
misspelt key fails at the boundary instead of becoming a stray property in the graph.

>>> fact = Interaction.model_validate({
...     "type": "CALLED",
...     "source": {"kind": "person", "name": "Marco Rubio", "state": "USA"},
...     "target": {"kind": "person", "name": "Wang Yi", "state": "CHN"},
...     "date": "2025-09",
... })
>>> fact.date_precision, fact.cameo, fact.plover
(<Precision.MONTH: 'month'>, '041', 'CONSULT')
>>> State(code="chn").name
'China'
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from datetime import date as _date
from typing import Annotated, Literal

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    StringConstraints,
    field_validator,
    model_validator,
)

from .countries import state_name
from .vocabulary import InteractionType, Precision, Status

Text = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=10_000)]
Name = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=300)]

_ISO_DATE = re.compile(r"([0-9]{4})(?:-([0-9]{2})(?:-([0-9]{2}))?)?")  # ASCII digits only


def _state_name(code: str) -> str | None:
    return state_name(code)


def _check_state_code(value: str | None) -> str | None:
    if value is None:
        return None
    code = value.strip().upper()
    if _state_name(code) is None:
        raise ValueError(f"{value!r} is not an ISO 3166 alpha-3 country code (e.g. 'USA', 'CHN')")
    return code


def parse_date(value: str) -> Precision:
    """Check a partial ISO date (``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``) and return its precision.

    >>> parse_date("2025-07")
    <Precision.MONTH: 'month'>
    >>> parse_date("2025-02-30")
    Traceback (most recent call last):
    ...
    ValueError: '2025-02-30' is not a real date
    """
    match = _ISO_DATE.fullmatch(value)  # no trailing newline, no other script's digits
    if not match:
        raise ValueError(f"{value!r} is not an ISO date (YYYY, YYYY-MM or YYYY-MM-DD)")
    year, month, day = match.groups()
    try:
        _date(int(year), int(month or 1), int(day or 1))
    except ValueError:
        raise ValueError(f"{value!r} is not a real date") from None
    if day:
        return Precision.DAY
    return Precision.MONTH if month else Precision.YEAR


def normalise_text(text: str) -> str:
    """The form of a document's text that its id is computed from (NFC, single spaces)."""
    return " ".join(unicodedata.normalize("NFC", text).split())


def document_id(text: str) -> str:
    """Content hash of a document's normalised text: the same text always gets the same id.

    >>> document_id("Rubio  met\\nWang Yi.") == document_id("Rubio met Wang Yi.")
    True
    """
    digest = hashlib.sha256(normalise_text(text).encode("utf-8")).hexdigest()
    return f"sha256:{digest[:24]}"


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Person(_Model):
    """A named person, with the office they hold and the state they represent."""

    kind: Literal["person"] = "person"
    name: Name
    aliases: tuple[Name, ...] = ()
    title: Name | None = None
    state: str | None = Field(None, description="ISO 3166 alpha-3 code of the state represented")

    _state = field_validator("state")(classmethod(lambda cls, v: _check_state_code(v)))

    @property
    def key(self) -> str:
        return self.name


class State(_Model):
    """A sovereign state, keyed by its ISO 3166 alpha-3 code; the name is filled in when absent."""

    kind: Literal["state"] = "state"
    code: str = Field(description="ISO 3166 alpha-3 code")
    name: Name | None = None
    aliases: tuple[Name, ...] = ()

    @field_validator("code")
    @classmethod
    def _code(cls, value: str) -> str:
        return _check_state_code(value)

    @model_validator(mode="after")
    def _fill_name(self) -> State:
        if self.name is None:
            object.__setattr__(self, "name", _state_name(self.code))
        return self

    @property
    def key(self) -> str:
        return self.code


class Organization(_Model):
    """An international or national organization (UN, NATO, a ministry treated on its own)."""

    kind: Literal["organization"] = "organization"
    name: Name
    aliases: tuple[Name, ...] = ()

    @property
    def key(self) -> str:
        return self.name


class Place(_Model):
    """A city, venue or region, optionally in a state."""

    kind: Literal["place"] = "place"
    name: Name
    country: str | None = Field(None, description="ISO 3166 alpha-3 code of the state it lies in")

    _country = field_validator("country")(classmethod(lambda cls, v: _check_state_code(v)))

    @property
    def key(self) -> str:
        return self.name


class Summit(_Model):
    """A summit, forum or state event; one node that every participant attaches to."""

    kind: Literal["summit"] = "summit"
    name: Name
    date: str | None = Field(None, description="ISO date: YYYY, YYYY-MM or YYYY-MM-DD")
    place: Place | None = None

    @field_validator("date")
    @classmethod
    def _date(cls, value: str | None) -> str | None:
        if value is not None:
            parse_date(value)
        return value

    @property
    def key(self) -> str:
        """Name plus year when dated: the 2025 and 2026 ASEAN Regional Forums are two summits."""
        return f"{self.name} {self.date[:4]}" if self.date else self.name


Entity = Annotated[Person | State | Organization | Summit | Place, Field(discriminator="kind")]
Actor = Annotated[Person | State | Organization, Field(discriminator="kind")]


class Document(_Model):
    """The article an interaction was read from."""

    id: Name = Field(description="content hash of the normalised text (see document_id)")
    title: Text | None = None
    url: Text | None = None
    published: str | None = Field(None, description="ISO publication date")

    @field_validator("published")
    @classmethod
    def _published(cls, value: str | None) -> str | None:
        if value is not None:
            parse_date(value)
        return value


class Record(_Model):
    """The event-data row an interaction was imported from: its dataset, its id there, and the
    dataset's own codes and scores, kept as they were."""

    dataset: Literal["gdelt", "gdelt1", "icews", "plover", "polecat"]
    id: Name = Field(description="the event's id in the dataset: the interaction's identity there")
    code: Name | None = Field(None, description="CAMEO event code or PLOVER category[/mode]")
    quad_class: int | None = Field(None, ge=1, le=4)
    goldstein: float | None = Field(None, ge=-10.0, le=10.0)
    tone: float | None = None
    mentions: int | None = Field(None, ge=0)
    sources: int | None = Field(None, ge=0)
    articles: int | None = Field(None, ge=0)
    source_code: Name | None = Field(None, description="the dataset's code for the source actor")
    target_code: Name | None = Field(None, description="the dataset's code for the target actor")


class Interaction(_Model):
    """One diplomatic interaction: who did what to whom, when, where, and on what evidence."""

    type: InteractionType
    source: Actor
    target: Entity | None = None
    status: Status = Status.ACTUAL
    date: str | None = Field(None, description="event date, ISO: YYYY, YYYY-MM or YYYY-MM-DD")
    date_precision: Precision | None = Field(None, description="filled from date when absent")
    date_text: Text | None = Field(None, description="the phrase the date was read from")
    date_inferred: bool = Field(
        False,
        description="the text gives no date: the date is the article's publication date, as "
        "GDELT and ICEWS date events",
    )
    place: Place | None = None
    event: Summit | None = Field(None, description="the summit or forum it happened at")
    topic: Text | None = None
    evidence: Text | None = Field(None, description="the sentence that states it")
    document: Document | None = None
    confidence: float = Field(1.0, ge=0.0, le=1.0)
    record: Record | None = Field(None, description="the event-data row it was imported from")
    cameo: str | None = Field(None, description="CAMEO code, filled from the type")
    plover: str | None = Field(None, description="PLOVER category, filled from the type")

    @model_validator(mode="after")
    def _check(self) -> Interaction:
        if self.date is not None:
            precision = parse_date(self.date)
            if self.date_precision not in (None, precision):
                raise ValueError(f"date_precision {self.date_precision.value!r} does not fit date")
            object.__setattr__(self, "date_precision", precision)
        elif self.date_precision is not None:
            raise ValueError("date_precision given without a date")
        if self.date_inferred and self.date is None:
            raise ValueError("date_inferred given without a date")
        for field, expected in (("cameo", self.type.cameo), ("plover", self.type.plover)):
            given = getattr(self, field)
            if given not in (None, expected):
                raise ValueError(f"{field} {given!r} does not match type {self.type.value}")
            object.__setattr__(self, field, expected)
        if self.type is InteractionType.ATTENDED and not isinstance(self.target, Summit):
            raise ValueError("ATTENDED needs a summit as target")
        if self.target is not None and (self.source.kind, self.source.key) == (
            self.target.kind,
            self.target.key,
        ):
            raise ValueError("source and target are the same entity")
        return self
