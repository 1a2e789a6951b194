"""Figures of a run that readers would rather see than read, as PNG files beside `report.md`.

- ``figures/rouge-l.png``: how ROUGE-L (Vietnamese tokens) is spread over the
  articles, not only its mean;
- ``figures/verdicts.png``: the share of each checker verdict among the
  predictions' figures;
- ``figures/rouge-l-by-length.png``: ROUGE-L against the article's length, to see
  whether long articles fare worse.

matplotlib is optional (``pip install 'tomtat[plots]'``). Without it nothing is
drawn and `Drawn.missing` says how to get the figures; the report says so too.
Drawing uses matplotlib's object API on the Agg canvas: no display, no pyplot
state, nothing changed for a program that imports tomtat.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from tomtat.eval.faithfulness import VERDICTS
from tomtat.eval.rouge import VI

FIGURES_DIR = "figures"
PLOTS_EXTRA = "pip install 'tomtat[plots]'"

#: The terminal's verdict colours (tomtat.render), as matplotlib colours.
VERDICT_COLOURS = {"supported": "#2e9e44", "derived": "#1f9bb4", "mismatch": "#d62728",
                   "context_mismatch": "#b03aa8", "unsupported": "#e0a400"}


@dataclass
class Drawn:
    """The figures written (caption, path relative to the run folder), or why there are none."""

    figures: list[tuple[str, str]] = field(default_factory=list)
    missing: str | None = None


def draw_nothing(records: list[dict], metrics: dict, out: Path) -> Drawn:
    return Drawn()


def draw_evaluation(records: list[dict], metrics: dict, out: Path) -> Drawn:
    """The evaluation's figures in ``out/figures/``; without matplotlib, none and why."""
    try:
        from matplotlib.backends.backend_agg import FigureCanvasAgg
        from matplotlib.figure import Figure
    except ImportError:
        return Drawn(missing=f"matplotlib is not installed; {PLOTS_EXTRA}, then resume the run to draw "
                             "them (nothing is scored again)")
    ok = [r for r in records if r.get("status") == "ok"]
    if not ok:
        return Drawn(missing="no article was scored")
    folder = out / FIGURES_DIR
    folder.mkdir(exist_ok=True)
    system = metrics.get("meta", {}).get("system") or "system"
    drawn = Drawn()
    for caption, name, paint in (
            ("ROUGE-L per article", "rouge-l.png", _rouge_histogram),
            ("Verdicts of the predictions' figures", "verdicts.png", _verdict_shares),
            ("ROUGE-L by article length", "rouge-l-by-length.png", _rouge_by_length)):
        figure = Figure(figsize=(7, 3.6), dpi=110, layout="constrained")
        FigureCanvasAgg(figure)
        paint(figure.subplots(), ok, metrics, system)
        figure.savefig(folder / name, metadata={"Software": None})
        drawn.figures.append((caption, f"{FIGURES_DIR}/{name}"))
    return drawn


def _rouge_histogram(ax, ok: list[dict], metrics: dict, system: str) -> None:
    scores = [100 * r[VI]["rougeL"] for r in ok]
    ax.hist(scores, bins=range(0, 105, 5), color="#4c72b0", edgecolor="white")
    mean = metrics[VI]["rougeL"]["mean"]
    ax.axvline(mean, color="#222222", linestyle="--", linewidth=1)
    ax.annotate(f"mean {mean:.1f}", xy=(mean, 1), xycoords=("data", "axes fraction"),
                xytext=(4, -14), textcoords="offset points", fontsize=9)
    ax.set_xlim(0, 100)
    ax.set_xlabel("ROUGE-L F1 × 100 (Vietnamese tokens)")
    ax.set_ylabel("articles")
    ax.set_title(f"{system}: ROUGE-L of {len(scores)} articles", fontsize=11)


def _verdict_shares(ax, ok: list[dict], metrics: dict, system: str) -> None:
    # One bar per verdict, not a stacked bar: the flagged shares are often a few per
    # cent, too thin to see beside the supported share.
    counts = metrics["faithfulness"]["verdicts"]
    total = sum(counts.values())
    shares = [100 * counts[v] / total if total else 0.0 for v in VERDICTS]
    rows = range(len(VERDICTS))
    ax.barh(rows, shares, color=[VERDICT_COLOURS[v] for v in VERDICTS], height=0.6)
    for row, verdict, share in zip(rows, VERDICTS, shares):
        ax.text(share + 1, row, f"{share:.1f}% ({counts[verdict]})", va="center", fontsize=9)
    ax.set_yticks(list(rows), labels=list(VERDICTS))
    ax.invert_yaxis()   # supported on top, as in the report's table
    ax.set_xlim(0, 115)
    ax.set_xticks(range(0, 101, 20))
    ax.set_xlabel("share of the predictions' figures (%)")
    ax.set_title(f"{system}: checker verdicts of {total} figures", fontsize=11)


def _rouge_by_length(ax, ok: list[dict], metrics: dict, system: str) -> None:
    lengths = [r["lengths"]["article_syllables"] for r in ok]
    scores = [100 * r[VI]["rougeL"] for r in ok]
    flagged = [r["faithfulness"]["has_flag"] for r in ok]
    for has_flag, colour, label in ((False, "#4c72b0", "no flagged figure"),
                                    (True, VERDICT_COLOURS["mismatch"], "a flagged figure")):
        xs = [x for x, f in zip(lengths, flagged) if f is has_flag]
        ys = [y for y, f in zip(scores, flagged) if f is has_flag]
        ax.scatter(xs, ys, s=9, alpha=0.6, color=colour, label=f"{label} ({len(xs)})", linewidths=0)
    ax.set_ylim(0, 100)
    ax.set_xlabel("article length (syllables)")
    ax.set_ylabel("ROUGE-L F1 × 100")
    ax.set_title(f"{system}: ROUGE-L by article length", fontsize=11)
    ax.legend(fontsize=8, frameon=False)
