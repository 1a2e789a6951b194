"""One evaluation run: read the set, get predictions, score each article, aggregate.

Predictions come from an engine (a lead baseline of `tomtat.eval.baselines`, or
`tomtat.summarize.load_engine` + `summarize_many`: batched, sorted by length) or
from a JSONL file of ``{"id", "prediction"}`` (`--predictions`).

Durability: every finished article is appended to ``OUT/articles.jsonl`` and
flushed before the next one starts; malformed records are written there too
(status "malformed" with the reason). `resume=True` keeps the complete lines
already there (a torn last line is cut off), skips those articles and appends
the rest. Aggregation always re-reads the whole file in canonical order, so the
final `metrics.json` does not depend on how many sessions the run took.

`--perturb` runs the checker's stress test (`tomtat.eval.perturb`) through the
same machinery, with its own files.
"""
from __future__ import annotations

import json
import shutil
import tempfile
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from tomtat.errors import InputError
from tomtat.eval import report as report_mod
from tomtat.eval.data import Malformed, Record, load_records
from tomtat.eval.rouge import rouge_f1, vi_tokenize
from tomtat.eval.store import ARTICLES_FILE, RecordWriter, canonical, read_records, record_key

CONFIG_FILE = "config.json"
#: Config keys that must match for `--resume` to continue a run.
RESUME_KEYS = ("mode", "data", "fields", "limit", "shard", "engine", "model", "predictions")


@dataclass
class EvalConfig:
    """Everything that defines a run (what `config.json` records)."""

    data: str
    out: str | None = None
    fields: dict[str, str] | None = None
    limit: int | None = None
    shard: tuple[int, int] | None = None
    engine: str = "auto"
    model: str | None = None
    device: str = "cpu"
    quantize: str | None = None
    batch_size: int = 8
    predictions: str | None = None
    resume: bool = False
    mode: str = "eval"        # "eval" or "perturb"
    llm: dict | None = None   # LLMSettings fields for --engine llm (never the API key)

    def to_json(self) -> dict:
        out = asdict(self)
        out["shard"] = list(self.shard) if self.shard else None
        return out


@dataclass
class RunResult:
    out: Path | None
    metrics: dict
    timing: dict
    records: list[dict] = field(default_factory=list)
    notices: list[str] = field(default_factory=list)


class Progress:
    """Callbacks a front end implements; the default does nothing."""

    def start(self, total: int, done: int, description: str) -> None: ...

    def advance(self, n: int = 1) -> None: ...

    def notice(self, message: str) -> None: ...


# ---------------------------------------------------------------------------
# Predictions

def load_predictions(path: str, progress: Progress) -> dict[str, str]:
    """id -> prediction from a JSONL file; bad lines are reported and skipped."""
    p = Path(path)
    if not p.exists():
        raise InputError(f"{path}: no such predictions file")
    if p.is_dir():
        raise InputError(f"{path}: is a folder, expected a JSONL file of predictions")
    predictions: dict[str, str] = {}
    with p.open("rb") as fh:
        for lineno, raw in enumerate(fh, 1):
            if not raw.strip():
                continue
            try:
                row = json.loads(raw.decode("utf-8-sig" if lineno == 1 else "utf-8"))
            except (UnicodeDecodeError, json.JSONDecodeError):
                progress.notice(f"{path}:{lineno}: not a JSON line, skipped")
                continue
            if not isinstance(row, dict) or "id" not in row or not isinstance(row.get("prediction"), str):
                progress.notice(f"{path}:{lineno}: needs \"id\" and a string \"prediction\", skipped")
                continue
            predictions[str(row["id"])] = row["prediction"]
    if not predictions:
        raise InputError(f"{path}: no usable predictions (JSONL lines with \"id\" and \"prediction\")")
    return predictions


class EngineRunner:
    """Generates summaries with a baseline or a `tomtat.summarize` engine."""

    def __init__(self, config: EvalConfig, progress: Progress) -> None:
        from tomtat.eval.baselines import load_baseline

        self.batch_size = max(1, config.batch_size)
        self.engine = load_baseline(config.engine)
        self._summarize_many = None
        if self.engine is None:
            from tomtat import summarize

            result = summarize.load_engine(config.engine, model=config.model, device=config.device,
                                           quantize=config.quantize,
                                           **({"llm": dict(config.llm)} if config.llm else {}))
            engine, notices = result if isinstance(result, tuple) else (result, [])
            for notice in notices or []:
                progress.notice(str(notice))
            self.engine = engine
            self._summarize_many = summarize.summarize_many
        # An engine that waits on a server keeps `concurrency` requests in flight: give it
        # batches big enough that one slow article does not leave the others idle.
        self.batch_size = max(self.batch_size, 4 * getattr(self.engine, "concurrency", 0))
        self.name = self.engine.name
        self.model = getattr(self.engine, "model", None)

    def generate(self, records: list[Record]) -> list[Generated]:
        """What the engine made of each record, in order."""
        from tomtat.reading import Article

        articles = [Article(body=r.article, title=r.title, source=r.id) for r in records]
        if self._summarize_many is None:
            gens = self.engine.generate(articles)
            return [Generated(g.candidates[0] if g.candidates else "", list(g.notes)) for g in gens]
        results = self._summarize_many(articles, self.engine, batch_size=self.batch_size)
        return [Generated(*_summary_of(r), failure=getattr(r, "failure", None),
                          usage=dict(getattr(r, "usage", None) or {})) for r in results]


