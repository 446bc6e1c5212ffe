"""Links repeated under each item of a list, and the site's own promotions (lines written for these tests)."""
from newscli.boilerplate import LineLabel
from newscli.document import Line
from newscli.promos import ITEM_LINK, link_key, relabel


def labelled(texts) -> list[LineLabel]:
    """The lines of a page made of `texts`, all labelled body."""
    out, at = [], 0
    for n, text in enumerate(texts, 1):
        out.append(LineLabel(Line(n, at, at + len(text), text), "body", None, 0.5))
        at += len(text) + 1
    return out


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
