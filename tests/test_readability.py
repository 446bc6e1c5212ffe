"""Readability counts come from newscli's segmentation; formulas match textstat's."""
import pytest

from newscli import analyze, readability, syllables


@pytest.mark.parametrize("word, n", [
    ("cat", 1), ("water", 2), ("government", 3), ("university", 5),
    ("Obama's", 3), ("well-known", 2), ("2017", 1), ("—", 0),
])
def test_syllables_from_the_shipped_dictionary(word, n):
    assert syllables.count(word) == n


def test_abbreviations_do_not_inflate_the_sentence_count():
    r = analyze("Sen. Lopez said the bill would pass. Mr. Smith disagreed.").readability
    assert r.sentences == 2
    assert r.words == 10


def test_empty_text_scores_zero_not_an_error():
    r = analyze("").readability
    assert (r.sentences, r.words, r.flesch_reading_ease) == (0, 0, 0.0)
    assert r.verdict == "no text"


def test_simple_prose_reads_easily_and_dense_prose_does_not():
    easy = analyze("The cat sat on the mat. The dog ran to the park. We had fun in the sun.").readability
    hard = analyze("Institutional accountability mechanisms necessitate comprehensive "
                   "organizational restructuring. Governmental authorities consequently "
                   "implemented extraordinarily complicated administrative regulations.").readability
    assert easy.flesch_reading_ease > 90 and easy.verdict == "very easy"
    assert hard.flesch_reading_ease < 10 and hard.verdict == "very difficult"
    assert hard.flesch_kincaid_grade > easy.flesch_kincaid_grade + 10


def test_reading_time_uses_238_words_a_minute():
    text = " ".join(["word"] * 238) + "."
    assert analyze(text).readability.reading_time_seconds == pytest.approx(60.0)


class _CmuFromNewscli(dict):
    """textstat's cmudict interface, answered from newscli's shipped table."""

    def __getitem__(self, word):
        table = syllables._table()
        if word in table:
            return [["AH0"] * table[word]]
        raise KeyError(word)


PLAIN = ("The council met on Monday evening to discuss the budget for the coming year. "
         "Members argued about the cost of repairing the old library building downtown. "
         "Several residents spoke in favour of keeping the reading room open on weekends. "
         "The mayor promised that a decision would follow within two weeks.")


@pytest.mark.parametrize("name", [
    "flesch_reading_ease", "flesch_kincaid_grade", "gunning_fog", "smog_index",
    "coleman_liau_index", "automated_readability_index", "dale_chall_readability_score",
])
def test_formulas_agree_with_textstat_when_segmentation_agrees(monkeypatch, name):
    import textstat
    from textstat.backend.counts import _count_syllables

    monkeypatch.setattr(_count_syllables, "get_cmudict", lambda lang: _CmuFromNewscli())
    ours = getattr(analyze(PLAIN).readability, name)
    theirs = getattr(textstat, name)(PLAIN)
    assert ours == pytest.approx(theirs, abs=0.6), (name, ours, theirs)


def test_consensus_grade_reads_as_a_range():
    assert readability.text_standard(9.0) == "8th and 9th grade"
    assert readability.text_standard(12.0) == "11th and 12th grade"
    assert readability.text_standard(2.0) == "1st and 2nd grade"
