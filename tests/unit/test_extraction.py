"""The extractor on sentences written for these tests, one family of phrasing at a time."""

from datetime import date

import pytest

from conftest import SHARED
from diplograph.loaders import extract_facts, parse_article
from diplograph.loaders.cleaning import clean_text, strip_dateline
from diplograph.loaders.dates import find_date
from diplograph.loaders.mentions import DocumentContext, find_mentions
from diplograph.loaders.sentences import split_sentences

PUB = "2025-03-14"  # a Friday


def facts(text, published=PUB):
    return [
        (f.type.value, f.status.value, f.source.name, getattr(f.target, "name", None))
        for f in extract_facts(text, published=published)
    ]


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Foreign Minister Ana Ruiz spoke by phone with Foreign Minister Otto Lind.",
            ("CALLED", "actual", "Ana Ruiz", "Otto Lind"),
        ),
        (
            "Prime Minister Ana Ruiz held a telephone conversation with President Otto Lind.",
            ("CALLED", "actual", "Ana Ruiz", "Otto Lind"),
        ),
        (
            "President Otto Lind met with Chancellor Ana Ruiz in Vienna.",
            ("MET", "actual", "Otto Lind", "Ana Ruiz"),
        ),
        (
            "Secretary Ana Ruiz held bilateral talks with Foreign Minister Otto Lind.",
            ("MET", "actual", "Ana Ruiz", "Otto Lind"),
        ),
        ("Foreign Minister Ana Ruiz visited Kenya.", ("VISITED", "actual", "Ana Ruiz", "Kenya")),
        (
            "President Otto Lind hosted Foreign Minister Ana Ruiz.",
            ("HOSTED", "actual", "Otto Lind", "Ana Ruiz"),
        ),
        (
            "President Otto Lind invited Chancellor Ana Ruiz.",
            ("INVITED", "actual", "Otto Lind", "Ana Ruiz"),
        ),
        (
            "Minister Ana Ruiz thanked President Otto Lind.",
            ("PRAISED", "actual", "Ana Ruiz", "Otto Lind"),
        ),
        (
            "Minister Ana Ruiz urged Norway to release the detainees.",
            ("URGED", "actual", "Ana Ruiz", "Norway"),
        ),
        (
            "President Otto Lind warned Chile against further tests.",
            ("WARNED", "actual", "Otto Lind", "Chile"),
        ),
        (
            "President Otto Lind threatened Chile with sanctions.",
            ("THREATENED", "actual", "Otto Lind", "Chile"),
        ),
        (
            "Minister Ana Ruiz condemned Peru over the arrests.",
            ("CRITICIZED", "actual", "Ana Ruiz", "Peru"),
        ),
        (
            "President Otto Lind accused Peru of meddling.",
            ("ACCUSED", "actual", "Otto Lind", "Peru"),
        ),
    ],
)
def test_each_trigger_family(text, expected):
    assert expected in facts(text)


def test_both_ends_and_topics():
    found = facts(
        "Foreign Minister Ana Ruiz met Foreign Minister Otto Lind. "
        "The two ministers discussed Ukraine and agreed on closer ties."
    )
    assert ("DISCUSSED", "actual", "Ana Ruiz", "Otto Lind") in found
    assert ("AGREED", "actual", "Ana Ruiz", "Otto Lind") in found
    assert not any(t == "Ukraine" for *_, t in found)


def test_coreference_surname_title_pronoun():
    text = (
        "Kenyan Foreign Minister Ana Ruiz arrived on Monday. Ruiz met Swedish Defence "
        "Minister Otto Lind. She also urged Sweden to act. The Foreign Minister thanked Lind."
    )
    found = facts(text)
    assert ("MET", "actual", "Ana Ruiz", "Otto Lind") in found
    assert ("URGED", "actual", "Ana Ruiz", "Sweden") in found
    assert any(k == "PRAISED" and t == "Otto Lind" for k, _, _, t in found)


def test_group_reference_to_listed_states():
    found = facts(
        "Leaders from Chile, Peru and Bolivia met in Lima. "
        "Later, President Otto Lind accused the three nations of collusion."
    )
    accused = {t for k, _, s, t in found if k == "ACCUSED" and s == "Otto Lind"}
    assert accused == {"Chile", "Peru", "Bolivia"}


def test_denial_answers_the_accuser():
    found = facts("President Otto Lind accused Peru of meddling, a claim denied by Lima.")
    assert ("DENIED", "actual", "Peru", "Otto Lind") in found
    assert facts("President Otto Lind rejected Peru's offer of talks.") == []


def test_lists_of_titled_names_with_compound_offices():
    found = facts(
        "Chile’s Deputy Prime Minister and Minister of Foreign Affairs Ana Ruiz, Peru’s "
        "Minister of Foreign Affairs Otto Lind, and Bolivia’s Foreign Minister Eva Sand will "
        "attend the Andean Foreign Ministers’ Meeting in Ecuador."
    )
    attended = {s for k, st, s, _ in found if k == "ATTENDED" and st == "planned"}
    assert attended == {"Ana Ruiz", "Otto Lind", "Eva Sand"}
    visited = {(s, t) for k, st, s, t in found if k == "VISITED" and st == "planned"}
    assert visited == {("Ana Ruiz", "Ecuador"), ("Otto Lind", "Ecuador"), ("Eva Sand", "Ecuador")}


