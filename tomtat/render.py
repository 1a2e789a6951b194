"""Rich terminal rendering of checked figures and relations (shared by `check` and `summarize`)."""
from __future__ import annotations

import errno

from rich.console import Console
from rich.markup import escape
from rich.table import Table
from rich.text import Text

from tomtat.checks.numbers import format_number
from tomtat.checks.relations import PERCENT_KINDS
from tomtat.checks.types import CheckReport, Figure, Kind, RelationStatus, Verdict
from tomtat.token_usage import token_line

VERDICT_STYLES = {
    Verdict.SUPPORTED: "green",
    Verdict.DERIVED: "cyan",
    Verdict.MISMATCH: "bold red",
    Verdict.CONTEXT_MISMATCH: "bold magenta",
    Verdict.UNSUPPORTED: "bold yellow",
}
STATUS_STYLES = {RelationStatus.CONSISTENT: "green", RelationStatus.INCONSISTENT: "bold red"}


class StdoutConsole(Console):
    """A console on stdout whose closed pipe raises `BrokenPipeError` for the CLI to handle.

    rich's own `on_broken_pipe` exits with status 1, which tomtat uses for "flagged".
    """

    def on_broken_pipe(self) -> None:
        self.quiet = True   # write nothing more
        raise BrokenPipeError(errno.EPIPE, "the reader of stdout closed it")


def highlighted(text: str, report: CheckReport) -> Text:
    """The summary with each figure coloured by its verdict."""
    out = Text(text)
    for checked in report.figures:
        out.stylize(VERDICT_STYLES[checked.verdict], checked.figure.start, checked.figure.end)
    return out


def format_value(fig: Figure) -> str:
    """A figure's normalised value for people: 25.529, 77,25%, 2019-05-14, 146/212."""
    v = fig.value
    if fig.kind in (Kind.DATE, Kind.TIME, Kind.IDENTIFIER, Kind.SCORE):
        return str(v)
    if fig.kind is Kind.RATIO:
        return f"{format_number(v[0])}/{format_number(v[1])}"
    if fig.kind is Kind.PERIOD:
        return f"{v[0]}–{v[1]}"
    if fig.kind in (Kind.YEAR, Kind.ORDINAL):
        return str(v)
    suffix = "%" if fig.kind is Kind.PERCENT or fig.unit == "%" else ""
    if isinstance(v, tuple):
        return f"{format_number(v[0])}–{format_number(v[1])}{suffix}"
    return f"{format_number(v)}{suffix}"


def figure_table(report: CheckReport) -> Table:
    table = Table(title="Figures", title_justify="left", expand=False)
    for col in ("figure", "value", "kind", "unit", "verdict", "why"):
        table.add_column(col, overflow="fold")
    for checked in report.figures:
        fig = checked.figure
        unit = fig.unit or ""
        if fig.qualifier:
            unit = f"{unit} ({fig.qualifier})".strip()
        table.add_row(fig.text, format_value(fig), fig.kind.value, unit,
                      Text(checked.verdict.value, style=VERDICT_STYLES[checked.verdict]),
                      checked.explanation)
    return table


#: The most relations the terminal table shows. A long article states tens of thousands (a
#: 10 MB report: 42,552, which rich took 19 s to lay out); past this many the table shows the
#: inconsistent ones first, then the first consistent ones, in the article's order, and says
#: how many it leaves out (`--json` lists every one).
RELATION_ROWS = 200


def relation_table(report: CheckReport, limit: int = RELATION_ROWS) -> Table:
    shown = _relations_shown(report, limit)
    left_out = len(report.relations) - len(shown)
    caption = None
    if left_out:
        caption = (f"{left_out:,} more relation{'s' if left_out != 1 else ''} not shown "
                   f"({len(report.inconsistent) - sum(r.status is RelationStatus.INCONSISTENT for r in shown):,}"
                   " of them inconsistent); --json lists every one")
    table = Table(title="The article's own arithmetic", title_justify="left", caption=caption,
                  caption_justify="left")
    for col in ("where", "arithmetic", "stated", "status"):
        table.add_column(col, overflow="fold")
    for rel in shown:
        where = _shorten(rel.text, 90)
        stated = format_number(rel.stated, None if float(rel.stated).is_integer() else 2)
        if rel.kind in PERCENT_KINDS:
            stated += "%"
        table.add_row(where, rel.formula, stated, Text(rel.status.value, style=STATUS_STYLES[rel.status]))
    return table


def _relations_shown(report: CheckReport, limit: int) -> list:
    """All the relations when they are `limit` or fewer; else `limit` of them, the inconsistent
    first, in the article's order."""
    if len(report.relations) <= limit:
        return list(report.relations)
    chosen = sorted(range(len(report.relations)),
                    key=lambda i: report.relations[i].status is not RelationStatus.INCONSISTENT)[:limit]
    return [report.relations[i] for i in sorted(chosen)]


def _shorten(text: str, width: int) -> str:
    """Keep the start and end of a long passage, cut at spaces: "6.300 đảng viên … đạt 100,2%"."""
    if len(text) <= width:
        return text
    half = width // 2 - 2
    head = text[:half].rsplit(" ", 1)[0]
    tail = text[-half:].split(" ", 1)[-1]
    return f"{head} … {tail}"


def render_report(console: Console, summary_text: str, report: CheckReport, title: str | None = None) -> None:
    """The summary highlighted, its figure table, then the article's relations, then a verdict line."""
    if title:
        console.print(Text(title, style="bold"))
        console.print()
    console.print(highlighted(summary_text, report))
    console.print()
    if report.figures:
        console.print(figure_table(report))
    else:
        console.print(Text("No figures in the summary.", style="dim"))
    if report.relations:
        console.print(relation_table(report))
    console.print(verdict_line(report))


def render_summary(console: Console, result) -> None:
    """A `tomtat.summarize.SummaryResult`: notes, the checked summary, engine and timing (and tokens, llm)."""
    for note in result.notes:   # notes quote article text: never read it as markup
        console.print(f"[yellow]note:[/] {escape(note)}", highlight=False, soft_wrap=True)
    render_report(console, result.summary, result.report, title=result.title)
    timing = ", ".join(f"{k} {v:.2f} s" for k, v in result.timing.items())
    model = f" ({escape(result.model)})" if result.model else ""
    console.print(f"[dim]engine: {result.engine}{model} · {timing}[/]", highlight=False)
    if result.usage:
        console.print(f"[dim]{token_line(result.usage)}[/]", highlight=False)


def render_relations(console: Console, report: CheckReport) -> None:
    """An article checked without a summary: its relations, then the verdict line."""
    if report.relations:
        console.print(relation_table(report))
    else:
        console.print("No relations between the article's figures found to check.")
    console.print(verdict_line(report))


def verdict_line(report: CheckReport) -> Text:
    flagged, inconsistent = len(report.flagged), len(report.inconsistent)
    if report.ok:
        n = len(report.figures)
        return Text(f"OK: {n} figure{'s' if n != 1 else ''} checked, none flagged; "
                    f"{len(report.relations)} article relation(s) consistent.", style="green")
    parts = []
    if flagged:
        parts.append(f"{flagged} flagged figure{'s' if flagged != 1 else ''}")
    if inconsistent:
        parts.append(f"{inconsistent} inconsistent article relation{'s' if inconsistent != 1 else ''}")
    return Text("FLAGGED: " + ", ".join(parts) + ".", style="bold red")
