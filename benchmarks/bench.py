"""newscli at corpus scale: throughput, scaling, memory and start-up, in one run.

    .venv/bin/python benchmarks/bench.py                  # the shared corpus, every measure
    .venv/bin/python benchmarks/bench.py --limit 300      # a quick look on the first 300 docs
    .venv/bin/python benchmarks/bench.py --corpus my.jsonl --commands report --scale 3

Every figure comes from running the installed `newscli` as a user would, in a child
process, over a JSON Lines corpus (default: ../shared/data/corpus/news.jsonl, 2,803
articles from 200+ sites, when present), with rows going to /dev/null:

- throughput (docs/s and MB/s of input) of each command at `--jobs 1` and `--jobs 2`;
- the same corpus through sumy's LexRank (3-sentence summaries) as a reference point,
  in one process like `--jobs 1` (needs `pip install sumy numpy` in the bench
  environment only; sumy is not a newscli dependency);
- peak resident memory of `report` over the corpus and over it repeated `--scale`
  times (fed on stdin, so nothing is written to disk): flat memory means streaming;
- start-up time of `newscli --help` (best and median of several runs).

Peak memory is each run's largest process (getrusage ru_maxrss of the waited child
tree), so with `--jobs 2` it is the largest of the parent and its workers.
Timings on a shared machine are noisy: run it on an idle one for figures to quote.
"""
from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
DEFAULT_CORPUS = HERE.parent.parent / "shared" / "data" / "corpus" / "news.jsonl"
FALLBACK_CORPUS = Path("/work/shared/data/corpus/news.jsonl")


@dataclass
class Run:
    label: str
    docs: int
    megabytes: float
    seconds: float
    peak_mb: float
    status: int
    cpu: float = 0.0  # user + system seconds of the process and its workers

    @property
    def docs_per_s(self) -> float:
        return self.docs / self.seconds if self.seconds else 0.0

    @property
    def mb_per_s(self) -> float:
        return self.megabytes / self.seconds if self.seconds else 0.0


def newscli_command() -> list[str]:
    """The console script next to this Python, as a user runs it; else `python -m newscli`."""
    script = Path(sys.executable).parent / "newscli"
    return [str(script)] if script.exists() else [sys.executable, "-m", "newscli"]


