"""How fast `seedextract parse` reads a crawl, against the floor of only reading it.

    python benchmarks/bench.py                    # 2,000 articles, one process vs the floor
    python benchmarks/bench.py --n 20000 --jobs 2 # also -j 2 against -j 1
    python benchmarks/bench.py --memory           # peak RSS for 200 and 20,000 files
    python benchmarks/bench.py --profile 500      # cProfile of extract_file over 500 files

The articles are copies of the project's seeds/ under new names plus a few short texts
written for this benchmark, in a temporary folder (kept with --data DIR). The runs alternate
(parse, floor, parse, floor ...) so that a noisy neighbour hurts both alike; medians are
printed. The floor is one Python process (same interpreter) that reads each file, decodes it,
splits off the front matter and unescapes the body: what any tool must do, with no extraction.

Targets (issue 5): one process within 5x of the floor on 2,000 articles; `--jobs 2` at least
1.6x faster than one process on 20,000; `seedextract --version` under 10x `python -c pass`.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

PROJECT = Path(__file__).resolve().parent.parent
SEEDEXTRACT = str(Path(sys.executable).with_name("seedextract"))

# Short articles written for the benchmark, so the crawl is not one text over and over.
OWN_TEXTS = [
    ("네이버클라우드는 매개변수 700억개 규모의 모델 '하이퍼클로바X'를 공개했다. 회사는 이 모델을 "
    "금융과 제조 현장에 먼저 적용할 계획이다."),
    ("SK텔레콤의 A.X K1은 KoBALT에서 딥시크 V3.1 대비 110% 성능을 보였다. 회사는 2027년까지 "
    "2조개 규모로 키우겠다고 밝혔다."),
    ("Upstage released a 70B-parameter model on Monday. The company said it scored 72.03 on "
    "its Korean benchmark, ahead of Qwen3 235B."),
    ("LG AI연구원은 K-엑사원의 매개변수가 2360억개라고 밝혔다. 평균 점수는 72.03점으로 "
    "비교 모델을 앞섰다."),
]

FLOOR = r"""
import html, os, sys
n = 0
for folder, subfolders, names in os.walk(sys.argv[1]):
    subfolders.sort()
    for name in sorted(names):
        if not name.endswith((".txt", ".md", ".markdown")):
            continue
        with open(os.path.join(folder, name), "rb") as stream:
            text = stream.read().decode("utf-8", "replace")
        text = text.replace("\r\n", "\n")
        if text.startswith("---\n"):
            end = text.find("\n---\n", 4)
            front, body = (text[4:end], text[end + 5:]) if end >= 0 else ("", text)
        else:
            front, body = "", text
        body = html.unescape(body)
        n += 1
