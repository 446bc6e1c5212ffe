"""What `newscli.threads` adds to the boilerplate labels (WCXB dev, p dump).

    .venv/bin/python benchmarks/threads_eval.py [DATA.jsonl] [--cmd .venv/bin/newscli]
        [--predictions CACHE.json] [--show N]

Writes each document to a temporary folder (outside the repository, removed afterwards)
as the scorer does, runs `newscli boilerplate --format jsonl` on the files, and reports,
with boilerplate (not body) as the positive class and `ambiguous` lines skipped:

  (a) the tool's labels as they are;
  (b) the same labels with every body line that `threads.reader_runs` flags turned into
      boilerplate;

plus, per reason, how many gold-boilerplate and gold-body lines the flags hit, and the
sites where the flags hit gold body. `threads` has no learned weights, but its few
constants were set by looking at this data; --cv re-chooses them (a small grid) on half
of the sites and counts what the flags catch and break on the other half, both ways.

The tool applies the flags itself (`threads.relabel` in `Analysis.line_labels`), and it
only ever turns body lines into boilerplate with a reason from `threads.REASONS`; so (a) is
the tool's rows with those lines put back to body, and (b) is recomputed here from (a) and
checked against the tool's own rows (a mismatch is reported).

--predictions caches the tool's rows (a JSON file) so a rerun skips the tool; delete it
after the tool changes. The data (default shared/data/boilerplate/wcxb-dev-p.jsonl) is
evaluation data: nothing of it is written into the repository. When it is absent the
script says so and exits 0.
"""
from __future__ import annotations

import argparse
import itertools
import json
import zlib
import os
import re
import shlex
import shutil
import subprocess
import sys
import tempfile
from collections import Counter, defaultdict
from pathlib import Path
from urllib.parse import urlparse

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from newscli import threads  # noqa: E402
from newscli.threads import REASONS, reader_runs  # noqa: E402

# The hand-set constants --cv re-chooses on one half of the sites and scores on the other.
GRID = {"MIN_EVIDENCE": (3.0, 4.0, 5.0), "MIN_DENSITY": (0.25, 0.3, 0.4), "GAP_DENSITY": (0.1, 0.15, 0.25),
        "PERSONAL_PROSE": (-0.35, -0.2)}

DEFAULT_DATA = Path("/work/shared/data/boilerplate/wcxb-dev-p.jsonl")


def load(path: Path) -> list[dict]:
    with open(path, encoding="utf-8") as f:
        return [json.loads(raw) for raw in f if raw.strip()]


def run_tool(docs: list[dict], cmd: str, chunk: int = 500) -> list[list[list]]:
    """Predicted [label, reason] per line of each document (no row counts as body).

    Files go to the tool in chunks of 500, as the scorer sends them: the cross-document
    profile is built per call, so the chunking is part of what is measured.
    """
    tmp = Path(tempfile.mkdtemp(prefix="newscli-threads-"))
    try:
        paths = []
        for i, d in enumerate(docs):
            name = re.sub(r"[^A-Za-z0-9._-]+", "_", d["id"]).strip("._")[:100] or "doc"
            p = tmp / f"{i:05d}-{name}.txt"
            p.write_text("\n".join(ln["text"] for ln in d["lines"]) + "\n", encoding="utf-8")
            paths.append(str(p))
        index = {p: i for i, p in enumerate(paths)}
        preds = [[["body", None] for _ in d["lines"]] for d in docs]
        for k in range(0, len(paths), chunk):
            argv = shlex.split(cmd) + ["boilerplate", "--format", "jsonl", *paths[k:k + chunk]]
            out = subprocess.run(argv, capture_output=True, text=True, check=True).stdout
            for raw in out.splitlines():
                row = json.loads(raw)
                preds[index[row["source"]]][row["line"] - 1] = [row["label"], row["reason"]]
        return preds
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def site(d: dict) -> str:
    host = urlparse(d.get("url") or "").hostname or d["id"]
    return ".".join(host.split(".")[-2:])


