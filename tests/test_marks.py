"""Lines whose own form marks them as furniture (lines written for these tests)."""
from newscli.boilerplate import REASONS, LineLabel
from newscli.marks import CREDIT, PLACEHOLDER, RULED, credit, in_sentences, mark, relabel
from pages import labelled as page


def labelled(texts, labels=None) -> list[LineLabel]:
    """The lines of a page made of `texts`, each with its label (body unless given)."""
    return page(zip(texts, labels or ["body"] * len(texts)))


def test_a_line_that_opens_with_a_credit_is_one():
    for text in ("Photo: Shutterstock", "Image credit: NASA/JPL", "Photo by Ann Lee",
                 "Credit: Andriy Onufriyenko / Getty Images", "Image: Courtesy of the Parks Board"):
        assert credit(text) == CREDIT, text


def test_a_caption_that_closes_with_a_credit_is_one():
    for text in ("Runners climb the ridge above the lake in June. Photo: Trail Weekly/Ann Lee",
                 "Guests pick their pastries from glass cabinets. | Photo by Lisa Jennings",
                 "Catalina Island, CA | \u00a9 2017 Jon Norris",
                 "Chip Somodevilla/Getty Images",
                 "Wei-An Jin/Quanta Magazine",
                 "Thomas Lehtinen | Getty Images", "Crowds gather outside the court on Monday. | Reuters",
                 "A nurse checks a patient's chart. Photograph: Graeme Roberts for the Guardian"):
        assert credit(text) == CREDIT, text


def test_an_agency_that_names_itself_before_the_photographer_or_alone_closes_a_caption():
    for text in ("A man holds sea salt harvested from a salt field near Karachi June 19, 2011. REUTERS/Akhtar Soomro",
                 "REUTERS/Peter Macdiarmid",
                 "An Amgen sign is seen at the company's office in this 2013 file photo. REUTERS/Robert Galbraith/Files",
                 "The president speaks in the Rose Garden on Monday. (AP Photo/Evan Vucci)",
                 "Tomatoes contain lycopene, which a new study shows may decrease stroke risk. Getty Images",
                 "Cooked tomato sauces have more lycopene than raw tomatoes. Corbis"):
        assert credit(text) == CREDIT, text


def test_a_picture_s_controls_run_into_its_credit_make_a_caption():
    for text in ("Enlarge this image toggle caption Talia Herman for NPR Talia Herman for NPR",
                 "toggle caption Courtesy of PharmaJet", "Click to enlarge", "View larger image"):
        assert credit(text) == CREDIT, text
    for text in ("View the full report on the council's website", "Hide and seek is back in the playground",
                 "Expand your horizons: the city's new library opens on Monday"):
        assert credit(text) is None, text


def test_a_story_line_that_ends_on_an_agency_s_name_is_no_credit():
    for text in ("The company declined to comment when asked by Reuters",
                 "The figures were first reported by the AP",
                 "Its maker, the Bayer/Reuters joint venture, said sales rose.",
                 "He has worked for Getty Images"):
        assert credit(text) is None, text


def test_a_teaser_closed_by_its_link_s_label_is_a_link_to_another_story():
    for text in ("Migraines could be caused by gut bacteria, study suggests Read more",
                 "Can you manufacture blood cells? Read more",
                 "The Acer Nitro 16 may not have the performance of the MSI Katana 15, but its battery lasts. Read More"):
        assert mark(text) == REASONS["lex_related"], text
    assert mark("The teacher urged her pupils to read more") is None  # the story's own words
    whole_page = "The clinic opened in May and has seen 300 patients since. " * 10 + "Read more"
    assert mark(whole_page) is None  # a page run into one line is not a teaser


def test_a_short_line_that_opens_with_a_copyright_sign_is_a_notice():
    assert credit("\u00a9 2016 Riverside Media") == REASONS["copyright"]


