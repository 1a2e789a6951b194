"""The relation finder's three readers of sentence ends agree: a '.' between two digits is a
decimal point or a thousands mark ("1.5", "25.529"), never the end of a sentence, even where it
falls on the edge of the window that keeps a reader linear in the text."""
from tomtat.checks.relations import _MAX_CLAUSE, _clause_end, _clause_start, _sentence_spans

#: "1.5" with its '.' on the last character of the window `_clause_end` reads from 0.
AT_THE_EDGE = "a" * (_MAX_CLAUSE - 2) + "1.5 ha lúa. Tiếp theo."


def test_a_decimal_point_on_the_window_edge_does_not_end_the_clause():
    assert AT_THE_EDGE[_MAX_CLAUSE - 1] == "."
    assert _clause_end(AT_THE_EDGE, 0) == _MAX_CLAUSE   # the window's end, not the decimal point


def test_every_reader_passes_over_a_decimal_point():
    text = "Năng suất đạt 58.5 tạ. Sản lượng 72.540 tấn."
    first_stop = text.index("tạ.") + 2
    assert _clause_end(text, 0) == first_stop
    assert _clause_start(text, text.index("540")) == first_stop + 1
    assert _sentence_spans(text)[0] == (0, first_stop + 1)   # a sentence keeps its full stop