@dataclass
class Generated:
    """One article's summary and notes, or why the engine failed on it; token usage if billed."""

    summary: str
    notes: list[str]
    failure: str | None = None
    usage: dict = field(default_factory=dict)


def _summary_of(result: Any) -> tuple[str, list[str]]:
    """The summary text and notes of one `summarize_many` result, whatever its shape."""
    if isinstance(result, str):
        return result, []
    if isinstance(result, dict):
        return str(result.get("summary", "")), list(result.get("notes", []))
    summary = getattr(result, "summary", None)
    if summary is None and getattr(result, "candidates", None):
        summary = result.candidates[0]
    return str(summary or ""), [str(n) for n in getattr(result, "notes", []) or []]


# ---------------------------------------------------------------------------
# Scoring one article

def count_sentences(text: str) -> int:
    from tomtat.eval.baselines import split_sentences

    return len(split_sentences(text))


def score_article(record: Record, prediction: str, scorer, *, generate_s: float = 0.0,
                  notes: list[str] | None = None, usage: dict | None = None) -> dict:
    """The per-article record: prediction, ROUGE in both tokenisations, figures, lengths, time."""
    t0 = time.perf_counter()
    facts = scorer.prepare(record.checker_text)   # once per article
    faith, figures = scorer.score(facts, prediction, record.summary)
    t1 = time.perf_counter()
    rouge = rouge_f1(record.summary, prediction)
    t2 = time.perf_counter()
    out = {
        "index": record.index,
        "id": record.id,
        "status": "ok",
        "prediction": prediction,
        **rouge,
        "faithfulness": faith,
        "figures": figures,
        "lengths": {
            "article_syllables": len(vi_tokenize(record.article)),
            "reference_syllables": len(vi_tokenize(record.summary)),
            "prediction_syllables": len(vi_tokenize(prediction)),
            "prediction_sentences": count_sentences(prediction),
        },
        "time_s": {"generate": generate_s, "check": t1 - t0, "rouge": t2 - t1},
    }
    if notes:
        out["notes"] = notes
    if usage:
        out["usage"] = usage
    return out


def malformed_record(m: Malformed) -> dict:
    return {"index": m.index, "id": m.id, "status": "malformed", "reason": m.reason}


def failed_record(record: Record, made: Generated) -> dict:
    """An article the engine failed on (a network or server error): `--resume` tries it again."""
    failed = {"index": record.index, "id": record.id, "status": "failed", "reason": made.failure}
    if made.usage:
        failed["usage"] = made.usage
    return failed


# ---------------------------------------------------------------------------
# The run

def _prepare_out(config: EvalConfig, data_file: str) -> tuple[Path, bool]:
    """The output folder (a temporary one without --out) and whether it is temporary."""
    if config.out is None:
        return Path(tempfile.mkdtemp(prefix="tomtat-eval-")), True
    out = Path(config.out)
    if out.exists() and not out.is_dir():
        raise InputError(f"--out {out}: exists and is not a folder")
    out.mkdir(parents=True, exist_ok=True)
    existing = out / data_file
    config_path = out / CONFIG_FILE
    if existing.exists() and existing.stat().st_size > 0 and not config.resume:
        raise InputError(f"--out {out}: already holds a run ({data_file}); pass --resume to continue it "
                         "or choose another folder")
    if config.resume and config_path.exists():
        try:
            old = json.loads(config_path.read_text(encoding="utf-8"))
        except (OSError, json.JSONDecodeError):
            raise InputError(f"{config_path}: unreadable; cannot resume") from None
        new = config.to_json()
        differing = [k for k in RESUME_KEYS if old.get(k) != new.get(k)]
        if differing:
            raise InputError(f"--resume: this run differs from the one in {out} in {', '.join(differing)}")
    return out, False


