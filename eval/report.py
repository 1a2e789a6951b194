"""Aggregate a run's per-article records into `metrics.json` and `report.md`.

Aggregation reads only the per-article records, in canonical order (position in
the set, then id), with a fixed bootstrap seed: the same records always give the
same `metrics.json`, whether the run was uninterrupted, resumed or merged from
shards. Nothing that varies between runs (timings, dates) goes into
`metrics.json`; timings go into `timing.json` and the report.
"""
from __future__ import annotations

from typing import Any

from tomtat.eval.bootstrap import DEFAULT_RESAMPLES, DEFAULT_SEED, mean_ci, ratio_ci
from tomtat.eval.faithfulness import FLAGGED, VERDICTS
from tomtat.eval.plots import Drawn
from tomtat.eval.rouge import DEFAULT, ROUGE_TYPES, VI
from tomtat.token_usage import token_line

METRICS_FILE = "metrics.json"
REPORT_FILE = "report.md"
TIMING_FILE = "timing.json"

ROUGE_LABELS = {
    VI: "ROUGE (Vietnamese tokens: NFC, lowercase, syllables with diacritics)",
    DEFAULT: "ROUGE (rouge_score default tokenizer: a-z0-9 only; for published tables)",
}


def aggregate(records: list[dict], meta: dict[str, Any] | None = None) -> dict[str, Any]:
    """metrics.json's content from per-article records already in canonical order."""
    ok = [r for r in records if r.get("status") == "ok"]
    malformed = [r for r in records if r.get("status") == "malformed"]
    metrics: dict[str, Any] = {
        "meta": meta or {},
        "articles": len(records),
        "scored": len(ok),
        "malformed": len(malformed),
        "malformed_records": malformed_list(records),
    }
    failed = failed_list(records)
    if failed:   # the engine failed on them (e.g. an LLM server's errors); resuming retries them
        metrics["failed"] = len(failed)
        metrics["failed_records"] = failed
    usage = token_usage(records)
    if usage:
        metrics["usage"] = usage
    for label in (VI, DEFAULT):
        metrics[label] = {name: _percent(mean_ci([r[label][name] for r in ok])) for name in ROUGE_TYPES}
    faith = [r["faithfulness"] for r in ok]
    figures = [f["figures"] for f in faith]
    verdicts = {v: sum(f["verdicts"].get(v, 0) for f in faith) for v in VERDICTS}
    metrics["faithfulness"] = {
        "figures_per_summary": mean_ci(figures),
        "supported_share": ratio_ci([f["supported"] for f in faith], figures),
        "derived_share": ratio_ci([f["derived"] for f in faith], figures),
        "flagged_share": ratio_ci([f["flagged"] for f in faith], figures),
        "summaries_with_flag": mean_ci([1.0 if f["has_flag"] else 0.0 for f in faith]),
        "key_figure_recall": ratio_ci([f["reference_kept"] for f in faith],
                                      [f["reference_figures"] for f in faith]),
        "verdicts": verdicts,
        "figures": sum(figures),
        "flagged": sum(verdicts[v] for v in FLAGGED),
        "reference_figures": sum(f["reference_figures"] for f in faith),
        "reference_kept": sum(f["reference_kept"] for f in faith),
    }
    metrics["lengths"] = {
        name: mean_ci([r["lengths"][name] for r in ok])
        for name in ("article_syllables", "reference_syllables", "prediction_syllables", "prediction_sentences")
    }
    metrics["bootstrap"] = {"confidence": 0.95, "resamples": DEFAULT_RESAMPLES, "seed": DEFAULT_SEED,
                            "method": "percentile; units are articles"}
    return metrics


def malformed_list(records: list[dict]) -> list[dict]:
    """The malformed records of a run, for `metrics.json`: id, place in the set, where, why."""
    return [{"id": r["id"], "index": r.get("index"), "where": r.get("where"), "reason": r.get("reason", "")}
            for r in records if r.get("status") == "malformed"]


def failed_list(records: list[dict]) -> list[dict]:
    """The articles the engine failed on (e.g. an LLM server's errors), for `metrics.json`."""
    return [{"id": r["id"], "index": r.get("index"), "reason": r.get("reason", "")}
            for r in records if r.get("status") == "failed"]


