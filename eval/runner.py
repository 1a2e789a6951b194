"""One evaluation run: read the set, get predictions, score each article, aggregate.

Predictions come from an engine (a lead baseline of `tomtat.eval.baselines`, or
`tomtat.summarize.load_engine` + `summarize_many`: batched, sorted by length) or
from a JSONL file of ``{"id", "prediction"}`` (`predictions`). A run of the
perturbation mode (`tomtat.eval.perturb`) corrupts the reference summaries
instead; `tomtat.eval.modes` holds what differs between the two.

Durability: every finished article is appended to the run's per-article file and
flushed before the next one starts; malformed records are written there too
(status "malformed" with where and why). `resume=True` keeps the complete
records already there (a torn or corrupt line costs that record only: it is done
again), skips those articles and appends the rest. Aggregation always re-reads
the whole file in canonical order, so the final `metrics.json` does not depend on
how many sessions the run took. See `tomtat.eval.store` for what guards the folder.
"""
from __future__ import annotations

import shutil
import tempfile
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Iterator, Protocol

from tomtat.errors import InputError, OptionError, RunStoreError
from tomtat.checks.segment import split_sentences
from tomtat.eval.baselines import load_baseline
from tomtat.eval.data import Malformed, Record, load_records, parse_json_object, record_id
from tomtat.eval.faithfulness import FaithfulnessScorer
from tomtat.eval.modes import MODES, Mode
from tomtat.eval.perturb import perturb_record
from tomtat.eval.rouge import rouge_f1, vi_tokenize
from tomtat.eval.store import (CONFIG_FILE, RecordWriter, canonical, check_folder, clear, read_config,
                               read_records, record_key, scan_records, write_json)
from tomtat.reading import Article

#: Config keys that must match for `resume` to continue a run.
#: The backend is checked too, once the engine is loaded (`_check_backend`): config.json
#: records the backend that ran, which `backend=None` leaves to the machine.
RESUME_KEYS = ("mode", "data", "fields", "limit", "shard", "engine", "model", "predictions")

__all__ = ["CONFIG_FILE", "EvalConfig", "Progress", "RunResult", "run_eval", "score_article"]


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
    backend: str | None = None   # ViT5's: ct2 or transformers; None is ct2 where installed
    batch_size: int = 8
    predictions: str | None = None
    resume: bool = False
    mode: str = "eval"        # a name of `tomtat.eval.modes.MODES`: "eval" or "perturb"
    overwrite: bool = False   # a new run may replace the run files already in `out`
    llm: dict | None = None   # `LLMSettings` fields for engine "llm" (never the API key)

    def to_json(self) -> dict:
        out = asdict(self)
        out["shard"] = list(self.shard) if self.shard else None
        del out["overwrite"]   # how this session treated the folder, not what the run is
        return out


@dataclass
class RunResult:
    out: Path | None
    metrics: dict
    timing: dict
    records: list[dict] = field(default_factory=list)
    notices: list[str] = field(default_factory=list)
    mode: str = "eval"     # the name of its `tomtat.eval.modes.Mode`

    @property
    def scored(self) -> int:
        return int(self.metrics.get("scored", 0))


class Progress:
    """Callbacks a front end implements; the default does nothing."""

    def start(self, total: int, done: int, description: str) -> None: ...

    def advance(self, n: int = 1) -> None: ...

    def notice(self, message: str) -> None: ...


# ---------------------------------------------------------------------------
# Scoring one article

def score_article(record: Record, prediction: str, scorer: FaithfulnessScorer, *, generate_s: float = 0.0,
                  notes: list[str] | None = None, usage: dict | None = None, report=None) -> dict:
    """The per-article record: prediction, ROUGE in both tokenisations, figures, lengths, time.
    `report`: the checker's report of `prediction` against the article's text
    (`record.checker_text`), where the engine's candidate choice made it already."""
    t0 = time.perf_counter()
    if report is None or record.written is not None:
        # an engine's report was made without the record's day of writing (an `Article` holds
        # only an exact day; a record's may be a day late): checked again with it
        facts = scorer.prepare(record.checker_text, record.written)   # once per article
        faith, figures = scorer.score(facts, prediction, record.summary)
    else:
        faith, figures = scorer.score_report(report, record.summary)
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
            "prediction_sentences": len(split_sentences(prediction)),
        },
        "time_s": {"generate": generate_s, "check": t1 - t0, "rouge": t2 - t1},
    }
    if notes:
        out["notes"] = notes
    if usage:   # token counts of a billed engine (llm)
        out["usage"] = usage
    return out


