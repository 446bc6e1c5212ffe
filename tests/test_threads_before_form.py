"""Bare reader comments between a post's closing line and its comment form (pages written
for these tests; the labels stand for what the line models said)."""
from newscli.boilerplate import LineLabel
from newscli.document import Line
from newscli.marks import PAGING
from newscli.threads import BEFORE_FORM, FORM, relabel_before_form

POST = [
    "I finally watched the film again last week, twenty years after I first saw it in a cinema.",
    "It is louder than I remembered, and far funnier; the satire lands harder now than it did then.",
    "The book and the film want different things, and I think that is fine: a film is not a book.",
    "What the film keeps is the bugs, the uniforms and the speeches, and it turns all three inside out.",
    "I still like the novel very much, and I like the film very much, for very different reasons.",
    "The effects have dated less than the haircuts, which is saying something for a film of that age.",
    "The cast plays it straight throughout, and that is the joke: nobody on screen is in on it at all.",
    "So watch it again if you can, and tell me whether it has aged as well for you as it has for me.",
]

COMMENTS = [
    "About time \U0001F609",
    "Ya, I try to be objective about different mediums.",
    "@Paul: psst, end of paragraph seven.",
    "John \u2013 have any of your works come out as a board game? I would buy it in a second.",
    "The sequel was made for video and it shows in every scene of it.",
    "Hey! I'm not clocking seventy years yet!",
]

FORM_LINES = ["Name (required):", "Email (required):"]


def _labels(rows: list[tuple[str, str, str | None]]) -> list[LineLabel]:
    return [LineLabel(Line(i + 1, 0, len(t), t), label, reason, 0.0 if label == "body" else 0.9)
            for i, (t, label, reason) in enumerate(rows)]


def _page(middle: list[str], closing: tuple[str, str, str | None] | None) -> list[LineLabel]:
    rows = [(t, "body", None) for t in POST]
    if closing is not None:
        rows.append(closing)
    rows += [(t, "body", None) for t in middle]
    rows += [(t, "boilerplate", FORM) for t in FORM_LINES]
    return _labels(rows)


FILING = ("Category: Films I Watch Again", "boilerplate", PAGING)


def test_bare_comments_between_a_filing_line_and_the_form_are_a_thread():
    out = relabel_before_form(_page(COMMENTS, FILING))
    assert [lab.label for lab in out[:len(POST)]] == ["body"] * len(POST)
    thread = out[len(POST) + 1:len(POST) + 1 + len(COMMENTS)]
    assert [lab.reason for lab in thread] == [BEFORE_FORM] * len(COMMENTS)


def test_a_sign_off_closes_the_post_too():
    out = relabel_before_form(_page(COMMENTS, ("\u2014 JS", "boilerplate", "short line, not a sentence")))
    assert all(lab.label == "boilerplate" for lab in out[len(POST):])


def test_a_post_with_no_closing_line_before_its_form_keeps_its_body():
    out = relabel_before_form(_page(COMMENTS, None))
    assert all(lab.label == "body" for lab in out[:len(POST) + len(COMMENTS)])


def test_a_post_scattered_with_a_filing_line_keeps_prose_that_is_not_readers_talking():
    more_story = [
        "The director later said that he had never finished reading the book before shooting began.",
        "The studio cut twenty minutes from the film after its first test screening in the spring.",
        "Critics at the time were divided, and the box office was a disappointment for its backers.",
        "Its reputation grew on home video, where a younger audience found the jokes inside it.",
    ]
    out = relabel_before_form(_page(more_story, FILING))
    assert all(lab.label == "body" for lab in out if lab.line.text in more_story)


def test_a_postscript_after_the_sign_off_is_not_a_thread():
    postscript = ["P.S. I'm sending the welcome emails today. If you got one late, that's why!",
                  "P.P.S. If you found this useful, reply and tell me what you learned?"]
    out = relabel_before_form(_page(postscript, ("\u2014 Finn", "boilerplate", "short line, not a sentence")))
    assert all(lab.label == "body" for lab in out if lab.line.text in postscript)


def test_a_short_post_is_not_taken_for_a_story_with_comments():
    rows = [(POST[0], "body", None), FILING] + [(t, "body", None) for t in COMMENTS]
    rows += [(t, "boilerplate", FORM) for t in FORM_LINES]
    out = relabel_before_form(_labels(rows))
    assert all(lab.label == "body" for lab in out if lab.line.text in COMMENTS)


def test_a_comments_heading_left_as_body_still_frames_the_thread():
    rows = [(t, "body", None) for t in POST] + [("12 thoughts on \u201cFilms I Watch Again\u201d", "body", None)]
    rows += [(t, "body", None) for t in COMMENTS] + [(t, "boilerplate", FORM) for t in FORM_LINES]
    out = relabel_before_form(_labels(rows))
    assert [lab.label for lab in out[:len(POST)]] == ["body"] * len(POST)
    assert all(lab.reason == BEFORE_FORM for lab in out if lab.line.text in COMMENTS)