def timed(args: list[str], stdin_bytes: bytes | None = None, repeat_stdin: int = 1,
          stdin_path: Path | None = None) -> tuple[float, float, int, float]:
    """(wall seconds, peak RSS in MB, exit status, CPU seconds) of one child process run."""
    stdin = subprocess.PIPE if stdin_bytes is not None else (open(stdin_path, "rb") if stdin_path else subprocess.DEVNULL)
    start = time.perf_counter()
    proc = subprocess.Popen(args, stdin=stdin, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    feeder = None
    if stdin_bytes is not None:
        def feed() -> None:
            try:
                for _ in range(repeat_stdin):
                    proc.stdin.write(stdin_bytes)
                proc.stdin.close()
            except BrokenPipeError:
                pass
        feeder = threading.Thread(target=feed, daemon=True)
        feeder.start()
    err_chunks: list[bytes] = []
    reader = threading.Thread(target=lambda: err_chunks.append(proc.stderr.read()), daemon=True)
    reader.start()
    _, status, usage = os.wait4(proc.pid, 0)
    seconds = time.perf_counter() - start
    proc.returncode = os.waitstatus_to_exitcode(status)
    reader.join()
    if feeder is not None:
        feeder.join()
    if stdin_path:
        stdin.close()
    err = b"".join(err_chunks).decode("utf-8", "replace").strip()
    if proc.returncode not in (0, 1) and err:
        print(f"  ! {' '.join(args[-6:])}: exit {proc.returncode}: {err.splitlines()[-1]}", file=sys.stderr)
    return seconds, usage.ru_maxrss / 1024, proc.returncode, usage.ru_utime + usage.ru_stime


def corpus_stats(path: Path) -> tuple[int, float]:
    docs = 0
    with open(path, "rb") as f:
        for line in f:
            docs += bool(line.strip())
    return docs, path.stat().st_size / 1e6


def lexrank_script() -> str:
    """A child-process script: every article of a JSONL corpus through sumy's LexRank."""
    return r'''
import json, sys
from nltk.tokenize import TreebankWordTokenizer
from nltk.tokenize.punkt import PunktSentenceTokenizer
from sumy.nlp.stemmers import Stemmer
from sumy.parsers.plaintext import PlaintextParser
from sumy.summarizers.lex_rank import LexRankSummarizer
from sumy.utils import get_stop_words

class Tokenizer:
    """sumy's Tokenizer needs nltk's downloaded punkt model; this one needs no download:
    untrained Punkt for sentences, Treebank for words (what sumy uses underneath)."""
    language = "english"
    def __init__(self):
        self._sentences, self._words = PunktSentenceTokenizer(), TreebankWordTokenizer()
    def to_sentences(self, text):
        return self._sentences.tokenize(text)
    def to_words(self, sentence):
        return self._words.tokenize(sentence)

summarizer = LexRankSummarizer(Stemmer("english"))
summarizer.stop_words = get_stop_words("english")
tokenizer = Tokenizer()
n = 0
with open(sys.argv[1], "rb") as f:
    for line in f:
        if line.strip():
            text = json.loads(line)["text"]
            summary = summarizer(PlaintextParser.from_string(text, tokenizer).document, 3)
            n += 1
print(n)
'''


def has_sumy() -> bool:
    code = "import sumy, numpy"
    return subprocess.run([sys.executable, "-c", code], capture_output=True).returncode == 0


def startup(repeat: int) -> tuple[float, float, float]:
    """(best wall, median wall, best CPU) seconds of `newscli --help`."""
    walls, cpus = [], []
    for _ in range(repeat):
        wall, _, status, cpu = timed(newscli_command() + ["--help"])
        if status != 0:
            raise SystemExit(f"bench: newscli --help failed with exit status {status}")
        walls.append(wall)
        cpus.append(cpu)
    return min(walls), statistics.median(walls), min(cpus)


def _spin(n: int = 10_000_000) -> int:
    total = 0
    for i in range(n):
        total += i
    return total


def parallelism(workers: int = 2) -> float:
    """How much faster `workers` pure-Python loops finish together than one after another,
    on this machine right now: the most any --jobs can gain while others share the CPUs."""
    import multiprocessing

    start = time.perf_counter()
    _spin()
    one = time.perf_counter() - start
    procs = [multiprocessing.get_context().Process(target=_spin) for _ in range(workers)]
    start = time.perf_counter()
    for p in procs:
        p.start()
    for p in procs:
        p.join()
    return workers * one / (time.perf_counter() - start)


def commands() -> list[str]:
    """Every command with contract rows (newscli.rows), the ones users run on corpora."""
    from newscli import rows

    return [c.name for c in vars(rows).values() if isinstance(c, rows.Command)]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--corpus", type=Path, help=f"JSONL corpus (default {DEFAULT_CORPUS})")
    parser.add_argument("--limit", type=int, help="use only the first N documents")
    parser.add_argument("--commands", help="comma-separated (default: every command)")
    parser.add_argument("--jobs", default="1,2", help="comma-separated --jobs values (default 1,2)")
    parser.add_argument("--scale", type=int, default=10, help="memory check at this many times the corpus (0: skip)")
    parser.add_argument("--memory-jobs", type=int, default=2, help="--jobs for the memory check")
    parser.add_argument("--no-lexrank", action="store_true", help="skip the sumy LexRank reference")
    parser.add_argument("--startup-runs", type=int, default=10)
    parser.add_argument("--json", type=Path, help="also write the figures to this JSON file")
    args = parser.parse_args()

    corpus = args.corpus or next((p for p in (DEFAULT_CORPUS, FALLBACK_CORPUS) if p.exists()), None)
    if corpus is None or not corpus.exists():
        print(f"bench: no corpus: {args.corpus or DEFAULT_CORPUS} is not there. Pass --corpus FILE.jsonl "
              "(one JSON object per line with a 'text' field).", file=sys.stderr)
        return 2
    source = corpus
    tmp = None
    if args.limit:
        tmp = tempfile.NamedTemporaryFile(suffix=".jsonl", delete=False)
        with open(corpus, "rb") as f:
            kept = 0
            for line in f:
                if kept >= args.limit:
                    break
                if line.strip():
                    tmp.write(line)
                    kept += 1
        tmp.close()
        corpus = Path(tmp.name)
    docs, megabytes = corpus_stats(corpus)
    shown = f"the first {docs:,} documents of {source} (" if args.limit else f"{source} ({docs:,} documents"
    print(f"corpus: {shown}, {megabytes:.1f} MB); {os.cpu_count()} CPUs; python {sys.version.split()[0]}")

    load_before = os.getloadavg()[0]
    spare_before = parallelism()
    cli = newscli_command()
    names = args.commands.split(",") if args.commands else commands()
    jobs_list = [int(j) for j in args.jobs.split(",")]
    runs: dict[tuple[str, int], Run] = {}
    try:
        for name in names:
            for jobs in jobs_list:
                seconds, peak, status, cpu = timed(cli + [name, "--format", "jsonl", "--jobs", str(jobs), str(corpus)])
                runs[name, jobs] = Run(f"{name} --jobs {jobs}", docs, megabytes, seconds, peak, status, cpu)
                print(f"  {runs[name, jobs].label:<28} {runs[name, jobs].docs_per_s:8.1f} docs/s", file=sys.stderr)
        lexrank = None
        if not args.no_lexrank:
            if has_sumy():
                seconds, peak, status, cpu = timed([sys.executable, "-c", lexrank_script(), str(corpus)])
                lexrank = Run("sumy LexRank (reference)", docs, megabytes, seconds, peak, status, cpu)
            else:
                print("bench: sumy is not installed here (pip install sumy numpy): no LexRank reference",
                      file=sys.stderr)
        memory = None
        if args.scale and "report" in names:
            data = corpus.read_bytes()
            base = cli + ["report", "--format", "jsonl", "--jsonl-field", "text", "--jobs", str(args.memory_jobs), "-"]
            s1, m1, _, _ = timed(base, data, 1)
            sn, mn, _, _ = timed(base, data, args.scale)
            memory = (m1, mn, s1, sn)
        best, median, best_cpu = startup(args.startup_runs)
        spare_after = parallelism()
    finally:
        if tmp is not None:
            os.unlink(tmp.name)

    rows = [r for r in runs.values()] + ([lexrank] if lexrank else [])
    print()
    print(f"{'run':<30} {'docs/s':>9} {'MB/s':>7} {'seconds':>8} {'CPU s':>7} {'peak MB':>8} {'exit':>5}")
    for r in rows:
        print(f"{r.label:<30} {r.docs_per_s:9.1f} {r.mb_per_s:7.2f} {r.seconds:8.2f} {r.cpu:7.2f} "
              f"{r.peak_mb:8.1f} {r.status:5d}")
    if memory:
        m1, mn, s1, sn = memory
        print(f"{'report stdin x1 (memory)':<30} {docs / s1:9.1f} {megabytes / s1:7.2f} {s1:8.2f} {'':>7} {m1:8.1f}")
        print(f"{f'report stdin x{args.scale} (memory)':<30} {docs * args.scale / sn:9.1f} "
              f"{megabytes * args.scale / sn:7.2f} {sn:8.2f} {'':>7} {mn:8.1f}")
    print(f"{'newscli --help':<30} best {best:.3f} s, median {median:.3f} s over {args.startup_runs} runs "
          f"(CPU {best_cpu:.3f} s)")
    print(f"load average (1 min) {load_before:.1f} at the start, {os.getloadavg()[0]:.1f} at the end, "
          f"on {os.cpu_count()} CPUs; two pure-Python loops ran {spare_before:.2f}x / {spare_after:.2f}x "
          f"as fast as one (start / end; a rough gauge of the CPU left to us)")

    summary = []
    figures: dict = {"documents": docs, "megabytes": megabytes, "cpus": os.cpu_count()}
    if ("report", 1) in runs:
        r1 = runs["report", 1]
        summary.append(f"report {r1.docs_per_s:.0f} docs/s at --jobs 1")
        figures["report_jobs1_docs_per_s"] = r1.docs_per_s
        if lexrank:
            summary.append(f"{r1.docs_per_s / lexrank.docs_per_s:.1f}x sumy LexRank ({lexrank.docs_per_s:.0f} docs/s)")
            figures["lexrank_docs_per_s"] = lexrank.docs_per_s
        if ("report", 2) in runs:
            r2 = runs["report", 2]
            summary.append(f"--jobs 2 {r2.docs_per_s / r1.docs_per_s:.2f}x --jobs 1 "
                           f"(CPU {r2.cpu:.1f} s vs {r1.cpu:.1f} s; two loops ran "
                           f"{min(spare_before, spare_after):.2f}-{max(spare_before, spare_after):.2f}x one)")
            figures["report_jobs2_docs_per_s"] = r2.docs_per_s
    if memory:
        m1, mn, *_ = memory
        summary.append(f"peak RSS {m1:.0f} MB at 1x, {mn:.0f} MB at {args.scale}x ({100 * (mn - m1) / m1:+.0f}%)")
        figures.update(peak_rss_1x_mb=m1, peak_rss_scaled_mb=mn, scale=args.scale)
    summary.append(f"--help {best:.2f} s")
    figures.update(help_best_s=best, help_median_s=median, help_cpu_s=best_cpu,
                   spare_parallelism=[spare_before, spare_after], load=[load_before, os.getloadavg()[0]],
                   runs={r.label: {"docs_per_s": r.docs_per_s, "mb_per_s": r.mb_per_s, "seconds": r.seconds,
                                   "cpu_s": r.cpu, "peak_mb": r.peak_mb, "exit": r.status} for r in rows})
    print()
    print("summary: " + "; ".join(summary))
    if args.json:
        args.json.write_text(json.dumps(figures, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
