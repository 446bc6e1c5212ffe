"""Corpus inputs: JSON Lines records, gzip, stdin, ids and file:line, bad records."""
from __future__ import annotations

import gzip
import io
import json

from hypothesis import given, settings
from hypothesis import strategies as st

from newscli.inputs import Document, InputError, ReadOptions, documents, read_source


def jsonl(*records) -> bytes:
    return b"".join((r if isinstance(r, bytes) else json.dumps(r).encode()) + b"\n" for r in records)


def test_a_jsonl_file_gives_one_document_per_record_named_by_its_id(tmp_path):
    path = tmp_path / "corpus.jsonl"
    path.write_bytes(jsonl({"id": "a1", "text": "First story.", "site": "example.com"},
                           {"id": 7, "text": "Second story."}))
    docs = list(documents([str(path)]))
    assert docs == [Document("a1", "First story.", site="example.com"),
                    Document("7", "Second story.")]


def test_a_record_without_id_is_named_file_colon_line(tmp_path):
    path = tmp_path / "corpus.ndjson"
    path.write_bytes(b"\n" + jsonl({"text": "No id here."}))
    [doc] = documents([str(path)])
    assert doc.source == f"{path}:2"  # blank line 1 skipped, numbering kept


def test_fields_are_chosen_by_name():
    data = jsonl({"doc": "x", "body": "Chosen text.", "domain": "news.org"})
    options = ReadOptions(jsonl_field="body", id_field="doc", site_field="domain")
    [doc] = documents(["-"], stdin=io.BytesIO(data), options=options)
    assert doc == Document("x", "Chosen text.", site="news.org")


def test_stdin_is_read_as_jsonl_only_when_asked():
    data = jsonl({"text": "One."})
    [as_text] = documents(["-"], stdin=io.BytesIO(data))
    assert as_text.text.startswith('{"text"')
    [as_jsonl] = documents(["-"], stdin=io.BytesIO(data), options=ReadOptions(jsonl_field="text"))
    assert as_jsonl == Document("-:1", "One.")


def test_gzipped_jsonl_and_gzipped_text_are_decompressed(tmp_path):
    corpus = tmp_path / "corpus.jsonl.gz"
    corpus.write_bytes(gzip.compress(jsonl({"id": "g", "text": "Zipped record."})))
    article = tmp_path / "article.txt.gz"
    article.write_bytes(gzip.compress("Zipped article – with a dash.".encode()))
    assert [d.text for d in documents([str(corpus), str(article)])] == [
        "Zipped record.", "Zipped article – with a dash."]


def test_gzip_is_recognised_by_its_bytes_on_stdin():
    data = gzip.compress(jsonl({"id": "s", "text": "From a pipe."}))
    [doc] = documents(["-"], stdin=io.BytesIO(data), options=ReadOptions(jsonl_field="text"))
    assert doc == Document("s", "From a pipe.")


def test_bad_records_are_reported_by_line_and_the_rest_still_read(tmp_path):
    path = tmp_path / "corpus.jsonl"
    path.write_bytes(jsonl({"id": "ok1", "text": "Fine."}, b"{not json", [1, 2],
                           {"id": "n", "text": None}, {"id": "m"}, b"\xff\xfe\x00bad",
                           {"id": "ok2", "text": "Also fine."}))
    items = list(documents([str(path)]))
    assert [d.source for d in items if isinstance(d, Document)] == ["ok1", "ok2"]
    errors = [str(e) for e in items if isinstance(e, InputError)]
    assert errors[0] == f"newscli: {path}:2: not valid JSON (Expecting property name enclosed in double quotes)"
    assert errors[1] == f"newscli: {path}:3: not a JSON object but list"
    assert errors[2] == "newscli: n: field 'text' is NoneType, not a string"
    assert errors[3].startswith("newscli: m: record has no 'text' field")
    assert errors[4] == f"newscli: {path}:6: not valid JSON (not UTF-8)"


def test_an_over_long_record_is_skipped_without_reading_it_whole():
    data = jsonl({"text": "x" * 500}, {"text": "short"})
    items = list(documents(["-"], stdin=io.BytesIO(data),
                           options=ReadOptions(max_bytes=100, jsonl_field="text")))
    assert isinstance(items[0], InputError) and items[0].source == "-:1"
    assert "larger than --max-bytes" in items[0].message
    assert items[1] == Document("-:2", "short")


def test_corrupt_gzip_is_an_error_not_a_crash(tmp_path):
    path = tmp_path / "broken.txt.gz"
    path.write_bytes(gzip.compress(b"Some text that is long enough.")[:-12])
    result = read_source(str(path))
    assert isinstance(result, InputError) and "gzip" in result.message


