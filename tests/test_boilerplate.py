"""Line labels: which lines are the story, and why the others went."""
from __future__ import annotations

import json
import math

from typer.testing import CliRunner

from newscli import analyze
from newscli.boilerplate import body_regions, label_lines, lexicon_hits
from newscli.boilerplate_profile import Profile, fingerprint, normalise
from newscli.cli import app
from newscli.segment import lines

ARTICLE = """SIGN UP FOR OUR NEWSLETTER. It takes 5 seconds.

Council Votes To Rebuild The Old Harbour Bridge

The city council voted on Tuesday to rebuild the harbour bridge, ending a decade of debate over the crossing that carries most of the town's morning traffic.

Mayor Ana Torres said the vote was a turning point. "We have patched this bridge for ten years, and the patches no longer hold," she told reporters after the meeting.

Engineers estimate the work will take three years and cost about $40 million, most of it paid by a state grant awarded last spring.

Opponents argued that a ferry service would be cheaper, but the council rejected the idea by seven votes to two.

Construction is expected to begin next summer, and a temporary footbridge will stay open throughout.


Please let us know if you're having issues with commenting.
Follow us on Twitter @harbourdaily
"""


def labels_of(text: str, profile: Profile | None = None, group: str = "") -> dict[int, tuple[str, str | None]]:
    return {lab.line.number: (lab.label, lab.reason) for lab in label_lines(lines(text), profile, group)}


def test_seed_like_article_loses_banner_and_footer_and_keeps_the_story():
    got = labels_of(ARTICLE)
    assert got[1][0] == "boilerplate"
    assert got[3] == ("title", "headline")
    assert [got[n][0] for n in (5, 7, 9, 11, 13)] == ["body"] * 5
    assert got[16] == ("boilerplate", "comments prompt")
    assert got[17][0] == "boilerplate" and got[17][1] in ("social-media handle", "share or follow prompt")


def test_lines_of_symbols_are_furniture_and_the_story_around_them_is_judged_as_before():
    parts = ARTICLE.split("\n\n")
    ruled = "\n\n".join(parts[:4] + ["* * * * *", "┌────┐ ;;;"] + parts[4:])
    got = labels_of(ruled)
    assert got[9] == ("boilerplate", "symbols, not words")
    assert got[11] == ("boilerplate", "symbols, not words")
    story = {n: lab for n, lab in labels_of(ARTICLE).items()}
    assert [got[n] for n in sorted(got) if n not in (9, 11)] == [story[n] for n in sorted(story)]


def test_every_non_blank_line_gets_one_label_and_blank_lines_none():
    got = label_lines(lines(ARTICLE))
    numbers = [lab.line.number for lab in got]
    assert numbers == [ln.number for ln in lines(ARTICLE) if ln.text.strip()]
    assert all(lab.reason is None for lab in got if lab.is_body)
    assert all(lab.reason for lab in got if not lab.is_body)


def test_the_seed_banner_footer_and_headline():
    with open("samples/breitbart-hamas-iran.txt", encoding="utf-8") as f:
        got = labels_of(f.read())
    first, last = min(got), max(got)
    assert got[first] == ("boilerplate", "call to action")
    assert got[3][0] == "title"
    assert got[last] == ("boilerplate", "comments prompt")


def test_body_is_the_runs_of_body_lines_and_analyses_read_only_them():
    a = analyze(ARTICLE)
    spans = body_regions(a.line_labels)
    assert len(spans) == 1
    assert ARTICLE[spans[0].start:].startswith("The city council voted")
    assert ARTICLE[:spans[0].end].endswith("stay open throughout.")
    assert a.sentences[0].text.startswith("The city council voted")
    assert not any("commenting" in s.text for s in a.sentences)
    raw = analyze(ARTICLE, clean=False)
    assert raw.sentences[0].text.startswith("SIGN UP")


def test_a_one_line_snippet_is_still_analysed():
    a = analyze("Sen. Lopez said the bill would pass. It did.")
    assert [s.text for s in a.sentences] == ["Sen. Lopez said the bill would pass.", "It did."]


def test_lexicon_matches_whole_word_sequences():
    assert lexicon_hits("click here to subscribe".split()) == {"cta", "newsletter"}
    assert lexicon_hits("the shareholders met".split()) == set()


def test_fingerprints_ignore_case_spacing_and_digits():
    assert normalise("  Updated  3:45 PM ") == "updated 0:00 pm"
    assert fingerprint("© 2019 Example Media") == fingerprint("© 2024 example  media")
    assert fingerprint("Advertisement") != fingerprint("Advertisements")


def test_a_fingerprint_is_the_same_whether_or_not_the_line_was_seen_before():
    from hashlib import blake2b

    from newscli import boilerplate_profile

    line = "Share this story  on Facebook 2024"
    fresh = int.from_bytes(blake2b(b"share this story on facebook 0000", digest_size=8).digest(), "little")
    boilerplate_profile._FINGERPRINTS.clear()
    assert fingerprint(line) == fresh  # worked out
    assert fingerprint(line) == fresh  # remembered
    boilerplate_profile._FINGERPRINTS.clear()
    assert fingerprint(line) == fresh


