"""The checker's knowledge of Vietnamese, as data.

Everything the extractor and the verifier know about words lives in these
tables; the code in `numbers.py`, `extract.py` and `verify.py` only reads them.
Add a word here rather than a special case there. All keys are lowercase NFC.
"""
from __future__ import annotations

# --- Sentences ---------------------------------------------------------------

#: Abbreviations after which a full stop does not end a sentence (`segment.split_sentences`,
#: compared lowercased): "TP. Hồ Chí Minh", "PGS. TS.", "Th.S".
SENTENCE_ABBREVIATIONS = frozenset(
    "tp tx tt q p ts ths pgs gs bs ths.bs ks ls nxb ubnd hđnd st vs mr mrs ms dr tr "
    "ông bà th.s t.ư tw".split()
)

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
HALF_AFTER = {"rưỡi"}                 # "hai triệu rưỡi" = 2,5 triệu; "hai năm rưỡi" = 2,5 năm

#: Scale words, after digits or number words: "3,2 tỷ", "hai nghìn".
SCALE_WORDS = {
    "nghìn tỷ": 10**12, "ngàn tỷ": 10**12,
    "nghìn": 10**3, "ngàn": 10**3,
    "triệu": 10**6,
    "tỷ": 10**9, "tỉ": 10**9,
}

#: Words after a scale word that make it part of a noun: "một tỷ phú" is a billionaire, "triệu
#: phú" a millionaire, not an amount.
NOT_SCALE_AFTER = ("phú",)
#: Scale words with the word after them that are a noun of their own: "5 triệu chứng" is five
#: symptoms (while "hàng nghìn chứng nhận" is thousands of certificates).
NOT_SCALE_PHRASES = ("triệu chứng",)

#: Single number words that are also ordinary words ("năm" = year, "ba" = father,
#: "một" = a): alone they count only before a unit noun from UNIT_NOUNS.
AMBIGUOUS_SINGLE_WORDS = {"một", "năm", "ba", "không", "tư", "mười", "trăm"}
#: Number words that are also adjectives ("chín" = ripe, mature): alone, before one of these
#: words or at the end of a clause ("lúa chín,", "chín chắn", "chín muồi"), they are no number;
#: before a noun they still count ("chín danh hiệu", "chín cú sút").
ADJECTIVE_NUMBER_WORDS = {"chín": ("chắn", "muồi", "mọng", "rục", "nẫu", "tới")}

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
    "hàng trăm ngàn": (100_000, 10**6), "vài trăm nghìn": (200_000, 10**6), "vài trăm ngàn": (200_000, 10**6),
    "vài chục ngàn": (20_000, 100_000), "vài chục triệu": (2 * 10**7, 10**8), "vài trăm triệu": (2 * 10**8, 10**9),
    "vài chục tỷ": (2 * 10**10, 10**11), "vài trăm tỷ": (2 * 10**11, 10**12),
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


#: Adjectives before "hơn" that make it a comparative: "cao hơn 25%" is higher by 25%, not
#: "more than 25%"; "nhiều hơn 3 người" is three more people.
COMPARATIVE_WORD = "hơn"
COMPARATIVE_ADJECTIVES = frozenset({
    "cao", "thấp", "lớn", "nhỏ", "nhiều", "ít", "nhanh", "chậm", "đắt", "rẻ", "dài", "ngắn",
    "nặng", "nhẹ", "xa", "sớm", "muộn", "trễ", "rộng", "hẹp", "mạnh", "yếu", "già", "trẻ", "đông",
})

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
    "hành khách": "hành khách",
    "cầu thủ": "cầu thủ", "vận động viên": "vận động viên", "trẻ": "trẻ em", "trẻ em": "trẻ em",
    "cháu": "cháu", "em": "em", "đoàn viên": "đoàn viên", "hội viên": "hội viên",
    "người dân": "người", "nhân khẩu": "nhân khẩu", "phạm nhân": "phạm nhân", "tù nhân": "phạm nhân",
    "bị hại": "bị hại", "người bị hại": "bị hại", "đồng bọn": "đồng phạm", "đồng phạm": "đồng phạm",
    "đồng nghiệp": "đồng nghiệp", "đồng chí": "người", "đồng đội": "đồng đội", "viên": "viên", "viên thuốc": "viên", "nghi phạm": "nghi phạm", "thủ phạm": "thủ phạm",
    "bé": "trẻ em", "bé gái": "trẻ em", "bé trai": "trẻ em", "cháu bé": "trẻ em", "học viên": "học viên",
    "ông": "người", "bà": "người", "anh": "người", "chị": "người", "cô gái": "người", "chàng trai": "người",
    "thanh niên": "người", "thiếu niên": "người", "phụ nữ": "người", "đàn ông": "người", "nam giới": "người",
    "nữ giới": "người", "công dân": "người", "thí sinh nữ": "thí sinh", "con": "con",
    # children and hostages: "ba người con", "hai con tin" ("đứa con" stays unknown: "mất đi hai
    # đứa con" may restate "hai lần mất con")
    "người con": "con cái", "con cái": "con cái", "con tin": "con tin",
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
    "căn hộ": "căn hộ", "căn": "căn", "nhà": "nhà", "ngôi nhà": "nhà", "căn nhà": "nhà", "phòng": "phòng",
    # nouns that begin with a money word: "4 đồng hồ" are clocks, not 4 đồng
    "đồng hồ": "đồng hồ",
    "ca khúc": "bài", "bài hát": "bài", "tỉnh thành": "tỉnh",
    "xe": "xe", "ô tô": "ô tô", "xe máy": "xe máy", "chiếc": "chiếc",
    "tàu": "tàu", "chuyến": "chuyến", "chuyến bay": "chuyến bay", "cây": "cây",
    "uav": "UAV", "máy bay không người lái": "UAV",
    "bài": "bài", "sản phẩm": "sản phẩm", "mẫu": "mẫu", "mẫu xe": "mẫu xe", "liều": "liều", "liều vắc xin": "liều",
    "tác phẩm": "tác phẩm", "cuốn": "cuốn", "bộ": "bộ", "tập": "tập", "trận": "trận",
    "khu": "khu", "tuyến": "tuyến", "công trình": "công trình", "cầu": "cầu",
    "phát": "phát", "phát súng": "phát", "tiền án": "tiền án", "tiền sự": "tiền sự", "tài khoản": "tài khoản",
    "mặt hàng": "mặt hàng", "hecta": "ha", "héc-ta": "ha", "ha": "ha", "hécta": "ha",
    # measures
    "km": "km", "ki-lô-mét": "km", "cây số": "km", "m": "m", "mét": "m", "m2": "m2", "m²": "m2",
    "m3": "m3", "m³": "m3", "cm": "cm", "mm": "mm", "kg": "kg", "ki-lô-gam": "kg",
    "tấn": "tấn", "tạ": "tạ", "gam": "g", "gram": "g", "g": "g", "lít": "lít", "độ c": "độ C", "độ": "độ",
    "mw": "MW", "kw": "kW", "kwh": "kWh", "vòng": "vòng",
    # time spans
    "năm": "năm", "tháng": "tháng", "tuần": "tuần", "ngày": "ngày", "giờ": "giờ",
    "tiếng": "giờ", "phút": "phút", "giây": "giây", "tuổi": "tuổi", "thập kỷ": "thập kỷ", "thập niên": "thập kỷ",
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
CLASSIFIERS = {"chiếc", "con", "cái", "quả", "tấm", "bức", "ngôi", "cuốn", "bản", "cây"}

#: A classifier left alone for the noun of people it shortens: "bỏ lại vợ và ba con" are the
#: article's "ba người con" (while "3 con" alone is never "3 người": a knife, a cow).
CLASSIFIER_SHORTENS = {"con": frozenset({"con cái"})}

#: Units the press writes for one another, both ways, though neither is a kind of the other:
#: "4,2 triệu lượt khách" are told as "4,2 triệu du khách"; a maker's "13 xe máy mới" are its
#: "13 mẫu xe mới"; "vắng mặt hai kỳ World Cup" are "hai lần vắng mặt", "hai lần" at "các cuộc
#: thi" are "2 cuộc thi", "hai lần thực hiện các chuyến đi" are "hai chuyến" (only these pairs:
#: "kỳ" and "cuộc" stay apart).
UNITS_SAID_EITHER_WAY = frozenset({
    frozenset({"lượt khách", "du khách"}), frozenset({"lượt khách", "khách"}),
    frozenset({"mẫu xe", "xe máy"}), frozenset({"mẫu xe", "ô tô"}), frozenset({"mẫu xe", "xe"}),
    frozenset({"lần", "kỳ"}), frozenset({"lần", "cuộc"}), frozenset({"lần", "chuyến"}),
})