def test_story_that_mentions_pictures_is_not_a_credit():
    for text in ("Photographs by the agency show the bridge was already cracked in 2019, long before the "
                 "council was told of the damage by its own engineers.",
                 "Credits:",
                 "Picture this: a town with no bridge at all.",
                 "The council posted the image on its website and asked residents to comment.",
                 "Input/Output Devices",
                 "The virus killed the cells in the dish and in mice, the team said, while healthy brain cells "
                 "were spared. (image: micrograph of the virus, NIAID)"):
        assert credit(text) is None, text


def test_a_long_line_is_not_a_caption_even_if_it_opens_with_a_credit():
    page = "Photo: Ann Lee, AP " + "The council met on Tuesday to talk about the bridge. " * 12
    assert credit(page) is None


def test_only_body_lines_change():
    texts = ("The council voted to close the bridge.", "Photo: Ann Lee", "Photo: Ann Lee")
    labs = labelled(texts, ("body", "body", "boilerplate"))
    out = relabel(labs)
    assert [(lab.label, lab.reason) for lab in out] == [("body", None), ("caption", CREDIT), ("boilerplate", "x")]


def test_placeholder_text_and_reading_time_notes_are_furniture():
    assert mark("Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor.") is not None
    for text in ("Estimated reading time: 4 minutes", "Reading time 17 minutes", "5 min read"):
        assert mark(text) is not None, text
    for text in ("The council's reading of the time line was wrong, the engineers said.",
                 "Readers took five minutes to read the notice, the council said."):
        assert mark(text) is None, text


def test_a_page_builders_sample_text_is_placeholder_text():
    texts = ("The council voted to close the bridge on Tuesday after engineers found cracks.",
             "Repairs will take a year, the mayor said.",
             "Here goes your text ... Select any part of your text to access the formatting toolbar.")
    out = relabel(labelled(texts))
    assert [(lab.label, lab.reason) for lab in out][2] == ("boilerplate", PLACEHOLDER)
    for text in ("I'm a paragraph. Click here to add your own text and edit me. It's easy.",
                 "Click edit button to change this text.", "Add Your Heading Text Here",
                 "Your content goes here. Edit or remove this text inline or in the module Content settings."):
        assert mark(text) == PLACEHOLDER, text
    # a story about editing text is not a template's sample
    for text in ("Select the text you want to change, then click the edit button in the toolbar.",
                 "The formatting toolbar lets writers add their own headings, the company said."):
        assert mark(text) is None, text


def test_a_line_that_opens_with_a_rule_of_symbols_is_a_box():
    texts = ("The council voted to close the bridge on Tuesday after engineers found cracks.",
             "Repairs will take a year, the mayor said.",
             "---------- SHARE YOUR STORY Do you have an issue with a company? Fill out the form below.",
             "****** A message from the Bridge Builders Association: Safe bridges need steady funding.",
             "*** UPDATE- Readers who believe this story should first read the editor's note on our site ***")
    out = relabel(labelled(texts))
    assert [(lab.label, lab.reason) for lab in out] == [
        ("body", None), ("body", None), ("boilerplate", RULED), ("boilerplate", RULED), ("boilerplate", RULED)]
    # a dash inside a sentence, a short dash opening a line, or a heading framed by rules are not boxes
    for text in ("Repairs will take a year -- the mayor said so on Tuesday.", "-- The mayor, on Tuesday",
                 "** Note: times are local.", "=== Early life ===", "--- Part two ---"):
        assert mark(text) != RULED, text


def test_a_postal_address_on_a_line_of_its_own_is_furniture():
    for text in ("116 Village Blvd, Suite 200, Princeton, NJ 08540", "3919 30th St, San Diego, CA 92104",
                 "Snow Hill, MD 301 N. Washington St. Snow Hill, MD 21863"):
        assert mark(text) is not None, text
    # an address inside a sentence of the story is not
    assert mark("The walnut board's offices are located at 101 Parkshore Dr., Ste. 250, Folsom, CA 95630") is None