def malformed_record(m: Malformed) -> dict:
    return {"index": m.index, "id": m.id, "status": "malformed", "where": m.where, "reason": m.reason}


def failed_record(record: Record, made: "Generated") -> dict:
    """An article the engine failed on (a network or server error): a resumed run tries it again."""
    failed = {"index": record.index, "id": record.id, "status": "failed", "reason": made.failure}
    if made.usage:   # billed all the same
        failed["usage"] = made.usage
    return failed


# ---------------------------------------------------------------------------
# Where the per-article records come from

class Producer(Protocol):
    """Turns the set's records into per-article result records (one each, in any order)."""

    system: str
    model: str | None

    def produce(self, records: list[Record], scorer: FaithfulnessScorer) -> Iterator[dict]: ...


def load_predictions(path: str, progress: Progress) -> dict[str, str]:
    """id -> prediction from a JSONL file; bad lines are reported (with their number) and skipped."""
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
            row, reason = parse_json_object(raw, first_line=lineno == 1)
            if row is not None:
                reason = _prediction_problem(row)
            if reason:
                progress.notice(f"{path}:{lineno}: {reason}, skipped")
                continue
            predictions[record_id(row["id"])] = row["prediction"]
    if not predictions:
        raise InputError(f"{path}: no usable predictions (JSONL lines with \"id\" and \"prediction\")")
    return predictions


def _prediction_problem(row: dict) -> str | None:
    """Why a predictions line cannot be used, or None."""
    if record_id(row.get("id")) is None:
        return "needs an \"id\" (text or a whole number)"
    prediction = row.get("prediction")
    if not isinstance(prediction, str):
        return "needs a \"prediction\" that is text"
    try:
        prediction.encode("utf-8")
    except UnicodeEncodeError as exc:
        return f"\"prediction\" is not valid Unicode (a lone surrogate at character {exc.start})"
    return None


class PredictionsProducer:
    """Scores the predictions of a JSONL file; an article without one is malformed."""

    def __init__(self, path: str, progress: Progress) -> None:
        self.predictions = load_predictions(path, progress)
        self.system, self.model = f"predictions:{Path(path).name}", None

    def produce(self, records: list[Record], scorer: FaithfulnessScorer) -> Iterator[dict]:
        for record in records:
            prediction = self.predictions.get(record.id)
            if prediction is None:
                yield malformed_record(Malformed(record.index, record.id, "no prediction for this id"))
            else:
                yield score_article(record, prediction, scorer)


@dataclass
class Generated:
    """What the engine made of one article: its summary and notes, or why it failed; token usage if billed."""

    summary: str
    notes: list[str] = field(default_factory=list)
    failure: str | None = None
    usage: dict = field(default_factory=dict)
    report: object | None = None   # the checker's report of `summary` (`CheckReport`), if made already