#: Token counts summed over the records of a billed engine (`engine="llm"`).
USAGE_KEYS = ("prompt_tokens", "completion_tokens", "total_tokens", "turns")


def token_usage(records: list[dict]) -> dict[str, int] | None:
    """The server's token counts summed over all records (failed ones too: they were billed).

    Answers taken from the response cache count as they did when first billed, so a
    resumed or re-run evaluation reports the same sums; how many turns this session
    took from the cache is in timing.json (`cached_turns`).
    """
    billed = [r["usage"] for r in records if isinstance(r.get("usage"), dict)]
    if not billed:
        return None
    return {key: sum(int(u.get(key, 0)) for u in billed) for key in USAGE_KEYS}


def timing(records: list[dict], wall_s: float | None = None) -> dict[str, Any]:
    """Time per article by stage (mean seconds), from the records' own timings."""
    ok = [r for r in records if r.get("status") == "ok" and "time_s" in r]
    stages = sorted({k for r in ok for k in r["time_s"]})
    out: dict[str, Any] = {"articles": len(ok)}
    for stage in stages:
        values = [r["time_s"].get(stage, 0.0) for r in ok]
        out[f"{stage}_s_per_article"] = sum(values) / len(values) if values else None
        out[f"{stage}_s_total"] = sum(values)
    if wall_s is not None:
        out["wall_s_this_session"] = wall_s
    cached = [r["usage"].get("cached_turns", 0) for r in records if isinstance(r.get("usage"), dict)]
    if cached:
        out["cached_turns"] = sum(cached)
    return out


def _percent(ci: dict) -> dict:
    return {k: (v * 100 if isinstance(v, float) and k != "n" else v) for k, v in ci.items()}


# ---------------------------------------------------------------------------
# Markdown

def _fmt(ci: dict | None, digits: int = 2, scale: float = 1.0) -> str:
    if not ci or ci.get("mean") is None:
        return "n/a"
    return (f"{ci['mean'] * scale:.{digits}f} "
            f"[{ci['low'] * scale:.{digits}f}, {ci['high'] * scale:.{digits}f}]")


def _md_escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("*", "\\*").replace("_", "\\_").replace("|", "\\|")


def figures_md(figures: Drawn | None) -> list[str]:
    """The report's figures section: the images, or how to get them."""
    if figures is None:
        return []
    lines = ["## Figures", ""]
    if figures.missing:
        return lines + [f"No figures: {figures.missing}.", ""]
    for caption, path in figures.figures:
        lines += [f"![{caption}]({path})", ""]
    return lines


def highlight_flagged(text: str, figures: list[dict]) -> str:
    """The summary as markdown with flagged figures in bold, verdict after each."""
    spans = sorted((f for f in figures if f.get("verdict") in FLAGGED), key=lambda f: f["start"])
    out, pos = [], 0
    for fig in spans:
        if fig["start"] < pos:
            continue
        out.append(_md_escape(text[pos:fig["start"]]))
        out.append(f"**{_md_escape(text[fig['start']:fig['end']])}** _[{fig['verdict']}]_")
        pos = fig["end"]
    out.append(_md_escape(text[pos:]))
    return "".join(out).replace("\n", " ")


def metrics_table_md(rows: list[tuple[str, dict]]) -> str:
    """One markdown table row per system: ROUGE in both tokenisations and faithfulness."""
    head = ("| System | R-1 vi | R-2 vi | R-L vi | R-1 default | R-2 default | R-L default "
            "| Figures/summary | Supported | Derived | Flagged | Summaries with a flag | Key-figure recall |")
    lines = [head, "|" + "---|" * 13]
    for name, m in rows:
        f = m["faithfulness"]
        lines.append("| " + " | ".join([
            name,
            *(_fmt(m[VI][t]) for t in ROUGE_TYPES),
            *(_fmt(m[DEFAULT][t]) for t in ROUGE_TYPES),
            _fmt(f["figures_per_summary"]),
            _fmt(f["supported_share"], 1, 100), _fmt(f["derived_share"], 1, 100),
            _fmt(f["flagged_share"], 1, 100), _fmt(f["summaries_with_flag"], 1, 100),
            _fmt(f["key_figure_recall"], 1, 100),
        ]) + " |")
    return "\n".join(lines)


