"""Reader threads and teaser lists at the end of a page (pages written for these tests)."""
from newscli import analyze
from newscli.threads import COMMENT, FORM, PINGBACK, REASONS, RELATED, reader_runs, thread_start

ARTICLE = [
    "The town council voted on Tuesday to close the old footbridge over the river.",
    "Engineers found rust in the main supports during an inspection in the spring.",
    "The bridge, built in 1921, carried about 400 walkers a day before the closure.",
    "A temporary crossing will open a mile downstream while a new bridge is designed.",
    "The council expects the work to take two years and cost about four million pounds.",
    "Residents can comment on the plans at the library until the end of the month.",
]

THREAD = [
    "Leave a Reply",
    "Margaret Ellis says:",
    "March 4, 2024 at 9:15 am",
    "Thanks for writing this up, it is the clearest account I have read so far.",
    "Reply",
    "Tom says:",
    "March 4, 2024 at 11:02 am",
    "Great article! I walked over that bridge every day as a boy.",
    "Reply",
    "[…] the local paper has a good summary of the closure […]",
    "Name (required):",
    "Email *",
    "Website",
]


def test_a_comment_thread_after_the_article_is_flagged_to_the_end():
    flags = reader_runs(ARTICLE + THREAD)
    assert flags[:len(ARTICLE)] == [None] * len(ARTICLE)
    assert all(f is not None for f in flags[len(ARTICLE):])
    assert flags[len(ARTICLE) + 3] == COMMENT
    assert flags[len(ARTICLE) + 9] == PINGBACK
    assert flags[-1] == FORM


COMMENTS = [
    "Hi Anna, thank you so much for this, my kids loved the walk over the bridge when they were small.",
    "Wow, what a lovely piece. Keep up the good work! We will miss the old bridge very much.",
    "I think the council should have repaired it years ago, to be honest. It was rusty even then.",
    "Brilliant, thanks for sharing! My grandfather helped paint it in the fifties.",
    "so sad to see it go, we used it every weekend on the way to the market.",
]


def test_comments_without_any_form_are_found_by_their_voice():
    comments = COMMENTS
    flags = reader_runs(ARTICLE + comments)
    assert flags[:len(ARTICLE)] == [None] * len(ARTICLE)
    assert flags[len(ARTICLE):] == [COMMENT] * len(comments)


def test_dialogue_quoted_in_a_story_is_not_a_thread():
    story = [
        "The ferry left the harbour at dawn, half empty, as it has every winter.",
        "\u201cHi, are you the new skipper?\u201d a deckhand asked as Ruth Moss came aboard.",
        "\u201cI think so,\u201d she said. \u201cThanks for waiting for me.\u201d",
        "Moss has worked on boats since she was sixteen, first on trawlers, then on ferries.",
        "\u201cI love this route,\u201d she said later. \u201cYou see the whole coast from here.\u201d",
        "The company says the service will run all year if passenger numbers hold up.",
        "Moss was less sure. \u201cWe will see,\u201d she said. \u201cThe sea decides.\u201d",
        "The next sailing is on Thursday.",
    ]
    assert reader_runs(story) == [None] * len(story)


def test_a_first_person_blog_is_not_a_thread():
    blog = [
        "I started baking bread during the long winter of my first year in the city.",
        "My first loaves were flat and dense, and I almost gave up more than once.",
        "I think the turning point was learning to wait: the dough needs time, not force.",
        "I feed my starter every morning now, before coffee, and it has become a ritual.",
        "My neighbour gets the spare loaves, which she says is the best part of the deal.",
        "I hope this helps anyone who is struggling with their own first loaves.",
        "Thanks for reading, and happy baking!",
    ]
    assert all(f is None for f in reader_runs(blog))


def test_a_teaser_list_after_the_article_is_flagged():
    teasers = [
        "Related Articles",
        "How Much Does It Cost to Repair a Victorian Bridge?",
        "Ten Walks Along the River You Should Try This Summer",
        "Why Old Bridges Rust From the Inside Out",
        "The Council's Plan for the High Street, Explained",
    ]
    flags = reader_runs(ARTICLE + teasers)
    assert flags[:len(ARTICLE)] == [None] * len(ARTICLE)
    assert flags[len(ARTICLE) + 1:] == [RELATED] * 4


