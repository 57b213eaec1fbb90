"""The parse-reading grammar, one family of frames at a time, on sentences written for it.

Each case names the family it stands for; the names and states are made up for these tests.
"""

import pytest

from diplograph.loaders import extract_facts

PUB = "2026-03-13"  # a Friday


def facts(text, published=PUB):
    return {
        (f.type.value, f.status.value, f.source.name, getattr(f.target, "name", None))
        for f in extract_facts(text, published=published)
    }


FAMILIES = [
    pytest.param(
        "President Karl Moss met Chancellor Lena Ortiz in Oslo.",
        ("MET", "actual", "Karl Moss", "Lena Ortiz"),
        id="verbal: subject and object",
    ),
    pytest.param(
        "President Karl Moss spoke by telephone with Chancellor Lena Ortiz on Monday.",
        ("CALLED", "actual", "Karl Moss", "Lena Ortiz"),
        id="verbal: the with-phrase hangs on a noun of the verb's phrase",
    ),
    pytest.param(
        "The talks between President Karl Moss and Chancellor Lena Ortiz took place in Oslo.",
        ("MET", "actual", "Karl Moss", "Lena Ortiz"),
        id="nominal: both sides after between",
    ),
    pytest.param(
        "President Karl Moss's telephone call with Chancellor Lena Ortiz lasted an hour.",
        ("CALLED", "actual", "Karl Moss", "Lena Ortiz"),
        id="nominal: the possessor is the source",
    ),
    pytest.param(
        "The Norway-Chile talks resumed on Monday.",
        ("MET", "actual", "Norway", "Chile"),
        id="nominal: a hyphenated pair before the noun",
    ),
    pytest.param(
        "President Karl Moss held talks with Chancellor Lena Ortiz.",
        ("MET", "actual", "Karl Moss", "Lena Ortiz"),
        id="light verb: hold talks with",
    ),
    pytest.param(
        "Chancellor Lena Ortiz paid an official visit to Norway last week.",
        ("VISITED", "actual", "Lena Ortiz", "Norway"),
        id="light verb: pay a visit to",
    ),
    pytest.param(
        "President Karl Moss extended an invitation to Chancellor Lena Ortiz.",
        ("INVITED", "actual", "Karl Moss", "Lena Ortiz"),
        id="light verb: extend an invitation to",
    ),
    pytest.param(
        "Chancellor Lena Ortiz received a phone call from President Karl Moss.",
        ("CALLED", "actual", "Karl Moss", "Lena Ortiz"),
        id="light verb: the recipient of a call",
    ),
    pytest.param(
        "Chancellor Lena Ortiz was received by President Karl Moss in Oslo.",
        ("HOSTED", "actual", "Karl Moss", "Lena Ortiz"),
        id="passive: the agent is the source",
    ),
    pytest.param(
        "Chile was criticized by Norway over the arrests.",
        ("CRITICIZED", "actual", "Norway", "Chile"),
        id="passive: the subject is the target",
    ),
    pytest.param(
        "President Karl Moss urged Chile to release the crew.",
        ("URGED", "actual", "Karl Moss", "Chile"),
        id="control: the object of urge",
    ),
    pytest.param(
        "President Karl Moss invited Chancellor Lena Ortiz to visit Norway.",
        ("VISITED", "planned", "Lena Ortiz", "Norway"),
        id="control: the invitee is the subject of the infinitive",
    ),
    pytest.param(
        "Chancellor Lena Ortiz is expected to meet President Karl Moss.",
        ("PLANNED_MEETING", "planned", "Lena Ortiz", "Karl Moss"),
        id="control: a raised subject",
    ),
    pytest.param(
        "President Karl Moss and Chancellor Lena Ortiz discussed trade.",
        ("DISCUSSED", "actual", "Karl Moss", "Lena Ortiz"),
        id="coordination: the parties of a joint act",
    ),
    pytest.param(
        "Norway condemned Chile, Peru and Bolivia for the drills.",
        ("CRITICIZED", "actual", "Norway", "Bolivia"),
        id="coordination: every conjunct of the object",
    ),
    pytest.param(
        "Chancellor Lena Ortiz, who met President Karl Moss on Monday, flew home.",
        ("MET", "actual", "Lena Ortiz", "Karl Moss"),
        id="relative clause: who is the noun it describes",
    ),
    pytest.param(
        "President Karl Moss spoke to reporters after meeting Chancellor Lena Ortiz.",
        ("MET", "actual", "Karl Moss", "Lena Ortiz"),
        id="participial clause: the main clause's subject",
    ),
    pytest.param(
        "Chancellor Lena Ortiz said President Karl Moss had agreed to visit Chile.",
        ("VISITED", "planned", "Karl Moss", "Chile"),
        id="reported speech: the reported clause has its own subject",
    ),
    pytest.param(
        "Norway claimed Chile launched the cyberattack.",
        ("ACCUSED", "actual", "Norway", "Chile"),
        id="reported speech: a claim of wrongdoing is a charge",
    ),
    pytest.param(
        "President Karl Moss and Chancellor Lena Ortiz invited each other to their capitals.",
        ("INVITED", "actual", "Lena Ortiz", "Karl Moss"),
        id="reciprocal: each invited the other",
    ),
    pytest.param(
        "The Chilean Foreign Ministry condemned Norway's remarks.",
        ("CRITICIZED", "actual", "Chile", "Norway"),
        id="a demonym before a state organ: the state acts",
    ),
    pytest.param(
        "The Chilean Embassy protested to Norway over the arrests.",
        ("CRITICIZED", "actual", "Chile", "Norway"),
        id="protested to X: a protest addressed to the one it is against",
    ),
    pytest.param(
        "President Karl Moss met Chancellor Lena Ortiz in Oslo. "
        "Moss expressed appreciation for her remarks.",
        ("PRAISED", "actual", "Karl Moss", "Lena Ortiz"),
        id="a possessive read as the source itself is the other of the pair",
    ),
    pytest.param(
        "President Karl Moss met President Ivan Berg in Oslo. Moss welcomed his remarks.",
        ("PRAISED", "actual", "Karl Moss", "Ivan Berg"),
        id="the same with a verb that takes an owner",
    ),
    pytest.param(
        "Accusations were made by Norway against Chile over the cyberattack.",
        ("ACCUSED", "actual", "Norway", "Chile"),
        id="passive light verb: the agent makes the act its subject names",
    ),
    pytest.param(
        "President Karl Moss called on Chancellor Lena Ortiz to lift sanctions.",
        ("URGED", "actual", "Karl Moss", "Lena Ortiz"),
        id="called on X to: the on the parser takes for a particle still has its object",
    ),
    pytest.param(
        "Norway reached an agreement with Chile on fishing rights.",
        ("AGREED", "actual", "Norway", "Chile"),
        id="a verb of concluding with an agreement noun as object",
    ),
    pytest.param(
        "Norway and Chile struck a deal on fishing rights.",
        ("AGREED", "actual", "Norway", "Chile"),
        id="a verb of concluding, coordinated subjects",
    ),
    pytest.param(
        "Norway asked Chile to release the prisoners.",
        ("URGED", "actual", "Norway", "Chile"),
        id="a request with an infinitive is an appeal",
    ),
    pytest.param(
        "Norway threatened to impose sanctions on Chile.",
        ("THREATENED", "actual", "Norway", "Chile"),
        id="a threatened deed: whom its preposition names",
    ),
    pytest.param(
        "Norway renewed its call for Chile to release the prisoners.",
        ("URGED", "actual", "Norway", "Chile"),
        id="a call for X to act bids X; a renewed act is the renewer's",
    ),
    pytest.param(
        "Norway stressed the need for Chile to withdraw its troops.",
        ("URGED", "actual", "Norway", "Chile"),
        id="stressing the need for X to act bids X",
    ),
    pytest.param(
        "President Karl Moss and Chancellor Lena Ortiz issued a joint statement.",
        ("AGREED", "actual", "Karl Moss", "Lena Ortiz"),
        id="a joint statement issued by two is their agreement",
    ),
    pytest.param(
        "President Karl Moss hosted a dinner for Chancellor Lena Ortiz.",
        ("HOSTED", "actual", "Karl Moss", "Lena Ortiz"),
        id="hosted an occasion for a guest",
    ),
    pytest.param(
        "Chile lodged a formal complaint with Norway.",
        ("CRITICIZED", "actual", "Chile", "Norway"),
        id="a complaint lodged with a state",
    ),
    pytest.param(
        "Chancellor Lena Ortiz called President Karl Moss to congratulate him.",
        ("PRAISED", "actual", "Lena Ortiz", "Karl Moss"),
        id="called X to: the caller does it (call controls only through on); him is X",
    ),
    pytest.param(
        "Norway called for talks with Chile.",
        ("URGED", "actual", "Norway", "Chile"),
        id="a call for talks with X is an appeal to X",
    ),
    pytest.param(
        "Norway played host to Chancellor Lena Ortiz on Monday.",
        ("HOSTED", "actual", "Norway", "Lena Ortiz"),
        id="played host to a guest",
    ),
    pytest.param(
        "President Karl Moss conferred with Chancellor Lena Ortiz on Monday.",
        ("MET", "actual", "Karl Moss", "Lena Ortiz"),
        id="conferred with: a consultation",
    ),
    pytest.param(
        "Norwegian-Chilean talks resumed in Oslo on Monday.",
        ("MET", "actual", "Norway", "Chile"),
        id="two demonyms joined before an act's noun are its parties",
    ),
    pytest.param(
        "Norway cautioned Chile against escalating the conflict.",
        ("WARNED", "actual", "Norway", "Chile"),
        id="cautioned X against: a warning",
    ),
    pytest.param(
        "Norway warned that Chile's actions could have serious consequences.",
        ("WARNED", "actual", "Norway", "Chile"),
        id="warned that X would: whom the foretold clause is about",
    ),
    pytest.param(
        "Norway blamed the attack on Chile.",
        ("ACCUSED", "actual", "Norway", "Chile"),
        id="blamed the deed on X",
    ),
    pytest.param(
        "Norway pointed the finger at Chile for the attack.",
        ("ACCUSED", "actual", "Norway", "Chile"),
        id="pointed the finger at X",
    ),
    pytest.param(
        "Norway expressed its disappointment with Chile's decision.",
        ("CRITICIZED", "actual", "Norway", "Chile"),
        id="displeasure at what another did",
    ),
    pytest.param(
        "Norway took issue with Chile's remarks.",
        ("CRITICIZED", "actual", "Norway", "Chile"),
        id="took issue with X",
    ),
    pytest.param(
        "Chile faced criticism from Norway over the arrests.",
        ("CRITICIZED", "actual", "Norway", "Chile"),
        id="faced criticism from X: the subject receives it",
    ),
    pytest.param(
        "President Karl Moss received the Chilean delegation.",
        ("HOSTED", "actual", "Karl Moss", "Chile"),
        id="received a state's delegation: the state is the guest",
    ),
    pytest.param(
        "Norway said it had agreed with Chile to extend the truce.",
        ("AGREED", "actual", "Norway", "Chile"),
        id="it in a clause a state reports is that state",
    ),
    pytest.param(
        "President Karl Moss threatened to expel Chile's diplomats.",
        ("THREATENED", "actual", "Karl Moss", "Chile"),
        id="a threatened deed: the owner of its object",
    ),
    pytest.param(
        "President Karl Moss's call with Chancellor Lena Ortiz focused on trade.",
        ("CALLED", "actual", "Karl Moss", "Lena Ortiz"),
        id="an event noun with an owner and a partner is one event",
    ),
    pytest.param(
        "President Karl Moss and Chancellor Lena Ortiz were in attendance at the Lima summit.",
        ("ATTENDED", "actual", "Lena Ortiz", "Lima summit"),
        id="in attendance at: the preposition hangs on the copula",
    ),
    pytest.param(
        "President Karl Moss was present at the Lima summit.",
        ("ATTENDED", "actual", "Karl Moss", "Lima summit"),
        id="present at: an adjective trigger with the copula's preposition",
    ),
    pytest.param(
        "Norway demanded that Chile release the prisoners.",
        ("URGED", "actual", "Norway", "Chile"),
        id="a demand with a that-clause in the bare form: its subject is bidden",
    ),
    pytest.param(
        "Norway insisted that Chile must withdraw its troops.",
        ("URGED", "actual", "Norway", "Chile"),
        id="a that-clause with a modal of obligation",
    ),
    pytest.param(
        "A visit was paid by President Karl Moss to Chile last week.",
        ("VISITED", "actual", "Karl Moss", "Chile"),
        id="passive light verb: paid a visit, turned round",
    ),
    pytest.param(
        "Norway cancelled the talks with Chile.",
        ("PLANNED_MEETING", "negated", "Norway", "Chile"),
        id="a governor that calls off its own act gives the act its subject",
    ),
    pytest.param(
        "Norway proposed consultations with Chile in May.",
        ("PLANNED_MEETING", "planned", "Norway", "Chile"),
        id="a governor that plans its own act gives the act its subject",
    ),
]


