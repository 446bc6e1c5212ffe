"""Inputs: paths, directories and stdin to decoded documents; failures are values."""
import codecs
import io

import pytest

from newscli.document import Document
from newscli.inputs import DecodeError, InputError, decode, documents, read_source

TEXT = "“Smart quotes,” she said — café, naïve, 10 €."


@pytest.mark.parametrize("encoding, bom", [
    ("utf-8", b""), ("utf-8", codecs.BOM_UTF8),
    ("utf-16-le", codecs.BOM_UTF16_LE), ("utf-16-be", codecs.BOM_UTF16_BE),
])
def test_unicode_encodings_decode_and_the_bom_is_not_text(encoding, bom):
    assert decode(bom + TEXT.encode(encoding)) == TEXT


def test_utf16_without_bom_is_recognised():
    text = "The mayor said the road would reopen on Monday morning."
    assert decode(text.encode("utf-16-le")) == text


def test_cp1252_smart_quotes_are_detected_not_guessed_as_latin1():
    text = "The senator said \u201cwe will win\u201d and \u2018soon\u2019 \u2014 it\u2019s a promise."
    assert decode(text.encode("cp1252")) == text


def test_binary_data_is_refused():
    with pytest.raises(DecodeError, match="binary"):
        decode(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))


def test_missing_file_is_an_error_value_naming_it(tmp_path):
    missing = tmp_path / "nope.txt"
    err = read_source(str(missing))
    assert isinstance(err, InputError)
    assert str(err) == f"newscli: {missing}: no such file"


def test_directory_given_as_file_and_size_guard(tmp_path):
    assert read_source(str(tmp_path)).message == "is a directory"
    big = tmp_path / "big.txt"
    big.write_text("x" * 100)
    assert "larger than --max-bytes" in read_source(str(big), max_bytes=10).message


def test_directories_expand_to_sorted_txt_files_recursively(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "z.txt").write_text("Z.")
    (tmp_path / "a.txt").write_text("A.")
    (tmp_path / "skip.md").write_text("no")
    got = list(documents([str(tmp_path)]))
    assert [d.source for d in got] == [f"{tmp_path}/a.txt", f"{tmp_path}/b/z.txt"]
    assert [d.text for d in got] == ["A.", "Z."]


def test_stdin_is_source_dash():
    got = list(documents(["-"], stdin=io.BytesIO("Hello there.".encode())))
    assert got == [Document("-", "Hello there.")]


def test_bad_inputs_do_not_stop_the_batch(tmp_path):
    good = tmp_path / "good.txt"
    good.write_text("Fine text.")
    results = list(documents([str(tmp_path / "missing.txt"), str(good)]))
    assert isinstance(results[0], InputError)
    assert results[1] == Document(str(good), "Fine text.")
