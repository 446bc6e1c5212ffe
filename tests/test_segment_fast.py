"""The shortcuts segmentation takes for speed give what the long way gives.

All example texts are written for these tests.
"""
from __future__ import annotations

import re
import sys
from dataclasses import FrozenInstanceError

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newscli import segment
from newscli.document import Line, Sentence, Span


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


HINTED = PIECES + ["\t", "\r", "\n", "\n\n", "\x0c", "...", "Monday, June 1, 2020", "w-", "x -"]


@settings(max_examples=500, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(HINTED), max_size=30).map(" ".join))
def test_what_the_whole_text_lacks_is_only_skipped_where_it_is_missing(text):
    # `sentences` looks once over the whole text for what some rules need (a weekday,
    # a dash, an ellipsis, a quotation mark, rare whitespace); each paragraph must be
    # split as if it had looked for itself.
    hints = segment._hints(text, 0, len(text))
    for para in segment.paragraphs(text):
        assert segment._sentence_spans(text, para.start, para.end, True, hints) == \
            segment._sentence_spans(text, para.start, para.end, True, segment._ALL_HINTS)


def _quotations_mark_by_mark(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The definition `segment._quotations` reads runs of marks for: one mark at a time."""
    out, opened = [], None
    for at in range(start, end):
        ch = text[at]
        if ch == '"':
            before = text[at - 1] if at > start else " "
            after = text[at + 1] if at + 1 < end else " "
            opening = (before.isspace() or before in "([{\u2014\u2013-") and not after.isspace()
        elif ch in "\u201c\u201d":
            opening = ch == "\u201c"
        else:
            continue
        if opening:
            opened = at
        elif opened is not None:
            out.append((opened, at))
            opened = None
    return out


def test_runs_of_quotation_marks_pair_as_marks_read_one_by_one():
    text = 'He said """ then “““ nested ””” and "" (" x ") done'
    assert segment._quotations(text, 0, len(text)) == _quotations_mark_by_mark(text, 0, len(text))
    assert segment._quotations("“““a”””", 0, 7) == [(2, 4)]


@settings(max_examples=400, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(alphabet='"\u201c\u201d a(-\n.', max_size=30), st.data())
def test_quotation_pairs_match_the_mark_by_mark_reading(text, data):
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    assert segment._quotations(text, start, end) == _quotations_mark_by_mark(text, start, end)


# The patterns `_join`'s end tests stand for; a search tries them at every character.
LAST_WORD = re.compile(r"(?:^|(?<=[\s(\[\"'\u2018\u201c]))((?:[A-Za-z]{1,4}\.)*[A-Za-z]+)\.$")
ENDS_QUOTED_CLAUSE = re.compile(r"""[?!,\u2014-]['"\u2019\u201d]\s*$""")
tails = st.text(alphabet=st.sampled_from(list("aZbQ.. \n\t\u00a0(\"'\u2018\u201c\u2019\u201d[?!,\u2014-_5\u00e9")),
                max_size=14)


def test_the_last_word_is_read_back_to_where_it_stands_alone():
    assert segment._last_word("in Washington, D.C.") == "D.C"
    assert segment._last_word('he said "Gen.\n') == "Gen"
    assert segment._last_word("the e-mail.") is None  # `e-mail` does not stand alone
    assert segment._last_word("in 2015.") is None
    assert segment._last_word("Mr. Smith.\n\n") is None


@settings(max_examples=2000)
@given(tails)
def test_the_last_word_found_from_the_end_is_the_one_the_pattern_finds(tail):
    m = LAST_WORD.search(tail)
    assert segment._last_word(tail) == (m.group(1) if m else None)


@settings(max_examples=1000)
@given(tails)
def test_a_quoted_clause_end_is_found_as_the_pattern_finds_it(tail):
    assert segment._ends_quoted_clause(tail) == bool(ENDS_QUOTED_CLAUSE.search(tail))


@settings(max_examples=1000)
@given(tails)
def test_the_initials_pattern_is_only_skipped_where_it_cannot_match(tail):
    if segment._INITIAL_END.search(tail):
        assert segment._ends_capital_stop(tail)


def test_a_run_of_hyphens_in_words_is_no_dash_before_a_space():
    text = "a-" * 40 + "b"
    assert segment._dashes_before_space(text, 0, len(text)) == []
    assert segment._dashes_before_space(text + " - c", 0, len(text) + 4) == [len(text) + 1]


# every dash before whitespace, in one scan: what `_dashes_before_space` finds faster
DASH_BEFORE_SPACE = re.compile(r"[\u2014\u2013-](?=\s)")


@settings(max_examples=1000)
@given(st.text(alphabet=st.sampled_from(list("a- \u2014\u2013\n")), max_size=60), st.data())
def test_the_dashes_found_are_what_the_dash_pattern_finds(text, data):
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    scan = [m.start() for m in DASH_BEFORE_SPACE.finditer(text, start, end)]
    assert segment._dashes_before_space(text, start, end) == scan
    many = "a-" * 40 + text  # many hyphens in words before the text
    assert segment._dashes_before_space(many, 0, end + 80) == [
        m.start() for m in DASH_BEFORE_SPACE.finditer(many, 0, end + 80)]


def _same_object(fast, slow) -> None:
    assert type(fast) is type(slow)
    assert fast == slow and hash(fast) == hash(slow) and repr(fast) == repr(slow)


def test_values_built_slot_by_slot_are_the_values_the_constructor_builds():
    _same_object(segment._line(3, 10, 14, "word"), Line(3, 10, 14, "word"))
    _same_object(segment._span(2, 9), Span(2, 9))
    cases = {"First line.\r\nSecond one?\rThird.\nFourth":
             [(0, 11), (13, 24), (25, 31), (32, 38)],  # the slow path, for `\r`
             "One.\n\nTwo\n": [(0, 4), (5, 5), (6, 9), (10, 10)]}
    for text, offsets in cases.items():
        expected = [Line(i, s, e, text[s:e]) for i, (s, e) in enumerate(offsets, 1)]
        for fast, slow in zip(segment.lines(text), expected, strict=True):
            _same_object(fast, slow)
    text = "  Mr. Smith left. He came back!  "
    for fast, slow in zip(segment.sentences(text),
                          [Sentence(0, 2, 17, "Mr. Smith left."), Sentence(1, 18, 31, "He came back!")],
                          strict=True):
        _same_object(fast, slow)
    _same_object(segment.paragraphs(" \ufeffA line.\n")[0], Span(2, 9))


def test_values_built_slot_by_slot_stay_frozen():
    with pytest.raises(FrozenInstanceError):
        segment.lines("a")[0].text = "b"


def _wordy_char_by_char(chunk: str) -> bool:
    """The definition `segment.wordy` counts bytes by class for."""
    alnum = sum(ch.isalnum() for ch in chunk)
    symbols = sum(not ch.isalnum() and not ch.isspace() for ch in chunk)
    return alnum >= symbols


@settings(max_examples=2000)
@given(st.text(alphabet=st.sampled_from(list("aZ09 .-_\t\x1c\x7f\x00\u00e9\u00a0\u3000\u2500\u4e2d\u2014!")))
       | st.text(alphabet=st.characters(blacklist_categories=("Cs",))))
def test_wordy_counts_what_reading_character_by_character_counts(chunk):
    assert segment.wordy(chunk) is _wordy_char_by_char(chunk)


STOPPED = ["word", "Word", ".", "?", "!", "?!", "...", "U.S.", "3.5", "\"", "\u201d", ")", "\n", "  ",
           "\t", ":", "'"]


@settings(max_examples=500, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(STOPPED), max_size=25).map(" ".join), st.data())
def test_candidate_stops_found_by_find_are_the_pattern_scan(text, data):
    # `_stop_candidates` matches the candidate pattern only at the stops `str.find`
    # skips to; it must give the matches a scan of every character gives, in order.
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    scan = [(m.span(), m.groups()) for m in segment._PERIOD_CONTEXT.finditer(text, start, end)]
    for asks in (True, "?" in text[start:end] or "!" in text[start:end]):
        found = segment._stop_candidates(text, start, end, asks)
        assert [(m.span(), m.groups()) for m in found] == scan
    many = "." * 70 + text  # many stops that are no candidates before the text
    assert [(m.span(), m.groups()) for m in segment._stop_candidates(many, 0, len(many))] == [
        (m.span(), m.groups()) for m in segment._PERIOD_CONTEXT.finditer(many)]


def test_the_blank_characters_are_whitespace_and_invisible_marks():
    # `_BLANKS` lists whitespace only up to U+3000: no character above it is whitespace.
    assert segment._BLANKS == {chr(c) for c in range(sys.maxunicode + 1) if chr(c).isspace()} | set(
        segment._INVISIBLE)


CREDIT_PIECES = ["photographs", "Photos", "images", "Video", "Credits", "credit", "(Credit", "(credits",
                 "picture", ":", ";", " ", "\t", "x", "long words here"]


@settings(max_examples=1000)
@given(st.lists(st.sampled_from(CREDIT_PIECES), max_size=12).map("".join), st.data())
def test_the_credit_test_passes_every_stretch_that_holds_a_credit(text, data):
    # `_may_hold_credit` looks for a stem only just before each colon or semicolon.
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    if segment._CREDIT.search(text, start, end):
        assert segment._may_hold_credit(text, start, end)