@pytest.mark.parametrize("text, expected", FAMILIES)
def test_frame_families(text, expected):
    assert expected in facts(text)


STATUSES = [
    pytest.param(
        "President Karl Moss did not meet Chancellor Lena Ortiz.",
        ("MET", "negated"),
        id="a negation on the trigger",
    ),
    pytest.param(
        "President Karl Moss will visit Chile in May.",
        ("VISITED", "planned"),
        id="a future auxiliary",
    ),
    pytest.param(
        "President Karl Moss declined to meet Chancellor Lena Ortiz.",
        ("MET", "negated"),
        id="a governor that refuses",
    ),
    pytest.param(
        "The meeting between President Karl Moss and Chancellor Lena Ortiz was postponed.",
        ("PLANNED_MEETING", "negated"),
        id="a noun whose verb calls it off",
    ),
    pytest.param(
        "President Karl Moss reportedly met Chancellor Lena Ortiz in Oslo.",
        ("MET", "claimed"),
        id="a hedging adverb",
    ),
    pytest.param(
        "President Karl Moss plans to travel to Chile.",
        ("VISITED", "planned"),
        id="a governor of intention",
    ),
    pytest.param(
        "President Karl Moss hopes to meet Chancellor Lena Ortiz soon.",
        ("PLANNED_MEETING", "planned"),
        id="hope to meet is a meeting ahead",
    ),
    pytest.param(
        "President Karl Moss had travelled to Chile to attend the Andean Forum.",
        ("ATTENDED", "actual"),
        id="a purpose infinitive of a past trip happened",
    ),
    pytest.param(
        "Norway rejected an invitation to meet Chile in Lima.",
        ("PLANNED_MEETING", "negated"),
        id="a refused invitation: the plan is negated",
    ),
    pytest.param(
        "President Karl Moss has yet to meet Chancellor Lena Ortiz.",
        ("MET", "negated"),
        id="has yet to: not done",
    ),
    pytest.param(
        "Norway pressed for a meeting with Chile.",
        ("PLANNED_MEETING", "planned"),
        id="a meeting pressed for lies ahead",
    ),
    pytest.param(
        "A visit by President Karl Moss to Chile was announced on Monday.",
        ("VISITED", "planned"),
        id="an announced visit lies ahead",
    ),
    pytest.param(
        "President Karl Moss is considering a visit to Chile.",
        ("VISITED", "planned"),
        id="a visit considered lies ahead, and is the considerer's",
    ),
    pytest.param(
        "President Karl Moss is preparing for a visit to Chile.",
        ("VISITED", "planned"),
        id="preparing for a visit",
    ),
    pytest.param(
        "President Karl Moss was supposed to visit Chile but stayed home.",
        ("VISITED", "planned"),
        id="was supposed to: not told as done",
    ),
    pytest.param(
        "President Karl Moss skipped the Lima summit.",
        ("ATTENDED", "negated"),
        id="a verb of staying away is an attendance negated",
    ),
    pytest.param(
        "President Karl Moss pulled out of the Lima summit.",
        ("ATTENDED", "negated"),
        id="pulled out of an event",
    ),
    pytest.param(
        "President Karl Moss did not skip the Lima summit.",
        ("ATTENDED", "actual"),
        id="not staying away is attending",
    ),
    pytest.param(
        "Chancellor Lena Ortiz said she would like to thank President Karl Moss.",
        ("PRAISED", "actual"),
        id="a wish to perform a speech act performs it",
    ),
    pytest.param(
        "Chancellor Lena Ortiz wants to express her gratitude to President Karl Moss.",
        ("PRAISED", "actual"),
        id="a wish to perform a speech act, through a light verb",
    ),
    pytest.param(
        "Chancellor Lena Ortiz would like to meet President Karl Moss.",
        ("PLANNED_MEETING", "planned"),
        id="a wish to meet is a plan",
    ),
    pytest.param(
        "President Karl Moss turned down an offer to visit Chile.",
        ("VISITED", "negated"),
        id="a refused offer, with a particle verb",
    ),
    pytest.param(
        "President Karl Moss spurned the challenge to meet Chancellor Lena Ortiz in person.",
        ("PLANNED_MEETING", "negated"),
        id="a refused challenge: the infinitive of a noun climbs to the verb refusing it",
    ),
    pytest.param(
        "There are no plans for President Karl Moss to visit Chile.",
        ("VISITED", "negated"),
        id="no plans: the determiner of the noun that governs the infinitive",
    ),
    pytest.param(
        "Norway and Chile have agreed to a truce and start talks on their border.",
        ("PLANNED_MEETING", "planned"),
        id="a bare verb parsed as coordinated with a finite one continues its complement",
    ),
]


