"""Stress test of the checker: corrupt figures of reference summaries, see if it notices.

For each article, the reference summary is checked as it is ("clean"), then
corrupted copies are made, one per corruption type where the summary allows it:

- ``digit``: one digit of a quantity changes (173 -> 178). With a qualifier the
  first digit moves the way that makes the claim false ("hơn 25 nghìn" ->
  "hơn 45 nghìn"; "gần 200" -> "gần 100");
- ``swap``: two figures of the same kind in the summary exchange places; with
  only one, it is replaced by another figure of the same kind from the article;
- ``scale``: the scale word changes (nghìn <-> triệu <-> tỷ);
- ``percent``: a percentage moves by 3 to 10 points;
- ``date``: a date's day (or month, or year) shifts;
- ``subject``: the place or party body a figure belongs to (a name after an
  administrative word: "huyện Yên Sơn") is replaced by another one that the
  article gives a different figure of the same kind.

Only corruptions that really change the claim are counted: the corrupted span,
extracted again, must have a different value (for ``subject``: the article
must give the new subject a different figure of that kind and not this one).
Recall counts corrupted figures whose clean version the checker did not
already flag (otherwise a flag proves nothing); the false-flag rate counts the
figures the corruption left untouched: flagged in the corrupted copy, among all
untouched figures, and "induced" ones: untouched figures that the clean check
did not flag but the corrupted copy's check does.

Everything is deterministic: choices come from a random generator seeded with
the article id and the corruption type.
"""
from __future__ import annotations

import calendar
import hashlib
import random
import re
from typing import Any

from tomtat import checks
from tomtat.checks.subjects import names_in
from tomtat.eval.bootstrap import ratio_ci
from tomtat.eval.report import malformed_list

PERTURB_FILE = "perturb.jsonl"
METRICS_FILE = "perturb.json"
REPORT_FILE = "perturb.md"

TYPES = ("digit", "swap", "scale", "percent", "date", "subject")
QUANTITY = {"count", "money", "percent", "ratio", "range"}
FLAGGED = {"mismatch", "context_mismatch", "unsupported"}
_SCALE_RE = re.compile(r"\b(nghìn|ngàn|triệu|tỷ|tỉ)\b", re.IGNORECASE)
_UP = {"more_than", "at_least"}
_DOWN = {"less_than", "at_most", "nearly"}


def _kind(fig) -> str:
    return getattr(fig.kind, "value", fig.kind)


def _rng(record_id: str, ctype: str) -> random.Random:
    digest = hashlib.sha256(f"{record_id}\x00{ctype}".encode()).digest()
    return random.Random(int.from_bytes(digest[:8], "big"))


def _norm(value) -> Any:
    if isinstance(value, list):
        value = tuple(value)
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if isinstance(value, tuple):
        return tuple(_norm(v) for v in value)
    return value


# ---------------------------------------------------------------------------
# Corruptions: each returns a list of (start, end, new_text) edits on the summary

def _digit(summary: str, figs: list, article_figs: list, rng: random.Random):
    candidates = [f for f in figs if _kind(f) in QUANTITY - {"range"} and re.search(r"\d", f.text)]
    rng.shuffle(candidates)
    for fig in candidates:
        digits = [i for i, ch in enumerate(fig.text) if ch.isdigit()]
        if fig.qualifier in _UP or fig.qualifier in _DOWN or fig.qualifier in {"about", "vague"}:
            i = digits[0]
            d = int(fig.text[i])
            if fig.qualifier in _UP:
                new = d + 2 if d <= 7 else None
            elif fig.qualifier in _DOWN:
                new = d - 2 if d >= 3 else (d - 1 if d == 2 and len(digits) > 1 else None)
            else:
                new = d + 3 if d <= 6 else d - 3
            if new is None or new == d:
                continue
        else:
            i = rng.choice(digits)
            d = int(fig.text[i])
            choices = [x for x in range(10) if x != d and not (x == 0 and i == digits[0])]
            new = rng.choice(choices)
        text = fig.text[:i] + str(new) + fig.text[i + 1:]
        return [(fig.start, fig.end, text)], fig
    return None