def test_directories_list_gzipped_text_and_jsonl_only_when_reading_jsonl(tmp_path):
    (tmp_path / "a.txt").write_text("A.")
    (tmp_path / "b.txt.gz").write_bytes(gzip.compress(b"B."))
    (tmp_path / "c.jsonl").write_bytes(jsonl({"id": "c", "text": "C."}))
    assert [d.text for d in documents([str(tmp_path)])] == ["A.", "B."]
    as_jsonl = list(documents([str(tmp_path / "c.jsonl")], options=ReadOptions(jsonl_field="text")))
    assert as_jsonl == [Document("c", "C.")]


def test_records_stream_one_at_a_time():
    class Endless(io.RawIOBase):
        """An unbounded corpus: reading must not try to take it all."""

        def readable(self):
            return True

        def readinto(self, buf):
            line = jsonl({"text": "Again."})
            n = min(len(buf), len(line))
            buf[:n] = line[:n]
            return n

    stream = documents(["-"], stdin=Endless(), options=ReadOptions(jsonl_field="text"))
    first = [next(stream) for _ in range(3)]
    assert [d.text for d in first] == ["Again."] * 3


# The mojibake check reads every document, so it is searched only around non-ASCII
# characters; it must say exactly what ftfy's own check says.
_MOJIBAKE_ALPHABET = "abzAZ .,?!\n09'\"ÂÃÎÐ€œŠš¢£Ÿž\xa0\xad®©°·»–—´×²³ØÙàµ¹¼½¾√±∂†≠™≤≥¥ø≈‚Äìîïòôúùûπâóäêв ЂВГРСўβΆΒΓΞΟ\x85’“”é"


def test_the_mojibake_check_finds_what_ftfy_finds():
    from ftfy.badness import is_bad

    from newscli.inputs import looks_bad

    for text in ("plain ASCII text", "caf\u00e9 is fine", "It\u00e2\u20ac\u2122s broken",
                 "\u00c3 at the start", "x" * 50 + "\u00c3\u00a9" + "y" * 50, "Ã ", " Ã ",
                 "\u0432\u0402\u045a quoted", "smart \u2019quotes\u2019 \u201conly\u201d"):
        assert looks_bad(text) == is_bad(text), text


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet=_MOJIBAKE_ALPHABET, max_size=60))
def test_the_mojibake_check_agrees_with_ftfy_on_any_text(text):
    from ftfy.badness import is_bad

    from newscli.inputs import looks_bad

    assert looks_bad(text) == is_bad(text)


def _pattern_alphabet() -> str:
    """Every non-ASCII character ftfy's badness pattern names, in a class or alone."""
    import re

    from ftfy.badness import BADNESS_RE

    parts = re.findall(r"(.)-(.)|(.)", BADNESS_RE.pattern, re.S)
    chars = {c for a, b, one in parts for c in ([one] if one else map(chr, range(ord(a), ord(b) + 1)))
             if not c.isascii() and (not a or ord(b) - ord(a) < 400)}
    return "".join(sorted(chars))


_PATTERN_ALPHABET = _pattern_alphabet()
# ASCII runs of any length between bits of the pattern's own characters, so that
# matches fall at every distance from each other and from the windows' edges
_MOJIBAKE_TEXT = st.lists(
    st.one_of(st.text(alphabet="aZ .,?!\n0-", max_size=30),
              st.text(alphabet=_PATTERN_ALPHABET + "aZ ", min_size=1, max_size=4)),
    max_size=12).map("".join)


def test_the_mojibake_trigger_set_is_derived_and_skips_what_news_is_full_of():
    from newscli.inputs import _badness_triggers

    triggers = _badness_triggers()
    assert triggers is not None
    for common in "’“”‘—–…•®™ \u00a0abc":
        assert not triggers.match(common), common


@settings(max_examples=600, deadline=None)
@given(_MOJIBAKE_TEXT)
def test_the_mojibake_check_agrees_with_ftfy_around_every_character_of_its_pattern(text):
    from ftfy.badness import is_bad

    from newscli.inputs import looks_bad

    assert looks_bad(text) == is_bad(text)


def test_the_mojibake_check_agrees_with_ftfy_on_every_pair_of_its_characters():
    from ftfy.badness import is_bad

    from newscli.inputs import looks_bad

    alphabet = _PATTERN_ALPHABET + "a "
    for a in alphabet:
        for b in alphabet:
            text = f"{a}{b} "
            if looks_bad(text) != is_bad(text):
                raise AssertionError(repr(text))