print(n)
"""


def build_crawl(folder: Path, n: int) -> Path:
    """`n` articles in `folder` (made if missing; reused if it already holds `n`)."""
    folder.mkdir(parents=True, exist_ok=True)
    if len(list(folder.glob("*.txt"))) == n:
        return folder
    for old in folder.glob("*.txt"):
        old.unlink()
    seeds = sorted((PROJECT / "seeds").glob("*.txt"))
    sources = [p.read_bytes() for p in seeds]
    sources += [
        (f"---\ntitle: 벤치마크 기사 {i}\npublished_at: 2026-01-05 09:00\n---\n\n# 벤치마크 기사\n\n"
         f"---\n\n{text}\n\n---\n").encode() for i, text in enumerate(OWN_TEXTS)
    ]
    # Mostly full-length crawled articles, with a short one in every ten.
    for i in range(n):
        data = sources[i % len(seeds)] if i % 10 else sources[len(seeds) + (i // 10) % len(OWN_TEXTS)]
        (folder / f"{i:06d}.txt").write_bytes(data)
    return folder


def timed(command: list[str]) -> float:
    start = time.perf_counter()
    subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
    return time.perf_counter() - start


def alternate(commands: dict[str, list[str]], repeat: int) -> dict[str, float]:
    """Median wall time of each command, run in turns `repeat` times."""
    times: dict[str, list[float]] = {name: [] for name in commands}
    for _ in range(repeat):
        for name, command in commands.items():
            times[name].append(timed(command))
    return {name: statistics.median(values) for name, values in times.items()}


def parse_command(folder: Path, jobs: int) -> list[str]:
    return [SEEDEXTRACT, "parse", str(folder), "--format", "jsonl", "--quiet", "--jobs", str(jobs)]


def peak_rss_mib(command: list[str]) -> float:
    """Peak resident memory of a command (its largest process, pool workers included)."""
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, _, usage = os.wait4(process.pid, 0)
    process.returncode = 0
    return usage.ru_maxrss / 1024  # KiB on Linux


def bench_speed(folder: Path, n: int, jobs: int, repeat: int) -> None:
    commands = {"parse -j 1": parse_command(folder, 1),
                "floor": [sys.executable, "-c", FLOOR, str(folder)]}
    if jobs > 1:
        commands[f"parse -j {jobs}"] = parse_command(folder, jobs)
    medians = alternate(commands, repeat)
    print(f"{n} articles, {repeat} runs each (median wall time):")
    for name, seconds in medians.items():
        print(f"  {name:12s} {seconds:8.2f} s  {n / seconds:10.0f} articles/s")
    print(f"  parse -j 1 / floor = {medians['parse -j 1'] / medians['floor']:.1f}x  (target <= 5x)")
    if jobs > 1:
        speedup = medians["parse -j 1"] / medians[f"parse -j {jobs}"]
        print(f"  -j {jobs} speed-up over -j 1 = {speedup:.2f}x  (target >= 1.6x for -j 2)")


def bench_startup(repeat: int = 20) -> None:
    medians = alternate({"seedextract --version": [SEEDEXTRACT, "--version"],
                         "python -c pass": [sys.executable, "-c", "pass"]}, repeat)
    for name, seconds in medians.items():
        print(f"  {name:22s} {seconds * 1000:7.1f} ms")
    ratio = medians["seedextract --version"] / medians["python -c pass"]
    print(f"  start-up ratio = {ratio:.1f}x  (target < 10x)")


def bench_memory(root: Path, jobs: int) -> None:
    print("peak RSS (MiB) of `seedextract parse DIR --format jsonl > /dev/null`:")
    for n in (200, 20_000):
        folder = build_crawl(root / f"crawl-{n}", n)
        cells = [f"-j 1: {peak_rss_mib(parse_command(folder, 1)):6.1f}"]
        if jobs > 1:
            cells.append(f"-j {jobs}: {peak_rss_mib(parse_command(folder, jobs)):6.1f} per process")
        print(f"  {n:6d} files  " + "   ".join(cells))


def profile(folder: Path, n: int) -> None:
    import cProfile
    import pstats

    from seedextract import extract_file

    files = sorted(folder.glob("*.txt"))[:n]
    extract_file(files[0])  # the lexicon and matchers are built once, not profiled
    profiler = cProfile.Profile()
    profiler.enable()
    for path in files:
        extract_file(path)
    profiler.disable()
    pstats.Stats(profiler).sort_stats("tottime").print_stats(20)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", type=int, default=2000, help="articles to build (default 2000)")
    parser.add_argument("--jobs", type=int, default=1, help="also time parse -j JOBS")
    parser.add_argument("--repeat", type=int, default=5, help="runs of each command (default 5)")
    parser.add_argument("--memory", action="store_true", help="peak RSS for 200 and 20,000 files")
    parser.add_argument("--profile", type=int, metavar="N", help="cProfile extract_file on N files")
    parser.add_argument("--no-startup", action="store_true", help="skip the start-up timing")
    parser.add_argument("--data", type=Path, help="keep the generated articles in this folder")
    args = parser.parse_args()

    root = args.data or Path(tempfile.mkdtemp(prefix="seedextract-bench-"))
    try:
        if args.memory:
            bench_memory(root, args.jobs)
            return
        folder = build_crawl(root / f"crawl-{args.n}", args.n)
        if args.profile:
            profile(folder, args.profile)
            return
        bench_speed(folder, args.n, args.jobs, args.repeat)
        if not args.no_startup:
            print("start-up (median of 20):")
            bench_startup()
    finally:
        if args.data is None:
            shutil.rmtree(root, ignore_errors=True)


if __name__ == "__main__":
    main()
