"""The top of the page: site notices, a promotion and a cut story opening (pages written
for these tests)."""
from newscli.boilerplate import LineLabel
from pages import label_names as labels, labelled
from newscli.tops import (ABOVE_STAMP, NOTICE, PROMOTION, SIGN_OFF, STAMP, VERDICT, notice, promotion, relabel, restored, stamp,
                          verdict)

STORY = ("The city council voted on Tuesday to close two of the five public pools this summer, "
         "saying the money it saves will go to repairing the roofs of three primary schools.")
CUT = "before the story starts"


def page(*rows: tuple[str, str]) -> list[LineLabel]:
    """Labels of a page: (text, label) per line; furniture gets the start edge's reason."""
    return labelled(rows, CUT)


def test_site_notices_above_the_story_are_furniture():
    for text in ("We noticed that you are using Internet Explorer 11 or older that is not supported any longer.",
                 "Your browser is out of date. Please update your browser to see this site as it should look.",
                 "An official website of the United States government",
                 "The .gov means it's official. Federal government websites often end in .gov or .mil.",
                 "This article is also available in following languages:",
                 "Example.com is committed to delivering content that is objective and actionable.",
                 "Products are chosen independently by our editors.",
                 "Example Babies is committed to providing you with the most up-to-date and accurate information.",
                 "This post is over 3 years old. I've probably changed my mind since it was written."):
        assert notice(text), text
        out = relabel(page((text, "body"), (STORY, "body")))
        assert labels(out) == ["boilerplate", "body"] and out[0].reason == NOTICE


def test_a_story_about_browsers_is_left_alone():
    for text in ("Browser compatibility was a nightmare. Netscape Navigator and Internet Explorer drew pages "
                 "differently, and every site carried two sets of code.",
                 "The agency said it is committed to providing clean water to every home by 2030.",
                 "This house is over 100 years old, and its roof shows it."):
        assert not notice(text), text
    # below the story's first paragraph, even a notice's words are left to the models
    out = relabel(page((STORY, "body"), ("Update your browser, the help desk told him.", "body")))
    assert labels(out) == ["body", "body"]


def test_a_promotion_on_the_first_line_is_furniture():
    for text in ("Looking for sales leads in the electronics industry? Check out our database of manufacturers.",
                 "Read our preview of this weekend's world championships!"):
        assert promotion(text), text
        out = relabel(page((text, "body"), (STORY, "body")))
        assert labels(out) == ["boilerplate", "body"] and out[0].reason == PROMOTION


def test_a_promotion_inside_the_story_is_left_alone():
    intro = "Not sure which tax service to use? Check out our breakdown of the eight most popular ones below."
    out = relabel(page(("Tax season", "heading"), (intro, "body"), (STORY, "body")))
    assert labels(out) == ["heading", "body", "body"]
    assert not promotion("The team read our letter and wrote back within a day.")


REVIEW = ("Choosing the right security camera for your home doesn't have to be overwhelming. We tested over "
          "100 cameras indoors and out, in daylight and at night, to find the ones worth your money.")


def test_a_reviews_verdict_on_the_first_line_is_furniture():
    for text in ("Our top pick, Acme VPN, had less than a five percent impact on our internet speed.",
                 "Ledgerly and Booksy are my top picks for the best self-employed accounting software.",
                 "We chose Allianz as the best travel insurance for seniors thanks to their high coverage limits."):
        assert verdict(text), text
        out = relabel(page((text, "body"), (REVIEW, "body")))
        assert labels(out) == ["boilerplate", "body"] and out[0].reason == VERDICT


def test_a_pick_in_a_story_or_lower_in_a_review_is_left_alone():
    for lede in ("The president's top pick for the court met senators on Tuesday to answer their questions.",
                 "We chose to stay home that winter, as the best of a bad set of choices for the family."):
        assert not verdict(lede), lede
        assert labels(relabel(page((lede, "body"), (STORY, "body")))) == ["body", "body"]
    intro = "Our top pick for high school students is Learner, for its focus on one-to-one sessions."
    assert labels(relabel(page((REVIEW, "body"), (intro, "body")))) == ["body", "body"]


def test_a_sign_off_on_the_first_line_is_furniture():
    text = "I hope you found this post useful. If you'd rather have us do it for you, click here to get started."
    out = relabel(page((text, "body"), (STORY, "body")))
    assert labels(out) == ["boilerplate", "body"] and out[0].reason == SIGN_OFF


