"""The checker's knowledge of Vietnamese, as data.

Everything the extractor and the verifier know about words lives in these
tables; the code in `numbers.py`, `extract.py` and `verify.py` only reads them.
Add a word here rather than a special case there. All keys are lowercase NFC.
"""
from __future__ import annotations

# --- Number words ----------------------------------------------------------

#: Digit words. "mốt" (1), "tư" (4) and "lăm"/"nhăm" (5) only follow a tens
#: word ("hai mươi mốt", "hai mươi tư", "mười lăm"); `numbers.parse_number_words`
#: enforces where each may stand.
DIGIT_WORDS = {
    "không": 0, "một": 1, "hai": 2, "ba": 3, "bốn": 4, "năm": 5,
    "sáu": 6, "bảy": 7, "bẩy": 7, "tám": 8, "chín": 9,
}
AFTER_TENS_DIGITS = {"mốt": 1, "tư": 4, "lăm": 5, "nhăm": 5}
TEN_WORDS = {"mười": 10}
TENS_MARKERS = {"mươi"}               # "hai mươi" = 2 × 10
HUNDRED_WORDS = {"trăm": 100}
ZERO_TENS_WORDS = {"linh", "lẻ"}      # "một trăm linh năm" = 105
HALF_AFTER = {"rưỡi"}                 # "hai triệu rưỡi" = 2,5 triệu

#: Scale words, after digits or number words: "3,2 tỷ", "hai nghìn".
SCALE_WORDS = {
    "nghìn tỷ": 10**12, "ngàn tỷ": 10**12,
    "nghìn": 10**3, "ngàn": 10**3,
    "triệu": 10**6,
    "tỷ": 10**9, "tỉ": 10**9,
}

#: Single number words that are also ordinary words ("năm" = year, "ba" = father,
#: "một" = a): alone they count only before a unit noun from UNIT_NOUNS.
AMBIGUOUS_SINGLE_WORDS = {"một", "năm", "ba", "không", "tư", "mười", "trăm"}

#: Vague amounts: "hàng trăm" means somewhere from 100 to under 1 000.
VAGUE_AMOUNTS = {
    "hàng chục": (10, 100), "hàng trăm": (100, 1_000), "hàng nghìn": (1_000, 10**6),
    "hàng ngàn": (1_000, 10**6), "hàng vạn": (10_000, 10**6), "hàng chục nghìn": (10_000, 100_000),
    "hàng chục ngàn": (10_000, 100_000), "hàng trăm nghìn": (100_000, 10**6),
    "hàng triệu": (10**6, 10**9), "hàng tỷ": (10**9, 10**12), "vài chục": (20, 100),
    "vài trăm": (200, 1_000), "vài nghìn": (2_000, 10_000), "vài ngàn": (2_000, 10_000),
    "hàng chục triệu": (10**7, 10**8), "hàng trăm triệu": (10**8, 10**9),
    "hàng chục tỷ": (10**10, 10**11), "hàng trăm tỷ": (10**11, 10**12), "hàng nghìn tỷ": (10**12, 10**13),
    "vài triệu": (2 * 10**6, 10**7), "vài tỷ": (2 * 10**9, 10**10), "vài chục nghìn": (20_000, 100_000),
}

ROMAN_NUMERALS = {
    "I": 1, "II": 2, "III": 3, "IV": 4, "V": 5, "VI": 6, "VII": 7, "VIII": 8, "IX": 9,
    "X": 10, "XI": 11, "XII": 12, "XIII": 13, "XIV": 14, "XV": 15, "XVI": 16,
    "XVII": 17, "XVIII": 18, "XIX": 19, "XX": 20, "XXI": 21, "XXII": 22,
}

# --- Qualifiers --------------------------------------------------------------