#: A broader unit that a narrower one is a kind of: "173 người" may restate
#: "173 đảng viên". Compatible units share a genus or are each other's genus.
UNIT_GENUS = {
    "đảng viên": "người", "quần chúng": "người", "học sinh": "người", "sinh viên": "người",
    "giáo viên": "người", "bệnh nhân": "người", "công nhân": "người", "lao động": "người",
    "cán bộ": "người", "chiến sĩ": "người", "đối tượng": "người", "bị can": "người",
    "bị cáo": "người", "nạn nhân": "người", "thí sinh": "người", "đại biểu": "người",
    "nhân viên": "người", "công chức": "người", "viên chức": "người", "cử tri": "người",
    "du khách": "người", "khách": "người", "hành khách": "người", "cầu thủ": "người",
    "vận động viên": "người",
    "trẻ em": "người", "cháu": "người", "em": "người", "đoàn viên": "người", "hội viên": "người",
    "phạm nhân": "người", "nhân khẩu": "người", "trường hợp": "người", "ca": "trường hợp",
    "bị hại": "người", "nghi phạm": "người", "thủ phạm": "người", "học viên": "người",
    "đồng phạm": "người", "đồng nghiệp": "người", "đồng đội": "người",
    "con cái": "người", "con tin": "người",
    "mẫu xe": "mẫu",
    "tổ chức cơ sở đảng": "tổ chức đảng", "chi bộ": "tổ chức đảng", "đảng bộ": "tổ chức đảng",
    "tổ chức đảng": "tổ chức", "năm tù": "năm", "tháng tù": "tháng",
    "căn hộ": "căn", "xe máy": "xe", "ô tô": "xe", "vụ án": "vụ", "vụ việc": "vụ",
    "vụ tai nạn": "vụ", "cuộc kiểm tra": "cuộc", "cuộc giám sát": "cuộc",
    "huy chương vàng": "huy chương", "chuyến bay": "chuyến",
    # the same thing in other words: "lượt khách" are "lượt", "quốc gia" are "nước"
    "lượt khách": "lượt", "quốc gia": "nước", "độ C": "độ", "tỉnh": "địa phương", "nhà": "căn",
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

#: "1/2025" is a month of a year (January 2025) when the number after the slash is a year of these.
MONTH_YEAR_YEARS = (1900, 2100)
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
#: Words that open a list of parts after a total.
EXHAUSTIVE_PARTS_CUES = ("bao gồm", "gồm có", "gồm")
PARTIAL_PARTS_CUES = ("trong đó có", "trong đó", "trong số đó", "trong số này")
#: Words that mark an average: "trung bình mỗi năm".
AVERAGE_CUES = ("trung bình", "bình quân")
#: Words before a summary figure that make it a difference ("vượt 3", "tăng 2%"),
#: a total ("tổng cộng 43") or an average ("trung bình 2.320"): only then is
#: the figure computed from the article's figures that way.
# "hơn" alone is left out: "hơn 200" means more than 200, not 200 more.
DIFFERENCE_CUES = {"vượt", "tăng", "giảm", "thêm", "chênh", "chênh lệch", "còn", "lại", "cao", "thấp", "nhiều", "ít"}
TOTAL_CUES = {"tổng", "tổng cộng", "cộng", "cả", "tất cả", "toàn bộ", "gồm", "tổng số"}
AVERAGE_WORDS = {"trung bình", "bình quân", "mỗi", "hằng", "hàng", "/năm"}


# --- Decades written short ---------------------------------------------------------

#: Words before a decade: "thập niên 1970", and written short "thập niên 70, 80 và 90",
#: "những năm 80" (the 1970s, 1980s and 1990s).
DECADE_CUES = ("thập niên", "thập kỷ", "những năm")
#: Words between the short decades of one list.
DECADE_LIST_JOINERS = (",", "và")
#: The century of a short decade. Only 30 to 90 are read so: "thập niên 20" may be the
#: 1920s or the 2020s, and stays a plain number.
SHORT_DECADE_CENTURY = 1900


# --- Dates and scores written with hyphens ---------------------------------------

#: Words before "d-m" that make it a date, not a range: "ngày 3-9", "sáng 15-8",
#: "hôm nay 2-9". Without one, "3-9" stays a range.
DATE_OPENERS = ("ngày", "hôm", "hôm nay", "hôm qua", "sáng", "trưa", "chiều", "tối", "đêm",
                "rạng sáng", "sáng nay", "chiều nay", "tối nay", "đêm qua", "tối qua", "sáng qua")
#: Words that join the days of one month: "ngày 21 và 22 tháng 5", "19-20/12", "6, 7 và 9/8".
DAY_LIST_JOINERS = ("và", ",", "-", "–", "đến", "tới")
#: Parts of the night and day that may stand before the next day of a list: "đêm 28, rạng sáng
#: 29/6" is the 28th and the 29th of June.
DAY_LIST_PARTS_OF_DAY = ("rạng sáng", "sáng", "trưa", "chiều", "tối", "đêm")
#: Words just before "a-b" that make it a score or a result, never a range or two counts:
#: "thắng 3-0", "tỷ số 2-1", "hòa 1-1", "dẫn trước 2-0".
SCORE_CUES = {"tỷ số", "tỉ số", "thắng", "thua", "hòa", "hoà", "bại", "dẫn", "dẫn trước", "trước",
              "cách biệt", "chiến thắng", "thất bại", "hạ", "đánh bại", "cầm hòa", "gỡ hòa",
              "nâng tỷ số", "ấn định", "kết quả", "set", "ván"}
#: Words that may stand between a score cue and the result, naming the other side or how it
#: came: "thắng đàn anh 50-44", "thắng lại 22-20", "thua đội khách 0-1". Capitalised names
#: ("thua Estrela da Amadora 0-1") are read as names, `NAME_PARTICLES` inside them. Not
#: "ngược": "thua ngược X 1-2" is a result an article often tells only goal by goal, which the
#: checker does not add up (read as a range, it is at least not flagged).
SCORE_SIDES = {"đàn anh", "đàn em", "đối thủ", "chủ nhà", "đội khách", "đội nhà", "đội bạn",
               "lại", "sát nút", "nghẹt thở", "cách biệt"}
#: Lowercase words inside a foreign name: "Estrela da Amadora", "Rayo de Madrid", "Van der Berg".
NAME_PARTICLES = {"da", "de", "del", "della", "di", "dos", "das", "van", "von", "der", "la", "le"}
#: How many words (side words and names) may stand between a score cue and the result.
SCORE_SIDE_REACH = 4
#: What joins the results of a list after a score: "thắng 2-1 (17-21, 22-20, 21-15)", the sets.
SCORE_LIST_JOINERS = ",;("
#: How many results a list after a score may hold (sets of a match, legs of a tie).
MAX_LISTED_SCORES = 7
#: Verbs of a result before a number word that ends a tally of games: "thắng bốn, hòa ba và
#: chỉ thua một" (no unit follows: the games are understood).
RESULT_VERBS = ("thắng", "thua", "hòa", "hoà")
#: Words that may follow the number word of such a tally (else a noun follows, and the number
#: word is read by the unit rules: "thắng một cách thuyết phục" is a manner, no count).
TALLY_JOINERS = ("và", "còn", "nhưng", "rồi")
#: Words between a part and its whole: "Ba trong 4 ván thắng", "hai trong số năm người". A
#: number word before them counts, though no noun follows it.
PART_OF_WORDS = ("trong số", "trong")
#: A bare "a-b" with no cue is read as a score only when a >= b and both are at most this:
#: "thắng Daegu 5-0" but not "giai đoạn 2-9" (a range).
MAX_BARE_SCORE = 9
#: The head of a match report's line of scorers, before its colon: "Ghi bàn: Kane 18', Diaz 77' -
#: Leweling 90'+3" (in running text, "ghi bàn nâng tỷ số lên 3" has none).
GOALS_TOLD_HEADS = ("ghi bàn",)
#: Words beside a scorer's minute: "Ronaldo pen 58'", "Delap 67' phạt đền", "Coubis phản lưới 5'".
MINUTE_NOTES = ("pen", "phạt đền", "phản lưới", "og")
#: What joins one scorer's minutes: "Mbappe 13' & 59'", "Haaland 53', 68'".
MINUTE_JOINERS = (",", "&", "và")
#: How far (in characters) a line of scorers is read after its head.
GOALS_TOLD_REACH = 300
#: Words after "thắng N bàn" that make the result N-0: "thắng 4 bàn không gỡ".
SHUTOUT_AFTER = ("bàn không gỡ", "bàn trắng", "bàn cách biệt không gỡ")

#: Identifier cues that are only cues when they name something: "trong vòng 24 tháng" is a
#: span of time (not "vòng 24"), "bộ sưu tập 31 tiện ích" a collection (not episode 31); "điều 8 xe" dispatches eight (the verb), while "Điều 8" of a
#: law names an article.
NOT_IDENTIFIER_PHRASES = {"trong vòng", "sưu tập", "học tập", "luyện tập", "tuyển tập", "triệu tập"}
#: Identifier cues that, followed by a number and a unit noun, count the members: "nhóm 7 phạm
#: nhân" is a group of seven prisoners ("nhóm 7" alone names group seven).
GROUP_CUES = {"nhóm"}
#: Identifier cues that, lowercase and followed by a unit noun, are verbs: "điều 8 xe chữa cháy".
VERB_LIKE_CUES = {"điều"}


# --- What a summary may work out from the article ------------------------------

#: Words before an article date that place it against the day of writing: "hôm qua (14/7)"
#: makes the day of writing 15/7, so a summary's "hôm nay 15/7" is derived.
#: (A summary day so placed that makes another day of writing than the article's is moved:
#: `verify._another_day_of_writing`.)
RELATIVE_DAYS = {"hôm qua": 1, "hôm trước": 1, "tối qua": 1, "đêm qua": 1, "sáng qua": 1,
                 "trưa qua": 1, "chiều qua": 1, "hôm nay": 0, "sáng nay": 0, "trưa nay": 0,
                 "chiều nay": 0, "tối nay": 0, "đêm nay": 0, "ngày mai": -1, "sáng mai": -1,
                 "trưa mai": -1, "chiều mai": -1, "tối mai": -1}
#: The word that may stand between a relative day and its date: "hôm qua ngày 14/7".
DAY_WORD = "ngày"
#: Units of a span of years a summary may count from the article's years: "thành lập năm
#: 1975" is "gần 50 năm" in an article of 2024; "sinh năm 1954" is "71 tuổi" in 2025.
YEAR_SPAN_UNITS = {"năm", "tuổi"}
#: A unit that is a fixed number of another: "gần ba thập kỷ" is "gần 30 năm" (a decade is ten
#: years by the word itself; weeks or months in days are left out, as the labels leave them).
UNIT_MULTIPLES = {("thập kỷ", "năm"): 10}
ORDINAL_WORD = "thứ"
#: Ordinal number words: "mùa thứ tư" is season 4, "lần thứ nhất" the first.
ORDINAL_WORDS = {"nhất": 1, "hai": 2, "ba": 3, "tư": 4, "bốn": 4, "năm": 5, "sáu": 6, "bảy": 7,
                 "tám": 8, "chín": 9, "mười": 10}
#: Words that stand before a person's name in a list ("anh Nguyễn Văn An, chị Trần Thị Bình
#: và ông Lê Văn Cường"): they are not part of the name.
NAME_TITLES = {"anh", "chị", "ông", "bà", "em", "cháu", "bé", "cô", "chú", "bác", "cụ", "bị cáo",
               "bị can", "đối tượng", "nạn nhân", "tài xế", "thượng tá", "trung tá", "đại tá",
               "thiếu tá", "ca sĩ", "diễn viên", "cầu thủ", "hlv", "tiền đạo", "tiền vệ", "hậu vệ"}
#: Words that join the items of a list: "A, B và C".
LIST_JOINERS = {",", "và", ", và", "cùng", "cùng với", "với"}

#: Function words left out when summary and article sentences are matched by their words.
FUNCTION_WORDS = frozenset({
    "và", "của", "là", "có", "với", "được", "đã", "các", "những", "trong", "cho", "từ", "đến",
    "tới", "số", "một", "này", "đó", "khi", "thì", "mà", "để", "do", "vì", "nên", "cũng", "đang",
    "sẽ", "bị", "tại", "ở", "theo", "về", "như", "hơn", "gần", "khoảng", "trên", "dưới", "sau",
    "trước", "năm", "ngày", "tháng", "người", "cả", "nhiều", "không", "vào", "ra", "lên", "rằng",
})
#: Words after a summary figure that make it an average per year ("5.529 mỗi năm").
PER_YEAR_AFTER = ("mỗi năm", "một năm", "/năm", "hằng năm")
#: Words between two figures of one unit that make them parts of one list ("1.250 tấn gạo
#: và 730 tấn ngô"); "hoặc" (either) does not.
PART_JOINERS = {",", "và", "cùng"}

#: Words before a small count that make it refer back to things already named, not state a
#: figure: "cả hai xe" (both cars), "giữa hai nước" (between the two countries).
REFERRING_OPENERS = {"cả", "giữa"}
#: The largest count such an opener makes a reference: "cả ba" is "all three"; "cả 40" counts.
MAX_REFERRING_COUNT = 4
#: Heads of ordinals that number the editions of one event: "lần thứ 6" and "mùa thứ 6" of a
#: race are the same edition.
EDITION_HEADS = {"lần", "mùa", "kỳ", "năm", "khóa", "đợt", "lượt"}
#: Heads after which a number names (a ward, a document's article, an edition: "phường 4",
#: "Điều 8", "khóa 12", "(mùa 5)") rather than counts: a summary's count whose value the article
#: gives only after one of these is none of the article's (`verify._count_only_named`). The
#: identifier cues and the heads of editions; "năm" ("năm 5" of a course, "năm 2019") is left out.
NAMING_HEADS = frozenset(IDENTIFIER_CUE_WORDS | EDITION_HEADS) - {"năm"}
#: Units of spans of time: two of them never name each other ("5 năm" is not "5 phút").
TIME_UNITS = {"năm", "tháng", "tuần", "ngày", "giờ", "phút", "giây", "tuổi", "thập kỷ"}


# --- Words the verifier reads (moved here from verify.py, derive.py, compare.py, numbers.py) ---

#: The genus of every unit that counts people.
PERSON_GENUS = "người"
#: "một": a count of one in the article ("bắt giữ một người"), too common to be a summary figure.
ONE_WORD = "một"
#: Nouns after "một" that make an idiom, not a count: "một lần nữa" (once again), "một năm"
#: (a year), "một số" (some).
NOT_COUNTED_BY_ONE = {"lần", "lượt", "đợt", "năm", "tháng", "ngày", "tuần", "giờ", "phút", "giây",
                      "cuộc", "bài", "điểm", "bộ", "cách", "phần", "tập", "số", "kỳ"}
#: Time units whose ordinal also states a span: the 5th month of a pregnancy is 5 months.
ORDINAL_SPAN_UNITS = {"ngày", "tuần", "tháng", "năm"}
#: Function words left out of the words around a figure ("kết nạp 173" vs "kết nạp 137").
CONTEXT_STOP_WORDS = {"và", "của", "là", "có", "với", "được", "đã", "các", "những", "trong", "cho",
                      "từ", "đến", "tới", "số"}
#: Units of a figure said of one person: an age ("Nguyễn Văn Tiến (33 tuổi)").
PERSONAL_UNITS = {"tuổi"}
AGE_UNIT = "tuổi"
#: "số" before a noun counts it ("2/3 số đảng viên"); it is never the noun counted.
COUNTING_WORD = "số"
#: "bắt giữ thêm 1 đối tượng": one more.
ONE_MORE_WORD = "thêm"
#: "cùng 6 tù nhân khác" (six others): a count after its noun and this word leaves out the one
#: the sentence names; "Bốn bị can khác" and the one named are five.
OTHERS_WORD = "khác"
#: A person given a birth year or an age: "(SN 1987", "(34 tuổi", ", SN 1985".
PERSON_MARKER = r"\((?:SN|sinh năm|sinh)\s*\d{4}|\(\d{1,3}\s+tuổi|,\s*SN\s*\d{4}"
#: A bare age after a name ("Nguyễn Văn Thắng 34 tuổi là ...", "Vũ Thị Thủy, 43 tuổi"): a person
#: too when the words just before it are a name of at least `AGED_NAME_WORDS` capitalised
#: syllables ("bé trai 4 tuổi" names nobody).
AGE_AFTER_NAME = r"(?:,[ \t]*|[ \t]+)\d{1,3}[ \t]+tuổi\b"
AGED_NAME_WORDS = 2
#: A plural person noun, then "gồm" or "là" opening a list ("các bị cáo kháng cáo gồm:").
LIST_OPENING_WORDS = ("các", "những")
#: What follows one of them (the checker asks the word and its boundary in its own way).
LIST_OPENING_AFTER = r"\s+([^\W\d_]+(?:\s+[^\W\d_]+)?)[^.!?\n]{0,160}?\s(?:gồm|là)\b(?:\s+có\b)?\s*:?\s*"
LIST_OPENING = r"\b(?:" + "|".join(LIST_OPENING_WORDS) + ")" + LIST_OPENING_AFTER
LIST_SEPARATOR = r"[ \t]*(?:[,;][ \t]*(?:và[ \t]+)?|[ \t]+và[ \t]+)"
#: Number words that are also other words after a tens word: "mười năm" is ten years, not 15.
NOT_AFTER_TENS = {"năm", "không"}
#: "mốt" is 1 only after a tens word other than "mười" ("hai mươi mốt", never "mười mốt").
ONE_AFTER_TENS = "mốt"
#: Scale words that may join into a larger one: "nghìn tỷ".
THOUSAND_WORDS = {"nghìn", "ngàn"}
BILLION_WORDS = {"tỷ", "tỉ"}
#: A name just before a figure said of that person: "Nguyễn Văn Tiến (33 tuổi", "Lê Sơn Lĩnh,
#: 27 tuổi", "Trần Anh Tiến (SN 1992"; searched in the 50 characters before the figure.
#: Heads of titles whose name keeps words in lower case ("Hoa hậu Hoàn vũ Việt Nam 2019"): a
#: year after one is given to the whole title, not to its last capitalised words ("Việt Nam").
TITLE_NAME_HEADS = ("hoa hậu", "á hậu", "hoa khôi", "nam vương")
#: Names of one contest in two languages (and old and new spellings), lowercased, the first the
#: one a year is read under: "Miss Universe Vietnam 2017" and "Hoa hậu Hoàn vũ Việt Nam 2013" are
#: editions of one title (issue 8: a summary giving a title another title's year, val `001567`,
#: where the article's 2013 is «Vietnam's Next Top Model 2013»). `verify._named_year_key`.
TITLE_ALIASES = (
    ("hoa hậu hoàn vũ", "miss universe"),
    ("hoa hậu hoàn vũ việt nam", "miss universe vietnam"),
    ("hoa hậu thế giới", "miss world"),
    ("hoa hậu thế giới việt nam", "miss world vietnam"),
    ("hoa hậu hoà bình thế giới", "hoa hậu hòa bình thế giới", "miss grand international"),
    ("hoa hậu hoà bình việt nam", "hoa hậu hòa bình việt nam", "miss grand vietnam"),
    ("hoa hậu quốc tế", "miss international"),
    ("hoa hậu trái đất", "miss earth"),
    ("hoa hậu siêu quốc gia", "miss supranational"),
    ("hoa hậu liên lục địa", "miss intercontinental"),
)
#: How a name that a figure is said of ends before it: a bracket or a comma, white space, perhaps "SN".
HOLDER_BEFORE_END = r"(?:\s*\([ \t]*|[ \t]*,[ \t]*)(?:(?:SN|sinh năm)[ \t]*)?$"
HOLDER_BEFORE = r"([^\W\d_][\w.]*(?:[ \t]+[^\W\d_][\w.]*){0,4})" + HOLDER_BEFORE_END
#: Words that join two people given one figure together: "ông Châu và ông Hùng chiếm đoạt
#: 145.000 USD" gives it to both (checks/holders.py).
HOLDER_LIST_JOINERS = ("và", "cùng")
#: A word that pairs the people named before it with the values after it, in order: "An và
#: Bình bị tuyên phạt lần lượt 14 và 8 năm tù" (14 is An's, 8 Bình's).
RESPECTIVELY_WORDS = ("lần lượt",)
#: Units of what a sentence gives to each of several people ("A 13 năm tù, B 10 năm tù"), money
#: aside: prison terms. Spans of time, ages and counts are said of places and events as often.
PERSON_HELD_UNITS = frozenset({"năm tù", "tháng tù", "ngày tù"})
#: Words that give a prison term to the people named right after them: "tuyên 14 năm tù
#: đối với bị cáo An", "tuyên án 12 năm tù cho tài xế Quân" (only just after the term's words).
HOLDER_AFTER_MARKERS = ("đối với", "cho")
#: The words of a prison term after its number ("14 năm tù giam"), skipped before a marker.
PRISON_TERM_WORDS = frozenset({"năm", "tháng", "ngày", "tù", "giam", "treo"})
#: How a sentence opens a clause with no subject of its own, whose prison term is the main
#: clause's subject's (named after the comma): "Sau khi bị tuyên 14 năm tù, An và Bình kháng
#: cáo", "Bị tuyên 13 năm tù ..., ca sĩ Cường kháng cáo". "Dù vợ bị tuyên ..." is not one
#: (the wife is the clause's subject).
SUBJECTLESS_OPENERS = ("bị", "được", "sau khi bị", "sau khi được", "khi bị", "khi được", "dù bị",
                       "mặc dù bị", "sau phán quyết", "sau bản án", "sau mức án")
#: The most words before the first person named at the head of a clause ("bị cáo", "ca sĩ",
#: "cựu Phó Thống đốc" are at most three).
CLAUSE_HEAD_WORDS = 3

# --- Article relations (relations.py): the grammar that binds operands --------
# Each reader of relations.py looks for one shape of sentence; these are its words.
# Phrases are matched as whole words, lowercased; a tuple lists alternatives.

#: Words between a part and its whole: "11 cú ... trên tổng số 104 đòn", "25 trong
#: tổng số 29 dự án", "78.000 người trong số 350.000 cư dân".
PART_OF_WHOLE_LINKS = ("trên tổng số", "trong tổng số", "trên tổng", "trong tổng", "trong số",
                       "trên", "của tổng số")
#: The same links, and a bare "trong", between the two numbers the summary writes "a/b":
#: "6 trong 9 điểm tối đa" is "6/9 điểm" (see wording.slash_read_otherwise; the bare word is
#: too common to bind the operands of an article relation).
SLASH_PART_LINKS = (*PART_OF_WHOLE_LINKS, "trong")
#: Words between a count and a count of another noun it is a share of, before a named rate:
#: "110 bàn từ 141 cú sút, tỷ lệ thành công 78%", "175 bàn, trong 208 cú sút, ...", "1.400 em trong
#: khi có 2.200 suất, đạt tỷ lệ 63,54%" (reported only when the share holds).
PART_OF_WHOLE_LOOSE_LINKS = ("từ", "trong", "trong khi có", "qua")
#: Units written with a power ("m2", "km2", "m3"): the digit after them is no number.
UNITS_WITH_POWER = ("m", "km", "cm", "dm", "mm")
#: Words before a whole stated ahead of its part: "Trong số 212 quần chúng ..., có 146
#: người ..., chiếm 69%"; "tổng số 72 hộ".
WHOLE_CUES = ("trong tổng số", "trên tổng số", "trong số", "tổng số", "tổng cộng", "tổng")
#: Words after a whole that open its parts: "72 hộ, trong đó 40 hộ nghèo, chiếm 55,6%".
WHOLE_THEN_PART_CUES = ("trong đó", "trong số đó", "trong số này")
#: Words after a share that name its whole: "chiếm 40% tổng số 500 hộ".
WHOLE_AFTER_SHARE = ("trên tổng số", "trong tổng số", "của tổng số", "tổng số", "so với tổng số")
#: Words after a share that name its whole without a value, the total stated sentences before:
#: "chiếm 90% tổng thu" (read loosely: reported when a total before makes it hold).
NAMED_WHOLE_AFTER_SHARE = WHOLE_AFTER_SHARE + ("tổng",)
#: Words just before a percentage that state it as a share of what precedes:
#: "đạt tỷ lệ 10,6%", "chiếm 74%", "tương đương 51,7%". A rate may be named between
#: "tỷ lệ" and the figure ("tỷ lệ hấp thụ 0,3%").
SHARE_WORDS = ("tỷ lệ", "tỉ lệ", "đạt", "chiếm", "bằng", "tương đương", "tương ứng", "tức", "tức là")
RATE_WORDS = ("tỷ lệ", "tỉ lệ", "tỷ suất", "tỉ suất")   # "tỷ suất sinh lời gộp 25%"
#: Words a percentage achieved against a plan follows and is followed by:
#: "đạt 102% chỉ tiêu", "bằng 92% kế hoạch", "đạt 100,2% so với chỉ tiêu 6.300".
ACHIEVE_WORDS = ("đạt", "bằng", "hoàn thành")
PLAN_WORDS = ("kế hoạch", "chỉ tiêu", "mục tiêu", "dự toán", "nhiệm vụ")
COMPARE_WORDS = ("so với", "so")
#: Words of a change: "tăng 8,1% so với", "tỷ lệ giảm 30,4%", "từ 23 xe xuống còn 16 xe".
INCREASE_WORDS = ("tăng", "tăng thêm", "tăng trưởng", "tăng mạnh", "tăng nhẹ", "tăng vọt", "cao hơn", "nhiều hơn")
#: "cắt giảm được khoảng 90 ngày, tương ứng khoảng 75%": a cut, and what was cut (session 9).
DECREASE_WORDS = ("giảm", "sụt giảm", "sụt", "thu hẹp", "giảm mạnh", "giảm nhẹ", "giảm sâu", "thấp hơn", "ít hơn",
                  "cắt giảm", "cắt giảm được", "giảm được")
FROM_WORDS = ("từ",)
#: Read as "từ" by the readers of a change ("giảm 17%, từ mức 4.461 xe vào 2024 (...) giảm còn 3.674
#: xe"); not a cue of the gate of its own: "từ" stands in it, its number within the gate's window.
FROM_LEVEL_WORDS = ("từ mức",)
#: Words between a change and its share of the value before: "tăng 700.000 đồng, tương đương 0,6%,
#: lên 121 triệu" (or the share in brackets: "giảm 9,21 điểm (0,7%) xuống 1.313,84 điểm").
CHANGE_SHARE_WORDS = ("tương đương", "tương ứng", "tức", "hay")
#: Words of losing before a change that a level follows: "Dow Jones mất 114,83 điểm (0,27%) xuống
#: 42.677,24 điểm" (only there: "mất 5 năm" is no change).
LEVEL_LOSS_WORDS = ("mất", "để mất")
UP_TO_WORDS = ("lên", "lên mức", "lên tới", "tăng lên", "tăng lên mức")
DOWN_TO_WORDS = ("xuống", "xuống còn", "còn", "giảm xuống", "giảm còn", "xuống mức", "giảm xuống còn")
#: A change in % said first, then the level it reached and the value it is compared with:
#: "giảm tới 99%, chỉ còn 40 triệu euro ... , so với 403,5 triệu euro cùng kỳ năm ngoái". Words
#: of the level besides UP_TO_WORDS and DOWN_TO_WORDS (the change word gives the direction), and
#: words that may open them ("chỉ còn").
CHANGE_LEVEL_REACHED_WORDS = ("đạt", "đạt mức")
CHANGE_LEVEL_OPENERS = ("chỉ",)
#: Words between two values compared without "từ ... xuống": "330 xe ..., trong khi tháng
#: trước bán được 390 xe, tương ứng tỷ lệ giảm 15,4%" (which came first is not said, so
#: such a relation is reported only when one order bears the change out).
CONTRAST_WORDS = ("trong khi", "so với", "còn")
#: Words that may stand between a cue and its figure without changing what it says.
FILLER_WORDS = ("tới", "đến", "lên tới", "lên đến", "chỉ", "mức", "ở mức", "là", "với", "có",
                "xấp xỉ", "khoảng", "hơn", "gần", "trên", "dưới", "chưa đến", "gần như", "ước")
#: A win-loss record and its rate: "thành tích 124-21, tỷ lệ thắng 85,6%"; "thắng 8,
#: hòa 3, thua 2".
WIN_RATE_WORDS = ("tỷ lệ thắng", "tỉ lệ thắng", "tỷ lệ chiến thắng", "tỉ lệ chiến thắng")
WIN_WORDS = ("thắng",)
DRAW_WORDS = ("hòa", "hoà")
LOSS_WORDS = ("thua", "thất bại")
#: "trung bình mỗi năm hơn 2.320", "bình quân một hộ 2 triệu": the word after the cue
#: that says what the total is divided by.
PER_WORDS = ("mỗi", "một", "hằng", "hàng")
#: Words before a count that make it a target: "vượt chỉ tiêu 3 đảng viên".
EXCESS_WORDS = ("vượt", "vượt chỉ tiêu", "vượt kế hoạch", "vượt mức")
#: Words just before a number that make it no operand of arithmetic: a day, a month,
#: a rank, a score ("ngày 20-11", "tỷ số 3-3", "hạng 5").
NOT_OPERAND_BEFORE = ("ngày", "tháng", "quý", "tuần", "hạng", "top", "lúc", "tỷ số", "tỉ số",
                      "khóa", "khoá", "phiên", "mùa")
#: Units of time: such a count divides an average ("trong 5 năm"), never is the total averaged.
RELATION_TIME_UNITS = ("năm", "tháng", "ngày", "tuần", "giờ", "phút", "giây", "tuổi", "năm tù", "tháng tù",
              "ngày tù", "năm tù treo", "tháng tù treo", "thập kỷ", "nhiệm kỳ", "kỳ")
#: A percentage written in words ("82 phần trăm"), and words that join the items of a list.
PERCENT_WORDS = ("phần trăm",)
RELATION_LIST_JOINERS = ("và",)
#: A word after a total and a comma that opens its parts, read loosely (reported when they add
#: up): "16 bàn thắng ở Serie A mùa này, với 12 bàn và 4 pha kiến tạo".
LOOSE_PARTS_OPENERS = ("với",)
#: Units of a value that stands inside a listed part's words, a detail of that part, not one of
#: the parts: "88 viên đạn 12,7 mm" (a calibre), "16 đốt dài 10 m", "3 xe tải 15 tấn". Read so only
#: after a part counted in another unit, with words alone between (`_part_detail` in relations.py).
PART_DETAIL_UNITS = frozenset({"mm", "cm", "m", "km", "kg", "tấn", "m2", "m²", "m3", "m³", "ha", "inch",
                               "lít", "MW", "kW", "mã lực", "kWh"})
#: The most words between a part and a detail of it: "viên đạn", "đốt hợp long dài".
PART_DETAIL_WORDS = 4
#: Words that may stand between a separator of a list and a part written in words: "..., và chỉ
#: một ...", "..., có hai ...".
WORD_PART_FILLERS = ("chỉ", "có", "thêm", "còn")
#: Words after a number word that make it no part of a list: "và một số ..." (some), "một phần",
#: "một trong", "một nửa" (a half), "một vài", "một ít", "một lúc", "một mình", "một cách".
WORD_PART_NOT_BEFORE = frozenset({"số", "phần", "trong", "nửa", "vài", "ít", "chút", "lúc", "mình", "cách",
                                  "khi", "thời", "loạt", "nơi"})
#: An age is never an operand ("đảng viên dưới 30 tuổi chiếm 77,25%").
AGE_UNITS = ("tuổi",)

# --- Article relations, round 2 (relations.py): relations written without the cues above ---
# Readers for sums, ratios, remainders and shares that the round-1 readers miss. Each
# reading that only their order binds is reported when it holds, never as inconsistent.

#: Words before a total stated after its parts: "2 năm tù ..., 3 năm tù ..., tổng hợp hình
#: phạt là 5 năm tù"; "Tổng diện tích 4 dự án 347 ha"; "tổng cộng 12 người".
#: ("tổng" alone is no cue: "Tổng thống", "tổng cục"; nor "cộng": "cộng đồng".)
TOTAL_AFTER_PARTS_CUES = ("tổng cộng", "tổng số", "tất cả", "tổng hợp hình phạt", "tổng mức phạt",
                          "tổng hình phạt", "tổng diện tích", "tổng giá trị", "tổng trị giá")
#: "gấp 4,7 lần", "gấp hơn 10 lần": a ratio of two values, the multiple counted in "lần".
TIMES_WORDS = ("gấp",)   # "tăng gấp", "cao gấp" end with it
TIMES_UNITS = ("lần",)
#: Words before what is left of a whole: "số tiền còn lại 200 triệu đồng", "nộp thêm 30 tỷ".
REMAINDER_WORDS = ("còn lại", "còn thiếu", "còn nợ", "thêm", "chưa nộp", "chưa trả", "dôi dư")
#: Of those, the ones that may stand after the value: "200 tỷ đồng còn lại".
REMAINDER_AFTER_WORDS = ("còn lại",)
#: Of those, the ones that need a whole and its part bound by grammar ("173 trong tổng số 203"):
#: "thêm" alone says nothing of what the rest is of.
REMAINDER_NEEDS_WHOLE = ("thêm",)
#: Words right before what is left of a whole when the whole and its part stand just before, in the
#: same sentence: "Dự án có 78 nền, hiện đã cấp sổ hồng cho 41 nền, còn 37 nền"; "nhận 5.000 USD,
#: giữ lại 1.000 USD ..., còn 4.000 USD đưa cho Hải". "còn" alone says "still" or "also" as often,
#: so only that shape, and only when the difference holds (`_rest_after_part` in relations.py).
REST_AFTER_PART_WORDS = ("còn",)
#: Words between a share and the amount it is worth: "51%, tương đương 252 tỷ đồng".
EQUIVALENT_WORDS = ("tương đương", "tương ứng", "tức", "tức là", "khoảng", "ước")
#: A value per unit, multiplied to a total stated after it: "mỗi chiếc xe ... 10.000 USD".
EACH_WORDS = ("mỗi",)

# --- Article relations, round 3 (relations.py): readers fitted on relations-dev2 -----------
# Relations whose operands stand in two or three sentences, or that a per-unit word, an
# outcome word or a count of the parts binds. Reported when they hold, never judged, except
# where a line below says so.

#: Words that open a sentence listing parts of totals of the sentence before: "... 679 dự án,
#: với hơn 623.000 căn. Trong đó, 108 dự án ... (73.075 căn), 152 dự án ...".
PARTS_OPENERS = ("trong đó", "trong số đó", "trong số này", "bao gồm", "gồm")
#: Words that open a sentence restating the one before: "Kho bạc cắt từ 1.047 xuống 582 đầu mối.
#: Như vậy, họ đã giảm 465 đầu mối"; "Số này bằng 28,2% tổng nguồn vốn".
RESTATING_OPENERS = ("như vậy", "tức là", "nghĩa là", "theo đó", "điều này", "số này", "con số này",
                     "số tiền này", "mức này", "lượng này")
#: Of those, the ones that open a value worked out from the sentences before: "Như vậy, doanh thu
#: quý II đạt 16.619 tỷ đồng" after the half year's and the first quarter's (relations.py
#: `_worked_out_rest`).
WORKED_OUT_OPENERS = ("như vậy", "vậy là", "tính ra")
#: Of those, the ones that name the value of the sentence before: its share is a share of
#: something ("Số này bằng 28,2% tổng nguồn vốn ... (715.155 tỷ)").
ANAPHOR_OPENERS = ("số này", "con số này", "số tiền này", "mức này", "lượng này")
#: Outcome words of games, before or after the count they tag: "(thắng 16, hòa 5)",
#: "(33 thắng, 2 hòa)", "thắng 3, hòa 5 và 6 lần thua".
OUTCOME_WORDS = {"thắng": "win", "hòa": "draw", "hoà": "draw", "thua": "loss", "bại": "loss"}
#: Outcome words of two syllables after a count: "5 chiến thắng, 5 hòa".
OUTCOME_PHRASES = {"chiến thắng": "win", "trận thắng": "win", "trận hòa": "draw", "trận thua": "loss"}
#: Words between a count of wins and the count of games they are of: "thắng 8 qua 12 trận (hòa 2,
#: thua 2)", "thắng 11 trong 14 trận".
WINS_OF_GAMES_WORDS = ("qua", "trong", "trong số", "sau")
#: Words that raise a running total: "còn có 17 kiến tạo, nâng tổng số ... lên 85".
RAISE_TOTAL_WORDS = ("nâng tổng số", "nâng tổng", "đưa tổng số", "nâng con số", "nâng giá trị")
#: Words by which a clause states a total of a counted set of items: "Tổng diện tích của 3 khu
#: đô thị này gần 790 ha"; "3 dự án ... đã chiếm hơn 192.500 tỷ đồng".
COUNTED_TOTAL_WORDS = ("tổng", "chiếm")
#: Words before a noun that make the value next to them one per unit of that noun: "30.000 USD
#: mỗi kg", "10.043 nhân dân tệ (1.376 USD) cho mỗi xe", "mỗi sổ 100 triệu đồng".
PER_EACH_WORDS = ("cho mỗi", "mỗi")
#: A part of a list said once for two or more places named before it: "...; Huế và Đà Nẵng mỗi nơi 2
#: người", "...; xã Kỳ Hoa, Kỳ Hưng mỗi nơi 1 người": the part counts once for each place (session 9).
EACH_PLACE_WORDS = ("mỗi nơi", "mỗi địa phương", "mỗi tỉnh", "mỗi xã", "mỗi phường", "mỗi huyện", "mỗi nước",
                    "mỗi quốc gia", "mỗi thành phố")
#: The most places such a part may be said for, and the most words each place's name may take.
EACH_PLACE_MOST = 4
EACH_PLACE_NAME_WORDS = 4
#: Words of a gap between a value and the one it is compared with, before the gap: "23,9%, cao hơn
#: 11,8 điểm phần trăm so với VN-Index (12,1%)", "600.000 đồng, chênh hơn 27 triệu đồng"
#: (relations.py `_gap_compared`). A "hơn" that ends one is the comparative, not "more than".
#: "giá trúng thầu 845,4 tỷ đồng, tiết kiệm 36 tỷ so với giá mời thầu 880 tỷ đồng": a saving is the
#: gap below the value compared (session 9).
GAP_COMPARE_WORDS = ("cao hơn", "thấp hơn", "nhiều hơn", "ít hơn", "lớn hơn", "nhỏ hơn", "đắt hơn", "rẻ hơn",
                     "chênh", "chênh lệch", "kém", "tiết kiệm")
#: Of those, the ones a dash may stand before in place of the comma: "– chênh lệch tới 95%" (the
#: shortest first: its absence says none of them stands).
DASHED_GAP_WORDS = ("chênh", "chênh lệch")
#: Of those, the words of being above or below the value compared: a gap in % after one is a share of
#: the lower value ("đắt hơn 20%") or of the higher ("rẻ hơn 40%"); after "chênh lệch", of either.
GAP_ABOVE_WORDS = ("cao hơn", "nhiều hơn", "lớn hơn", "đắt hơn")
GAP_BELOW_WORDS = ("thấp hơn", "ít hơn", "nhỏ hơn", "rẻ hơn", "kém", "tiết kiệm")
#: The unit of a gap between two percentages: "cao hơn 11,8 điểm phần trăm".
POINT_UNIT = "điểm"
#: A word for "per" after a value and its unit, before the noun: "210 triệu đồng một m2" (with a
#: slash: "40 triệu đồng/cơ sở"), read only where the value restates a total (relations.py
#: `_per_unit_restated`).
ONE_PER_WORDS = ("một", "mỗi")
#: Words before a value that restate a total per unit ("tương đương 210 triệu đồng một m2"); a bracket
#: and AVERAGE_CUES do as well. "tức" ("that is": "gần 1,5 triệu đồng, tức khoảng 750.000 đồng một kg",
#: session 10 round 2) restates what comes before it; the value it opens must still be per a noun
#: a count of the sentence names, and the reader reports only what holds.
PER_UNIT_RESTATING_WORDS = ("tương đương", "tương ứng", "tức là", "tức")
#: The nouns of an area a price is said per ("27 triệu đồng một m2"): a flat of that area after it
#: ("864 triệu đồng (căn 32 m2)", "(70 m2) khoảng 1,75 tỷ đồng") costs the price times the area
#: (relations.py `_price_by_area`, session 9).
AREA_NOUNS = ("m2",)
#: How many sentences after the price the flat may stand in (its own and the next).
AREA_PRICE_SENTENCES = 2
#: The most plain words between a flat's area and its price ("căn hộ diện tích 70 m2 tại đây khoảng
#: 1,75 tỷ đồng").
AREA_PRICE_WORDS = 4
#: Words after "mỗi <noun>" before the value it is worth: "mỗi môtơ có công suất 299,1 mã lực".
PER_EACH_FILLERS = ("có", "là", "được", "công suất", "giá", "trị giá", "khoảng", "chừng", "với")
#: Words between a share and the part it is worth, after "chiếm": "chiếm hơn 56% với 14.200 tỷ".
SHARE_VALUE_AFTER = ("với",)

# --- Article relations, the search (relations.py `_search`): relations that hold ---------------
# After every reader, an arithmetic search over the operands of a window (a sentence, and it with
# the sentence before or after) looks for a stated figure that others make hold. It reports only
# `consistent` (a coincidence costs a wrong "consistent" line, never a false alarm), fills only
# stated figures no reader bound, and needs each guard below: a cue word of its family in the
# window, operands of one unit noun, and a match within the stated figure's own precision.

#: Words of shares and achievements a percentage found by the search needs in its clause before
#: it (`tỷ lệ`, `chiếm`, `đạt`, `bằng`, `trên tổng số`, `kế hoạch`): without one a percentage is
#: read as no share ("lãi suất 6%").
#: ("trên" alone is no cue here: "Trên A19 Pro, ... bốn nhân ... lớn hơn 50%" is no share of two.)
SEARCH_SHARE_CUES = SHARE_WORDS + ACHIEVE_WORDS + tuple(w for w in PART_OF_WHOLE_LINKS if " " in w) + PLAN_WORDS
#: Words right after a percentage that name what it is a share of: "khoảng 11% lượng khuyến
#: nghị", "27% số hộ", "hơn 27% tổng sinh viên".
SEARCH_SHARE_AFTER = ("tổng", "số", "dân số", "lượng", "thị phần", "giá trị", "diện tích") + PLAN_WORDS
#: A sum found by the search needs a binding word: one of these just before the total ("tổng
#: cộng 36.396 xe", "tổng chiều dài ... hơn 226 km")...
SEARCH_TOTAL_BINDERS = TOTAL_AFTER_PARTS_CUES + ("trong tổng số", "trên tổng số", "cộng lại", "tổng vốn",
                                                 "tổng kinh phí", "tổng chiều dài", "tổng lượng",
                                                 "tổng doanh số", "tổng sản lượng")
#: ... or one of these between the total and its first part, no number between ("254 căn hộ, trong
#: đó 25 căn ..."). Ahead of the total or of parts listed before it, they bind those to something
#: else ("gồm 4 phụ nữ ..."; "3,8 triệu lượt, trong đó hơn 2 triệu ..."). Without a binder, lists
#: of prices and items add up by chance (measured: "1,5 triệu (A2), 2 triệu (A) và 3,5 triệu (A
#: VIP)"); "tổng" alone binds nothing ("Tổng thống"), nor a colon (a list of cases).
SEARCH_PARTS_BINDERS = PARTIAL_PARTS_CUES + EXHAUSTIVE_PARTS_CUES   # the readers' table: its scan is shared
#: Words in a stated figure's sentence that let its operands stand in the sentence before: it
#: restates that sentence or lists its parts ("Như vậy, ... gấp 6,8 lần", "Trong đó, Usyk chiếm
#: 65%", "Do đó, số tiền ... phải nộp thêm là 3,66 tỷ").
SEARCH_LINK_WORDS = RESTATING_OPENERS + PARTS_OPENERS + ("do đó", "do vậy", "vì vậy", "vậy là")
#: Words just before a stated figure that make it a difference: "tăng 12 người", "vượt 3",
#: "chênh lệch 200 triệu", "nhiều hơn 5", "còn lại 40 ha" ("hơn" alone is a qualifier).
#: Of those, the words of a gap between two values ("chênh lệch 7"): the cheap gate opens an
#: article where one has a number after it. "tăng"/"giảm" with a number do not open it: they would
#: open 114 more of the 2,000 val-2000 articles, and over the three shared sets reading every
#: article without the gate finds no relation more.
SEARCH_GAP_WORDS = ("chênh lệch", "chênh", "kém")
#: Words of the spread between the two ends of a price written as a pair ("116,8 - 119,3 triệu
#: đồng/lượng mua vào - bán ra"): the value right after them is the higher end less the lower
#: (relations.py `_spread_of_pair`, judged: the words name both ends).
SPREAD_WORDS = ("chênh lệch mua - bán", "chênh lệch mua – bán", "chênh lệch mua bán", "chênh lệch mua và bán",
                "chênh lệch giá mua và bán", "chênh lệch giá mua - bán", "chênh lệch giữa giá mua và bán",
                "chênh lệch giữa giá mua và giá bán")
#: What a value measures, read from the words before it in its clause ("doanh thu ... đạt 12.537
#: tỷ đồng", "kế hoạch lợi nhuận sau thuế 262 tỷ đồng"), to bind operands that stand sentences
#: apart (relations.py `_plan_share_by_measure`). A "/" marks a narrower measure of the one before
#: it: a bare "lợi nhuận" may be the after-tax one, never the revenue. Words that hold a measure
#: word and mean another thing ("lãi suất") are measures of their own, so they never read as it.
MEASURE_WORDS = {
    "doanh thu": "revenue", "doanh thu thuần": "revenue/net",
    "lợi nhuận": "profit", "lãi": "profit",
    "lợi nhuận trước thuế": "profit/before_tax", "lãi trước thuế": "profit/before_tax",
    "lợi nhuận sau thuế": "profit/after_tax", "lãi sau thuế": "profit/after_tax", "lãi ròng": "profit/after_tax",
    "lợi nhuận gộp": "profit/gross", "lãi gộp": "profit/gross", "lãi suất": "interest_rate",
    "lãi từ": "income_from", "lãi cho vay": "interest_income", "lãi tiền gửi": "interest_income",
    "thu nhập lãi": "interest_income",
    "thu ngân sách": "budget_revenue", "chi ngân sách": "budget_spending", "giải ngân": "disbursement",
    "kim ngạch xuất khẩu": "exports", "kim ngạch nhập khẩu": "imports", "kim ngạch xuất nhập khẩu": "trade",
    "sản lượng": "output", "nợ xấu": "bad_debt", "dư nợ": "loans", "tổng tài sản": "assets",
    "vốn điều lệ": "charter_capital", "số ca": "cases",
}
#: Words between a measure word and its value that make the binding unsure: "doanh thu và lợi
#: nhuận lần lượt đạt 100 và 20 tỷ".
MEASURE_UNSURE_WORDS = ("lần lượt", "tương ứng")
#: Words before a percentage of a plan named by its measure ("hoàn thành gần 43,6% chỉ tiêu doanh
#: thu", "đạt khoảng 33% mục tiêu doanh thu"): the achieved value and the plan stand before it.
MEASURE_ACHIEVE_WORDS = ACHIEVE_WORDS + ("thực hiện", "thực hiện được", "đạt được", "hoàn thành được")
#: Words before a percentage by which a plan named by its measure was exceeded ("vượt xấp xỉ 1%
#: kế hoạch lãi"): the achieved value over the plan, less 100.
MEASURE_EXCEED_WORDS = ("vượt",)
#: Words that make a value a plan rather than a result, in its sentence before it.
MEASURE_PLAN_WORDS = PLAN_WORDS + ("được giao", "đặt mục tiêu", "đặt kế hoạch")
#: Words between a plan word and the measure it names: "chỉ tiêu về doanh thu".
MEASURE_OF_PLAN_WORDS = ("về",)
#: The periods a value may be of, written before it in its sentence ("doanh thu 6 tháng đầu
#: năm", "nửa đầu năm", "quý II"): months counted, each spelling with the name it is compared by.
PERIOD_MONTHS_WORD = "tháng"
PERIOD_NAMES = {"nửa đầu năm": "6 tháng", "nửa năm": "6 tháng"}
PERIOD_QUARTER_WORD = "quý"
PERIOD_QUARTERS = ("i", "ii", "iii", "iv", "1", "2", "3", "4")
#: How many sentences before a percentage of a plan its operands may stand.
MEASURE_SENTENCES = 4
#: Earlier periods a change in % is compared with ("tăng 21% so với cùng kỳ năm ngoái"), each with
#: the words that, written before a value in its clause, make it the value of that period
#: ("Cùng kỳ năm ngoái, doanh thu đạt 8.690 tỷ đồng"; relations.py `_change_by_measure`). The
#: longest name is read first; a value whose clause says none of them is of the period reported.
EARLIER_PERIODS = {
    "cùng kỳ năm ngoái": "year_before", "cùng kỳ năm trước": "year_before", "cùng kỳ": "year_before",
    "năm ngoái": "year_before", "năm trước": "year_before",
    "tháng trước": "month_before", "quý trước": "quarter_before",
}
#: Words that name the same span of an earlier year: a value so named is of the months the value
#: compared with it is of ("Cùng kỳ năm ngoái, doanh thu đạt ..." beside "doanh thu 6 tháng").
SAME_SPAN_WORDS = ("cùng kỳ",)
#: Words between the compare word and the earlier period's name: "so với thực hiện cùng kỳ".
EARLIER_PERIOD_LEAD_WORDS = ("thực hiện", "mức", "con số", "số liệu")
SEARCH_DIFFERENCE_CUES = INCREASE_WORDS + DECREASE_WORDS + EXCESS_WORDS + REMAINDER_WORDS + SEARCH_GAP_WORDS
#: Words before a stated figure that make it an average: "trung bình mỗi năm 2.320", "bình quân
#: 20 triệu", "trung bình cứ 6,6 giải".
SEARCH_AVERAGE_CUES = AVERAGE_CUES
#: How many parts a sum found by the search may have.
SEARCH_MIN_PARTS, SEARCH_MAX_PARTS = 2, 8
#: At most this many operands of a window are tried, the nearest to the stated figure.
SEARCH_MAX_OPERANDS = 10
#: A qualified value ("khoảng 500", "hơn 226") allows at most this share of its value in the
#: search (the readers allow a tenth: too wide for a guess); the values a sum or a difference
#: computes may spread over twice this share of the stated result, no more ("xấp xỉ 18 triệu"
#: less 14,2 triệu is 2,3 to 5,3 triệu: no reading of a stated 2,8 triệu).
SEARCH_TOLERANCE = 0.05
#: A written precision counts in the search only where half of it is at most this share of the
#: value: "42,48 ha" allows 42,475–42,485, "18 triệu" or "2,7 triệu" only themselves.
SEARCH_PRECISION_SHARE = 0.01

# --- Statements, not numbers, round 2 (verify2: extract.py and verify.py) ------------------

#: After an hour count, words that make it a span of hours, not a time of day: "24h qua".
SPAN_AFTER_WORDS = {"qua", "tới", "vừa qua"}
HOUR_UNIT = "giờ"
#: Words after a count of days that date what follows from the date told before it: "Ngày
#: 6/8, ... Ba ngày sau, ..." is 9/8.
DAYS_LATER_WORDS = ("sau", "sau đó")
#: Minutes in each unit a span between two clock times is counted in: "Khoảng 21h ... Đến 23h"
#: is "sau hai giờ"; "7h15 ... 8h" is "45 phút".
MINUTES_IN_SPAN_UNIT = {"giờ": 60, "phút": 1}
#: Words before a summary figure that make it the top of what the article states: "giảm giá
#: tới 20%" is borne out by the article's "15-20%".
TOP_OF_RANGE_WORDS = ("lên tới", "lên đến", "tới", "đến", "tối đa", "có thể lên tới")
#: Short forms of a unit of time written apart from the number: "24 h".
TIME_UNIT_ABBREVIATIONS = {"giờ": ("h",), "phút": ("p",)}
#: Days named by what they commemorate, with their (month, day) in the solar calendar (lunar
#: holidays left out: their solar day moves): "ngày Quốc tế Phụ nữ 3/3" gives the day of another
#: event to 8/3 (issue 8, val `001205`, where the article's 3/3 is a shopping trip and it names
#: «ngày Quốc tế Phụ nữ 8/3»). Lowercased; read by `verify._named_day_moved`.
NAMED_DAYS = {"quốc tế phụ nữ": (3, 8), "phụ nữ việt nam": (10, 20), "quốc khánh": (9, 2),
              "quốc tế lao động": (5, 1), "quốc tế thiếu nhi": (6, 1), "nhà giáo việt nam": (11, 20),
              "thầy thuốc việt nam": (2, 27), "giáng sinh": (12, 25), "valentine": (2, 14),
              "lễ tình nhân": (2, 14), "báo chí cách mạng việt nam": (6, 21),
              "giải phóng miền nam": (4, 30), "thương binh liệt sĩ": (7, 27)}
#: Words that may stand between a named day and its date: "Quốc khánh (2/9)", "Quốc khánh ngày 2/9".
NAMED_DAY_JOINERS = ("(", "ngày")
#: Events a model adds to a report and dates with the report's own day ("họp báo ngày 18/6"
#: where the article's 18/6 is the day of a raid): a summary date said of one of them is flagged
#: when the article never names the event (see verify._dated_event).
DATED_EVENTS = {
    "press conference": ("họp báo",),
    "interview": ("phỏng vấn",),
}
#: What a day is the day of: the classes of events a news clause dates (issue 8: "Ngày 25/6, công
#: an phát đi thông báo" where the article's 25/6 is the day the girl left home). A date's event
#: is the predicate of its clause, read by `verify._event_of_date`: the first of these phrases
#: after a date that opens its sentence or a fronted phrase ("Ngày 25/6, Công an ... phát đi
#: thông báo"), else the last one before it ("đã tử vong vào trưa 26/7"). Whole words, the
#: longest phrase first. Verbs of telling ("report") date the telling, not what is told.
DATE_EVENT_CLASSES = {
    "report": ("cho biết", "cho hay", "thông tin", "đưa tin", "xác nhận", "tiết lộ", "chia sẻ",
               "khẳng định", "trao đổi với"),
    "notice": ("phát đi thông báo", "ra thông báo", "phát thông báo", "thông báo tìm"),
    "departure": ("đi khỏi nhà", "rời khỏi nhà", "ra khỏi nhà", "rời nhà", "bỏ nhà", "bỏ đi", "bỏ trốn",
                  "trốn khỏi", "mất tích"),
    "tip-off": ("tiếp nhận tin báo", "nhận tin báo", "nhận được tin báo", "trình báo"),
    "incident": ("xảy ra", "ẩu đả", "hỗn chiến", "đánh nhau", "xô xát", "nổ súng", "xả súng",
                 "bốc cháy", "hoả hoạn", "hỏa hoạn"),
    "injury": ("bị thương", "chấn thương", "gục ngã", "ngất xỉu", "bất tỉnh", "hôn mê"),
    "death": ("tử vong", "qua đời", "thiệt mạng", "tử nạn", "tự tử", "tự sát", "chết"),
    "funeral": ("lễ tang", "tang lễ", "lễ viếng", "an táng", "hoả táng", "hỏa táng", "truy điệu"),
    "discovery": ("phát hiện",),
    # not "điều tra": a police unit is named by it ("phòng Cảnh sát điều tra", "Cơ quan CSĐT")
    "investigation": ("khám nghiệm", "thực nghiệm hiện trường"),
    "checkup": ("khám thai", "đi khám"),
    "summons": ("triệu tập", "làm việc với"),
    "arrest": ("bắt giữ", "bị bắt", "bắt tạm giam", "bắt khẩn cấp", "bắt quả tang", "truy bắt",
               "tạm giữ hình sự", "khống chế"),
    "charge": ("khởi tố",),
    "trial": ("xét xử", "mở phiên toà", "mở phiên tòa", "phiên toà", "phiên tòa", "phiên xử"),
    "hearing": ("xét hỏi", "tranh luận"),
    "verdict": ("tuyên án", "tuyên phạt", "kết án", "lĩnh án"),
    "birth": ("hạ sinh", "sinh con", "chào đón con", "lâm bồn", "vượt cạn"),
    "wedding": ("kết hôn", "lễ cưới", "đám cưới", "hôn lễ", "lên xe hoa", "đám hỏi", "lễ ăn hỏi"),
    "award": ("trao thưởng", "khen thưởng", "trao giải"),
    "premiere": ("công chiếu", "khởi chiếu", "ra rạp"),
    # not "giết": the name of a charge ("xét xử ... về tội Giết người vào ngày 22/6")
    "killing": ("sát hại", "giết hại", "giết chết", "siết cổ", "bóp cổ", "cắt cổ"),
    "final": ("chung kết",),
    "travel": ("lên đường",),
    # not "biểu diễn" alone: a name holds it ("Cục Nghệ thuật Biểu diễn ... gửi công văn")
    "performance": ("đi biểu diễn", "buổi biểu diễn", "đêm biểu diễn", "biểu diễn tại", "biểu diễn ở"),
}
#: Words just before a year (its "năm" aside) that make it a person's year of birth: "sinh năm
#: 1989", "(SN 1975", "Sinh năm 1995,", "chào đời năm 1990" (issue 8: a birth year given to an
#: event, "những ngày cuối 1942" where the article's 1942 is only «bà B. (SN 1942)», and an event's
#: year given to a birth, "sinh năm 2013" where the article's 2013 is a career's start and its
#: singer is «sinh năm 1989»). Whole words, lowercased; read by `verify._birth_year_of_another`.
BIRTH_YEAR_WORDS = ("sinh", "sn", "sinh ra", "sinh ra vào", "sinh vào", "năm sinh", "chào đời",
                    "chào đời vào")
#: Words before "sinh" that make it another word, not a birth: "liệt sĩ hy sinh năm 1972" (died),
#: "thí sinh năm 2019" (a contestant), "Giáng sinh năm 2018" (Christmas), "học sinh", "phát sinh".
NOT_BIRTH_BEFORE_SINH = frozenset({"hy", "thí", "học", "giáng", "phát", "vệ", "sản", "hồi", "tái",
                                   "nảy", "lưu", "nghiên", "cứu", "song", "thư", "ký", "kí"})
#: Words just before a year that may make it a birth, of a person or of a thing ("công ty ra đời
#: năm 2010"): such a year is unsure.
MAYBE_BIRTH_YEAR_WORDS = ("ra đời", "ra đời vào")
#: Words anywhere in a summary sentence that tell a birth: such a sentence's year is not read as
#: the year of another event ("Năm 1990, chị được sinh ra tại Huế").
BIRTH_SENTENCE_WORDS = ("sinh", "chào đời", "ra đời", "sn", "tuổi")
#: Words just before a year that make it the time of something ("trong năm 1995", "những ngày cuối
#: 1942", "vào năm 2018", "cuộc hôn nhân ... diễn ra năm 1930"): a year so written is not a
#: person's birth year given in brackets.
YEAR_TIME_WORDS = ("trong", "vào", "cuối", "đầu", "giữa", "từ", "đến", "hồi", "sau", "trước", "hết",
                   "diễn ra", "xảy ra")
#: The class of telling: a date it opens dates the telling, and what is told after it may be of
#: that day too ("Ngày 21/5, công an cho biết đã bắt và tạm giữ 17 đối tượng"): an article's day
#: of a telling is never read as the day of another event (reports of an event a day later).
REPORT_EVENT = "report"
#: Happenings that a telling of the day does not tell unless it names them: "vụ nổ xảy ra ngày
#: 28/3" where the article's 28/3 is «Ngày 28/3, tin từ Công an huyện cho biết, đơn vị này đang
#: điều tra làm rõ vụ nổ» and its explosion «xảy ra» on 24/3 (issue 8, val `000286`). (Not an
#: arrest or a charge: "Ngày 21/5, công an cho biết đã bắt và tạm giữ 17 đối tượng" tells an
#: arrest in words the table does not name; see `verify._date_of_another_event`.)
HAPPENINGS_NOT_TOLD = frozenset({"incident"})
#: Events of one happening that may run over days and be told by any of them: a trial and its
#: verdict, a trial and its hearings. (A death and the incident it came of are not: an article
#: that dates them apart gives them two days, "ẩu đả tối 2/8 ... tử vong ngày 3/8".) A killing is
#: the incident it is told as ("vụ thảm sát xảy ra", `KIND_OF_EVENT`).
EVENTS_OF_ONE_DAY = (frozenset({"trial", "verdict"}), frozenset({"trial", "hearing"}),
                     frozenset({"killing", "incident"}))
#: Classes that are a kind of another: an article that dates the killing («tối 2/5, Tín ... dùng
#: dao sát hại mẹ ruột») dates the incident a summary tells of ("Đêm 3/5, ... xảy ra một vụ thảm
#: sát", val `001013`), and the other way round.
KIND_OF_EVENT = {"killing": "incident"}
#: Words between a date and its event that make the event a consequence, a cause or a purpose of
#: something else the date may be of ("Ngày 1/8, vụ cháy khiến 3 người tử vong" where the article
#: dates the deaths 2/8; "bị đánh tử vong"; "sau đó"; "tạm giữ 3 người để làm rõ"): the date's
#: event is then unsure.
EVENT_CAUSE_WORDS = ("khiến", "làm", "gây", "dẫn đến", "do", "vì", "dẫn tới", "sau khi", "sau đó",
                     "trước đó",
                     "đánh", "đâm", "bắn", "tông", "để", "nhằm")
#: The most words a fronted phrase holding a date may have ("Rạng sáng ngày 19/7,", "Khoảng 9h
#: sáng ngày 25/6,"): with more, the date ends a clause of its own ("... vào tối 17/9, cơ quan
#: chức năng đã truy bắt": the date of the shooting told before it).
FRONTED_DATE_WORDS = 5
#: Words that may stand before a date in its clause (after a comma) and leave the date opening the
#: clause, with no comma after it: "Nhị khai nhận, do bà T. hay chửi bới Nhị, nên 4h sáng 18/7 Nhị
#: đã bóp cổ bà T." dates the killing, not what was told before the comma (val `000403`). Times
#: of day, "khoảng", "lúc", "ngày", and the conjunctions that join one clause to the last; a time
#: figure ("4h", "21h30") may stand among them. Any other word keeps the clause's own reading.
#: Written with a capital after a lowercase word ("trong đêm Ngày 20/5,"), one of them opens a
#: sentence whose stop the text lost (`verify._SENTENCE_OPENED_MIDWAY`).
DATE_CLAUSE_OPENERS = frozenset({"nên", "thì", "rồi", "và", "đến", "tới", "vào", "khoảng", "lúc",
                                 "sáng", "trưa", "chiều", "tối", "đêm", "khuya", "rạng", "ngày",
                                 "hôm", "sớm", "gần", "hơn", "đầu", "cuối"})
#: Words that open a bracket restating the time before it as a date: "ngày mai (tức 7/3), TAND
#: ... sẽ mở phiên xét xử" (the date then opens its phrase like the time it restates, val `000870`).
DATE_RESTATING_WORDS = ("tức", "tức là", "nhằm")
#: Words that, right after such a date, make it the end of the clause before it, not the opening
#: of its own: a place ("..., sáng 25/8 tại TP HCM."), "vừa qua". (A word of cause,
#: `EVENT_CAUSE_WORDS`, does too: "Sự việc xảy ra ..., sáng 22/8 khiến 5 người bị thương".)
DATE_ADJUNCT_FOLLOWERS = frozenset({"tại", "ở", "trên", "vừa"})
#: Words that mark a clause's own predicate ("đã bước vào", "sẽ diễn ra", "bị huỷ"): a date read
#: backwards to its event is not given the event of an earlier clause when the date's own clause
#: (after the last comma between them) holds one: "Trước đêm chung kết, các thí sinh ... đã bước
#: vào phần thi phụ ... vào tối 11/11" dates the side contest, a predicate no class names, not the
#: final (val `001401`, the false alarm that kept date8 from a class for the final).
CLAUSE_PREDICATE_MARKERS = frozenset({"đã", "sẽ", "vừa", "đang", "bị", "được"})
#: A model that answers the request instead of summarising ("Vui lòng cung cấp văn bản ... để tôi
#: có thể tóm tắt cho bạn trong 3-4 câu", "Văn bản bạn cung cấp chỉ lặp lại ... hai lần") states
#: nothing about the article. A summary sentence is such an answer when it speaks to the user
#: (a word of REQUEST_PERSONS) of the text or the summary (a word of REQUEST_TOPICS); its figures
#: get no verdict.
REQUEST_PERSONS = frozenset({"tôi", "bạn"})
REQUEST_TOPICS = ("văn bản", "tóm tắt")
#: A figure that measures the text or the summary, not the news: "(tóm tắt) trong 3-4 câu",
#: "(văn bản) lặp lại ... hai lần". The unit, and a word its sentence must hold.
TEXT_MEASURES = {"câu": ("tóm tắt",), "lần": ("lặp lại",)}
#: After "một trong" (one of) and a small count, a word that points back at things the summary has
#: named: "một trong hai phương thức này" (one of these two), as "cả hai" does (while "trong 3 năm
#: này" counts years); and nouns a small count of which names the
#: parties already named: "Hai bên sẽ cùng phát triển" (both sides).
REFERRING_AFTER = frozenset({"này"})
REFERRING_ONE_OF = ("một trong",)
REFERRING_NOUNS = frozenset({"bên"})
#: Words after a summary's count and its noun that open the list of what it counts, in the same
#: sentence: "hai phương thức liên hệ: số điện thoại ... và địa chỉ email ...", "ba khu nghỉ dưỡng
#: được nhắc đến là A, B và C". The count is then the summary's own (see derive.own_list_count).
OWN_LIST_OPENERS = (":", "là", "gồm", "bao gồm", "gồm có")
#: Words between the items of such a list ("A, B và C", "A hoặc B", "A và B, cùng C").
OWN_LIST_JOINERS = (",", "và", "hoặc", "cùng", "cùng với")
#: Most characters between the count and the opener of its list.
OWN_LIST_REACH = 80
#: Words between a noun and the number that names it which change nothing of the value: "lần
#: thứ 78" and "lần 78", "vị trí thứ 4" and "vị trí số 4" (see wording.written_beside).
NUMBER_MARKERS = ("thứ", "số")
#: Words that join two numbers the last of which carries the scale and the unit of both:
#: "599 và 649 triệu đồng" is 599 triệu đồng and 649 triệu đồng.
SHARED_SCALE_JOINERS = ("và", "hoặc")
#: Phrases that give a rank before its number: "xếp thứ 9", "đứng hạng 9", "lên vị trí 84" and
#: "đứng thứ 84" are the same place in a table (see wording.same_rank). Longest first.
RANK_PHRASES = (
    "xếp hạng thứ", "đứng hạng thứ", "vị trí thứ", "vị trí số", "hạng thứ", "xếp hạng", "đứng hạng",
    "xếp thứ", "đứng thứ", "vị trí", "hạng",
)
#: A number after "số" is a rank only before the table it ranks in: "số 34 WTA" is "vị trí thứ
#: 34" (while "số 34" alone may be a house or a shirt).
RANK_NUMBER_WORD = "số"
RANK_TABLES = ("thế giới", "wta", "atp", "fifa", "bwf")
#: Words too common to anchor a figure written another way beside them: "và 2" and "và hai".
NEIGHBOUR_STOP_WORDS = frozenset({
    "và", "của", "là", "có", "với", "được", "đã", "các", "những", "trong", "cho", "từ", "đến",
    "tới", "hoặc", "khoảng", "gần", "hơn", "trên", "dưới", "sau", "trước", "vào", "nhất", "thứ",
    "số", "chỉ", "còn", "mỗi", "một", "này", "đó", "người",
})
#: Number words that stand for no count beside a noun: "không" (no, not).
NOT_NUMBER_SPELLINGS = frozenset({"không"})
#: A first line of a summary that only announces it ("Dưới đây là bản tóm tắt trong 3 câu:")
#: states nothing about the article: its figures get no verdict. Its words, lowercased.
PREAMBLE_WORDS = ("tóm tắt",)
#: "nửa" before a unit of time or measure is half of it: "nửa giờ", "hơn nửa tấn" (0,5). Before
#: other words it is no quantity ("nửa đêm", "nửa đầu năm"; "một nửa" is a ratio).
HALF_WORD = "nửa"
HALF_OF_UNITS = ("giờ", "tiếng", "tháng", "năm", "ngày", "tuần", "thế kỷ", "tấn", "km", "ha", "lít", "kg")
#: "một" is a count of 1 before these nouns when a word of ONE_AFTER_WORDS stands before it:
#: a span ("sau một ngày", "trong một tháng") or an outcome ("khiến một người bị thương").
ONE_COUNTS_UNITS = ("ngày", "tuần", "tháng", "năm", "giờ", "tiếng", "người", "nạn nhân", "đối tượng",
                    "học sinh", "chiến sĩ")
ONE_AFTER_WORDS = {"sau", "trong", "mất", "kéo dài", "suốt", "gần", "hơn", "chỉ", "khoảng", "thêm",
                   "khiến", "làm", "chỉ có"}
#: Words after "một <unit>" that make it a set phrase, not a count: "sau một ngày dài".
ONE_IDIOM_AFTER = {"dài"}


# --- Figure patterns (extract.py): the words its regular expressions read -------------------
# Each pattern of extract.py is built from these; extract.py spells no Vietnamese word.

#: Digit words too common as ordinary words to open a written number on their own ("một" = a,
#: "năm" = year, "không" = no, "tư" = private): they open one only before a scale or tens word.
NUMBER_WORDS_NOT_OPENING = {"một", "năm", "không", "tư"}
#: What must follow "một" (resp. "năm") for it to open a number: "một trăm", "năm mươi".
AFTER_ONE_OPENING = ("trăm", "nghìn", "ngàn", "triệu", "tỷ", "tỉ", "nửa")
AFTER_FIVE_OPENING = ("mươi", "trăm", "nghìn", "ngàn", "triệu", "tỷ", "tỉ")
FIVE_WORD = "năm"
#: Scale words of one word ("3 triệu"); the compound ones are SCALE_WORDS' other keys.
SINGLE_SCALE_WORDS = ("nghìn", "ngàn", "triệu", "tỷ", "tỉ")
#: Scales that may follow a larger one with their own number: "3 tỷ 200 triệu".
SUBSCALE_WORDS = ("triệu", "nghìn", "ngàn")
#: Compound scales read before the single ones.
COMPOUND_SCALE_WORDS = ("nghìn tỷ", "ngàn tỷ")
#: Words of time in the figure patterns.
MONTH_WORD = "tháng"
YEAR_WORD = "năm"
QUARTER_WORD = "quý"
#: A quarter named by its number word, with no "thứ": "quý hai", "quý tư" ("quý nhất" is
#: "most precious", so the first quarter only as "quý thứ nhất", "quý I", "quý 1").
QUARTER_NUMBER_WORDS = {"hai": 2, "ba": 3, "tư": 4, "bốn": 4}
FROM_WORD = "từ"
#: Words between the two ends of a range: "từ 3 đến 4 tỷ", "2010 tới 2020".
RANGE_JOINER_WORDS = ("đến", "tới")
#: An hour and its minutes: "21 giờ 45", "21h45 phút".
HOUR_WORDS = ("h", "giờ")
MINUTE_WORDS = ("phút", "p")
#: Nouns before "thứ" that make an ordinal: "lần thứ 2", "kỳ họp thứ 5", "xếp thứ 3".
ORDINAL_HEADS = ("lần", "lượt", "đợt", "khóa", "khoá", "kỳ", "kì", "vòng", "hạng", "phiên", "đứng",
                 "kỳ họp", "xếp")
#: Nouns a Roman numeral follows without "thứ": "khóa XIII", "Đại hội XI".
ROMAN_HEADS = ("khóa", "khoá", "đại hội")
#: Heads after which an ordinal written in words is read, as its digits are, where it numbers a
#: streak ("lần thứ hai liên tiếp" is "lần thứ 2 liên tiếp", "mùa thứ tư liên tiếp"): editions
#: and turns of an event. "thứ hai" alone is a weekday (Monday), and so is a capitalised "thứ
#: Hai" after any head. One word each. Outside a streak ("lần thứ hai", "ván thứ ba") it is left
#: unread: read there, it drew 15 flags over the Gemini summaries and 14 were false alarms, the
#: article saying it otherwise ("chức vô địch thứ sáu", "vòng đàm phán thứ hai", "ván tiếp
#: theo") or giving the head to another event ("lần thứ 57" of the contest, not of the team).
WORD_ORDINAL_HEADS = EDITION_HEADS | {"khoá", "kì", "vòng", "ván", "hiệp", "set", "phiên", "trận"}
#: Words after an ordinal or a count that make it the length of a streak: "lần thứ ba liên
#: tiếp" (the third in a row), "ba kỳ World Cup liên tiếp" (three in a row).
STREAK_WORDS = ("liên tiếp",)
#: The most words between a count and the streak word that close its streak ("vô địch ba giải
#: VnExpress Marathon (VM) liên tiếp").
STREAK_REACH_WORDS = 6
#: Spellings of one head noun: an ordinal's unit is written the first way.
SPELLING_VARIANTS = {"khoá": "khóa"}
#: Words just before a digit that may open a longer figure ("tháng 10", "lần thứ 2").
DIGIT_OPENERS = {"năm", "từ", "tháng", "ngày", "quý", "thứ"}
#: Words before "a/b" that make it a share, not a date: "chiếm 1/6", "gần 1/3".
FRACTION_OPENERS = {"đạt", "chiếm", "khoảng", "gần", "hơn", "trên"}
#: A digit word that counts on its own, even with no unit after it ("hai" in "cả hai").
COUNTING_DIGIT_WORDS = ("hai", "bốn", "sáu", "bảy", "bẩy", "tám", "chín")
#: Units written against the number ("5km", "100.000đ").
ATTACHED_UNITS = {"km", "m", "m2", "m²", "m3", "m³", "kg", "g", "ha", "đ", "tr", "cm", "mm",
                  "MW", "kW", "kWh", "GW", "tấn", "ml", "l"}
#: Parts of the day after "N giờ" that make it a time of day: "2 giờ sáng" is 02:00, as "2h" is.
PARTS_OF_DAY = ("sáng", "trưa", "chiều", "tối", "đêm")
#: Words that make the year after them the base of a comparison: "tăng 120% so với nửa đầu năm
#: 2024", "so với cùng kỳ 2024". A summary that gives that year to the period itself is flagged.
COMPARISON_BASE_WORDS = ("so với", "cùng kỳ")

# --- The time a value is stated for (verify.py, "this year's period given a past year") -----

#: Parts of a year written before "năm" and a year ("nửa đầu năm 2024", "6 tháng đầu năm 2024",
#: "quý II/2024"), each with the part it names: the same part however it is written. "N tháng
#: đầu năm" names the first N months (6 of them: the first half).
YEAR_PART_PHRASES = {
    "nửa đầu": "H1", "nửa cuối": "H2", "hai quý đầu": "H1", "hai quý cuối": "H2",
}
#: "N tháng đầu/cuối năm": the first (last) N months; N = 6 is a half.
MONTHS_OF_YEAR_PART = ("tháng đầu", "tháng cuối")
MONTH_COUNT_WORDS = {"sáu": 6, "ba": 3, "chín": 9}
#: Quarter numbers after "quý" that never mean "precious" ("quý II", "quý 3").
QUARTER_NUMERALS = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "1": 1, "2": 2, "3": 3, "4": 4}
#: Words that name the year before the one of writing: a year they stand with, in one clause
#: and with no other year between ("Năm trước, công ty lỗ 315 tỷ trong năm 2024"), is past.
#: Not "năm trước đó" (the year before another year the sentence names).
LAST_YEAR_WORDS = ("năm ngoái", "năm trước")
LAST_YEAR_NOT_BEFORE = ("đó",)
#: Words that may open a clause before a word of the year before ("Hồi năm ngoái, ...").
LAST_YEAR_LEADS = frozenset({"trong", "hồi", "vào", "cả", "cũng"})
#: Words of a plan or a forecast: a year given as the base of one ("dự kiến tăng 10% so với
#: năm 2024") may be the year of writing, so it does not say that year is past.
PLAN_OR_FORECAST_WORDS = ("dự kiến", "kế hoạch", "mục tiêu", "dự báo", "sẽ", "phấn đấu", "đặt ra")
#: Words that may open a sentence before the time it is told of ("Trong năm 2024, ...", "Tính
#: đến hết quý II, ...", "Riêng năm ngoái, ...").
TIME_LEADS = ("tính chung", "tính riêng", "tính đến hết", "tính đến", "chỉ trong", "trong", "riêng",
              "hồi", "vào", "đến hết", "cả", "sau")
