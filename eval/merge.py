"""Merge the per-article files of shards (`--shard I/N` runs) into one result.

`tomtat eval --merge DIR1 DIR2 ... --out DIR` concatenates the shards'
``articles.jsonl`` (or ``perturb.jsonl``), keeps one record per (index, id),
writes them in canonical order to ``DIR`` and aggregates them exactly as a run
does, so the merged `metrics.json` equals that of one unsharded run.
"""
from __future__ import annotations

import json
from pathlib import Path

from tomtat.errors import InputError
from tomtat.eval import report as report_mod
from tomtat.eval.runner import CONFIG_FILE, RunResult
from tomtat.eval.store import ARTICLES_FILE, RecordWriter, canonical, read_records, record_key


def merge_runs(dirs: list[str], out: str) -> RunResult:
    """Merge shard folders into `out`; raises InputError on missing or conflicting shards."""
    from tomtat.eval import perturb as perturb_mod

    if not dirs:
        raise InputError("--merge needs at least one run folder")
    configs, records, kinds = [], [], set()
    for d in dirs:
        folder = Path(d)
        if not folder.is_dir():
            raise InputError(f"--merge {d}: no such folder")
        if (folder / ARTICLES_FILE).exists():
            name = ARTICLES_FILE
        elif (folder / perturb_mod.PERTURB_FILE).exists():
            name = perturb_mod.PERTURB_FILE
        else:
            raise InputError(f"--merge {d}: no {ARTICLES_FILE} or {perturb_mod.PERTURB_FILE} in it")
        kinds.add(name)
        try:
            configs.append(json.loads((folder / CONFIG_FILE).read_text(encoding="utf-8")))
        except (OSError, json.JSONDecodeError):
            configs.append({})
        records.extend(read_records(folder / name))
    if len(kinds) > 1:
        raise InputError("--merge: cannot mix evaluation runs and perturbation runs")
    name = kinds.pop()
    for key in ("data", "engine", "model", "predictions", "limit", "fields", "mode"):
        values = {json.dumps(c.get(key), sort_keys=True) for c in configs if c}
        if len(values) > 1:
            raise InputError(f"--merge: the runs differ in {key}; they are not shards of one run")
    seen: dict[tuple, dict] = {}
    for r in records:
        key = record_key(r)
        if key in seen and seen[key].get("prediction") != r.get("prediction"):
            raise InputError(f"--merge: article {r.get('id')} appears in two runs with different predictions")
        seen[key] = r
    merged = canonical(seen.values())

    out_dir = Path(out)
    if out_dir.exists() and any(out_dir.iterdir()):
        raise InputError(f"--out {out}: not empty; choose a new folder for the merged run")
    out_dir.mkdir(parents=True, exist_ok=True)
    with RecordWriter(out_dir / name) as writer:
        for r in merged:
            writer.write(r)
    config = dict(next((c for c in configs if c), {}))
    config["shard"] = None
    config["merged_from"] = [str(d) for d in dirs]
    (out_dir / CONFIG_FILE).write_text(json.dumps(config, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")

    meta = _meta_from(dirs, name, config)
    timing_info = report_mod.timing(merged)
    if name == ARTICLES_FILE:
        metrics = report_mod.aggregate(merged, meta)
        report_mod.write_metrics(out_dir / report_mod.METRICS_FILE, metrics)
        (out_dir / report_mod.REPORT_FILE).write_text(
            report_mod.render_markdown(metrics, merged, timing_info), encoding="utf-8")
    else:
        metrics = perturb_mod.aggregate(merged, meta)
        report_mod.write_metrics(out_dir / perturb_mod.METRICS_FILE, metrics)
        (out_dir / perturb_mod.REPORT_FILE).write_text(perturb_mod.render_markdown(metrics, merged),
                                                       encoding="utf-8")
    report_mod.write_metrics(out_dir / report_mod.TIMING_FILE, timing_info)
    return RunResult(out_dir, metrics, timing_info, merged)


def _meta_from(dirs: list[str], name: str, config: dict) -> dict:
    """The shards' own `meta` (identical by construction), else one built from the config."""
    from tomtat.eval import perturb as perturb_mod

    metrics_name = report_mod.METRICS_FILE if name == ARTICLES_FILE else perturb_mod.METRICS_FILE
    for d in dirs:
        try:
            return json.loads((Path(d) / metrics_name).read_text(encoding="utf-8"))["meta"]
        except (OSError, json.JSONDecodeError, KeyError):
            continue
    return {"data": config.get("data"), "system": config.get("engine"), "model": config.get("model"),
            "limit": config.get("limit"), "fields": config.get("fields")}