@pytest.mark.parametrize(
    "text",
    [
        "Foreign Minister Ana Ruiz spoke by phone with Foreign Minister Otto Lind about grain.",
        "Prime Minister Ana Ruiz spoke to President Otto Lind about the border on Monday.",
        "On Monday, Chancellor Ana Ruiz spoke with President Otto Lind about energy prices.",
    ],
)
def test_speaking_with_someone_about_a_topic_is_a_call_and_a_discussion(text):
    found = facts(text)
    assert ("CALLED", "actual", "Ana Ruiz", "Otto Lind") in found
    assert ("DISCUSSED", "actual", "Ana Ruiz", "Otto Lind") in found


@pytest.mark.parametrize(
    "text, state",
    [
        ("Prime Minister Ana Ruiz travelled to Lima on Monday.", "Peru"),
        ("Prime Minister Ana Ruiz arrived in Lima on Monday.", "Peru"),
        ("Prime Minister Ana Ruiz concluded a working visit to Washington, D.C.", "United States"),
        ("Foreign Minister Ana Ruiz will travel to New Delhi next week.", "India"),
    ],
)
def test_a_trip_to_a_capital_is_a_visit_to_its_state(text, state):
    assert [(k, t) for k, _, _, t in facts(text)] == [("VISITED", state)]


def test_a_meeting_in_a_capital_is_not_with_its_state():
    found = facts("Foreign Minister Otto Lind met Foreign Minister Ana Ruiz in Lima on Monday.")
    assert [k for k, *_ in found] == ["MET"]


def test_an_office_of_a_named_state_is_its_holder_on_the_date():
    found = facts(
        "The President of Russia congratulated the Prime Minister of India on the result.",
        published="2024-06-05",
    )
    assert found == [("PRAISED", "actual", "Vladimir Putin", "Narendra Modi")]


def test_two_offices_of_two_states_are_two_people():
    found = facts("The President of Chile met the President of Peru.", published="2024-06-05")
    assert found == [("MET", "actual", "Gabriel Boric", "Dina Boluarte")]


def test_an_office_of_a_state_outside_the_table_stays_unnamed_with_its_state():
    (fact,) = extract_facts(
        "The President of Iceland met Foreign Minister Ana Ruiz.", published=PUB
    )
    assert fact.source.name == "President of Iceland (unnamed, 2025-03-14)"
    assert fact.source.state == "ISL"


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Chile firmly opposes Peru's decision to close the border.", ("CRITICIZED", "Peru")),
        ("Chile remains strongly opposed to Peru's plan.", ("CRITICIZED", "Peru")),
        ("Minister Ana Ruiz said Chile is opposed to Peru's ban.", ("CRITICIZED", "Peru")),
        ("Chile is grateful to Peru for its help after the floods.", ("PRAISED", "Peru")),
        ("Minister Ana Ruiz said she was proud of President Otto Lind.", ("PRAISED", "Otto Lind")),
    ],
)
def test_predicative_adjectives_read_as_their_verbs(text, expected):
    assert [(k, t) for k, _, _, t in facts(text)] == [expected]


def test_an_adjective_without_its_party_states_nothing():
    assert facts("Chile is proud of its record and opposed to the new tariffs.") == []


def test_a_form_of_address_passes_on_the_name_after_it():
    found = facts(
        "The President of Iceland, His Excellency Dr. Halla Tomasdottir, will travel to Chile."
    )
    assert found == [("VISITED", "planned", "Halla Tomasdottir", "Chile")]


def test_talking_about_a_topic_names_no_channel():
    found = facts("Foreign Minister Ana Ruiz talked with Foreign Minister Otto Lind about grain.")
    assert [k for k, *_ in found] == ["DISCUSSED"]


def test_the_group_is_everyone_on_the_last_call():
    found = facts(
        "Secretary Ana Ruiz spoke with the foreign ministers of Chile, Peru, and the "
        "United Kingdom and the EU’s High Representative. The Secretary briefed the foreign "
        "ministers on the talks. The group agreed to stay in close contact."
    )
    for kind in ("CALLED", "DISCUSSED", "AGREED"):
        others = {t for k, _, s, t in found if k == kind and s == "Ana Ruiz"}
        assert others == {"Chile", "Peru", "United Kingdom", "European Union"}, kind


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Earlier this week, Peru claimed Chile launched a cyberattack on its ministries.",
            ("ACCUSED", "actual", "Peru", "Chile"),
        ),
        (
            "Minister Ana Ruiz said she had evidence that Chile was behind the attack.",
            ("ACCUSED", "actual", "Ana Ruiz", "Chile"),
        ),
        (
            "The remarks came after Lima and Santiago traded accusations over the incident.",
            ("ACCUSED", "actual", "Peru", "Chile"),
        ),
        (
            "The remarks came after Lima and Santiago traded accusations over the incident.",
            ("ACCUSED", "actual", "Chile", "Peru"),
        ),
        (
            "The note was delivered by Foreign Minister Ana Ruiz during a phone call with "
            "Minister Otto Lind.",
            ("CALLED", "actual", "Ana Ruiz", "Otto Lind"),
        ),
        (
            "Minister Ana Ruiz said she called on Lima for the early release of the crew.",
            ("URGED", "actual", "Ana Ruiz", "Peru"),
        ),
        (
            "Minister Ana Ruiz hit out at Chile over the arrests.",
            ("CRITICIZED", "actual", "Ana Ruiz", "Chile"),
        ),
        (  # what reports say is claimed (the devset rules), whatever the denial
            "Reports of a phone call between President Otto Lind and Chancellor Ana Ruiz "
            "were denied.",
            ("CALLED", "claimed", "Otto Lind", "Ana Ruiz"),
        ),
    ],
)
def test_charges_mutual_accusations_and_passive_agents(text, expected):
    assert expected in facts(text)