#: A year told relative to the year of writing, when it opens a sentence: "năm nay" (this year),
#: "năm ngoái", "năm trước" (the year before). "năm trước đó" is relative to another year.
THIS_YEAR_WORDS = ("năm nay",)
#: A season told relative to the one of writing: "mùa này", "mùa trước", "mùa giải trước".
SEASON_WORD = "mùa"
SEASON_AFTER = ("giải",)
THIS_SEASON_WORDS = ("này", "giải này", "giải năm nay")
LAST_SEASON_WORDS = ("trước", "giải trước", "vừa qua", "giải vừa qua")
#: Words that make a sentence's time a running total ("Lũy kế 6 tháng", "Từ đầu năm đến nay"):
#: a value told so overlaps every part of the year, and no time is read for it.
CUMULATIVE_TIME_WORDS = ("lũy kế", "luỹ kế", "từ đầu năm", "cộng dồn")

# --- The day of writing, given from outside (verify: written10) -----------------------------

#: Years told relative to the year of writing, and how many years from it: resolved only
#: when the day of writing is given (`types.DayOfWriting`). "năm trước đó" and "năm sau"
#: are relative to another year the text tells, so they are none of these.
YEARS_FROM_WRITING = {"năm nay": 0, "năm ngoái": -1, "năm trước": -1, "năm kia": -2}
#: What a year told relative to the year of writing may not be followed by: "năm trước đó"
#: (the year before that), "năm nay 35 tuổi" reads fine, so only these.
NOT_FROM_WRITING_AFTER = ("đó", "nữa")
#: Months told relative to the month of writing, and how many months from it: resolved only
#: when the day of writing is exact (a day that may be a day late can cross a month's end).
#: "tháng trước đó" is relative to another month, "3 tháng trước" counts months back.
MONTHS_FROM_WRITING = {"tháng này": 0, "tháng trước": -1, "tháng tới": 1}
#: A season of the year told of the year of writing: "Hè này, ..." (this summer), "mùa hè
#: năm nay". Only the seasons of a year: "mùa giải này" (a sports season) may span two.
THIS_YEARS_SEASONS = ("hè này", "mùa hè này", "hè năm nay", "mùa hè năm nay", "đông này",
                      "mùa đông này", "xuân này", "mùa xuân này", "thu này", "mùa thu này")
