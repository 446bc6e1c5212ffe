"""Segmentation reads like a news reader would: examples of each phenomenon news text has.

All example sentences are written for these tests.
"""
from __future__ import annotations

import pytest

from newscli import segment
from newscli.document import Span


def split(text: str) -> list[str]:
    return [s.text for s in segment.sentences(text)]


def words(text: str) -> list[str]:
    return [t.text for t in segment.tokens(text)]


# --- structure: headlines, datelines, paragraphs -------------------------------------

def test_a_headline_without_a_full_stop_is_its_own_sentence():
    text = "Storm Closes Harbour For Third Day\n\nThe harbour stayed shut on Friday. Boats waited."
    assert split(text) == ["Storm Closes Harbour For Third Day",
                           "The harbour stayed shut on Friday.", "Boats waited."]


def test_a_headline_line_directly_above_the_story_is_its_own_sentence():
    text = "Council Votes To Close Library\nThe council voted 7-2 on Monday to close it."
    assert split(text) == ["Council Votes To Close Library",
                           "The council voted 7-2 on Monday to close it."]


def test_a_weekday_dateline_is_its_own_sentence_even_inside_a_paragraph():
    text = "Ferry strike ends Tuesday, March 4, 2014 On Monday, the union accepted the offer."
    assert split(text) == ["Ferry strike ends", "Tuesday, March 4, 2014",
                           "On Monday, the union accepted the offer."]


def test_a_date_inside_a_sentence_is_not_a_dateline():
    text = "The vote on Tuesday, March 4, 2014 was close. It passed."
    assert split(text) == ["The vote on Tuesday, March 4, 2014 was close.", "It passed."]


def test_a_place_dateline_before_a_dash_stays_with_its_sentence():
    text = "OSLO \u2014 A new tunnel opened on Sunday. Drivers cheered."
    assert split(text) == ["OSLO \u2014 A new tunnel opened on Sunday.", "Drivers cheered."]


def test_a_hard_wrapped_paragraph_is_read_as_one_block():
    text = ("The committee met for six hours on Tuesday and agreed on a plan to\n"
            "rebuild the bridge before winter. Work starts next month, officials\n"
            "said, and should take about twelve weeks to finish in full.\n")
    assert split(text) == [
        "The committee met for six hours on Tuesday and agreed on a plan to\n"
        "rebuild the bridge before winter.",
        "Work starts next month, officials\nsaid, and should take about twelve weeks "
        "to finish in full."]


def test_a_title_at_the_end_of_a_line_carries_on_to_the_next():
    text = "The mayor met Sen. Ortiz and Mr.\nSmith on Friday.\nThey agreed."
    assert split(text) == ["The mayor met Sen. Ortiz and Mr.\nSmith on Friday.", "They agreed."]


def test_list_numbers_stay_with_their_item():
    text = "The plan has two parts:\n\n1. A new school.\n\n2. A new clinic."
    assert split(text) == ["The plan has two parts:", "1. A new school.", "2. A new clinic."]


# --- abbreviations, initials, numbers, URLs ------------------------------------------

@pytest.mark.parametrize("sentence", [
    "Mr. Alvarez met Sen. Ortiz and Gov. Lee in the capital.",
    "The U.S. economy grew 3.5 percent in the quarter.",
    "The law takes effect Jan. 5 at 9 a.m. local time.",
    "Shares of Acme Inc. fell after the report.",
    "The author J. K. Rowling spoke to George W. Bush.",
    "Voting ends at 8 p.m. on Tuesday in most states.",
    "See No. 5 on the list and p. 28 of the report.",
    "The report is at https://example.org/report.pdf?page=2 for anyone.",
    "Gen. Ward and Rep. Diaz flew to Springfield, Ill. on Monday.",
])
def test_abbreviations_initials_numbers_and_urls_do_not_split(sentence):
    assert split(sentence) == [sentence]


def test_an_abbreviation_can_still_end_a_sentence_before_a_new_one():
    text = "The firm moved to the U.S. The move cost $3 million."
    assert split(text) == ["The firm moved to the U.S.", "The move cost $3 million."]


def test_an_abbreviation_before_an_opening_quotation_ends_the_sentence():
    text = 'The lights went out at 2 a.m. "It was pitch dark," she said.'
    assert split(text) == ["The lights went out at 2 a.m.", '"It was pitch dark," she said.']