def render_markdown(metrics: dict, records: list[dict], timing_info: dict | None = None,
                    worst: int = 10, figures: Drawn | None = None) -> str:
    meta = metrics.get("meta", {})
    system = meta.get("system", "system")
    lines = [f"# Evaluation: {system}", ""]
    if meta:
        lines += [f"- data: `{meta.get('data', '?')}`", f"- system: `{system}`"]
        if meta.get("model"):
            lines.append(f"- model: `{meta['model']}`")
    failed = f", {metrics['failed']} failed" if metrics.get("failed") else ""
    lines += [f"- articles: {metrics['articles']} ({metrics['scored']} scored, {metrics['malformed']} malformed{failed})",
              "- values: mean [95% bootstrap CI]; ROUGE F1 x 100; shares in %", ""]
    lines += ["## Scores", "", metrics_table_md([(system, metrics)]), "",
              "`vi`: " + ROUGE_LABELS[VI] + ". `default`: " + ROUGE_LABELS[DEFAULT] + ".", ""]
    lines += figures_md(figures)
    f = metrics["faithfulness"]
    lines += ["## Verdicts of the prediction's figures", "", "| Verdict | Figures | Share |", "|---|---|---|"]
    total = f["figures"] or 1
    for v in VERDICTS:
        lines.append(f"| {v} | {f['verdicts'][v]} | {100 * f['verdicts'][v] / total:.1f}% |")
    lines += ["", f"Key figures of the references: {f['reference_figures']}, kept in the predictions: "
                  f"{f['reference_kept']}.", ""]
    L = metrics["lengths"]
    lines += ["## Lengths (syllables)", "",
              f"- article {_fmt(L['article_syllables'], 1)}; reference {_fmt(L['reference_syllables'], 1)}; "
              f"prediction {_fmt(L['prediction_syllables'], 1)}; prediction sentences "
              f"{_fmt(L['prediction_sentences'], 2)}", ""]
    if timing_info:
        lines += ["## Time per article (this machine; not in metrics.json)", ""]
        for key, value in sorted(timing_info.items()):
            if key.endswith("_per_article") and value is not None:
                lines.append(f"- {key.removesuffix('_s_per_article')}: {value * 1000:.2f} ms")
        lines.append("")
    ok = [r for r in records if r.get("status") == "ok"]
    flagged = [r for r in ok if r["faithfulness"]["flagged"]]
    flagged.sort(key=lambda r: (-r["faithfulness"]["flagged"], r[VI]["rougeL"], r.get("index", 0)))
    lines += [f"## Worst examples: most flagged figures ({len(flagged)} summaries have one)", ""]
    for r in flagged[:worst]:
        lines.append(f"**{_md_escape(r['id'])}** (ROUGE-L vi {100 * r[VI]['rougeL']:.1f}):  ")
        lines.append(highlight_flagged(r["prediction"], r.get("figures", [])))
        for fig in r.get("figures", []):
            if fig.get("verdict") in FLAGGED:
                lines.append(f"- `{fig['text']}`: {fig['verdict']}: {_md_escape(fig.get('explanation', ''))}")
        lines.append("")
    lowest = sorted(ok, key=lambda r: (r[VI]["rougeL"], r.get("index", 0)))[:min(5, worst)]
    lines += ["## Lowest ROUGE-L (vi)", ""]
    for r in lowest:
        lines.append(f"- **{_md_escape(r['id'])}** ({100 * r[VI]['rougeL']:.1f}): "
                     f"{highlight_flagged(r['prediction'], r.get('figures', []))[:400]}")
    if metrics["malformed_records"]:
        lines += ["", "## Malformed records (skipped)", ""]
        for m in metrics["malformed_records"][:50]:
            where = f" ({m['where']})" if m.get("where") and m["where"] != m["id"] else ""
            lines.append(f"- `{m['id']}`{where}: {_md_escape(m['reason'])}")
    if metrics.get("failed_records"):
        lines += ["", "## Failed articles (the engine failed; resuming the run tries them again)", ""]
        for m in metrics["failed_records"][:50]:
            lines.append(f"- `{m['id']}`: {_md_escape(m['reason'])}")
    if metrics.get("usage"):
        lines += ["", "## Token usage (as the server reported it)", "", f"- {token_line(metrics['usage'])}"]
    return "\n".join(lines) + "\n"