def test_a_charge_needs_a_wrongdoing():
    assert not [f for f in facts("Peru claimed Chile agreed to the plan.") if f[0] == "ACCUSED"]


def test_hyphenated_pairs_name_the_parties():
    found = facts(
        "President Otto Lind and Chancellor Ana Ruiz spoke in May. "
        "The last Lind-Ruiz telephone call took place in March. Peru-Chile talks resumed."
    )
    assert ("CALLED", "actual", "Otto Lind", "Ana Ruiz") in found
    assert ("MET", "actual", "Peru", "Chile") in found


def test_visiting_to_attend_does_not_make_a_meeting_planned():
    found = facts(
        "Minister Ana Ruiz, who was visiting Lima to attend the Andean Summit, held a meeting "
        "with Minister Otto Lind."
    )
    assert ("MET", "actual", "Ana Ruiz", "Otto Lind") in found


def test_invitations_and_titles_of_a_state():
    found = facts(
        "At the invitation of Premier Ana Ruiz of the State Council, Prime Minister of "
        "Antigua and Barbuda Otto Lind will pay an official visit to Chile next week."
    )
    assert ("INVITED", "actual", "Ana Ruiz", "Otto Lind") in found
    assert ("VISITED", "planned", "Otto Lind", "Chile") in found


def test_a_press_conference_speaker_and_the_meetings_ahead():
    text = (
        "Ms. RUIZ Ana, Minister for Foreign Affairs: Next week I will be visiting Chile, the "
        "Lao PDR, and Peru.\n\nI will hold meetings with officials of each country, including "
        "Foreign Minister Otto Lind in Chile, Foreign Minister Eva Sand in the Lao PDR, and "
        "Deputy Prime Minister and Foreign Minister Ivo Kane in Peru."
    )
    found = facts(text)
    visited = {t for k, st, s, t in found if k == "VISITED" and st == "planned" and s == "Ruiz Ana"}
    assert visited == {"Chile", "Laos", "Peru"}
    planned = {t for k, _, s, t in found if k == "PLANNED_MEETING" and s == "Ruiz Ana"}
    assert planned == {"Otto Lind", "Eva Sand", "Ivo Kane"}


def test_looking_forward_to_meeting_counterparts_from_states():
    found = facts(
        "Minister Ana Ruiz said she is looking forward to meeting her counterparts from "
        "Chile, Peru and the United States."
    )
    planned = {t for k, st, s, t in found if k == "PLANNED_MEETING" and st == "planned"}
    assert planned == {"Chile", "Peru", "United States"}


def test_a_named_person_supersedes_the_state_and_the_bare_office():
    found = facts(
        "Minister Ana Ruiz on Monday called upon the heads of state of Chile and Peru. "
        "Ruiz, who once served as the External Affairs Minister, called upon Chilean "
        "President Otto Lind. She then met with Peruvian Minister Eva Sand and her "
        "counterpart Lind."
    )
    met = {t for k, _, s, t in found if k == "MET" and s == "Ana Ruiz"}
    assert met == {"Otto Lind", "Eva Sand"}  # not Chile, Peru, nor a second "Lind"
    assert not [s for k, _, s, _ in found if s == "External Affairs Minister"]


def test_visits_and_meetings_ahead_keep_to_places():
    found = facts(
        "Chilean Minister Ana Ruiz is visiting Peru, the first visit by a Chilean minister. "
        "The two leaders looked forward to meeting at the upcoming Andean Summit in Ecuador. "
        "American officials attended."
    )
    assert ("VISITED", "actual", "Ana Ruiz", "Peru") in found
    assert not [f for f in found if f[3] in ("Chile", "Ecuador")]
    assert ("CRITICIZED", "actual", "Ana Ruiz", "United States") in facts(
        "Minister Ana Ruiz criticized American spy flights."
    )


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Prime Minister Ana Ruiz paid tribute to President Lind’s role in the ceasefire.",
            ("PRAISED", "actual", "Ana Ruiz", "Lind"),
        ),
        (
            "President Otto Lind will attend the inauguration of President Eva Sand.",
            ("ATTENDED", "planned", "Otto Lind", "inauguration of President Eva Sand"),
        ),
        (
            "The talks follow the recent visit of Foreign Minister Ana Ruiz to Chile.",
            ("VISITED", "actual", "Ana Ruiz", "Chile"),
        ),
        (
            "Officials prepared for the upcoming visit of President Otto Lind to Peru.",
            ("VISITED", "planned", "Otto Lind", "Peru"),
        ),
        (
            "Minister Ana Ruiz said: “Chile once again urges Peru to honour its commitment.”",
            ("URGED", "actual", "Chile", "Peru"),
        ),
    ],
)
def test_possessives_events_visits_and_quoted_acts(text, expected):
    assert expected in facts(text)


def test_a_transcript_speaker_hosts_and_meets():
    text = (
        "ANA RUIZ, FOREIGN MINISTER: Thanks for coming. As you know, this morning I hosted "
        "in this room my Peruvian counterpart Otto Lind for our annual dialogue."
    )
    found = facts(text)
    assert ("HOSTED", "actual", "Ana Ruiz", "Otto Lind") in found
    assert ("MET", "actual", "Ana Ruiz", "Otto Lind") in found
    assert not [f for f in found if "Foreign Minister" in f]


