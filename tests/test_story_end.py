"""Body lines after the story's end (pages written for these tests)."""
from newscli.boilerplate import REASONS, LineLabel
from pages import label_names as labels, labelled
from newscli.story_end import (ACCOUNT, AFTER_END, BIO, PROMPT, closing_prompt, is_account_prompt, is_author_bio,
                               is_closing_bio, is_closing_mark, relabel)

STORY = ("The town council voted on Tuesday to close the old footbridge over the river after "
         "engineers found rust in the main supports during an inspection in the spring.")


def page(*rows: tuple[str, str | None, float]) -> list[LineLabel]:
    """Labels of a page: (text, furniture reason or None for body, score) per line."""
    return labelled((text, "body" if reason is None else "boilerplate", reason, score)
                    for text, reason, score in rows)


def test_body_lines_after_a_closing_prompt_are_the_page_s():
    labs = page(
        (STORY, None, 0.05),
        (STORY, None, 0.05),
        ("The new bridge should open in two years.", None, 0.3),
        ("Subscribe to the Riverside Daily", REASONS["lex_newsletter"], 0.97),
        ("Our newsletter brings the best of the valley to your inbox every morning.", None, 0.6),
        ("Meet the team behind the paper", None, 0.7),
    )
    out = relabel(labs)
    assert labels(out) == ["body", "body", "body", "boilerplate", "boilerplate", "boilerplate"]
    assert out[4].reason == AFTER_END
    assert out[3].reason == REASONS["lex_newsletter"]  # furniture keeps its own reason


def test_a_sentence_or_a_lead_in_does_not_end_the_story():
    for text in ("Church's Chicken was unavailable for comment.", "Related: Five things to know about the bridge",
                 "Commenting, Professor Ann Lee said:"):
        assert not is_closing_mark(page((text, REASONS["lex_comments"], 0.95))[0])
    # nor does a line the models are not sure of
    assert not is_closing_mark(page(("Share this article", REASONS["lex_share"], 0.8))[0])
    assert is_closing_mark(page(("Share this article", REASONS["lex_share"], 0.95))[0])


def test_a_long_line_that_mentions_sharing_does_not_end_the_story():
    long_prompt = ("Residents were asked to share their views on the closure at the library, where "
                   "plans for the crossing are on show until the end of the month.")
    labs = page((STORY, None, 0.05), (long_prompt, REASONS["lex_share"], 0.9),
                ("Work starts in May.", None, 0.5))
    assert not is_closing_mark(labs[1])
    assert labels(relabel(labs)) == ["body", "boilerplate", "body"]


def test_a_prompt_before_the_last_plain_story_line_changes_nothing():
    labs = page((STORY, None, 0.05), ("Share this article", REASONS["lex_share"], 0.95),
                ("Work starts in May.", None, 0.5), (STORY, None, 0.05))
    assert relabel(labs) == labs


def test_a_page_with_no_plain_story_line_is_left_alone():
    labs = page(("Share this article", REASONS["lex_share"], 0.95), ("Work starts in May.", None, 0.5))
    assert relabel(labs) == labs


def test_a_mark_followed_by_more_body_than_story_is_not_the_end():
    rest = [("Step %d: fold the paper along the marked line and press it flat." % k, None, 0.4)
            for k in range(1, 12)]
    labs = page((STORY, None, 0.05), ("Share this article", REASONS["lex_share"], 0.95), *rest)
    assert relabel(labs) == labs


def test_an_author_bio_after_the_story_is_not_story():
    bio = "Jane Doe is a freelance writer living in Leeds. She covers transport and planning."
    labs = page((STORY, None, 0.05), (STORY, None, 0.05), (bio, None, 0.1))
    out = relabel(labs)
    assert labels(out) == ["body", "body", "boilerplate"]
    assert out[2].reason == BIO


def test_what_reads_as_an_author_bio():
    assert is_author_bio("Jane Doe is a freelance writer living in Leeds.")
    assert is_author_bio("Craig Randall is a Gear Editor and Guide Writer at RunFar.")
    assert is_author_bio("Dr. Ann Lee, MD, is the health editor of the Riverside Daily.")
    assert is_author_bio("Andrius is a writer for the blog. He covers crypto-assets.")
    # a one-word name without a person behind it, a product, a company
    assert not is_author_bio("Flatliner is a handy code editor that helps to test expressions.")
    assert not is_author_bio("Mindful Chef is a UK-based company that offers meals designed by nutritionists.")
    assert not is_author_bio("The council is the main employer in the town.")
    # a story's people have jobs too: only a writer's job makes a bio
    assert not is_author_bio("Valter Longo is the founder of L-Nutra, whose products were used in the study.")