def test_the_remembered_fingerprints_stay_within_their_bound(monkeypatch):
    from newscli import boilerplate_profile

    monkeypatch.setattr(boilerplate_profile, "FINGERPRINT_CACHE_LINES", 3)
    lines = [f"line {c}" for c in "abcdefg"]
    first = [fingerprint(t) for t in lines]
    assert len(boilerplate_profile._FINGERPRINTS) <= 3
    assert [fingerprint(t) for t in lines] == first
    monkeypatch.setattr(boilerplate_profile, "FINGERPRINT_CACHE_CHARS", 10)
    assert [fingerprint(t) for t in reversed(lines)] == first[::-1]
    assert sum(map(len, boilerplate_profile._FINGERPRINTS)) <= 10 + len(lines[0])


STORIES = [
    ("Rainfall in the valley reached a record high this week, flooding two farms near the river.",
     "Farmers said the water rose faster than at any time since the great flood of 1987.",
     "The county has opened a relief fund, and volunteers are filling sandbags at the fire station."),
    ("A new school opened its doors on Monday to more than four hundred pupils from three villages.",
     "Parents lined the road as the first buses arrived, some of them cheering from the pavement.",
     "The head teacher said the building would also host evening classes for adults this winter."),
    ("The regional airport will add two daily flights to the capital from next month, officials said.",
     "The airline expects the route to carry about ninety thousand passengers in its first year.",
     "Business owners welcomed the news, saying the morning flight would save them a day of travel."),
    ("Local bakers have formed a cooperative to buy flour in bulk after prices rose sharply this year.",
     "Twelve bakeries have joined so far, and the group hopes to cut its costs by a fifth.",
     "Customers may notice little change at first, the bakers said, but bread prices should hold."),
    ("The museum reopened after a two-year renovation that restored its painted ceiling and west wing.",
     "Restorers spent eight months cleaning the ceiling, removing a century of candle smoke.",
     "Entry remains free on Sundays, and the new wing will host a exhibition of local textiles."),
]


def site_page(story: tuple[str, ...]) -> str:
    return "\n".join(["Valley Courier | Home | News | Sport", *story,
                      "Read our community guidelines before you post", ""])


def test_lines_repeated_across_a_sites_pages_are_boilerplate_with_the_count():
    profile = Profile()
    for s in STORIES:
        profile.add("site:courier.example", site_page(s).splitlines())
    got = labels_of(site_page(STORIES[0]), profile, "site:courier.example")
    assert got[5] == ("boilerplate", "repeated on 5 pages of this site")
    assert got[1][1] == "repeated on 5 pages of this site"
    assert [got[n] for n in (2, 3, 4)] == [("body", None)] * 3


def test_a_recurring_section_heading_is_a_heading_and_keeps_its_neighbours_body():
    def page(story: tuple[str, ...]) -> str:
        return "\n".join([story[0], story[1], "The bottom line", story[2]])

    profile = Profile()
    for s in STORIES:
        profile.add("dir:news", page(s).splitlines())
    got = labels_of(page(STORIES[1]), profile, "dir:news")
    assert got[3] == ("heading", "section heading repeated on 5 pages in this batch")
    assert got[1][0] == got[2][0] == got[4][0] == "body"


def test_profile_round_trips_through_json_and_drops_singletons():
    p = Profile()
    for s in STORIES[:3]:
        p.add("site:a.example", [*s, "Share this story"])
    data = json.loads(json.dumps(p.to_json()))
    q = Profile.from_json(data)
    assert q.pages("site:a.example", fingerprint("share this story")) == 3
    assert q.pages("site:a.example", fingerprint(STORIES[0][0])) == 0
    # a group the profile has not seen is looked up in all of them
    assert q.pages("dir:elsewhere", fingerprint("Share this story")) == 3
    # one document's lines at once, as the labeller asks
    fps = [fingerprint("Share this story"), fingerprint(STORIES[0][0])]
    assert q.page_counts("site:a.example", fps) == q.page_counts("dir:elsewhere", fps) == [3, 0]


runner = CliRunner()


def write_site(tmp_path, n=5):
    d = tmp_path / "courier"
    d.mkdir()
    for i, s in enumerate(STORIES[:n]):
        (d / f"{i}.txt").write_text(site_page(s), encoding="utf-8")
    return d


def test_cli_boilerplate_rows_follow_the_contract(tmp_path):
    d = write_site(tmp_path)
    result = runner.invoke(app, ["boilerplate", "--format", "jsonl", str(d)])
    assert result.exit_code == 0, result.output
    rows = [json.loads(r) for r in result.stdout.splitlines()]
    assert {tuple(r) for r in rows} == {("source", "line", "label", "reason", "text")}
    first = [r for r in rows if r["source"] == str(d / "0.txt")]
    assert [r["line"] for r in first] == [1, 2, 3, 4, 5]
    assert first[4]["label"] == "boilerplate" and "5 pages" in first[4]["reason"]
    assert [r["label"] for r in first[1:4]] == ["body"] * 3


