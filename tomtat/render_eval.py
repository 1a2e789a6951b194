"""Rich terminal rendering of `tomtat eval`: the headline table, the stress-test table, progress."""
from __future__ import annotations

from rich.console import Console
from rich.progress import (BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn,
                           TimeRemainingColumn)
from rich.table import Table
from rich.text import Text

from tomtat.eval.rouge import DEFAULT, ROUGE_TYPES, VI
from tomtat.token_usage import token_line


def summary_table(metrics: dict, title: str | None = None) -> Table:
    """The headline numbers of an evaluation, for the end of a run."""
    table = Table(title=title or f"tomtat eval: {metrics.get('meta', {}).get('system', '')}")
    table.add_column("Metric")
    table.add_column("Mean", justify="right")
    table.add_column("95% CI", justify="right")

    def row(name: str, ci: dict, scale: float = 1.0, digits: int = 2) -> None:
        if ci.get("mean") is None:
            table.add_row(name, "n/a", "")
        else:
            table.add_row(name, f"{ci['mean'] * scale:.{digits}f}",
                          f"{ci['low'] * scale:.{digits}f} – {ci['high'] * scale:.{digits}f}")

    for label, short in ((VI, "vi"), (DEFAULT, "default")):
        for t in ROUGE_TYPES:
            row(f"{t.replace('rouge', 'ROUGE-')} ({short})", metrics[label][t])
    f = metrics["faithfulness"]
    row("figures / summary", f["figures_per_summary"])
    row("supported %", f["supported_share"], 100, 1)
    row("derived %", f["derived_share"], 100, 1)
    row("flagged %", f["flagged_share"], 100, 1)
    row("summaries with a flag %", f["summaries_with_flag"], 100, 1)
    row("key-figure recall %", f["key_figure_recall"], 100, 1)
    row("prediction syllables", metrics["lengths"]["prediction_syllables"], 1, 1)
    table.caption = f"{metrics['scored']} scored, {metrics['malformed']} malformed" + (
        f", {metrics['failed']} failed" if metrics.get("failed") else "")
    if metrics.get("usage"):
        table.caption += "\n" + token_line(metrics["usage"])
    return table


def perturbation_table(metrics: dict) -> Table:
    """Recall and false flags of the checker's stress test, per corruption type."""
    table = Table(title="Checker stress test: corrupted reference summaries")
    for col in ("Type", "Corruptions", "Eligible", "Recall", "Untouched", "Flagged untouched", "Induced"):
        table.add_column(col, justify="left" if col == "Type" else "right")
    for ctype, m in metrics["by_type"].items():
        table.add_row(ctype, str(m["corruptions"]), str(m["eligible"]), _share(m["recall"]),
                      str(m["untouched_figures"]), _share(m["false_flag_rate"]),
                      _share(m["induced_false_flag_rate"]))
    return table


def _share(ci: dict) -> str:
    return "n/a" if ci["mean"] is None else f"{100 * ci['mean']:.1f}%"


def timing_line(timing: dict) -> str | None:
    """"time per article: check 0.3 ms, generate 0.0 ms, rouge 0.2 ms", or None without timings."""
    per = {k.removesuffix("_s_per_article"): v for k, v in timing.items()
           if k.endswith("_s_per_article") and v is not None}
    if not per:
        return None
    return "time per article: " + ", ".join(f"{k} {v * 1000:.1f} ms" for k, v in per.items())


def render_run(console: Console, result) -> None:
    """The end of a run (`tomtat.eval.RunResult`): its table, time per article, where the files are."""
    if result.mode == "perturb":
        console.print(perturbation_table(result.metrics))
    else:
        console.print(summary_table(result.metrics))
        line = timing_line(result.timing or {})
        if line:
            console.print(line, highlight=False)
    if result.out is not None:
        console.print(f"results in {result.out}/", highlight=False)


class _Rate(TextColumn):
    """Articles a second since this session started."""

    def render(self, task) -> Text:
        speed = task.finished_speed or task.speed
        return Text(f"{speed:.1f} art/s" if speed else "- art/s")


class RichProgress:
    """The runner's progress callbacks (`tomtat.eval.Progress`) as a rich bar on stderr."""

    def __init__(self, enabled: bool) -> None:
        self.console = Console(stderr=True)
        self.enabled = enabled
        self._progress: Progress | None = None
        self._task = None

    def start(self, total: int, done: int, description: str) -> None:
        if not self.enabled:
            return
        self._progress = Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
                                  _Rate(""), TimeElapsedColumn(), TextColumn("ETA"), TimeRemainingColumn(),
                                  console=self.console, transient=False)
        self._progress.start()
        self._task = self._progress.add_task(description, total=total, completed=done)

    def advance(self, n: int = 1) -> None:
        if self._progress is not None:
            self._progress.advance(self._task, n)

    def notice(self, message: str) -> None:
        self.console.print(f"tomtat: {message}", markup=False, highlight=False, soft_wrap=True)

    def stop(self) -> None:
        if self._progress is not None:
            self._progress.stop()
            self._progress = None