def test_a_page_s_own_navigation_and_filing_are_furniture():
    for text in ("Page 1 of 8", "Pages: 1 2 3", "Step 1 of 2", "Tags: Employment, Health, Small Business",
                 "Filed under: Local news", "Category: December Comfort Watches"):
        assert mark(text) is not None, text
    for text in ("Page 1 of the report lists the bridge's faults.", "Tagged as unsafe, the bridge was closed."):
        assert mark(text) is None, text


def test_a_furniture_phrase_alone_on_its_line_is_furniture():
    cases = {"Advertisement": "lex_advert", "ADVERTISEMENT": "lex_advert", "Story Continued Below": "lex_advert",
             "AD": "lex_advert", "READ MORE >": "lex_cta", "Read More \u203a": "lex_cta", "Learn more.": "lex_cta",
             "Back to Top": "lex_nav", "Table of Contents": "lex_nav", "Privacy Policy": "lex_legal",
             "RELATED:": "lex_related", "Sign up!": "lex_newsletter", "Comment *": "lex_comments",
             "Advertisement Continue reading the main story": "lex_advert", "ADVERTISEMENT ADVERTISEMENT": "lex_advert",
             "Related Posts Read More": "lex_related"}
    for text, reason in cases.items():
        assert mark(text) == REASONS[reason], text


def test_words_that_also_head_a_section_or_end_a_story_are_left_to_the_models():
    for text in ("Facebook", "Menu", "Services", "Cookies", "Newsletters", "You Are Here.", "Home Services",
                 "Facebook and Twitter", "Products and Services", "Related Posts Read More About Us Today Please",
                 "Read more about the council's plan on its website.", "Advertisement revenue fell again"):
        assert mark(text) is None, text


def test_an_advertisement_slot_inside_the_story_is_taken_out():
    texts = ("The council voted to close the bridge on Tuesday after engineers found cracks.",
             "Advertisement",
             "Repairs will take a year, the mayor said.",
             "Getty Images")
    labs = labelled(texts)
    out = relabel(labs)
    assert [(lab.label, lab.reason) for lab in out] == [
        ("body", None), ("boilerplate", REASONS["lex_advert"]), ("body", None), ("caption", REASONS["lex_credit"])]


def test_a_long_article_loses_its_ad_slots_but_not_its_story():
    from newscli import analyze

    paragraphs = [
        "The city council voted 7-2 on Tuesday to close the Elm Street bridge for a year of repairs, after "
        "engineers found deep cracks in two of its supports.",
        "\"We had no choice once we saw the report,\" Mayor Ann Lee said at the meeting, which ran past midnight "
        "as residents lined up to speak against the plan.",
        "Detours will add about ten minutes to the drive downtown, the city's transport office said in a "
        "statement, and buses will run every fifteen minutes instead of every twenty.",
        "Shop owners on Elm Street said they feared losing the customers who cross the river on foot, and "
        "asked the council for help with their rent while the work goes on.",
        "The council set aside two million dollars for the repairs, a third of what the engineers first asked "
        "for, and said it would look for the rest from the state.",
        "A temporary footbridge could open by spring, the city's chief engineer told the meeting, if the "
        "state approves the plans that were sent to it last month.",
        "The bridge, which opened in 1931, carries about twelve thousand cars a day, according to the most "
        "recent count by the transport office.",
        "Residents who want to comment on the detours can write to the council until the end of the month, "
        "the mayor said before the meeting closed.",
    ]
    lines = []
    for n, para in enumerate(paragraphs):
        lines.append(para)
        if n in (1, 3, 5):
            lines.append("Advertisement")
    labels = analyze("\n\n".join(lines) + "\n").line_labels
    assert [lab.label for lab in labels if lab.line.text == "Advertisement"] == ["boilerplate"] * 3
    assert [lab.line.text for lab in labels if lab.is_body] == paragraphs