def test_cli_learn_then_profile_cleans_a_single_file(tmp_path):
    d = write_site(tmp_path)
    prof = tmp_path / "courier.json"
    assert runner.invoke(app, ["boilerplate", "--format", "jsonl", "--learn", str(prof), str(d)]).exit_code == 0
    assert "Read our community" not in prof.read_text()  # fingerprints only, no text
    single = tmp_path / "new.txt"
    single.write_text(site_page((
        "Firefighters rescued a family of ducks from a storm drain on Main Street on Friday.",
        "A passer-by heard the ducklings and called the station, which sent a crew within minutes.",
        "The ducks were released at the pond in the park, to the applause of a small crowd.")))
    alone = runner.invoke(app, ["clean", str(single)])
    with_profile = runner.invoke(app, ["clean", "--profile", str(prof), str(single)])
    assert with_profile.exit_code == 0
    assert "Valley Courier | Home" not in with_profile.stdout
    assert "Read our community" not in with_profile.stdout
    assert with_profile.stdout.startswith("Firefighters rescued")
    assert with_profile.stdout.endswith("applause of a small crowd.\n")
    assert "Valley Courier" not in alone.stdout  # the nav line goes on its looks alone


def test_cli_clean_prints_the_body_lines_exactly(tmp_path):
    f = tmp_path / "a.txt"
    f.write_text(ARTICLE, encoding="utf-8")
    result = runner.invoke(app, ["clean", str(f)])
    assert result.exit_code == 0
    out = result.stdout
    assert out.startswith("The city council voted")
    assert out.endswith("stay open throughout.\n")
    kept = [ln for ln in out.splitlines() if ln]
    assert all(ln in ARTICLE.splitlines() for ln in kept)
    titled = runner.invoke(app, ["clean", "--title", str(f)]).stdout
    assert titled.startswith("Council Votes To Rebuild The Old Harbour Bridge\n\nThe city council")


def test_cli_bad_profile_is_a_usage_error(tmp_path):
    bad = tmp_path / "bad.json"
    bad.write_text("{}")
    f = tmp_path / "a.txt"
    f.write_text(ARTICLE)
    result = runner.invoke(app, ["clean", "--profile", str(bad), str(f)])
    assert result.exit_code == 2
    assert "not a newscli profile" in result.output


def test_cli_stdin_goes_through_both_passes():
    result = runner.invoke(app, ["clean", "-"], input=ARTICLE)
    assert result.exit_code == 0
    assert result.stdout.startswith("The city council voted")


def test_terminal_view_dims_removed_lines_with_reasons(tmp_path):
    from newscli.output import Environment, Format, Writer
    from newscli.pipeline import Options, run
    from newscli.render import boilerplate_view
    from newscli.rows import BOILERPLATE
    import io

    f = tmp_path / "a.txt"
    f.write_text(ARTICLE)
    out = io.StringIO()
    env = Environment(stdout=out, stderr=io.StringIO(), stdout_isatty=False, stderr_isatty=False)
    writer = Writer(Format.table, BOILERPLATE.columns, env, renderer=boilerplate_view)
    assert run(BOILERPLATE, [str(f)], writer, env, Options()) == 0
    text = out.getvalue()
    assert "comments prompt" in text and "headline" in text
    assert "removed" in text


def test_a_paragraph_opening_with_a_dateline_is_where_the_story_starts():
    text = "\n".join([
        "Sign up for our morning newsletter",
        "Ferry Fares Rise Again",
        "By Tom Baker",
        "PORTSMOUTH (AP) — Ferry fares to the island will rise by 8 percent in April, the operator said.",
        "The operator blamed fuel costs and a shortage of crew for the increase.",
        "Islanders said the rise would hit commuters hardest.",
    ])
    got = labels_of(text)
    assert got[3] == ("byline", "byline")
    assert got[4] == ("body", None)


def test_quotations_on_story_lines_left_out_for_their_position_are_still_found():
    from newscli.boilerplate import LineLabel, quote_regions
    from newscli.document import Line

    lines = [Line(1, 0, 5, "Story"), Line(2, 6, 30, '"Yes," she said at last.'),
             Line(3, 31, 40, "Subscribe")]
    labels = [LineLabel(lines[0], "body", None, 0.9),
              LineLabel(lines[1], "boilerplate", "after the story ends", 0.4),
              LineLabel(lines[2], "boilerplate", "call to action", 0.1)]
    assert [(s.start, s.end) for s in quote_regions(labels)] == [(0, 30)]


def test_a_line_quoting_with_the_double_apostrophe_pair_is_still_quotable():
    from newscli.boilerplate import LineLabel, quote_regions
    from newscli.document import Line

    lines = [Line(1, 0, 5, "Story"), Line(2, 6, 32, "''Yes,'' she said at last.")]
    labels = [LineLabel(lines[0], "body", None, 0.9),
              LineLabel(lines[1], "boilerplate", "after the story ends", 0.4)]
    assert [(s.start, s.end) for s in quote_regions(labels)] == [(0, 32)]


