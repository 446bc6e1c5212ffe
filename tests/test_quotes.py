"""Quotation spans and their attribution, on small hand-written examples."""
from __future__ import annotations

from pathlib import Path

import pytest

from newscli import analyze

SEED = Path(__file__).resolve().parent.parent / "samples" / "breitbart-hamas-iran.txt"


def quotes(text: str):
    a = analyze(text)
    return [(q.text, q.speaker, q.mention.of(text) if q.mention else None,
             q.cue.of(text) if q.cue else None) for q in a.quotes]


def only(text: str):
    qs = quotes(text)
    assert len(qs) == 1, qs
    return qs[0]


# ---------------------------------------------------------------- spans


def test_curly_quote_after_tag():
    assert only("“The bridge will open in May,” Maria Ortiz said.") == (
        "The bridge will open in May,", "Maria Ortiz", "Maria Ortiz", "said")


def test_straight_quote_inverted_tag_with_appositive():
    text = '"Nobody reads the fine print," said Tom Baker, a veteran columnist.'
    assert only(text) == ("Nobody reads the fine print,", "Tom Baker", "Tom Baker", "said")


def test_double_single_quote_pair():
    text = "''We are ready for the storm,'' the mayor said."
    q = only(text)
    assert q[0] == "We are ready for the storm,"
    assert q[2] == "the mayor"


def test_a_paragraph_of_symbols_holds_no_quotation():
    soup = ";; -- “U.S. he said,” said Mr. A. -- ;; !! ?? (( ))\n\n"
    prose = "“The bridge will open in May,” Maria Ortiz said.\n"
    found = [(q.text, q.speaker) for q in analyze(soup + prose, clean=False).quotes]
    assert found == [("The bridge will open in May,", "Maria Ortiz")]


def test_offsets_point_into_original_text():
    text = "Intro line.\r\n\r\n“Rain again,” said Ana Silva, who runs the farm."
    a = analyze(text)
    (q,) = a.quotes
    assert text[q.start:q.end] == "Rain again,"
    assert text[q.mention.start:q.mention.end] == "Ana Silva"


def test_partial_quotation_inside_a_sentence():
    text = "Lena Park said she wanted to speak “directly to the farmers” before the vote."
    assert only(text) == ("directly to the farmers", "Lena Park", "Lena Park", "said")


def test_nested_single_quotes_stay_inside():
    text = "“He told me ‘never again’ and left,” Omar Haddad said."
    q = only(text)
    assert q[0] == "He told me ‘never again’ and left,"
    assert q[1] == "Omar Haddad"


def test_quotation_over_several_paragraphs():
    text = ("Judge Alan Reyes said: “The first point is simple.\n\n"
            "“The second point is harder, and it will take time.”\n")
    qs = quotes(text)
    assert [q[0] for q in qs] == ["The first point is simple.",
                                  "The second point is harder, and it will take time."]
    assert {q[1] for q in qs} == {"Alan Reyes"}


def test_split_around_attribution():
    text = "“How many times?” Rosa Linde asked. “In every town we visited, the answer was no.”"
    qs = quotes(text)
    assert [q[0] for q in qs] == ["How many times?", "In every town we visited, the answer was no."]
    assert [q[1] for q in qs] == ["Rosa Linde", "Rosa Linde"]


def test_mismatched_curly_marks():
    text = "”We will appeal,” the lawyer, Dan Cho, said."
    q = only(text)
    assert q[0] == "We will appeal,"
    assert q[1] == "Dan Cho"


@pytest.mark.parametrize("text", [
    'He said "yes and then',
    '"""',
    '" " " "',
    "“”",
    "”“”“",
    "'' ''' '",
    'x="1" y="2"',
    "",
    "\n\n\n",
])
def test_odd_marks_never_crash(text):
    analyze(text).quotes  # no exception


def test_scare_quotes_titles_and_nicknames_are_left_out():
    text = ("She watched “Saturday Night Live” after the “undercard” debate, "
            "then read “The Long Road Home” twice.")
    assert quotes(text) == []


# ----------------------------------------------------------- attribution


def test_colon_introduction():
    assert only("Carla Moss said: “We have done nothing wrong.”")[1:] == (
        "Carla Moss", "Carla Moss", "said")