#: Words that count years or months back before a word of the one before: "3 năm trước", "vài năm
#: trước" are some years ago, not the year before (with the digit words, `DIGIT_WORDS`).
COUNTING_BACK_WORDS = frozenset({"mười", "mươi", "vài", "mấy", "nhiều", "bao", "các", "những"})


# --- What a figure is said of: its slot (checks/slots.py) ---------------------------------

#: Predicates written in other words: each phrase is read as its class, so that "13 người tử
#: vong" and "làm chết 13 người" fill one slot. Longest phrase first is found by the reader.
#: "thương vong" (the dead and the injured together: a total of both) is a class of its own, not
#: read as either.
PREDICATE_CLASSES = {
    "chết": ("chết", "tử vong", "thiệt mạng", "tử nạn", "qua đời", "tử thương"),
    "bị thương": ("bị thương", "trọng thương", "thương tích", "bị thương nặng", "bị thương nhẹ", "xây xát"),
    "mất tích": ("mất tích",),
    "thương vong": ("thương vong",),
    "dương tính": ("dương tính",),
    "âm tính": ("âm tính",),
    "tăng": ("tăng", "tăng thêm", "tăng trưởng", "tăng lên", "cao hơn", "nhiều hơn"),
    "giảm": ("giảm", "sụt giảm", "giảm xuống", "sụt", "thấp hơn", "ít hơn"),
    "xuất khẩu": ("xuất khẩu",),
    "nhập khẩu": ("nhập khẩu",),
    "thắng": ("thắng", "chiến thắng", "giành chiến thắng"),
    "thua": ("thua", "thất bại", "để thua"),
    "hòa": ("cầm hòa", "cầm hoà", "hòa nhau", "hoà nhau"),   # not "hòa" alone: Hòa Bình, anh Hòa
    "tù": ("tù", "phạt tù", "tù giam", "năm tù"),
    "án treo": ("án treo", "tù treo", "tù cho hưởng án treo"),
    # steps of a criminal case: the people caught are not (all) the people charged
    "bắt giữ": ("bắt giữ", "bắt quả tang", "bắt khẩn cấp", "bắt gọn", "tóm gọn"),
    "khởi tố": ("khởi tố", "khởi tố bị can", "truy tố"),
    # what is done with money: the sum seized is not the sum wagered or taken
    "thu giữ": ("thu giữ", "tịch thu", "thu giữ tại chỗ"),
    "giao dịch": ("giao dịch", "số tiền giao dịch"),
    # what is done with goods: what was stolen is not what was sold on, nor what was bought
    "lấy trộm": ("trộm", "lấy trộm", "ăn trộm", "trộm cắp", "đánh cắp", "lấy cắp", "lấy đi"),
    "bán": ("bán", "bán lại", "đem bán", "mang bán"),
    "mua": ("mua", "mua được", "mua lại"),
    "mua bán": ("mua bán", "buôn bán"),   # trade: both, read as one word so that neither is read
    # what is taken and what is paid back: the sum embezzled is not the sum repaid
    "chiếm đoạt": ("chiếm đoạt", "biển thủ", "thụt két", "tham ô", "lừa đảo chiếm đoạt", "lừa chiếm đoạt"),
    "khắc phục": ("khắc phục", "khắc phục hậu quả", "nộp khắc phục", "trả lại", "hoàn trả", "hoàn lại", "nộp lại",
                  "chuyển lại", "trả lui"),
    # money taken in ("nhận tiền của 3 người để xin việc cho 6 trường hợp"): the act a part given
    # as the whole is read by (`verify._part_given_as_whole`); not "nhận" alone ("thừa nhận",
    # "khai nhận", "nhận án"), nor exclusive of giving: "đưa cho ông H. 70 triệu" is his "nhận"
    "nhận tiền": ("nhận tiền", "nhận số tiền", "nhận tổng số tiền", "nhận được số tiền", "nhận hối lộ",
                  "nhận tiền của"),
}
#: Who can be of an age: a person named by one of these nouns just before the age ("bé gái 8
#: tuổi", "cụ bà 80 tuổi") is of an age within the range (years, both ends included). A summary
#: age outside it ("dâm ô bé 43 tuổi") is another person's: the article's 43 tuổi is said of
#: someone else. Only nouns that name an age group whatever the context ("cô bé", "cậu bé" and
#: "cháu" name teenagers and grown grandchildren too).
AGE_GROUP_NOUNS = {
    ("bé", "bé gái", "bé trai", "cháu bé", "em bé", "bé sơ sinh", "trẻ sơ sinh"): (0, 17),
    ("cụ", "cụ ông", "cụ bà", "ông cụ", "bà cụ"): (50, 130),
    ("thai phụ", "sản phụ"): (12, 55),
}
#: Nouns that end with one of those but name no age group.
NO_AGE_GROUP_NOUNS = ("cô bé", "cậu bé", "chú bé")
#: Words between the noun and the age that leave the noun the holder: "cháu bé chỉ mới 4 tuổi".
AGE_GROUP_FILLERS = ("chỉ", "mới", "chưa", "đầy", "chưa đầy", "đã", "khoảng", "hơn", "gần", "tròn")
#: Counts of a whole a sum is taken from, besides people ("15 người bị hại"): "6 trường hợp",
#: "5 vụ" (`verify._part_given_as_whole`).
WHOLE_COUNT_UNITS = ("trường hợp", "vụ")
#: Words that open a list of the parts of a whole in a sentence ("Tang vật thu giữ gồm: 2 xe
#: ô tô, 5 điện thoại, 120 triệu đồng tiền mặt"; "Trong đó có 8 con chó lớn và 4 chó con"): a
#: value after one of them, among other listed values, is one item, said of the list's head
#: (`verify._listed_part_as_whole`).
LIST_OPENERS = ("bao gồm", "gồm có", "gồm", "trong đó có", "trong đó", "trong số đó", "trong số này")
#: Words just before a summary value that make it a whole ("tổng cộng 27 tháng tù", "toàn bộ 8
#: con chó", "tổng số tiền hơn 800 triệu"): one item of a list, or one person's share, given so
#: is given as the whole. Not "tổng" alone: "Tổng thống", "Tổng cục".
WHOLE_WORDS = ("tổng cộng", "tổng số", "tổng trị giá", "tổng giá trị", "toàn bộ", "tất cả", "cả thảy")
#: Words that deny a claim: a value told only inside one ("đơn vị này phủ nhận và cho biết không
#: rõ thông tin '14 vụ xử lý hành chính' là ở đâu ra") is no fact of the article
#: (`verify._denied_value`).
DENIAL_WORDS = ("phủ nhận", "bác bỏ", "không có chuyện", "không đúng sự thật", "sai sự thật", "thông tin sai",
                "bịa đặt", "tin giả", "không có căn cứ")