def test_a_furniture_phrase_leading_a_colon_labels_the_line_as_a_link():
    from newscli.boilerplate import _lead_in, split_words

    def lead(text: str) -> bool:
        return _lead_in(split_words(text), text)

    assert lead("Related: How the harbour bridge was first built")
    assert lead("Read more: Ten walks along the old canal")
    assert lead("Photo: Jane Roe for the Harbour Daily")
    assert lead("Related — How the harbour bridge was first built")
    assert lead("Read more » Ten walks along the old canal")
    assert lead("Read more | Ten walks along the old canal")
    assert lead("Read more - Ten walks")
    assert not lead("Related—How the harbour bridge was first built")  # a dash needs a space before it
    # a speaker's colon or a story's own label is not a furniture lead-in
    assert not lead("The mayor put it simply: we cannot wait any longer.")
    assert not lead("Update: the council has since approved the budget.")


def test_pitches_talk_to_the_reader_and_open_with_a_verb():
    from newscli.boilerplate import CONTENT_FEATURES, content_features

    you, pitch = CONTENT_FEATURES.index("you_ratio"), CONTENT_FEATURES.index("pitch_start")
    promo, _ = content_features("Get your free guide and start saving on your energy bill today.")
    story, _ = content_features("The council voted on Tuesday to rebuild the old harbour bridge.")
    assert promo[pitch] and promo[you] > 0.1
    assert not story[pitch] and story[you] == 0


def test_disclosures_syndication_notes_and_bios_are_in_the_lexicon():
    assert "legal" in lexicon_hits(["we", "may", "earn", "a", "commission", "on", "purchases"])
    assert "legal" in lexicon_hits("this article was originally published on another site".split())
    assert "bio" in lexicon_hits("when not working she restores old boats".split())
    assert "cta" in lexicon_hits("book a demo with our team".split())
    assert "related" in lexicon_hits("in case you missed it".split())
    assert "newsletter" in lexicon_hits("stay in the loop with our weekly email".split())
    assert "nav" in lexicon_hits("you are here home news".split())


def test_every_phrase_of_the_lexicon_is_found_in_a_line_that_holds_it():
    from newscli.boilerplate import split_words
    from newscli.resources import read_lines

    for entry in read_lines("boilerplate_phrases.txt"):
        category, _, phrase = entry.partition("\t")
        words = ["the"] + split_words(phrase) + ["today"]
        if category == "story":  # an idiom of the story's own: no furniture in it
            assert lexicon_hits(words) == set(), phrase
        else:
            assert category in lexicon_hits(words), phrase


def test_a_story_saying_someone_declined_to_comment_or_tweeted_holds_no_furniture_words():
    from newscli.boilerplate import split_words

    for said in ("The Sanders and Clinton campaigns declined to comment.",
                 "The company did not respond to a request for comment on Friday.",
                 "Rubio's comments came on Sunday, The Hill reported.",
                 "He said on Twitter that the vote was rigged.",
                 "The group bought an attack ad in Iowa."):
        assert lexicon_hits(split_words(said)) == set(), said
    # the same words in furniture are still furniture's
    assert lexicon_hits(split_words("Leave a comment")) == {"comments"}
    assert lexicon_hits(split_words("Follow us on Twitter")) == {"share"}
    assert "comments" in lexicon_hits(split_words("Log in to comment on this story"))


def test_a_news_story_ending_on_no_comment_keeps_its_last_paragraphs():
    story = "\n\n".join([
        "Campaigns eye a new rule for delegates",
        "WASHINGTON — Party officials are weighing a change to how delegates are chosen, "
        "a shift that could reshape the next nominating contest, several officials said.",
        "The proposal would bind some delegates to the results of their state's primary, "
        "according to a draft circulated among members of the rules committee this week.",
        "Supporters argue the change would restore trust among voters who felt shut out "
        "of the process, while opponents say it would weaken the party's leadership.",
        "The two campaigns declined to comment.",
        "It is unclear whether the committee will take up the proposal before the summer.",
    ]) + "\n"
    labels = analyze(story).line_labels
    assert [lab.label for lab in labels[1:]] == ["body"] * 5


def test_lines_past_furniture_marks_after_the_story_count_those_marks():
    from newscli.boilerplate import CONTEXT_FEATURES, context_features

    k = CONTEXT_FEATURES.index("marks_between")
    # story in lines 1-4, then "Related posts" (sure furniture), a teaser, a mark, a teaser
    scores = [0.9, 0.1, 0.1, 0.1, 0.1, 0.95, 0.3, 0.9, 0.3]
    ctx = context_features(scores)
    assert [round(row[k], 3) for row in ctx[1:5]] == [0, 0, 0, 0]
    assert ctx[6][k] > 0 and ctx[8][k] > ctx[6][k]