@pytest.mark.parametrize("text, expected", STATUSES)
def test_status_families(text, expected):
    found = {(kind, status) for kind, status, _, _ in facts(text)}
    assert expected in found


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param(
            "Chile rejected the accusations from Norway that it had launched the cyberattack.",
            ("ACCUSED", "actual"),
            id="a refused accusation was still made",
        ),
        pytest.param(
            "Chile denied the accusations from Norway.",
            ("ACCUSED", "actual"),
            id="a denied accusation was still made",
        ),
        pytest.param(
            "President Karl Moss declined to say whether he would meet Chancellor Lena Ortiz.",
            None,
            id="a refusal beyond a reported clause is not the plan's",
        ),
        pytest.param(
            "Norway and Chile agreed to a truce and held talks in Lima.",
            ("MET", "actual"),
            id="a past verb coordinated with the first is its own act",
        ),
    ],
)
def test_refusals_and_coordination_stay_in_their_place(text, expected):
    found = {(kind, status) for kind, status, _, _ in facts(text)}
    if expected is None:
        assert not any(status == "negated" for _, status in found)
    else:
        assert expected in found


def test_statuses_do_not_leak_into_an_adjunct():
    found = facts(
        "In a phone call on Monday, President Karl Moss and Chancellor Lena Ortiz agreed."
    )
    assert ("CALLED", "actual", "Karl Moss", "Lena Ortiz") in found


