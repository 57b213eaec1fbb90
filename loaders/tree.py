"""Questions asked of a parse token: its lemma and coarse part of speech, the words it governs
(objects, prepositions, conjuncts), its voice and mood, and whether a frame's conditions hold
on it. No mentions and no document context: only the tree.
"""

from __future__ import annotations

from functools import cache

from .frames import Need, word_class

_CLAUSES = {"ccomp", "advcl", "relcl", "acl", "xcomp", "conj", "parataxis", "csubj", "nsubj"}

_SUBJECTS = {"nsubj", "nsubjpass", "csubj"}

_ARGUMENTS = ("nsubj", "nsubjpass", "csubj", "dobj", "pobj", "appos", "conj", "dative")

_RELATIVES = {"who", "which", "that", "whom"}


def _definite(noun) -> bool:
    return any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in noun.children)


def _impersonal(verb) -> bool:
    """A passive without an agent, or one with an expletive "it" as subject."""
    if verb.pos_ not in ("VERB", "AUX") or any(c.dep_ == "agent" for c in verb.children):
        return False
    subjects = [c for c in verb.children if c.dep_ in _SUBJECTS]
    return (
        _passive(verb)
        or any(c.dep_ == "expl" or c.lower_ == "it" for c in subjects)
        or any(c.dep_ == "expl" for c in verb.children)
    )


def _pos(token) -> str | None:
    if token.tag_ == "MD":  # "must", "should": a frame of the modal itself (triggers.tsv)
        return "MODAL"
    if token.pos_ in ("NOUN", "PROPN"):
        return "NOUN"
    if token.pos_ in ("VERB", "AUX") or token.tag_ in ("VBN", "VBG", "VBD"):
        return "VERB"
    if token.pos_ == "ADJ" and _bare_root(token):  # "Welcome to Santiago", read as an adjective
        return "VERB"
    if token.pos_ == "ADJ" and token.dep_ == "acomp":  # "is opposed to", "remains grateful to"
        return "VERB"
    return None


def _bare_root(token) -> bool:
    return token.dep_ == "ROOT" and not any(
        c.dep_ in _SUBJECTS or c.dep_ in ("aux", "cop") for c in token.children
    )


def conjuncts(token) -> list:
    out, stack = [], [token]
    while stack:
        word = stack.pop(0)
        out.append(word)
        stack += [c for c in word.children if c.dep_ == "conj"]
    return out


def _objects(prep) -> list:
    return [c for c in prep.children if c.dep_ in ("pobj", "pcomp")]


def _object_of(verb):
    """The object of a control verb, whose infinitive it does ("urged X to", "called on X to");
    a verb of the control-on class controls only through on or upon ("called X to thank him":
    the caller thanks)."""
    through_on = lemma(verb) in word_class("control-on")
    for child in verb.children:
        if child.dep_ in ("dobj", "nsubjpass") and not through_on:
            return child
        if child.dep_ in ("prep", "prt") and child.lower_ in ("on", "upon"):
            objects = _objects(child)
            if objects:
                return objects[0]
    return None


def _preps(head, words: set[str], depth: int = 3) -> list:
    """The prepositions of ``words`` in the head's own phrase, not in a clause of its own."""
    found, frontier = [], [(head, 0)]
    while frontier:
        word, level = frontier.pop(0)
        for child in word.children:
            if child.dep_ in _CLAUSES or child.dep_ in _SUBJECTS:
                continue
            if child.dep_ in ("prep", "agent", "dative") and child.lower_ in words:
                found.append(child)
            elif child.dep_ == "prt" and child.lower_ in words and _objects(child):
                found.append(child)  # "called on X to": the parser may take "on" for a particle
            elif level < depth and child.dep_ in (
                "dobj",
                "pobj",
                "prep",
                "npadvmod",
                "attr",
                "advmod",
            ):  # "spoke by phone with X", "welcomed X back to Y"
                frontier.append((child, level + 1))
    return found


def lemma(token) -> str:
    """The token's lemma in lower case, from lemminflect's English tables for the part of
    speech the parser gave (spaCy's small model turns "hoped" into "hop"), else spaCy's."""
    upos = {"PROPN": "NOUN", "AUX": "VERB"}.get(token.pos_, token.pos_)
    return _lemma(token.lower_, upos) or token.lower_


@cache
def _lemma(word: str, upos: str) -> str | None:
    if upos not in ("NOUN", "VERB", "ADJ"):
        return None
    from lemminflect import getLemma

    found = getLemma(word, upos=upos)
    return found[0].lower() if found else None


def _not_a_name(token) -> bool:
    words = word_class("not-a-name")
    return token.lower_ in words or lemma(token) in words or token.lower_.rstrip(".") in words


def _reciprocal(words: list) -> bool:
    """ "each other", "one another"."""
    return any(
        w.lower_ in ("other", "another")
        and any(c.lower_ in ("each", "one") for c in w.children)
        or w.lower_ == "another"
        and w.nbor(-1).lower_ == "one"
        for w in words
    )


def _group_noun(token) -> bool:
    """A noun for people who act for a body: "the leaders of", "officials from"."""
    return token.pos_ == "PROPN" or lemma(token) in word_class("group")


def _imperative(verb) -> bool:
    """A bare verb that opens its clause with no subject: "Welcome to Santiago"."""
    return verb.tag_ in ("VB", "JJ") and _bare_root(verb)


def _passive(verb) -> bool:
    """A passive verb, or a participle that modifies the noun it is said of ("a claim
    denied by Lima")."""
    if any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children):
        return True
    return verb.dep_ == "acl" and verb.tag_ == "VBN" and not main_verb_read_as_modifier(verb)


