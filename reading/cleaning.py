"""Remove page furniture from text copied off a Vietnamese news page; keep title and body.

A copied page is a column of lines: breadcrumbs, a date line, the headline, a share bar,
font-size buttons, the article, a photo credit, a byline, tags, a "Tin liên quan" list of
other headlines with their dates, a comment form and a visitor counter. None of that is the
article, and its numbers (dates of other stories, "Hôm nay : 851") must reach neither the
summariser nor the figure checker.

The cleaner works line by line. Each line is classified (see `LineKind`) by the rule tables
just below, which are data: phrases, labels and headings written as a reader sees them on a
page. Only then is anything dropped:

1. classify every line, tracking whether we are inside a block that follows a block heading
   ("Tin liên quan", "Thống kê truy cập", ...): there, every line that is not body-like
   (a long sentence ending in a full stop) is furniture;
2. drop bylines and source lines ("Theo ...", "Nguồn: ...", "PV", an author's name) from the
   end of the body only: "Theo báo cáo, ..." in the middle of the article is body;
3. take the title: the first kept line, when it looks like a headline (short, no final full
   stop) and something is left after it.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from enum import Enum

# ---------------------------------------------------------------------------------------
# Rule tables. Phrases are compared after `_fold` (lower case, punctuation dropped, old/new
# tone placement unified: "hoạ" == "họa"), so write them as they appear on the page.
# ---------------------------------------------------------------------------------------

#: Phrases that make up furniture lines. A line is furniture when it is nothing but a run of
#: these (in any order), optionally with bare counts: "Chia sẻ Tweet Zalo", "A- A A+ | In
#: trang", "Bình luận (0)", "Lượt xem: 1.234".
FURNITURE_PHRASES = [
    # share bars
    "chia sẻ", "chia sẻ bài viết", "chia sẻ bài viết lên facebook", "chia sẻ lên facebook",
    "chia sẻ qua zalo", "share", "tweet", "zalo", "facebook", "twitter", "linkedin",
    "thích", "like", "copy link", "sao chép liên kết", "gửi email", "email", "gửi bài",
    # reading tools
    "a- a a+", "a a a", "cỡ chữ", "font size", "in", "in trang", "in bài", "in bài viết",
    "bản in", "lưu", "lưu bài", "lưu tin", "lưu bài viết", "nghe bài viết", "nghe đọc bài",
    "đọc bài", "nghe", "tải về", "quay lại", "trở lại", "về đầu trang", "đầu trang",
    "lên đầu trang", "trang chủ", "trang trước", "trang sau", "đóng",
    # page sections that are never article text
    "mới nhất", "xem nhiều nhất", "xem nhiều", "đọc nhiều nhất", "đọc nhiều", "tin nổi bật",
    "tiêu điểm", "phản hồi", "gửi phản hồi", "bình luận", "gửi bình luận", "ý kiến bạn đọc",
    "ý kiến", "trả lời", "lượt xem", "lượt đọc", "ảnh minh họa", "ảnh", "video",
    # comment form
    "họ tên", "họ và tên", "nội dung", "mã xác nhận", "nhập mã xác nhận", "gửi", "hủy",
    "nhập lại", "địa chỉ email",
]

#: Headings after which comes a list of other stories, a comment form or a counter. The
#: heading is furniture, and so is every following line until a body-like paragraph.
BLOCK_HEADINGS = [
    "tin liên quan", "bài liên quan", "bài viết liên quan", "tin bài liên quan",
    "xem thêm", "đọc thêm", "các tin khác", "tin khác", "các bài khác", "bài khác",
    "tin cùng chuyên mục", "cùng chuyên mục", "tin mới hơn", "tin cũ hơn", "các tin đã đưa",
    "tin đã đưa", "có thể bạn quan tâm", "bạn có thể quan tâm", "mới nhất", "tin mới nhất",
    "tin mới", "xem nhiều nhất", "xem nhiều", "đọc nhiều nhất", "đọc nhiều", "tin nổi bật",
    "tin tiêu điểm", "tin đọc nhiều", "phản hồi", "gửi phản hồi", "bình luận", "ý kiến bạn đọc",
    "thống kê truy cập", "thống kê", "lượt truy cập", "liên kết website", "liên kết web",
]

#: Labels of visitor counters: "<label> : <number>" alone on a line is a counter anywhere.
COUNTER_LABELS = [
    "đang truy cập", "đang online", "hôm nay", "hôm qua", "tổng truy cập",
    "tổng lượt truy cập", "lượt truy cập", "số lượt truy cập", "lượt xem", "lượt đọc",
    "máy chủ tìm kiếm",
]
#: Labels that could also head a row of a table of the article's own figures ("Tổng: 6.311"),
#: so "<label> : <number>" is a counter only under a block heading or right after a counter.
WEAK_COUNTER_LABELS = [
    "online", "trực tuyến", "tuần này", "tuần trước", "tháng này", "tháng trước",
    "tháng \\d{1,2}", "năm nay", "tất cả", "tổng", "tổng số", "khách", "thành viên",
]

#: Labels that, followed by a colon at the start of a short line, make it furniture,
#: by the kind of line they make ("tag", "credit" or "date").
LABELLED_FURNITURE = {
    "tag": ["từ khóa", "tags", "tag", "thẻ", "chủ đề"],
    "credit": ["ảnh", "ảnh minh họa", "nguồn ảnh", "ảnh tư liệu", "photo", "video", "clip",
               "bài và ảnh", "bài ảnh", "bài", "tác giả", "phóng viên",  # bylines
               "nguồn", "nguồn tin", "theo"],                            # source lines
    "date": ["cập nhật", "ngày đăng", "đăng lúc", "ngày cập nhật", "ngày xuất bản"],
}

#: Where a line carries "(Ảnh: ...)" or ends in "Ảnh: Name", it is a photo caption.
CAPTION_MARKERS = ["ảnh", "ảnh minh họa", "nguồn ảnh", "ảnh tư liệu", "photo"]

#: A publication-date line holds only dates, times, weekdays and these words.
DATE_LINE_WORDS = [
    "thứ hai", "thứ ba", "thứ tư", "thứ năm", "thứ sáu", "thứ bảy", "chủ nhật", "thứ 2",
    "thứ 3", "thứ 4", "thứ 5", "thứ 6", "thứ 7", "cn", "ngày", "tháng", "năm", "lúc", "giờ",
    "cập nhật", "ngày đăng", "đăng lúc", "đăng", "gmt", "gmt+7", "sáng", "chiều", "tối",
    "am", "pm", "sa", "ch",
]

#: Short source or agency credits that end an article ("PV", "TTXVN", "PV/TTXVN").
AGENCY_CREDITS = [
    "pv", "ctv", "btv", "ttxvn", "vna", "ttx", "vov", "vtv", "pv ttxvn", "nhóm pv",
    "pv nhóm pv", "tổng hợp", "theo ttxvn", "nhóm phóng viên",
]

#: Separators of breadcrumbs ("Trang chủ > Chính trị > Xây dựng Đảng").
BREADCRUMB_SEPARATORS = ">»›/|\\"

# Size limits that tell furniture from prose.
MAX_FURNITURE_CHARS = 200     # no share bar, counter or credit is longer than this
MAX_TAIL_CREDIT_WORDS = 8     # "Theo Báo Nhân Dân điện tử" at the end; longer is prose
MAX_NAME_WORDS = 6            # "Nguyễn Thị Minh Anh - Trần Hùng"
MAX_SECTION_LABEL_WORDS = 4   # "Thời sự - Chính trị" above a headline
MAX_TITLE_WORDS = 35
MAX_TITLE_CHARS = 250
MIN_BODY_LIKE_WORDS = 12      # inside a related-news block, a sentence this long ends it

# ---------------------------------------------------------------------------------------


class LineKind(str, Enum):
    """What a line of a copied page is."""

    BLANK = "blank"
    BODY = "body"
    FURNITURE = "furniture"       # share bar, font buttons, comment form, section tab
    BLOCK_HEADING = "heading"     # "Tin liên quan", "Thống kê truy cập", ...
    BLOCK_ITEM = "item"           # a line of the list under such a heading
    COUNTER = "counter"           # "Hôm nay : 851"
    CREDIT = "credit"             # photo caption/credit, byline, "Nguồn: ..."
    DATE = "date"                 # "Thứ Hai, 12/06/2023 - 08:15"
    TAG = "tag"                   # "Từ khóa: ..."
    BREADCRUMB = "breadcrumb"     # "Trang chủ > Chính trị"


@dataclass(frozen=True)
class Line:
    """One stripped line of the input and its class."""

    text: str
    kind: LineKind


# --- folding and matching --------------------------------------------------------------

# New-style tone placement ("hoà", "thuý") to old style ("hòa", "thúy"), so that one
# spelling in the tables matches both.
_TONE_PLACEMENT = {
    "oà": "òa", "oá": "óa", "oả": "ỏa", "oã": "õa", "oạ": "ọa",
    "oè": "òe", "oé": "óe", "oẻ": "ỏe", "oẽ": "õe", "oẹ": "ọe",
    "uỳ": "ùy", "uý": "úy", "uỷ": "ủy", "uỹ": "ũy", "uỵ": "ụy",
}
_TONE_RE = re.compile("|".join(_TONE_PLACEMENT))
# A token of a folded line: letters, digits, + and - (for "A- A A+"), and the dots and
# commas inside numbers; everything else is punctuation. Found directly (one `findall`, no
# substitution at every space and then a split: twice as fast over a 10 MB article); it
# opens with its first character class so that `re` skips ahead in C (a "." or "," inside a
# token has a digit before it, which the token holds).
_TOKEN = re.compile(r"[\w+\-](?:[\w+\-]|(?<=\d)[.,](?=\d))*")
# A run of white space other than one plain space: the runs `\s+` finds, less the single
# spaces, which replacing by a space leaves as they are (a substitution per word, otherwise).
_SPACES = re.compile(r"[^\S ]\s*| \s+")
_SPACES_IN_LINE = re.compile(r"[^\S \n][^\S\n]*| [^\S\n]+")
_ODD_SPACE = re.compile(r"[^\S \n]")   # with "  ", what `_SPACES_IN_LINE` needs to find anything


def _lower(text: str) -> str:
    """Lower case with one tone placement."""
    return _one_tone_placement(text.lower())


def _one_tone_placement(lower_case: str) -> str:
    """`_lower` of a text already in lower case (`str.lower`)."""
    return _TONE_RE.sub(lambda m: _TONE_PLACEMENT[m.group(0)], lower_case)


def _fold(text: str) -> str:
    """`_lower`, punctuation to single spaces (keeps + and -, and number punctuation)."""
    return _fold_lowered(_lower(text))


def _fold_lowered(lowered: str) -> str:
    """`_fold` of a text `_lower` has lowered already."""
    tokens = _TOKEN.findall(lowered)
    if "+" in lowered or "-" in lowered:  # a token of + and - alone is punctuation too
        tokens = [t for t in tokens if t.strip("+-")]
    return " ".join(tokens)


def _fold_all(phrases: list[str]) -> set[str]:
    return {_fold(p) for p in phrases}


def _alternation(phrases: list[str]) -> str:
    """A regex alternation of folded phrases, longest first (regex entries kept as is)."""
    folded = sorted({p if "\\" in p else re.escape(_fold(p)) for p in phrases}, key=len, reverse=True)
    return "|".join(folded)


_PHRASES = {tuple(p.split()) for p in _fold_all(FURNITURE_PHRASES)}
_PHRASE_MAX = max(len(p) for p in _PHRASES)
_HEADINGS = _fold_all(BLOCK_HEADINGS)
_AGENCIES = _fold_all(AGENCY_CREDITS)
_NUMBER_TOKEN = re.compile(r"^[\d.,]+$")
_COUNTER_RE = re.compile(rf"^(?:{_alternation(COUNTER_LABELS)})\s*[\d.,]+$")
_WEAK_COUNTER_RE = re.compile(rf"^(?:{_alternation(WEAK_COUNTER_LABELS)})\s*[\d.,]+$")
_LABEL_KIND = {_fold(label): kind for kind, labels in LABELLED_FURNITURE.items() for label in labels}
_LABELLED_RE = re.compile(rf"^\(?\s*({_alternation(list(_LABEL_KIND))})\s*[:：]")
_CAPTION_RE = re.compile(
    rf"(?:\(\s*(?:{_alternation(CAPTION_MARKERS)})\s*[:：][^()]*\)"        # "(Ảnh: Minh Anh)"
    rf"|[-–—.]\s*(?:{_alternation(CAPTION_MARKERS)})\s*[:：][^.]{{0,60}})\s*$")  # "... - Ảnh: TTXVN"
_DATE_TOKEN = re.compile(r"\b\d{1,2}[/.\-]\d{1,2}(?:[/.\-]\d{2,4})?\b|\b\d{1,2}\s*[:h]\s*\d{2}\b")
_DATE_WORDS_RE = re.compile(rf"\b(?:{_alternation(DATE_LINE_WORDS)})\b|\d+|[(),|:/.\-–—+]")
_TERMINAL = re.compile(r"[.…]['\"”’»)]*$")

# --- shortcuts -------------------------------------------------------------------------
# Most short lines of an article are prose that no furniture rule matches, and folding each
# of them (tone placement, then its tokens) for the rules to read was most of the time spent
# cleaning a long article. So a rule is skipped where the line lacks what every line it
# matches has; the kinds stay those of trying every rule (tests/test_cleaning.py holds
# `classify` to that long way round):
# - counters, block headings, runs of furniture phrases and date lines are nothing but the
#   entries of their tables, numbers and punctuation: their first word (its letters) opens
#   an entry ("Chia sẻ", "Hôm nay : 851"), and they have no letter that no entry has (as
#   "huyện", "từ" and "đặc" have);
# - a label ("Ảnh: ...") and a caption have a colon, a heading with its item ":", a
#   breadcrumb a separator and no digit or sentence punctuation, "Trang chủ ..." "trang".

#: The tables of the rules that read a line as a run of their entries.
_WORD_TABLES = FURNITURE_PHRASES + BLOCK_HEADINGS + COUNTER_LABELS + WEAK_COUNTER_LABELS + DATE_LINE_WORDS
_LETTER_RUN = re.compile(r"[^\W\d]+")                # word characters other than digits
_REGEX_ESCAPE = re.compile(r"\\\w(?:\{[\d,]*\})?")   # "\\d{1,2}" in a table: no letter
_FOLDED_ENTRIES = [_fold(_REGEX_ESCAPE.sub(" ", entry)) for entry in _WORD_TABLES]
_FIRST_LETTER_RUNS = {runs[0] for runs in map(_LETTER_RUN.findall, _FOLDED_ENTRIES) if runs}
_TABLE_LETTERS = {letter for entry in _FOLDED_ENTRIES for run in _LETTER_RUN.findall(entry) for letter in run}
# The rules read a line in one tone placement; before it, "hoạ" holds "ạ" where "họa" holds "a".
_LOWER_CASE_TABLE_LETTERS = _TABLE_LETTERS | {
    letter for new, old in _TONE_PLACEMENT.items() if set(old) <= _TABLE_LETTERS for letter in new}
#: A letter of a lower-case line that keeps it out of every rule made of the tables' entries.
_LETTER_OUTSIDE_TABLES = re.compile(
    "[^\\W\\d" + "".join(re.escape(letter) for letter in sorted(_LOWER_CASE_TABLE_LETTERS)) + "]")


def _may_be_table_entries(lower_case: str) -> bool:
    """False when a line in lower case cannot be a run of the word tables' entries (numbers
    and punctuation aside): its first letters open no entry, or it has a letter none has."""
    first = _LETTER_RUN.search(lower_case)
    if first is not None and _one_tone_placement(first.group()) not in _FIRST_LETTER_RUNS:
        return False
    return not _LETTER_OUTSIDE_TABLES.search(lower_case)


def _is_phrase_run(tokens: list[str]) -> bool:
    """True if `tokens` is a sequence of furniture phrases (and bare counts)."""
    n = len(tokens)
    reachable = [True] + [False] * n
    for i in range(n):
        if not reachable[i]:
            continue
        if _NUMBER_TOKEN.match(tokens[i]):
            reachable[i + 1] = True
        for size in range(1, min(_PHRASE_MAX, n - i) + 1):
            if tuple(tokens[i:i + size]) in _PHRASES:
                reachable[i + size] = True
    return reachable[n] and not all(_NUMBER_TOKEN.match(t) for t in tokens)


def _words(text: str) -> list[str]:
    return text.split()


def _is_body_like(text: str) -> bool:
    """A sentence long enough, ending in a full stop: prose, not a headline in a list."""
    return len(_words(text)) >= MIN_BODY_LIKE_WORDS and bool(_TERMINAL.search(text)) \
        and not _DATE_TOKEN.search(text[-14:])


def _is_heading(folded: str) -> bool:
    return folded in _HEADINGS


def _is_heading_with_item(text: str) -> bool:
    """"Xem thêm: <other headline>" on one line."""
    head, sep, rest = text.partition(":")
    return bool(sep) and _fold(head) in _HEADINGS and not _is_body_like(rest)


def _is_date_line(text: str) -> bool:
    if len(text) > 80:
        return False
    folded = text.lower()
    has_date = bool(_DATE_TOKEN.search(folded)) or ("tháng" in folded and "năm" in folded)
    return has_date and not _DATE_WORDS_RE.sub(" ", folded).strip()


_BREADCRUMB_SEPARATOR = re.compile(f"[{re.escape(BREADCRUMB_SEPARATORS)}]")
_NOT_IN_BREADCRUMBS = re.compile(r"[\d.,;:!?]")


def _is_breadcrumb(text: str) -> bool:
    if _NOT_IN_BREADCRUMBS.search(text):  # in one of the parts, then (no separator has one)
        return False
    parts = [p.strip() for p in _BREADCRUMB_SEPARATOR.split(text)]
    if len(parts) < 2 or any(not p for p in parts):
        return False
    return all(len(_words(p)) <= 5 and not _NOT_IN_BREADCRUMBS.search(p) for p in parts)


def _looks_like_name(text: str) -> bool:
    """An author's name or names alone on a line: "Minh Anh", "NGUYỄN HÙNG - THU HÀ"."""
    core = re.sub(r"\([^()]*\)", " ", text)      # "Hà Trang (tổng hợp)", "Minh Anh (TTXVN)"
    words = [w for w in re.split(r"[\s,\-–—/&]+", core) if w]
    if not words or len(words) > MAX_NAME_WORDS or re.search(r"[\d.:;!?]", core):
        return False
    return all(w[0].isupper() for w in words)


