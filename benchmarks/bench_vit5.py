"""Benchmark ViT5-base generation on CPU: transformers against CTranslate2, honestly.

The model has ViT5-base's architecture (T5: d_model 768, 12 encoder + 12
decoder layers, 12 heads, d_kv 64, d_ff 3072, ReLU, vocabulary 36 096, tied
embeddings) with random weights, as the real checkpoint cannot be downloaded
here. A random T5 of this depth writes one token over and over (see
`make_nondegenerate`); this one is scaled so that it writes varied tokens, and
every exactness check prints how many distinct tokens it compared.

What makes the figures hard to fool:
- every side generates exactly `--new-tokens` tokens (min = max new tokens on
  transformers, min = max decoding length on CTranslate2), checked on every
  timed call and printed;
- the variants being compared run interleaved, round after round, in one
  process, and every ratio is the median of per-round ratios, so a busy moment
  on a shared machine slows both sides of a ratio alike;
- the machine's load (load average and running processes) is printed before
  every round and stored with the results;
- token comparisons are of token ids, after checking that they are varied
  (never of decoded strings, which a tokenizer may leave empty).

Parts:
  single  one article of `--input-tokens` tokens, greedy and beam 4: plain
          `generate`, tomtat's transformers path (fp32), CTranslate2 float32, int8;
  batch   `--articles` articles of mixed length (200-1,024 tokens), greedy:
          plain padded batched `generate`, tomtat's transformers path, CTranslate2
          float32 and int8, all in batches of `--batch-size` (and, with --loop,
          plain `generate` one article at a time);
  exact   CTranslate2 float32 greedy tokens against transformers greedy tokens;
  ablation  (not run by default) tomtat's transformers beam search with and without
          the beam cache that skips reordering cross-attention (`vit5._beam_cache`),
          timed, and its tokens compared.

    python benchmarks/bench_vit5.py                          # everything (~15-25 min on 2 cores)
    python benchmarks/bench_vit5.py --parts exact,single     # ~5 min
    python benchmarks/bench_vit5.py --quick                  # a smoke run

The random checkpoint is written once to --workdir (about 1 GB with its
conversions). Results print as they come and go to --out as JSON.
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
#: Bump when the recipe of the random checkpoint changes, so --workdir is rebuilt.
RECIPE = "vit5-base-random-v2"
EMBEDDING_SCALE = 0.1
FIRST_DECODER_FFN_SCALE = 30.0


# -- the random checkpoint -------------------------------------------------------------------

def make_nondegenerate(model) -> None:
    """Rescale a randomly initialised T5 so that greedy decoding writes varied tokens.

    Out of the box, a random 12-layer T5 with tied embeddings writes one token
    at every step: the decoder's last hidden state is close to the same
    direction whatever the step (deep random transformers collapse their
    inputs onto one direction), and what is left is either the current token's
    own embedding, carried by the residual stream (so the argmax copies it), or
    the encoder's average (so the argmax is one fixed token). Shrinking the
    embeddings takes the copy out of the residual stream, and amplifying the
    first decoder layer's feed-forward output makes the last hidden state a
    random function of the current token: the next token is then a random
    successor of the current one, and a run of 80 steps visits many tokens.
    The cost is unchanged: the same shapes and the same operations.
    """
    import torch

    with torch.no_grad():
        model.shared.weight.mul_(EMBEDDING_SCALE)
        model.decoder.block[0].layer[-1].DenseReluDense.wo.weight.mul_(FIRST_DECODER_FFN_SCALE)


def ensure_checkpoint(workdir: Path, seed: int = 0) -> Path:
    """A saved random ViT5-base checkpoint with a word-level tokenizer of its 36,096 ids."""
    directory = workdir / RECIPE
    if (directory / "config.json").is_file() and (directory / "tokenizer.json").is_file():
        return directory
    import torch
    from tokenizers import Tokenizer, models, pre_tokenizers
    from transformers import PreTrainedTokenizerFast, T5Config, T5ForConditionalGeneration

    print(f"writing the random ViT5-base checkpoint to {directory} (once)", flush=True)
    torch.manual_seed(seed)
    model = T5ForConditionalGeneration(T5Config(**VIT5_BASE))
    make_nondegenerate(model)
    staging = directory.with_name(directory.name + ".partial")
    model.save_pretrained(str(staging))
    specials = ["<pad>", "</s>", "<unk>"]
    vocab = {tok: i for i, tok in enumerate(specials + [f"t{i}" for i in range(3, VIT5_BASE["vocab_size"])])}
    core = Tokenizer(models.WordLevel(vocab, unk_token="<unk>"))
    core.pre_tokenizer = pre_tokenizers.WhitespaceSplit()
    PreTrainedTokenizerFast(tokenizer_object=core, pad_token="<pad>", eos_token="</s>",
                            unk_token="<unk>").save_pretrained(str(staging))
    staging.rename(directory)
    return directory


def random_input(length: int, rng: random.Random) -> list[int]:
    """`length` ids ending with </s>, avoiding pad/eos/unk inside."""
    return [rng.randrange(3, VIT5_BASE["vocab_size"]) for _ in range(length - 1)] + [1]


# -- the machine ------------------------------------------------------------------------------

def machine_load() -> dict:
    """Load averages and running/total processes, as /proc/loadavg gives them."""
    load = os.getloadavg()
    running = None
    try:
        running = Path("/proc/loadavg").read_text().split()[3]   # "running/total"
    except (OSError, IndexError):
        pass
    return {"load_1m": round(load[0], 2), "load_5m": round(load[1], 2), "running_processes": running}


def cpu_name() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine()


# -- the things timed -------------------------------------------------------------------------
# Each takes token id inputs and returns one generated sequence (token ids) per input.

def plain_generate(model, inputs, new_tokens: int, beams: int) -> list[list[int]]:
    """`model.generate` one article at a time, as pipeline("summarization") does."""
    import torch

    out = []
    with torch.inference_mode():
        for ids in inputs:
            x = torch.tensor([ids])
            seq = model.generate(input_ids=x, attention_mask=torch.ones_like(x), num_beams=beams,
                                 max_new_tokens=new_tokens, min_new_tokens=new_tokens,
                                 early_stopping=beams > 1, do_sample=False)
            out.append(seq[0, 1:].tolist())
    return out


def plain_padded(model, inputs, new_tokens: int, beams: int, batch_size: int) -> list[list[int]]:
    """`model.generate` on padded, length-sorted batches, encoder included: the obvious batching."""
    import torch

    order = sorted(range(len(inputs)), key=lambda i: len(inputs[i]))
    out: list[list[int]] = [[] for _ in inputs]
    with torch.inference_mode():
        for b in range(0, len(order), batch_size):
            batch = order[b:b + batch_size]
            width = max(len(inputs[i]) for i in batch)
            x = torch.zeros((len(batch), width), dtype=torch.long)
            mask = torch.zeros_like(x)
            for row, i in enumerate(batch):
                x[row, : len(inputs[i])] = torch.tensor(inputs[i])
                mask[row, : len(inputs[i])] = 1
            seqs = model.generate(input_ids=x, attention_mask=mask, num_beams=beams,
                                  max_new_tokens=new_tokens, min_new_tokens=new_tokens,
                                  early_stopping=beams > 1, do_sample=False)
            for row, i in enumerate(batch):
                out[i] = seqs[row, 1:].tolist()
    return out


def through_engine(engine, inputs, beams: int, batch_size: int) -> list[list[int]]:
    """tomtat's generation path (`ViT5Engine.generate_token_ids`), best candidate per input."""
    engine.num_beams, engine.batch_size = beams, batch_size
    return [candidates[0] for candidates in engine.generate_token_ids(inputs, 1)]


