"""Merge the per-article files of shards (runs with `shard=(I, N)`) into one result.

`merge_runs(dirs, out)` concatenates the shards' per-article files (of one
mode), keeps one record per (index, id), writes them in canonical order to
`out` and aggregates them exactly as a run does, so the merged `metrics.json`
equals that of one unsharded run.
"""
from __future__ import annotations

import json
from pathlib import Path

from tomtat.errors import InputError, OptionError
from tomtat.eval.modes import MODES, Mode, mode_of_folder
from tomtat.eval.runner import RunResult
from tomtat.eval.store import (CONFIG_FILE, RecordWriter, canonical, check_folder, clear, read_records,
                               record_key, write_json)

#: Config keys in which shards of one run agree.
SHARED_KEYS = ("data", "engine", "model", "predictions", "limit", "fields", "mode")


def _shard(folder: Path) -> tuple[Mode, dict, list[dict]]:
    """One shard folder's mode, configuration (empty if unreadable) and records."""
    if not folder.is_dir():
        raise OptionError("merge", f"{folder}: no such folder")
    mode = mode_of_folder(folder)
    if mode is None:
        names = " or ".join(m.records_file for m in MODES.values())
        raise OptionError("merge", f"{folder}: no {names} in it")
    try:
        config = json.loads((folder / CONFIG_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError, RecursionError):
        config = {}
    return mode, config if isinstance(config, dict) else {}, read_records(folder / mode.records_file)


def merge_runs(dirs: list[str], out: str, *, overwrite: bool = False) -> RunResult:
    """Merge shard folders into `out`; raises on missing or conflicting shards or a used `out`."""
    if not dirs:
        raise OptionError("merge", "needs at least one run folder")
    shards = [_shard(Path(d)) for d in dirs]
    modes = {mode.name for mode, _, _ in shards}
    if len(modes) > 1:
        raise OptionError("merge", "cannot mix evaluation runs and perturbation runs")
    mode = MODES[modes.pop()]
    configs = [config for _, config, _ in shards if config]
    for key in SHARED_KEYS:
        if len({json.dumps(c.get(key), sort_keys=True) for c in configs}) > 1:
            raise InputError(f"the runs to merge differ in {key}; they are not shards of one run")
    seen: dict[tuple, dict] = {}
    for _, _, records in shards:
        for r in records:
            key = record_key(r)
            if key in seen and seen[key].get("prediction") != r.get("prediction"):
                raise InputError(f"article {r.get('id')} appears in two runs with different predictions")
            seen[key] = r
    merged = canonical(seen.values())

    out_dir = Path(out)
    stale = check_folder(out_dir, mode.files, resume=False, overwrite=overwrite, resumable=False)
    out_dir.mkdir(parents=True, exist_ok=True)
    clear(stale)
    with RecordWriter(out_dir / mode.records_file) as writer:
        for r in merged:
            writer.write(r)
    config = dict(configs[0]) if configs else {}
    config["shard"] = None
    config["merged_from"] = [str(d) for d in dirs]
    write_json(out_dir / CONFIG_FILE, config)

    metrics, timing_info = mode.write_results(out_dir, merged, _meta_from(dirs, mode, config))
    return RunResult(out_dir, metrics, timing_info, merged, mode=mode.name)


def _meta_from(dirs: list[str], mode: Mode, config: dict) -> dict:
    """The shards' own `meta` (identical by construction), else one built from the config."""
    for d in dirs:
        try:
            return json.loads((Path(d) / mode.metrics_file).read_text(encoding="utf-8"))["meta"]
        except (OSError, ValueError, KeyError, TypeError):
            continue
    return {"data": config.get("data"), "system": config.get("engine"), "model": config.get("model"),
            "limit": config.get("limit"), "fields": config.get("fields")}
