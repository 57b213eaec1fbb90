"""Whether an act is told as done, planned, claimed or negated: read from the trigger's own
dependents and from its governors, climbing the parse to the end of the clause, against the cues
of ``lexicon/en/status.tsv``.
"""

from __future__ import annotations

from diplograph.graph import InteractionType

from .frames import cue_status, frames_for, word_class
from .tree import _SUBJECTS, _infinitive, lemma

_STATUS_ORDER = ("hypothetical", "negated", "claimed", "planned")
_CLAUSE = "clause"  # the climb has left the trigger's clause for the verb that reports it


def _cues(word, trigger: bool, restricted: bool, said: bool = False) -> set[str]:
    """The statuses the cues on one word give; for a ``said`` act (an accusation, a call for
    something) a governor's denial is not its negation ("denied the accusations")."""
    found = set()
    if any(c.dep_ == "mark" and c.lower_ in word_class("condition") for c in word.children):
        found.add("hypothetical")  # "if they did not agree": nothing is said to have happened
    if (
        restricted
        and lemma(word) in word_class("say")
        and any(c.dep_ in _SUBJECTS and lemma(c) in word_class("hearsay") for c in word.children)
    ):
        found.add("claimed")  # "X met Y, a diplomatic source said"
    if not trigger:
        cues = _governor_cues(word)
        if any(c.dep_ == "xcomp" and _infinitive(c) for c in word.children):
            cues.append(f"{word.lower_} to")  # "is going to meet": not "went to meet"
            if any(c.dep_ == "advmod" and c.lower_ == "yet" for c in word.children):
                cues.append(f"{lemma(word)} yet to")  # "has yet to meet", "is yet to visit"
        for cue in cues:
            status = cue_status(cue, "governor") or (
                cue_status(cue, "noun") if word.pos_ == "NOUN" else None
            )
            if status and not (said and status in ("negated", "refused")):
                found.discard("planned") if status == "negated" else None
                found.add(status)
        if "negated" in found:  # "called off" is not "called on X to"
            found.discard("planned")
    if restricted:
        return found - {"planned", "foreseen"}
    for child in word.children:
        where = {"neg": "neg", "aux": "aux", "auxpass": "aux", "advmod": "advmod"}.get(child.dep_)
        where = where or ("amod" if child.dep_ in ("amod", "compound") else None)
        where = where or ("det" if child.dep_ == "det" else None)
        if where:
            status = cue_status(child.lower_, where) or cue_status(lemma(child), where)
            if status:
                found.add(status)
    if (
        word.dep_ in ("advcl", "acl", "relcl")
        and _infinitive(word)
        and not _past(word.head)
        and not _occasion(word.head)
        and not _meets(word.head)  # "met X to discuss Y": the talk is the meeting's own
    ):
        found.add("purpose")  # "is in Laos to attend", "plans to meet", "talks to be held";
    # "had visited India to attend" tells of an attendance that happened
    own = cue_status(lemma(word), "self") if trigger else None
    if own == "negated":  # "skipped the summit": not attended; "did not skip it": attended
        found ^= {"negated"}
    elif own:
        found.add(own)
    return found


def _meets(verb) -> bool:
    """A verb that says two parties met or spoke ("met", "held talks", "spoke")."""
    kinds = {f.type for f in frames_for(lemma(verb), "VERB")}
    if lemma(verb) in word_class("light"):
        kinds |= {
            f.type for c in verb.children if c.dep_ == "dobj" for f in frames_for(lemma(c), "NOUN")
        }
    meeting = InteractionType.having("meeting")
    return bool(kinds & meeting) and not _past(verb) and verb.tag_ == "VBD"


def _occasion(noun) -> bool:
    """ "had a chance to speak", "was an opportunity to exchange views": the occasion was
    taken when the verb that has it is past."""
    if lemma(noun) not in word_class("occasion"):
        return False
    verb = noun.head
    return verb.pos_ in ("VERB", "AUX") and (
        verb.tag_ == "VBD" or any(c.dep_ == "aux" and lemma(c) == "have" for c in verb.children)
    )


def _past(verb) -> bool:
    """A verb in a perfect ("had visited India to attend", unlike "arrived in Vladivostok to
    attend", whose attendance still lay ahead); for a noun, the past verb it is said with ("was
    an opportunity to exchange views")."""
    if verb.pos_ in ("NOUN", "PROPN") and verb.dep_ == "attr":
        return verb.head.tag_ == "VBD"
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    return any(c.dep_ == "aux" and lemma(c) == "have" for c in verb.children)


def status(trigger) -> str:
    """Climb from the trigger through its governors; the first word with a cue decides. An
    infinitive of purpose ("travelled to X to meet Y") only says planned when nothing above
    it says more ("would be unable to travel to X to meet Y")."""
    purpose = quoted = False
    levels = iter(_climb(trigger))
    for found in levels:
        purpose = purpose or "purpose" in found
        quoted = quoted or _CLAUSE in found
        for name in _STATUS_ORDER:
            if name in found:
                return _refused(levels) if name == "planned" else name
        if purpose and not quoted and "refused" in found:
            return "negated"  # "spurned the challenge to meet X"
    return "planned" if purpose else "actual"


def _refused(levels) -> str:
    """A plan refused or called off above it ("rejected an invitation to meet", "cancelled the
    planned talks") is negated; a refusal beyond a reported clause ("declined to say whether
    they would meet") is not the plan's."""
    for found in levels:
        if _CLAUSE in found:
            break
        if found & {"negated", "refused"}:
            return "negated"
    return "planned"