def test_dates_of_clauses_and_the_inferred_publication_date():
    found = extract_facts(
        "President Karl Moss called Chancellor Lena Ortiz on Tuesday. Later that day, Moss "
        "thanked Chile for its help.",
        published=PUB,
    )
    dates = {(f.type.value, f.date, f.date_inferred) for f in found}
    assert ("CALLED", "2026-03-10", False) in dates
    assert ("PRAISED", "2026-03-10", False) in dates
    undated = extract_facts("President Karl Moss thanked Chile for its help.", published=PUB)
    assert [(f.date, f.date_inferred) for f in undated] == [(PUB, True)]
    ahead = extract_facts("President Karl Moss will visit Chile.", published=PUB)
    assert [(f.date, f.date_inferred) for f in ahead] == [(None, False)]


def test_the_two_before_a_verb_is_the_last_pair():
    found = facts("President Karl Moss met Chancellor Lena Ortiz. The two also signed a pact.")
    assert ("AGREED", "actual", "Karl Moss", "Lena Ortiz") in found


def test_coreference_by_surname_and_pronoun():
    found = facts(
        "Chancellor Lena Ortiz arrived in Oslo on Monday. Ortiz met President Karl Moss. "
        "She later urged Chile to act."
    )
    assert ("MET", "actual", "Lena Ortiz", "Karl Moss") in found
    assert ("URGED", "actual", "Lena Ortiz", "Chile") in found


def test_a_ship_visits_nowhere_but_can_be_accused():
    assert not [f for f in facts("A Chilean warship visited Norway.") if f[0] == "VISITED"]
    assert ("ACCUSED", "actual", "Norway", "Chile") in facts(
        "Norway accused Chilean warships of violating its waters."
    )


