"""Throughput of `tomtat eval --engine llm` at concurrency 1, 8 and 32 against the local test server.

    python benchmarks/bench_llm.py [--articles 96] [--latency-ms 50] [--repeats 2]

The server is tests/chat_server.py in its own process (answers: each article's
first two sentences, written for the tests, not a model), adding a fixed
latency per request so that concurrency matters. Every run evaluates the same
articles (our fixture article with a numbered title each), with the cache off,
through `run_eval` (request, checker, ROUGE, the per-article file). The
concurrency levels are interleaved and repeated; the load average is printed
before each run. The ideal at latency L is concurrency / L articles a second.
"""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LEVELS = (1, 8, 32)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=96)
    parser.add_argument("--latency-ms", type=float, default=50.0)
    parser.add_argument("--repeats", type=int, default=2)
    args = parser.parse_args()

    sys.path.insert(0, str(ROOT / "tests"))
    from chat_server import LUA_BODY, LUA_SUMMARY, LUA_TITLE
    from tomtat.eval import EvalConfig, run_eval
    from tomtat.summarize.llm import LLMSettings

    server = subprocess.Popen([sys.executable, str(ROOT / "tests" / "chat_server.py"), "--responder", "lead",
                               "--latency-ms", str(args.latency_ms)], stdout=subprocess.PIPE, text=True)
    try:
        url = server.stdout.readline().strip()
        with tempfile.TemporaryDirectory() as tmp:
            data = Path(tmp) / "set.jsonl"
            with data.open("w", encoding="utf-8") as fh:
                for i in range(args.articles):
                    fh.write(json.dumps({"id": f"a{i}", "title": f"{LUA_TITLE} (bài {i})", "article": LUA_BODY,
                                         "summary": LUA_SUMMARY}, ensure_ascii=False) + "\n")
            print(f"server {url}, latency {args.latency_ms:g} ms per request, {args.articles} articles, "
                  f"cpus {os.cpu_count()}")
            print(f"{'concurrency':>11} {'wall s':>8} {'art/s':>8} {'ideal art/s':>12} {'requests':>9}  load (1/5/15 min)")
            rates: dict[int, list[float]] = {c: [] for c in LEVELS}
            for repeat in range(args.repeats):
                for c in LEVELS:
                    load = " ".join(f"{x:.2f}" for x in os.getloadavg())
                    settings = LLMSettings(base_url=url, concurrency=c, use_cache=False, retries=0)
                    config = EvalConfig(data=str(data), engine="llm", model="bench", llm=settings.to_json())
                    t0 = time.perf_counter()
                    result = run_eval(config)
                    wall = time.perf_counter() - t0
                    scored = result.metrics["scored"]
                    turns = result.metrics.get("usage", {}).get("turns", 0)
                    assert scored == args.articles, result.metrics
                    rates[c].append(scored / wall)
                    ideal = c / (args.latency_ms / 1000)
                    print(f"{c:>11} {wall:>8.2f} {scored / wall:>8.1f} {min(ideal, 1e9):>12.0f} {turns:>9}  {load}")
            print("best of each: " + ", ".join(f"concurrency {c}: {max(r):.1f} art/s" for c, r in rates.items()))
            print(f"load after: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    finally:
        server.terminate()
        server.wait(timeout=10)
    return 0


if __name__ == "__main__":
    sys.exit(main())
