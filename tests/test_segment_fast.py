"""The shortcuts segmentation takes for speed give what the long way gives.

All example texts are written for these tests.
"""
from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newscli import segment


def test_lines_of_text_with_only_newlines_are_its_pieces_between_them():
    text = "Headline\n\nFirst paragraph.\nSecond line\n"
    lines = segment.lines(text)
    assert [ln.text for ln in lines] == text.split("\n")
    assert [(ln.start, ln.end) for ln in lines] == [(0, 8), (9, 9), (10, 26), (27, 38), (39, 39)]


def test_lines_end_at_every_kind_of_line_break():
    assert [ln.text for ln in segment.lines("a\r\nb\rc\nd")] == ["a", "b", "c", "d"]


def test_a_one_sentence_paragraph_is_returned_whole():
    text = "  The council met on Monday and agreed to nothing at all."
    assert segment._sentence_spans(text, 2, len(text)) == [(2, len(text))]


def test_a_photo_credit_still_ends_a_caption_when_the_text_holds_one():
    text = "Crowds gather at the harbour Image: Harbour Trust. The ferry left late."
    assert [s.text for s in segment.sentences(text)] == [
        "Crowds gather at the harbour", "Image: Harbour Trust.", "The ferry left late."]


PIECES = ["Photo:", "Image credit:", "Video", "Credit:", "(Credit:", "picture", "Mr.", "U.S.",
          "J.", "5.", "...", "\u2026", "--", "\u2014", "-", "The", "the", "said", "It",
          "Thursday, May 7, 2015", "Figure 2", "\"", "\u201c", "\u201d", "?", "!", ".", ",",
          "[1]", ":)", "word", "Word"]
texts = st.lists(st.sampled_from(PIECES), max_size=30).map(" ".join)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(texts)
def test_the_whole_text_credit_test_only_skips_texts_without_credits(text):
    # `sentences` looks for photo credits only when the whole text may hold one;
    # paragraph by paragraph the answer must be the same as always looking.
    for para in segment.paragraphs(text):
        always = segment._sentence_spans(text, para.start, para.end, True)
        assert segment._sentence_spans(
            text, para.start, para.end, segment._may_hold_credit(text)) == always