def test_a_run_on_sentence_is_cut_to_the_evidence_limit():
    names = ", ".join(f"Minister Ann Lee{i}" for i in range(1500))
    found = extract_facts(f"President Karl Moss met Chancellor Lena Ortiz and {names}.")
    assert found and all(len(f.evidence) <= 10_000 for f in found)
    assert found[0].evidence.endswith("…")


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param(
            "President Karl Moss and Chancellor Lena Ortiz were expected to meet in Oslo, but "
            "the meeting was cancelled.",
            ("PLANNED_MEETING", "negated", "Karl Moss", "Lena Ortiz"),
            id="the meeting just told, called off",
        ),
        pytest.param(
            "President Karl Moss met Chancellor Lena Ortiz in Oslo, a diplomatic source said.",
            ("MET", "claimed", "Karl Moss", "Lena Ortiz"),
            id="what an unnamed source says is claimed",
        ),
        pytest.param(
            "A source said officials were upbeat after the call between President Karl Moss "
            "and Chancellor Lena Ortiz.",
            ("CALLED", "actual", "Karl Moss", "Lena Ortiz"),
            id="what follows 'after' is taken as given",
        ),
    ],
)
def test_statuses_told_elsewhere_in_the_sentence(text, expected):
    assert expected in facts(text)


def test_a_hypothesis_is_not_told():
    assert not facts("Norway will impose tariffs if Chile does not agree with Peru.")


def test_office_holders_the_text_leaves_unnamed_or_names_by_surname():
    found = facts(
        "10 Downing Street\n\nThe Prime Minister spoke to President Macron of France. "
        "Later, Blinken called the Foreign Secretary.",
        published="2024-04-15",
    )
    assert ("CALLED", "actual", "Rishi Sunak", "Emmanuel Macron") in found
    assert ("CALLED", "actual", "Antony Blinken", "David Cameron") in found


@pytest.mark.parametrize(
    "text",
    [
        "The Prime Minister spoke to Chilean President Gabriel Boric about the ties between the "
        "UK and Chile.",
        "The Prime Minister met Chilean President Gabriel Boric. They welcomed Chile-UK trade.",
        "The Prime Minister met Chilean President Gabriel Boric. They praised the UK/Chile talks.",
    ],
)
def test_a_readout_s_own_leader_is_of_the_state_it_pairs_with_the_counterpart_s(text):
    """No seat of government named: the readout's unnamed leader belongs to the state the text
    names as a pair with the counterpart's ("the UK and Ireland", "Ireland-UK trade")."""
    found = facts(text, published="2024-06-10")
    assert any(f[2] == "Rishi Sunak" and f[3] == "Gabriel Boric" for f in found), found


def test_a_state_named_only_as_the_place_gives_the_leader_no_state():
    found = facts(
        "The Prime Minister met Chilean President Gabriel Boric at the summit in Italy.",
        published="2024-06-10",
    )
    assert {f[2] for f in found} == {"Prime Minister (unnamed, 2024-06-10)"}, found


@pytest.mark.parametrize(
    "text, name",
    [
        (
            "The President of the Council of Ministers, Ada Rossi, visited Rimini today. Later, "
            "President Rossi met Kenyan President William Ruto.",
            "Ada Rossi",
        ),
        (
            "The Secretary-General of the Council of Europe, Alain Berset, met Kenyan President "
            "William Ruto.",
            "Alain Berset",
        ),
    ],
)
def test_an_office_of_a_named_body_before_the_name_is_the_person_s_title(text, name):
    """In "The <office> of the <body>, <Name>," the body is no state, and the name is the
    person, whom a later "President <Surname>" means."""
    assert ("MET", "actual", name, "William Ruto") in facts(text, published="2023-09-22")


@pytest.mark.parametrize(
    "text",
    [
        "Foreign Minister Ada Holm hosted President Gabriel Boric.",
        "Foreign Minister Ada Holm hosted President Gabriel Boric for talks in Oslo.",
    ],
)
def test_a_verb_misparsed_as_the_modifier_of_the_next_name_keeps_its_object(text):
    """The parser may read "hosted President Y" as an adjective and a noun: the verb with a
    subject of its own still takes the name as its object."""
    assert ("HOSTED", "actual", "Ada Holm", "Gabriel Boric") in facts(text)


@pytest.mark.parametrize(
    "text",
    [
        "Prime Minister Ada Holm sent a congratulatory message to President Gabriel Boric.",
        "Prime Minister Ada Holm sent congratulations to President Gabriel Boric on his election.",
        "Prime Minister Ada Holm conveyed her congratulations to President Gabriel Boric.",
        "Prime Minister Ada Holm sent a congratulatory letter to President Gabriel Boric.",
    ],
)
def test_congratulations_sent_to_someone_are_praise(text):
    assert ("PRAISED", "actual", "Ada Holm", "Gabriel Boric") in facts(text)


def test_a_letter_that_is_not_congratulatory_is_no_praise():
    assert not facts("Prime Minister Ada Holm sent a letter to President Gabriel Boric.")


def test_the_main_verb_after_a_relative_clause_keeps_the_sentence_s_subject():
    """The parser may hang the main verb on the last name of a relative clause ("Y, called upon
    Z"): the verb's subject is the name the clause is about."""
    found = facts(
        "Ada Holm, who served as Foreign Minister in the previous cabinet of Prime Minister "
        "Karl Moss, called upon Chilean President Gabriel Boric in Santiago."
    )
    assert ("MET", "actual", "Ada Holm", "Gabriel Boric") in found
    assert not [f for f in found if f[2] == "Karl Moss"]


@pytest.mark.parametrize(
    "text",
    [
        "Norwegian Foreign Minister Ada Holm raised concerns about Norwegian fishing quotas.",
        "Norwegian Foreign Minister Ada Holm praised Norway's diplomats.",
    ],
)
def test_a_person_and_the_state_they_represent_are_one_party(text):
    assert not [f for f in facts(text) if f[2] == "Ada Holm" and f[3] == "Norway"]