def test_subheadings_inside_an_article_are_not_a_teaser_list():
    guide = [
        "Choosing a tent is mostly about where and when you will camp.",
        "Weight Matters Most for Long Walks",
        "A tent you carry for a week should weigh under two kilos. Every gram counts on a hill.",
        "Lighter fabrics tear more easily, so treat them with care.",
        "Check the Seams Before You Buy",
        "Taped seams keep the rain out. Untaped ones will leak in the first storm.",
        "Ask the shop to show you the inside of the flysheet.",
        "Think About the Season",
        "A summer tent is cold in October. A winter tent is hot in July.",
        "Most people are best served by a three-season tent.",
    ]
    assert reader_runs(guide) == [None] * len(guide)


def test_form_labels_are_recognised_whole_not_inside_sentences():
    page = ARTICLE + ["Name *", "Email *", "Website", "Comment", "Post Comment"]
    assert reader_runs(page)[len(ARTICLE):] == [FORM] * 5
    story = ARTICLE + ["Her name was on the list, the council's website said.", "Comment was not available."]
    assert reader_runs(story) == [None] * len(story)


def test_a_short_page_has_no_thread():
    assert thread_start(["Thanks!", "Great post!", "Reply"]) is None
    assert reader_runs([]) == []


def test_the_pipeline_turns_flagged_body_lines_into_boilerplate():
    text = "\n".join(ARTICLE + COMMENTS) + "\n"
    analysis = analyze(text)
    by_text = {lab.line.text: lab for lab in analysis.line_labels}
    assert [by_text[c].label for c in COMMENTS] == ["boilerplate"] * len(COMMENTS)
    assert by_text[COMMENTS[0]].reason == COMMENT  # the line models alone call it body
    assert [by_text[a].label for a in ARTICLE] == ["body"] * len(ARTICLE)
    assert "thank you so much" not in " ".join(s.text for s in analysis.sentences)


def test_relabel_changes_only_body_lines():
    from newscli.boilerplate import label_lines
    from newscli.segment import lines
    from newscli.threads import relabel

    before = label_lines(lines("\n".join(ARTICLE + THREAD)))
    after = relabel(before)
    for old, new in zip(before, after):
        if old.label != "body":
            assert new == old
        elif new.label != "body":
            assert new.reason in REASONS


def test_the_comment_machinery_phrases_are_found_inside_longer_lines():
    from newscli.threads import _FORM_KEYS, _FORM_PHRASES, _is_form

    # the cheap key test in front of the phrase search must let every phrase through
    assert all(any(k in p for k in _FORM_KEYS) for p in _FORM_PHRASES)
    line = "Your email address will not be published. Required fields are marked *"
    assert _is_form(line, line.lower())
    prose = "The council said it would publish the report next week."
    assert not _is_form(prose, prose.lower())


def test_praise_is_found_at_a_line_start_or_end():
    from newscli.threads import _PRAISE, _PRAISE_KEYS, _praise

    # the cheap key test in front of the phrase search must let every phrase through
    assert all(any(k in p for k in _PRAISE_KEYS) for p in _PRAISE)
    assert _praise("great post, charles")
    assert _praise("all the best. regards")
    assert not _praise("the council voted on tuesday")


def test_a_pingback_is_an_excerpt_cut_at_either_end():
    from newscli.threads import _is_pingback

    assert _is_pingback("[…] we tried the same walk last spring")
    assert _is_pingback("we tried the same walk last spring [...]")
    assert not _is_pingback("The report [a draft] was leaked.")


