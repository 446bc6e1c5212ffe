"""A press release's About section and what follows it (lines written for these tests)."""
from newscli.releases import ABOUT, AFTER_ABOUT, AFTER_END_MARK, end_mark, opens_about, relabel
from newscli.references import relabel as give_back_references

from pages import labelled

NEWS = ["ROCHESTER, Minn. -- A blood test can spot early lung cancer in smokers, researchers reported on Monday.",
        "The test looks for traces of tumour DNA in a small sample of blood taken at a routine visit.",
        "In a trial of 1,200 smokers it found four of five early cancers that a scan later confirmed.",
        "The team now plans a larger trial at twelve hospitals over the next three years."]


def body(rows) -> list[str]:
    return [lab.line.text for lab in relabel(labelled(rows)) if lab.label == "body"]


def test_a_heading_alone_then_what_the_organisation_is_opens_the_section():
    assert opens_about("About Mayo Clinic", "Mayo Clinic is a nonprofit organization committed to clinical practice.")
    assert opens_about("About Joslin Diabetes Center",
                       "Founded in 1898, Joslin Diabetes Center is world-renowned for its research.")
    assert opens_about("About the American Thoracic Society",
                       "Founded in 1905, the American Thoracic Society is the world's leading medical association.")


def test_a_heading_with_its_paragraph_on_the_same_line_opens_the_section():
    assert opens_about("About IDRI: As a nonprofit global health organization, IDRI takes a comprehensive "
                       "approach to combating infectious diseases.")
    # run together, as text copied from a page often is
    assert opens_about("About the Mount Sinai Health SystemThe Mount Sinai Health System is an integrated "
                       "health system committed to providing distinguished care.")
    assert opens_about("ABOUT ASCOFounded in 1964, the American Society of Clinical Oncology (ASCO) is committed "
                       "to making a world of difference in cancer care.")


def test_a_story_line_that_starts_with_about_is_no_heading():
    assert not opens_about("About 40 people gathered outside the clinic on Monday to protest the closure of its "
                           "maternity ward, which the trust announced last week.")
    assert not opens_about("About the study: researchers followed 2,000 adults for ten years and measured how "
                           "often they walked.")
    assert not opens_about("About Lung Cancer", "Doctors say screening saves lives.")  # not what it is
    assert not opens_about("About RNA interference: https://www.youtube.com/watch?v=abc")


def test_the_section_and_everything_after_it_leave_the_story():
    section = ["About Mayo Clinic",
               "Mayo Clinic is a nonprofit organization committed to clinical practice, education and research.",
               "Media contact: Jane Doe, newsbureau@example.org"]
    labs = relabel(labelled(NEWS + section))
    assert [lab.label for lab in labs] == ["body"] * 4 + ["boilerplate"] * 3
    assert [lab.reason for lab in labs[4:]] == [ABOUT, AFTER_ABOUT, AFTER_ABOUT]


def test_lines_already_furniture_keep_their_reasons():
    rows = NEWS + [("Share this article", "boilerplate", "share or follow prompt", 0.9),
                   "About IDRI: As a nonprofit global health organization, IDRI takes a comprehensive approach "
                   "to combating infectious diseases."]
    labs = relabel(labelled(rows))
    assert labs[4].reason == "share or follow prompt"
    assert (labs[5].label, labs[5].reason) == ("boilerplate", ABOUT)


def test_a_section_so_headed_in_the_first_half_or_followed_by_quotations_is_the_story():
    early = ["About Mayo Clinic", "Mayo Clinic is a nonprofit organization committed to clinical practice."] + NEWS
    assert body(early) == early
    going_on = NEWS[:2] + ["About Beaumont's Proton Center",
                           "Beaumont's center is one of just 28 proton therapy centers in the country.",
                           '"The beam follows the tumour as the patient breathes," said Dr. Lee.']
    assert body(going_on) == going_on


def test_the_release_keeps_its_list_of_references():
    references = ["Smith, J. (2021). Blood tests for lung cancer. Journal of Screening. https://example.org/a",
                  "Lee, A. (2019). Tumour DNA in blood. Cancer Letters. https://example.org/b"]
    rows = NEWS + ["About Mayo Clinic",
                   "Mayo Clinic is a nonprofit organization committed to clinical practice, education and research.",
                   *references]
    labs = give_back_references(relabel(labelled(rows)))
    assert [lab.line.text for lab in labs if lab.label == "body"] == NEWS + references


NOTES = ["The study was funded by the National Cancer Institute.",
         "Other authors are Ann Lee and Bob Stone of the Mayo Clinic.",
         "Media contact: Jane Doe, newsbureau@example.org"]


def test_the_notes_after_a_release_s_end_mark_are_for_editors():
    for mark in ("###", "# # #", "-30-", "ENDS"):
        labs = relabel(labelled(NEWS + [(mark, "boilerplate", "symbols, not words", 0.9)] + NOTES))
        assert [lab.label for lab in labs] == ["body"] * 4 + ["boilerplate"] * 4, mark
        assert {lab.reason for lab in labs[5:]} == {AFTER_END_MARK}


def test_several_marks_part_sections_and_a_mark_above_the_story_ends_nothing():
    rows = [NEWS[0], "###", NEWS[1], NEWS[2], "###", NEWS[3]]
    assert end_mark(labelled(rows)) is None
    assert body(rows) == rows
    early = ["Embargoed until 9am", "###"] + NEWS
    assert body(early) == early


def test_a_story_that_goes_on_after_the_mark_is_left_alone():
    rows = NEWS + ["###", '"We will open two more clinics next year," said Dr. Lee, who led the trial.']
    assert body(rows) == rows
