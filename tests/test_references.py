"""A story's list of references given back to the story (lines written for these tests)."""
from newscli.boilerplate import AFTER_STORY, REASONS, LineLabel
from newscli.document import Line
from newscli.references import is_reference, relabel

STORY = ["Standing desks were sold as a cure for back pain, but the evidence is thin.",
         "What helps most is changing position often, whatever the desk."]
REFERENCES = ["Smith, J. (2021). Sitting, standing and the lower back. Journal of Work Health. https://example.org/a",
              "National Back Institute. (n.d.). Desk posture. Retrieved from backinstitute.example",
              "Lee, Ann. 2019. Posture at Work. Boston: Example Press."]


def labelled(rows) -> list[LineLabel]:
    """The lines of a page from (text, label, reason) rows."""
    out, at = [], 0
    for n, (text, label, reason) in enumerate(rows, 1):
        out.append(LineLabel(Line(n, at, at + len(text), text), label, reason, 0.5))
        at += len(text) + 1
    return out


def body(rows) -> list[str]:
    return [lab.line.text for lab in relabel(labelled(rows)) if lab.label == "body"]


def test_the_entries_of_the_usual_citation_styles_are_references():
    assert all(is_reference(t) for t in REFERENCES)
    assert is_reference("Netflix. (Retrieved 2025). Recommended internet speeds. https://help.example.com/")


def test_a_story_paragraph_a_url_or_a_teaser_is_no_reference():
    assert not is_reference("Paris, France. The city said on Monday it would ban cars from the centre.")
    assert not is_reference("https://www.example.org/2024/01/desks")
    assert not is_reference("Read next: The 10 best standing desks of 2024.")


def test_a_list_of_references_after_the_story_is_given_back_to_it():
    rows = [(t, "body", None) for t in STORY]
    rows += [(REFERENCES[0], "boilerplate", REASONS["url"]), (REFERENCES[1], "boilerplate", AFTER_STORY),
             (REFERENCES[2], "boilerplate", AFTER_STORY), ("Subscribe to our newsletter", "boilerplate",
                                                           "newsletter or subscription prompt")]
    assert body(rows) == STORY + REFERENCES


def test_a_single_citation_and_a_reference_labelled_for_its_words_stay_furniture():
    alone = [(t, "body", None) for t in STORY] + [(REFERENCES[0], "boilerplate", REASONS["url"])]
    assert body(alone) == STORY
    named = [(t, "body", None) for t in STORY] + [(r, "boilerplate", "legal or copyright notice") for r in REFERENCES]
    assert body(named) == STORY


def test_references_before_any_story_line_are_left_alone():
    rows = [(r, "boilerplate", REASONS["url"]) for r in REFERENCES] + [(t, "body", None) for t in STORY]
    assert body(rows) == STORY


def test_a_news_story_is_left_as_it_is():
    news = ["WASHINGTON (Reuters) - The Senate passed the bill on Tuesday by 61 votes to 38.",
            "The measure, first proposed in 2021, now goes to the House.",
            "Jones, the bill's sponsor, said she expected a vote within weeks."]
    rows = [(t, "body", None) for t in news] + [("Reporting by Jane Doe; editing by John Roe", "byline", "byline")]
    assert [lab.label for lab in relabel(labelled(rows))] == ["body", "body", "body", "byline"]