def test_lexicon_phrases_match_whole_words_in_order_only():
    # "click here" is a phrase; the same words apart or inside other words are not
    assert "cta" in lexicon_hits("please click here now".split())
    assert "cta" not in lexicon_hits("here click".split())
    assert lexicon_hits("clicking there".split()) == set()


def test_the_cut_before_the_story_is_the_prefix_with_the_most_furniture_evidence():
    from newscli.boilerplate import prefix_cut

    assert prefix_cut([2.0, 1.0, -0.5, -4.0, 3.0]) == 2  # the -4 line is story: stop before it
    assert prefix_cut([2.0, -1.0, 3.0, -9.0]) == 3  # one doubtful line inside a furniture run goes too
    assert prefix_cut([-1.0, 0.5]) == 0  # no positive sum: nothing is cut
    assert prefix_cut([]) == 0


def test_the_story_ends_where_the_end_model_is_sure_enough():
    from newscli.boilerplate import end_position

    # one candidate far ahead of the others: that is the last story line at any confidence
    assert end_position([0.0, 9.0, 0.0, 0.0], 0.9) == 1
    # a flat distribution: a confident cut waits until most of the mass lies before it
    assert end_position([0.0, 0.0, 0.0, 0.0], 0.5) == 1
    assert end_position([0.0, 0.0, 0.0, 0.0], 0.99) == 3


def test_end_features_describe_each_candidate_and_its_tail():
    from newscli.boilerplate import END_FEATURES, end_features

    # (story log-odds, after log-odds, furniture, sentence end, short, lexicon hit, paragraph)
    rows = [(5.0, -3.0, False, True, False, False, True), (4.0, -2.0, False, True, False, False, True),
            (-3.0, 2.0, True, False, True, True, False)]
    feats = end_features(rows, 10)
    assert len(feats) == 3 and all(len(f) == len(END_FEATURES) for f in feats)
    named = [dict(zip(END_FEATURES, f)) for f in feats]
    assert named[2]["no_cut"] and not named[1]["no_cut"]
    assert named[1]["tail_share"] == 1.0 and named[1]["next_lex"]  # its tail is the furniture line
    assert named[0]["tail_share"] == 0.5 and named[0]["tail_story"] == 4.0
    assert named[2]["cut_pos"] == 1.0 and named[0]["cut_pos"] == 0.8
    # cutting after the first line would cut one paragraph off; after the second, none
    assert named[0]["tail_paragraphs"] == math.log1p(1) and named[1]["tail_paragraphs"] == 0.0


def test_a_model_with_edges_survives_a_json_round_trip():
    from newscli.boilerplate import Model, default_model

    model = default_model()
    again = Model.from_json(json.loads(json.dumps(model.to_json())))
    assert again == model


def test_a_pitch_and_a_tagline_before_the_story_are_not_body():
    # a page whose first lines are a pitch and a tagline, then a story with a dateline-free lede
    page = """Get our free weekly guide to home repairs delivered to your inbox.

Your home, your rules.

Dozens of homeowners on Elm Street woke up on Sunday to find their basements flooded after a water main burst under the road overnight.

Crews from the water company shut off the supply at about 4 a.m. and began pumping water from the street, a spokesman said.

The company said it would pay for the clean-up and that the pipe, laid in the 1930s, had been due for replacement next year.

Residents said it was the third burst on the street in five years and called for the whole line to be replaced at once.

The council said it would raise the matter with the company at a meeting next week.
"""
    got = labels_of(page)
    assert got[1][0] != "body" and got[3][0] != "body"
    assert all(got[n][0] == "body" for n in (5, 7, 9, 11, 13))


def test_stage_margins_skip_zero_features_without_changing_a_bit():
    # Only the non-zero features are multiplied; the sum, taken in the same order, is the
    # same float as over every feature (adding 0.0 or -0.0 changes no sum).
    from operator import mul

    from newscli.boilerplate import Stage

    stage = Stage(("a", "b", "c", "d", "e"), (0.1, -0.7, 1e-17, 3.3, -2.2), 0.25)
    rows = [[True, 0.0, 1.0, False, 0.3], [False, False, False, False, False], [0.2, 1.5, True, 2.5, -1.0]]
    more = [[0.9], [0.0], [-0.4]]
    dense = [stage.bias + sum(map(mul, stage.weights, r)) for r in rows]
    assert stage.margins(rows) == dense
    wide = Stage(stage.features + ("f",), stage.weights + (0.5,), stage.bias)
    assert wide.margins(rows, more) == [wide.bias + sum(map(mul, wide.weights, r + m)) for r, m in zip(rows, more)]


def test_sentence_breaks_are_counted_per_mark_as_one_pattern_for_all_three_would():
    import re

    from newscli.boilerplate import _sentence_breaks

    one_class = re.compile(r"""[.!?]['"\u2019\u201d)]*\s+['"\u2018\u201c(]*[A-Z]""")
    for line in ("He left. She stayed! Why? Nobody knows.", 'It ended." "Then what?" (Nothing.) So',
                 "a.b. c. D?! E", "Wow!!! Really?? Yes.\u201d \u201cNo", "No break here", "U.S. Army. The end"):
        assert _sentence_breaks(line) == len(one_class.findall(line))
    assert _sentence_breaks("He left. She stayed! Why? Nobody knows.") == 3