def test_analysis_labels_go_through_the_post_pass():
    from newscli import analyze

    story = [STORY, "The bridge, built in 1921, carried about 400 walkers a day before the closure, and "
             "a temporary crossing will open a mile downstream while a new bridge is designed.",
             "The council expects the work to take two years and cost about four million pounds, "
             "which it hopes to share with the county and a national fund for old bridges."]
    tail = ["Leave a comment", "The Riverside Daily has covered the valley since 1887, from its floods to its fairs."]
    labs = analyze("\n\n".join(story + tail) + "\n").line_labels
    assert [lab.label for lab in labs[:3]] == ["body"] * 3
    assert (labs[-1].label, labs[-1].reason) == ("boilerplate", AFTER_END)


def test_a_prompt_of_a_sentence_or_two_named_by_its_words_ends_the_story():
    prompt = "Get the best of the valley in your inbox every morning, with our picks of the week's events"
    labs = page((STORY, None, 0.05), (STORY, None, 0.05), (prompt, REASONS["lex_newsletter"], 0.95),
                ("Meet the team behind the paper", None, 0.7))
    assert is_closing_mark(labs[2])
    assert labels(relabel(labs))[-1] == "boilerplate"


def test_a_long_line_the_site_repeats_inside_its_stories_does_not_end_one():
    plug = "Join the conversation See the latest news and share your comments with Riverside Daily on its pages"
    labs = page((STORY, None, 0.05), (STORY, None, 0.05), (plug, "repeated on 7 pages of this site", 0.99),
                ("The new bridge should open in two years, the council said.", None, 0.4))
    assert not is_closing_mark(labs[2])
    assert labels(relabel(labs))[-1] == "body"


def test_an_account_widget_after_the_story_closes_it():
    labs = page(
        (STORY, None, 0.05),
        (STORY, None, 0.05),
        ("Already have an account? Log in", None, 0.8),
        ("Monthly", None, 0.6),
        ("Totals $468 per year", None, 0.6),
        ("Save 15% with an annual plan and read every story on the site.", None, 0.5),
    )
    out = relabel(labs)
    assert labels(out) == ["body", "body", "boilerplate", "boilerplate", "boilerplate", "boilerplate"]
    assert out[2].reason == ACCOUNT


def test_what_reads_as_an_account_prompt():
    for text in ("Already have an account? Log in", "Lost your password?", "Forgot your password ?",
                 "Resend Code", "Enter the verification code we sent you", "Log in to continue reading"):
        assert is_account_prompt(text), text
    for text in ("He had forgotten his password and the bank locked him out for a week.",
                 "The code was never sent, the company said.", "Account holders were told to wait."):
        assert not is_account_prompt(text), text


def test_a_story_about_accounts_is_left_alone():
    told = "Customers who already have an account will be moved to the new system in March, the bank said."
    labs = page((STORY, None, 0.05), (told, None, 0.1), ("The branch closes on Friday.", None, 0.3))
    assert relabel(labs) == labs


def test_the_writers_closing_wish_after_the_last_paragraph_is_given_back():
    from newscli.boilerplate import AFTER_STORY
    from newscli.story_end import relabel_sign_off
    from pages import labelled as signed
    story = ["Bring the holly and ivy in on the last weekend before the holidays.",
             "The bare branches of birch can be decorated with a string of lights."]
    page = signed(story + [("Happy Christmas!", "boilerplate", AFTER_STORY, 0.6),
                           ("More in this section", "boilerplate", AFTER_STORY, 0.8)])
    assert [lab.label for lab in relabel_sign_off(page)] == ["body", "body", "body", "boilerplate"]
    # a prompt after the story is no wish, and a wish with a reason of its own keeps it
    page = signed(story + [("Thanks for visiting our store.", "boilerplate", "call to action", 0.8)])
    assert relabel_sign_off(page)[-1].label == "boilerplate"
    page = signed(story + [("Subscribe to our weekly newsletter.", "boilerplate", AFTER_STORY, 0.8)])
    assert relabel_sign_off(page)[-1].label == "boilerplate"