def test_a_line_of_symbols_inside_a_thread_does_not_break_it():
    from newscli.boilerplate import SYMBOLS

    page = ARTICLE + THREAD[:5] + ["* * * ;; * * *"] + THREAD[5:]
    labels = analyze("\n".join(page) + "\n").line_labels
    assert labels[len(ARTICLE) + 5].reason == SYMBOLS
    assert [lab.is_body for lab in labels] == [True] * len(ARTICLE) + [False] * (len(THREAD) + 1)


def test_the_cheap_sentiment_test_lets_every_sentiment_word_through():
    from newscli.threads import _SENTIMENT, _sentiment_word

    assert all(_sentiment_word(w) for w in _SENTIMENT)
    assert not _sentiment_word("the council met on tuesday")


def test_a_time_stamp_needs_a_colon_or_ago_before_its_pattern_is_tried():
    from newscli.threads import _STAMP, _stamped

    for line in ("March 3, 2021 at 4:12 pm", "3 DAYS AGO", "an hour ago", "Posted 10:05AM", "The vote"):
        assert _stamped(line, line.lower()) == (_STAMP.search(line) is not None)
    assert _stamped("3 DAYS AGO", "3 days ago") and not _stamped("Tuesday at noon", "tuesday at noon")


def test_a_thread_reads_the_same_with_or_without_the_labellers_line_facts():
    from newscli.boilerplate import LINE_FACTS, label_lines
    from newscli.segment import lines

    page = ARTICLE + THREAD
    LINE_FACTS.clear()
    alone = reader_runs(page)
    label_lines(lines("\n".join(page)))  # leaves its facts of these lines behind
    assert set(page) <= set(LINE_FACTS)
    assert reader_runs(page) == alone
    LINE_FACTS.clear()


def test_figures_after_the_first_word_are_not_a_headline_in_any_script():
    from newscli.threads import _headline

    assert _headline("10 Ways to Save on Energy")
    assert not _headline("Best Deals For March 2024")
    assert not _headline("Best Deals For March ٢٠٢٤")  # Arabic-Indic digits
    assert not _headline("Best Deals For Year²")


def test_the_praise_key_test_is_the_keys_spelt_out():
    import inspect

    from newscli.threads import _PRAISE_KEYS, _praise

    body = inspect.getsource(_praise)
    assert all(f'"{k}" in text' in body for k in _PRAISE_KEYS)


def test_the_form_and_sentiment_key_tests_are_the_keys_spelt_out():
    import inspect

    from newscli.threads import (_FORM_KEYS, _SENTIMENT, _SENTIMENT_STEMS, _is_form,
                                 _sentiment_word)

    form = inspect.getsource(_is_form)
    assert all(f'"{k}" in head' in form for k in _FORM_KEYS)
    sentiment = inspect.getsource(_sentiment_word)
    assert all(f'"{k}" in low' in sentiment for k in _SENTIMENT_STEMS)
    # every sentiment word holds a stem, so the stems can only rule lines out
    assert all(any(k in w for k in _SENTIMENT_STEMS) for w in _SENTIMENT)
    assert _sentiment_word("we love it") and not _sentiment_word("the council met")


def test_the_sentiment_test_on_a_lines_split_words_lets_every_sentiment_line_through():
    from newscli.boilerplate import split_words
    from newscli.threads import _SENTIMENT, _sentiment_word

    for line in ("We love it!", "great, thanks.", "Highly recommend", "so.wonderful!that's all",
                 "the council met on tuesday", "Lovely\u2019s shop", "best-in-class"):
        low = line.lower()
        toks = low.replace("\u2019", "'").replace("!", " ").replace(",", " ").replace(".", " ").split()
        if not _SENTIMENT.isdisjoint(toks):
            assert _sentiment_word(low, split_words(line))
        assert not _sentiment_word(low, split_words(line)) or _sentiment_word(low)


def test_a_line_without_a_personal_head_word_has_no_personal_word():
    from newscli.boilerplate import split_words
    from newscli.threads import _PERSONAL, _personal

    for line in ("I\u2019m sure we\u2019ve met.", "You're right, said the mayor.", "Our view:",
                 "The council met on Tuesday.", "Myriad iterations", "(I) think"):
        head = line.lower()
        exact = not _PERSONAL.isdisjoint(head.replace("\u2019", "'").split())
        assert _personal(head, split_words(line)) == exact == _personal(head, None)


