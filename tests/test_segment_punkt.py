"""newscli computes Punkt's sentence breaks itself (no PunktToken per word, no nltk on the
hot path); these tests hold it to nltk's own PunktSentenceTokenizer run with the same
parameters (newscli's abbreviations), on hand-written and on random text.

All example texts are written for these tests.
"""
from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from nltk.tokenize.punkt import PunktParameters, PunktSentenceTokenizer

from newscli import segment


def nltk_spans(text: str) -> list[tuple[int, int]]:
    params = PunktParameters()
    params.abbrev_types = set(segment._abbreviations().punkt)
    return list(PunktSentenceTokenizer(params).span_tokenize(text))


EXAMPLES = [
    "The storm hit on Friday. Boats waited in the harbour.",
    "Mr. Smith met Dr. Jones at 5 p.m. on Jan. 3. They talked.",
    "J. K. Rowling wrote it. George W. Bush read it. A. Lincoln did not.",
    "It rose 3.5 per cent. In 2014. it fell. Item 4. was sold.",
    "\"Is it over?\" she asked. \"Yes!\" He left.",
    "(This is an aside.) The next sentence starts here.",
    "He paused... Then he went on. Wait.. what? Really?! Yes.",
    "The U.S. economy grew. The U.K. did not. Talks in the U.S. The end.",
    "A list: 1. eggs 2. milk. Done. See p. 28. And No. 5.",
    "Prices, e.g. fuel, rose. Costs (i.e. rent) fell. He said 'no.' Then left.",
    "She shouted \u201cStop.\u201d The car stopped. \u2018Fine.\u2019 He nodded.",
    "Line one ends here.\nLine two starts. Line three.\n\nA new paragraph. Its end.",
    "Mid-Feb. talks ended. The ex-Gov. spoke. Ends with a stop.",
    "Odd . spacing . here . . . and more. Then -- a dash. Done.",
    "Trailing space after the end.   ",
    "   Leading space. Then more.",
    "An e-mail at a.b@c.org. A site www.example.com. Next.",
    "Numbers: -1.5. ,5. 1,000. 2.3.4. The end.",
    "\u00c9mile Zola wrote. \u00e9t\u00e9 was hot. \u00c5. Ström came.",
    "Ends with a quote.\" Next starts.) Another one.] And one more.}",
    "",
    "No stop at all",
    ".",
    "!!!",
    "A.B.C. D.E.F. ghi. Jkl.",
]


@pytest.mark.parametrize("text", EXAMPLES)
def test_newscli_punkt_gives_nltk_punkt_spans(text):
    assert segment._punkt_span_tokenize(text) == nltk_spans(text)


def test_an_initial_before_a_name_is_no_boundary_but_a_plain_word_is():
    text = "It was signed by J. Smith. Then it was filed."
    assert [text[s:e] for s, e in segment._punkt_span_tokenize(text)] == [
        "It was signed by J. Smith.", "Then it was filed."]


def test_a_known_abbreviation_is_no_boundary():
    text = "They met Gov. Brown today. He agreed."
    assert [text[s:e] for s, e in segment._punkt_span_tokenize(text)] == [
        "They met Gov. Brown today.", "He agreed."]


PIECES = ["Mr.", "Dr.", "U.S.", "J.", "K.", "a.m.", "etc.", "e.g.", "No.", "p.", "5.", "3.5",
          "1,000.", "-2.", "word", "Word", "word.", "Word.", "end.", "...", "..", ". . .", "?",
          "!", "?!", "\"", "'", "\u201c", "\u201d", "\u2019", "(", ")", "[", "]", "--", "-",
          ",", ";", ":", "x.y.", "\u00c9t\u00e9.", "_.", "www.a.com", "I", "The", "the"]
SPACES = [" ", " ", " ", "  ", "\n", "\n\n", "\t", "", "\u00a0"]
texts = st.lists(st.tuples(st.sampled_from(PIECES), st.sampled_from(SPACES)),
                 max_size=40).map(lambda parts: "".join(p + s for p, s in parts))


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(texts)
def test_newscli_punkt_equals_nltk_punkt_on_random_pieces(text):
    assert segment._punkt_span_tokenize(text) == nltk_spans(text)


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("aZ5. .!?\"')(\n-,:;\u201d\u00a0")), max_size=60))
def test_newscli_punkt_equals_nltk_punkt_on_random_characters(text):
    assert segment._punkt_span_tokenize(text) == nltk_spans(text)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(texts, st.data())
def test_punkt_over_a_stretch_of_a_text_is_punkt_over_that_stretch_cut_out(text, data):
    # `sentences` runs Punkt on each paragraph in place, with offsets into the text.
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    cut_out = segment._punkt_span_tokenize(text[start:end])
    assert segment._punkt_span_tokenize(text, start, end) == [
        (start + s, start + e) for s, e in cut_out]