def _governor_cues(word) -> list[str]:
    """The cue words a governing word gives: its lemma, and the lemma with its particle or the
    preposition right after it ("call off", "call for")."""
    after = [
        c.lower_
        for c in word.children
        if c.dep_ == "prt" or (c.dep_ == "prep" and c.i == word.i + 1)
    ]
    return [lemma(word)] + [f"{lemma(word)} {p}" for p in after]


def plans(verb) -> bool:
    """A verb whose subject plans, seeks, puts off or refuses an act of its own ("proposed talks
    with X", "cancelled its visit to X"); not one that asks it of others ("urged talks")."""
    bare, *joined = _governor_cues(verb)
    owns = {"planned", "negated", "foreseen"}  # not "rejected talks with X": refused
    if any(cue_status(cue, "governor") in owns for cue in joined):  # "called off the talks"
        return True
    return bare not in word_class("control") and cue_status(bare, "governor") in owns


def speaks_of_a_plan(trigger) -> bool:
    """Whether any word on the way up says the act was planned ("cancelled the planned
    talks", "will not meet"): a called-off meeting is a planned meeting, negated."""
    return any(found & {"planned", "purpose"} for found in _climb(trigger))


def _event(word) -> bool:
    """A noun that names a meeting or a call."""
    return any(f.type in InteractionType.having("meeting") for f in frames_for(lemma(word), "NOUN"))


def _foreseeable(trigger) -> bool:
    """A trigger whose act announcing or considering it puts ahead (a visit, a meeting)."""
    pos = "NOUN" if trigger.pos_ in ("NOUN", "PROPN") else "VERB"
    kinds = {f.type for f in frames_for(lemma(trigger), pos)}
    return bool(kinds & InteractionType.having("foreseeable"))


def _said(word) -> bool:
    """A noun that names only things said ("accusations", "calls for talks")."""
    kinds = {f.type for f in frames_for(lemma(word), "NOUN")}
    return bool(kinds) and kinds <= InteractionType.having("statement")


def _climb(trigger):
    """The cues of the trigger and of each governor up to the end of its clause. A verb's own
    meaning counts when the act is its complement ("agreed to meet", "looking forward to
    meeting"), not when it is an adjunct of it ("In a call, they agreed")."""
    word, first, restricted, adjunct, given = trigger, True, False, False, False
    event = trigger.pos_ in ("NOUN", "PROPN") and _event(trigger)
    said = trigger.pos_ in ("NOUN", "PROPN") and _said(trigger)
    ahead = {"planned"} if _foreseeable(trigger) else set()
    below = None
    for _ in range(8):
        plain = first or (adjunct and word.pos_ in ("VERB", "AUX"))
        found = _cues(word, plain, restricted, said)
        if "foreseen" in found:  # "announced a visit": ahead; "announced a deal": made
            found = (found - {"foreseen"}) | ahead
        if below is not None and _performed(word, below):
            found = set()  # "I would like to thank X": saying so is the thanks
        yield found & {"planned", "hypothetical"} if given else found
        step = word.dep_
        head = word.head
        if head.i != trigger.i and head.pos_ in ("NOUN", "PROPN") and event and _event(head):
            break  # "a meeting of X and Y, ahead of a summit of Z, was postponed": the summit not
        if step == "pobj" and (
            head.lower_ in word_class("presupposing")
            or (head.lower_ == "of" and head.head.lower_ in word_class("presupposing"))
        ):  # "after the call", "ahead of a summit"
            given = True  # "after the call, officials felt ...": the call is a given; only a
            # future above it ("will sign during their visit") still tells its time
        if step == "pobj":
            adjunct = True
        elif step == "prep" and cue_status(f"{lemma(head)} {word.lower_}", "governor"):
            adjunct = False  # "called for talks": the preposition is the verb's complement
        elif step != "prep":
            adjunct = False
        if head.i == word.i:
            break
        if step == "conj" and _bare_after_finite(word, head):
            word, first = head, False  # "agreed to a ceasefire and hold talks": the bare verb
            continue  # continues the first verb's complement
        if step == "conj":  # a shared auxiliary or negation, not the first verb's meaning
            yield _cues(head, True, False) & {"planned", "negated"}
            word, first = head, True
            continue
        if step in ("xcomp", "pcomp", "pobj", "prep", "dobj", "nsubj", "nsubjpass", "attr"):
            pass
        elif step in ("advmod", "acomp", "prt", "amod"):
            pass
        elif step == "advcl" and _infinitive(word):  # "unable to travel to X to meet Y"
            pass
        elif step == "acl" and _infinitive(word):  # "an invitation to meet", "no plans to"
            pass
        elif step == "ccomp":
            restricted = True
            yield {_CLAUSE}
        else:
            break
        below, word, first = word, head, False


def _bare_after_finite(verb, head) -> bool:
    """A base-form verb with no subject or auxiliary of its own, parsed as coordinated with a
    finite verb it cannot share a subject with: it continues that verb's complement."""
    return (
        verb.tag_ == "VB"
        and head.tag_ in ("VBD", "VBN", "VBZ", "VBP")
        and not any(c.dep_ in (*_SUBJECTS, "aux", "auxpass") for c in verb.children)
    )


def _performed(wish, act) -> bool:
    """A wish whose infinitive is a speech act ("would like to thank", "want to congratulate",
    "wish to express"): saying the wish performs the act."""
    return (
        lemma(wish) in word_class("wish")
        and act.dep_ == "xcomp"
        and lemma(act) in word_class("performative")
    )
