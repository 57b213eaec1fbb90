"""The stored title of a text document: its first line when that reads as a headline; a
dateline, a stamp, a byline or the publisher's name gives way to the opening words."""

import pytest

from diplograph.loaders import extract_article
from diplograph.loaders.cleaning import TITLE_LIMIT, clean_text, document_title
from diplograph.loaders.documents import Article

BODY = "The Foreign Minister met her Chilean counterpart in Santiago on Tuesday to discuss trade."


@pytest.mark.parametrize(
    "first_line, title",
    [
        (
            "Minister Sato Meets Her Chilean Counterpart",
            "Minister Sato Meets Her Chilean Counterpart",
        ),
        (
            "PM call with President Ruiz of Chile: 3 March 2025",
            "PM call with President Ruiz of Chile: 3 March 2025",
        ),
        ("Santiago, March 3, 2025", None),  # a dateline
        ("Published: 10:02, 4 March 2025 | Updated: 11:40, 4 March 2025", None),
        ("- AFP", None),
        ("By Ana Lima", None),
        ("Prime Minister's Office, 10 Downing Street", None),
        ("Foreign, Commonwealth & Development Office", None),
        ("Press release", None),
    ],
)
def test_first_lines_that_name_no_article_give_way_to_the_opening_words(first_line, title):
    fact, *_ = extract_article(Article("a.txt", f"{first_line}\n\n{BODY}"), "2025-03-04").facts
    opening = "The Foreign Minister met her Chilean counterpart in Santiago on Tuesday to…"
    assert fact.document.title == (title or opening)


def test_a_page_title_wins_over_the_text():
    article = Article("a.html", BODY, title="Chile and Japan talk trade")
    fact, *_ = extract_article(article, "2025-03-04").facts
    assert fact.document.title == "Chile and Japan talk trade"


def test_opening_words_without_spaces_are_cut_to_a_title():
    text = "- AFP\n\n" + "x" * 20000 + " met y z w"
    parsed = extract_article(Article("a.txt", text), "2025-03-04")  # raised on the long title
    title = document_title(clean_text(text))
    assert len(title) == TITLE_LIMIT + 1 and title.endswith("…")
    assert parsed.facts == []
