"""Which readers' first tests hold in the articles the relation gate opens but where no relation is
found: what keeps those articles open, reader by reader.

    python benchmarks/reader_triggers.py [../shared/data/vietnews/val-2000.jsonl]

For every article `may_state_relations` opens and `relations_of` finds nothing in, each reader's
own first test (the condition it checks before reading any figure's grammar: a cue word said, a
percentage, a mark or a pattern; `relations._readers_opened` for the readers of percentages) is
asked. A gate that opened an article only for the readers whose trigger holds could close it
where none holds; the table says how many articles each reader keeps open, and how many it alone
keeps open. A trigger narrower than the first test has to be proven necessary reader by reader
(tests/test_checks_speed.py, "session 9, round 2").
"""
from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_checker import DEFAULT_DATA, load_pairs  # noqa: E402


def _says(phrases):
    return lambda doc: doc.says(phrases)


def first_tests(R) -> dict:
    """{reader name: its first test, a function of the reader's `_Doc`}."""
    said = {"_parts": R._PARTS_CUES, "_average": R._AVERAGE, "_excess": R._EXCESS,
            "_spread_of_pair": R._SPREAD, "_total_after_parts": R._TOTAL_AFTER, "_times": R._TIMES,
            "_remainder": R._REMAINDER, "_per_unit_range": R._EACH, "_parts_in_sentence_after": R._PARTS_OPENERS,
            "_parts_of_noun_named_again": R._EXHAUSTIVE, "_outcome_parts": R._WIN, "_raised_total": R._RAISE_TOTAL,
            "_counted_total": R._COUNTED_TOTAL, "_per_each": R._PER_EACH, "_worked_out_rest": R._WORKED_OUT}
    tests = {name: _says(phrases) for name, phrases in said.items()}
    tests.update({
        "readers of percentages": lambda doc: R._readers_opened(doc._cues) is R._READERS,
        "_change_from_to": lambda doc: doc.says(R._FROM) and (doc.says(R._UP_TO) or doc.says(R._DOWN_TO)),
        "_listed_after_total": lambda doc: bool(R._may_open_list(doc)),
        "_parts_after_with": lambda doc: R._WITH_PARTS_GATE.search(doc.lower) is not None,
        "_per_unit_restated": lambda doc: any(R._PER_NOUN_AFTER.match(doc.lower, f.end) for f in doc.figs),
        "_price_by_area": lambda doc: next(iter(R._per_area_marks(doc.lower)), None) is not None,
        "_gap_compared": lambda doc: bool(R._gaps_after_commas(doc)),
        "_search": lambda doc: bool(R._search_candidates(doc)),
    })
    return tests


def main(argv: list[str]) -> int:
    from tomtat.checks import extract_figures
    from tomtat.checks import relations as R
    from tomtat.checks.extract import lowercase

    path = Path(argv[0]) if argv else DEFAULT_DATA
    if not path.is_file():
        print(f"reader_triggers: error: no such file: {path}", file=sys.stderr)
        return 2
    tests = first_tests(R)
    holding, alone, held_per_article = Counter(), Counter(), Counter()
    opened = found = 0
    for article, _ in load_pairs(path):
        lower = lowercase(article)
        cues = R.TextCues(lower)
        if not R.may_state_relations(article, lower, cues):
            continue
        opened += 1
        figures = extract_figures(article, lower=lower)
        if R.relations_of(article, lower, figures, cues=cues):
            found += 1
            continue
        if not figures:
            held_per_article[0] += 1
            continue
        doc = R._Doc(article, lower, figures, cues)
        held = [name for name, test in tests.items() if test(doc)]
        held_per_article[len(held)] += 1
        holding.update(held)
        if len(held) == 1:
            alone[held[0]] += 1
    print(f"{path.name}: the gate opens {opened}; a relation found in {found}; none in {opened - found}")
    print("first tests holding per article with none:", ", ".join(f"{n}: {c}" for n, c in sorted(held_per_article.items())))
    print("| reader | articles with none it keeps open | it alone |\n|---|---|---|")
    for name, count in holding.most_common():
        print(f"| {name} | {count} | {alone[name]} |")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
