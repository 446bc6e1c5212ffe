"""Do lines a site repeats on many pages come out as non-body? (scraped news corpus)

    .venv/bin/python benchmarks/boilerplate_recurring.py [--cmd .venv/bin/newscli] [--min-pages 5] [--jsonl|--alone]

Writes the corpus to a temporary folder as SITE/ID.txt (outside the repository, removed
afterwards), runs `newscli boilerplate --format jsonl` on that folder in ONE call, as a
user would, so each site's pages are grouped by their folder (with --jsonl: on the
corpus file itself, `--jsonl-field text --id-field id`, grouped by its `site` field),
and reports the share of
the lines that recur verbatim (same text after stripping) on at least --min-pages pages of
one site that got a label other than `body`. Documents without a site are left out of the
figure (they still run). Reads shared/data/corpus/news.jsonl; says so when it is absent.

With --alone each page is labelled on its own, as `newscli boilerplate page.txt` labels a
single file (in this process, through newscli's Python API): no other page vouches for
a repeated line, so the share says how much of a site's furniture a line's own form,
position and neighbours give away.
"""
from __future__ import annotations

import argparse
import json
import re
import shlex
import shutil
import subprocess
import tempfile
import time
from collections import Counter, defaultdict
from pathlib import Path

from _shared import ROOT, corpus_path, load_corpus


def safe(name: str) -> str:
    return re.sub(r"[^A-Za-z0-9._-]+", "_", name).strip("._") or "x"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--cmd", default=str(ROOT / ".venv" / "bin" / "newscli"))
    ap.add_argument("--min-pages", type=int, default=5)
    ap.add_argument("--jsonl", action="store_true", help="read the corpus file as JSON Lines")
    ap.add_argument("--alone", action="store_true", help="label each page on its own (single-file runs)")
    args = ap.parse_args()
    corpus = corpus_path()
    docs = load_corpus(corpus)
    tmp = Path(tempfile.mkdtemp(prefix="newscli-recurring-"))
    try:
        where: dict[str, dict] = {}
        for d in docs:
            site = d["site"] or "_no_site"
            path = tmp / safe(site) / (safe(d["id"]) + ".txt")
            path.parent.mkdir(exist_ok=True)
            path.write_text(d["text"], encoding="utf-8")
            where[str(path)] = d
        # which stripped lines recur on >= min_pages pages of one site
        pages: dict[str, Counter] = defaultdict(Counter)
        for d in docs:
            if d["site"]:
                pages[d["site"]].update({ln.strip() for ln in d["text"].splitlines() if ln.strip()})
        recurring = {(s, t) for s, c in pages.items() for t, n in c.items() if n >= args.min_pages}
        if args.jsonl:
            where = {d["id"]: d for d in docs}
            call = ["--jsonl-field", "text", "--id-field", "id", str(corpus)]
        else:
            call = [str(tmp)]
        t0 = time.perf_counter()
        rows = alone_rows(docs) if args.alone else (json.loads(raw) for raw in subprocess.run(
            shlex.split(args.cmd) + ["boilerplate", "--format", "jsonl", *call],
            capture_output=True, text=True, check=True).stdout.splitlines())
        if args.alone:
            where = {d["id"]: d for d in docs}
        rows = list(rows)
        elapsed = time.perf_counter() - t0
        total = non_body = 0
        labels: Counter = Counter()
        missed: Counter = Counter()
        for row in rows:
            d = where[row["source"]]
            if d["site"] and (d["site"], row["text"].strip()) in recurring:
                total += 1
                non_body += row["label"] != "body"
                labels[row["label"]] += 1
                if row["label"] == "body":
                    missed[(d["site"], row["text"].strip()[:70])] += 1
        how = ("each page on its own" if args.alone else "grouped by the site field" if args.jsonl
               else "one folder per site")
        print(f"corpus: {len(docs)} documents, {len(pages)} sites, {how}; "
              f"{'labelling' if args.alone else 'one call'} took {elapsed:.1f} s "
              f"({len(docs) / elapsed:.0f} docs/s{'' if args.alone else ' including start-up and I/O'})")
        print(f"lines recurring verbatim on >= {args.min_pages} pages of one site: {total} "
              f"({len(recurring)} distinct); labelled non-body: {non_body} = {non_body / max(total, 1):.1%}")
        print("labels: " + ", ".join(f"{k} {v}" for k, v in labels.most_common()))
        for (site, text), n in missed.most_common(10):
            print(f"  still body: {n} x {site}: {text}")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def alone_rows(docs: list[dict]):
    """Rows like `newscli boilerplate --format jsonl` writes, each page labelled alone."""
    import sys

    sys.path.insert(0, str(ROOT))
    from newscli import analyze

    for d in docs:
        for lab in analyze(d["text"], d["id"]).line_labels:
            yield {"source": d["id"], "label": lab.label, "text": lab.line.text}


if __name__ == "__main__":
    main()