class EngineProducer:
    """Generates summaries with a lead baseline or a `tomtat.summarize` engine, in batches.

    An engine that can fail on one article (llm: the server's errors) yields a "failed"
    record for it and goes on; a resumed run tries those articles again.
    """

    def __init__(self, config: EvalConfig, progress: Progress) -> None:
        self.batch_size = max(1, config.batch_size)
        self.lead = load_baseline(config.engine)
        if self.lead is not None:
            self.system, self.model = self.lead.name, None
            return
        # The summariser is imported only by runs that generate with it: a predictions or
        # lead run never loads it (see the import contract in pyproject.toml).
        from tomtat import summarize

        self.engine, notes = summarize.load_engine(config.engine, model=config.model, device=config.device,
                                                   quantize=config.quantize, llm=config.llm,
                                                   backend=config.backend)
        for note in notes:
            progress.notice(note)
        self._summarize_many = summarize.summarize_many
        # An engine that waits on a server keeps `concurrency` requests in flight: give it
        # batches big enough that one slow article does not leave the others idle.
        self.batch_size = max(self.batch_size, 4 * getattr(self.engine, "concurrency", 0))
        # Loaded even when nothing is left to generate: the name of the engine that
        # actually runs ("auto" -> "extractive") goes into metrics.json.
        self.system, self.model = self.engine.name, self.engine.model
        self.backend = getattr(self.engine, "backend", None)   # what runs ViT5; None for other engines

    def generate(self, records: list[Record]) -> list[Generated]:
        """What the engine made of each record, in order."""
        if self.lead is not None:
            return [Generated(self.lead.summary_of(r.article)) for r in records]
        articles = [Article(body=r.article, title=r.title, source=r.id) for r in records]
        results = self._summarize_many(articles, self.engine, batch_size=self.batch_size)
        # the candidate choice checked each summary against the article's text (title and body, as
        # `Record.checker_text`): its report is scored as it is, not checked again
        return [Generated(r.summary, list(r.notes), failure=r.failure, usage=dict(r.usage),
                          report=None if r.failure else r.report) for r in results]

    def produce(self, records: list[Record], scorer: FaithfulnessScorer) -> Iterator[dict]:
        # Longest first: similar lengths share a batch (less padding), and the
        # slowest batches come first so the ETA settles early.
        ordered = sorted(records, key=lambda r: (-len(r.checker_text), r.index))
        for start in range(0, len(ordered), self.batch_size):
            batch = ordered[start:start + self.batch_size]
            t0 = time.perf_counter()
            outputs = self.generate(batch)
            per_article = (time.perf_counter() - t0) / len(batch)
            for record, made in zip(batch, outputs):
                if made.failure:
                    yield failed_record(record, made)
                else:
                    yield score_article(record, made.summary, scorer, generate_s=per_article, notes=made.notes,
                                        usage=made.usage, report=made.report)


class PerturbationProducer:
    """The checker's stress test: corrupted copies of each reference summary, checked."""

    system, model = "perturbation test of the checker", None

    def produce(self, records: list[Record], scorer: FaithfulnessScorer) -> Iterator[dict]:
        for record in records:
            yield perturb_record(record)


def _producer(config: EvalConfig, mode: Mode, progress: Progress) -> Producer:
    if mode.name == "perturb":
        return PerturbationProducer()
    if config.predictions:
        return PredictionsProducer(config.predictions, progress)
    return EngineProducer(config, progress)


# ---------------------------------------------------------------------------
# The run

def _mode_of(config: EvalConfig) -> Mode:
    mode = MODES.get(config.mode)
    if mode is None:
        raise OptionError("mode", f"unknown mode {config.mode!r} (use {', '.join(MODES)})")
    if mode.name == "perturb" and config.predictions:
        raise OptionError("predictions", "the perturbation test corrupts the reference summaries; "
                                         "it takes no predictions")
    return mode


def _check_out(config: EvalConfig, mode: Mode) -> tuple[list[Path], dict | None]:
    """Refuse an output folder the run may not use; the run files `overwrite` will replace, and
    the configuration of the run being resumed (None for a new run)."""
    out = Path(config.out)
    stale = check_folder(out, mode.files, resume=config.resume, overwrite=config.overwrite)
    if not (config.resume and (out / CONFIG_FILE).exists()):
        return stale, None
    old, new = read_config(out), config.to_json()
    differing = [k for k in RESUME_KEYS if old.get(k) != new.get(k)]
    if config.backend and old.get("backend") not in (None, config.backend):   # asked for: no model to load
        differing.append("backend")
    if differing:
        raise RunStoreError(f"{out} holds another run: this one differs in {', '.join(differing)}; "
                            "resume it with the same settings, or overwrite it", ("overwrite",))
    return stale, old


