"""Sentence boundaries that survive "U.S.", "Mr.", "H.E." and initials.

>>> split_sentences("U.S. Secretary Rubio met Mr. Wang in Washington, D.C. today. They spoke.")
['U.S. Secretary Rubio met Mr. Wang in Washington, D.C. today.', 'They spoke.']
"""

from __future__ import annotations

import re

_ABBREVIATIONS = {
    "mr",
    "mrs",
    "ms",
    "dr",
    "st",
    "gen",
    "lt",
    "col",
    "maj",
    "capt",
    "sgt",
    "adm",
    "no",
    "nos",
    "jr",
    "sr",
    "sen",
    "rep",
    "gov",
    "amb",
    "prof",
    "rev",
    "hon",
    "mt",
    "ft",
    "vs",
    "etc",
    "inc",
    "ltd",
    "co",
    "corp",
    "jan",
    "feb",
    "mar",
    "apr",
    "jun",
    "jul",
    "aug",
    "sep",
    "sept",
    "oct",
    "nov",
    "dec",
    "e.g",
    "i.e",
    "a.m",
    "p.m",
    "u.s",
    "u.k",
    "u.n",
    "h.e",
    "d.c",
    "e.u",
    "approx",
}
_BOUNDARY = re.compile(r"[.!?][\"”’')\]]*\s+(?=[\"“‘(\[]?[A-Z0-9])")
_WORD_BEFORE = re.compile(r"([\w.]+)[.!?][\"”’')\]]*$")


def split_sentences(paragraph: str) -> list[str]:
    sentences, start = [], 0
    for match in _BOUNDARY.finditer(paragraph):
        head = paragraph[start : match.start() + 1]
        before = _WORD_BEFORE.search(head)
        word = before.group(1).lower() if before else ""
        if paragraph[match.start()] == "." and (
            word in _ABBREVIATIONS or len(word) == 1 or re.fullmatch(r"(\w\.)+\w", word)
        ):
            # "U.S. Secretary" stays whole, unless what follows starts a clause of its own
            follower = paragraph[match.end() :].split(" ", 1)[0]
            if follower not in ("The", "They", "He", "She", "It", "We", "In", "On", "Both"):
                continue
        opened = paragraph.count("“", 0, match.start()) - paragraph.count("”", 0, match.start())
        if opened > 0 and "”" in paragraph[match.end() :]:
            continue  # “Delighted to meet X. Look forward to ...,” wrote Y: one quotation
        sentences.append(paragraph[start : match.end()].strip())
        start = match.end()
    rest = paragraph[start:].strip()
    if rest:
        sentences.append(rest)
    return sentences
