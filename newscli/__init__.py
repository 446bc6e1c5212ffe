"""newscli: what is in a plain-text news article.

    >>> from newscli import analyze
    >>> a = analyze("Sen. Lopez said the bill would pass. It did.")
    >>> [s.text for s in a.sentences]
    ['Sen. Lopez said the bill would pass.', 'It did.']
    >>> a.summary.text  # or a.summarize(sentences=1) / a.summarize(words=60)
    'Sen. Lopez said the bill would pass.'

The package imports nothing heavy at start-up; word lists and tables load on first use.
"""
from __future__ import annotations

__version__ = "0.1.0"
__all__ = ["analyze", "Analysis", "__version__"]


def __getattr__(name: str):
    if name in ("analyze", "Analysis"):
        from . import analysis

        return getattr(analysis, name)
    raise AttributeError(f"module 'newscli' has no attribute {name!r}")