def test_web_addresses_are_found_by_scheme_www_or_domain_ending():
    from newscli.boilerplate import CONTENT_FEATURES, content_features

    url = CONTENT_FEATURES.index("url")
    for line in ("Read it at https://example.net/a", "Visit www.example.info", "Tips: tips@example.org",
                 "More at example.co.uk today", "Shop.COM deals"):
        assert content_features(line)[0][url], line
    for line in ("The U.S. economy grew. Commerce rose.", "It cost $4.50 a dozen.", "Dot. Com. Edu."):
        assert not content_features(line)[0][url], line


def test_a_story_that_ends_on_quotations_keeps_them_whatever_their_place():
    from newscli.boilerplate import _closing_quotes, stage1_matrix

    texts = ["The council voted on Tuesday to rebuild the Elm Street bridge after a two-year fight.",
             "Work is due to start in the spring, the city's chief engineer told the meeting.",
             "\u201cWe have waited long enough for this,\u201d said Maria Gomez, who runs a bakery by the bridge.",
             "\u201cI will believe it when I see the first car drive across,\u201d she added.",
             "Follow us on Twitter at @elmstreetnews for more.",
             "\u201cA great read,\u201d said one subscriber."]
    x1, shapes = stage1_matrix(texts)
    # the models kept the first two lines and called the rest furniture by their place
    furniture = [False, False, True, True, True, True]
    assert _closing_quotes(1, furniture, [False] * 6, x1, shapes) == [2, 3]
    # the closing quotations are story again; the handle stops the run, and what follows it stays
    assert furniture == [False, False, False, False, True, True]


def test_a_closing_line_without_a_quotation_and_a_speech_verb_stays_furniture():
    from newscli.boilerplate import _closing_quotes, stage1_matrix

    texts = ["The council voted on Tuesday to rebuild the Elm Street bridge after a two-year fight.",
             "Maria Gomez has run a bakery at the foot of the bridge for thirty years.",
             "\u201cThe Bridge Book\u201d is out now in paperback."]
    x1, shapes = stage1_matrix(texts)
    furniture = [False, True, True]
    assert _closing_quotes(0, furniture, [False] * 3, x1, shapes) == []
    assert furniture == [False, True, True]


def test_a_paragraph_that_opens_with_a_dateline_is_a_lede():
    from newscli.boilerplate import content_features

    for text in ("WASHINGTON (Reuters) - The Senate passed a bill on Thursday to fund the government.",
                 "TEL AVIV \u2014 A significant improvement in ties between the two sides has taken place.",
                 "TUESDAY, March 20, 2018 (HealthDay News) -- People who sleep less than six hours a night eat more.",
                 "MONDAY, Jan. 8 (HealthDay News) -- A new study finds that walking helps older adults sleep."):
        assert content_features(text)[1].lede, text
    assert not content_features("The council met on Tuesday -- and voted to close the bridge for a year.")[1].lede


def test_the_shipped_weights_name_exactly_the_features_the_code_computes():
    from newscli.boilerplate import (CONTEXT_FEATURES, END_FEATURES, STAGE1_FEATURES, STAGE2_FEATURES,
                                     context_features, stage1_matrix)
    from newscli.resources import read_text

    data = json.loads(read_text("boilerplate_model.json"))
    first, *rest = data["stages"]
    assert set(first["weights"]) == set(STAGE1_FEATURES)
    assert all(set(st["weights"]) == set(STAGE2_FEATURES) for st in rest)
    edges = data["edges"]
    assert set(edges["before"]["weights"]) == set(edges["after"]["weights"]) == set(STAGE2_FEATURES)
    assert set(edges["end"]["weights"]) == set(edges["start"]["weights"]) == set(END_FEATURES)
    # ... and every row the code builds has one value per feature, so none is dropped
    x1, _ = stage1_matrix(["Sign up for our newsletter", "The council voted on Tuesday.", "Photo: AP"])
    assert {len(row) for row in x1} == {len(STAGE1_FEATURES)}
    assert {len(row) for row in context_features([0.9, 0.1, 0.8])} == {len(CONTEXT_FEATURES)}


def test_a_long_sentence_cut_for_its_place_is_not_named_for_one_furniture_word_in_it():
    from newscli.boilerplate import _furniture, content_features, default_model

    def reason(text: str, i: int = 9) -> str:
        x, shape = content_features(text)
        return _furniture(i, 2, 5, shape, x, default_model())[1]  # the story: lines 2-5

    # "moderated" and "tweet" are furniture words, but here they are the story's words
    assert reason("When he interviewed the senator or moderated a debate, the anchor reminded "
                  "viewers about his daughter's job at the campaign.") == "after the story ends"
    assert reason("His mid-morning tweet followed another one that attacked the former secretary "
                  "of state over her emails.", 0) == "before the story starts"
    # a phrase still names the line, and a credit still names a caption
    assert reason("Please feel free to post your questions and requests for future columns "
                  "in the comments below.") == "comments prompt"
    assert reason("The AirTamer A310 uses negative ions to repel pathogens and recharges "
                  "through a USB port. Photo: F. Martin Ramin") == "photo caption or credit"