def test_we_in_a_transcript_and_office_abbreviations():
    found = facts(
        "ANA RUIZ, FOREIGN MINISTER: This morning I hosted my Peruvian counterpart Otto Lind. "
        "We discussed trade and we agreed on a new dialogue."
    )
    assert ("DISCUSSED", "actual", "Ana Ruiz", "Otto Lind") in found
    assert ("AGREED", "actual", "Ana Ruiz", "Otto Lind") in found
    found = facts(
        "External Affairs Minister Ana Ruiz arrived in Lima. "
        "The EAM and her Peruvian counterpart Otto Lind reviewed the partnership."
    )
    assert ("DISCUSSED", "actual", "Ana Ruiz", "Otto Lind") in found


def test_agreeing_to_meet_is_an_agreement_and_a_meeting_ahead():
    found = facts("Minister Ana Ruiz and Minister Otto Lind agreed to convene the next dialogue.")
    assert ("AGREED", "actual", "Ana Ruiz", "Otto Lind") in found
    assert ("PLANNED_MEETING", "planned", "Ana Ruiz", "Otto Lind") in found


def test_both_looked_forward_to_continuing_discussions():
    found = facts(
        "Minister Ana Ruiz met Minister Otto Lind in Lima. "
        "Both looked forward to continuing discussions next month."
    )
    assert ("PLANNED_MEETING", "planned", "Ana Ruiz", "Otto Lind") in found


def test_you_in_a_transcript_is_the_guest_the_headline_names():
    text = (
        "Minister Ana Ruiz Welcomes Peru's Foreign Minister Otto Lind\n\n"
        "MINISTER OF FOREIGN AFFAIRS ANA RUIZ: Welcome. It was wonderful to meet you in Lima "
        "last year. And when the crisis began, you called me at once."
    )
    found = facts(text)
    assert ("MET", "actual", "Ana Ruiz", "Otto Lind") in found
    assert ("CALLED", "actual", "Otto Lind", "Ana Ruiz") in found


def test_appositions_and_quoted_posts_name_one_person_once():
    found = facts(
        "Minister Ana Ruiz spoke on Friday with Sheikh Abdullah bin Zayed, UAE Minister of "
        "Foreign Affairs, in one of her first calls."
    )
    assert [t for k, _, _, t in found if k == "CALLED"] == ["Abdullah bin Zayed"]
    found = facts("“Delighted to call on President Otto Lind today,” wrote Minister Ana Ruiz.")
    assert ("MET", "actual", "Ana Ruiz", "Otto Lind") in found


def test_a_guest_welcomed_to_a_state_visits_it():
    found = facts("Prime Minister Ana Ruiz looks forward to welcoming Premier Otto Lind to Chile.")
    assert ("PLANNED_MEETING", "planned", "Ana Ruiz", "Otto Lind") in found
    assert ("VISITED", "planned", "Otto Lind", "Chile") in found
    # praise that "welcomed" something "to Chile" sends nobody there
    assert facts("Minister Ana Ruiz welcomed President Otto Lind’s commitment to Chile.") == [
        ("PRAISED", "actual", "Ana Ruiz", "Otto Lind")
    ]


def test_protests_and_characterisations_criticize():
    found = facts(
        "In the call, Minister Ana Ruiz relayed Lima's protest against the actions by "
        "Chilean vessels. Ambassador Otto Lind described Chile's actions as aggressive."
    )
    assert ("CRITICIZED", "actual", "Ana Ruiz", "Chile") in found
    assert ("CRITICIZED", "actual", "Otto Lind", "Chile") in found
    own = facts("Chilean Minister Ana Ruiz made a protest against the detention of a Chilean.")
    assert not [f for f in own if f[3] == "Chile"]


def test_trips_cancelled_talks_military_visits_and_long_quotes():
    found = facts(
        "Minister Ana Ruiz was headed to Lima on an urgent trip to meet with Minister Otto Lind."
    )
    assert ("PLANNED_MEETING", "planned", "Ana Ruiz", "Otto Lind") in found
    found = facts(
        "Minister Otto Lind said: “The Chile-Peru talks scheduled for Sunday will not now "
        "take place.”"
    )
    assert ("PLANNED_MEETING", "negated", "Chile", "Peru") in found
    found = facts("Peru condemned a visit to Chile by a Bolivian submarine.")
    assert found and not [f for f in found if f[0] == "VISITED"]
    found = facts(
        "“Delighted to call on President Otto Lind in Lima. Looking forward to closer ties,” "
        "wrote Minister Ana Ruiz on X."
    )
    assert ("MET", "actual", "Ana Ruiz", "Otto Lind") in found


def test_passive_invitations_and_so_called():
    assert facts("Peru has been invited as a guest country to the Andean Summit.") == []
    found = facts("Peru was invited by Chile to the Andean Summit.")
    assert ("INVITED", "actual", "Chile", "Peru") in found
    assert facts("Minister Ana Ruiz will stop the so-called Chile threat.") == []