def test_the_opener_test_is_startswith_of_the_openers():
    from newscli.threads import _OPENERS, _opens_as_reader

    heads = [p + "x" for p in _OPENERS] + [p for p in _OPENERS] + ["the council", "", "@", "t", "i"]
    assert [_opens_as_reader(h) for h in heads] == [h.startswith(_OPENERS) for h in heads]


CUT = ("The new crossing will be the first in the county built from recycled steel. Engineers say it "
       "should last a century with little upkeep, and the council hopes to open it before the end of "
       "next year, when the temporary bridge has to be taken down again and the path through the")


def test_a_headline_may_hold_one_count_or_model_number_but_not_a_listings_figures():
    from newscli.threads import _headline

    assert _headline("Moving Abroad In 14 Steps")
    assert _headline("AX3000 Whole Home Mesh WiFi 6 System")
    assert not _headline("Kora Moving Ranked 15 of 21 Movers")  # two figures
    assert not _headline("Global Bridge Repair Market Forecast 2017-2021")  # a span
    assert not _headline("Total Cost Around $2500")  # a price
    assert not _headline("Ricemill 201 E 2nd Street")  # an address with two figures


def test_product_names_with_figures_after_the_story_are_a_teaser_list():
    products = ["BX5400 Tri-Band Whole Home Mesh WiFi 7 System",
                "AX3000 Dual-Band Mesh Wi-Fi 6E System",
                "AX1800 Whole Home Mesh WiFi 6 System"]
    flags = reader_runs(ARTICLE + products)
    assert flags[:len(ARTICLE)] == [None] * len(ARTICLE)
    assert flags[len(ARTICLE):] == [RELATED] * 3


def test_cards_with_subtitled_headlines_and_cut_off_excerpts_are_a_teaser_list():
    cards = [
        "Ten Walks Along the River You Should Try This Summer",
        CUT,
        "Victorian Bridges in the County: Their History, Repairs and Costs",
        CUT + " mead\u2026",
        "Why Old Bridges Rust - A Guide for Owners",
        CUT,
    ]
    story = ARTICLE + ARTICLE  # the cards come after a story longer than they are
    flags = reader_runs(story + cards)
    assert flags[:len(story)] == [None] * len(story)
    assert flags[len(story):] == [RELATED] * len(cards)


def test_a_key_value_line_is_not_a_subtitled_headline():
    from newscli.threads import _headline_line
    assert _headline_line("How Old Bridges Rust: The Inside Story")
    assert not _headline_line("Category: Local News and Events")
    assert not _headline_line("Key takeaways: Bridges Rust")


def test_a_listing_that_starts_before_the_pages_tail_is_the_pages_content():
    events = []
    for city in ("Leeds", "York", "Hull", "Bath", "Ely", "Wells", "Ripon", "Truro"):
        events += [f"{city} Bridge Festival, United Kingdom",
                   f"A weekend of walks, talks and music on the old bridges of {city}."]
    page = ["Bridge festivals this year, town by town."] + events
    assert reader_runs(page) == [None] * len(page)


SIGN_OFF = ["Thanks so much for reading, and see you next week!", "Until next time…"]


def test_the_writers_sign_off_above_a_thread_stays_with_the_post():
    lines = ARTICLE + SIGN_OFF + COMMENTS
    flags = reader_runs(lines)
    assert flags[:len(ARTICLE) + len(SIGN_OFF)] == [None] * (len(ARTICLE) + len(SIGN_OFF))
    assert flags[len(ARTICLE) + len(SIGN_OFF)] is not None


def test_a_readers_thanks_still_opens_the_thread():
    # "Thanks for sharing" is a guest's thanks, not the host's sign-off
    lines = ARTICLE + ["Thanks for sharing this, my kids loved the bridge!"] + COMMENTS
    assert reader_runs(lines)[len(ARTICLE)] is not None