def test_an_affiliate_disclosure_in_the_sites_own_voice_is_furniture():
    from newscli.marks import DISCLOSURE

    for text in ("When you buy through links on our site, we may earn an affiliate commission.",
                 "This post contains affiliate links.",
                 "Every item on this page was chosen by an editor. We may earn commission on some items you buy.",
                 "As an Amazon Associate we earn from qualifying purchases. We also may use affiliate links.",
                 # how the site is paid, said in its own voice
                 "We may be compensated when you click on a link, when an application is approved, or when an "
                 "account is opened from one or more of our advertising partners.",
                 "Example.org is supported by commissions from providers listed on our site.",
                 "Example is able to offer our services for free because some vendors may pay us for web traffic.",
                 "We have financial relationships with some companies we cover, earning commissions when readers "
                 "purchase from our partners.",
                 "The clinic is a non-profit medical center. Advertising on our site helps support our mission."):
        assert mark(text) == DISCLOSURE, text


def test_a_story_about_commissions_and_affiliate_links_is_not_a_disclosure():
    for text in ("If monetization is a priority, you'll need 1,000 subscribers before you can earn money through ads.",
                 "Marketers use affiliate links to track which posts lead to sales, the report found.",
                 "\u201cWe could make more money elsewhere,\u201d she said, but the clinic needed her.",
                 "The agency will receive a commission on each sale, according to the filing.",
                 "Workers asked whether we will be compensated for overtime, the union leader said.",
                 "If you were hurt at a gym, you may be entitled to compensation for lost wages.",
                 "The museum is supported by advertising revenue and donations, its director said."):
        assert mark(text) is None, text


def test_a_disclosure_between_paragraphs_is_taken_out():
    from newscli.marks import DISCLOSURE

    texts = ("The best budget headphones we tested this year cost less than fifty dollars.",
             "We may earn a commission when you buy through links on this page.",
             "Battery life ran to thirty hours in our tests.")
    labs = labelled(texts)
    assert [lab.reason for lab in relabel(labs)] == [None, DISCLOSURE, None]


def test_a_prompt_to_sign_up_is_furniture_but_a_story_about_sign_ups_is_not():
    for text in ("Sign up for our newsletter for the best of the city.",
                 "We help you navigate the city. Sign up for our newsletter to get the best of it.",
                 "Subscribe to the Daily Briefing and get the latest content delivered to your inbox.",
                 "Join our mailing list!", "Get the latest news about our events and courses.",
                 "Enter your email:",
                 "Health Newsletter Get the latest health news, plus: expert tips. View Sample Sign Up Now"):
        assert mark(text) == REASONS["lex_newsletter"], text
    for text in ("More than 2,000 residents signed up for the program in its first week, the council said.",
                 "Those who subscribe to the service pay $10 a month, according to the company.",
                 "\u201cJoin us,\u201d the mayor told the crowd, and hundreds marched to the bridge.",
                 "Residents had until Friday to sign up."):
        assert mark(text) is None, text


def test_a_source_credit_on_its_own_line_is_furniture():
    from newscli.marks import SOURCE

    for text in ("Source: statista.com", "Chart source: Pew Research Center",
                 "Source: https://example.org/2018/01/story"):
        assert mark(text) == SOURCE, text
    for text in ("Sources:", "Sources: two officials who were at the meeting told the paper that the mayor had already "
                 "decided to close the bridge before the vote."):
        assert mark(text) is None, text


def test_a_bylines_label_alone_and_the_name_after_it_are_the_byline():
    texts = ("Written by", "Jane Doe", "The council voted on Tuesday to rebuild the bridge after a two-year fight.")
    labs = labelled(texts)
    assert [lab.label for lab in relabel(labs)] == ["byline", "byline", "body"]


def test_a_list_that_labels_each_item_by_its_author_keeps_the_names():
    texts = []
    for title, name in (("Spanish in Context", "Orlando Kelm"), ("Teaching Grammar", "Dale Koike"),
                        ("Reading in Spanish", "Rose Potter")):
        texts += [f"{title} is a guide for teachers of Spanish at every level.", "By:", name]
    labs = labelled(texts)
    out = relabel(labs)
    assert [lab.label for lab in out if lab.line.text in ("Orlando Kelm", "Dale Koike", "Rose Potter")] == ["body"] * 3