def test_a_transcript_host_welcomes_the_guest():
    text = (
        "Minister Ana Ruiz Welcomes Peru's Foreign Minister Otto Lind\n\n"
        "MINISTER OF FOREIGN AFFAIRS ANA RUIZ: Well, Mr. Minister, welcome to Santiago."
    )
    assert ("HOSTED", "actual", "Ana Ruiz", "Otto Lind") in facts(text)
    assert facts("Welcome to Santiago, said the sign.") == []


def test_a_readout_dates_what_follows_by_its_call_and_ranges_by_their_first_day():
    found = extract_facts(
        "Minister Ana Ruiz spoke with Minister Otto Lind on March 3. They discussed trade. "
        "Minister Ruiz thanked Chile for its help. Ruiz had visited Peru from November 2-3, 2023.",
        published=PUB,
    )
    dates = {(f.type.value, getattr(f.target, "name", None)): f.date for f in found}
    inferred = {f.type.value for f in found if f.date_inferred}
    assert dates[("CALLED", "Otto Lind")] == "2025-03-03"
    assert dates[("DISCUSSED", "Otto Lind")] == "2025-03-03"
    # not a party of the call: undated in the text, dated by the publication, and marked so
    assert (dates[("PRAISED", "Chile")], inferred) == (PUB, {"PRAISED"})
    assert dates[("VISITED", "Peru")] == "2023-11-02"


def test_unnamed_office_holders_stay_apart_across_documents():
    first = extract_facts(
        "The Prime Minister spoke to President Otto Lind. The Prime Minister thanked Lind.",
        published="2024-06-14",
    )
    second = extract_facts(
        "The Prime Minister spoke to President Ana Ruiz.", published="2025-01-02"
    )
    assert {f.source.name for f in first} == {"Prime Minister (unnamed, 2024-06-14)"}
    assert second[0].source.name == "Prime Minister (unnamed, 2025-01-02)"
    assert second[0].source.title == "Prime Minister"
    # the office's own word later in the text is no name: "Minister" alone names nobody
    later = facts("The Minister spoke to President Otto Lind. Minister Eva Sand met Lind.")
    assert ("CALLED", "actual", "Minister (unnamed, 2025-03-14)", "Otto Lind") in later
    assert ("MET", "actual", "Eva Sand", "Otto Lind") in later
    assert not [f for f in later if f[2] == "Minister" or f[3] == "Minister"]


def test_an_appeal_with_a_conditional_harm_is_a_threat():
    found = facts('Chile urged Peru to stop "provocations" at once or face a resolute response.')
    assert ("URGED", "actual", "Chile", "Peru") in found
    assert ("THREATENED", "actual", "Chile", "Peru") in found
    assert [f[0] for f in facts("Chile urged Peru to stop the provocations.")] == ["URGED"]


def test_a_possessive_before_meeting_is_no_event():
    ctx = DocumentContext()
    found = find_mentions("Minister Ana Ruiz discussed Peru’s meeting schedule.", ctx)
    assert [type(m.single).__name__ for m in found] == ["Person", "State"]
    assert ("ATTENDED", "planned", "Ana Ruiz", "NATO meeting") in facts(
        "Minister Ana Ruiz will attend the NATO meeting in Brussels."
    )


def test_a_visit_with_no_time_word_is_left_out():
    assert facts("The visit of President Otto Lind to Peru drew crowds.") == []


def test_passive_attendance():
    found = facts("The Andean Summit in Quito was attended by leaders from Chile and Peru.")
    assert ("ATTENDED", "actual", "Chile", "Andean Summit") in found


@pytest.mark.parametrize(
    "text, status, kind",
    [
        (
            "President Otto Lind will meet Chancellor Ana Ruiz next week.",
            "planned",
            "PLANNED_MEETING",
        ),
        ("President Otto Lind is expected to visit Kenya.", "planned", "VISITED"),
        ("President Otto Lind reportedly met Chancellor Ana Ruiz.", "claimed", "MET"),
        ("President Otto Lind did not meet Chancellor Ana Ruiz.", "negated", "MET"),
        (
            "Preparations are ongoing for President Otto Lind to attend the Andean Summit.",
            "planned",
            "ATTENDED",
        ),
    ],
)
def test_status_is_part_of_the_fact(text, status, kind):
    assert [(k, s) for k, s, *_ in facts(text)] == [(kind, status)]


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("They met on Tuesday.", ("2025-03-11", "on Tuesday")),
        ("They met yesterday.", ("2025-03-13", "yesterday")),
        ("They first met in July.", ("2024-07", "in July")),
        ("They met on 3 March 2024.", ("2024-03-03", "on 3 March 2024")),
        ("They met on January 5, 2024.", ("2024-01-05", "on January 5, 2024")),
        ("They spoke earlier this year.", ("2025", "earlier this year")),
        ("They have not met.", (None, None)),
    ],
)
def test_relative_dates_resolve_against_publication(sentence, expected):
    assert find_date(sentence, date.fromisoformat(PUB)) == expected


def test_future_dates_look_forward():
    assert find_date("They will meet next month.", date(2025, 12, 20), future=True) == (
        "2026-01",
        "next month",
    )
    assert find_date("They will meet in January.", date(2025, 12, 20), future=True) == (
        "2026-01",
        "in January",
    )


def test_same_day_inherits_the_last_date():
    found = extract_facts(
        "On Tuesday, President Otto Lind called Chancellor Ana Ruiz. Later the "
        "same day, Lind spoke with Foreign Minister Eva Berg.",
        published=PUB,
    )
    assert [f.date for f in found] == ["2025-03-11", "2025-03-11"]


