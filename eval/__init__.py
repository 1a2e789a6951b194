"""Batch evaluation of summarisers: ROUGE in two tokenisations and figure faithfulness.

Importing this package imports neither torch nor transformers, nor the summariser:
`tomtat.summarize` is imported only by a run that generates with one of its engines.
Submodules import each other by full module path, never through this package.

Public API:
- `EvalConfig`, `run_eval(config, progress=None) -> RunResult`: a run (or a resumed one)
  writing ``config.json``, ``articles.jsonl``, ``metrics.json``, ``report.md``,
  ``timing.json`` and ``figures/`` (with matplotlib); with ``mode="perturb"`` the
  checker's stress test (``perturb.jsonl``, ``perturb.json``, ``perturb.md``);
  `MODES` describes both;
- `merge_runs(dirs, out, overwrite=False) -> RunResult`: merge shards;
- `load_records(source, fields=, limit=, shard=)`, `Record`, `Malformed`, `parse_fields`,
  `parse_shard`: the data loaders;
- `rouge_f1(reference, prediction)`, `VietnameseTokenizer`, `reference_scorer`: ROUGE;
- `mean_ci`, `ratio_ci`: bootstrap intervals;
- `LeadEngine`, `load_baseline`: the Lead-1/Lead-3 baselines.
"""
from __future__ import annotations

from .baselines import LeadEngine, load_baseline
from .bootstrap import mean_ci, ratio_ci
from .data import Malformed, Record, load_records, parse_fields, parse_shard, unsegment
from .merge import merge_runs
from .modes import MODES, Mode
from .rouge import DEFAULT, VI, VietnameseTokenizer, reference_scorer, rouge_f1
from .runner import EvalConfig, Progress, RunResult, run_eval

__all__ = [
    "DEFAULT", "MODES", "VI", "EvalConfig", "LeadEngine", "Malformed", "Mode", "Progress", "Record", "RunResult",
    "VietnameseTokenizer", "load_baseline", "load_records", "mean_ci", "merge_runs", "parse_fields",
    "parse_shard", "ratio_ci", "reference_scorer", "rouge_f1", "run_eval", "unsegment",
]
