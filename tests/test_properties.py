"""Properties that hold for any text, checked on random and adversarial input (hypothesis).

Every command newscli has (every `Command` in rows.py) must take any text without an
exception, and every offset it reports must point at the text it reports.
"""
from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newscli import analyze, rows, segment
from newscli.document import Document

ALL_COMMANDS = [c for c in vars(rows).values() if isinstance(c, rows.Command)]

# Text made of the things that break text tools: quotes of every kind, sentence
# punctuation, abbreviations, line ends of every kind, odd Unicode.
PIECES = st.sampled_from([
    "Mr.", "U.S.", "Sen.", "a.m.", "J.", "K.", "3.5", "1,000", "...", "…", "?", "!", ".",
    '"', "“", "”", "‘", "’", "''", "``", "'", "(", ")", "—", "-", ":", ";", ",",
    "\n", "\n\n", "\r\n", "\r", " ", "  ", "\t", "\ufeff", "\u200b", "é", "ß", "İ", "😀",
    "said", "she", "he said", "according to", "The", "Hamas", "Advertisement", "©",
    "http://x.com/a.b", "@handle", "word", "another", "Obama", "PENCE:",
])
TEXTS = st.one_of(
    st.lists(PIECES, max_size=80).map("".join),
    st.lists(st.one_of(PIECES, st.text(max_size=5)), max_size=40).map(" ".join),
    st.text(max_size=300),
)
SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@SETTINGS
@given(TEXTS)
def test_sentences_are_ordered_disjoint_stripped_and_exact(text):
    sents = segment.sentences(text)
    last_end = 0
    for i, s in enumerate(sents):
        assert s.index == i
        assert last_end <= s.start < s.end <= len(text)
        assert text[s.start:s.end] == s.text
        assert s.text == s.text.strip() and s.text
        last_end = s.end


@SETTINGS
@given(TEXTS)
def test_every_word_character_lands_in_a_sentence(text):
    covered = set()
    for s in segment.sentences(text):
        covered.update(range(s.start, s.end))
    for ln in segment.lines(text):
        for i in range(ln.start, ln.end):
            if text[i].isalnum():
                assert i in covered, (text, i)


@SETTINGS
@given(TEXTS)
def test_lines_tile_the_text(text):
    lines = segment.lines(text)
    assert [ln.number for ln in lines] == list(range(1, len(lines) + 1))
    assert all(text[ln.start:ln.end] == ln.text and "\n" not in ln.text and "\r" not in ln.text
               for ln in lines)
    assert lines[-1].end == len(text)


@SETTINGS
@given(TEXTS)
def test_tokens_are_exact_and_ordered(text):
    last = 0
    for t in segment.tokens(text):
        assert text[t.start:t.end] == t.text and t.start >= last
        last = t.end


@SETTINGS
@given(TEXTS, st.booleans())
def test_every_command_takes_any_text_and_its_offsets_are_exact(text, clean):
    a = analyze(text, source="x", clean=clean)
    for command in ALL_COMMANDS:
        for row in command.apply(a):
            assert row["source"] == "x"
            if isinstance(row.get("start"), int) and isinstance(row.get("text"), str):
                assert text[row["start"]:row["end"]] == row["text"], command.name
            if isinstance(row.get("mention_start"), int):
                assert text[row["mention_start"]:row["mention_end"]] == row["mention"]
            if isinstance(row.get("line"), int) and isinstance(row.get("text"), str):
                assert segment.lines(text)[row["line"] - 1].text == row["text"]


def test_analysis_of_a_document_keeps_its_source():
    assert analyze("Hi.", source="a.txt").source == "a.txt"
    assert Document("a", "b").notes == ()