def test_age_and_appositive_before_the_verb():
    text = ("Jane Doyle, 35, the daughter of a coal miner, said “this town deserves better.”")
    assert only(text)[1:] == ("Jane Doyle", "Jane Doyle", "said")


def test_according_to():
    text = "According to Peter Holm, “the budget is already spent.”"
    assert only(text)[1:] == ("Peter Holm", "Peter Holm", "According to")


def test_told_keeps_the_speaker_not_the_listener():
    text = "Nina Varga told Reuters “the talks have stalled.”"
    assert only(text)[1:] == ("Nina Varga", "Nina Varga", "told")


def test_standalone_quote_after_a_paragraph_naming_the_speaker():
    text = ("Coach Ben Ruiz said the team had trained hard all winter.\n\n"
            "“We are not afraid of anyone this year.”\n")
    q = only(text)
    assert q[1] == "Ben Ruiz" and q[2] == "Coach Ben Ruiz"


def test_transcript_label_names_the_speaker():
    text = "MORGAN: “I never said that, and you know it.”"
    assert only(text)[1:3] == ("MORGAN", "MORGAN")


def test_pronoun_is_the_mention_and_speaker_is_the_name():
    text = ("Sen. Laura Finch spoke for an hour.\n\n"
            "“We will not give up on this bill,” she continued.")
    assert only(text)[1:] == ("Laura Finch", "she", "continued")


def test_short_tag_with_unknown_verb():
    text = "Mayor Ivo Brandt arrived late.\n\n“It is a good day for the city,” he beamed."
    q = only(text)
    assert q[1:3] == ("Ivo Brandt", "he")


def test_seed_article_has_two_quotations_both_from_hamas():
    text = SEED.read_text(encoding="utf-8")
    qs = quotes(text)
    assert len(qs) == 2
    assert [q[1] for q in qs] == ["Hamas", "Hamas"]
    assert qs[1][2] == "The statement" and qs[1][3] == "said"


def test_quoted_transcript_line_names_its_speaker_and_leaves_the_label_out():
    text = 'The exchange went on:\n\n"HOLT: Do you accept the result?"\n'
    assert only(text)[:3] == ("Do you accept the result?", "HOLT", "HOLT")


def test_signature_line_under_a_quotation():
    text = '"We will rebuild the pier before summer."\n\n- Mayor Lina Ortiz.\n'
    q = only(text)
    assert q[1] == "Lina Ortiz"


def test_bare_tag_after_a_quotation_without_a_comma():
    text = '"The numbers do not add up" campaign manager Rita Vance said.'
    assert only(text)[1:] == ("Rita Vance", "campaign manager Rita Vance", "said")


def test_passive_reporting_verb_names_the_asker():
    text = 'The senator was asked by moderator Joan Hale whether “the deal is dead.”'
    assert only(text)[1] == "Joan Hale"


def test_open_quotation_takes_the_tag_of_the_paragraph_that_closes_it():
    text = ("“The first thing we did was count the boats.\n\n"
            "“Then we counted them again,” said Ada Lind, the harbor master.\n")
    qs = quotes(text)
    assert [q[1] for q in qs] == ["Ada Lind", "Ada Lind"]
    assert qs[0][2] == "Ada Lind" and qs[0][3] == "said"


def test_body_regions_leave_out_boilerplate_but_keep_the_speaker_line():
    from newscli.analysis import Analysis
    from newscli.document import Document, Span

    text = ("Mayor Ivo Brandt said the bridge would open soon.\n"
            "“Share this story!” the site says.\n"
            "“It is a good day for the city.”\n")
    lines = text.split("\n")
    first = Span(0, len(lines[0]))
    third_start = len(lines[0]) + 1 + len(lines[1]) + 1
    third = Span(third_start, third_start + len(lines[2]))
    a = Analysis(Document("t", text))
    a.body = [first, third]  # what the boilerplate stage hands over: body lines only
    (q,) = a.quotes
    assert q.text == "It is a good day for the city."
    assert q.speaker == "Ivo Brandt"
    assert text[q.start:q.end] == q.text


def test_in_the_words_of():
    text = "The mayor was, in the words of a senior aide, “the only adult in the room.”"
    assert only(text)[2:] == ("a senior aide", "the words of")