#: Words before a figure that say how the true value relates to the one written.
#: The value is the qualifier's code in `Figure.qualifier` and in JSON.
QUALIFIERS = {
    "hơn": "more_than", "trên": "more_than", "ngoài": "more_than", "hơn nữa": None,
    "gần": "nearly", "gần như": "nearly", "suýt": "nearly", "xuýt xoát": "nearly",
    "khoảng": "about", "chừng": "about", "xấp xỉ": "about", "tầm": "about",
    "ước": "about", "ước tính": "about", "ước khoảng": "about", "khoảng chừng": "about",
    "độ": "about", "cỡ": "about", "gần khoảng": "about",
    "dưới": "less_than", "chưa đến": "less_than", "chưa tới": "less_than", "không đến": "less_than",
    "ít nhất": "at_least", "tối thiểu": "at_least", "không dưới": "at_least", "ít ra": "at_least",
    "từ": None,  # "từ 3 đến 4": a range opener, handled by the range rule
    "tối đa": "at_most", "nhiều nhất": "at_most", "không quá": "at_most", "không vượt quá": "at_most",
    "lên tới": None, "lên đến": None,  # emphasis, not approximation
}


# --- Units -------------------------------------------------------------------

#: What a figure counts. Keys are the words after the number (longest match
#: wins); values are the canonical unit. Multi-word units first in meaning:
#: "tổ chức cơ sở đảng" must beat "tổ chức".
UNIT_NOUNS = {
    # people
    "người": "người", "đảng viên": "đảng viên", "quần chúng": "quần chúng",
    "học sinh": "học sinh", "sinh viên": "sinh viên", "giáo viên": "giáo viên",
    "bệnh nhân": "bệnh nhân", "ca": "ca", "ca mắc": "ca", "ca bệnh": "ca", "ca nhiễm": "ca",
    "trường hợp": "trường hợp", "công nhân": "công nhân", "lao động": "lao động",
    "cán bộ": "cán bộ", "chiến sĩ": "chiến sĩ", "đối tượng": "đối tượng", "bị can": "bị can",
    "bị cáo": "bị cáo", "nạn nhân": "nạn nhân", "thí sinh": "thí sinh", "hộ": "hộ",
    "hộ dân": "hộ", "hộ gia đình": "hộ", "gia đình": "gia đình", "đại biểu": "đại biểu",
    "nhân viên": "nhân viên", "công chức": "công chức", "viên chức": "viên chức",
    "cử tri": "cử tri", "du khách": "du khách", "lượt khách": "lượt khách", "khách": "khách",
    "cầu thủ": "cầu thủ", "vận động viên": "vận động viên", "trẻ": "trẻ em", "trẻ em": "trẻ em",
    "cháu": "cháu", "em": "em", "đoàn viên": "đoàn viên", "hội viên": "hội viên",
    "người dân": "người", "nhân khẩu": "nhân khẩu", "phạm nhân": "phạm nhân",
    "bị hại": "bị hại", "người bị hại": "bị hại", "đồng bọn": "đồng phạm", "đồng phạm": "đồng phạm",
    "đồng nghiệp": "đồng nghiệp", "đồng chí": "người", "viên": "viên", "viên thuốc": "viên", "nghi phạm": "nghi phạm", "thủ phạm": "thủ phạm",
    "bé": "trẻ em", "bé gái": "trẻ em", "bé trai": "trẻ em", "cháu bé": "trẻ em", "học viên": "học viên",
    "ông": "người", "bà": "người", "anh": "người", "chị": "người", "cô gái": "người", "chàng trai": "người",
    "thanh niên": "người", "thiếu niên": "người", "phụ nữ": "người", "đàn ông": "người", "nam giới": "người",
    "nữ giới": "người", "công dân": "người", "thí sinh nữ": "thí sinh", "người con": "người", "con": "con",
    # party and administrative bodies
    "tổ chức đảng": "tổ chức đảng", "tổ chức cơ sở đảng": "tổ chức cơ sở đảng",
    "chi bộ": "chi bộ", "đảng bộ": "đảng bộ", "tổ chức": "tổ chức",
    "xã": "xã", "phường": "phường", "thị trấn": "thị trấn", "huyện": "huyện", "tỉnh": "tỉnh",
    "thôn": "thôn", "bản": "bản", "xóm": "xóm", "ấp": "ấp", "khu phố": "khu phố",
    "doanh nghiệp": "doanh nghiệp", "công ty": "công ty", "trường": "trường", "cơ sở": "cơ sở",
    "đơn vị": "đơn vị", "quốc gia": "quốc gia", "nước": "nước", "địa phương": "địa phương",
    "dự án": "dự án", "văn bản": "văn bản", "đề án": "đề án", "nghị quyết": "nghị quyết",
    "cuộc": "cuộc", "cuộc kiểm tra": "cuộc kiểm tra", "cuộc giám sát": "cuộc giám sát",
    "vụ": "vụ", "vụ án": "vụ án", "vụ việc": "vụ việc", "vụ tai nạn": "vụ tai nạn",
    "lần": "lần", "lượt": "lượt", "đợt": "đợt", "hồ sơ": "hồ sơ", "đơn": "đơn",
    "giải": "giải", "huy chương": "huy chương", "huy chương vàng": "huy chương vàng",
    "bàn": "bàn", "điểm": "điểm", "phiếu": "phiếu", "ghế": "ghế", "vị trí": "vị trí",
    "căn hộ": "căn hộ", "căn": "căn", "nhà": "nhà", "ngôi nhà": "nhà", "phòng": "phòng",
    "xe": "xe", "ô tô": "ô tô", "xe máy": "xe máy", "chiếc": "chiếc",
    "tàu": "tàu", "chuyến": "chuyến", "chuyến bay": "chuyến bay", "cây": "cây",
    "bài": "bài", "sản phẩm": "sản phẩm", "mẫu": "mẫu", "liều": "liều", "liều vắc xin": "liều",
    "tác phẩm": "tác phẩm", "cuốn": "cuốn", "bộ": "bộ", "tập": "tập", "trận": "trận",
    "khu": "khu", "tuyến": "tuyến", "công trình": "công trình", "cầu": "cầu",
    "mặt hàng": "mặt hàng", "hecta": "ha", "héc-ta": "ha", "ha": "ha", "hécta": "ha",
    # measures
    "km": "km", "ki-lô-mét": "km", "cây số": "km", "m": "m", "mét": "m", "m2": "m2", "m²": "m2",
    "m3": "m3", "m³": "m3", "cm": "cm", "mm": "mm", "kg": "kg", "ki-lô-gam": "kg",
    "tấn": "tấn", "tạ": "tạ", "gam": "g", "g": "g", "lít": "lít", "độ c": "độ C", "độ": "độ",
    "mw": "MW", "kw": "kW", "kwh": "kWh", "vòng": "vòng",
    # time spans
    "năm": "năm", "tháng": "tháng", "tuần": "tuần", "ngày": "ngày", "giờ": "giờ",
    "tiếng": "giờ", "phút": "phút", "giây": "giây", "tuổi": "tuổi", "thập kỷ": "thập kỷ",
    "năm tù": "năm tù", "tháng tù": "tháng tù", "ngày tù": "ngày tù", "năm tù giam": "năm tù",
    "năm tù treo": "năm tù treo", "tháng tù treo": "tháng tù treo",
    "nhiệm kỳ": "nhiệm kỳ", "kỳ": "kỳ",
}