def check_lengths(name: str, seqs: list[list[int]], new_tokens: int) -> int:
    """Fail loudly unless every sequence has exactly `new_tokens` tokens (else timings lie)."""
    wrong = [len(s) for s in seqs if len(s) != new_tokens]
    if wrong:
        raise SystemExit(f"{name}: generated {wrong[:5]} tokens, not {new_tokens}; timings would not compare")
    return sum(len(s) for s in seqs)


def distinct_tokens(seqs) -> int:
    return len({t for s in seqs for t in s} - {0})


def interleaved(variants: dict, rounds: int, new_tokens: int, label: str, warm_up: bool = True) -> dict:
    """Time every variant once per round, in turn; per variant the seconds of each round.

    With `warm_up`, an untimed round 0 comes first (first calls allocate and
    fault the weights in); without, the caller has warmed the variants up.
    """
    seconds = {name: [] for name in variants}
    for r in range(0 if warm_up else 1, rounds + 1):
        load = machine_load()
        line = {"part": label, "round": r if r else "warm-up", **load}
        for name, fn in variants.items():
            t0 = time.perf_counter()
            seqs = fn()
            elapsed = time.perf_counter() - t0
            tokens = check_lengths(name, seqs, new_tokens)
            line[name] = round(elapsed, 3)
            line[f"{name} tokens"] = tokens
            if r:
                seconds[name].append(elapsed)
        print(json.dumps(line, ensure_ascii=False), flush=True)
    return seconds