def _swap(summary: str, figs: list, article_figs: list, rng: random.Random):
    kinds = QUANTITY | {"date", "year"}
    pool = [f for f in figs if _kind(f) in kinds]
    pairs = [(a, b) for i, a in enumerate(pool) for b in pool[i + 1:]
             if _kind(a) == _kind(b) and _norm(a.value) != _norm(b.value) and a.unit == b.unit]
    if pairs:
        a, b = rng.choice(pairs)
        return [(a.start, a.end, b.text), (b.start, b.end, a.text)], a
    # One figure of its kind: replace it with a different article figure of that kind.
    options = []
    for f in pool:
        others = [g for g in article_figs if _kind(g) == _kind(f) and _norm(g.value) != _norm(f.value)
                  and g.unit == f.unit and re.search(r"\d", g.text)]
        if others:
            options.append((f, others))
    if not options:
        return None
    f, others = rng.choice(options)
    g = rng.choice(others)
    return [(f.start, f.end, g.text)], f


def _scale(summary: str, figs: list, article_figs: list, rng: random.Random):
    candidates = [f for f in figs if _kind(f) in {"count", "money", "range"} and _SCALE_RE.search(f.text)]
    if not candidates:
        return None
    rng.shuffle(candidates)
    for fig in candidates:
        m = _SCALE_RE.search(fig.text)
        word = m.group(1).lower()
        # With "hơn/trên" only a larger scale makes the claim false (and a smaller one with "dưới/gần").
        if fig.qualifier in _UP or word in ("nghìn", "ngàn"):
            new = _SCALE_UP.get(word)
        elif fig.qualifier in _DOWN or word in ("tỷ", "tỉ"):
            new = _SCALE_DOWN.get(word)
        else:
            new = rng.choice([_SCALE_UP[word], _SCALE_DOWN[word]])
        if new is None or (fig.qualifier in _DOWN and word in ("nghìn", "ngàn")):
            continue
        text = fig.text[:m.start(1)] + new + fig.text[m.end(1):]
        return [(fig.start, fig.end, text)], fig
    return None


_SCALE_UP = {"nghìn": "triệu", "ngàn": "triệu", "triệu": "tỷ"}
_SCALE_DOWN = {"tỷ": "triệu", "tỉ": "triệu", "triệu": "nghìn"}


_PCT_NUMBER = re.compile(r"\d+(?:,(\d+))?")


def _percent(summary: str, figs: list, article_figs: list, rng: random.Random):
    candidates = [f for f in figs if _kind(f) == "percent" and _PCT_NUMBER.search(f.text)]
    if not candidates:
        return None
    fig = rng.choice(candidates)
    m = _PCT_NUMBER.search(fig.text)
    decimals = len(m.group(1)) if m.group(1) else 0
    value = float(m.group().replace(",", "."))
    delta = rng.choice([3, 4, 5, 7, 10])
    if fig.qualifier in _DOWN or (fig.qualifier not in _UP and value - delta > 0 and rng.random() < 0.5):
        delta = -delta
    new_value = value + delta
    if new_value <= 0:
        new_value = value + abs(delta)
    number = f"{new_value:.{decimals}f}".replace(".", ",")
    text = fig.text[:m.start()] + number + fig.text[m.end():]
    return [(fig.start, fig.end, text)], fig


_DMY = re.compile(r"(\d{1,2})([/\-.])(\d{1,2})(?:([/\-.])(\d{4}))?")
_MONTH = re.compile(r"(tháng\s+)(\d{1,2})")
_YEAR = re.compile(r"\d{4}")