#: Words that name a claim, not a fact: a value after one of them, in a sentence (or before the
#: sentence) that denies it, is the claim's ("Liên quan đến thông tin ... bắt 14 vụ", then "phủ
#: nhận"). A summary sentence with one of them, or a word of denial, tells the claim as a claim.
CLAIM_WORDS = ("thông tin", "tin đồn", "nguồn tin", "cáo buộc", "tố cáo", "lan truyền", "đồn đoán",
               "nghi vấn", "cho rằng", "được cho là", "bị cho là", "nghi ngờ", "phản ánh", "tố")
#: Negations that, in a summary sentence, may put its value inside a denial ("khẳng định không có
#: cá nhân nào ... chi 100 triệu đồng"): the value is not stated as a fact there.
SUMMARY_NEGATIONS = ("không có", "không hề", "không phải")
#: Words of killing: a clause that says one of them says a casualty as the dead do ("giết hại 3
#: thành viên trong gia đình"; `verify._people_of_another_act`).
KILLING_WORDS = ("giết", "sát hại", "thảm sát", "đâm chết", "chém chết", "bắn chết", "truy sát")
#: Nouns that name the one person an age is said of when they stand just before it ("cô vợ chưa
#: đủ 16 tuổi", "bé gái 12 tuổi", "thần đồng toán học 7 tuổi": the noun and the words after it
#: up to the age are the holder). A summary that gives such a holder an age the article gives
#: only to others, while the article gives that very holder another age, moves an age from one
#: person to another (`verify._age_of_another_holder`). Roles and kin that one article gives
#: one person at a time; not nouns many people of a story share (`cầu thủ`, `người dân`).
AGE_HOLDER_NOUNS = frozenset({
    "vợ", "chồng", "bố", "mẹ", "cha", "con trai", "con gái", "anh trai", "em trai", "chị gái",
    "em gái", "ông ngoại", "bà ngoại", "ông nội", "bà nội",
    "bé gái", "bé trai", "cô gái", "chàng trai", "thiếu niên", "thiếu nữ", "cô bé", "cậu bé",
    "nam sinh", "nữ sinh", "thần đồng", "nạn nhân", "nghi phạm", "nghi can", "hung thủ",
    "thủ phạm", "rocker", "rapper",
})
#: Nouns that name anyone of an age (the law's "người dưới 16 tuổi", "trẻ em từ đủ 13 tuổi"):
#: a holder apart from any one person, never the holder of a summary's age.
AGE_CATEGORY_NOUNS = frozenset({"người", "trẻ em", "trẻ", "người chưa thành niên", "người cao tuổi"})
#: Words that open a clause saying which of a category: "người bị kết án đủ 75 tuổi" is anyone
#: sentenced (the law's), not one person.
AGE_CATEGORY_RELATIVES = frozenset({"bị", "được", "phạm", "có", "đã", "chưa", "từ"})
#: Words between a holder and its age: "cô vợ chưa đủ 16 tuổi", "trẻ em từ đủ 13 tuổi".
#: Read one syllable at a time.
AGE_HOLDER_FILLERS = frozenset(w for f in AGE_GROUP_FILLERS for w in f.split()) | {
    "đủ", "từ", "dưới", "trên", "ngoài", "vừa", "chừng", "tầm", "độ", "là"}
