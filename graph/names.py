"""Names folded for comparison, shared by the office-holder table and the actor resolver."""

from __future__ import annotations

import unicodedata


def strip_accents(text: str) -> str:
    """The text without diacritics, casefolded: "Çavuşoğlu" and "CAVUSOGLU" meet.

    >>> strip_accents("Mevlüt Çavuşoğlu"), strip_accents("Émile DUPRÉ")
    ('mevlut cavusoglu', 'emile dupre')
    """
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    return text.replace("ı", "i").casefold()