def _is_tail_credit(text: str) -> bool:
    """A byline or source line, as found after the last paragraph."""
    if len(text) > MAX_FURNITURE_CHARS:
        return False
    folded = _fold(text)
    if folded in _AGENCIES or _looks_like_name(text):
        return True
    if len(_words(text)) > MAX_TAIL_CREDIT_WORDS:
        return False
    # "Theo Báo Nhân Dân", "Nguồn: baochinhphu.vn", "Minh Anh/TTXVN": short, no sentence.
    return folded.startswith(("theo ", "nguồn ")) and not re.search(r"[,;]", text)


# --- classification --------------------------------------------------------------------


def classify(text: str, *, in_block: bool = False, after_counter: bool = False) -> LineKind:
    """The kind of one stripped line. `in_block`: we are under a block heading;
    `after_counter`: the line before was a visitor counter."""
    if not text:
        return LineKind.BLANK
    if len(text) <= MAX_FURNITURE_CHARS:        # longer lines are prose (or list items)
        kind = _furniture_kind(text, in_block=in_block, after_counter=after_counter)
        if kind is not None:
            return kind
    if in_block and not _is_body_like(text):
        return LineKind.BLOCK_ITEM
    return LineKind.BODY


def _furniture_kind(text: str, *, in_block: bool, after_counter: bool) -> LineKind | None:
    """The kind of a short line that a furniture rule matches, else None. The rules are tried
    in order, the first match wins; one that cannot match (see the shortcuts) is skipped."""
    lower_case = text.lower()
    # What the rules need (see the shortcuts); a rule is tried only on a line that has it.
    entries = _may_be_table_entries(lower_case)   # counters, headings, phrase runs, date lines
    colon = ":" in text or "：" in text            # labels, captions, a heading with its item
    trang = "trang" in lower_case                   # "Trang chủ ..."
    # The line folded, only where a rule reads it so (elsewhere None: a rule that read it by
    # mistake would fail loudly rather than answer wrong).
    lowered = _one_tone_placement(lower_case) if entries or colon or trang else None
    folded = _fold_lowered(lowered) if entries or trang else None
    if entries:
        if _COUNTER_RE.match(folded) or ((in_block or after_counter) and _WEAK_COUNTER_RE.match(folded)):
            return LineKind.COUNTER
        if _is_heading(folded):
            return LineKind.BLOCK_HEADING
    if colon and _is_heading_with_item(text):
        return LineKind.BLOCK_HEADING
    if "|" in text:
        # "Thứ Tư, 07/06/2023 - 10:05 | Lượt xem: 1.296": furniture when every part is.
        parts = [classify(part.strip(), in_block=in_block, after_counter=True)
                 for part in text.split("|") if part.strip()]
        if parts and all(k not in (LineKind.BODY, LineKind.BLOCK_HEADING) for k in parts):
            return parts[0] if len(set(parts)) == 1 else LineKind.FURNITURE
    if entries:
        tokens = folded.split()
        if tokens and len(tokens) <= 3 * _PHRASE_MAX and _is_phrase_run(tokens):
            return LineKind.FURNITURE
    labelled = _LABELLED_RE.match(lowered) if colon else None
    if labelled:
        return LineKind(_LABEL_KIND[_fold(labelled.group(1))])
    if entries and _is_date_line(text):
        return LineKind.DATE
    if colon and _CAPTION_RE.search(lowered):
        return LineKind.CREDIT
    if _is_breadcrumb(text) or (trang and folded.startswith("trang chủ ")):
        return LineKind.BREADCRUMB
    return None