def _date(summary: str, figs: list, article_figs: list, rng: random.Random):
    candidates = [f for f in figs if _kind(f) in {"date", "year"}]
    rng.shuffle(candidates)
    for fig in candidates:
        t = fig.text
        shift = rng.choice([1, 2, 3, 5, 7]) * rng.choice([1, -1])
        m = _DMY.search(t)
        if m and not t.lower().lstrip().startswith("tháng"):
            day, month = int(m.group(1)), int(m.group(3))
            year = int(m.group(5)) if m.group(5) else 2001
            if not (1 <= month <= 12):
                continue
            last = calendar.monthrange(year, month)[1]
            new_day = (day - 1 + shift) % last + 1
            if new_day == day:
                continue
            text = t[:m.start(1)] + str(new_day) + t[m.end(1):]
            return [(fig.start, fig.end, text)], fig
        m = _MONTH.search(t)
        if m:
            month = int(m.group(2))
            new_month = (month - 1 + shift) % 12 + 1
            if new_month == month:
                continue
            text = t[:m.start(2)] + str(new_month) + t[m.end(2):]
            return [(fig.start, fig.end, text)], fig
        m = _YEAR.search(t)
        if m:
            text = t[:m.start()] + str(int(m.group()) + (shift if abs(shift) <= 3 else shift // 2 or 1)) + t[m.end():]
            return [(fig.start, fig.end, text)], fig
    return None


_SENT_BOUNDS = re.compile(r"[^.!?\n;]+")


def _sentence_names(text: str) -> list[tuple[int, int, list[re.Match]]]:
    """Per sentence, the place and party-body names a figure can belong to ("huyện
    Yên Sơn", "tỉnh Bắc Giang"), found as the checker finds them: a subject is a name
    after an administrative word, not any capitalised word (nor a person)."""
    out = []
    for s in _SENT_BOUNDS.finditer(text):
        names, pos = [], s.start()
        for name, _level in names_in(text[s.start():s.end()]):
            m = re.compile(re.escape(name)).search(text, pos, s.end())
            if m is not None:
                names.append(m)
                pos = m.end()
        out.append((s.start(), s.end(), names))
    return out


def _subject(summary: str, figs: list, article_figs: list, rng: random.Random, article: str = ""):
    """Give a summary figure to another subject that the article quantifies differently."""
    art_sentences = _sentence_names(article)
    # name -> {(kind, unit): set of values} from the article, per sentence
    values_by_name: dict[str, dict[tuple, set]] = {}
    for s, e, names in art_sentences:
        in_sentence = [f for f in article_figs if s <= f.start < e and _kind(f) in QUANTITY]
        for name in names:
            slot = values_by_name.setdefault(name.group(), {})
            for f in in_sentence:
                slot.setdefault((_kind(f), f.unit), set()).add(_norm(f.value))
    options = []
    for s, e, names in _sentence_names(summary):
        for fig in figs:
            if not (s <= fig.start < e) or _kind(fig) not in QUANTITY:
                continue
            before = [n for n in names if n.end() <= fig.start]
            if not before:
                continue
            name = before[-1]
            key = (_kind(fig), fig.unit)
            value = _norm(fig.value)
            if value not in values_by_name.get(name.group(), {}).get(key, set()):
                continue   # the article does not tie this value to this name
            for other, slots in values_by_name.items():
                vals = slots.get(key)
                if other != name.group() and vals and value not in vals and other not in summary:
                    options.append((name, fig, other))
    if not options:
        return None
    name, fig, other = rng.choice(options)
    return [(name.start(), name.end(), other)], fig


CORRUPTORS = {"digit": _digit, "swap": _swap, "scale": _scale, "percent": _percent, "date": _date}


def _apply(summary: str, edits: list[tuple[int, int, str]]) -> tuple[str, list[tuple[int, int]], list]:
    """New text, the spans of the edits in it, and (old_start, shift) pairs for mapping offsets."""
    edits = sorted(edits)
    out, pos, shift = [], 0, 0
    spans, shifts = [], []
    for start, end, text in edits:
        out.append(summary[pos:start])
        new_start = start + shift
        out.append(text)
        spans.append((new_start, new_start + len(text)))
        shift += len(text) - (end - start)
        shifts.append((end, shift))
        pos = end
    out.append(summary[pos:])
    return "".join(out), spans, shifts


def _old_offset(new_start: int, edits: list, shifts: list) -> int:
    """Map an offset in the corrupted text (outside edits) back to the clean text."""
    shift = 0
    for (start, end, text), (old_end, s) in zip(sorted(edits), shifts):
        if new_start >= end + s:
            shift = s
    return new_start - shift


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def perturb_record(record, scorer=None) -> dict:
    """The per-article record of the stress test: every corruption made and what the checker said."""
    facts = checks.prepare_article(record.checker_text)
    clean = checks.check_summary(facts, record.summary)
    clean_verdicts = {(c.figure.start, c.figure.text): c.verdict.value for c in clean.figures}
    figs = [c.figure for c in clean.figures]
    article_figs = checks.extract_figures(record.checker_text)
    result: dict[str, Any] = {
        "index": record.index, "id": record.id, "status": "ok",
        "clean": {"figures": len(figs), "flagged": sum(v in FLAGGED for v in clean_verdicts.values())},
        "corruptions": [], "skipped": {},
    }
    for ctype in TYPES:
        rng = _rng(record.id, ctype)
        if ctype == "subject":
            made = _subject(record.summary, figs, article_figs, rng, record.checker_text)
        else:
            made = CORRUPTORS[ctype](record.summary, figs, article_figs, rng)
        if made is None:
            continue
        edits, target = made
        text, spans, shifts = _apply(record.summary, edits)
        # The corrupted figures: in the edited spans, or (subject) the figure itself.
        if ctype == "subject":
            t_new = _old_to_new(target.start, edits, shifts)
            corrupted_spans = [(t_new, t_new + len(target.text))]
        else:
            corrupted_spans = spans
        new_figs = checks.extract_figures(text)
        if ctype != "subject" and not _value_changed(edits, spans, figs, new_figs):
            result["skipped"][ctype] = result["skipped"].get(ctype, 0) + 1
            continue
        report = checks.check_summary(facts, text)
        hit, untouched = [], []
        for c in report.figures:
            span = (c.figure.start, c.figure.end)
            if any(_overlaps(span, cs) for cs in corrupted_spans):
                hit.append(c)
            elif not any(_overlaps(span, (s, e)) for s, e in spans):
                untouched.append(c)
        originals = [f for f in figs if any(_overlaps((f.start, f.end), (s, e)) for s, e, _ in edits)] \
            if ctype != "subject" else [target]
        eligible = bool(originals) and all(clean_verdicts.get((f.start, f.text)) not in FLAGGED
                                            for f in originals)
        untouched_flags, induced = [], []
        for c in untouched:
            if c.verdict.value in FLAGGED:
                untouched_flags.append(c.figure.text)
                old = _old_offset(c.figure.start, edits, shifts)
                if clean_verdicts.get((old, c.figure.text)) not in FLAGGED:
                    induced.append(c.figure.text)
        article_values = {(_kind(f), _norm(f.value)) for f in article_figs}
        new_in_article = any((_kind(f), _norm(f.value)) in article_values for f in new_figs
                             if any(_overlaps((f.start, f.end), cs) for cs in corrupted_spans))
        result["corruptions"].append({
            "type": ctype,
            # the new value is stated in the article (of something else): only context can tell
            "value_in_article": new_in_article,
            "summary": text,
            "original": [f.text for f in originals],
            "corrupted": [text[s:e] for s, e in corrupted_spans],
            "spans": [list(s) for s in corrupted_spans],
            "eligible": eligible,
            "detected": any(c.verdict.value in FLAGGED for c in hit),
            "verdicts": [c.verdict.value for c in hit],
            "explanations": [c.explanation for c in hit],
            "untouched": len(untouched),
            "untouched_flagged": untouched_flags,
            "induced": induced,
        })
    return result


def _old_to_new(old: int, edits: list, shifts: list) -> int:
    shift = 0
    for (start, end, text), (old_end, s) in zip(sorted(edits), shifts):
        if old >= end:
            shift = s
    return old + shift


def _value_changed(edits, spans, figs, new_figs) -> bool:
    """Did every edited figure's value really change? (A changed digit can leave the value, e.g. an identifier.)"""
    for (start, end, _), span in zip(sorted(edits), spans):
        before = [(_kind(f), _norm(f.value)) for f in figs if _overlaps((f.start, f.end), (start, end))]
        after = [(_kind(f), _norm(f.value)) for f in new_figs if _overlaps((f.start, f.end), span)]
        if not after or before == after:
            return False
    return True


# ---------------------------------------------------------------------------
# Aggregation and report

def aggregate(records: list[dict], meta: dict | None = None) -> dict:
    ok = [r for r in records if r.get("status") == "ok"]
    out: dict[str, Any] = {
        "meta": meta or {}, "articles": len(records), "scored": len(ok),
        "malformed": sum(r.get("status") == "malformed" for r in records),
        "malformed_records": malformed_list(records),
        "clean_reference": {"figures": sum(r["clean"]["figures"] for r in ok),
                            "flagged": sum(r["clean"]["flagged"] for r in ok)},
        "by_type": {},
    }
    for ctype in (*TYPES, "all"):
        per_article = []
        for r in ok:
            cs = [c for c in r["corruptions"] if ctype == "all" or c["type"] == ctype]
            per_article.append(cs)
        made = sum(len(cs) for cs in per_article)
        eligible = [sum(c["eligible"] for c in cs) for cs in per_article]
        detected = [sum(c["eligible"] and c["detected"] for c in cs) for cs in per_article]
        untouched = [sum(c["untouched"] for c in cs) for cs in per_article]
        flagged = [sum(len(c["untouched_flagged"]) for c in cs) for cs in per_article]
        induced = [sum(len(c["induced"]) for c in cs) for cs in per_article]
        in_art = [[c for c in cs if c["eligible"] and c.get("value_in_article")] for cs in per_article]
        not_in_art = [[c for c in cs if c["eligible"] and not c.get("value_in_article")] for cs in per_article]
        skipped = sum(r["skipped"].get(ctype, 0) for r in ok) if ctype != "all" else \
            sum(sum(r["skipped"].values()) for r in ok)
        out["by_type"][ctype] = {
            "corruptions": made,
            "skipped_no_value_change": skipped,
            "eligible": sum(eligible),
            "already_flagged_when_clean": made - sum(eligible),
            "detected": sum(detected),
            "recall": ratio_ci(detected, eligible),
            "recall_value_not_in_article": ratio_ci([sum(c["detected"] for c in cs) for cs in not_in_art],
                                                    [len(cs) for cs in not_in_art]),
            "recall_value_in_article": ratio_ci([sum(c["detected"] for c in cs) for cs in in_art],
                                                [len(cs) for cs in in_art]),
            "eligible_value_in_article": sum(len(cs) for cs in in_art),
            "eligible_value_not_in_article": sum(len(cs) for cs in not_in_art),
            "untouched_figures": sum(untouched),
            "untouched_flagged": sum(flagged),
            "false_flag_rate": ratio_ci(flagged, untouched),
            "induced_false_flags": sum(induced),
            "induced_false_flag_rate": ratio_ci(induced, untouched),
        }
    return out


def _pct(ci: dict) -> str:
    if ci.get("mean") is None:
        return "n/a"
    return f"{100 * ci['mean']:.1f}% [{100 * ci['low']:.1f}, {100 * ci['high']:.1f}]"


def render_markdown(metrics: dict, records: list[dict], examples: int = 8) -> str:
    lines = ["# Perturbation test of the figure checker", "",
             f"- data: `{metrics['meta'].get('data', '?')}`; articles: {metrics['articles']} "
             f"({metrics['scored']} used, {metrics['malformed']} malformed)",
             f"- clean reference summaries: {metrics['clean_reference']['figures']} figures, "
             f"{metrics['clean_reference']['flagged']} flagged before any corruption", "",
             "| Type | Corruptions | Eligible | Detected | Recall [95% CI] | Recall, new value not in article "
             "| Recall, new value in article | Untouched figures "
             "| Flagged untouched (rate) | Induced false flags (rate) |", "|---|---|---|---|---|---|---|---|---|---|"]
    for ctype, m in metrics["by_type"].items():
        lines.append(f"| {ctype} | {m['corruptions']} | {m['eligible']} | {m['detected']} | {_pct(m['recall'])} "
                     f"| {_pct(m['recall_value_not_in_article'])} (n={m['eligible_value_not_in_article']}) "
                     f"| {_pct(m['recall_value_in_article'])} (n={m['eligible_value_in_article']}) "
                     f"| {m['untouched_figures']} | {m['untouched_flagged']} ({_pct(m['false_flag_rate'])}) "
                     f"| {m['induced_false_flags']} ({_pct(m['induced_false_flag_rate'])}) |")
    lines += ["", "Eligible: corruptions of figures the checker did not flag in the clean reference. "
              "Flagged untouched: figures the corruption did not touch that are flagged in the corrupted copy "
              "(including those already flagged in the clean reference); induced: flagged only after the corruption.",
              ""]
    ok = [r for r in records if r.get("status") == "ok"]
    for ctype in TYPES:
        misses = [(r, c) for r in ok for c in r["corruptions"]
                  if c["type"] == ctype and c["eligible"] and not c["detected"]]
        if not misses:
            continue
        lines += [f"## Missed `{ctype}` corruptions ({len(misses)}), first {min(examples, len(misses))}", ""]
        for r, c in misses[:examples]:
            lines.append(f"- `{r['id']}`: {', '.join(c['original'])} -> **{', '.join(c['corrupted'])}** "
                         f"(verdicts: {', '.join(c['verdicts']) or 'no figure found'}; new value in article: "
                         f"{'yes' if c.get('value_in_article') else 'no'}): {c['summary'][:300]}")
        lines.append("")
    induced = [(r, c) for r in ok for c in r["corruptions"] if c["induced"]]
    if induced:
        lines += [f"## Induced false flags ({len(induced)} copies), first {min(examples, len(induced))}", ""]
        for r, c in induced[:examples]:
            lines.append(f"- `{r['id']}` ({c['type']}): {', '.join(c['induced'])}: {c['summary'][:300]}")
    return "\n".join(lines) + "\n"
