"""Cells of a table and items of a list between kept fragments, given back to the story
(lines written for these tests)."""
from newscli.boilerplate import REASONS
from newscli.cells import SHORT, relabel

from pages import label_names, labelled

INTRO = "We compared the three email tools most small shops ask us about."
REPEATED = REASONS["repeated_in_doc"]


def test_a_fragment_between_two_kept_cells_of_a_table_is_a_cell_too():
    page = labelled([INTRO, "Best for", ("Small teams", "boilerplate", SHORT, 0.6), "Unified inbox",
                     ("N/A", "boilerplate", REPEATED, 0.6), ("4.3/5", "boilerplate", REASONS["no_letters"], 0.6),
                     "Mobile apps", "Each tool has a free plan, so try before you pay."])
    assert label_names(relabel(page)) == ["body"] * 8


def test_a_fragment_left_out_for_a_phrase_of_its_own_stays_out():
    page = labelled([INTRO, "Best for", ("Advertisement", "boilerplate", REASONS["lex_advert"], 0.9),
                     "Unified inbox", "Each tool has a free plan."])
    assert label_names(relabel(page))[2] == "boilerplate"


def test_a_fragment_next_to_a_story_paragraph_stays_out():
    # a news story's paragraphs are sentences: a short line between them is no cell
    page = labelled(["The council voted 7-2 on Tuesday to close the bridge for repairs.",
                     ("Share this", "boilerplate", SHORT, 0.7),
                     "Work is to start in March and last until the autumn, the mayor said."])
    assert label_names(relabel(page))[1] == "boilerplate"


def test_a_run_that_holds_a_sentence_or_ends_the_page_stays_out():
    page = labelled([INTRO, "Best for", ("Sign up for our newsletter today.", "boilerplate", SHORT, 0.7),
                     "Unified inbox", "Mobile apps", ("Privacy", "boilerplate", SHORT, 0.9)])
    assert label_names(relabel(page))[2] == "boilerplate"
    assert label_names(relabel(page))[5] == "boilerplate"