@pytest.mark.parametrize(
    "text",
    [
        "Foreign Minister Ada Holm met the Chilean minister [Alberto Klaveren] on Monday.",
        "[Today] Foreign Minister Ada Holm met the Chilean Foreign Minister [Alberto Klaveren].",
    ],
)
def test_an_editor_s_bracketed_name_is_read_as_part_of_the_sentence(text):
    assert ("MET", "actual", "Ada Holm", "Alberto Klaveren") in facts(text)


@pytest.mark.parametrize(
    "text",
    [
        "Foreign Minister Ada Holm is going to meet Chilean Foreign Minister Alberto Klaveren.",
        "Foreign Minister Ada Holm is going to have a meeting with Minister Alberto Klaveren.",
    ],
)
def test_going_to_meet_is_a_plan(text):
    found = facts(text)
    assert ("PLANNED_MEETING", "planned", "Ada Holm", "Alberto Klaveren") in found
    assert not [f for f in found if f[1] == "actual"]


def test_talks_that_are_going_well_happened():
    found = facts(
        "The talks between Foreign Minister Ada Holm and Foreign Minister Alberto Klaveren are "
        "going well."
    )
    assert ("MET", "actual", "Ada Holm", "Alberto Klaveren") in found


@pytest.mark.parametrize(
    "title",
    [
        "Deputy Secretary General for Common Security and Defence Policy",
        "Under Secretary for Arms Control and International Security",
        "Under-Secretary-General",
        "Deputy Secretary-General",
    ],
)
def test_long_offices_with_their_portfolios_come_before_the_name(title):
    assert ("VISITED", "actual", "Ana Ruiz", "Chile") in facts(
        f"The {title} Ana Ruiz visited Chile."
    )


@pytest.mark.parametrize(
    "second, pair",
    [
        ("Minister Ruiz thanked him for his support.", ("Ana Ruiz", "Karl Moss")),
        ("She thanked him for his support.", ("Ana Ruiz", "Karl Moss")),
        ("Later, Moss thanked her warmly.", ("Karl Moss", "Ana Ruiz")),
    ],
)
def test_an_object_pronoun_is_the_other_of_the_pair_not_the_subject(second, pair):
    """ "X thanked him": "him" is not X, so it is the other party of the talks just told of."""
    found = facts(f"Foreign Minister Ana Ruiz met Foreign Minister Karl Moss on Monday. {second}")
    assert ("PRAISED", "actual", *pair) in found


def test_a_subject_pronoun_and_a_possessive_stay_with_the_subject():
    found = facts(
        "Foreign Minister Ana Ruiz met Foreign Minister Karl Moss on Monday. Ruiz said she was "
        "pleased and expressed her hope for more talks."
    )
    assert not [f for f in found if f[0] == "PRAISED"]


@pytest.mark.parametrize(
    "text",
    [
        "Chile held Peru responsible for the attack.",
        "Chile holds Peru fully responsible for the attack.",
        "The Chilean government held the Peruvian navy accountable for the incident.",
    ],
)
def test_holding_someone_responsible_is_an_accusation(text):
    assert ("ACCUSED", "actual", "Chile", "Peru") in facts(text)


def test_holding_talks_is_still_a_meeting():
    found = facts("Foreign Minister Ada Holm held talks with Chilean President Gabriel Boric.")
    assert found == {("MET", "actual", "Ada Holm", "Gabriel Boric")}


def test_a_host_receives_the_parties_of_the_talks_it_hosts():
    found = facts("Norway hosted the talks between Chile and Peru in Oslo.")
    assert {
        ("HOSTED", "actual", "Norway", "Chile"),
        ("HOSTED", "actual", "Norway", "Peru"),
    } <= found


def test_calls_for_talks_are_made_to_whoever_rejects_them():
    found = facts("President Karl Moss rejected Chilean calls for talks.")
    assert ("URGED", "actual", "Chile", "Karl Moss") in found


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param(
            "The Alliance of Andean States, which goes by its acronym AAS, blamed Chile for the "
            "downing.",
            ("ACCUSED", "actual", "Alliance of Andean States", "Chile"),
            id="an institution named by its word",
        ),
        pytest.param(
            "Norway said its team was ready for work, and accused Chile of stalling.",
            ("ACCUSED", "actual", "Norway", "Chile"),
            id="a second verb hung on the reported clause",
        ),
        pytest.param(
            "Norway accused Chile-backed militias of the attack, a claim Chile has denied.",
            ("DENIED", "actual", "Chile", "Norway"),
            id="a denial in a relative clause answers the accuser",
        ),
    ],
)
def test_parser_slips_and_names_it_does_not_know(text, expected):
    assert expected in facts(text)


def test_we_in_a_statement_is_the_government_whose_ministry_speaks():
    found = facts(
        "Statement by the FCDO\n\nWe condemn Chile's decision to expel our diplomats. "
        "The FCDO summoned the Chilean Ambassador."
    )
    assert ("CRITICIZED", "actual", "United Kingdom", "Chile") in found


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param(
            "President Karl Moss had raised with Chancellor Lena Ortiz the issue during their "
            "meeting in Oslo.",
            ("MET", "actual", "Karl Moss", "Lena Ortiz"),
            id="their meeting: the verb's subject and its with-party",
        ),
        pytest.param(
            "Chancellor Lena Ortiz addressed a joint press conference in Oslo with President "
            "Karl Moss.",
            ("MET", "actual", "Lena Ortiz", "Karl Moss"),
            id="a press conference with someone",
        ),
        pytest.param(
            "The declaration was signed during a meeting between Erdogan and Chancellor Lena "
            "Ortiz.",
            ("MET", "actual", "Recep Tayyip Erdoğan", "Lena Ortiz"),
            id="a one-word name the office-holder table knows",
        ),
    ],
)
def test_meetings_told_by_their_parties(text, expected):
    found = facts(text, published="2024-05-01")
    assert expected in found or (expected[0], expected[1], expected[3], expected[2]) in found


