"""Teaser paragraphs of other posts after the story (pages written for these tests)."""
from newscli.boilerplate import REASONS
from newscli.marks import CREDIT
from newscli.teasers import OFF_TOPIC, TEASERS, is_cut_blurb, is_pitched_blurb, relabel
from test_story_end import STORY, labels, page

TEASERS_AFTER = [
    "Our staff have sifted through the stream of September's music and returned with a selection of shiny golden nuggets",
    "In this month's edition of the podcast, Ann Lee and Tom Ray discuss the boot that conquered a decade of pop",
    "A bumper edition of our jazz column, including the critic's twenty albums of the year and a few surprises...",
    "Here are the albums and songs from the last month that our staff think you should hear, as selected by us",
]


def test_a_blurb_ends_without_a_stop_or_is_cut_off():
    assert is_cut_blurb("Here are the albums and songs from the last month that we think you should hear")
    assert is_cut_blurb("Before we get our whopper out next week, here's our little monthly roundup of jo...")
    assert not is_cut_blurb("The new bridge should open in two years.")
    assert not is_cut_blurb("1 in 4 adults ages 20 to 64 currently has cavities.2")  # a footnote mark


def test_a_run_of_teasers_after_the_story_is_furniture():
    rows = [(STORY, None, 0.05)] * 6 + [("More on the bridge", "link repeated for each item", 0.9)]
    for text in TEASERS_AFTER:
        rows += [(text, None, 0.3), ("Ann Lee", "repeated in this document", 0.8)]
    out = relabel(page(*rows))
    assert labels(out)[:6] == ["body"] * 6
    teasers = [lab for lab in out if lab.line.text in TEASERS_AFTER]
    assert [lab.label for lab in teasers] == ["boilerplate"] * 4
    assert {lab.reason for lab in teasers} == {TEASERS}


def test_the_page_s_last_blurb_goes_with_the_run_though_it_ends_on_a_stop():
    last = "Budget for a sunroom addition based on the room type, site preparation, labour and the features you want."
    rows = [(STORY, None, 0.05)] * 6 + [(text, None, 0.3) for text in TEASERS_AFTER] + [(last, None, 0.3)]
    out = relabel(page(*rows))
    assert labels(out)[:6] == ["body"] * 6
    assert out[-1].label == "boilerplate" and out[-1].reason == TEASERS
    # two such lines after the run are the story's closing paragraphs, not a blurb
    rows.append(("The council will meet again next month to vote on the final cost of the new bridge.", None, 0.2))
    out = relabel(page(*rows))
    assert labels(out)[-2:] == ["body", "body"]


def test_a_list_the_story_holds_or_closes_on_is_left_alone():
    items = [(text, None, 0.3) for text in TEASERS_AFTER]
    # introduced by a colon: the story's own list, even at its end
    intro = ("The critics picked these among the records of the year:", None, 0.2)
    labs = page(*([(STORY, None, 0.05)] * 6 + [intro] + items))
    assert labels(relabel(labs)) == labels(labs)
    # followed by more story: a list inside it
    labs = page(*([(STORY, None, 0.05)] * 6 + items + [(STORY, None, 0.05)] * 4))
    assert labels(relabel(labs)) == labels(labs)
    # no story above it: nothing to stand after
    labs = page(*items)
    assert labels(relabel(labs)) == labels(labs)


def test_a_news_story_s_last_paragraphs_are_left_alone():
    ending = [
        ("The council will meet again next month to vote on the final cost of the new bridge.", None, 0.2),
        ("Residents who wish to comment can write to the town clerk before the end of March.", None, 0.2),
        ('"We owe it to the people who cross it every day," the mayor said after the vote.', None, 0.2),
    ]
    labs = page(*([(STORY, None, 0.05)] * 6 + ending))
    assert labels(relabel(labs)) == labels(labs)


def test_marked_items_quoted_posts_and_references_are_not_blurbs():
    assert not is_cut_blurb("-- Editorial: Reimagining Obesity in 2018 - A Theme Issue on Obesity and Its Care")
    assert not is_cut_blurb("1 Yiou et al. Intracavernous Injections of Bone Marrow Cells for Postradical Prostatectomy")
    assert not is_cut_blurb("Why not just have an actor do it? \u2014 Sopan Deb (@SopanDeb) September 25, 2016")
    assert not is_cut_blurb("Cited study: http://bmjopenrespres.bmj.com/content/2/1/e000083.abstract")