def test_a_story_about_hope_is_left_alone():
    lede = "I hope the council finds the money, said Maria Lopez, whose children swim at the pool every day."
    assert labels(relabel(page((lede, "body"), (STORY, "body")))) == ["body", "body"]
    thanks = "Thanks for reading! Subscribe for free to receive new posts."
    assert labels(relabel(page((STORY, "body"), (thanks, "body")))) == ["body", "body"]


def test_an_opening_the_start_edge_cut_goes_back_to_the_story():
    out = relabel(page(("Modern software is built on a fragile assumption: that the network is always there.",
                        "boilerplate"), ("It isn't.", "boilerplate"), (STORY, "body")))
    assert labels(out) == ["body", "body", "body"] and out[0].reason is None
    assert restored(page(("Why?", "boilerplate"), ("Because strength training pays off at any age.", "body"),
                         (STORY, "body"))) == 1


def test_furniture_above_the_story_stays_cut():
    # no line continues the one before: a tagline above the story
    assert restored(page(("Travel tips, budget travel guides, volunteering stories, more!", "boilerplate"),
                         (STORY, "body"))) == 0
    # a headline ends no sentence; the story's "It" continues the headline, not furniture
    assert restored(page(("Council Closes Two Pools", "boilerplate"), ("It saves the city money.", "body"))) == 0
    # furniture the models named (a call to action) is not the start edge's cut
    labs = page(("Join us. Takes 2 seconds.", "boilerplate"), ("It is free.", "body"))
    labs[0] = LineLabel(labs[0].line, "boilerplate", "call to action", 0.9)
    assert restored(labs) == 0
    # a headline in title case, even one that ends on "!!!", is not an opening sentence
    assert restored(page(("New York Man Wanted For Fraud In Three States!!!", "boilerplate"),
                         ("This will blow your mind: he used four names.", "body"))) == 0


def test_government_banners_are_site_notices():
    for text in ("Official websites use .gov A .gov website belongs to an official government organization "
                 "in the United States.",
                 "Secure .gov websites use HTTPS A lock ( ) or https:// means you've safely connected to the "
                 ".gov website."):
        assert notice(text), text
    assert not notice("Learn more about NSF funding for startups at seedfund.nsf.gov.")


def test_date_lines_of_the_story_head():
    for text in ("Faith Katunga\u2022Oct 20, 2025", "By Citadel Financial Tips | September 07, 2023",
                 "August 16, 2019 - Updated July 9, 2025", "23.07.2025 \u00b7 6 min read", "3 MIN. READ",
                 "October 8, 2024 Swoogo", "June 2, 2025"):
        assert stamp(text), text
    for text in ("Below is the original announcement from 12/16/25", "The deadline is April 15, 2026.",
                 "Posted on the association's community forum on 2025-07-09:",
                 "The Black Friday campaign offers 50% off and is valid November 26 \u2013 December 3, 2025."):
        assert not stamp(text), text


LONG_STORY = STORY + " The vote was close, and several members said they would raise it again next year."


def test_the_story_starts_below_its_date_line():
    dek = "Travelers say the firm is redefining what a smooth car rental looks like in 2025."
    out = relabel(page(("Rental Car Rankings", "title"), (dek, "body"), ("Faith Katunga \u2022 Oct 20, 2025", "body"),
                       (LONG_STORY, "body")))
    assert labels(out) == ["title", "boilerplate", "dateline", "body"]
    assert out[1].reason == ABOVE_STAMP and out[2].reason == STAMP
    out = relabel(page(("By Jane Doe | September 07, 2023", "body"), (LONG_STORY, "body")))
    assert labels(out) == ["byline", "body"]
    # a page whose story has no long paragraph below the date is not read
    assert labels(relabel(page(("By Jane Doe | September 07, 2023", "body"), (STORY, "body")))) == ["body", "body"]


def test_a_date_inside_the_story_is_left_alone():
    # below the story's first long paragraph, a line of dates is the story's own (a list of events)
    out = relabel(page((LONG_STORY, "body"), ("Lenovo Tech World: January 6, 2026 | Las Vegas, NV", "body"),
                       (STORY, "body")))
    assert labels(out) == ["body", "body", "body"]
    # a date line the models already found keeps the lines above it (a dek the story may hold)
    out = relabel(page(("This edition is all about where the AI race is headed.", "body"),
                       ("Dec 19, 2025", "dateline"), (LONG_STORY, "body")))
    assert labels(out) == ["body", "dateline", "body"]
    # a reading time alone is furniture, but the dek above it is left to the models
    out = relabel(page(("Learn all you need to know about designing a website.", "body"), ("34 min read", "body"),
                       (LONG_STORY, "body")))
    assert labels(out) == ["body", "dateline", "body"]