def test_a_word_that_is_also_an_abbreviation_ends_a_sentence():
    text = "He said no. Then he left. She felt ill. The doctor came."
    assert split(text) == ["He said no.", "Then he left.", "She felt ill.", "The doctor came."]


def test_an_unknown_abbreviation_before_a_lower_case_word_does_not_split():
    assert split("She began her M.Sc. studies at the Epis. school in May.") == [
        "She began her M.Sc. studies at the Epis. school in May."]


def test_text_written_all_in_lower_case_still_splits_at_its_stops():
    assert split("we met at noon. the talks ran late. nobody left.") == [
        "we met at noon.", "the talks ran late.", "nobody left."]


def test_etc_ends_a_sentence_before_a_capital():
    text = "They sold maps, guides, etc. Most buyers were tourists."
    assert split(text) == ["They sold maps, guides, etc.", "Most buyers were tourists."]


# --- quotations and dialogue ---------------------------------------------------------

def test_a_quoted_question_followed_by_its_speech_tag_is_one_sentence():
    assert split('"Is it?" she asked. "Yes," he said.') == ['"Is it?" she asked.', '"Yes," he said.']


def test_a_named_speaker_after_a_quoted_exclamation_does_not_split():
    text = "\u201cGet out of the water!\u201d Coach Rivera shouted. The swimmers left."
    assert split(text) == ["\u201cGet out of the water!\u201d Coach Rivera shouted.",
                           "The swimmers left."]


def test_a_quotation_woven_into_a_sentence_is_kept_whole():
    text = 'The mayor said "We are ready. The trucks are out." Snow fell all night.'
    assert split(text) == ['The mayor said "We are ready. The trucks are out."',
                           "Snow fell all night."]


def test_a_quotation_after_said_and_a_comma_splits_into_its_sentences():
    text = 'The mayor said, "We are ready. The trucks are out."'
    assert split(text) == ['The mayor said, "We are ready.', 'The trucks are out."']


def test_an_attribution_under_a_quotation_stays_with_it():
    text = '"The sea gives and the sea takes." \u2014 Old Fisher\n\nThe boats left at dawn.'
    assert split(text) == ['"The sea gives and the sea takes." \u2014 Old Fisher',
                           "The boats left at dawn."]


# --- ellipses, references, captions ---------------------------------------------------

def test_an_ellipsis_inside_a_sentence_does_not_split():
    text = "He waited ... and waited, then went home."
    assert split(text) == [text]


def test_an_ellipsis_before_a_capitalised_sentence_ends_the_first():
    text = "We kept asking ... The answer never came."
    assert split(text) == ["We kept asking ...", "The answer never came."]


def test_reference_marks_belong_to_the_sentence_before_them():
    text = "The bridge opened in 1932. [1] [2] It carries trains."
    assert split(text) == ["The bridge opened in 1932. [1] [2]", "It carries trains."]


def test_a_photo_credit_after_a_caption_is_its_own_sentence():
    text = "Rescue teams at the flooded station Photo: City of Ashford."
    assert split(text) == ["Rescue teams at the flooded station", "Photo: City of Ashford."]


# --- offsets ---------------------------------------------------------------------------

@pytest.mark.parametrize("newline", ["\n", "\r\n", "\r"])
def test_offsets_point_into_the_original_text_whatever_the_line_endings(newline):
    text = newline.join(["Flood Warning Issued", "", "Rivers rose. Roads closed.", ""])
    found = segment.sentences(text)
    assert [s.text for s in found] == ["Flood Warning Issued", "Rivers rose.", "Roads closed."]
    for s in found:
        assert text[s.start:s.end] == s.text
    assert [s.index for s in found] == [0, 1, 2]


def test_sentences_are_ordered_stripped_and_never_overlap():
    text = "  One. Two?  \n\n \"Three!\" she said.\tFour...  Five [3].\n"
    found = segment.sentences(text)
    for a, b in zip(found, found[1:]):
        assert a.end <= b.start
    for s in found:
        assert s.text == s.text.strip() and s.text == text[s.start:s.end]


def test_sentences_only_come_from_the_given_regions():
    text = "JOIN US. Takes 2 seconds.\n\nThe story starts here. It ends here."
    body = [Span(text.index("The story"), len(text))]
    found = segment.sentences(text, body)
    assert [s.text for s in found] == ["The story starts here.", "It ends here."]


