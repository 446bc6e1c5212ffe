"""Menus of product blurbs above the story (pages written for these tests)."""
from newscli.boilerplate import LineLabel
from pages import label_names as labels, labelled
from newscli.menus import MENU, menu_runs, opening_menu, relabel

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


# Menus of longer blurbs (a sentence or three of pitch each, up to 40 words).
PROGRAMS = (
    "Through intellectual rigor and experiential learning, this full-time, two-year MBA program develops "
    "leaders who make a difference in the world.",
    "Earn your MBA and SM in engineering with this transformative two-year program.",
    "A 12-month program focused on applying the tools of modern data science, optimization and machine "
    "learning to solve real-world business problems.",
    "A doctoral program that produces outstanding scholars who are leading in their fields of research.",
    "Non-degree programs for senior executives and high-potential managers.",
)
LONG_STORY = ("Machine learning is behind chatbots and predictive text, language translation apps, the shows "
              "Netflix suggests to you, and how your social media feeds are presented. It powers autonomous "
              "vehicles and machines that can diagnose medical conditions based on images, and it is now "
              "moving into the offices of banks, insurers and retailers of every size.")


def test_a_menu_of_longer_blurbs_above_the_story_head_is_furniture():
    rows = ([(t, "body") for t in PROGRAMS]
            + [("Credit: Andriy Onufriyenko / Getty Images", "caption"), ("Artificial Intelligence", "body"),
               ("Apr 21, 2021", "dateline"), (LONG_STORY, "body"), (LONG_STORY, "body")])
    out = relabel(page(*rows))
    assert labels(out) == ["boilerplate"] * 5 + ["caption", "boilerplate", "dateline", "body", "body"]
    assert out[0].reason == MENU and out[6].reason == MENU  # the section name before the head goes too


def test_longer_blurbs_opening_in_parallel_are_a_menu():
    rows = [
        ("Become a software engineer to help businesses develop software, build web applications, and products "
         "that will help shape the future of the company.", "body"),
        ("We have many flexible options for advancing your career. Start building your skills right now.",
         "boilerplate"),
        ("Become a data scientist to help businesses leverage data, analyze data, and provide data-driven "
         "insights so businesses can make informed decisions.", "body"),
        ("We have many flexible options for advancing your career. Start building your skills right now.",
         "boilerplate"),
        ("Become a cybersecurity engineer so you can help companies and organizations of all sizes protect "
         "data from getting stolen, hacked, leaked, or damaged.", "body"),
        ("Learn to code video games in 48 weeks! Master Unreal Engine, and analyze top games to create your "
         "own. Finish with a playable game.", "body"),
        (LONG_STORY, "body"),
    ]
    assert labels(relabel(page(*rows))) == ["boilerplate"] * 6 + ["body"]


FOR_LINES = (
    "For individuals and small teams to access their work computers from any device, anywhere.",
    "For IT pros to remotely support any device. Real-time patch management available as an add-on.",
    "For IT pros to remotely monitor, manage and secure devices with real-time patching and automations.",
    "For enterprise-grade remote access and remote support with SSO and advanced manageability.",
)
SHORT_STORY = (
    "In the modern business environment, IT security should never be an afterthought because it is a "
    "strategic need for every company that keeps its customers' data.",
    "Before diving into best practices, let's look at the primary threats businesses face today:",
)


def test_a_page_opening_on_parallel_blurbs_opens_on_a_menu():
    rows = [(t, "body") for t in FOR_LINES] + [(t, "body") for t in SHORT_STORY] + [(LONG_STORY, "body")]
    assert opening_menu(page(*rows)) == (0, 4)
    out = relabel(page(*rows))
    assert labels(out) == ["boilerplate"] * 4 + ["body"] * 3 and out[0].reason == MENU


def test_a_story_opening_on_parallel_paragraphs_that_quote_someone_is_left_alone():
    rows = [("Flooding closed the main road into town on Tuesday for the first time since 1983.", "body"),
            ("Flooding also shut the schools, which will stay closed until Friday at the earliest.", "body"),
            ('Flooding "on this scale" has not been seen for forty years, the mayor said on Wednesday.', "body"),
            (SHORT_STORY[1], "body"), (LONG_STORY, "body")]
    assert opening_menu(page(*rows)) is None
    assert labels(relabel(page(*rows))) == ["body"] * 5


LEDES = (
    "Flood waters rose across the valley on Tuesday, forcing hundreds of families from their homes and "
    "closing the main road into town for the first time since the spring of 1983.",
    "Rescue crews worked through the night in boats borrowed from local fishermen, carrying the old and "
    "the sick to the school on the hill.",
    "Schools will stay shut until Friday, and the town's two clinics have moved their patients to the "
    "county hospital twenty miles away.",
    "Forecasters expect more rain over the weekend, with another two inches likely to fall on ground that "
    "can take no more.",
    "Farmers counted their losses as the water began to fall.",
)


def test_a_story_of_one_sentence_ledes_is_left_alone():
    rows = [(t, "body") for t in LEDES] + [(LONG_STORY, "body")]
    assert labels(relabel(page(*rows))) == ["body"] * 6


def test_ledes_before_a_second_story_head_are_left_alone_when_they_quote_someone():
    rows = ([(t, "body") for t in LEDES[:3]]
            + [('"We have never seen anything like it," the mayor said on Wednesday morning.', "body"),
               (LEDES[3], "body"), ("By Ann Lee", "byline"), (LONG_STORY, "body")])
    assert labels(relabel(page(*rows)))[:5] == ["body"] * 5


def test_paragraphs_opening_on_a_name_are_a_story_when_they_report_speech():
    rows = [
        ("De Blasio said the move was made by the police commissioner and that he trusted him on security "
         "above anyone else in the city.", "body"),
        ("De Blasio, speaking on the radio, called the candidate a blowhard whose remarks helped the "
         "other side.", "body"),
        ("De Blasio also repeated his claim that profit was the motivation for some technology companies.",
         "body"),
        ("The mayor spoke for twenty minutes and took questions from callers across the five boroughs.", "body"),
        (LONG_STORY, "body"),
    ]
    assert labels(relabel(page(*rows))) == ["body"] * 5


def test_a_short_story_above_a_comment_date_is_left_alone():
    rows = ([(t, "body") for t in LEDES] + [("Leave a Reply", "boilerplate"), ("Ann Lee says:", "boilerplate"),
                                             ("March 4, 2024 at 9:15 am", "dateline"),
                                             ("Thanks for writing this up.", "boilerplate")])
    assert labels(relabel(page(*rows)))[:5] == ["body"] * 5