def test_a_fact_list_the_story_closes_on_is_left_alone():
    facts = ["1 in 4 pregnant women will suffer a miscarriage",
             "4.9 million babies are born with a serious birth defect worldwide every year",
             "3.3 million children under five die from serious birth defects annually",
             "Congenital heart disease is the most common form of birth defect, affecting 1 in 100 babies",
             "Heart defects account for 30% of deaths in children under five years of age"]
    labs = page(*([(STORY, None, 0.05)] * 6 + [("STATISTICS", None, 0.4)] + [(t, None, 0.3) for t in facts]))
    assert labels(relabel(labs)) == labels(labs)


PITCHED_AFTER = [
    "Planning a new footbridge? Discover what to expect, from the first survey to the opening day.",
    "Learn why old iron bridges rust from the inside, and what owners can do to slow it down.",
    "Anna Lee, engineer at the county, breaks down how a bridge inspection is planned and paid for.",
    "Stone bridges last for centuries. This article looks at the ten oldest still carrying traffic.",
]


def test_a_blurb_that_pitches_its_post_to_the_reader_is_a_teaser():
    assert is_pitched_blurb("Discover how much porcelain countertops cost to install.")
    assert is_pitched_blurb("Protein matters, but not all sources are equal. This article compares them.")
    assert is_pitched_blurb("Anna Lee, editor at X, breaks down how to apply for membership.")
    assert not is_pitched_blurb("The council will discover the full cost of the bridge next month.")
    assert not is_pitched_blurb("Engineers explained the delay to residents on Tuesday.")


def test_a_run_of_pitched_blurbs_after_the_story_is_furniture():
    rows = [(STORY, None, 0.05)] * 6 + [(text, None, 0.3) for text in PITCHED_AFTER]
    out = relabel(page(*rows))
    assert labels(out) == ["body"] * 6 + ["boilerplate"] * 4
    assert {lab.reason for lab in out[6:]} == {TEASERS}


def test_a_how_to_story_s_own_steps_are_left_alone():
    steps = [
        ("Learn the basic knots first: the bowline, the clove hitch and the reef knot.", None, 0.2),
        ("Read the weather forecast the night before and again on the morning of the climb.", None, 0.2),
        ("Check out the route on a map and tell someone where you are going and when.", None, 0.2),
    ]
    # followed by more of the story: steps inside it
    labs = page(*([(STORY, None, 0.05)] * 6 + steps + [(STORY, None, 0.05)] * 4))
    assert labels(relabel(labs)) == labels(labs)
    # introduced by a colon at the story's end: its own list
    intro = ("Before you set out, do three things:", None, 0.2)
    labs = page(*([(STORY, None, 0.05)] * 6 + [intro] + steps))
    assert labels(relabel(labs)) == labels(labs)


OTHER_POSTS = [
    "Cathay Pacific introduces its retrofitted Boeing aircraft to the United States for the first time.",
    "Rosewood London unveiled an alpine-inspired terrace experience that runs through February.",
    "Though Lisbon teems with travelers, it is possible to find pockets of peace outside the city.",
]
GOES_ON = [
    "The council said the footbridge over the river would stay closed until engineers repair the rust.",
    "Engineers told the council the main supports of the footbridge could be replaced by the spring.",
    "The river crossing was built in 1902 and the council last inspected the footbridge in 2019.",
]
PROMPT = ("Get the Riverside Daily in your inbox", REASONS["lex_newsletter"], 0.97)


def test_blurbs_of_other_subjects_after_the_closing_furniture_are_furniture():
    labs = page(*([(STORY, None, 0.05)] * 6 + [PROMPT] + [(t, None, 0.3) for t in OTHER_POSTS]))
    out = relabel(labs)
    assert labels(out)[:6] == ["body"] * 6
    assert [(lab.label, lab.reason) for lab in out[7:]] == [("boilerplate", OFF_TOPIC)] * 3


def test_a_story_going_on_after_a_prompt_or_a_caption_is_left_alone():
    # the same subject after the prompt: the story's own paragraphs
    labs = page(*([(STORY, None, 0.05)] * 6 + [PROMPT] + [(t, None, 0.3) for t in GOES_ON]))
    assert labels(relabel(labs)) == labels(labs)
    # other subjects after a caption: a story holds captions, it goes on after them
    caption = ("The old footbridge in 1950. | Photo by Ann Lee", CREDIT, 0.9)
    labs = page(*([(STORY, None, 0.05)] * 6 + [caption] + [(t, None, 0.3) for t in OTHER_POSTS]))
    assert labels(relabel(labs)) == labels(labs)