def test_role_words_between_a_title_and_a_name():
    text = ("Former Republican presidential candidate Jeb Stone broke down the problem: "
            "“What he did was careless.”")
    assert only(text)[1] == "Jeb Stone"


def test_partial_quotation_takes_the_subject_of_its_own_clause():
    text = "The budget passed on Monday, although Maria Ortiz dismissed the plan as \"a costly mistake\" in the hallway."
    assert only(text)[1:3] == ("Maria Ortiz", "Maria Ortiz")


def test_subject_after_said_that_gives_way_to_the_one_who_said_it():
    text = "Tom Reed ran the meeting. Where he used to boast that he had \"fixed the roads,\" he now talks about bridges."
    a = analyze(text)
    (q,) = a.quotes
    assert q.mention.start == text.index("he used")
    assert q.speaker == "Tom Reed"


def test_dash_signature_after_a_quotation_on_the_same_line():
    text = ("Readers wrote to us.\n\n"
            "\u201cThe roads are a mess and nobody listens.\u201d \u2015 Ana Lopez\n"
            "\u201cTaxes went up again.\u201d\u2014 Tom Reed, Dayton.\n")
    got = [(q.text, q.mention.of(text), q.speaker) for q in analyze(text).quotes]
    assert got == [("The roads are a mess and nobody listens.", "Ana Lopez", "Ana Lopez"),
                   ("Taxes went up again.", "Tom Reed", "Tom Reed")]


def test_what_she_calls_names_the_subject_of_the_clause():
    text = ("Senator Ana Lopez spoke for an hour. "
            "Lopez has railed against what she calls the \"rigged budget\" for years.")
    assert only(text)[1:3] == ("Ana Lopez", "Lopez")


def test_time_phrase_between_subject_and_verb():
    assert only("Maria Ortiz at the time said the deal was \"a gift to landlords.\"")[2] == "Maria Ortiz"
    assert only("The mayor, Tom Reed, last week said the plan was \"dead on arrival.\"")[2] == "Tom Reed"


def test_participle_hangs_on_the_main_clause_not_the_opening_phrase():
    text = "Back in 2009, Mayor Tom Reed praised the budget, calling it \"a fair start.\""
    assert only(text)[1:3] == ("Tom Reed", "Mayor Tom Reed")
    text = ("In Dayton on Sunday, Ms. Lopez, the mayor, defended the plan that her staff wrote, "
            "saying it would \"pay for itself.\"")
    assert only(text)[2] == "Ms. Lopez"


def test_went_on_and_beamed_are_tags():
    assert only("\u201cYou know, it happens, right?\u201d Ana Lopez went on, as if nobody had asked.")[2] == "Ana Lopez"
    assert only("\u201cThis is fantastic!\u201d beamed Tom Reed of Dayton, Ohio, who came early.")[2] == "Tom Reed"


def test_name_right_before_a_colon_introduces_the_quotation():
    text = "The early lead did not surprise pollster Jane Doe: \"Voters like a winner.\""
    assert only(text)[2] == "Jane Doe"
    # a place after a preposition is not the speaker
    assert only("Ana Lopez made her case at a rally in Iowa: \"We can win.\"")[2] == "Ana Lopez"


def test_tag_that_introduces_the_next_quotation_is_not_a_tag_of_the_one_before():
    text = "Ana Lopez spoke first. \"We will fight,\" she said. \"We are not afraid.\" Tom Reed added: \"The vote is Monday.\""
    assert [q[1] for q in quotes(text)] == ["Ana Lopez", "Ana Lopez", "Tom Reed"]


def test_opening_phrase_and_place_appositives_before_the_subject():
    text = "In an interview, Steve Huhn, a former vice president of sales, said she \"was personally involved.\""
    assert only(text)[2] == "Steve Huhn"
    text = "Clinton, during a town hall in Columbus, Ohio, said she was \"going to fight for miners.\""
    assert only(text)[2] == "Clinton"
    text = "At home in Nevada, Senator Harry Reid, the minority leader, said it was a \"test of leadership.\""
    assert only(text)[2] == "Senator Harry Reid"


