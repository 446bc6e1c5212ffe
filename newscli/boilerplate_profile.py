"""Cross-document line counts: which lines a site repeats on many of its pages.

A `Profile` maps each group of documents (a site when it is known, else the folder the
files came from) to how many of its documents contain each line. Lines are kept as
64-bit fingerprints of their normalised text, never as text, so a profile is small,
holds no article text, and can be written to JSON (`--learn FILE`) and read back
(`--profile FILE`) to clean single files later.
"""
from __future__ import annotations

import json
import os
from collections import Counter
from dataclasses import dataclass, field
from hashlib import blake2b
from typing import Iterable

from .document import Document

PROFILE_VERSION = 1
# A line on this many pages of one group is the site's furniture, not a story line.
MIN_PAGES = 3
# Memory bound: when a group holds this many distinct fingerprints, those seen on only
# one page so far are dropped (they cannot be furniture yet; a later repeat is then
# counted from 1 again, so counts are lower bounds).
MAX_FINGERPRINTS = 1_000_000

_DIGITS = bytes.maketrans(b"123456789", b"000000000")


def normalise(text: str) -> str:
    """The form lines are compared in: case-folded, spaces collapsed, digits as 0.

    Digits are folded so that "Updated 3:45 PM" or "© 2019 Example" on every page count
    as one line.
    """
    return normal_form(text).decode("utf-8")


def normal_form(text: str) -> bytes:
    """`normalise` as UTF-8 bytes: what a fingerprint is taken of, and a key for lines
    compared within one page."""
    return folded_form(text.strip().casefold())


def folded_form(folded: str) -> bytes:
    """`normal_form` of a line already stripped and case-folded: a caller holding the
    line's lower case need not fold it again (for ASCII text, `lower` is `casefold`)."""
    if "  " in folded or "\t" in folded or "\u00a0" in folded:
        folded = " ".join(folded.split())
    return folded.encode("utf-8").translate(_DIGITS)


_HASHER = blake2b(digest_size=8)  # copied per line: cheaper than a new hasher's set-up
# Fingerprints of lines seen lately, by their text: a batch fingerprints each line in its
# first pass (the profile) and again when labelling, and a site repeats its furniture on
# many pages. Bounded in lines and in characters of text held: emptied when full.
_FINGERPRINTS: dict[str, int] = {}
FINGERPRINT_CACHE_LINES = 1 << 16
FINGERPRINT_CACHE_CHARS = 1 << 24
_cached_chars = 0


def fingerprint(text: str) -> int:
    """A stable 64-bit fingerprint of a line (same value in every run and process)."""
    global _cached_chars
    fp = _FINGERPRINTS.get(text)
    if fp is None:
        h = _HASHER.copy()
        h.update(normal_form(text))
        fp = int.from_bytes(h.digest(), "little")
        if len(_FINGERPRINTS) >= FINGERPRINT_CACHE_LINES or _cached_chars >= FINGERPRINT_CACHE_CHARS:
            _FINGERPRINTS.clear()
            _cached_chars = 0
        _FINGERPRINTS[text] = fp
        _cached_chars += len(text)
    return fp


def group_of(document: Document) -> str:
    """The group a document's lines are counted in: its site if known, else its folder."""
    site = getattr(document, "site", None)
    if site:
        return f"site:{site}"
    if document.source == "-":
        return "dir:-"
    return "dir:" + (os.path.dirname(document.source) or ".")


@dataclass
class _Group:
    docs: int = 0
    pages: Counter = field(default_factory=Counter)


@dataclass
class Profile:
    """Page counts of line fingerprints per group; build with `add`, query with `pages`."""

    groups: dict[str, _Group] = field(default_factory=dict)
    _any: dict[int, int] | None = field(default=None, repr=False)

    def add(self, group: str, lines: Iterable[str]) -> None:
        """Count one document's distinct non-blank lines in `group`."""
        g = self.groups.setdefault(group, _Group())
        g.docs += 1
        g.pages.update({fingerprint(t) for t in lines if t.strip()})
        if len(g.pages) > MAX_FINGERPRINTS:
            g.pages = Counter({k: v for k, v in g.pages.items() if v > 1})
        self._any = None

    def add_document(self, document: Document) -> None:
        self.add(group_of(document), document.text.splitlines())

    def pages(self, group: str, fp: int) -> int:
        """On how many pages of `group` the line was seen.

        A group the profile has never seen (a single file cleaned with a profile learned
        elsewhere) is looked up in every group, keeping the largest count.
        """
        return self._counts(group).get(fp, 0)

    def page_counts(self, group: str, fps: Iterable[int]) -> list[int]:
        """`pages` of each fingerprint of one document (the group is looked up once)."""
        get = self._counts(group).get
        return [get(fp, 0) for fp in fps]

    def _counts(self, group: str) -> dict[int, int]:
        g = self.groups.get(group)
        if g is not None and g.docs > 1:
            return g.pages
        if self._any is None:
            merged: dict[int, int] = {}
            for other in self.groups.values():
                for k, v in other.pages.items():
                    if v > merged.get(k, 0):
                        merged[k] = v
            self._any = merged
        return self._any

    def kind(self, group: str) -> str:
        """What a group is, for reasons: `site` or `batch`."""
        return "site" if group.startswith("site:") and group in self.groups else "batch"

    # --- JSON -----------------------------------------------------------------------
    def to_json(self, min_pages: int = 2) -> dict:
        """JSON-ready form; fingerprints seen on fewer than `min_pages` pages are dropped."""
        return {
            "newscli_profile": PROFILE_VERSION,
            "groups": {
                name: {"docs": g.docs,
                       "lines": {format(k, "016x"): v for k, v in sorted(g.pages.items()) if v >= min_pages}}
                for name, g in sorted(self.groups.items())
            },
        }

    @classmethod
    def from_json(cls, data: dict) -> "Profile":
        if not isinstance(data, dict) or data.get("newscli_profile") != PROFILE_VERSION:
            raise ValueError("not a newscli profile (written by `newscli boilerplate --learn`)")
        p = cls()
        for name, g in data.get("groups", {}).items():
            p.groups[name] = _Group(int(g["docs"]), Counter({int(k, 16): int(v) for k, v in g["lines"].items()}))
        return p

    def save(self, path: str) -> None:
        with open(path, "w", encoding="utf-8") as f:
            json.dump(self.to_json(), f, separators=(",", ":"))
            f.write("\n")

    @classmethod
    def load(cls, path: str) -> "Profile":
        with open(path, encoding="utf-8") as f:
            return cls.from_json(json.load(f))


# --- the batch's first pass as map/reduce (rows.Prepare): top-level, picklable -----------
def learn_profile(document: Document) -> Profile:
    """One document's lines, as a profile of one page."""
    p = Profile()
    p.add_document(document)
    return p


def combine_profiles(a: Profile, b: Profile) -> Profile:
    """Two profiles' page counts added up (into `a`)."""
    for name, g in b.groups.items():
        mine = a.groups.setdefault(name, _Group())
        mine.docs += g.docs
        # One page counts each of its lines once: adding its lines as keys is counted in
        # C, where adding a Counter to a non-empty one is a Python loop (the batch's first
        # pass adds one page at a time).
        mine.pages.update(g.pages.keys() if g.docs == 1 else g.pages)
        if len(mine.pages) > MAX_FINGERPRINTS:
            mine.pages = Counter({k: v for k, v in mine.pages.items() if v > 1})
    a._any = None
    return a


def finish_profile(total: Profile | None) -> Profile:
    return total if total is not None else Profile()
