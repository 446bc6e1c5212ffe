"""Reader comments no cue of the page frames: a short thread at the story's end opened by
a reader praising the post, bare comments after a post's invitation to comment, and a
pingback named as such (pages written for these tests; the labels stand for what the
line models said)."""
from newscli.boilerplate import REASONS as LEX
from newscli.threads import (BEFORE_FORM, FORM, PINGBACK, PRAISED, _evidence, _praises_post,
                             relabel_before_form, relabel_praised_tail, thread_span)
from pages import label_names, labelled

STORY = [
    "The city council voted on Tuesday to close the old library on Elm Street by the end of the year.",
    "Council members said the building needs repairs that would cost more than a new branch would.",
    "Residents who spoke at the meeting asked that the reading room stay open until the new branch opens.",
    "The council agreed to look at keeping a small lending desk in the town hall during the move.",
    "A new branch is planned for the east side of town, next to the school, and should open in two years.",
    "The library's collection of local newspapers will be scanned before the move, the librarian said.",
    "Volunteers have offered to help pack the books, and the council thanked them for their time.",
    "The next council meeting, on the budget for the new branch, is set for the first week of March.",
    "Until then the library keeps its usual hours, and its books can be borrowed and returned as before.",
    "The old building itself will be offered for sale, and the council hopes a school or a museum buys it.",
]


def test_a_short_thread_opened_by_praise_of_the_post_is_not_story():
    comments = ["Great read - looking forward to the rest of the series!",
                "This reminded me of the branch that closed in my own town ten years ago.",
                "I think the lending desk is a good idea, if someone is there to staff it."]
    out = relabel_praised_tail(labelled(STORY + comments + [("No posts", "boilerplate")]))
    assert label_names(out[:len(STORY)]) == ["body"] * len(STORY)
    assert [lab.reason for lab in out[len(STORY):-1]] == [PRAISED] * len(comments)


def test_praise_the_models_already_took_out_still_opens_the_thread():
    rows = STORY + [("Thanks for the summary!", "boilerplate"),
                    "I went to the meeting too and the room was full.",
                    "Will the newspapers be online once they are scanned?"]
    out = relabel_praised_tail(labelled(rows))
    assert label_names(out) == ["body"] * len(STORY) + ["boilerplate"] * 3


def test_an_authors_closing_thanks_to_the_reader_is_story():
    closing = ["Thanks for reading! I hope you enjoyed this one as much as I enjoyed writing it.",
               "Until next time, see you at the council meeting."]
    out = relabel_praised_tail(labelled(STORY + closing))
    assert label_names(out) == ["body"] * (len(STORY) + len(closing))


def test_a_single_parting_shot_at_the_end_of_a_story_is_story():
    rows = STORY + ["Good job General Smith. I am sure the town will remember the vote for a long time."]
    out = relabel_praised_tail(labelled(rows))
    assert label_names(out) == ["body"] * len(rows)


def test_praise_early_in_the_page_is_not_a_thread():
    rows = ["Great work and a steady hand are what the new librarian brings, the council said."] + STORY
    assert label_names(relabel_praised_tail(labelled(rows))) == ["body"] * len(rows)


def test_praise_of_the_post_reads_at_a_lines_start():
    assert _praises_post("Great job Karen :))")
    assert _praises_post("Thank you so much Melissa for sharing this.")
    assert _praises_post("Very insightful, helps remove the fear of the blank page")
    assert not _praises_post("Great spec list, including fast charge and Bluetooth 5.3")
    assert not _praises_post("A good starting point is a USB microphone.")
    assert not _praises_post("Thank you for joining me on this journey!")
    assert not _praises_post("\u201cGreat read,\u201d she said of the report.")


INVITED = STORY + ["Download the report. Read it. Let us know what you think."]
BARE_COMMENTS = ["This makes me really happy. The town needed this.",
                 "About time \U0001F609",
                 "Exactly what we asked for at the last meeting, and why we kept asking.",
                 "The east side is far from the bus lines, though.",
                 "Hey! Who is paying for the scanning?"]
PROMPT = ("You must be logged in to post a comment.", "boilerplate", LEX["lex_comments"], 0.9)


def test_bare_comments_between_an_invitation_to_comment_and_the_form_are_a_thread():
    out = relabel_before_form(labelled(INVITED + BARE_COMMENTS + [PROMPT]))
    assert label_names(out[:len(INVITED)]) == ["body"] * len(INVITED)
    assert [lab.reason for lab in out[len(INVITED):-1]] == [BEFORE_FORM] * len(BARE_COMMENTS)


def test_a_post_that_goes_on_after_inviting_comments_keeps_its_body():
    more = ["The librarian said the scanning would take most of the spring.",
            "The council will publish the plans for the new branch in the summer.",
            "A public hearing on the plans is expected in the autumn, before any building starts."]
    rows = INVITED + more + [("Name *", "boilerplate", FORM, 0.9)]
    assert label_names(relabel_before_form(labelled(rows))) == ["body"] * len(INVITED + more) + ["boilerplate"]


def test_a_pingback_can_be_named_as_such():
    assert _evidence("Pingback: Babbel Review: In-Depth Insights After 6 Tests")[1] == PINGBACK


def test_a_short_cue_comment_just_before_the_strongest_run_joins_the_thread():
    lines = STORY + [
        "Good catch! The weights changed many times while the list was drawn up.",
        "The scanning of the newspapers was paid for by a grant from the state archive.",
        "Thanks for writing this up, it is the first I heard of the vote.",
        "Thank you so much for covering the meeting!",
        "Great post, I agree with every word of it.",
        "Thanks for the update. Keep up the good work!",
    ]
    span = thread_span(lines)
    assert span is not None and span[0] == len(STORY)