def test_a_bio_of_someone_in_another_job_after_the_story_is_not_story():
    bio = ("Bhaval Patel is a Director (Operations) at Space-O Technologies. He has 20+ years of experience "
           "helping startups and enterprises with custom software.")
    labs = page((STORY, None, 0.05), (STORY, None, 0.05), (bio, None, 0.1), ("Share this post", "x", 0.9))
    out = relabel(labs)
    assert labels(out) == ["body", "body", "boilerplate", "boilerplate"]
    assert out[2].reason == BIO


def test_what_reads_as_a_closing_bio():
    assert is_closing_bio("Summer is Yeti's Marketing Manager. When not working, she hikes the Sierra Nevadas.")
    assert is_closing_bio("Juliette Carreiro is a skilled content creator with over five years of experience in SEO.")
    assert is_closing_bio("Chen Zhao is the head of economics research, where she writes on the housing market.")
    assert is_closing_bio("Hello runners! I\u2019m Amanda Brooks, a certified running coach and personal trainer.")
    assert is_closing_bio("Hi there, and welcome to Hello Stranger. My name is Maddy, and I'm the voice behind the blog.")
    # a story's paragraph about someone goes on to events, far from their job
    assert not is_closing_bio("Ivanka Trump is a top adviser and surrogate for her father's campaign and frequently "
                              "mentions his record of hiring female executives in top positions in his businesses. "
                              "As a mother of three Trump did several interviews with national outlets about the "
                              "campaign's new proposals for paid maternity leave and more affordable child care. "
                              "But she abruptly ended an interview with a magazine.")
    # an organisation, a greeting with no one introduced
    assert not is_closing_bio("Valve is a renowned video game developer and digital distribution company.")
    assert not is_closing_bio("Hello everyone, the meeting starts at nine.")


def test_a_list_of_people_s_bios_is_left_alone():
    people = [("%s is a photographer based in New York. She has shown her work in %d museums." % (name, k), None, 0.1)
              for k, name in enumerate(("Ann Lee", "Mia Cruz", "Eva Stone"), 3)]
    labs = page((STORY, None, 0.05), (STORY, None, 0.05), *people, ("The show runs until May.", None, 0.3))
    assert relabel(labs) == labs


def test_a_prompt_after_the_story_closes_it():
    labs = page(
        (STORY, None, 0.05),
        (STORY, None, 0.05),
        ("Share this article", None, 0.6),
        ("This article is based on scientific evidence, written by experts and fact checked.", None, 0.5),
    )
    out = relabel(labs)
    assert labels(out) == ["body", "body", "boilerplate", "boilerplate"]
    assert (out[2].reason, out[3].reason) == (PROMPT, AFTER_END)


def test_what_reads_as_a_closing_prompt():
    for text in ("Share this article", "SHARE POST", "Share the Blog on:", "Found this interesting? Share to your network.",
                 "Was this page helpful?", "How useful was this post?", "Connect with Us", "Visit us",
                 "You can also connect with me here:", "Other ways to connect with Amanda Instagram Daily Fun",
                 "Related articles and links:", "This might be interesting to you:"):
        assert closing_prompt(text), text
    for text in ("Share your thoughts in the comments below.", "Shared ownership is rising.",
                 "Follow me as I walk through the old town.", "Visit us at the shop on Main Street for a chat.",
                 "You might also like: The Challenges of Palm Oil", "Related links:",
                 "Residents were asked to share this article with their neighbours before the vote."):
        assert not closing_prompt(text), text


def test_a_story_that_asks_readers_to_share_is_left_alone():
    asked = "Share this story with a friend who rides the bridge, the council urged in a notice on Tuesday."
    labs = page((STORY, None, 0.05), (asked, None, 0.1), ("The branch closes on Friday.", None, 0.3))
    assert relabel(labs) == labs


