"""The site's own boxes set between a story's paragraphs (lines written for these tests)."""
from pages import labelled
from newscli.boxes import REPEATED_BOX, relabel, repeated_box


def furniture(page) -> list[str]:
    return [lab.line.text for lab in relabel(labelled(page)) if lab.label != "body"]


PITCH = "Try Dataflow to get your sales figures into your favourite spreadsheet today."


def test_a_pitch_the_page_repeats_between_its_paragraphs_is_furniture():
    page = ["Most teams keep their sales figures in three or four tools that do not talk to each other.",
            PITCH,
            "A warehouse puts them in one place, where an analyst can join them without copying files.",
            "The cost of a warehouse has fallen tenfold in five years.",
            PITCH,
            "Start with the two tools your team opens most often."]
    assert furniture(page) == [PITCH, PITCH]
    assert {lab.reason for lab in relabel(labelled(page)) if lab.label != "body"} == {REPEATED_BOX}


def test_the_sites_own_voice_repeated_is_furniture():
    box = "We have many flexible options for advancing your career. Start building your skills now."
    page = ["Bootcamp one teaches web development in twelve weeks.", box,
            "Bootcamp two teaches data science in sixteen weeks.", box]
    assert furniture(page) == [box, box]


def test_a_pitch_said_once_is_left_to_the_models():
    page = ["Most teams keep their sales figures in three or four tools.", PITCH,
            "A warehouse puts them in one place."]
    assert furniture(page) == []


def test_a_story_that_repeats_a_line_is_left_alone():
    # a pull quote repeats a sentence of the story, in its quotation marks
    quote = '"We will not close the plant while I am mayor," Smith told the council on Monday.'
    # a field each item of a list repeats
    field = "Where to watch: your local cinema"
    # a scraper's doubled paragraph, said in no one's voice
    doubled = "Last week two senators introduced a bill to regulate the market for digital assets."
    page = ["The council met on Monday to discuss the plant's future.", quote,
            "The plant employs 400 people.", quote, field, "Second film.", field, doubled, doubled]
    assert furniture(page) == []
    assert not repeated_box("Find it here.", 3)  # a short button is marks.BUTTON's


def test_a_label_said_twice_in_a_row_is_a_doubled_element():
    from newscli.boxes import DOUBLED

    alt = "Exercise: Seated row - Anna"  # a picture's alt text over its caption
    page = ["Sit tall and pull the handle to your ribs, then let it back slowly.", alt, alt,
            "Keep your shoulders down through the whole movement."]
    out = relabel(labelled(page))
    assert [lab.line.text for lab in out if lab.label != "body"] == [alt, alt]
    assert {lab.reason for lab in out if lab.label != "body"} == {DOUBLED}


def test_a_doubled_sentence_a_doubled_cell_and_a_line_said_twice_apart_are_left_alone():
    lead = "The council voted on Monday to keep the plant open for two more years."
    cell = "(includes housing, trim, and lamp)"  # two columns of a table with one value
    heading = "Where the money goes"
    page = [lead, lead, "The plant employs 400 people.", heading, "Most of it pays the staff.", heading,
            "Recessed lighting", cell, cell]
    assert furniture(page) == []


def test_a_repeated_box_whose_second_sentence_is_an_order_is_furniture():
    box = "Saving money never hurt anyone, right? Find the best deals on language courses this month."
    page = ["Course one teaches Spanish in twelve weeks.", box, "Course two teaches French in ten weeks.", box]
    assert furniture(page) == [box, box]
