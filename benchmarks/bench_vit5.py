"""Benchmark ViT5-base generation on CPU at random weights (the cost is real, the text meaningless).

The model has ViT5-base's architecture (T5: d_model 768, 12 encoder + 12
decoder layers, 12 heads, d_kv 64, d_ff 3072, ReLU, vocabulary 36 096, tied
embeddings) with random weights, and every run generates exactly
`--new-tokens` tokens (min_new_tokens = max_new_tokens), so that timings do not
depend on when a random model happens to emit </s>.

Measures:
  1. single-article latency, greedy and beam 4, at 512 and 1024 input tokens,
     through tomtat's generation path (`ViT5Engine.generate_ids`): fp32 (the default),
     int8 (`--quantize int8`) and bf16 (not a tomtat option; measured for reference);
  2. throughput on N articles of mixed lengths: a plain per-article loop (what
     `pipeline("summarization")` does: one `model.generate` per article, under
     torch.no_grad) against tomtat's batched, length-sorted path, same inputs and
     settings;
  3. an ablation on 8 of those articles: what running the encoder per article
     (unpadded) and not reordering the cross-attention cache in beam search are
     worth, and that the latter leaves outputs identical.

Usage:
  python benchmarks/bench_vit5.py --quick          # a few minutes
  python benchmarks/bench_vit5.py                  # the full run for docs/BENCHMARKS.md
Results print as JSON lines and go to --out as one JSON file.
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import random
import statistics
import sys
import time
import warnings
from pathlib import Path

warnings.filterwarnings("ignore")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

VIT5_BASE = dict(vocab_size=36096, d_model=768, d_kv=64, d_ff=3072, num_layers=12,
                 num_decoder_layers=12, num_heads=12, feed_forward_proj="relu",
                 tie_word_embeddings=True, pad_token_id=0, eos_token_id=1,
                 decoder_start_token_id=0)


def build_model(seed: int = 0):
    import torch
    from transformers import T5Config, T5ForConditionalGeneration

    torch.manual_seed(seed)
    model = T5ForConditionalGeneration(T5Config(**VIT5_BASE))
    model.eval()
    return model


class _IdTokenizer:
    """Enough of a tokenizer for `ViT5Engine.generate_ids`: decoding to id strings."""

    eos_token_id, pad_token_id = 1, 0

    def __call__(self, text, add_special_tokens=False):
        return {"input_ids": []}

    def batch_decode(self, seqs, skip_special_tokens=True):
        return [" ".join(str(int(t)) for t in s if int(t) > 1) for s in seqs]


def random_input(length: int, rng: random.Random) -> list[int]:
    """`length` ids ending with </s>, avoiding pad/eos/unk inside."""
    return [rng.randrange(3, VIT5_BASE["vocab_size"]) for _ in range(length - 1)] + [1]


def make_engine(model, new_tokens: int, beams: int, batch_size: int):
    from tomtat.prompts import load_prompt
    from tomtat.summarize.vit5 import ViT5Engine

    engine = ViT5Engine(model, _IdTokenizer(), model_id="random-vit5-base", prompt=load_prompt(None),
                        num_beams=beams, max_new_tokens=new_tokens, batch_size=batch_size)
    return engine


def force_length(model, new_tokens: int) -> None:
    """Every generate call produces exactly `new_tokens` tokens."""
    model.generation_config.min_new_tokens = new_tokens
    model.generation_config.max_new_tokens = new_tokens


def check_forced_length(model, new_tokens: int) -> None:
    """Fail loudly unless generate really produces `new_tokens` tokens (else timings lie)."""
    import torch

    x = torch.tensor([random_input(32, random.Random(0))])
    with torch.inference_mode():
        out = model.generate(input_ids=x, attention_mask=torch.ones_like(x), num_beams=1)
    assert out.shape[1] == new_tokens + 1, (out.shape, new_tokens)   # + decoder start token


def timed(fn, repeats: int) -> tuple[float, float]:
    """(median, min) seconds of `repeats` calls, after one warm-up call.

    The minimum is reported too because this shared 2-core machine is noisy:
    other work only ever adds time, so the fastest run is the best estimate of
    the cost itself, the median what a user may see.
    """
    fn()
    times = []
    for _ in range(repeats):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return statistics.median(times), min(times)


def plain_loop(model, inputs, new_tokens: int, beams: int) -> None:
    """The per-article loop as pipeline("summarization") runs it: batch of one, no_grad."""
    import torch

    with torch.no_grad():
        for ids in inputs:
            x = torch.tensor([ids])
            model.generate(input_ids=x, attention_mask=torch.ones_like(x), num_beams=beams,
                           max_new_tokens=new_tokens, min_new_tokens=new_tokens,
                           early_stopping=beams > 1)


def plain_batched(model, inputs, new_tokens: int, beams: int, batch_size: int) -> None:
    """model.generate on padded batches (length-sorted), encoder included: the obvious batching."""
    import torch

    order = sorted(inputs, key=len)
    with torch.inference_mode():
        for b in range(0, len(order), batch_size):
            batch = order[b:b + batch_size]
            width = max(map(len, batch))
            x = torch.zeros((len(batch), width), dtype=torch.long)
            mask = torch.zeros_like(x)
            for row, ids in enumerate(batch):
                x[row, : len(ids)] = torch.tensor(ids)
                mask[row, : len(ids)] = 1
            model.generate(input_ids=x, attention_mask=mask, num_beams=beams,
                           max_new_tokens=new_tokens, min_new_tokens=new_tokens, early_stopping=beams > 1)


def ablation(model, inputs, new_tokens: int, batch_size: int) -> list[dict]:
    """What each part of tomtat's batched path is worth, on the same articles.

    - greedy: obvious padded batching vs tomtat's (encoder per article, unpadded);
    - beam 4: tomtat's path with and without the beam cache that skips reordering
      the cross-attention cache (outputs compared: they must be identical).
    """
    from tomtat.summarize import vit5

    rows = []
    n = len(inputs)
    t0 = time.perf_counter()
    plain_batched(model, inputs, new_tokens, 1, batch_size)
    padded = time.perf_counter() - t0
    engine = make_engine(model, new_tokens, 1, batch_size)
    t0 = time.perf_counter()
    engine.generate_ids(inputs, 1)
    ours = time.perf_counter() - t0
    rows.append({"what": "greedy: padded batch (encoder batched) vs encoder per article",
                 "before_s_per_article": round(padded / n, 3), "after_s_per_article": round(ours / n, 3)})
    print("ablation", json.dumps(rows[-1]), flush=True)

    engine = make_engine(model, new_tokens, 4, batch_size)
    saved = vit5._beam_cache
    vit5._beam_cache = lambda model, beams: {}
    try:
        t0 = time.perf_counter()
        without = engine.generate_ids(inputs, 4)
        before = time.perf_counter() - t0
    finally:
        vit5._beam_cache = saved
    t0 = time.perf_counter()
    with_cache = engine.generate_ids(inputs, 4)
    after = time.perf_counter() - t0
    rows.append({"what": "beam 4: cross-attention cache reordered each step vs not",
                 "before_s_per_article": round(before / n, 3), "after_s_per_article": round(after / n, 3),
                 "identical_outputs": without == with_cache})
    print("ablation", json.dumps(rows[-1]), flush=True)
    return rows


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--quick", action="store_true", help="fewer repeats and articles (a few minutes)")
    ap.add_argument("--new-tokens", type=int, default=64, help="generated tokens per article (default 64)")
    ap.add_argument("--articles", type=int, default=None, help="articles in the throughput test (32; quick 8)")
    ap.add_argument("--batch-sizes", default="8,16,32", help="tomtat batch sizes to measure (articles)")
    ap.add_argument("--repeats", type=int, default=None, help="timed repeats per latency figure (3; quick 1)")
    ap.add_argument("--threads", type=int, default=None, help="torch threads (default: torch's own)")
    ap.add_argument("--skip", default="", help="comma list of parts to skip: latency,int8,bf16,throughput,beam-throughput,ablation")
    ap.add_argument("--ablation-articles", type=int, default=8)
    ap.add_argument("--ablation-batch", type=int, default=8)
    ap.add_argument("--out", default="runs/bench_vit5.json")
    args = ap.parse_args(argv)

    import torch
    from tomtat.summarize.vit5 import quantize_int8

    if args.threads:
        torch.set_num_threads(args.threads)
    repeats = args.repeats or (1 if args.quick else 3)
    n_articles = args.articles or (8 if args.quick else 32)
    skip = set(filter(None, args.skip.split(",")))
    rng = random.Random(1)
    info = {"torch": torch.__version__, "threads": torch.get_num_threads(), "cpu": platform.processor() or platform.machine(),
            "load_before": os.getloadavg(), "new_tokens": args.new_tokens, "repeats": repeats,
            "articles": n_articles, "batch_sizes": args.batch_sizes, "command": " ".join(sys.argv)}
    print(json.dumps(info), flush=True)
    results = {"info": info, "latency": [], "throughput": []}

    model = build_model()
    force_length(model, args.new_tokens)
    check_forced_length(model, args.new_tokens)
    if "latency" not in skip:
        variants = [("fp32", model)]
        if "int8" not in skip:
            qmodel = quantize_int8(build_model())
            force_length(qmodel, args.new_tokens)
            check_forced_length(qmodel, args.new_tokens)
            variants.append(("int8", qmodel))
        if "bf16" not in skip:   # not a tomtat option: measured to say what it would be worth
            bmodel = build_model().to(torch.bfloat16)
            force_length(bmodel, args.new_tokens)
            variants.append(("bf16", bmodel))
        for length in (512, 1024):
            ids = [random_input(length, rng)]
            for beams in (1, 4):
                for name, m in variants:
                    engine = make_engine(m, args.new_tokens, beams, 1)
                    med, low = timed(lambda: engine.generate_ids(ids, 1), repeats)  # noqa: B023 - called at once
                    row = {"input_tokens": length, "beams": beams, "weights": name,
                           "seconds": round(med, 3), "min_seconds": round(low, 3)}
                    results["latency"].append(row)
                    print("latency", json.dumps(row), flush=True)
        variants = None

    # Mixed lengths, as real articles: uniformly 200..1024 tokens.
    lengths = [rng.randint(200, 1024) for _ in range(n_articles)]
    inputs = [random_input(n, rng) for n in lengths]
    batch_sizes = [int(b) for b in args.batch_sizes.split(",")]
    for beams, part in ((1, "throughput"), (4, "beam-throughput")):
        if part in skip:
            continue
        plain_loop(model, inputs[:1], args.new_tokens, beams)   # warm-up, as the latency runs get
        t0 = time.perf_counter()
        plain_loop(model, inputs, args.new_tokens, beams)
        loop_s = time.perf_counter() - t0
        row = {"beams": beams, "articles": n_articles, "mean_input_tokens": round(statistics.mean(lengths)),
               "loop_articles_per_s": round(n_articles / loop_s, 4), "loop_s_per_article": round(loop_s / n_articles, 3)}
        print("throughput", json.dumps(row), flush=True)
        from tomtat.summarize.vit5 import MAX_DECODER_SEQUENCES

        measured = set()
        for bs in batch_sizes:
            effective = max(1, min(bs, MAX_DECODER_SEQUENCES // beams))   # the engine's cap
            if effective in measured:
                continue
            measured.add(effective)
            bs = effective
            engine = make_engine(model, args.new_tokens, beams, bs)
            t0 = time.perf_counter()
            engine.generate_ids(inputs, 1)
            ours_s = time.perf_counter() - t0
            row = {**row, "batch_size": bs, "batched_articles_per_s": round(n_articles / ours_s, 4),
                   "batched_s_per_article": round(ours_s / n_articles, 3), "speedup": round(loop_s / ours_s, 2)}
            results["throughput"].append(row)
            print("throughput", json.dumps(row), flush=True)

    if "ablation" not in skip:
        results["ablation"] = ablation(model, inputs[: args.ablation_articles], args.new_tokens,
                                       args.ablation_batch)

    info["load_after"] = os.getloadavg()
    Path(args.out).parent.mkdir(parents=True, exist_ok=True)
    Path(args.out).write_text(json.dumps(results, indent=2))
    print(f"wrote {args.out}; load average after: {info['load_after']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