def test_more_about_a_person_the_story_is_about_is_story():
    told = ("Peter Thiel will speak on Thursday night, along with Tim Tebow and three governors, "
            "according to the schedule published by the party.")
    more = ("Thiel is the co-founder of PayPal and a board member of Facebook. A libertarian, he backed "
            "Ron Paul in 2012.")
    labs = page((STORY, None, 0.05), (told, None, 0.05), (more, None, 0.1), ("He lives in Miami.", None, 0.3))
    assert relabel(labs) == labs
    # the box after the story names someone new, perhaps under a heading of their name
    bio = "Matteo Laratta is a triathlete and coach. He has placed in races across Europe."
    labs = page((STORY, None, 0.05), (STORY, None, 0.05), ("Matteo Laratta", None, 0.5), (bio, None, 0.1))
    assert labels(relabel(labs))[-1] == "boilerplate"


def test_a_lead_in_after_the_story_s_last_line_is_given_back():
    from newscli.boilerplate import AFTER_STORY, SHORT_LINE
    from newscli.story_end import relabel_story_tail
    story = ["Paste the answer into a new chat and ask it to rewrite the draft in your voice.",
             "The model now knows your cadence, your sentence length and your storytelling rhythm."]
    for reason in (AFTER_STORY, SHORT_LINE):
        page = labelled(story + [("Then I use this prompt:", "boilerplate", reason, 0.6)])
        assert relabel_story_tail(page)[-1].label == "body"
    # a call to the reader, a related list's heading or a lead-in with a reason of its own stay furniture
    for text, reason in (("Receive the next issue in your inbox:", AFTER_STORY), ("Related posts:", SHORT_LINE),
                         ("You may also be interested in:", REASONS["lex_related"]),
                         ("Ann Lee hosts the Riverside podcast. Listen to the latest episode below:", AFTER_STORY)):
        page = labelled(story + [(text, "boilerplate", reason, 0.8)])
        assert relabel_story_tail(page)[-1].label == "boilerplate"


def test_the_fields_of_a_listicle_s_last_item_are_given_back():
    from newscli.boilerplate import AFTER_STORY
    from newscli.story_end import relabel_story_tail
    items = []
    for title, where in (("This Is Spinal Tap", "HBO Max"), ("The Eras Tour", "Disney+")):
        items += [f"{title} is a film every fan of the genre should see at least once this winter.",
                  f"Where to watch: {where}"]
    items.append("Wake Up Dead Man gives Benoit Blanc his strangest case yet, in a small town church.")
    page = labelled(items + [("Where to watch: Netflix", "boilerplate", REASONS["repeated_in_doc"], 0.7),
                             ("Rating: PG-13", "boilerplate", AFTER_STORY, 0.7)])
    out = relabel_story_tail(page)
    # the item's field the story uses is given back; a label the story has not used is not
    assert [lab.label for lab in out[-2:]] == ["body", "boilerplate"]
    # a link's lead-in repeated after each item ("MORE: ...") is no field
    story = [STORY, "MORE: How the council pays for its bridges", STORY, "MORE: Five bridges to walk this spring"]
    page = labelled(story + [("MORE: Could the ferry come back?", "boilerplate", AFTER_STORY, 0.7)])
    assert relabel_story_tail(page)[-1].label == "boilerplate"


def test_a_fragment_ending_the_page_after_the_story_is_furniture():
    from newscli.story_end import FRAGMENT, relabel_closing_fragment
    story = [STORY, STORY, "The new bridge should open in two years."]
    for text in ("AppAddict", "About the Publisher", "FAFSA code: 003924", "Blending Embedded Security and Development"):
        out = relabel_closing_fragment(labelled(story + [text]))
        assert out[-1].label == "boilerplate" and out[-1].reason == FRAGMENT, text
        assert [lab.label for lab in out[:3]] == ["body"] * 3


def test_a_story_s_last_sentence_signature_or_list_item_is_left_alone():
    from newscli.story_end import relabel_closing_fragment
    story = [STORY, STORY, "The new bridge should open in two years."]
    for text in ("Thanks for reading!", "-- Melissa Healy", "Ann Lee", "25. Matillion", "The end.",
                 "Then I use this prompt:", "Where to watch: Netflix"):
        page = labelled(story + [text])
        assert relabel_closing_fragment(page) == page, text
    page = labelled(["The new bridge should open in two years.", "AppAddict"])  # no story above it
    assert relabel_closing_fragment(page) == page