#: Words before a holder noun that make it many people ("các cô bé 13-15 tuổi", "nhiều bệnh
#: nhân ngoài 20 tuổi"): whose such an age is, no one person says.
AGE_HOLDER_PLURALS = frozenset({"các", "những", "nhiều", "mọi", "mỗi"})
#: Openers of a fronted clause whose age is the main clause's subject's: "Mặc dù đã 75 tuổi,
#: nhưng bà Hồ Thị Phi vẫn ...", "Dù mới chỉ là cô bé 13 tuổi, cháu L. đã ..." (the person named
#: at the head of the clause after the comma). "Năm 17 tuổi, ..." and "Khi 20 tuổi, ..." tell
#: another time of the person, not the age the article gives now: not among them.
AGE_CONCESSIVE_OPENERS = ("mặc dù", "dù", "tuy")
#: The copula before a noun said of the subject: "là cô bé 13 tuổi" (being a girl of 13).
PREDICATIVE_WORD = "là"
#: Words that open the main clause before its subject: "..., nhưng bà Phi vẫn".
MAIN_CLAUSE_OPENERS = frozenset({"nhưng", "thì", "song"})
#: At most this many words after a holder noun and before its age ("thần đồng toán học 7 tuổi").
AGE_HOLDER_MODIFIERS = 2
#: Classes of which a statement has at most one: a figure of the dead is no figure of the
#: injured, nor of the casualties (the dead and the injured together: "9 người thương vong, 1 người
#: tử vong"); a positive test is no negative one; an increase is no decrease. Two slots with
#: different classes of one group are two statements, whatever other words they share.
#: What befalls people: the dead, the injured, the missing, both dead and injured.
CASUALTY_CLASSES = frozenset({"chết", "bị thương", "mất tích", "thương vong"})
EXCLUSIVE_PREDICATES = (
    CASUALTY_CLASSES,
    frozenset({"dương tính", "âm tính"}),
    frozenset({"tăng", "giảm"}),
    frozenset({"xuất khẩu", "nhập khẩu"}),
    frozenset({"thắng", "thua", "hòa"}),
    frozenset({"tù", "án treo"}),
    frozenset({"bắt giữ", "khởi tố"}),
    frozenset({"thu giữ", "giao dịch"}),
    frozenset({"lấy trộm", "bán", "mua"}),
    frozenset({"chiếm đoạt", "khắc phục"}),
)
#: The span of time a figure is counted over, from the words of its clause: the count of one
#: day is not the count of the week (no two spans name the same count). Only words that name the
#: span itself ("trong ngày", "tuần qua"), not a date, nor a day named relative to the day of
#: writing ("hôm qua": a summary may rightly say "hôm nay" of it), nor "6 tháng" (also a sentence).
TIME_SCOPES = {
    "ngày": ("trong ngày", "24 giờ qua", "24h qua", "trong 24 giờ"),
    "tuần": ("trong tuần", "tuần qua", "tuần này", "tuần trước", "7 ngày qua", "một tuần qua"),
    "tháng": ("trong tháng", "tháng này", "tháng qua", "tháng trước"),
    "quý": ("trong quý", "quý này"),
    # a named quarter ("trong quý II" is the second, not "trong quý", this one), and the months
    # from January to the end of one: the first 5 months are neither a quarter nor the half-year
    # (the first 3 are the first quarter, but an article that gives both may give two values)
    **{f"quý {n}": (f"quý {roman}", f"quý {n}", f"trong quý {roman}", f"trong quý {n}")
       for n, roman in ((1, "i"), (2, "ii"), (3, "iii"), (4, "iv"))},
    "3 tháng": ("3 tháng đầu năm", "ba tháng đầu năm"),
    **{f"{n} tháng": (f"{n} tháng đầu năm", f"{word} tháng đầu năm")
       for n, word in ((2, "hai"), (4, "bốn"), (5, "năm"), (7, "bảy"), (8, "tám"), (9, "chín"),
                       (10, "mười"), (11, "mười một"))},
    "nửa năm": ("6 tháng đầu năm", "sáu tháng đầu năm", "nửa đầu năm", "nửa năm"),
    "năm": ("năm nay", "trong năm", "cả năm"),
    "năm trước": ("năm ngoái", "năm trước", "năm rồi"),
}
#: Spans of time that may be any one of others: "quý này" (this quarter) may be "quý II".
SCOPES_WITHIN = {"quý": frozenset({"quý 1", "quý 2", "quý 3", "quý 4"})}
#: Words that end the clause a figure is read in, as punctuation does: "13 người chết và hơn 50
#: người bị thương" puts "chết" with 13 and "bị thương" with 50.
SLOT_BOUNDARY_WORDS = ("và", "còn", "nhưng", "trong khi", "trong đó", "trong số đó", "gồm", "bao gồm",
                       "so với", "hoặc")