def test_a_long_story_half_or_a_marked_list_after_a_prompt_is_left_alone():
    # as long as the story above it: the story a prompt cut in two
    labs = page(*([(STORY, None, 0.05)] * 6 + [PROMPT] + [(t, None, 0.3) for t in OTHER_POSTS * 3]))
    assert labels(relabel(labs)) == labels(labs)
    # the items of a digest's marked list
    labs = page(*([(STORY, None, 0.05)] * 6 + [PROMPT] + [("~ " + t, None, 0.3) for t in OTHER_POSTS]))
    assert labels(relabel(labs)) == labels(labs)


def test_paragraphs_that_quote_someone_after_a_prompt_are_the_story_going_on():
    # a story turns to a new subject after a sign-up box, but people still speak in it
    quoted = [
        "Other biomarkers, including blood proteins, are being tested in smaller clinics this year.",
        '"We are measuring the brain directly for the first time," Hicks said of the new method.',
        "Some scientists are also looking at the eyes, which share tissue with the brain itself.",
    ]
    labs = page(*([(STORY, None, 0.05)] * 6 + [PROMPT] + [(t, None, 0.3) for t in quoted]))
    assert labels(relabel(labs)) == labels(labs)


PINNED = [
    "Online trade programs help you start a skilled career in under two years. Explore costs, schedules and pay.",
    "An IT certificate can open the door to a first job in tech support. Learn about program lengths and costs.",
    "The Acer Nitro 16 is the budget gaming laptop that packs the most power into its price. Read More",
    "Medical billing programs prepare you for steady work in clinics and hospitals. Compare the best online schools.",
]


def test_a_run_of_blurbs_pinned_inside_the_story_is_furniture():
    from newscli.teasers import PINNED as REASON

    rows = [(STORY, None, 0.05)] * 3 + [(text, None, 0.3) for text in PINNED] + [(STORY, None, 0.05)] * 3
    out = relabel(page(*rows))
    assert labels(out) == ["body"] * 3 + ["boilerplate"] * 4 + ["body"] * 3
    assert {lab.reason for lab in out if lab.line.text in PINNED} == {REASON}


def test_a_story_whose_paragraphs_point_elsewhere_now_and_then_is_left_alone():
    story = [
        "The council approved the new budget on Tuesday after a long debate over the cost of road repairs.",
        "Residents can read the full budget online. Read the summary at the town hall as well.",
        "The mayor said the repairs would start in the spring and last until the end of the summer.",
        "Several business owners objected to the closures. Learn more about their petition on the town's site.",
        "Two short blurbs in a row are not a list of posts. Explore the rest of our coverage below.",
    ]
    out = relabel(page(*[(text, None, 0.1) for text in story]))
    assert labels(out) == ["body"] * 5


def test_a_pinned_run_is_found_wherever_it_starts_and_however_long():
    from newscli.teasers import pinned_runs

    for before in range(5):
        for size in (2, 3, 4, 5):
            rows = [(STORY, None, 0.05)] * before + [(PINNED[k % 4], None, 0.3) for k in range(size)]
            rows += [(STORY, None, 0.05)] * (4 - before)
            want = [(before, before + size - 1)] if size >= 3 else []
            assert pinned_runs(page(*rows)) == want, (before, size)


def test_a_blurb_sending_the_reader_elsewhere_as_the_page_s_last_line_is_furniture():
    from newscli.teasers import CLOSING_TEASER
    for last in ("Learn how the hospital's cardiologists treat valve disease with minimally invasive procedures.",
                 "Thinking about a used EV? Learn how to check battery health, pricing and warranties before you buy.",
                 "Master cloud cost optimization with rightsizing, smart purchasing and automation to reduce waste."):
        out = relabel(page(*[(STORY, None, 0.05)] * 6, (last, None, 0.3)))
        assert labels(out)[:6] == ["body"] * 6
        assert out[-1].label == "boilerplate" and out[-1].reason == CLOSING_TEASER
    # the same sentence inside the story, a story's concluding line, a lead-in, or a page with no story above
    inside = "Learn how the council picked the site for the new bridge from the minutes of its meeting below."
    out = relabel(page(*[(STORY, None, 0.05)] * 3, (inside, None, 0.3), *[(STORY, None, 0.05)] * 3))
    assert labels(out) == ["body"] * 7
    for last in ("The council will meet again next month to vote on the final cost of the new bridge.",
                 "Learn how to read the council's plans for the new bridge, step by step, in the list below:"):
        assert labels(relabel(page(*[(STORY, None, 0.05)] * 6, (last, None, 0.3))))[-1] == "body"
    short = page(("A short note on the bridge.", None, 0.05),
                 ("Learn how the council picked the site for the new bridge from its minutes.", None, 0.3))
    assert labels(relabel(short)) == ["body", "body"]
