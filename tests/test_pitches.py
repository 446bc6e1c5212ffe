"""The site's own pitches to its reader after a newsletter issue or a blog post
(pages written for these tests)."""
from newscli.boilerplate import REASONS
from newscli.pitches import CALL, PITCH, TAIL, call_to_action, relabel, self_pitch
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


def test_a_call_to_action_asks_the_reader_to_use_the_site_s_own_offer():
    # a short line in the site's own voice, with the verb of a sale
    assert call_to_action("Stay informed with our latest updates.")
    assert call_to_action("Try out our new simple fold and cut font!")
    assert call_to_action("\U0001f449 Compare movers with our Find-a-Mover tool")
    assert call_to_action("Want a personalized estimate? Try our Home Renovation Cost Calculator.")
    # a box's sentence with its button run into the line
    assert call_to_action("Let us take all your junk away! Book Online \u276f")
    assert call_to_action("Looking for all-day comfort? Our shop gets it to you hassle-free! Try Skechers Today")
    # a pointer to more of the site's story, a list's lead-in, a heading, a paragraph's sentence
    assert not call_to_action("Read our full review of the 2023 Asus ROG Zephyrus G14.")
    assert not call_to_action("Learn more in our guide to project management templates.")
    assert not call_to_action("Check out our picks for best rental moving trucks in New York:")
    assert not call_to_action("2. Schedule Regular Dental Check-ups")
    assert not call_to_action("Use our step-by-step solar sizing guide to determine how many solar panels you would need.")


def test_a_news_story_s_appeals_are_left_alone():
    # a story reports what others urge, and its quotes speak for their speakers
    assert not call_to_action("\"Join us,\" the mayor told the crowd on Tuesday.")
    assert not call_to_action("The charity urged residents to contact their councillors before the vote on our river.")
    assert not call_to_action("Officials asked drivers to use other roads. The bridge reopens on Monday.")
    assert not call_to_action("She said the club will Start Again Soon")


def test_a_call_inside_the_story_goes_and_the_story_stays():
    labs = page((STORY, None, 0.05), ("Stay informed with our latest updates.", None, 0.4),
                (STORY, None, 0.05), (STORY, None, 0.05))
    out = relabel(labs)
    assert labels(out) == ["body", "boilerplate", "body", "body"]
    assert out[1].reason == CALL


def test_a_call_after_the_story_opens_its_furniture_tail():
    labs = page((STORY, None, 0.05), (STORY, None, 0.05), (STORY, None, 0.05),
                ("Use our widget", None, 0.4),
                ("We'd like to track our stories, so add the pixel when you republish.", None, 0.4),
                ("Share", REASONS["lex_share"], 0.95),
                ("\u00a9 2025 The Riverside Daily", REASONS["copyright"], 0.99))
    out = relabel(labs)
    assert labels(out) == ["body"] * 3 + ["boilerplate"] * 4
    assert (out[3].reason, out[4].reason) == (CALL, TAIL)


def test_a_box_between_paragraphs_does_not_open_the_tail_and_a_call_before_furniture_does():
    box = ("Looking for junk removal that doesn't stink? Learn More \u276f", None, 0.4)
    tail = [("Related Articles", REASONS["lex_related"], 0.95), ("Share", REASONS["lex_share"], 0.95),
            ("\u00a9 2025 The Riverside Daily", REASONS["copyright"], 0.99)]
    # the story goes on for two paragraphs after the box: they stay
    out = relabel(page(*[(STORY, None, 0.05)] * 3, box, (STORY, None, 0.05), (STORY, None, 0.05), *tail))
    assert labels(out) == ["body"] * 3 + ["boilerplate"] + ["body"] * 2 + ["boilerplate"] * 3
    # one line of body after the call, then the furniture: the call opens the tail
    haul = ("We haul furniture, appliances and yard waste across the metro area.", None, 0.4)
    out = relabel(page(*[(STORY, None, 0.05)] * 3, box, haul, *tail))
    assert labels(out) == ["body"] * 3 + ["boilerplate"] * 5
    assert out[4].reason == TAIL
