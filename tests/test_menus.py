"""Menus of product blurbs above the story (pages written for these tests)."""
from newscli.boilerplate import LineLabel
from pages import label_names as labels, labelled
from newscli.menus import MENU, menu_runs, relabel

STORY = ("Electrical contractors had a busy year: the market grew by a tenth as data centres, "
         "factories and new homes all called for more power than the grid could bring them.")
MENU_LINES = (
    "Reduce A/R aging by 30% with the only collections tool built for subs.",
    "Gain visibility into your cash flow and backlog.",
    "Streamline change management and minimize risk with a centralized log.",
    "Products",
    "Harnessing your blood's healing properties to overcome pain.",
    "A marketplace for tours and activities.",
    "Connect and optimize your tools for maximum productivity",
    "Simplify SEO tasks to save time and grow your traffic.",
)


def page(*rows: tuple[str, str]) -> list[LineLabel]:
    """Labels of a page: (text, label) per line; furniture gets a made-up reason."""
    return labelled(rows, "before the story starts")


def test_a_menu_of_taglines_above_the_story_is_furniture():
    rows = [("Solutions", "boilerplate")] + [(t, "body") for t in MENU_LINES] + [(STORY, "body"), (STORY, "body")]
    out = relabel(page(*rows))
    assert labels(out) == ["boilerplate"] * 9 + ["body", "body"]
    assert out[1].reason == MENU and out[4].reason == MENU  # a menu title goes with its blurbs
    assert out[0].reason == "before the story starts"  # furniture keeps its own reason


def test_lines_the_models_took_for_furniture_do_not_break_the_run():
    rows = [(t, "boilerplate" if i % 3 == 0 else "body") for i, t in enumerate(MENU_LINES)] + [(STORY, "body")]
    assert labels(relabel(page(*rows))) == ["boilerplate"] * len(MENU_LINES) + ["body"]


def test_the_run_ends_at_the_headline_so_the_dek_stays_story():
    rows = ([(t, "body") for t in MENU_LINES]
            + [("Ten electrical contractors to watch", "title"),
               ("Who they are, what they build, and how fast they grow.", "body"),
               (STORY, "body")])
    out = relabel(page(*rows))
    assert labels(out)[-3:] == ["title", "body", "body"]
    assert menu_runs(page(*rows)) == [(0, len(MENU_LINES))]


def test_a_story_of_one_sentence_paragraphs_is_left_alone():
    rows = [
        ("Flood waters rose across the valley on Tuesday, forcing hundreds from their homes.", "body"),
        ("Rescue crews worked through the night in boats borrowed from local fishermen.", "body"),
        ("It was the worst flooding the town had seen in forty years, officials said.", "body"),
        ("Schools will stay shut until Friday.", "body"),
        ("The mayor asked residents to stay away from the river banks.", "body"),
        ("Forecasters expect more rain over the weekend.", "body"),
        (STORY, "body"),
    ]
    assert labels(relabel(page(*rows))) == ["body"] * 7


def test_a_manifesto_of_short_lines_that_continue_each_other_is_left_alone():
    rows = [
        ("Modern software is built on a fragile assumption: that the network is always available.", "boilerplate"),
        ("It isn't.", "boilerplate"),
        ("Trains lose connectivity. Factories operate behind firewalls. Hospitals isolate systems.", "body"),
        ("And yet we keep building applications that stop working the moment the cloud disappears.", "body"),
        ("This is not a limitation of hardware. It is a limitation of mindset.", "body"),
        ("For the last decade, we have treated the cloud as the default execution environment.", "body"),
        ("This model breaks under real-world conditions.", "body"),
        ("Offline is not an edge case. Offline is the baseline.", "body"),
        ("The cloud exists to coordinate, not to control.", "body"),
        (STORY, "body"),
    ]
    assert labels(relabel(page(*rows)))[2:] == ["body"] * 8


def test_a_list_after_an_intro_sentence_is_left_alone():
    rows = [
        ("A plant-based diet lowers the risk of several diseases, among them:", "body"),
        ("Type 2 diabetes", "body"), ("Cardiovascular diseases", "body"), ("Hypertension", "body"),
        ("Certain types of cancer such as breast, colorectal and prostate", "body"),
        ("Alzheimer's disease and other forms of dementia", "body"), ("Obesity", "body"),
        (STORY, "body"),
    ]
    assert labels(relabel(page(*rows))) == ["body"] * 8


def test_a_page_without_a_paragraph_is_not_read():
    rows = [(t, "body") for t in MENU_LINES]
    assert menu_runs(page(*rows)) == []