def test_what_lies_ahead_of_a_postponed_meeting_is_still_planned():
    found = facts(
        "A meeting between President Karl Moss and Chancellor Lena Ortiz, ahead of a summit "
        "between Norway and Chile, has been postponed."
    )
    assert ("PLANNED_MEETING", "negated", "Karl Moss", "Lena Ortiz") in found
    assert ("PLANNED_MEETING", "planned", "Norway", "Chile") in found


def test_a_surname_resolves_only_to_a_holder_of_the_office_the_text_gives():
    found = facts("Later, President Ahmed visited Chile.", published="2024-05-01")
    assert ("VISITED", "actual", "Abiy Ahmed", "Chile") not in found


@pytest.mark.parametrize(
    "demonym, code",
    [("Indian", "IND"), ("Dominican", "DOM"), ("Congolese", "COD"), ("American", "USA")],
)
def test_a_shared_demonym_names_the_state_not_a_territory(demonym, code):
    from diplograph.loaders.mentions import state_code

    assert state_code(demonym) == code


def test_a_transcripts_speaker_label_gives_the_floor_and_is_no_dateline():
    text = (
        "Remarks to the press\n\nSECRETARY KARL MOSS:  Thank you all. I met Chancellor Lena "
        "Ortiz this morning.\n\nORTIZ: Thank you."
    )
    assert ("MET", "actual", "Karl Moss", "Lena Ortiz") in facts(text)


def test_the_publication_date_comes_from_a_header_line():
    from diplograph.loaders import parse_article

    article = parse_article(
        "PM call with Chancellor Lena Ortiz: 21 December 2025\n\n"
        "The Prime Minister spoke to Chancellor Lena Ortiz yesterday."
    )
    assert article.document.published == "2025-12-21"
    assert [f.date for f in article.facts] == ["2025-12-20"]


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param(
            "President Karl Moss talked about trade with Chancellor Lena Ortiz.",
            ("DISCUSSED", "actual", "Karl Moss", "Lena Ortiz"),
            id="talk about is discussion",
        ),
        pytest.param(
            "President Karl Moss had a chance to speak with Chancellor Lena Ortiz.",
            ("CALLED", "actual", "Karl Moss", "Lena Ortiz"),
            id="an occasion taken",
        ),
        pytest.param(
            "Officials met on the sidelines of President Karl Moss's visit to Chile, a "
            "source said.",
            ("VISITED", "actual", "Karl Moss", "Chile"),
            id="what a sideline presupposes is given",
        ),
    ],
)
def test_discussions_occasions_and_sidelines(text, expected):
    assert expected in facts(text)


def test_talks_that_collapsed_took_place_and_a_tagger_missed_name_is_read():
    assert ("MET", "actual", "Norway", "Chile") in facts(
        "Norway's negotiations with Chile had collapsed on Monday."
    )
    assert ("URGED", "actual", "Karl Moss", "Ahmed al-Sharaa") in facts(
        "President Karl Moss called on Sharaa to normalize ties.", published="2025-05-14"
    )


def test_you_is_whom_the_speaker_last_addressed_by_name():
    text = (
        "Opening Remarks by Minister Karl Moss\n\n"
        "I am pleased to meet with you, Chancellor Lena Ortiz, today. "
        "I also thank you for your warm hospitality."
    )
    found = facts(text)
    assert ("PRAISED", "actual", "Karl Moss", "Lena Ortiz") in found


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param(
            "Consultations will be held between delegations headed by Minister Karl Moss and "
            "Chancellor Lena Ortiz.",
            ("PLANNED_MEETING", "planned", "Karl Moss", "Lena Ortiz"),
            id="the heads of the delegations",
        ),
        pytest.param(
            "President Karl Moss informed Chancellor Lena Ortiz about the ceasefire.",
            ("DISCUSSED", "actual", "Karl Moss", "Lena Ortiz"),
            id="informing is discussing",
        ),
        pytest.param(
            "Norway will meet with its key partners – Chile, Peru and Bolivia.",
            ("PLANNED_MEETING", "planned", "Norway", "Peru"),
            id="partners listed after a dash",
        ),
    ],
)
def test_parties_named_through_another_word(text, expected):
    assert expected in facts(text)


def test_a_city_that_is_no_capital_stands_for_its_state():
    assert ("VISITED", "actual", "Karl Moss", "Switzerland") in facts(
        "President Karl Moss visited Geneva on Monday."
    )


def test_the_latter_is_the_second_person_named_before():
    found = facts(
        "President Karl Moss met Chancellor Lena Ortiz in Oslo during the latter's two-day "
        "visit to Norway."
    )
    assert ("VISITED", "actual", "Lena Ortiz", "Norway") in found