def classify_lines(text: str) -> list[Line]:
    """Every line of `text`, stripped, with its kind; block headings open a block that
    lasts until the next body-like line."""
    lines: list[Line] = []
    in_block = after_counter = False
    for stripped in _stripped_lines(text):
        kind = classify(stripped, in_block=in_block, after_counter=after_counter)
        if kind is not LineKind.BLANK:
            after_counter = kind is LineKind.COUNTER
        if kind is LineKind.BLOCK_HEADING:
            in_block = True
        elif kind is LineKind.BODY:
            in_block = False
        lines.append(Line(stripped, kind))
    return lines


def _stripped_lines(text: str) -> list[str]:
    """Every line of `text` without zero-width spaces and BOMs, each run of white space one
    space, stripped."""
    lines = text.splitlines()
    if not lines:
        return []
    # One pass over the lines joined by "\n" rather than one a line (a 10 MB article has
    # 50,000): `_SPACES_IN_LINE` is `_SPACES` that never takes a "\n", and no line has one.
    # Where it finds nothing (two spaces, or white space other than a space: none in most
    # text), the substitution is skipped, as the search for it takes a third of its time.
    joined = "\n".join(lines).replace("\u200b", "").replace("\ufeff", "")
    if "  " in joined or _ODD_SPACE.search(joined):
        joined = _SPACES_IN_LINE.sub(" ", joined)
    return [line.strip() for line in joined.split("\n")]