#: Money units: a figure followed by one of these is kind MONEY with this unit.
MONEY_UNITS = {
    "đồng": "đồng", "đ": "đồng", "vnđ": "đồng", "vnd": "đồng", "việt nam đồng": "đồng",
    "usd": "USD", "đô la": "USD", "đô la mỹ": "USD", "đô": "USD", "$": "USD",
    "euro": "EUR", "eur": "EUR", "yên": "JPY", "nhân dân tệ": "CNY", "bảng anh": "GBP",
    "won": "KRW", "bạt": "THB", "ringgit": "MYR",
}

#: Classifiers that stand between a number and its noun: "2 chiếc xe" counts xe.
CLASSIFIERS = {"chiếc", "con", "cái", "quả", "tấm", "bức", "ngôi", "cuốn", "bản"}

#: A broader unit that a narrower one is a kind of: "173 người" may restate
#: "173 đảng viên". Compatible units share a genus or are each other's genus.
UNIT_GENUS = {
    "đảng viên": "người", "quần chúng": "người", "học sinh": "người", "sinh viên": "người",
    "giáo viên": "người", "bệnh nhân": "người", "công nhân": "người", "lao động": "người",
    "cán bộ": "người", "chiến sĩ": "người", "đối tượng": "người", "bị can": "người",
    "bị cáo": "người", "nạn nhân": "người", "thí sinh": "người", "đại biểu": "người",
    "nhân viên": "người", "công chức": "người", "viên chức": "người", "cử tri": "người",
    "du khách": "người", "khách": "người", "cầu thủ": "người", "vận động viên": "người",
    "trẻ em": "người", "cháu": "người", "em": "người", "đoàn viên": "người", "hội viên": "người",
    "phạm nhân": "người", "nhân khẩu": "người", "trường hợp": "người", "ca": "trường hợp",
    "bị hại": "người", "nghi phạm": "người", "thủ phạm": "người", "học viên": "người",
    "đồng phạm": "người", "đồng nghiệp": "người",
    "tổ chức cơ sở đảng": "tổ chức đảng", "chi bộ": "tổ chức đảng", "đảng bộ": "tổ chức đảng",
    "tổ chức đảng": "tổ chức", "năm tù": "năm", "tháng tù": "tháng",
    "căn hộ": "căn", "xe máy": "xe", "ô tô": "xe", "vụ án": "vụ", "vụ việc": "vụ",
    "vụ tai nạn": "vụ", "cuộc kiểm tra": "cuộc", "cuộc giám sát": "cuộc",
    "huy chương vàng": "huy chương", "chuyến bay": "chuyến",
}