def test_what_someone_says_another_must_do_is_an_appeal():
    found = facts(
        "“The Chilean side must release the crew at once,” President Karl Moss told reporters."
    )
    assert ("URGED", "actual", "Karl Moss", "Chile") in found
    assert not [f for f in facts("The talks must resume soon.") if f[0] == "URGED"]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Britain's Prime Minister met President Karl Moss in Oslo.", id="possessive"),
        pytest.param("The British Prime Minister met President Karl Moss in Oslo.", id="demonym"),
        pytest.param(
            "Britain's prime minister flew to Oslo, where he met President Karl Moss.",
            id="lower case, and he after the office",
        ),
    ],
)
def test_an_office_after_its_state_is_its_holder_on_the_day(text):
    assert ("MET", "actual", "Rishi Sunak", "Karl Moss") in facts(text, published="2024-04-15")


def test_a_counterpart_of_a_state_is_the_holder_of_the_same_office_there():
    found = facts(
        "Foreign Secretary David Cameron met his French counterpart in London.",
        published="2024-04-15",
    )
    assert ("MET", "actual", "David Cameron", "Stéphane Séjourné") in found


def test_counterparts_of_several_states_stay_the_states():
    found = facts(
        "Foreign Secretary David Cameron met his French and German counterparts in London.",
        published="2024-04-15",
    )
    assert ("MET", "actual", "David Cameron", "France") in found


def test_an_office_the_table_cannot_name_stays_the_state_s():
    found = facts("The Japanese ambassador met President Karl Moss in Oslo.")
    assert ("MET", "actual", "Japan", "Karl Moss") in found


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "President Karl Moss met President Ivan Berg in Oslo. Moss welcomed his own remarks.",
            id="his own",
        ),
        pytest.param(
            "President Karl Moss met President Ivan Berg in Oslo. "
            "Moss will meet his counterpart next week.",
            id="his counterpart: a person of his own side",
        ),
    ],
)
def test_a_possessive_of_one_s_own_stays_the_source_s(text):
    assert not any(
        kind in ("PRAISED", "PLANNED_MEETING") and target == "Ivan Berg"
        for kind, _, _, target in facts(text)
    )


def test_a_reported_deed_is_no_demand():
    assert not any(kind == "URGED" for kind, *_ in facts("Norway said that Chile released them."))


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Norway stressed the importance of talks with Chile.", id="importance"),
        pytest.param("Norway reiterated the value of talks with Chile.", id="value"),
    ],
)
def test_talks_spoken_of_were_not_held(text):
    assert not any(kind == "MET" for kind, *_ in facts(text))


def test_a_renewed_call_is_not_made_to_the_one_renewing_it():
    found = facts("President Karl Moss reiterated Chancellor Lena Ortiz's call for reforms.")
    assert not any(t == "Karl Moss" for kind, _, _, t in found if kind == "URGED")


def test_a_statement_that_is_not_joint_is_no_agreement():
    assert not any(kind == "AGREED" for kind, *_ in facts("Norway issued a statement on Chile."))


def test_a_short_sentence_the_parser_reads_as_one_name_keeps_its_verb():
    found = facts("President Donald Trump met Prime Minister Mark Carney. Trump praised Carney.")
    assert ("PRAISED", "actual", "Donald Trump", "Mark Carney") in found  # [Trump praised Carney]


@pytest.mark.parametrize(
    "text, name",
    [
        pytest.param("Chancellor Lena Ortiz met Maria de Jong in Oslo.", "Maria de Jong", id="de"),
        pytest.param(
            "Chancellor Lena Ortiz met Paulo da Costa in Oslo.", "Paulo da Costa", id="da"
        ),
    ],
)
def test_an_untitled_name_may_hold_a_lower_case_particle(text, name):
    assert ("MET", "actual", "Lena Ortiz", name) in facts(text)


def test_an_office_s_other_title_names_its_holder():
    assert ("MET", "actual", "Olaf Scholz", "Giorgia Meloni") in facts(
        "Chancellor Olaf Scholz met President Meloni in Rome.", published="2024-05-02"
    )


def test_a_main_verb_after_an_unclosed_relative_clause_keeps_the_name_s_subject():
    found = facts(
        "Jaishankar, who served as the Foreign Secretary in the earlier government of Prime "
        "Minister Modi called upon Nepali Prime Minister Pushpa Kamal Dahal today.",
        published="2024-06-10",
    )
    assert ("MET", "actual", "S. Jaishankar", "Pushpa Kamal Dahal") in found


def test_a_relative_clause_s_last_name_is_no_second_subject():
    found = facts(
        "Moss, who served as foreign minister in the cabinet of Prime Minister Lena Ortiz "
        "called upon Chilean President Gabriel Boric today."
    )
    assert not [f for f in found if f[2] == "Lena Ortiz"]


def test_joined_demonyms_before_a_group_are_no_party():
    found = facts("President Karl Moss will meet the Norwegian-Chilean community in Lima.")
    assert not [f for f in found if f[3] in ("Norway", "Chile")]


def test_a_warning_of_what_befalls_no_one_names_no_target():
    assert not facts("Norway warned that the crisis could spread.")


def test_a_passive_agent_hung_on_the_object_is_the_verb_s():
    found = facts("Chile was invited to the summit by Norway.")
    assert ("INVITED", "actual", "Norway", "Chile") in found
    assert not [f for f in found if f[0] == "MET"]


def test_an_announced_agreement_was_made():
    found = facts("Norway announced that it had signed a deal with Chile.")
    assert ("AGREED", "actual", "Norway", "Chile") in found