def summarise(seconds: dict, reference: str, per: int, label: str) -> list[dict]:
    """Median seconds per variant and the median of per-round ratios against `reference`."""
    rows = []
    for name, times in seconds.items():
        ratios = [ref / t for ref, t in zip(seconds[reference], times)]
        rows.append({"part": label, "variant": name, "median_s": round(statistics.median(times), 3),
                     "min_s": round(min(times), 3), "s_per_article": round(statistics.median(times) / per, 3),
                     f"speed_vs_{reference}": round(statistics.median(ratios), 2),
                     "ratio_range": [round(min(ratios), 2), round(max(ratios), 2)]})
        print("result", json.dumps(rows[-1], ensure_ascii=False), flush=True)
    return rows


# -- main ---------------------------------------------------------------------------------------

def load_engines(checkpoint: Path, threads: int, new_tokens: int) -> dict:
    """tomtat's engines on the checkpoint: transformers fp32, CTranslate2 float32 and int8."""
    import torch
    from transformers import AutoTokenizer

    from tomtat.prompts import load_prompt
    from tomtat.summarize.ct2 import CT2Generator
    from tomtat.summarize.vit5 import TransformersGenerator, ViT5Engine

    tokenizer = AutoTokenizer.from_pretrained(str(checkpoint))
    prompt = load_prompt(None)
    generators = {"tomtat transformers fp32": ("transformers", TransformersGenerator.load(
        str(checkpoint), "cpu", None, True))}
    for name, quantize in (("ct2 float32", "none"), ("ct2 int8", "int8")):
        generators[name] = ("ct2", CT2Generator.load(checkpoint, tokenizer, label=RECIPE, device="cpu",
                                                     quantize=quantize, max_input_tokens=1024,
                                                     threads=threads))
    engines = {}
    for name, (backend, generator) in generators.items():
        engine = ViT5Engine(generator, tokenizer, model_id=RECIPE, prompt=prompt, backend=backend,
                            max_new_tokens=new_tokens, min_new_tokens=new_tokens)
        engines[name] = engine
    torch.set_num_threads(threads)
    return engines


def part_exact(engines, rng, args) -> dict:
    """CTranslate2 float32 greedy tokens against transformers greedy tokens, varied ones."""
    inputs = [random_input(args.input_tokens, rng) for _ in range(args.exact_articles)]
    reference = through_engine(engines["tomtat transformers fp32"], inputs, 1, len(inputs))
    fast = through_engine(engines["ct2 float32"], inputs, 1, len(inputs))
    int8 = through_engine(engines["ct2 int8"], inputs, 1, len(inputs))
    diverge = [next((k for k, (a, b) in enumerate(zip(x, y)) if a != b), None) for x, y in zip(reference, fast)]
    row = {"part": "exact", "articles": len(inputs), "new_tokens_each": args.new_tokens,
           "distinct_tokens_transformers": distinct_tokens(reference),
           "distinct_tokens_per_article": [distinct_tokens([s]) for s in reference],
           "ct2_float32_equal": fast == reference, "first_difference_per_article": diverge,
           "ct2_int8_tokens_equal_to_fp32": sum(a == b for x, y in zip(reference, int8) for a, b in zip(x, y)),
           "tokens_compared": sum(map(len, reference))}
    print("result", json.dumps(row), flush=True)
    if row["distinct_tokens_transformers"] < 8:
        raise SystemExit("exact: the outputs are too uniform to prove anything; fix make_nondegenerate")
    return row


def part_single(engines, rng, args) -> list[dict]:
    model = engines["tomtat transformers fp32"].generator.model
    ids = [random_input(args.input_tokens, rng)]
    rows = []
    for beams in (1, 4):
        variants = {"plain generate": lambda b=beams: plain_generate(model, ids, args.new_tokens, b)}
        for name, engine in engines.items():
            variants[name] = lambda e=engine, b=beams: through_engine(e, ids, b, 1)
        label = f"single {args.input_tokens} tokens, beams {beams}"
        seconds = interleaved(variants, args.rounds, args.new_tokens, label)
        rows += summarise(seconds, "tomtat transformers fp32", 1, label)
    return rows


def part_batch(engines, rng, args) -> list[dict]:
    model = engines["tomtat transformers fp32"].generator.model
    lengths = [rng.randint(200, 1024) for _ in range(args.articles)]
    inputs = [random_input(n, rng) for n in lengths]
    bs = args.batch_size
    variants = {}
    if args.loop:
        variants["plain generate, one at a time"] = lambda: plain_generate(model, inputs, args.new_tokens, 1)
    variants[f"plain generate, padded batches of {bs}"] = lambda: plain_padded(model, inputs, args.new_tokens, 1, bs)
    for name, engine in engines.items():
        variants[name] = lambda e=engine: through_engine(e, inputs, 1, bs)
    label = f"batch {args.articles} articles (mean {round(statistics.mean(lengths))} tokens), greedy, batch {bs}"
    short = [random_input(64, rng)]   # an untimed warm-up for each, far cheaper than a whole round
    plain_padded(model, short, args.new_tokens, 1, bs)
    for engine in engines.values():
        through_engine(engine, short, 1, bs)
    seconds = interleaved(variants, args.batch_rounds, args.new_tokens, label, warm_up=False)
    return summarise(seconds, "tomtat transformers fp32", args.articles, label)