def _check_backend(config: EvalConfig, old: dict, producer: Producer) -> None:
    """A resumed run goes on with the backend that wrote its summaries (ct2 and transformers differ).

    Checked once the engine is loaded, since `backend=None` means ct2 only where
    ctranslate2 is installed; still before anything is written. `old`: the resumed run's config.
    """
    before, now = old.get("backend"), _backend_of(producer)
    if before != now:
        raise RunStoreError(f"{config.out} holds a run generated on backend {before or '(none)'}, this one runs "
                            f"on {now or '(none)'}; resume it with the same backend, or overwrite it",
                            ("backend", "overwrite"))


def _backend_of(producer: Producer) -> str | None:
    return getattr(producer, "backend", None)


def run_eval(config: EvalConfig, progress: Progress | None = None) -> RunResult:
    """Run (or resume) an evaluation or a perturbation test; returns the aggregates.

    Bad settings, unreadable input and a folder the run may not use raise before
    anything is written or a model is loaded.
    """
    progress = progress or Progress()
    mode = _mode_of(config)
    items = list(load_records(config.data, fields=config.fields, limit=config.limit, shard=config.shard))
    stale, resumed = _check_out(config, mode) if config.out is not None else ([], None)
    producer = _producer(config, mode, progress)
    if resumed is not None:
        _check_backend(config, resumed, producer)
    if config.out is None:
        out, temporary = Path(tempfile.mkdtemp(prefix="tomtat-eval-")), True
    else:
        out, temporary = Path(config.out), False
        out.mkdir(parents=True, exist_ok=True)
        clear(stale)
    try:
        return _run(config, mode, producer, progress, items, out, temporary)
    finally:
        if temporary:
            shutil.rmtree(out, ignore_errors=True)


def _previous_records(path: Path, progress: Progress) -> list[dict]:
    """The records a resumed run keeps; lines that are not complete records are dropped and redone."""
    found = scan_records(path)
    if found.bad_lines:
        lines = ", ".join(map(str, found.bad_lines[:10])) + (", …" if len(found.bad_lines) > 10 else "")
        progress.notice(f"{path.name}: line(s) {lines} not a complete record; those articles are done again")
    return read_records(path, repair=True)


def _run(config: EvalConfig, mode: Mode, producer: Producer, progress: Progress, items: list,
         out: Path, temporary: bool) -> RunResult:
    path = out / mode.records_file
    previous = _previous_records(path, progress) if config.resume else []
    done = {record_key(r) for r in previous if r.get("status") != "failed"}   # failed: tried again
    # The backend that ran (ct2 or transformers), not the one asked for: None asks for ct2 only
    # where ctranslate2 is installed, and a resumed run must go on with the same one.
    write_json(out / CONFIG_FILE, {**config.to_json(), "backend": _backend_of(producer)})
    pending = [it for it in items if (it.index, it.id) not in done]
    meta = {"data": config.data, "system": producer.system, "model": producer.model, "limit": config.limit,
            "fields": config.fields}

    scorer = FaithfulnessScorer()
    started = time.perf_counter()
    progress.start(len(items), len(items) - len(pending), producer.system)
    with RecordWriter(path) as writer:
        for it in pending:
            if isinstance(it, Malformed):
                progress.notice(f"skipped {it.label}: {it.reason}")
                writer.write(malformed_record(it))
                progress.advance()
        records = [it for it in pending if isinstance(it, Record)]
        for result in producer.produce(records, scorer):
            if result["status"] == "malformed":
                progress.notice(f"skipped {result['id']}: {result['reason']}")
            elif result["status"] == "failed":
                progress.notice(f"failed {result['id']}: {result['reason']}")
            writer.write(result)
            progress.advance()
    wall = time.perf_counter() - started

    all_records = canonical(read_records(path))
    metrics, timing_info = mode.write_results(out, all_records, meta, wall, draw=not temporary)
    return RunResult(None if temporary else out, metrics, timing_info, all_records, mode=mode.name)