def _looks_like_title(text: str) -> bool:
    if len(text) > MAX_TITLE_CHARS:
        return False
    words = _words(text)
    return (2 <= len(words) <= MAX_TITLE_WORDS and len(text) <= MAX_TITLE_CHARS
            and not _TERMINAL.search(text))


def clean_text(text: str, *, title: str | None = None) -> tuple[str | None, str]:
    """Split copied page text into (title, body) with page furniture removed.

    `title`: the title when already known (from HTML metadata); a body line repeating it is
    dropped. Otherwise the title is the first kept line when it reads as a headline and
    something is left after it. The body is the kept lines joined by newlines (one paragraph
    a line). Never raises; the body is never longer than `text`.
    """
    body = [line.text for line in classify_lines(text) if line.kind is LineKind.BODY]

    # Bylines and source lines: only at the end, after the last paragraph.
    while body and _is_tail_credit(body[-1]) and len(body) > 1:
        body.pop()

    if title is None:
        # A section label above the headline ("Xây dựng Đảng", "Thời sự"): a few words, no
        # digits, followed by a longer headline-like line.
        while len(body) > 2 and len(_words(body[0])) <= MAX_SECTION_LABEL_WORDS \
                and not re.search(r"[\d.:;!?]", body[0]) and _looks_like_title(body[1]) \
                and len(_words(body[1])) > len(_words(body[0])):
            body.pop(0)
        if len(body) > 1 and _looks_like_title(body[0]):
            title = body.pop(0)
    else:
        title = _SPACES.sub(" ", title).strip() or None
        if title and body and _fold(body[0]) == _fold(title):
            body.pop(0)
    return title, "\n".join(body)