def score(docs: list[dict], preds: list[list[str]]) -> dict:
    c = Counter()
    for d, pr in zip(docs, preds):
        for ln, p in zip(d["lines"], pr):
            g = ln["label"]
            if g == "ambiguous" or not ln["text"].strip():
                continue
            gb, pb = g == "boilerplate", p != "body"
            c["tp" if gb and pb else "fn" if gb else "fp" if pb else "tn"] += 1
        for pos, i in (("first", 0), ("last", len(d["lines"]) - 1)):
            g = d["lines"][i]["label"]
            if g != "ambiguous":
                c[pos + "_n"] += 1
                c[pos + "_ok"] += (g == "boilerplate") == (pr[i] != "body")
    tp, fp, fn, tn = c["tp"], c["fp"], c["fn"], c["tn"]
    P = tp / (tp + fp) if tp + fp else 0.0
    R = tp / (tp + fn) if tp + fn else 0.0
    F = 2 * P * R / (P + R) if P + R else 0.0
    return {"P": P, "R": R, "F1": F, "body_lost": fp / (fp + tn) if fp + tn else 0.0,
            "first": c["first_ok"] / max(c["first_n"], 1), "last": c["last_ok"] / max(c["last_n"], 1), **c}


def fmt(s: dict) -> str:
    return (f"P={s['P']:.3f} R={s['R']:.3f} F1={s['F1']:.3f} body_lost={s['body_lost']:.3f} "
            f"first={s['first']:.3f} last={s['last']:.3f} "
            f"(tp={s['tp']} fp={s['fp']} fn={s['fn']} tn={s['tn']})")


def flag_counts(docs: list[dict], base: list[list[str]], keep) -> tuple[int, int]:
    """(gold-boilerplate, gold-body) lines the flags newly take out of the body."""
    good = bad = 0
    for d, pr in zip(docs, base):
        if not keep(d):
            continue
        for ln, p, why in zip(d["lines"], pr, reader_runs([x["text"] for x in d["lines"]])):
            if why is not None and p == "body":
                good += ln["label"] == "boilerplate"
                bad += ln["label"] == "body"
    return good, bad