#: Words after a unit that narrow it. Two figures whose details come from the
#: same group but differ count different things ("36 đảng viên chính thức" is
#: not "7 đảng viên dự bị").
EXCLUSIVE_DETAILS = (
    frozenset({"chính thức", "dự bị"}),
    frozenset({"nam", "nữ"}),
    frozenset({"trong nước", "nước ngoài"}),
    frozenset({"tử vong", "bị thương", "mắc mới", "khỏi bệnh"}),
    frozenset({"vàng", "bạc", "đồng"}),
    frozenset({"nội thành", "ngoại thành"}),
    frozenset({"công lập", "ngoài công lập"}),
)
DETAIL_WORDS = frozenset().union(*EXCLUSIVE_DETAILS)

#: Words that never start a unit: when the word after a number is one of these,
#: the figure has no unit.
NOT_UNIT_WORDS = {
    "và", "hoặc", "với", "của", "là", "thì", "mà", "nhưng", "so", "trong", "ngoài", "tại", "ở",
    "đã", "đang", "sẽ", "được", "bị", "cho", "đến", "tới", "từ", "theo", "này", "đó", "kia",
    "trên", "dưới", "hơn", "gần", "về", "có", "không", "cũng", "vẫn", "còn", "nữa",
    "đạt", "tăng", "giảm", "vượt", "chiếm", "bằng", "khi", "nên", "vì", "do", "để", "như",
    "sau", "trước", "lúc", "vào", "ra", "lên", "xuống", "người", "năm", "ngày", "tháng",
}

# --- Dates and identifiers -----------------------------------------------------

#: Words after a small "d/m" that make it a fraction ("2/3 số đảng viên"), not a date.
FRACTION_CUE_WORDS = {"số", "tổng", "tổng số", "diện tích", "dân số", "lượng", "trong"}