def test_a_shipped_page_model_names_exactly_the_page_features_the_code_computes():
    from newscli.boilerplate import END_FEATURES, PAGE_FEATURES, PAGE_STAGE_FEATURES, page_features
    from newscli.resources import read_text

    page = json.loads(read_text("boilerplate_model.json")).get("page")
    if page is not None:  # main's weights have none
        assert page["gate"] > 0 and "stage1" not in page
        assert all(set(st["weights"]) == set(PAGE_STAGE_FEATURES) for st in page["stages"])
        edges = page["edges"]
        assert set(edges["before"]["weights"]) == set(edges["after"]["weights"]) == set(PAGE_STAGE_FEATURES)
        assert set(edges["end"]["weights"]) == set(edges["start"]["weights"]) == set(END_FEATURES)
    assert {len(row) for row in page_features(_shapes(_long_page(8)), 8)} == {len(PAGE_FEATURES)}


# --- the page as a whole (a page model for pages with enough story-length paragraphs) ---
_STORY_PARAGRAPH = ("The council said on Tuesday that the harbour bridge would be rebuilt over the next three "
                    "years, after engineers found that the old piers could no longer carry the weight of the "
                    "morning traffic, and that a temporary footbridge would stay open throughout the work.")


def _long_page(paragraphs: int, promo: str = "") -> str:
    body = [f"{_STORY_PARAGRAPH} Meeting {k} of the council heard from residents." for k in range(paragraphs)]
    return "Home | News | Sport\n\n" + "\n\n".join(body) + ("\n\n" + promo if promo else "") + "\n"


def _shapes(text: str):
    from newscli.boilerplate import stage1_matrix

    return stage1_matrix([ln.text for ln in lines(text) if not ln.blank])[1]


def _furniture_everywhere(model):
    """`model` with a page model that calls every line furniture: where it is used shows."""
    from dataclasses import replace

    from newscli.boilerplate import PAGE_FEATURES, PAGE_STAGE_FEATURES, Stage

    later = tuple(Stage(PAGE_STAGE_FEATURES, (0.0,) * (len(st.weights) + len(PAGE_FEATURES)), 50.0)
                  for st in model.later)
    return replace(model, page=replace(model, later=later, threshold=0.5, edges=None, page=None, gate=0), gate=8)


def test_page_features_are_only_read_on_pages_with_enough_story_paragraphs():
    from newscli.boilerplate import page_features

    assert page_features(_shapes(ARTICLE), 8) is None  # five paragraphs of 20-30 words
    assert page_features(_shapes(_long_page(7)), 8) is None
    assert page_features(_shapes(_long_page(8)), 8) is not None
    assert page_features(_shapes(_long_page(8)), 0) is None  # gate 0: no page model


def test_page_features_say_where_a_line_stands_against_the_story_paragraphs():
    from newscli.boilerplate import PAGE_FEATURES, page_features

    promo = "Get our free weekly guide to garden furniture, with discount codes, delivered to your inbox."
    rows = [dict(zip(PAGE_FEATURES, r)) for r in page_features(_shapes(_long_page(8, promo)), 8)]
    menu, first, last, tail = rows[0], rows[1], rows[8], rows[9]
    assert menu["page_long_before"] == 0.0 and menu["page_long_after"] == 1.0
    assert first["page_long_after"] == 7 / 8 and last["page_long_before"] == 7 / 8
    assert tail["page_long_before"] == 1.0 and tail["page_long_after"] == 0.0 and tail["page_after"] == 0.0
    # one line before the story's paragraphs and one after: a short head and tail
    assert menu["page_head"] == tail["page_tail"] == math.log1p(1)
    assert menu["page_tail"] == tail["page_head"] == first["page_head"] == first["page_tail"] == 0.0
    assert menu["page_len"] < 0 and first["page_len"] == 0.0  # short, and the median's length
    # the story's paragraphs share their words; the promo shares almost none of them
    assert first["page_overlap"] > 0.9 and tail["page_overlap"] < 0.2


def test_a_page_below_the_gate_is_labelled_as_without_a_page_model():
    from dataclasses import replace

    from newscli.boilerplate import default_model

    model = default_model()
    routed = _furniture_everywhere(model)
    plain = replace(model, page=None, gate=0)
    for text in (ARTICLE, _long_page(7)):
        kept = lines(text)
        assert label_lines(kept, model=routed) == label_lines(kept, model=plain)


def test_a_page_at_the_gate_is_labelled_by_the_page_model():
    from newscli.boilerplate import default_model

    model = _furniture_everywhere(default_model())
    got = label_lines(lines(_long_page(8)), model=model)
    assert all(not lab.is_body for lab in got)