def test_a_breadcrumb_trail_is_navigation():
    from newscli.marks import PAGING

    for text in ("Home > Blog > Trends", "Home / Technique / Improve Your Photography",
                 "You are here: Marketing Hub \u00bb Social Media \u00bb The best platforms"):
        assert mark(text) == PAGING, text
    for text in ("Home prices rose 5% in May.", "Home/away splits favour the visitors this season.", "You are here."):
        assert mark(text) is None, text


def test_a_page_of_many_bylines_is_counted_once(monkeypatch):
    import newscli.marks as marks

    calls = []
    real = marks._bylines
    monkeypatch.setattr(marks, "_bylines", lambda labels: calls.append(1) or real(labels))
    texts = []
    for n in range(50):
        texts += [f"Guide number {n} is for teachers of Spanish at every level.", "By:", "Ann Lee"]
    out = relabel(labelled(texts))
    assert len(calls) == 1  # the page is read once for its byline labels, not once per label
    assert [lab.label for lab in out if lab.line.text == "Ann Lee"] == ["body"] * 50


def test_a_button_the_page_repeats_under_each_item_is_furniture():
    from newscli.marks import BUTTON

    page = []
    for name in ("Harbour Inn", "Cliff House", "The Old Mill"):
        page += [name, f"A quiet place by the water, with {name} at its heart and a view of the bay.",
                 "See the rating."]
    out = relabel(labelled(page))
    assert [lab.reason for lab in out if lab.label != "body"] == [BUTTON] * 3
    # twice is not yet a pattern, and a sentence that opens with a verb is not a button
    twice = relabel(labelled(page[:6]))
    assert all(lab.label == "body" for lab in twice)
    story = ["Read the report before the vote, the mayor said."] * 3
    assert all(lab.label == "body" for lab in relabel(labelled(story)))


def test_the_consent_under_a_form_is_furniture():
    from newscli.marks import CONSENT

    for text in ("By submitting this form, you agree to our Terms of Use and Privacy Policy.",
                 "By clicking Continue to join or sign in, you agree to the User Agreement.",
                 "By entering your email address you agree to receive our newsletter.",
                 "By submitting my information, I consent to being contacted about programs."):
        assert mark(text) == CONSENT or relabel(labelled([text]))[0].reason == CONSENT, text
    story = "By submitting the plan late, the council agreed to pay a fine, the report said."
    assert relabel(labelled([story]))[0].label == "body"


def test_a_line_that_says_where_its_picture_came_from_is_a_credit():
    for text in ("Image from Mary's April 2024 review.", "Photo via Pexels", "Picture courtesy of the artist",
                 "Image provided by Adore Me."):
        assert credit(text) == CREDIT, text
    # a sentence about pictures is story
    assert credit("Photos from the scene show the bridge already cracked before the storm.") is None


def test_a_caption_that_closes_with_a_credit_and_a_stop_is_one():
    for text in ("The Sony mirrorless system. Photo by: 'Markus Lompa'.",
                 "Crews clear the road after the storm. Photo: Ann Lee/Trail Weekly.",
                 "A nurse checks the new scanner. Image courtesy of Riverside Hospital."):
        assert mark(text) == CREDIT, text
        assert relabel(labelled([text]))[0].label == "caption", text


def test_a_sentence_that_goes_on_after_a_picture_word_is_story():
    for text in ("The show opens on Friday. Photographs by Ansel Adams will be on view until May.",
                 "He rebuilt the archive. Image by image, the town's past came back.",
                 "The council met on Tuesday. Photo: the bridge, cracked in two places."):
        assert mark(text) is None, text
        assert relabel(labelled([text]))[0].label == "body", text