#: Words before a number that make it a name, not a quantity: "số 17-HD/BTCTW",
#: "Chỉ thị 28", "quốc lộ 1A", "điện thoại 0912...".
IDENTIFIER_CUE_WORDS = {
    "số", "chỉ thị", "nghị quyết", "nghị định", "quyết định", "thông tư", "hướng dẫn",
    "kết luận", "quy định", "công văn", "điều", "khoản", "mục", "chương", "tờ trình",
    "kế hoạch số", "quốc lộ", "tỉnh lộ", "đường", "phòng", "tầng", "tổ", "khu", "lô", "ô",
    "điện thoại", "đt", "sđt", "hotline", "fax", "mã", "mã số", "biển số", "biển kiểm soát",
    "bks", "tài khoản", "phiên bản", "hạng", "khối", "lớp", "ấp", "tổ dân phố", "căn hộ",
    "mẫu", "nhóm", "covid", "sư đoàn", "trung đoàn", "tiểu đoàn", "quân đoàn", "vòng",
    "bảng", "số hiệu", "chuyến bay", "ngõ", "ngách", "hẻm", "kiệt", "kênh", "câu",
    "quận", "khu phố", "khóm", "đội", "tập", "top", "phần", "mùa", "trạm", "cơ động",
    "phường", "xóm", "thôn",
}

#: Words before "số N" that make N a name ("Quyết định số 15", "nhà số 5"); after
#: any other word "số" counts ("trong số 212", "tổng số 72").
NAMED_BY_NUMBER = {
    "định", "quyết", "thị", "tư", "dẫn", "luận", "văn", "hoạch", "báo", "trình", "đồng",
    "nhà", "phòng", "tổ", "xe", "hiệu", "khoản", "giấy", "lệnh", "án", "đơn", "hồ", "sơ",
    "phiếu", "vé", "ghế", "ô", "lô", "căn", "tầng", "kiot", "ki-ốt", "cổng", "bến", "ga",
    "đường", "ngõ", "hẻm", "ngách", "kiệt", "áo", "hợp", "biên", "bản", "luật",
}


# --- Subjects ----------------------------------------------------------------

#: Words that open a place or party-body name, and the level of what they name.
#: Only names after one of these are a figure's subject ("huyện Yên Sơn"), and only
#: names of one level compete: a province is not "another" district.
SUBJECT_PREFIXES = {
    "tỉnh": "province", "thành phố": "province", "tp": "province", "tp.": "province",
    "huyện": "district", "quận": "district", "thị xã": "district", "tx": "district", "tx.": "district",
    "xã": "commune", "phường": "commune", "thị trấn": "commune",
    "thôn": "village", "bản": "village", "ấp": "village", "xóm": "village", "làng": "village",
    "khu phố": "village", "tổ dân phố": "village", "buôn": "village", "sóc": "village",
    "đảng bộ": "party", "chi bộ": "party",
}

# --- Arithmetic cues (relations and derived figures) -------------------------

#: Words before a count that mark it as a target the article measures against.
TARGET_CUES = ("chỉ tiêu", "kế hoạch", "được giao", "mục tiêu", "phấn đấu", "giao")
#: Words before a percentage that mark it as achievement of a target or share.
ACHIEVEMENT_WORDS = {"đạt", "bằng", "chiếm", "lệ"}  # "lệ": the end of "tỷ lệ"/"tỉ lệ"
#: Words that open a list of parts after a total.
EXHAUSTIVE_PARTS_CUES = ("bao gồm", "gồm có", "gồm")
PARTIAL_PARTS_CUES = ("trong đó có", "trong đó", "trong số đó", "trong số này")
#: Words that mark an average: "trung bình mỗi năm".
AVERAGE_CUES = ("trung bình", "bình quân")
PER_YEAR_WORDS = ("mỗi năm", "một năm", "hằng năm", "hàng năm", "/năm", "năm")
#: Words before a summary figure that make it a difference ("vượt 3", "tăng 2%"),
#: a total ("tổng cộng 43") or an average ("trung bình 2.320"): only then is
#: the figure computed from the article's figures that way.
# "hơn" alone is left out: "hơn 200" means more than 200, not 200 more.
DIFFERENCE_CUES = {"vượt", "tăng", "giảm", "thêm", "chênh", "chênh lệch", "còn", "lại", "cao", "thấp", "nhiều", "ít"}
TOTAL_CUES = {"tổng", "tổng cộng", "cộng", "cả", "tất cả", "toàn bộ", "gồm", "tổng số"}
AVERAGE_WORDS = {"trung bình", "bình quân", "mỗi", "hằng", "hàng", "/năm"}