def test_cleaning_repeats_boilerplate_and_datelines():
    text = (
        "Title Line\n\nSEOUL (Reuters) – President Otto Lind met Chancellor Ana Ruiz.\n"
        "SEOUL (Reuters) – President Otto Lind met Chancellor Ana Ruiz.\n"
        "Most popular stories\nPresident Xi met President Lula"
    )
    cleaned = clean_text(text)
    assert cleaned.title == "Title Line"
    assert cleaned.paragraphs == ["President Otto Lind met Chancellor Ana Ruiz."]
    assert (cleaned.dropped_repeats, cleaned.dropped_tail) == (1, 2)
    assert (
        strip_dateline("Canberra [Australia], July 26 : The Minister said") == "The Minister said"
    )


@pytest.mark.parametrize(
    "wrapped",
    [
        "Minister Eva Berg met Chancellor Ana Ruiz in Oslo on\n11 March 2025 to discuss fish.",
        "Minister Eva Berg met Chancellor Ana Ruiz in Oslo on 11 March\n2025 to discuss fish.",
        "Minister Eva Berg met Chancellor Ana Ruiz in Oslo on 11 March 2025,\nto discuss fish.",
        "Minister Eva Berg met Chancellor Ana Ruiz in Oslo on 11 March 2025 to\r\ndiscuss fish.",
    ],
)
def test_hard_wrapped_lines_join_into_one_sentence(wrapped):
    """Plain text wrapped at a fixed width: a line that stops mid-sentence goes on in the next,
    so the date and the second party are not cut off from the verb."""
    found = extract_facts(f"Ministers meet\n\n{wrapped}\n", published=PUB)
    assert {(f.type.value, f.source.name, f.target.name, f.date) for f in found} == {
        ("MET", "Eva Berg", "Ana Ruiz", "2025-03-11"),
        ("DISCUSSED", "Eva Berg", "Ana Ruiz", "2025-03-11"),
    }


def test_lines_that_end_a_sentence_or_a_heading_stay_apart():
    cleaned = clean_text(
        "Ministers meet\n\nOslo talks\nBerg met Ruiz.\nThey spoke of trade\nMost popular stories\n"
        "- Lind met Ruiz"
    )
    assert cleaned.paragraphs == ["Oslo talks", "Berg met Ruiz.", "They spoke of trade"]


@pytest.mark.parametrize(
    "written, canonical",
    [
        ("Secretary of State Antony J. Blinken", "Antony Blinken"),  # a middle initial
        ("President Joseph R. Biden", "Joe Biden"),  # a formal variant the table lists
        ("Foreign Minister KAMIKAWA Yoko", "Yoko Kamikawa"),  # family name first, in capitals
        ("President Tayyip Erdogan", "Tayyip Erdogan"),  # the surname spelled otherwise: kept
    ],
)
def test_a_full_name_joins_the_table_s_person_when_it_spells_the_surname_alike(written, canonical):
    found = extract_facts(f"{written} met Kenyan President William Ruto.", published="2023-09-22")
    assert [(f.source.name, f.target.name) for f in found] == [(canonical, "William Ruto")]


def test_two_meetings_of_one_pair_on_days_the_text_gives_are_two_facts():
    found = extract_facts(
        "Foreign Minister Ana Ruiz met Foreign Minister Karl Moss in Oslo on 10 March 2025. The "
        "two sides reviewed progress since their last meeting in Lima on 27 January 2025.",
        published=PUB,
    )
    assert sorted(f.date for f in found if f.type.value == "MET") == ["2025-01-27", "2025-03-10"]


def test_one_meeting_told_twice_stays_one_fact():
    found = extract_facts(
        "Foreign Minister Ana Ruiz met Foreign Minister Karl Moss in Oslo on 10 March 2025. Ruiz "
        "and Moss met again on 10 March 2025 in the evening, and had met in January.",
        published=PUB,
    )
    assert [f.date for f in found if f.type.value == "MET"] == ["2025-03-10"]


def test_sentence_splitting_keeps_abbreviations():
    assert split_sentences("U.S. Secretary Lind met Mr. Ruiz. They spoke.") == [
        "U.S. Secretary Lind met Mr. Ruiz.",
        "They spoke.",
    ]


def test_document_identity_and_evidence():
    article = parse_article(
        "President Otto Lind met Chancellor Ana Ruiz.",
        published=PUB,
        title="T",
        url="https://example.org/a",
    )
    (fact,) = article.facts
    assert fact.document.id == article.document.id and fact.document.title == "T"
    assert fact.evidence == "President Otto Lind met Chancellor Ana Ruiz."
    assert (fact.cameo, fact.plover) == ("040", "CONSULT")


def test_nothing_from_statements_without_an_interaction():
    assert facts("Washington considers the region its primary strategic focus.") == []
    assert facts("") == []


SEED = SHARED / "seeds" / "000_5e0faf17412602bb.txt"