def test_a_caption_that_names_who_made_the_room_or_the_picture_is_a_credit():
    for text in ("A green gallery wall in an artist's studio. Interior design + artwork: Ann Lee",
                 "The library after its renovation. Interior Design: Ann Lee, Source: Riverside Homes",
                 "My first mood board for the office. Source & Photography: Ann Lee",
                 "Linen napkins on an oak table. Styling: Bob Stone.",
                 "Ann Lee/The Charlotte Observer via AP Photo"):
        assert mark(text) == CREDIT, text
    # a product's spec and a story's source are not a picture's credit
    for text in ("Battery life is good. Design: sleek and light",
                 "Clinton told NPR in an interview that aired on Monday. Source: CNN"):
        assert mark(text) is None, text


def test_the_label_of_a_link_to_a_picture_s_source_is_furniture():
    from newscli.marks import SOURCE
    assert mark("Source") == SOURCE
    for text in ("(Image Source)", "Image credit", "[Photo via]"):
        assert mark(text) == CREDIT, text
    assert mark("Sources:") is None  # heads a list


def test_captions_credited_to_the_same_name_down_a_page_are_a_gallery_s():
    from newscli.marks import GALLERY
    texts = ["A web designer plans a site before drawing it.", "Web Design Process by Clay",
             "Colours that sit opposite each other on the wheel clash.", "Color Wheel by Clay",
             "White space lets a page breathe.", "White Space by Clay",
             "A grid keeps a page in order.", "Booking App by Shakuro"]
    out = relabel(labelled(texts))
    assert [(lab.label, lab.reason) for lab in out][1:6:2] == [("caption", GALLERY)] * 3
    assert out[7].label == "body"  # a name credited once
    assert [lab.label for lab in out][0:8:2] == ["body"] * 4


def test_a_reading_list_of_one_author_s_books_is_story():
    # the titles stand one under another: a list, not captions under pictures
    texts = ["King wrote his best books in the seventies.", "It by Stephen King", "Carrie by Stephen King",
             "Misery by Stephen King", "The Shining by Stephen King", "Each is still in print."]
    assert [lab.label for lab in relabel(labelled(texts))] == ["body"] * 6
    # a title credited to two names, or twice, is no gallery
    texts = ["King wrote his best books in the seventies.", "It by Stephen King", "He wrote it in Maine.",
             "Misery by Stephen King", "It sold well.", "Dune by Frank Herbert", "So did this one."]
    assert [lab.label for lab in relabel(labelled(texts))] == ["body"] * 7


def test_a_repeated_sentence_pointing_to_the_sites_own_review_is_not_a_button():
    page = []
    for name in ("GE Profile", "Bosch 500", "Miele G5000"):
        page += [f"The {name} cleans a full load quietly and dries plastics well.", "Read our full review."]
    assert all(lab.label == "body" for lab in relabel(labelled(page)))
    # the button's label, with no stop, still goes
    buttons = [line if line.startswith("The ") else "Read Full Review" for line in page]
    assert [lab.line.text for lab in relabel(labelled(buttons)) if lab.label != "body"] == ["Read Full Review"] * 3


def test_template_code_left_in_the_page_is_furniture():
    from newscli.marks import TEMPLATE_CODE

    for text in ('{{hire-ai-eng="/case-banners/hire-ai-eng"}}', "[convertkit form=1630175]", "[/embed]"):
        assert mark(text) == TEMPLATE_CODE, text
    # a transcript's stage note and a bracketed aside are story
    for text in ("[laughs]", "[Read more: How the council voted]", "[sic]"):
        assert mark(text) is None, text


def test_a_button_that_draws_an_arrow_is_still_a_repeated_button():
    from newscli.marks import BUTTON

    page = []
    for title in ("The Night Garden", "Salt and Iron", "A Map of Small Hours"):
        page += [title, f"{title} follows two sisters across a flooded city in search of their mother.",
                 "Add to Goodreads List \u2192"]
    out = relabel(labelled(page))
    assert [lab.reason for lab in out if lab.label != "body"] == [BUTTON] * 3


