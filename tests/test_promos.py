"""Links repeated under each item of a list, and the site's own promotions (lines written for these tests)."""
from pages import labelled
from newscli.promos import ITEM_LINK, link_key, relabel


def furniture(page) -> list[str]:
    return [lab.line.text for lab in relabel(labelled(page)) if lab.label != "body"]


def test_a_link_under_each_item_with_its_name_is_furniture():
    page = []
    for name in ("Katla", "Neococo", "Harvest & Mill"):
        page += [f"{name} makes linen dresses and wide trousers in small batches in Portugal.", f"Shop {name}."]
    assert furniture(page) == ["Shop Katla.", "Shop Neococo.", "Shop Harvest & Mill."]
    reviews = []
    for name in ("Sling TV", "Philo", "YouTube TV"):
        reviews += [f"{name} carries the most channels for the price.", f"Read our full {name} review"]
    assert [lab.reason for lab in relabel(labelled(reviews)) if lab.label != "body"] == [ITEM_LINK] * 3
    assert link_key("Read our full Philo review") == ("read our full", "Philo review")
    assert link_key("More on Anthony Child") == ("more on", "Anthony Child")


def test_twice_is_not_yet_a_pattern():
    assert furniture(["Shop Katla.", "Katla makes linen dresses.", "Shop Neococo."]) == []


def test_a_story_or_a_field_that_opens_the_same_way_is_left_alone():
    # sentences about the thing, not a link's label
    story = ["Visit MasTec's website to learn more.", "Visit Hunt Electric's website to learn more.",
             "Visit Cleveland's website to learn more."]
    assert furniture(story) == []
    # a teaser's lead-in and a field are not a link's label
    teasers = ["Read more: How to reduce taxable income", "Read more: Taxes on inheritance",
               "Read more: Progressive tax explained"]
    assert furniture(teasers) == []
    fields = ["Where to watch: Hulu", "Where to watch: Netflix", "Where to watch: Max"]
    assert furniture(fields) == []
    # a story's lines that open with a verb and go on in lower case
    news = ["See the report, the mayor told the council.", "See what happens next, she said.",
            "See you in court, he replied."]
    assert furniture(news) == []


def test_the_sites_own_offer_deadline_or_seats_pitch_is_a_promotion():
    from newscli.promos import PROMOTION, promotion

    for text in ("Use code GET5K now",
                 "Begin learning a new language with Babbel! Unlock up to 55% OFF your subscription today!",
                 "Take $15 off $100+ and get our top tips for planning your garden.",
                 "Limited Time Offer ~ Redeem by 12.31.23",
                 "There are only 4 seats left for my full day workshop in London on 31 October!",
                 "See the entire agenda and register here."):
        assert promotion(text) is not None, text
    story = ["The council met on Monday to discuss the budget for the new library.",
             "Use code GET5K now", "The library will open in the spring, the mayor said."]
    assert [lab.reason for lab in relabel(labelled(story))] == [None, PROMOTION, None]


def test_a_story_about_offers_and_a_page_of_deals_are_left_alone():
    from newscli.promos import promotion

    for text in ("The Black Friday campaign offers 50% off and is valid until December 3.",
                 "Right now, you can put a MacBook Pro under the tree for $429.99, 76% off its regular price.",
                 "Our pick is also on sale with 20% off, so you can stock up over the holidays.",
                 "Email is one of the best ways to reach past customers who already trust your business. You can "
                 "send them news of new packages, seasonal offerings or limited-time deals.",
                 "Crush CLI took about a minute to come up with the code below:"):
        assert promotion(text) is None, text
    deals = ["Receive 20% off your purchase of three skincare products.",
             "Daily Harvest discount code RUNTOTHEFINISH for up to $40 off your first order.",
             "Purple Carrot discount code CARROT30 for $30 off your first box."]
    assert furniture(deals) == []


def test_a_shops_price_button_is_furniture_and_a_price_in_a_sentence_is_not():
    from newscli.promos import PRICE_LINK, price_link

    for text in ("$49.99 at Amazon", "Now $119 on AmazonCheck Price - Walmart", "$9.49 at CrateJoy", "Check Price",
                 "\u27a1\ufe0f Check current price", "Check price here"):
        assert price_link(text), text
    for text in ("It sells for $40 at Target.", "The kettle costs $40 at Target and $45 at Walmart, the chain said.",
                 "Prices start at $40", "Check the price before you buy it at the store"):
        assert not price_link(text), text
    page = ["The Breville kettle boils a litre in three minutes.", "$49.99 at Amazon"]
    assert [lab.reason for lab in relabel(labelled(page))] == [None, PRICE_LINK]


def test_the_writers_sentence_pointing_to_the_sites_own_review_is_story():
    # a round-up closes each item's write-up on a sentence in its own voice, with its stop
    page = []
    for name in ("Acer Nitro 16", "MSI Sword 15", "Asus TUF Dash F15"):
        page += [f"The {name} runs recent games at high settings for well under $1,000.",
                 f"Read our full {name} review."]
    assert furniture(page) == []
    # the link's label, with no stop, and a shop's link still go
    labels_ = [f"Read our full {name} review" for name in ("Acer Nitro 16", "MSI Sword 15", "Asus TUF Dash F15")]
    assert furniture(labels_) == labels_
    assert furniture(["Shop Katla.", "Shop Neococo.", "Shop Svala."]) == ["Shop Katla.", "Shop Neococo.", "Shop Svala."]


def test_a_shops_name_alone_under_each_product_is_its_button():
    from newscli.promos import SHOP_BUTTON

    page = ["Aquasonic Icon", "Amazon", "Target", "Why we love it: it fits in a washbag and charges in a day.",
            "Crest Serum", "Amazon", "Why we love it: it whitens in two weeks without a tray."]
    out = relabel(labelled(page))
    assert [lab.line.text for lab in out if lab.label != "body"] == ["Amazon", "Target", "Amazon"]
    assert {lab.reason for lab in out if lab.label != "body"} == {SHOP_BUTTON}


def test_a_shop_named_once_or_in_a_sentence_or_with_a_brand_is_left_alone():
    story = ["Amazon", "The company said on Tuesday that it would open two warehouses in Ohio.",
             "Shoppers can also find the kettle at Target.", "Amazon (Craftsman)", "Home Depot (Milwaukee)"]
    assert furniture(story) == []