@pytest.mark.skipif(not SEED.exists(), reason="the seed article lives in ../shared only")
def test_seed_article_gives_each_interaction_once():
    article = parse_article(SEED.read_text(encoding="utf-8"), published="2025-09-11")
    found = [(f.type.value, f.status.value, f.source.name, f.target.name) for f in article.facts]
    assert len(found) == len(set(found))
    for expected in [
        ("CALLED", "actual", "Dong Jun", "Pete Hegseth"),
        ("CALLED", "actual", "Marco Rubio", "Wang Yi"),
        ("MET", "actual", "Marco Rubio", "Wang Yi"),
        ("ACCUSED", "actual", "Donald Trump", "China"),
        ("ACCUSED", "actual", "Donald Trump", "Russia"),
        ("ACCUSED", "actual", "Donald Trump", "North Korea"),
        ("DENIED", "actual", "China", "Donald Trump"),
        ("DENIED", "actual", "Russia", "Donald Trump"),
        ("INVITED", "actual", "South Korea", "Xi Jinping"),
        ("PLANNED_MEETING", "planned", "Xi Jinping", "Donald Trump"),
        ("URGED", "actual", "Dong Jun", "United States"),
        ("ATTENDED", "actual", "China", "military parade"),
        ("ATTENDED", "actual", "Russia", "military parade"),
        ("ATTENDED", "actual", "North Korea", "military parade"),
    ]:
        assert expected in found, expected
    assert ("ATTENDED", "planned", "Donald Trump") in [f[:3] for f in found]
    met = next(f for f in article.facts if f.type.value == "MET")
    assert (met.date, met.event.name) == ("2025-07", "ASEAN Regional Forum")
    calls = {f.source.name: f.date for f in article.facts if f.type.value == "CALLED"}
    assert calls == {"Dong Jun": "2025-09-09", "Marco Rubio": "2025-09-09"}
    assert not any("primary strategic focus" in f.evidence for f in article.facts)


# Who did what to whom: the fact wanted (or None: nothing in particular) and one that a wrong
# reading of the sentence gives instead.
WHO_DID_WHAT = [
    pytest.param(
        "President Ana Ruiz met Chancellor Otto Lind in Lima and later called President Eva Sand.",
        ("CALLED", "actual", "Ana Ruiz", "Eva Sand"),
        ("CALLED", "actual", "Otto Lind", "Eva Sand"),
        id="a second verb keeps the first subject 1",
    ),
    pytest.param(
        "Chile on Tuesday accused Peru of provocations and warned Bolivia against the drills.",
        ("WARNED", "actual", "Chile", "Bolivia"),
        ("WARNED", "actual", "Peru", "Bolivia"),
        id="a second verb keeps the first subject 2",
    ),
    pytest.param(
        "Chile and Peru criticized Bolivia, and urged Ecuador to act.",
        ("URGED", "actual", "Peru", "Ecuador"),
        ("URGED", "actual", "Bolivia", "Ecuador"),
        id="a second verb keeps the first subject 3",
    ),
    pytest.param(
        "Kim Yo Jong, sister of leader Kim Jong Un, spoke on Monday. She criticised Peru.",
        ("CRITICIZED", "actual", "Kim Yo Jong", "Peru"),
        ("CRITICIZED", "actual", "Kim Jong Un", "Peru"),
        id="she and he follow the stated sex 1",
    ),
    pytest.param(
        "President Otto Lind met Ms Eva Sand in Lima. She praised Chile.",
        ("PRAISED", "actual", "Eva Sand", "Chile"),
        ("PRAISED", "actual", "Otto Lind", "Chile"),
        id="she and he follow the stated sex 2",
    ),
    pytest.param(
        "Ms Eva Sand met President Otto Lind in Lima. He praised Chile.",
        ("PRAISED", "actual", "Otto Lind", "Chile"),
        ("PRAISED", "actual", "Eva Sand", "Chile"),
        id="she and he follow the stated sex 3",
    ),
    pytest.param(  # nothing says who is a woman: "she" stays with the first person named
        "Foreign Minister Ana Ruiz met Mr Otto Lind. She praised Chile.",
        ("PRAISED", "actual", "Ana Ruiz", "Chile"),
        ("PRAISED", "actual", "Otto Lind", "Chile"),
        id="she and he follow the stated sex 4",
    ),
    pytest.param(
        "Prime Minister Ana Ruiz will host President Otto Lind in Lima on Friday.",
        ("HOSTED", "planned", "Ana Ruiz", "Otto Lind"),
        ("MET", "actual", "Ana Ruiz", "Otto Lind"),
        id="hosting ahead, hopes, what follows 'after' 1",
    ),
    pytest.param(
        "President Otto Lind said he hoped to meet Chancellor Eva Sand soon.",
        ("PLANNED_MEETING", "planned", "Otto Lind", "Eva Sand"),
        ("MET", "actual", "Otto Lind", "Eva Sand"),
        id="hosting ahead, hopes, what follows 'after' 2",
    ),
    pytest.param(
        "President Otto Lind spoke with reporters after meeting Chancellor Eva Sand.",
        ("MET", "actual", "Otto Lind", "Eva Sand"),
        ("CALLED", "actual", "Otto Lind", "Eva Sand"),
        id="hosting ahead, hopes, what follows 'after' 3",
    ),
    pytest.param(
        "President Otto Lind will not attend the G20 summit.",
        ("ATTENDED", "negated", "Otto Lind", "G20 summit"),
        ("ATTENDED", "planned", "Otto Lind", "G20 summit"),
        id="refusals, invited visits, 'warned that' 1",
    ),
    pytest.param(
        "President Otto Lind invited Chancellor Eva Sand to visit Peru.",
        ("VISITED", "planned", "Eva Sand", "Peru"),
        ("VISITED", "actual", "Eva Sand", "Peru"),
        id="refusals, invited visits, 'warned that' 2",
    ),
    pytest.param(
        "President Otto Lind warned that Chile would retaliate against Peru.",
        None,
        ("WARNED", "actual", "Otto Lind", "Chile"),
        id="refusals, invited visits, 'warned that' 3",
    ),
]