def run_eval(config: EvalConfig, progress: Progress | None = None) -> RunResult:
    """Run (or resume) an evaluation or a perturbation test; returns the aggregates."""
    progress = progress or Progress()
    perturb = config.mode == "perturb"
    if perturb:
        from tomtat.eval import perturb as perturb_mod

        data_file = perturb_mod.PERTURB_FILE
    else:
        data_file = ARTICLES_FILE
    if perturb and config.predictions:
        raise InputError("--perturb corrupts the reference summaries; it takes no --predictions")

    items = list(load_records(config.data, fields=config.fields, limit=config.limit, shard=config.shard))
    predictions = load_predictions(config.predictions, progress) if (config.predictions and not perturb) else None
    out, temporary = _prepare_out(config, data_file)
    try:
        return _run(config, progress, items, predictions, out, data_file, perturb, temporary)
    finally:
        if temporary:
            shutil.rmtree(out, ignore_errors=True)


def _run(config, progress, items, predictions, out, data_file, perturb, temporary) -> RunResult:
    path = out / data_file
    previous = read_records(path, repair=True) if config.resume else []
    done = {record_key(r) for r in previous if r.get("status") != "failed"}   # failed: try again
    (out / CONFIG_FILE).write_text(json.dumps(config.to_json(), ensure_ascii=False, indent=2) + "\n",
                                   encoding="utf-8")
    pending = [it for it in items if (it.index, it.id) not in done]

    engine = None
    if perturb:
        system, model = "perturbation test of the checker", None
    elif predictions is not None:
        system, model = f"predictions:{Path(config.predictions).name}", None
    else:
        # Loaded even when nothing is left to generate: the name of the engine
        # that actually runs ("auto" -> "extractive") goes into metrics.json.
        engine = EngineRunner(config, progress)
        system, model = engine.name, engine.model
    meta = {"data": config.data, "system": system, "model": model, "limit": config.limit,
            "fields": config.fields}

    from tomtat.eval.faithfulness import FaithfulnessScorer
    scorer = FaithfulnessScorer()
    started = time.perf_counter()
    progress.start(len(items), len(items) - len(pending), system)
    with RecordWriter(path) as writer:
        records = [it for it in pending if isinstance(it, Record)]
        for it in pending:
            if isinstance(it, Malformed):
                progress.notice(f"skipped {it.id}: {it.reason}")
                writer.write(malformed_record(it))
                progress.advance()
        if perturb:
            from tomtat.eval import perturb as perturb_mod
            for record in records:
                writer.write(perturb_mod.perturb_record(record, scorer))
                progress.advance()
        elif predictions is not None:
            for record in records:
                prediction = predictions.get(record.id)
                if prediction is None:
                    m = Malformed(record.index, record.id, "no prediction for this id")
                    progress.notice(f"skipped {m.id}: {m.reason}")
                    writer.write(malformed_record(m))
                else:
                    writer.write(score_article(record, prediction, scorer))
                progress.advance()
        else:
            # Longest first: similar lengths share a batch (less padding), and
            # the slowest batches come first so the ETA settles early.
            records.sort(key=lambda r: (-len(r.checker_text), r.index))
            for start in range(0, len(records), engine.batch_size):
                batch = records[start:start + engine.batch_size]
                t0 = time.perf_counter()
                outputs = engine.generate(batch)
                per_article = (time.perf_counter() - t0) / len(batch)
                for record, made in zip(batch, outputs):
                    if made.failure:
                        progress.notice(f"failed {record.id}: {made.failure}")
                        writer.write(failed_record(record, made))
                    else:
                        writer.write(score_article(record, made.summary, scorer, generate_s=per_article,
                                                   notes=made.notes, usage=made.usage))
                    progress.advance()
    wall = time.perf_counter() - started

    all_records = canonical(read_records(path))
    if perturb:
        from tomtat.eval import perturb as perturb_mod
        metrics = perturb_mod.aggregate(all_records, meta)
        timing_info = report_mod.timing(all_records, wall)
        report_mod.write_metrics(out / perturb_mod.METRICS_FILE, metrics)
        (out / perturb_mod.REPORT_FILE).write_text(perturb_mod.render_markdown(metrics, all_records),
                                                   encoding="utf-8")
    else:
        metrics = report_mod.aggregate(all_records, meta)
        timing_info = report_mod.timing(all_records, wall)
        report_mod.write_metrics(out / report_mod.METRICS_FILE, metrics)
        (out / report_mod.REPORT_FILE).write_text(
            report_mod.render_markdown(metrics, all_records, timing_info), encoding="utf-8")
    report_mod.write_metrics(out / report_mod.TIMING_FILE, timing_info)
    return RunResult(None if temporary else out, metrics, timing_info, all_records)
