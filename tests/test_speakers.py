"""Canonical speakers, pronoun and stand-in resolution, anonymous sources, attributions."""
from __future__ import annotations

from newscli import analyze


def speakers(text: str):
    return [q.speaker for q in analyze(text).quotes]


def test_titles_and_surnames_are_one_speaker():
    text = ("President Hassan Rouhani spoke on Monday. “We want a fair deal,” Mr. Rouhani said.\n\n"
            "“The deal is good for everyone,” Rouhani added.\n\n"
            "“Iran keeps its word,” said President Hassan Rouhani.")
    assert speakers(text) == ["Hassan Rouhani"] * 3


def test_he_resolves_to_the_latest_man_and_she_to_the_latest_woman():
    text = ("Mr. Karl Weber and Ms. Anna Roth met the press.\n\n"
            "“The plan is late,” she said.\n\n"
            "“The plan is fine,” he said.")
    assert speakers(text) == ["Anna Roth", "Karl Weber"]


def test_given_names_tell_gender():
    text = ("Michael Grant and Susan Ellis argued for an hour.\n\n"
            "“I was right all along,” she said.")
    assert speakers(text) == ["Susan Ellis"]


def test_pronoun_prefers_the_person_just_quoted():
    text = ("“Taxes must fall,” said Robert Lane, who met Governor Paul Hicks on Friday.\n\n"
            "“And they will,” he said.")
    assert speakers(text) == ["Robert Lane", "Robert Lane"]


def test_statement_stands_for_the_organisation():
    text = ("The Harbor Workers Union said in a statement that “the strike will go on.”\n\n"
            "The statement also said: “Our members are united.”")
    assert speakers(text) == ["Harbor Workers Union", "Harbor Workers Union"]


def test_campaign_and_spokesman_for_an_organisation():
    text = ("“We expected a close race,” a spokesman for the Green Party said.\n\n"
            "“Nothing has changed,” the Ellis campaign said.")
    assert speakers(text) == ["Green Party", "Ellis campaign"]


def test_anonymous_sources_are_not_named():
    text = ("“The deal is dead,” a source familiar with the talks said.\n\n"
            "“There will be no vote this week,” officials said.")
    qs = analyze(text).quotes
    assert [q.named for q in qs] == [False, False]
    assert qs[0].speaker == "a source familiar with the talks"


def test_attributions_count_quotes_words_and_share():
    text = ("“One two three four,” Maria Ortiz said.\n\n"
            "“Five six,” she added.\n\n"
            "“Seven eight nine ten,” said Tom Baker.")
    stats = {s.speaker: s for s in analyze(text).attributions}
    assert stats["Maria Ortiz"].quotes == 2
    assert stats["Maria Ortiz"].words == 6
    assert stats["Tom Baker"].words == 4
    assert abs(stats["Maria Ortiz"].share - 0.6) < 1e-9
    assert stats["Tom Baker"].named is True


def test_the_company_stands_for_the_company_the_text_named():
    text = ("The utility, Harbor Light Co., expects repairs by Friday. "
            "“We are doing all we can,” a spokeswoman for the company said.")
    (q,) = analyze(text).quotes
    assert q.speaker == "Harbor Light Co."
    assert text[q.mention.start:q.mention.end] == "a spokeswoman for the company"


def test_relative_pronoun_takes_the_name_before_it():
    text = ("The plan drew fire from Mayor Tom Reyes, who added that it was "
            "“a gift to developers.”")
    (q,) = analyze(text).quotes
    assert text[q.mention.start:q.mention.end] == "who"
    assert q.speaker == "Tom Reyes"


def test_first_mention_is_where_the_text_first_names_the_speaker():
    text = ("Mayor Tom Reyes opened the session.\n\n"
            "“We start on time,” he said.")
    (s,) = analyze(text).attributions
    assert s.speaker == "Tom Reyes"
    assert s.first_mention_text == "Mayor Tom Reyes" and s.first_mention == 0


def test_an_unnamed_official_of_a_named_body_is_anonymous():
    text = "“Talks will resume,” a State Department official said."
    (q,) = analyze(text).quotes
    assert q.named is False
    assert q.speaker == "a State Department official"


def test_she_after_an_unnamed_woman_is_that_woman():
    text = ("“Prices went up again,” said the woman, who asked not to be named. "
            "“Nobody listens,” she said.")
    qs = analyze(text).quotes
    assert [q.speaker for q in qs] == ["the woman", "the woman"]
    assert [q.named for q in qs] == [False, False]


def test_a_new_subject_takes_the_pronoun_from_the_last_speaker():
    text = ("“We will win,” said Peter Olsen.\n\n"
            "Mark Daly, his rival, disagreed. “The numbers say otherwise,” he said.")
    assert [q.speaker for q in analyze(text).quotes] == ["Peter Olsen", "Mark Daly"]


def test_the_senator_is_the_person_just_named():
    text = ("Sen. Ruth Abbott spoke last. “This bill is late,” the senator said.")
    (q,) = analyze(text).quotes
    assert q.speaker == "Ruth Abbott" and q.named is True