@pytest.mark.parametrize("text, wanted, unwanted", WHO_DID_WHAT)
def test_who_did_what_to_whom(text, wanted, unwanted):
    found = facts(text)
    assert wanted is None or wanted in found
    assert unwanted not in found


def test_receiving_calls_or_letters_is_no_visit():
    found = facts(
        "Foreign Minister Ana Ruiz received calls from Foreign Minister Otto Lind and "
        "Foreign Minister Eva Sand."
    )
    # the callers are the sources: the text says who called whom
    assert ("CALLED", "actual", "Eva Sand", "Ana Ruiz") in found
    assert ("CALLED", "actual", "Otto Lind", "Ana Ruiz") in found
    assert not [f for f in found if f[0] in ("HOSTED", "MET")]
    assert facts("President Ana Ruiz received a letter from President Otto Lind.") == []
    assert ("HOSTED", "actual", "Ana Ruiz", "Otto Lind") in facts(
        "President Ana Ruiz received President Otto Lind in Lima."
    )


@pytest.mark.parametrize(
    "text, status",
    [
        ("Chancellor Eva Sand declined to meet President Otto Lind.", "negated"),
        ("President Otto Lind refused to meet Chancellor Eva Sand in Lima.", "negated"),
        (
            "The meeting between President Otto Lind and Chancellor Eva Sand was cancelled.",
            "negated",
        ),
        (
            "The meeting between President Otto Lind and Chancellor Eva Sand took place in Lima.",
            "actual",
        ),
    ],
)
def test_what_the_clause_says_of_a_meeting_sets_its_status(text, status):
    found = [f for f in facts(text) if f[0] in ("MET", "PLANNED_MEETING")]
    assert found and {f[1] for f in found} == {status}


def test_a_comma_and_opens_a_clause_unless_it_ends_a_list():
    found = facts("Chile criticized Peru, and Bolivia praised Ecuador.")
    assert sorted(found) == [
        ("CRITICIZED", "actual", "Chile", "Peru"),
        ("PRAISED", "actual", "Bolivia", "Ecuador"),
    ]
    listed = facts("Chile criticized Peru, Bolivia, and Ecuador.")
    assert {f[3] for f in listed if f[0] == "CRITICIZED"} == {"Peru", "Bolivia", "Ecuador"}


def test_two_sides_that_held_talks_met():
    assert ("MET", "actual", "Chile", "Peru") in facts("Chile and Peru held talks in Lima.")
    assert facts("President Otto Lind held talks in Lima.") == []


def test_having_spoken_to_someone_is_a_call():
    assert ("CALLED", "actual", "Otto Lind", "Eva Sand") in facts(
        "President Otto Lind said he had spoken to Chancellor Eva Sand."
    )
    assert ("CALLED", "negated", "Otto Lind", "Eva Sand") in facts(
        "President Otto Lind has not spoken with Chancellor Eva Sand since May."
    )


def test_what_two_discussed_in_a_phone_call_makes_a_call():
    found = facts("In a phone call on Monday, President Otto Lind and Chancellor Eva Sand agreed.")
    assert ("CALLED", "actual", "Otto Lind", "Eva Sand") in found
    again = facts(  # "the call" is the one already told: still one call
        "President Otto Lind called Chancellor Eva Sand on Monday. During the phone call, "
        "the two leaders discussed the war."
    )
    assert [f for f in again if f[0] == "CALLED"] == [("CALLED", "actual", "Otto Lind", "Eva Sand")]


@pytest.mark.parametrize(
    "text",
    [
        "President Otto Lind, speaking after talks with Chancellor Eva Sand, praised Chile.",
        "During talks with Chancellor Eva Sand, President Otto Lind raised the issue.",
        "Following his meeting with Chancellor Eva Sand, President Otto Lind left for Lima.",
    ],
)
def test_talks_told_in_an_aside_were_held(text):
    assert [f for f in facts(text) if f[0] == "MET"] == [("MET", "actual", "Otto Lind", "Eva Sand")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a later mention by the surname with its particles, lower case inside a sentence
            "Ursula von der Leyen met Mark Rutte on Monday. "
            "On Tuesday, von der Leyen called Rutte.",
            [
                ("MET", "Ursula von der Leyen", "Mark Rutte"),
                ("CALLED", "Ursula von der Leyen", "Mark Rutte"),
            ],
        ),
        (  # the surname with its particles, opening the text: the office-holder table knows it
            "On Monday, von der Leyen called Japanese Prime Minister Shigeru Ishiba.",
            [("CALLED", "Ursula von der Leyen", "Shigeru Ishiba")],
        ),
        (  # a surname of particles alone, never named in full
            "Dutch Foreign Minister Caspar Veldkamp met Maxime Prévot on Tuesday. "
            "Later, van der Wal spoke with Veldkamp.",
            [
                ("MET", "Caspar Veldkamp", "Maxime Prévot"),
                ("CALLED", "van der Wal", "Caspar Veldkamp"),
            ],
        ),
    ],
)
def test_surnames_with_particles(text, expected):
    found = [
        (f.type.value, f.source.name, f.target.name)
        for f in extract_facts(text, published="2025-03-14")
    ]
    assert found == expected