def test_lines_between_regions_are_left_out():
    text = "Para one.\nShare this story!\nPara two.\nFollow us.\nPara three."
    keep = [ln for ln in segment.lines(text) if ln.text.startswith("Para")]
    regions = [Span(ln.start, ln.end) for ln in reversed(keep)]
    assert [s.text for s in segment.sentences(text, regions)] == [
        "Para one.", "Para two.", "Para three."]


# --- the seed article ------------------------------------------------------------------

def test_the_seed_article_has_its_eighteen_sentences(seed_text):
    found = segment.sentences(seed_text)
    assert len(found) == 18
    assert found[0].text == "JOIN BREITBART."  # banner: 2
    assert found[2].text == "Hamas Sees Significant Improvement In Relations With Iran"
    assert found[4].text.startswith("TEL AVIV \u2014 A significant improvement")
    assert found[-1].text == "Please let us know if you're having issues with commenting."


# --- words ------------------------------------------------------------------------------

def test_words_keep_inner_apostrophes_hyphens_and_stops():
    assert words("Mr. O'Neill's well-known U.S. firm isn't new.") == [
        "Mr.", "O'Neill's", "well-known", "U.S.", "firm", "isn't", "new", "."]


def test_numbers_currency_and_percentages():
    assert words("It paid $1,000.50, up 3.5% from \u20ac2.3bn at 10:30 on 9/11.") == [
        "It", "paid", "$", "1,000.50", ",", "up", "3.5", "%", "from", "\u20ac", "2.3bn",
        "at", "10:30", "on", "9/11", "."]


def test_urls_handles_and_email_addresses_are_single_tokens():
    assert words("See https://example.org/a?b=1. Ask @newsdesk or tips@example.org #vote") == [
        "See", "https://example.org/a?b=1", ".", "Ask", "@newsdesk", "or",
        "tips@example.org", "#vote"]


def test_dashes_and_ellipses_are_split_off():
    assert words("Costs\u2014and delays\u2014grew... then--suddenly--fell") == [
        "Costs", "\u2014", "and", "delays", "\u2014", "grew", "...", "then", "--",
        "suddenly", "--", "fell"]


def test_a_stop_after_a_plain_word_is_its_own_token_but_not_after_a_title():
    assert words("No. 5 said no. Dr. Li agreed.") == [
        "No.", "5", "said", "no", ".", "Dr.", "Li", "agreed", "."]


def test_token_offsets_point_into_the_text():
    text = "Sen. Ortiz\r\nsaid \u201cyes.\u201d"
    for t in segment.tokens(text):
        assert text[t.start:t.end] == t.text


def test_words_leave_out_punctuation():
    assert [w.text for w in segment.words("Yes \u2014 it's 3.5%!")] == ["Yes", "it's", "3.5"]


def test_a_run_of_one_mark_is_one_token():
    text = 'Wait... what?!! """"'
    assert [t.text for t in segment.tokens(text)] == ["Wait", "...", "what", "?", "!!", '""""']


def test_a_paragraph_of_symbols_is_one_sentence_and_prose_after_it_splits_as_usual():
    text = "?!. ;; -- !. (...) ?? !!\n\nThe vote passed. The mayor left."
    assert [s.text for s in segment.sentences(text)] == [
        "?!. ;; -- !. (...) ?? !!", "The vote passed.", "The mayor left."]


@pytest.mark.parametrize("chunk, expected", [
    ("The vote passed.", True),
    ("Объявление: мэр ушёл в отставку.", True),   # letters need not be ASCII
    ("“Yes,” she said — twice.", True),
    ("* * * * *", False),
    ("┌────┐ ;;;", False),
    ("?!. ;; -- !. (...) ?? !!", False),
    ("", True),
])
def test_wordy_means_at_least_as_many_letters_or_digits_as_symbols(chunk, expected):
    assert segment.wordy(chunk) is expected


def test_sentences_can_be_read_one_paragraph_at_a_time():
    from newscli.segment import iter_sentences

    text = "First one. Second one.\n\nA new paragraph here. And its end.\n"
    lazy = iter_sentences(text)
    assert next(lazy).text == "First one."  # nothing after the first paragraph is split yet
    assert list(iter_sentences(text)) == segment.sentences(text)
