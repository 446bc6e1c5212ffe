"""Closing blurbs at a page's end: bios, the site's self-description, small print
(pages written for these tests)."""
from newscli.boilerplate import REASONS
from newscli.story_end import BLURB, DISCLAIMER, blurb_kind, is_person_bio, relabel_closing_blurbs
from test_story_end import STORY, labels, page


def test_a_bio_tells_more_about_the_person_than_a_job():
    assert is_person_bio("Mira Lane is the health director at PS. She has over 15 years of experience in fitness.")
    assert is_person_bio("Tom Reyes is a financial advisor with Oak Wealth. His expertise is retirement planning.")
    assert is_person_bio("Ana Ruiz covers biotech and co-hosts the weekly biotech podcast.")
    # a story names someone's job and moves on
    assert not is_person_bio("Ann Smith is a professor of history at Leeds University.")
    assert not is_person_bio("Charlotte Moon is artistic director of Weazel, which premiered her play in May.")
    assert not is_person_bio("That was a fair question, Warren said, and one war planners had asked before.")


def test_kinds_of_closing_blurb():
    assert blurb_kind("Brightline Studio is an ego-free, full-service architecture and design firm "
                      "providing services across the region.") == BLURB
    assert blurb_kind("About Tangoline Tangoline is a directory helping businesses find local providers.") == BLURB
    assert blurb_kind("The information contained on this page is provided by independent third-party "
                      "providers and may not be accurate.") == DISCLAIMER
    assert blurb_kind("All investing is subject to risk, including the possible loss of money.") == DISCLAIMER
    # a person's job is not an organisation's kind, nor is a story's sentence a notice
    assert blurb_kind("Zed Carter is a co-host of the Politics podcast.") is None
    assert blurb_kind("There are a lot of camera brands without monthly fees.") is None
    assert blurb_kind('"Blood thinners should not be considered unless needed," said Dr. Lee.') is None


def test_blurbs_at_the_end_of_the_page_are_furniture():
    firm = "Brightline Studio is a full-service architecture firm providing design across the valley."
    notice = "The information on this page is for general informational purposes only."
    labs = page((STORY, None, 0.05), (STORY, None, 0.05), (firm, None, 0.2), (notice, None, 0.3),
                ("© 2025 Brightline", REASONS["copyright"], 0.99))
    out = relabel_closing_blurbs(labs)
    assert labels(out) == ["body", "body", "boilerplate", "boilerplate", "boilerplate"]
    assert (out[2].reason, out[3].reason) == (BLURB, DISCLAIMER)


def test_a_blurb_followed_by_story_is_left_alone():
    firm = "Brightline Studio is a full-service architecture firm providing design across the valley."
    labs = page((STORY, None, 0.05), (firm, None, 0.2), (STORY, None, 0.05))
    assert relabel_closing_blurbs(labs) == labs


def test_a_news_story_ending_on_what_a_company_does_keeps_it():
    labs = page((STORY, None, 0.05),
                ("The company said it would appeal against the ruling, which it called unfair.", None, 0.1))
    assert relabel_closing_blurbs(labs) == labs


def test_organisations_in_turn_at_the_end_are_a_list_and_stay_body():
    for entries in (("Teamly is a mobile-first employee management app with scheduling built in.",
                     "Shiftwise is a scheduling platform for hourly teams in retail and hospitality."),
                    ("Teamly is a scheduling platform that helps hourly teams swap shifts.",
                     "Shiftwise is a payroll company that pays staff the same day.")):
        labs = page((STORY, None, 0.05), *((e, None, 0.2) for e in entries))
        assert relabel_closing_blurbs(labs) == labs


def test_a_sentence_opening_on_a_word_and_a_name_is_not_a_bio():
    assert not is_person_bio("Still, America knew that Waters is a loud member of Congress. She votes no.")
    assert is_person_bio("Ravi Rao, MD, FAAFP, is a family physician in Ohio. He treats obesity.")


def test_a_blurb_above_a_tail_the_later_passes_cut_is_found():
    # the copyright line is body when the closing blurbs are first looked for; the pass
    # after them makes it furniture, and the writer's box above it is found then
    from newscli.analysis import rule_labels

    bio = ("Eduard Kovacs (@EduardKovacs) is the managing editor at SecurityWeek. He worked as a high school "
           "IT teacher before starting a career in journalism.")
    labs = page((STORY, None, 0.3), (STORY, None, 0.3), (bio, None, 0.4),
                ("\u00a9 2025 SecurityWeek. All rights reserved.", None, 0.5))
    out = rule_labels(labs)
    assert [lab.label for lab in out] == ["body", "body", "boilerplate", "boilerplate"]
    assert out[2].reason == BLURB
