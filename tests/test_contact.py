"""The site's contact block after the story (pages written for these tests)."""
from newscli.boilerplate import REASONS
from newscli.contact import CONTACT, INVITATION, NOTICE, contact_kind, relabel
from test_story_end import STORY, labels, page


def test_contact_details_in_names_and_figures():
    for text in ("Phone: (707) 665-9472",
                 "Tel 203-555-0184",
                 "Business Hours Monday - Friday 7 AM - 6 PM Saturday 8 AM - 5 PM",
                 "License #'s: Electrical License \u2013 EN214217 Low Voltage \u2013 LVU406638",
                 "Plumbing & Heating Company Serving the Greater Dayton Area",
                 "River Tech Institute North Avenue, Dayton, OH 45402 Phone: 937-555-0100",
                 "12 Broad Street, 3rd Floor Boston, MA 02109 hello@example.org 1 (888) 555-0199",
                 "Lane & Fox PC 8300 Falls of Neuse, Suite 108 Raleigh, NC 27615"):
        assert contact_kind(text) == CONTACT, text


def test_invitations_to_the_page_s_form_and_the_site_s_notices():
    assert contact_kind("Fill out the form for a free solar quote with a custom layout.") == INVITATION
    assert contact_kind("You can fill out our quick questionnaire or simply book a call.") == INVITATION
    assert contact_kind("We're hiring people to help build the future of construction finance") == NOTICE
    assert contact_kind("At Oak Heating, we are committed to ensuring that individuals with disabilities "
                        "enjoy full access to our websites.") == NOTICE


def test_sentences_of_a_story_are_not_contact_details():
    # a number to call, given in a sentence
    assert contact_kind("For more information, call the county office at 555-201-3300 or email help@county.gov.") is None
    assert contact_kind("You also may contact the Division of Drug Information at info@fda.gov or 855-543-3784.") is None
    # a plain call to action closes many stories written by a business
    assert contact_kind("Ready to get started? Contact us today for a free consultation.") is None
    assert contact_kind("The firm said it was hiring 200 people at the plant this year.") is None
    assert contact_kind("Serving the community for 40 years, the diner closed on Friday.") is None
    assert contact_kind("Most travel insurers have a form that you can fill out describing your trip.") is None


def test_a_contact_block_at_the_page_s_end_is_furniture():
    labs = page((STORY, None, 0.05), (STORY, None, 0.05),
                ("Plumbing & Heating Company Serving the Greater Dayton Area", None, 0.4),
                ("Business Hours Monday - Friday 7 AM - 6 PM", None, 0.5),
                ("\u00a9 2025 Oak Plumbing", REASONS["copyright"], 0.99),
                ("Phone: (937) 555-0142", None, 0.5))
    out = relabel(labs)
    assert labels(out) == ["body", "body", "boilerplate", "boilerplate", "boilerplate", "boilerplate"]
    assert (out[2].reason, out[3].reason, out[5].reason) == (CONTACT, CONTACT, CONTACT)


def test_contact_details_followed_by_story_are_left_alone():
    # an interview's contact line, then the study itself
    labs = page(("Phone: (602) 555-0145", None, 0.5), (STORY, None, 0.05), (STORY, None, 0.05))
    assert relabel(labs) == labs


def test_a_news_story_ending_on_a_number_to_call_keeps_it():
    labs = page((STORY, None, 0.05),
                ("Anyone with information is asked to call police at 555-201-3300.", None, 0.2),
                ("Share this story", REASONS["lex_share"], 0.95))
    assert relabel(labs) == labs


def test_nothing_of_the_story_before_the_block_leaves_it_alone():
    labs = page(("Phone: (707) 665-9472", None, 0.5), ("Privacy Policy", REASONS["lex_legal"], 0.99))
    assert relabel(labs) == labs


def test_a_contact_heading_and_the_names_and_numbers_under_it_are_whom_to_call():
    from pages import labelled
    from newscli.contact import HEADED, relabel_headed_contacts
    news = ["COPENHAGEN -- Children who eat breakfast do better at school, a study of 2,000 pupils found.",
            "The effect was largest in the first two lessons of the day, the researchers said.",
            "They now plan to follow the pupils for another three years to see if it lasts.",
            "Schools in the city already serve a free breakfast to about a third of their pupils.",
            "The study was published on Tuesday in the journal Public Health Nutrition."]
    block = ["For further information, please contact:", "Assistant professor Mads Hjorth",
             "Department of Nutrition, University of Copenhagen", "Email: mads@example.ku.dk", "Tel.: 45-4097-8366"]
    labs = relabel_headed_contacts(labelled(news + block))
    assert [lab.label for lab in labs] == ["body"] * 5 + ["boilerplate"] * 5
    assert {lab.reason for lab in labs[5:]} == {HEADED}


def test_a_story_s_contact_section_in_prose_or_a_heading_in_its_first_half_stays():
    from pages import labelled
    from newscli.contact import relabel_headed_contacts
    prose = ["The council met on Monday to discuss the new bus routes through the town centre.",
             "Residents raised concerns about noise and the loss of parking on the high street.",
             "Contact:", "Residents can write to the council before the end of the month, the mayor said."]
    assert [lab.label for lab in relabel_headed_contacts(labelled(prose))] == ["body"] * 4
    early = ["Media contacts:", "Ann Lee", "The council met on Monday to discuss the new bus routes.",
             "Residents raised concerns about noise.", "The mayor said a decision would come in May.",
             "Buses will run every ten minutes at peak times."]
    assert [lab.label for lab in relabel_headed_contacts(labelled(early))] == ["body"] * 6