#: Words after a figure that make it one part of more ("Bono còn có 10 pha cứu thua khác"): a
#: summary's larger value in its slot may be the whole (11 saves), not another value.
ONE_PART_WORDS = frozenset({"khác", "thêm", "nữa"})

# --- gemrec11: a value given to another act of the same thing, another time of writing ------

#: Acts done to one thing that are not one another (`verify._value_of_another_act`): each group
#: is {class: phrases}. What was attacked was not (all) destroyed; what was seized was not (all)
#: destroyed. A value the article says only with one act of a group, which the summary says
#: with another act of that group (and the article never with it), is the other act's.
#: Phrases are read as whole words in the value's own clause part (`verify._act_part`).
ACTS_APART = (
    {"tấn công": ("tấn công", "tập kích", "không kích", "oanh tạc", "nã pháo"),
     "phá hủy": ("phá hủy", "phá huỷ", "tiêu diệt", "bắn hạ", "bắn rơi", "hủy diệt", "huỷ diệt")},
    {"thu giữ": ("thu giữ", "tịch thu", "tạm giữ", "thu gom", "bắt giữ"),
     "tiêu hủy": ("tiêu hủy", "tiêu huỷ", "phá hủy", "phá huỷ", "nghiền nát", "ép nát", "đốt bỏ")},
)
#: Words that join two acts said of one value, both done ("thu giữ và tiêu hủy"): an act in the
#: other's complement ("đề nghị tòa tuyên phạt", "thu giữ nhằm tiêu hủy") is not joined so.
ACTS_JOINING_WORDS = ("và", "rồi", "sau đó")
#: Words that give a value to the whole country (`verify._part_given_to_the_nation`): a value
#: the article gives to some provinces, one city or one facility is not the country's. Read as
#: whole words, so each finds the phrases that hold it too ("trên cả nước", "toàn quốc gia").
NATION_WORDS = ("cả nước", "toàn quốc")