def test_said_keeps_its_quotation_unless_a_new_clause_has_its_own_speaker():
    # the nearer verb sits in what was said: the one who said it
    assert only("Rep. Jane Doe said Clinton called on members to be \"closely coordinated.\"")[2] == "Rep. Jane Doe"
    # a new clause with its own subject: that subject
    assert only("Cruz said he would make sand glow, and Trump vowed to \"bomb the hell\" out of them.")[2] == "Trump"
    assert only("Stevens says, but she cautions that she sees \"two sides to it.\"")[2] == "she"
    assert only("Trump said, and I quote, \"We love them.\"")[2] == "Trump"


def test_coordinated_cue_takes_the_main_clause_subject():
    text = "Ana Lopez noted that he taught law, and added: \"I know a little about this.\""
    assert only(text)[2] == "Ana Lopez"
    text = "Asked which candidate she supported, Ms. Sherry smiled and said, \"I am waiting.\""
    assert only(text)[2] == "Ms. Sherry"
    text = "On Sunday, Clinton slammed the shift and accused Sanders of a \"flip-flop.\""
    assert only(text)[2] == "Clinton"


def test_short_tag_after_a_question_even_as_its_own_sentence():
    text = "Lee spoke first.\n\n\u201cWould it be negotiable?\u201d Hannity pressed. \u201cMaybe some people could stay?\u201d"
    assert [q[2] for q in quotes(text)] == ["Hannity", "Hannity"]


def test_hyphenated_role_and_bare_pronoun_like_determiners_in_tags():
    assert only("\u201cThat was the first time,\u201d CBS co-anchor DeMarco Morgan said.")[2] == "CBS co-anchor DeMarco Morgan"
    assert only("\u201cThat was the first time,\u201d CBS co-Anchor DeMarco Morgan said.")[2] == "CBS co-Anchor DeMarco Morgan"
    assert only("\"Better watch out,\" tweeted another.")[2] == "another"


def test_dash_signature_with_no_break_spaces():
    text = "Readers wrote in.\n\n\u201cHow did we get this low?\u201d\u00a0\u2015 Ana Lopez\u00a0\n"
    assert only(text)[1:3] == ("Ana Lopez", "Ana Lopez")


def test_clause_going_on_after_a_partial_quotation_is_not_its_tag():
    text = "Rubio said that by refusing to say the words \"radical Islam,\" Democrats were ignoring the threat."
    assert only(text)[2] == "Rubio"


def test_long_appositive_tags_and_more_inverting_verbs():
    text = ("\"We call on them to reject it,\" Sarah Warbelow, legal director for the rights group "
            "Equal Voice, said.")
    assert only(text)[2] == "Sarah Warbelow"
    assert only("\"She set out to prove them wrong,\" remembered Roy Verley, a former spokesman.")[2] == "Roy Verley"
    assert only("\"They will get paid for it,\" noted a report by the nonprofit E3G.")[2] == "a report"
    assert only("\"Is he profiling?\" reacted Ana Lopez.")[2] == "Ana Lopez"


def test_possessive_before_a_role_is_not_the_speaker():
    assert only("\"It is about time,\" exhorted Clinton\u2019s introducer, actress Jane Doe.")[1:3] == (
        "Clinton\u2019s introducer", "Clinton\u2019s introducer")


def test_prepositional_phrase_between_subject_and_verb():
    assert only("Trump in his announcement speech called them \"rapists.\"")[2] == "Trump"
    assert only("The judge in the case called it \"absurd.\"")[2] == "The judge in the case"


def test_its_and_theres_are_not_speakers_heres_introduces_one():
    assert only("Here\u2019s Clinton in December 1992: \"Our new direction must rest on skills.\"")[2] == "Clinton"
    got = quotes("It\u2019s the pull of a promise that sounded like \"you can keep it\" to many.")
    assert all(q[2] is None or not q[2].startswith("It") for q in got)


def test_inverted_tag_on_a_paraphrase_names_the_speaker_of_the_next_quotation():
    text = ('Upkeep can be a barrier to use, says Luke Funk, a surgeon at the clinic. '
            '"It does not need charging at all."')
    assert only(text) == ("It does not need charging at all.", "Luke Funk", "Luke Funk", "says")


def test_apposition_before_said_still_names_the_subject():
    text = 'Dana Lee, 35, said Trump would "never win the state."'
    assert only(text)[1] == "Dana Lee"
