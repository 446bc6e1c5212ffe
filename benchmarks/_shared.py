"""Where the team's evaluation data lives (never copied into the repository)."""
from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CANDIDATES = [ROOT.parent / "shared", ROOT.parents[1] / "shared", Path("/work/shared")]


def find_shared(*parts: str) -> Path | None:
    """A file or folder of the shared data (`data/...`), or None when it is not beside the project."""
    return next((p for base in CANDIDATES if (p := base.joinpath("data", *parts)).exists()), None)


def find_corpus() -> Path | None:
    """The scraped news corpus, or None when it is not beside the project."""
    return find_shared("corpus", "news.jsonl")


def corpus_path() -> Path:
    """The scraped news corpus, or exit saying it is not there."""
    found = find_corpus()
    if found is not None:
        return found
    sys.exit("shared/data/corpus/news.jsonl not found (looked in "
             + ", ".join(str(c) for c in CANDIDATES) + "); nothing to measure")


def load_corpus(path: Path, limit: int | None = None) -> list[dict]:
    docs = []
    with open(path, encoding="utf-8") as f:
        for raw in f:
            if raw.strip():
                docs.append(json.loads(raw))
                if limit and len(docs) >= limit:
                    break
    return docs


def documents(records: list[dict]) -> list:
    """Corpus records as newscli Documents, grouped by their site as the CLI groups a
    JSON Lines batch."""
    from newscli.document import Document

    return [Document(f"{r.get('site') or 'unknown'}/{r.get('id', k)}.txt", r["text"],
                     site=r.get("site")) for k, r in enumerate(records)]


def best_in_fresh_processes(script: str, args: list[str], repeat: int) -> dict[str, float]:
    """Run `script --child ARGS` `repeat` times, each in a new Python process, and keep
    each figure's smallest CPU time.

    newscli keeps small caches by line text (fingerprints, word kinds, syllables) that a
    long batch fills as it goes; timing a second pass in the same process would find them
    full and flatter the figure. A fresh process per run starts each one cold, as a
    user's `newscli` does. The child prints one JSON object: {figure: seconds}.
    """
    import subprocess

    best: dict[str, float] = {}
    for _ in range(repeat):
        out = subprocess.run([sys.executable, script, "--child", *args], check=True,
                             capture_output=True, text=True).stdout
        for name, seconds in json.loads(out.strip().splitlines()[-1]).items():
            best[name] = min(seconds, best.get(name, seconds))
    return best


def pin_to_one_core() -> None:
    """Time on one core, as the issues' speed targets say."""
    import os

    try:
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})
    except (AttributeError, OSError):
        pass