def part_ablation(engines, rng, args) -> dict:
    """Beam 4 on tomtat's transformers path with and without `_beam_cache`: time and tokens."""
    from tomtat.summarize import vit5

    engine = engines["tomtat transformers fp32"]
    lengths = [rng.randint(200, 1024) for _ in range(args.ablation_articles)]
    inputs = [random_input(n, rng) for n in lengths]
    saved = vit5._beam_cache

    def without_cache():
        vit5._beam_cache = lambda model, beams: {}
        try:
            return through_engine(engine, inputs, 4, len(inputs))
        finally:
            vit5._beam_cache = saved

    outputs = {}

    def keep(name, fn):
        def run():
            outputs[name] = fn()
            return outputs[name]
        return run

    variants = {"cross-attention cache reordered": keep("without", without_cache),
                "not reordered (tomtat)": keep("with", lambda: through_engine(engine, inputs, 4, len(inputs)))}
    label = f"ablation: beam 4, {len(inputs)} articles in one batch"
    seconds = interleaved(variants, 1, args.new_tokens, label)
    row = {"part": "ablation", "rows": summarise(seconds, "cross-attention cache reordered", len(inputs), label),
           "distinct_tokens": distinct_tokens(outputs["with"]),
           "identical_tokens": outputs["with"] == outputs["without"]}
    print("result", json.dumps(row), flush=True)
    return row


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--parts", default="exact,single,batch",
                    help="comma list of: exact, single, batch, ablation")
    ap.add_argument("--new-tokens", type=int, default=80, help="generated tokens per article, on every side (80)")
    ap.add_argument("--input-tokens", type=int, default=512, help="input tokens of the single article (512)")
    ap.add_argument("--threads", type=int, default=2, help="threads for torch and CTranslate2 alike (2)")
    ap.add_argument("--rounds", type=int, default=3, help="timed rounds of the single-article part (3)")
    ap.add_argument("--batch-rounds", type=int, default=2, help="timed rounds of the batch part (2)")
    ap.add_argument("--articles", type=int, default=32)
    ap.add_argument("--batch-size", type=int, default=16, help="articles per batch (tomtat's default, 16)")
    ap.add_argument("--loop", action="store_true", help="also time plain generate one article at a time in the batch part")
    ap.add_argument("--exact-articles", type=int, default=4)
    ap.add_argument("--ablation-articles", type=int, default=8)
    ap.add_argument("--quick", action="store_true", help="smoke run: 16 new tokens, 1 round, 4 articles")
    ap.add_argument("--workdir", default="runs/bench-vit5", help="the random checkpoint and its conversions")
    ap.add_argument("--out", default="runs/bench_vit5.json")
    args = ap.parse_args(argv)
    if args.quick:
        args.new_tokens, args.rounds, args.batch_rounds, args.articles = 16, 1, 1, 4
    parts = set(filter(None, args.parts.split(",")))

    import ctranslate2
    import torch
    import transformers

    from tomtat.summarize.vit5 import _quiet_transformers

    _quiet_transformers(transformers)   # no progress bars between the result lines
    workdir = Path(args.workdir).resolve()
    os.environ["TOMTAT_CT2_CACHE"] = str(workdir / "ct2")
    info = {"cpu": cpu_name(), "cores": os.cpu_count(), "threads": args.threads, "torch": torch.__version__,
            "transformers": transformers.__version__, "ctranslate2": ctranslate2.__version__,
            "new_tokens": args.new_tokens, "command": " ".join([Path(sys.argv[0]).name, *sys.argv[1:]]),
            "load_before": machine_load()}
    print(json.dumps(info), flush=True)
    checkpoint = ensure_checkpoint(workdir)
    engines = load_engines(checkpoint, args.threads, args.new_tokens)
    rng = random.Random(1)
    results: dict = {"info": info}
    if "exact" in parts:
        results["exact"] = part_exact(engines, rng, args)
    if "single" in parts:
        results["single"] = part_single(engines, rng, args)
    if "batch" in parts:
        results["batch"] = part_batch(engines, rng, args)
    if "ablation" in parts:
        results["ablation"] = part_ablation(engines, rng, args)
    info["load_after"] = machine_load()
    Path(args.out).parent.mkdir(parents=True, exist_ok=True)
    Path(args.out).write_text(json.dumps(results, indent=2))
    print(f"wrote {args.out}; load after: {json.dumps(info['load_after'])}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
