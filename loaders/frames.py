"""The lexicon as data: trigger frames, status cues and word classes, read from
``lexicon/<language>/*.tsv``.

Adding a trigger is a row in ``triggers.tsv``; this module only reads rows into frames.

>>> frames = frames_for("meet", "VERB")
>>> [(f.type, f.source, f.target) for f in frames]
[('MET', ('subj',), ('dobj', 'with', 'from'))]
>>> cue_status("reportedly", "advmod")
'claimed'
>>> "hold" in word_class("light")
True
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from functools import cache
from importlib import resources

from diplograph.graph import InteractionType

LANGUAGE = "en"


@dataclass(frozen=True)
class Need:
    """One condition on a trigger's dependents: a relation (and lemma), or its absence."""

    relation: str  # prep | prt | dobj | compound | inf | a bare preposition/particle word
    lemmas: frozenset[str]
    absent: bool = False


@dataclass(frozen=True)
class Frame:
    lemma: str
    pos: str  # VERB | NOUN
    type: str
    needs: tuple[Need, ...]
    source: tuple[str, ...]
    target: tuple[str, ...]
    takes: str
    implies: tuple[str, ...]


def _rows(name: str, language: str) -> list[list[str]]:
    text = resources.files(__package__).joinpath("lexicon", language, name).read_text("utf-8")
    rows = []
    for line in text.splitlines():
        if line.strip() and not line.startswith("#"):
            rows.append(line.split("\t"))
    return rows


def _need(text: str) -> Need:
    absent = text.startswith("!")
    text = text.lstrip("!")
    relation, _, lemmas = text.partition(":")
    if not lemmas:  # a bare word: a preposition or particle child ("on|upon"), or "inf"
        lemmas, relation = (
            relation,
            (relation if relation in ("inf", "anchored", "naming") else "word"),
        )
    return Need(relation, frozenset(lemmas.split("|")), absent)


def _words(field: str) -> tuple[str, ...]:
    return () if field == "-" else tuple(field.split())


@cache
def _frames(language: str) -> dict[tuple[str, str], tuple[Frame, ...]]:
    index: dict[tuple[str, str], list[Frame]] = defaultdict(list)
    for number, row in enumerate(_rows("triggers.tsv", language), start=1):
        if len(row) != 8:
            raise ValueError(f"triggers.tsv row {number}: 8 columns expected, got {len(row)}")
        lemmas, pos, type_, needs, source, target, takes, implies = row
        InteractionType(type_)  # a type outside the vocabulary fails here, not in a fact
        needs_ = tuple(_need(n) for n in _words(needs))
        for lemma in lemmas.split("|"):
            frame = Frame(
                lemma, pos, type_, needs_, _words(source), _words(target), takes, _words(implies)
            )
            index[(lemma, pos)].append(frame)
    return {key: tuple(value) for key, value in index.items()}


def frames_for(lemma: str, pos: str, language: str = LANGUAGE) -> tuple[Frame, ...]:
    """The frames of a lemma in a part of speech (VERB or NOUN)."""
    return _frames(language).get((lemma, pos), ())


@cache
def _cues(language: str) -> dict[tuple[str, str], str]:
    return {(cue, where): status for cue, where, status in _rows("status.tsv", language)}


def cue_status(word: str, where: str, language: str = LANGUAGE) -> str | None:
    """The status a cue word gives where it stands (neg, aux, advmod, amod, det, governor)."""
    return _cues(language).get((word, where))


@cache
def _classes(language: str) -> dict[str, frozenset[str]]:
    classes: dict[str, set[str]] = defaultdict(set)
    for name, word in _rows("grammar.tsv", language):
        classes[name].add(word)
    return {name: frozenset(words) for name, words in classes.items()}


def word_class(name: str, language: str = LANGUAGE) -> frozenset[str]:
    """The words of a class of ``grammar.tsv`` (light, recipient, control, event)."""
    return _classes(language).get(name, frozenset())


def _forms(lemma: str, pos: str) -> set[str]:
    from lemminflect import getAllInflections, getAllInflectionsOOV

    upos = "VERB" if pos == "VERB" else "NOUN"
    found = getAllInflections(lemma, upos=upos) or getAllInflectionsOOV(lemma, upos=upos)
    return {lemma} | {w.lower() for words in found.values() for w in words}


# Target slots that are roles in the parse, not prepositions a sentence must hold.
_NOT_WORDS = {
    *("dobj", "between", "accuser", "mutual", "charged", "bidden", "complement", "aimed"),
    "forewarned",
}


@cache
def _requirements(language: str = LANGUAGE) -> dict[str, tuple[tuple[frozenset[str], ...], ...]]:
    """For each word form of a trigger, the sets of words of which a sentence must also hold
    one for some frame of that trigger to apply ("took" needs "part", "said" a wrongdoing)."""
    index: dict[str, list[tuple[frozenset[str], ...]]] = defaultdict(list)
    for (lemma, pos), frames in _frames(language).items():
        for frame in frames:
            needed = []
            for need in frame.needs:
                if not need.absent and need.relation in ("dobj", "compound", "prep", "prt", "word"):
                    words = set()
                    for word in need.lemmas:
                        words |= _forms(word, "NOUN") if need.relation == "dobj" else {word}
                    needed.append(frozenset(words))
            slots = set(frame.target) - _NOT_WORDS
            joint = InteractionType(frame.type).symmetric
            if frame.pos == "VERB" and slots and slots == set(frame.target) and not joint:
                needed.append(frozenset(slots))  # "travelled to", "participated in"
            if frame.target == ("charged",):
                words = set()
                for word in word_class("wrongdoing", language):
                    words |= _forms(word, "VERB")
                needed.append(frozenset(words))
            for form in _forms(lemma, pos):
                index[form].append(tuple(needed))
    return {form: tuple(rows) for form, rows in index.items()}


def may_state(words: set[str], language: str = LANGUAGE) -> bool:
    """Whether a sentence's words (lower case) hold a trigger with what its frame needs: a
    sentence that does not states no interaction and need not be parsed.

    >>> may_state({"they", "met"}), may_state({"took", "notes"}), may_state({"took", "part", "in"})
    (True, False, True)
    """
    rows = _requirements(language)
    for word in words:
        for needed in rows.get(word, ()):
            if all(words & one for one in needed):
                return True
    return False


@cache
def trigger_forms(language: str = LANGUAGE) -> frozenset[str]:
    """Every inflected form of every trigger lemma (lemminflect): a sentence without one of
    them states no interaction and need not be parsed.

    >>> {"met", "talks", "criticised"} <= trigger_forms()
    True
    """
    from lemminflect import getAllInflections, getAllInflectionsOOV

    forms: set[str] = set()
    for lemma, pos in _frames(language):
        forms.add(lemma)
        upos = "VERB" if pos == "VERB" else "NOUN"
        found = getAllInflections(lemma, upos=upos) or getAllInflectionsOOV(lemma, upos=upos)
        for words in found.values():
            forms.update(w.lower() for w in words)
    return frozenset(forms)
