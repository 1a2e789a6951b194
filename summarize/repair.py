"""What the checker tells an LLM when it flags a figure, and what the notes say about it.

Pure functions over a check report: the flagged figures as lines for the repair
prompt (the figure, the verdict in Vietnamese, the checker's explanation), the
article sentences that hold the evidence (quoted), and one-line notes saying
what was flagged, what was asked and what changed.
"""
from __future__ import annotations

import difflib
from typing import Sequence

from tomtat.checks.segment import split_sentences

#: How the repair turn names each flagged verdict to the model.
VERDICT_VI = {
    "mismatch": "sai giá trị so với bài báo",
    "context_mismatch": "có trong bài nhưng thuộc về người, đơn vị, địa phương hoặc đối tượng khác",
    "unsupported": "bài báo không nêu con số này",
}
#: At most this many article sentences are quoted as evidence.
MAX_EVIDENCE_SENTENCES = 8
NO_EVIDENCE_VI = "(bài báo không có câu nào nêu các con số này)"


def flagged_lines(summary: str, report) -> str:
    """One line per flagged figure: the figure in its summary sentence, the verdict, why."""
    lines = []
    for cf in report.flagged:
        sentence = _sentence_around(summary, cf.figure.start)
        verdict = VERDICT_VI.get(cf.verdict.value, cf.verdict.value)
        why = f" (bộ kiểm tra: {cf.explanation})" if cf.explanation else ""
        lines.append(f"- «{cf.figure.text}» trong câu \"{sentence}\": {verdict}{why}")
    return "\n".join(lines)


def evidence_sentences(article_text: str, report) -> list[str]:
    """The article's sentences that hold the evidence of the flagged figures, in article order."""
    sentences = split_sentences(article_text)
    wanted: list[int] = []
    for cf in report.flagged:
        for span in cf.evidence:
            for i, s in enumerate(sentences):
                if s.start <= span.start < s.end and i not in wanted:
                    wanted.append(i)
    return [sentences[i].text for i in sorted(wanted)[:MAX_EVIDENCE_SENTENCES]]


def evidence_block(sentences: Sequence[str]) -> str:
    """The evidence sentences quoted one a line (`> ...`), or a line saying there are none."""
    return "\n".join(f"> {s}" for s in sentences) if sentences else NO_EVIDENCE_VI


def describe_flags(report) -> str:
    """`4.150 (context_mismatch: the article gives 4.150 to Thanh Mai, not to Bình Khê)`; ..."""
    return "; ".join(f"{cf.figure.text} ({cf.verdict.value}" + (f": {cf.explanation})" if cf.explanation else ")")
                     for cf in report.flagged)


def describe_change(before: str, after: str, limit: int = 3) -> str:
    """What the new summary changed, word by word: `"Bình Khê" -> "Thanh Mai"`; at most `limit` edits."""
    if before == after:
        return "the model returned the same summary"
    old, new = before.split(), after.split()
    edits = []
    for op, i1, i2, j1, j2 in difflib.SequenceMatcher(a=old, b=new, autojunk=False).get_opcodes():
        if op == "equal":
            continue
        removed, added = " ".join(old[i1:i2]), " ".join(new[j1:j2])
        if op == "replace":
            edits.append(f"\"{_short(removed)}\" -> \"{_short(added)}\"")
        elif op == "delete":
            edits.append(f"removed \"{_short(removed)}\"")
        else:
            edits.append(f"added \"{_short(added)}\"")
    more = f" and {len(edits) - limit} more edit(s)" if len(edits) > limit else ""
    return "changed " + "; ".join(edits[:limit]) + more


def repair_note(round_no: int, before: str, before_report, evidence: Sequence[str],
                after: str, after_report) -> str:
    """One line: what was flagged, what was asked, what changed, and the new count of flags."""
    n = len(before_report.flagged)
    return (f"llm repair round {round_no}: the summary had {n} flagged figure(s): {describe_flags(before_report)}; "
            f"asked the model to correct {'it' if n == 1 else 'them'}, quoting {len(evidence)} article "
            f"sentence(s); {describe_change(before, after)}; the new summary has "
            f"{len(after_report.flagged)} flagged figure(s)"
            + (f": {describe_flags(after_report)}" if after_report.flagged else ""))


def _sentence_around(text: str, offset: int) -> str:
    for s in split_sentences(text):
        if s.start <= offset < s.end:
            return s.text
    return text


def _short(text: str, limit: int = 60) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"