def test_the_writer_s_thanks_after_the_story_are_given_back():
    from newscli.boilerplate import AFTER_STORY
    from newscli.story_end import relabel_thanks
    story = [STORY, "The new bridge should open in two years."]
    for text, reason in (("Thanks to Wilka Carvalho for helpful feedback and comments on this post.",
                          REASONS["lex_comments"]),
                         ("Associated Press writer Ann Lee contributed to this report.", AFTER_STORY),
                         ("Shout out to Sarah Daily for additional reporting. Illustration by Arthur Ribeiro.",
                          "photo caption or credit")):
        page = labelled(story + [(text, "boilerplate", reason, 0.7), ("Share this article", "boilerplate",
                                                                      REASONS["lex_share"], 0.95)])
        assert [lab.label for lab in relabel_thanks(page)] == ["body", "body", "body", "boilerplate"], text


def test_thanks_to_no_one_or_with_a_reason_of_their_own_stay_furniture():
    from newscli.boilerplate import AFTER_STORY
    from newscli.story_end import relabel_thanks
    story = [STORY, "The new bridge should open in two years."]
    for text, reason in (("Many thanks to these incredible partners who support my mission.", AFTER_STORY),
                         ("Thanks to their collar style, these earbuds have a mic that sounds clear.", AFTER_STORY),
                         ("Thanks for reading Riverside! Subscribe for free to receive new posts.",
                          REASONS["lex_newsletter"])):
        page = labelled(story + [(text, "boilerplate", reason, 0.7)])
        assert relabel_thanks(page)[-1].label == "boilerplate", text


def test_a_bio_that_runs_on_past_its_first_line_goes_with_it():
    bio = ("Karina Cohen is the owner of CR Maids, a cleaning company in Denver. With a background in retail, "
           "she has led teams across the US and Europe.")
    more = ("Karina holds an MBA from Duke University and a degree in finance from Fordham University, and she "
            "brings that experience to the company every day.")
    free = ("When she\u2019s not leading CR Maids, Karina homeschools her daughter, serves on the board of a "
            "university club, and supports initiatives for families and small businesses.")
    labs = page((STORY, None, 0.05), (STORY, None, 0.05), (bio, None, 0.1), (more, None, 0.05), (free, None, 0.05))
    out = relabel(labs)
    assert labels(out) == ["body", "body", "boilerplate", "boilerplate", "boilerplate"]
    assert {lab.reason for lab in out[2:]} == {BIO}


def test_a_name_and_a_job_told_more_of_in_the_lines_after_is_a_bio():
    head = ("Raghuveer Vedala, MD, FAAFP, is a board-certified family medicine and obesity medicine physician "
            "currently at a primary care clinic in Oklahoma City.")
    more = ("His commitment to obesity medicine comes from personal and family struggles with obesity, guiding "
            "his holistic approach that connects weight to mental health.")
    free = ("In his free time, Dr. Vedala enjoys traveling with his wife, playing with his dogs, ballroom "
            "dancing, karaoke and keeping up with personal fitness.")
    labs = page((STORY, None, 0.05), (STORY, None, 0.05), (head, None, 0.1), (more, None, 0.05), (free, None, 0.05))
    assert labels(relabel(labs)) == ["body", "body", "boilerplate", "boilerplate", "boilerplate"]


def test_a_story_told_on_after_a_bio_like_line_is_left_alone():
    # the line after the bio is not about its person: the story goes on, it is not the writer's box
    bio = "Jane Doe is a freelance writer living in Leeds. She covers transport and planning."
    after = ("The council said the crossing would reopen in the spring, and engineers from the county will "
             "inspect the other bridges on the river before the summer holidays begin.")
    labs = page((STORY, None, 0.05), (STORY, None, 0.05), (bio, None, 0.1), (after, None, 0.05))
    assert relabel(labs) == labs
    # a person the story is about, told more of: story, however many lines go on about him
    told = ("Peter Thiel will speak on Thursday night, along with Tim Tebow and three governors, "
            "according to the schedule published by the party.")
    job = ("Thiel is the co-founder of PayPal and a board member of Facebook, and one of the party's "
           "largest donors in the state this year.")
    more = ("He backed Ron Paul in 2012 and has given to candidates in both parties, according to filings "
            "with the Federal Election Commission in Washington.")
    labs = page((STORY, None, 0.05), (told, None, 0.05), (job, None, 0.1), (more, None, 0.05))
    assert relabel(labs) == labs