def test_a_model_with_a_page_model_survives_a_json_round_trip():
    from newscli.boilerplate import Model, default_model

    model = _furniture_everywhere(default_model())
    data = json.loads(json.dumps(model.to_json()))
    assert data["page"]["gate"] == 8 and len(data["page"]["stages"]) == len(model.later)  # no second stage 1
    assert Model.from_json(data) == model


def test_a_page_model_brings_back_sentences_but_not_fragments_the_base_model_cut():
    # A page model that calls every line story: the base model's furniture comes back
    # only where it is plain prose; a menu line stays out of the story.
    from dataclasses import replace

    from newscli.boilerplate import PAGE_FEATURES, PAGE_STAGE_FEATURES, Stage, default_model

    model = default_model()
    later = tuple(Stage(PAGE_STAGE_FEATURES, (0.0,) * (len(st.weights) + len(PAGE_FEATURES)), -50.0)
                  for st in model.later)
    story_everywhere = replace(model, page=replace(model, later=later, edges=None, page=None, gate=0), gate=8)
    page = _long_page(8)
    plain = label_lines(lines(page), model=replace(model, page=None, gate=0))
    got = label_lines(lines(page), model=story_everywhere)
    assert not plain[0].is_body and not got[0].is_body  # "Home | News | Sport"
    assert all(lab.is_body for lab in got[1:])


def test_a_web_address_needs_a_name_before_its_dot_or_a_scheme():
    from newscli.boilerplate import CONTENT_FEATURES, content_features

    url = CONTENT_FEATURES.index("url")
    for text in ("Read more at example.com today", "Visit acme.org for the full list", "www.site.net"):
        assert content_features(text)[0][url], text
    assert content_features("Read it at https://example.org/report")[0][url]
    for text in ("Integration into existing .NET applications needs minimal setup.",
                 "The osso.network core moved to new routers.", "A .gov website is official.",
                 "The library logs raw HTTP messages through HttpClient."):
        assert not content_features(text)[0][url], text


def test_a_furniture_word_the_story_keeps_using_is_its_topic():
    from newscli.boilerplate import CONTENT_FEATURES, stage1_matrix

    lex = CONTENT_FEATURES.index("lex_newsletter")
    story = ["Newsletter writers are finding that their subscribers drift away after a few months, "
             "and most of them never notice until the numbers fall.",
             "One writer said her subscribers stopped opening the weekly email after the first month, "
             "which she only found out by reading the reports.",
             "Subscribers who stay past ninety days are the ones to watch."]
    rows, shapes = stage1_matrix(story)
    assert not rows[2][lex] and not shapes[2].hits  # the story's own word, not a prompt
    # on a page that does not talk about them, the same line reads as a prompt
    rows, shapes = stage1_matrix(["The council met on Tuesday to approve the budget for the new harbour "
                                  "bridge, which is due to open next spring.", story[2]])
    assert rows[1][lex] and "newsletter" in shapes[1].hits


def test_the_base_model_scores_the_lines_it_has_a_say_on_as_when_it_scores_them_all():
    import operator
    from dataclasses import replace

    from newscli.boilerplate import _base_scores, context_features, default_model, stage1_matrix

    model = default_model()
    x1, _ = stage1_matrix([ln.text for ln in lines(_long_page(8, "Sign up for our newsletter")) if not ln.blank])
    p1 = model.stage1.scores(x1)
    none = [False] * len(x1)
    rows = list(map(operator.add, x1, context_features(p1, none)))
    idx = [0, 3, len(x1) - 1]
    full = model.later[0].scores(rows)
    assert _base_scores(model, x1, none, rows, idx) == [full[i] for i in idx]
    assert _base_scores(model, x1, none, rows, []) == []
    # stacked stages read every line's scores before the lines asked for are picked
    stacked = replace(model, later=(model.later[0], model.later[0]))
    again = model.later[0].scores(list(map(operator.add, x1, context_features(full, none))))
    assert _base_scores(stacked, x1, none, rows, idx) == [again[i] for i in idx]


def test_repeated_in_doc_keys_only_lines_that_share_their_word_count():
    # A line repeated in its normal form (case, digits, spaces folded) is repeated; a line
    # whose word count no other line has is not normalised at all, and not repeated.
    from newscli.boilerplate import CONTENT_FEATURES, _page_keys, stage1_matrix

    texts = ["Updated 3:45 PM", "The council met on Tuesday to approve the budget.", "updated  4:50 pm",
             "Share this", "Share that"]
    rows, shapes = stage1_matrix(texts)
    rep = CONTENT_FEATURES.index("repeated_in_doc")
    assert [row[rep] for row in rows] == [True, False, True, False, False]
    assert _page_keys(shapes)[1] == 1


def test_rating_set_test_first_finds_what_the_pattern_finds():
    from newscli.boilerplate import _RATING, _rating

    for s in ["Rated 4.5/5 by readers", "★★★★☆", "Only $29.99", "From £5 a month", "€ 12", "5 / 10",
              "no rating here", "1/2 cup flour", "Price: 30 dollars", "and/or", ""]:
        assert _rating(s) == (_RATING.search(s) is not None), s
