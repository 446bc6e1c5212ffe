"""The site's own pitches to its reader after a newsletter issue or a blog post
(pages written for these tests)."""
from newscli.boilerplate import REASONS
from newscli.pitches import PITCH, TAIL, relabel, self_pitch
from test_story_end import STORY, labels, page


def test_a_pitch_speaks_of_the_page_itself_to_its_reader():
    assert self_pitch("Rate this week's newsletter issue with a single click. Your feedback helps me.")
    assert self_pitch("Thanks for reading The Weekly Fold! This post is public so feel free to share it.")
    assert self_pitch("If you enjoy this newsletter and want to share it with a friend, please do.")
    assert self_pitch("For paid subscribers there are referral rewards if you refer 5 other readers.")
    assert self_pitch("Enjoyed this piece? We need your help to keep publishing.")
    assert self_pitch("Send this article to someone who'd like it.")
    assert self_pitch("Start your cheese education and join Curd Nerd for free.")
    # a story tells of newsletters, referrals and thanks; a sign-off inside a paragraph is the writer's
    assert not self_pitch("The newsletter, which has 40,000 readers, asked them to refer friends for a prize.")
    assert not self_pitch("Officials said the referral program paid out $2 million last year.")
    assert not self_pitch("That is all for this week. Thanks for reading, stay safe, and keep being awesome.")
    assert not self_pitch("She asked voters to rate the council's work on a scale of one to ten.")


def test_pitches_after_the_story_and_the_furniture_tail_they_open():
    labs = page((STORY, None, 0.05), (STORY, None, 0.05), (STORY, None, 0.05),
                ("Rate this week's issue with a single tap.", None, 0.3),
                ("This week on the livestream, we looked at sourdough starters.", None, 0.4),
                ("Share", REASONS["lex_share"], 0.95),
                ("Subscribe to The Weekly Fold", REASONS["lex_newsletter"], 0.99),
                ("© 2025 The Weekly Fold", REASONS["copyright"], 0.99))
    out = relabel(labs)
    assert labels(out) == ["body"] * 3 + ["boilerplate"] * 5
    assert (out[3].reason, out[4].reason) == (PITCH, TAIL)


def test_a_pitch_midway_or_a_story_after_it_is_left_alone():
    # asked for shares in the first half of the story: not after it
    labs = page(("Share this post with a friend if it helps.", None, 0.3), (STORY, None, 0.05),
                (STORY, None, 0.05))
    assert labels(relabel(labs)) == ["body"] * 3
    # a pitch followed by more story than furniture: only the pitch goes
    labs = page((STORY, None, 0.05), (STORY, None, 0.05), (STORY, None, 0.05),
                ("Enjoyed this post? Send it to a friend.", None, 0.3),
                (STORY, None, 0.05), (STORY, None, 0.05))
    assert labels(relabel(labs)) == ["body"] * 3 + ["boilerplate"] + ["body"] * 2


def test_a_news_story_is_left_alone():
    labs = page((STORY, None, 0.05),
                ("The paper's newsletter editor said readers often send this article type to friends.", None, 0.05),
                ("Council members will rate this proposal again next month, the mayor said.", None, 0.05))
    assert labels(relabel(labs)) == ["body"] * 3