def test_a_story_about_its_own_editor_is_left_alone():
    asked = ("\u201cCan you explain and elaborate on that?\u201d Boyle asked Trump at the debate on Saturday "
             "night, before the candidates left the stage.")
    job = ("Boyle is the site's Washington Political Editor and manages its reporting team. He has reported "
           "from every primary debate this cycle.")
    more = ("He was recently profiled in the Daily Beast, which ran a nearly 3,000-word article on him naming "
            "him the enforcer of the 2016 presidential election.")
    labs = page((STORY, None, 0.05), (asked, None, 0.05), (job, None, 0.05), (more, None, 0.05))
    assert relabel(labs) == labs


def test_the_list_a_closing_lead_in_introduces_is_given_back():
    from newscli.boilerplate import AFTER_STORY
    from newscli.story_end import relabel_closing_words
    story = ["Airlines have banned passengers who skipped the last leg of a ticket to save money.",
             "For additional information on the subject, try these:"]
    reading = ["United Airlines is Cracking Down on the Hidden-City Ticket Trick by Conde Nast Traveler",
               "What is skiplagging? The cheap travel hack that has airlines cracking down from The Independent"]
    page = labelled(story + [(t, "boilerplate", AFTER_STORY, 0.7) for t in reading])
    assert labels(relabel_closing_words(page)) == ["body"] * 4
    # one line after it is a form's reply, and an item with a reason of its own is furniture
    page = labelled(["Help us tailor content specifically for you:",
                     ("Thank you for subscribing! See our other newsletters.", "boilerplate", AFTER_STORY, 0.7)])
    assert relabel_closing_words(page)[-1].label == "boilerplate"
    page = labelled(story + [(reading[0], "boilerplate", AFTER_STORY, 0.7),
                             ("Subscribe to our newsletter", "boilerplate", REASONS["lex_newsletter"], 0.9)])
    assert labels(relabel_closing_words(page))[-2:] == ["boilerplate", "boilerplate"]


def test_the_writers_closing_word_ending_the_page_is_given_back():
    from newscli.boilerplate import AFTER_STORY
    from newscli.story_end import relabel_closing_words
    story = ["Sit comfortably, close your eyes and follow your breath for five minutes each morning.",
             "A great book for beginners is an eight-week plan for finding peace in a frantic world."]
    for closing in ("Happy practicing!", "Here's the system prompt you can copy and paste:"):
        page = labelled(story + [("You can also check out my resources page.", "boilerplate", AFTER_STORY, 0.6),
                                 (closing, "boilerplate", AFTER_STORY, 0.6)])
        assert labels(relabel_closing_words(page)) == ["body"] * 4
    # the page's furniture ends on a notice, a call to the reader or a line with its own reason
    for text, reason in (("We recommend our users to update the browser.", AFTER_STORY),
                         ("Follow us on social media for more tips:", AFTER_STORY),
                         ("Happy shopping with our partners!", REASONS["lex_advert"])):
        page = labelled(story + [(text, "boilerplate", reason, 0.8)])
        assert relabel_closing_words(page)[-1].label == "boilerplate"


def test_web_addresses_alone_ending_the_page_are_furniture():
    from newscli.story_end import ADDRESSES, relabel_closing_addresses
    story = ["Whirlpool's 1,300 workers in Cleveland, Tennessee, make appliances for the wholesale market.",
             ("Article Sources:", "boilerplate", "short line, not a sentence", 0.6)]
    sources = "https://finance.yahoo.com/news/appliances-market-2023.html https://www.haier.com/global/"
    out = relabel_closing_addresses(labelled(story + [sources]))
    assert out[-1].label == "boilerplate" and out[-1].reason == ADDRESSES
    # an address the story gives inside it, or a sentence that holds one at the end, is left alone
    page = labelled(["Here is the agency's report on the floods:", "www.example.org/floods-2024.pdf",
                     "The agency expects the river to rise again by the end of the month."])
    assert relabel_closing_addresses(page) == page
    page = labelled(story[:1] + ["The full report is at https://www.example.org/report-2024.pdf"])
    assert relabel_closing_addresses(page) == page