def main_verb_read_as_modifier(verb) -> bool:
    """The sentence's own verb, which the parser hung on the last name of a relative clause
    before it ("X, who served under Prime Minister Y, called upon Z": "Y, called upon Z"): the
    sentence has no verb of its own but a name with that relative clause, and the verb follows
    the comma that closes it (or, after a name, the clause the writer left unclosed), with no
    "by" agent."""
    root = verb.sent.root
    closed = verb.i > 0 and verb.doc[verb.i - 1].text == ","
    return (
        verb.dep_ == "acl"
        and verb.tag_ in ("VBD", "VBN")
        and (closed or (verb.head.i == root.i and root.pos_ == "PROPN"))  # or the name's own
        # verb after a clause whose closing comma is missing
        and root.pos_ in ("PROPN", "NOUN")
        and any(c.dep_ == "relcl" and c.i < verb.i for c in root.children)
        and not any(c.dep_ == "agent" for c in verb.children)
    )


def _infinitive(verb) -> bool:
    return any(c.dep_ == "aux" and c.tag_ == "TO" for c in verb.children)


def _owned_with_partner(noun) -> bool:
    """A noun with an owner and a partner names one event: "X's call with Y", "their talks
    with Y"."""
    children = list(noun.children)
    return any(c.dep_ == "poss" for c in children) and any(
        c.dep_ == "prep" and c.lower_ in ("with", "between") for c in children
    )


def _holds(need: Need, token) -> bool:
    if need.relation == "inf":
        present = _has_infinitive(token)
    elif need.relation == "word":  # a particle, or a preposition right after the verb
        present = any(
            c.lower_ in need.lemmas
            and (c.dep_ == "prt" or (c.dep_ in ("prep", "advmod", "agent") and c.i == token.i + 1))
            for c in token.children
        )  # "called on X", not "called X on Tuesday"
    elif need.relation == "anchored":  # a governing verb, or a word that places it in time
        present = (
            _governing_verb(token)[0] is not None
            or (
                token.dep_ in ("nsubj", "nsubjpass")
                and (lemma(token.head) in word_class("occur") or token.dep_ == "nsubjpass")
            )  # "the talks took place", "talks were held"; not "the visit drew crowds"
            or any(lemma(c) in word_class("time") for c in token.children)
            or told_other_than_done(token)  # "an alleged call", "reports of a call"
            or _owned_with_partner(token)  # "X's call with Y focused on trade"
        )
    elif need.relation == "naming":  # "called China a threat"
        deps = {c.dep_ for c in token.children}
        present = "oprd" in deps and "dobj" in deps
    elif need.relation in ("oprd", "ccomp"):
        present = any(c.dep_ == need.relation for c in token.children)
    elif need.relation == "complement":  # "held X responsible for": however it is parsed
        present = any(
            lemma(c) in need.lemmas or c.lower_ in need.lemmas for c in complements(token)
        )
    else:
        deps = {"dobj": ("dobj", "nsubjpass"), "compound": ("compound", "amod")}.get(
            need.relation, (need.relation,)
        )
        words = [c for c in token.children if c.dep_ in deps]
        if need.relation == "dobj" and _passive(token) and token.dep_ == "acl":
            words.append(token.head)  # "a claim denied by Lima": the claim is denied
        if need.relation == "dobj" and token.dep_ == "relcl":
            if any(w.tag_ == "WDT" for w in words):
                return not need.absent  # "..., which Rwanda denies": what was just said
            if not words:
                words.append(token.head)  # "a claim Pakistan has denied"
        present = any(lemma(c) in need.lemmas or c.lower_ in need.lemmas for c in words)
    return present != need.absent


_COMPLEMENTS = ("advcl", "ccomp", "oprd", "acomp", "xcomp")


def complements(verb) -> list:
    """The predicates a verb takes of its object ("held X responsible"), which the parser may
    hang on the verb as any of several clause types."""
    return [c for c in verb.children if c.dep_ in _COMPLEMENTS]


def told_other_than_done(token) -> bool:
    from .status import status  # status reads the tree; the tree asks it only here

    return status(token) != "actual"


def _has_infinitive(token) -> bool:
    """An infinitive the trigger or its object governs: "called on X to stop"."""
    near = [token] + [c for c in token.children if c.dep_ in ("dobj", "prep", "prt")]
    near += [o for c in near if c.dep_ == "prep" for o in _objects(c)]
    for word in near:
        for child in word.children:
            if child.dep_ in ("xcomp", "acl", "relcl", "advcl", "ccomp") and _infinitive(child):
                return True
    return False


def _governing_verb(noun) -> tuple[object | None, bool]:
    """The verb whose act a noun trigger is (its object, a preposition's object under it, or
    the subject of a passive light verb),
    and whether that verb's subject receives the act ("received a call")."""
    head = noun.head
    if noun.dep_ == "dobj" and head.pos_ in ("VERB", "AUX"):
        return head, lemma(head) in word_class("recipient")
    if noun.dep_ == "pobj" and head.dep_ == "prep" and head.head.pos_ in ("VERB", "AUX"):
        return head.head, False
    if noun.dep_ == "pobj" and head.dep_ == "prep" and head.head.pos_ == "NOUN":
        if lemma(head.head) in word_class("abstract"):
            return None, False  # "stressed the importance of talks with X": none are held
        return _governing_verb(head.head)  # "concluded a visit, including a meeting with X"
    if noun.dep_ == "conj":
        return _governing_verb(head)
    if noun.dep_ == "nsubjpass" and lemma(head) in word_class("light"):
        return head, False  # "talks were held by X with Y", "allegations were made by X"
    return None, False