# --- A value put in the place of its neighbour (verify._exchanged_in_its_sentence, swap11) ---
#: Words that tell nothing of what a number is, as its neighbours: the function words of
#: `NOT_UNIT_WORDS` less those that say which end of a range or a change it is ("từ 9 năm đến
#: 10 năm", "từ đủ 13 tuổi đến dưới 16 tuổi", "Từ 87,1 kg ... chỉ còn 58,5 kg"), and "khác"
#: ("1 người tên Ba và 2 người khác": any count may be of others).
RANGE_END_WORDS = frozenset({"từ", "đến", "tới", "dưới", "trên", "hơn", "gần", "còn", "lên", "xuống"})
NEIGHBOURS_SAY_NOTHING = frozenset(NOT_UNIT_WORDS - RANGE_END_WORDS) | {"khác", "khoảng", "chừng"}
#: What stands between a whole and its part in one sentence ("là 150.000 USD, trong đó Châu
#: chiếm đoạt 145.000 USD"; "2 người chết (... có 1 người; ...)"): two values so placed are
#: not two slots whose values may be exchanged.
PART_BETWEEN = PARTS_OPENERS + ("(",)
#: Classifiers (and "đôi", a pair) read through to the noun a count counts, when two counts of
#: one sentence are told apart by it ("12.500 đôi giày, 20.000 chiếc áo"; `verify._counted_noun_key`).
COUNTED_AFTER = frozenset(CLASSIFIERS | {"đôi"})