def cross_validate(docs: list[dict], base: list[list[str]], cost: float = 5.0) -> None:
    """Two folds by site: pick the constants on one half's sites, count on the other's.

    The choice maximises newly caught boilerplate minus `cost` times gold body hit.
    """
    fold = {id(d): zlib.crc32(site(d).encode()) % 2 for d in docs}
    saved = {k: getattr(threads, k) for k in GRID}
    results = []
    for values in itertools.product(*GRID.values()):
        for k, v in zip(GRID, values):
            setattr(threads, k, v)
        results.append((values, [flag_counts(docs, base, lambda d, f=f: fold[id(d)] == f) for f in (0, 1)]))
    for k, v in saved.items():
        setattr(threads, k, v)
    shipped = next(r for v, r in results if v == tuple(saved.values()))
    total = [0, 0]
    for train, test in ((0, 1), (1, 0)):
        values, counts = max(results, key=lambda r: r[1][train][0] - cost * r[1][train][1])
        total = [total[0] + counts[test][0], total[1] + counts[test][1]]
        print(f"cv: chosen on site half {train}: {dict(zip(GRID, values))}; on half {test}: "
              f"newly caught {counts[test][0]}, gold body hit {counts[test][1]} "
              f"(shipped constants: {shipped[test][0]}, {shipped[test][1]})")
    print(f"cv: held-out total newly caught {total[0]}, gold body hit {total[1]}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("data", nargs="?", default=str(DEFAULT_DATA))
    ap.add_argument("--cmd", default=str(ROOT / ".venv" / "bin" / "newscli"))
    ap.add_argument("--predictions", help="cache file for the tool's labels (read if present, else written)")
    ap.add_argument("--show", type=int, default=0, metavar="N",
                    help="print N flagged lines that are gold body (the costly mistakes)")
    ap.add_argument("--show-missed", type=int, default=0, metavar="N",
                    help="print N gold-boilerplate lines still predicted body after the flags")
    ap.add_argument("--cv", action="store_true",
                    help="also re-choose the main constants on half the sites, score on the rest")
    args = ap.parse_args()
    data = Path(args.data)
    if not data.exists():
        print(f"{data} not found; nothing to measure")
        return
    docs = load(data)
    cache = Path(args.predictions) if args.predictions else None
    if cache and cache.exists():
        tool = json.loads(cache.read_text())
    else:
        tool = run_tool(docs, args.cmd)
        if cache:
            cache.write_text(json.dumps(tool))
    base = [["body" if why in REASONS else lab for lab, why in pr] for pr in tool]
    mismatch = 0
    withflags = []
    hits: dict[str, Counter] = defaultdict(Counter)
    per_site: dict[str, list[int]] = defaultdict(lambda: [0, 0])  # newly caught boilerplate, body hit
    wrong, missed = [], []
    for d, pr in zip(docs, base):
        texts = [ln["text"] for ln in d["lines"]]
        flags = reader_runs(texts)
        new = list(pr)
        for i, (ln, p, why) in enumerate(zip(d["lines"], pr, flags)):
            if why is None:
                continue
            hits[why][ln["label"]] += 1
            if p == "body":
                new[i] = "boilerplate"
                hits[why]["new_" + ln["label"]] += 1
                if ln["label"] == "boilerplate":
                    per_site[site(d)][0] += 1
                elif ln["label"] == "body":
                    per_site[site(d)][1] += 1
                    wrong.append((d["id"], i, why, ln["text"]))
        for i, (ln, p) in enumerate(zip(d["lines"], new)):
            if ln["label"] == "boilerplate" and p == "body":
                missed.append((d["id"], i, ln["text"]))
        withflags.append(new)
        mismatch += sum(x != lab for x, (lab, _) in zip(new, tool[len(withflags) - 1]))
    a, b = score(docs, base), score(docs, withflags)
    print(f"data={data} docs={len(docs)} cmd={args.cmd}")
    print(f"(a) boilerplate labels           {fmt(a)}")
    print(f"(b) + threads.reader_runs flags  {fmt(b)}")
    print(f"lines where (b) differs from the tool's own rows: {mismatch}"
          + ("" if mismatch else " (the hook is applied)"))
    print()
    print(f"{'reason':<22}{'flagged':>8}{'gold bp':>9}{'gold body':>10}{'ambig':>7}"
          f"{'new bp':>8}{'new body':>9}")
    for why, c in sorted(hits.items(), key=lambda kv: -(kv[1]["boilerplate"] + kv[1]["body"])):
        n = c["boilerplate"] + c["body"] + c["ambiguous"]
        print(f"{why:<22}{n:>8}{c['boilerplate']:>9}{c['body']:>10}{c['ambiguous']:>7}"
              f"{c['new_boilerplate']:>8}{c['new_body']:>9}")
    sites = [s for s, v in per_site.items() if v[0] or v[1]]
    clean = sum(1 for s in sites if per_site[s][1] == 0)
    print()
    print(f"sites where flags changed a label: {len(sites)} of {len({site(d) for d in docs})}; "
          f"with no gold-body line hit: {clean}")
    for s, (good, bad) in sorted(per_site.items(), key=lambda kv: -kv[1][1])[:8]:
        if bad:
            print(f"  {s:<32} newly caught {good:>4}   gold body hit {bad:>3}")
    if args.cv:
        cross_validate(docs, base)
    for doc_id, i, why, text in wrong[:args.show]:
        print(f"BODY HIT  {doc_id}:{i + 1} [{why}] {text[:140]}")
    for doc_id, i, text in missed[:args.show_missed]:
        print(f"MISSED    {doc_id}:{i + 1} {text[:140]}")


if __name__ == "__main__":
    main()
