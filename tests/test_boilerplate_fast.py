"""The shortcuts the labeller takes for speed give what the long way gives.

All example lines are written for these tests.
"""
from __future__ import annotations

from dataclasses import FrozenInstanceError

import pytest

from newscli import boilerplate as bp
from newscli.document import Line


def _features(text: str) -> dict[str, float]:
    return dict(zip(bp.CONTENT_FEATURES, bp.content_features(text)[0]))


def test_a_label_built_from_its_slots_is_the_dataclass_label():
    line = Line(3, 10, 22, "Subscribe now")
    fast = bp._line_label(line, "boilerplate", "call to action", 0.75)
    slow = bp.LineLabel(line, "boilerplate", "call to action", 0.75)
    assert fast == slow and hash(fast) == hash(slow) and repr(fast) == repr(slow)
    with pytest.raises(FrozenInstanceError):
        fast.label = "body"  # type: ignore[misc]


def test_separators_are_counted_on_lines_with_curly_quotes_only_when_they_hold_a_mark():
    assert _features("Home \u2022 World \u2022 Politics \u2022 \u201cOpinion\u201d")["separators"]
    assert _features("News \u00bb Local \u00bb Sport")["separators"]
    assert not _features("\u201cWe will rebuild,\u201d the mayor said \u2013 and nobody doubted it.")["separators"]


def test_a_bullet_is_a_mark_and_a_space_at_the_start():
    assert _features("\u2022 Free delivery on all orders")["bullet"]
    assert _features("- Free delivery on all orders")["bullet"]
    assert not _features("-5 degrees at night, the lowest this year.")["bullet"]


def test_a_domain_name_is_found_after_a_dot_that_names_none():
    assert bp._dot_domain("built on .net 8, read more at example.com")
    assert not bp._dot_domain("built on .net 8 and the osso.network stack")
    assert not bp._dot_domain("no address here.")


def test_the_strongest_reasons_come_weightiest_first():
    model = bp.default_model()
    x, _ = bp.content_features("Follow us on Twitter: @newsdesk | example.com")
    names = bp._strongest(x, model)
    weights = dict(zip(model.stage1.features, model.stage1.weights))
    assert {"handle", "url"} <= set(names)
    assert [weights[n] for n in names] == sorted((weights[n] for n in names), reverse=True)


def test_a_batch_profile_combined_page_by_page_is_the_profile_of_the_batch():
    from newscli.boilerplate_profile import Profile, combine_profiles, learn_profile
    from newscli.document import Document

    docs = [Document(f"site/{i}.txt", f"Story {i} starts here.\nShare this article\nMore news\n"
                                      + ("Share this article\n" if i == 1 else ""))
            for i in range(4)]
    whole = Profile()
    for d in docs:
        whole.add_document(d)
    combined = learn_profile(docs[0])
    for d in docs[1:]:
        combined = combine_profiles(combined, learn_profile(d))
    halves = combine_profiles(combine_profiles(learn_profile(docs[0]), learn_profile(docs[1])),
                              combine_profiles(learn_profile(docs[2]), learn_profile(docs[3])))
    assert combined.to_json(1) == whole.to_json(1) == halves.to_json(1)