def test_the_label_of_a_table_of_contents_is_navigation():
    from newscli.marks import PAGING

    for text in ("In this article:", "Contents:", "On this page", "Summarize this article with:"):
        assert mark(text) == PAGING, text
    # the story's own list of takeaways, and a sentence that opens like a label, stay
    for text in ("Key Takeaways:", "In this article, we compare the five cheapest plans.", "Contents of the box"):
        assert mark(text) is None, text


def test_a_shops_free_shipping_banner_is_furniture():
    from newscli.marks import SHIPPING

    for text in ("Free standard shipping on orders $60 CAD+. For more information on shipping rates, visit our page.",
                 "Free express shipping on orders \u00a5990 or more.",
                 "Livraison gratuite 65\u20ac +. Score free shipping on qualifying orders!",
                 "Congrats! You get free standard shipping", "You're $12 away from free standard shipping"):
        assert mark(text) == SHIPPING, text
    for text in ("Many retailers now offer free shipping on orders over $35, the survey found.",
                 "Shipping is free on orders over $50, which makes the kit a bargain.",
                 "Bundling oral care with skincare can help you qualify for free shipping, adding value."):
        assert mark(text) is None, text


def test_a_mailing_list_s_or_a_redirect_s_notice_is_furniture():
    from newscli.marks import MAILING
    for text in ("You received this email because you signed up for emails from Every. No longer interested? "
                 "Click here.",
                 "Please wait while you are redirected to the right page...",
                 "You have been redirected to www.example.com."):
        assert mark(text) == MAILING, text
        assert labels_of(relabel(labelled([text]))) == ["boilerplate"]


def test_a_story_about_mail_or_redirects_is_left_alone():
    for text in ("Users can now unsubscribe from a sender's list with one tap, the company said on Tuesday.",
                 "The emails were redirected to a server in another country, investigators found.",
                 "Some traffic was redirected to the old bridge while engineers inspected the supports."):
        assert mark(text) is None, text
        assert labels_of(relabel(labelled([text]))) == ["body"]


def labels_of(labs: list[LineLabel]) -> list[str]:
    return [lab.label for lab in labs]


def test_a_byline_with_its_names_is_the_byline_wherever_it_stands():
    from newscli.marks import named_byline

    texts = ("Add the starter to the flours and stir until no dry spots remain.", "By Ann Lee",
             "Cover the bowl and let the dough rest overnight.", "Written by Bob Stone and Ann Lee")
    out = relabel(labelled(texts))
    assert [lab.label for lab in out] == ["body", "byline", "body", "byline"]
    for text in ("By Ann Lee", "by Jane Q. Doe", "Written by Ann Lee and Bob Stone", "Posted by: Ann Lee"):
        assert named_byline(text), text


def test_a_sentence_that_opens_with_by_is_left_in_the_story():
    from newscli.marks import named_byline

    for text in ("By Tuesday the river had risen two metres.", "By then, Ann Lee had left the company.",
                 "By Design", "By the way", "Written by hand on a napkin, the note was found years later."):
        assert not named_byline(text), text
    texts = ("The council met on Monday.", "By Tuesday the river had risen two metres.")
    assert [lab.label for lab in relabel(labelled(texts))] == ["body", "body"]


def test_the_privacy_promise_under_a_sign_up_form_is_furniture():
    from newscli.marks import PROMISE

    for text in ("We respect your privacy.", "We will never sell your information. Unsubscribe at any time.",
                 "We won't share your email address. You can unsubscribe anytime.",
                 "Join 20,000 readers. No spam, ever."):
        assert in_sentences(text) in (PROMISE, REASONS["lex_newsletter"]), text
    assert in_sentences("We respect your privacy.") == PROMISE


def test_a_story_about_privacy_promises_is_left_alone():
    for text in ("The company said it will never sell customer data, but regulators were not convinced.",
                 "Critics say the app's promise that users can unsubscribe at any time is hard to keep.",
                 "\u201cWe will never sell your data,\u201d the chief executive told lawmakers on Tuesday, "
                 "adding that the firm had stopped sharing location records with brokers last year "
                 "after a run of complaints from users and watchdogs in several states."):
        assert in_sentences(text) is None, text
