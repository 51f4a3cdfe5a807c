"""Vietnamese text normaliser: rewrites a bulletin into the words a TTS voice should say.

Dates, times, document numbers, money, percentages, phone numbers, ordinals, units and abbreviations are read the
way a Vietnamese listener expects; no ASCII digit and no raw capital abbreviation is left. The passes run in a fixed
order because earlier patterns are more specific: "số 1283/UBND-VHTT" is a document number before "30/8" can be a
date, and a phone number before its groups can be read as cardinals. The output is stable: normalising it again
changes nothing.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Callable, Iterable

from audio.numbers_vi import check_dialect, read_digits, read_fraction_digits, read_number
from audio.pronunciations import (
    DOC_CODES,
    LETTER_NAMES,
    Pronunciation,
    default_pronunciations,
    make_pronunciation,
    merge_pronunciations,
)

__all__ = ["DEFAULT_DIALECT", "Normalizer", "Pronunciation", "default_pronunciations", "normalize"]

DEFAULT_DIALECT = "north"
#: Bump when a reading changes, so cached speech made by an older normaliser is not reused.
NORMALIZER_VERSION = 1

UPPER = "A-ZÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬĐÈÉẺẼẸÊỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢÙÚỦŨỤƯỪỨỬỮỰỲÝỶỸỴ"
LOWER = "a-zàáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ"
_LETTER = r"[^\W\d_]"

# ---------------------------------------------------------------------------------------------- numbers
# Numbers as written in Vietnamese: "." groups thousands, "," is the decimal mark.
_NUM = (
    r"(?:[0-9]{1,3}(?:\.[0-9]{3})+(?![0-9])(?:,[0-9]+)?"
    r"|[0-9]{1,3}(?:,[0-9]{3}){2,}(?![0-9])"
    r"|[0-9]+(?:,[0-9]+)?)"
)
_NUM_START = r"(?<![0-9])(?<![0-9][.,])"
_NUM_END = r"(?![0-9]|[.,][0-9])"
_THOUSANDS_DOT = re.compile(r"[0-9]{1,3}(?:\.[0-9]{3})+")
_THOUSANDS_COMMA = re.compile(r"[0-9]{1,3}(?:,[0-9]{3}){2,}")


def _say_int(digits: str, dialect: str) -> str:
    # Long runs and leading zeros are codes, not quantities: read them digit by digit.
    if len(digits) > 18 or (len(digits) > 2 and digits[0] == "0"):
        return read_digits(digits)
    return read_number(int(digits), dialect)


def say_number(token: str, dialect: str = DEFAULT_DIALECT) -> str:
    """Any written number: "1.500.000", "2,5", "-3", "007", "1.2.3"."""
    negative = token.startswith("-")
    token = token.lstrip("-")
    if _THOUSANDS_COMMA.fullmatch(token):
        words = _say_int(token.replace(",", ""), dialect)
    elif "," in token:
        whole, fraction = token.split(",", 1)
        words = f"{_say_int(whole.replace('.', ''), dialect)} phẩy {read_fraction_digits(fraction, dialect)}"
    elif _THOUSANDS_DOT.fullmatch(token):
        words = _say_int(token.replace(".", ""), dialect)
    elif "." in token:
        words = " chấm ".join(_say_int(part, dialect) for part in token.split(".") if part)
    else:
        words = _say_int(token, dialect)
    return f"âm {words}" if negative else words


def _roman_value(roman: str) -> int:
    values = {"I": 1, "V": 5, "X": 10}
    total = 0
    for i, ch in enumerate(roman):
        value = values[ch]
        total += -value if i + 1 < len(roman) and values[roman[i + 1]] > value else value
    return total


def _ordinal(word: str, n: int, dialect: str) -> str:
    """The number after "thứ", "tháng", "quý": thứ nhất, thứ tư, tháng tư, quý tư."""
    key = word.lower()
    if key.endswith("thứ") and n == 1:
        return "nhất"
    if n == 4 and (key.endswith("thứ") or key in ("tháng", "quý")):
        return "tư"
    return read_number(n, dialect)


# ---------------------------------------------------------------------------------------------- spelling
_TONES = dict.fromkeys(map(ord, "\u0300\u0301\u0303\u0309\u0323"))
_NUCLEI = (
    "iêu yêu oai oay oao oeo uây uôi uya uyê uyu ươi ươu ai ao au ay âu ây eo êu ia iê iu oa oă oe oi ôi ơi "
    "ua uâ uê ui uô uơ uy ưa ưi ươ ưu yê a ă â e ê i o ô ơ u ư y"
).split()
_SYLLABLE = re.compile(
    r"(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|b|c|d|đ|g|h|k|l|m|n|p|r|s|t|v|x)?"
    rf"(?:{'|'.join(_NUCLEI)})(?:ch|ng|nh|c|m|n|p|t)?"
)
_ROMAN = r"(?=[IVX])X{0,3}(?:IX|IV|V?I{0,3})"
_ROMAN_FULL = re.compile(_ROMAN)
_VOWEL = re.compile(r"[AEIOUYĂÂÊÔƠƯ]")


def is_vietnamese_syllable(word: str) -> bool:
    bare = unicodedata.normalize("NFC", unicodedata.normalize("NFD", word.lower()).translate(_TONES))
    return _SYLLABLE.fullmatch(bare) is not None


def spell(token: str) -> str:
    """Letter by letter with Vietnamese letter names: "VHVH" -> "vê hát vê hát"."""
    return " ".join(LETTER_NAMES.get(ch.upper(), ch.lower()) for ch in token if ch.isalpha())


def _has_tone_or_hat(token: str) -> bool:
    return any(ch not in "ĐđABCDEFGHIJKLMNOPQRSTUVWXYZ" for ch in token)


def _caps_word(token: str, in_caps_run: Callable[[], bool], dialect: str) -> str:
    """An all-capital token nobody put in the table: a word of a capitalised heading, a Roman numeral, or an
    abbreviation to spell."""
    if is_vietnamese_syllable(token) and (_has_tone_or_hat(token) or len(token) >= 4 or in_caps_run()):
        return token.lower()
    if len(token) >= 2 and _ROMAN_FULL.fullmatch(token):
        return read_number(_roman_value(token), dialect)
    if len(token) >= 7 and _VOWEL.search(token):
        return token.lower()
    return spell(token)


# ---------------------------------------------------------------------------------------------- patterns
_OTHER_DIGIT = re.compile(r"(?![0-9])\d")
_ODD_CHAR = re.compile(r"[^\w\s!-~]")
_CHAR_WORDS = {
    "“": "", "”": "", "„": "", "‟": "", "«": "", "»": "", "‘": "'", "’": "'", "‚": "'", "‛": "'",
    "–": "-", "—": "-", "―": "-", "‒": "-", "−": "-", "⁄": "/", "•": "-", "·": " ", "°": " độ ", "₫": "đ",
    "€": " ơ rô ", "£": " bảng Anh ", "¥": " yên ", "×": " nhân ", "÷": " chia ", "±": " cộng trừ ",
    "≥": " lớn hơn hoặc bằng ", "≤": " nhỏ hơn hoặc bằng ", "≈": " khoảng ", "→": " - ", "§": " điều ",
    "‰": " phần nghìn ",
}  # fmt: skip
_URL = re.compile(r"(?i)(?<![a-z])(?:https?://(?:www\.)?|www\.)(?P<rest>\w(?:[^\s\"'<>]*[^\s\"'<>.,;:!?)])?)")
_WEB_ADDRESS = re.compile(
    r"(?<![A-Za-z0-9-])[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.(?:com|vn|net|org|gov|edu|info|io|me|biz)(?![^\W\d_])"
    r"(?:/[A-Za-z0-9._~/-]*[A-Za-z0-9/])?"
)
_MARKUP = re.compile(r"[*_#`^\\{}]")
_LETTER_END = re.compile(r"\./\.")
_ELLIPSIS = re.compile(r"\.{2,}")
_BULLET = re.compile(rf"(?m)^[ \t]*(?:[-+](?:[ \t]+|(?={_LETTER})))+")
_DASH_AFTER_COLON = re.compile(r"([:;,])[ \t]+-[ \t]+")

_CODE = r"[A-ZĐ][A-ZĐ&]*(?:g|r)?[0-9]*"
_DOC_NUMBERED = re.compile(
    rf"(?<![\w/.,])(?P<num>[0-9]{{1,6}})(?:/(?P<year>[0-9]{{4}}))?(?P<sep>[-/]|(?=[A-ZĐ]))"
    rf"(?P<codes>{_CODE}(?:[-/]{_CODE})*)(?![\w&])"
)
_DOC_CHAIN = re.compile(rf"(?<![\w&/-])/?(?P<codes>{_CODE}(?:[-/]{_CODE})+)(?![\w&/-])")
_DOC_SO = re.compile(
    rf"(?<!{_LETTER})(?P<so>[Ss]ố\s*:?\s*)(?P<a>[0-9]{{1,6}})/(?P<b>[0-9]{{1,6}})(?:/(?P<c>[0-9]{{1,6}}))?(?![0-9/]|[.,][0-9])"
)

_PHONE = re.compile(
    r"(?<![\w+.,])(?:(?P<cc>\+84|0084)[ .-]?(?P<ccbody>[1-9][0-9](?:[ .-]?[0-9]){7,8})"
    r"|(?P<body>0[0-9](?:[ .-]?[0-9]){8,9})"
    r"|(?P<hot>1[89]00(?:[ .-]?[0-9]){4,6})"
    r"|\((?P<area>0[0-9]{1,3})\)[ .-]?(?P<local>[0-9](?:[ .-]?[0-9]){6,7}))(?![0-9]|[.,][0-9])"
)
_LAST_GROUP = re.compile(r"[ .-][0-9]$")
_EMERGENCY = re.compile(r"(?<![\w.,])11[1-5](?![\w]|[.,][0-9])")
# 113 is "một một ba" when it is a number to call, "một trăm mười ba" when it counts something.
_EMERGENCY_BEFORE = re.compile(
    r"(?i)(?:gọi|bấm|quay|số|tổng đài|đường dây nóng|hotline|điện thoại|liên hệ|báo|ngay|11[1-5]|\)|"
    r"công an|cảnh sát|cứu hỏa|cứu hộ|cứu nạn|cấp cứu|phòng cháy|khẩn cấp)"
    r"[\s:,(]*(?:hoặc|và)?[\s:,(]*$"
)
_EMERGENCY_AFTER = re.compile(r"[ \t]*[(:-]?[ \t]*(?i:công an|cảnh sát|cứu hỏa|cứu hộ|cứu nạn|cấp cứu|phòng cháy)")
_CODE_DIGITS = re.compile(
    rf"(?<!{_LETTER})(?i:(?P<lead>(?:mã\s+otp|otp|mã xác thực|mã xác nhận|mã pin|mã|số tài khoản|stk|sđt|số điện thoại|"
    r"điện thoại|hotline|đường dây nóng|tổng đài|cccd|cmnd|số định danh|căn cước công dân)"
    r"(?:\s*(?:là|số|:))*\s*))(?P<digits>[0-9]{3,}(?:[ .-][0-9]{2,})*)(?![\w]|[.,][0-9])"
)

_INITIALS = re.compile(rf"(?<![\w.])(?:(?P<one>[A-ZĐ])\.(?=[ \t]+[{LOWER}(])|(?P<many>(?:[A-ZĐ]\.){{2,}}))")

_SPECIAL_SLASH = re.compile(r"(?<![\w/.,])24h?/(?:24h?|7)(?![\w/]|[.,][0-9])")
_D = r"(?:0?[1-9]|[12][0-9]|3[01])"
_M = r"(?:0?[1-9]|1[0-2])"
_DATE = rf"(?:{_D}/{_M}(?:/(?:[0-9]{{4}}|[0-9]{{2}}))?|{_D}-{_M}-[0-9]{{4}}|{_D}\.{_M}\.[0-9]{{4}})"
_DATES = re.compile(rf"(?<![\w/.,:-])(?P<a>{_DATE})(?:[ \t]*-[ \t]*(?P<b>{_DATE}))?(?![\w/]|[.,:-][0-9])")
_DATE_PARTS = re.compile(r"([0-9]+)[/.-]([0-9]+)(?:[/.-]([0-9]+))?")
_DATE_CUE = re.compile(
    r"(?i)(?:ngày|mồng|mùng|từ|đến|tới|hôm|sáng|trưa|chiều|tối|đêm|vào|trước|sau|hết|thứ \w+|chủ nhật|"
    r"lễ|tết|dịp|\()\s*$"
)
_DAY_BEFORE = re.compile(r"(?i)(?:ngày|mồng|mùng)\s*$")
_MONTH_YEAR = re.compile(rf"(?<![\w/.,:-])(?P<t>(?i:tháng)[ \t]*)?(?P<m>{_M})/(?P<y>[0-9]{{4}})(?![\w/]|[.,][0-9])")
_QUARTER_BEFORE = re.compile(r"(?i)quý[ \t]*$")
_H = r"(?:[01]?[0-9]|2[0-4])"
_TIME = rf"(?:{_H}[hH](?:[0-5][0-9])?(?:'|ph|p)?|{_H}:[0-5][0-9](?::[0-5][0-9])?)"
_TIMES = re.compile(rf"(?<![\w:.,/])(?P<a>{_TIME})(?:[ \t]*-[ \t]*(?P<b>{_TIME}))?(?![\w:]|[.,][0-9])")
_TIME_PARTS = re.compile(r"([0-9]+)[hH:]?([0-9]{2})?(?::([0-9]{2}))?")

_ORDINAL = re.compile(
    rf"(?<!{_LETTER})(?P<w>(?i:thứ|tháng|quý))[ \t]+(?P<n>[0-9]{{1,3}})(?:/(?P<y>[0-9]{{4}}))?"
    r"(?![0-9:]|[.,/][0-9]|[hH][0-9])"
)
_ROMAN_AFTER = re.compile(
    rf"(?<!{_LETTER})(?P<w>(?i:quý|chương|khóa|khoá|phần|mục|đại hội|kỳ họp|kỳ|thế kỷ|tập|phụ lục|cấp|loại|hạng|thứ|"
    rf"quân khu|giai đoạn|hội nghị trung ương|tiểu đoàn|trung đoàn))[ \t]+(?P<r>{_ROMAN})(?:/(?P<y>[0-9]{{4}}))?"
    rf"(?!{_LETTER})"
)
_ROMAN_HEADING = re.compile(rf"(?m)^(?P<r>{_ROMAN})(?=[.)][ \t])")
_WEEKDAY = re.compile(rf"(?<!{_LETTER})T(?P<n>[2-7])(?!\w)")
_SUNDAY_AFTER_WEEKDAY = re.compile(r"(?P<a>thứ (?:hai|ba|tư|năm|sáu|bảy)[ \t]*(?:-|,|đến)[ \t]*)CN(?!\w)")
_WEEKDAY_RANGE = re.compile(r"(?P<a>thứ (?:hai|ba|tư|năm|sáu|bảy))-(?=thứ |chủ nhật)")

_NUM_RANGE = re.compile(r"(?<=[0-9%])[ \t]*-[ \t]*(?=[0-9])")
_NUM_SLASH = re.compile(r"(?<=[0-9])/(?=[0-9])")
_LETTER_DASH_DIGIT = re.compile(rf"(?<={_LETTER})-(?=[0-9])")

_MONEY_D = re.compile(rf"{_NUM_START}(?P<n>{_NUM})[ \t]?[đĐ](?!\w)")
_MONEY_DOLLAR = re.compile(rf"\$[ \t]?(?P<n>{_NUM}){_NUM_END}|{_NUM_START}(?P<m>{_NUM})[ \t]?\$")
_MONEY_SHORT = re.compile(rf"{_NUM_START}(?P<n>{_NUM})(?P<u>k|tr)(?!\w)")
_PERCENT = re.compile(rf"{_NUM_START}(?P<n>{_NUM})[ \t]?%")
_UNIT_WORDS = {
    "độ C": "độ xê", "độ F": "độ ép", "km/h": "ki lô mét trên giờ", "km2": "ki lô mét vuông",
    "cm2": "xăng ti mét vuông", "m2": "mét vuông", "m3": "mét khối", "kWh": "ki lô oát giờ", "kW": "ki lô oát",
    "mAh": "mi li am pe giờ", "Mbps": "mê ga bít trên giây", "Gbps": "ghi ga bít trên giây",
    "kbps": "ki lô bít trên giây", "GHz": "ghi ga héc", "MHz": "mê ga héc", "kHz": "ki lô héc", "Hz": "héc",
    "GB": "ghi ga bai", "MB": "mê ga bai", "KB": "ki lô bai", "TB": "tê ra bai", "km": "ki lô mét",
    "kg": "ki lô gam", "mg": "mi li gam", "cm": "xăng ti mét", "mm": "mi li mét", "ml": "mi li lít",
    "ha": "héc ta", "m": "mét", "g": "gam", "h": "giờ", "s": "giây", "W": "oát", "V": "vôn", "l": "lít",
}  # fmt: skip
_UNIT_NAMES = "|".join(re.escape(unit) for unit in sorted(_UNIT_WORDS, key=len, reverse=True))
_UNITS = re.compile(rf"{_NUM_START}(?P<n>{_NUM})[ \t]?(?P<u>{_UNIT_NAMES})(?!\w)")
# "500.000 đồng/tháng", "3 lần/ngày", "120.000đ/kg": the slash means "per", said "một".
_PER_WHAT = rf"(?:(?P<u>{_UNIT_NAMES})(?!\w)|(?={_LETTER}))"
_PER_MONEY = re.compile(rf"(?<![^\W\d_])(?P<l>%|đồng|VNĐ|VND|USD|đ)[ \t]*/[ \t]*{_PER_WHAT}")
_PER_UNIT = re.compile(
    rf"(?P<l>[0-9%]|(?<!{_LETTER})(?:đồng|VNĐ|VND|đ|k|tr|triệu|nghìn|ngàn|tỷ|lần|lượt|người|suất|kg|km|tấn|giờ|"
    r"xe|con|chiếc|cái|hộ|khẩu|buổi))[ \t]*/[ \t]*(?:(?P<u>kg|km|m2|ha|l)(?!\w)|(?=(?:ngày|tháng|năm|tuần|giờ|"
    rf"người|hộ|lượt|lần|suất|tấn|lít|con|chiếc|cái|buổi|phút|giây|sản phẩm|khẩu|xe|học sinh|ca)(?!{_LETTER})))"
)
_NUMBER = re.compile(
    r"(?:(?<![\w)\]])(?P<neg>-))?(?<![0-9])(?<![0-9][.,])"
    r"(?P<n>[0-9]{1,3}(?:\.[0-9]{3})+(?![0-9])(?:,[0-9]+)?|[0-9]{1,3}(?:,[0-9]{3}){2,}(?![0-9])"
    r"|[0-9]+(?:\.[0-9]+)+|[0-9]+(?:,[0-9]+)?)"
)
_LEFTOVER_DIGITS = re.compile(r"[0-9]+")

_SYMBOL_WORDS = {
    "&": " và ", "@": " a còng ", "+": " cộng ", "=": " bằng ", "~": " khoảng ", "<": " nhỏ hơn ",
    ">": " lớn hơn ", "%": " phần trăm ", "$": " đô la ", "|": ", ", '"': "",
}  # fmt: skip
_SYMBOLS = re.compile("[" + re.escape("".join(_SYMBOL_WORDS)) + "]")
_SLASH_WORDS = re.compile(rf"(?<={_LETTER})/(?={_LETTER})")
_SLASH = re.compile(r"[ \t]*/[ \t]*")
_LOOSE_DASH = re.compile(r"-{2,}|[ \t]+-[ \t]*|[ \t]*-[ \t]+")
_CAPS = re.compile(rf"(?<!\w)[{UPPER}]{{2,}}(?!\w)")
_CAPS_BEFORE = re.compile(rf"(?:^|\W)[{UPPER}]+[ \t,:;-]*$")
_CAPS_AFTER = re.compile(rf"^[ \t,:;-]*[{UPPER}]+(?!\w)")

_SPACES = re.compile(r"[^\S\n]+")
_DASH_AFTER_PUNCT = re.compile(r"(?<=[,.;:!?(\[]) - ")
_DASH_BEFORE_PUNCT = re.compile(r" - (?=[,.;:!?)\]])")
_SPACE_BEFORE_PUNCT = re.compile(r" +(?=[,.;:!?)\]])")
_SPACE_AFTER_OPEN = re.compile(r"(?<=[(\[]) +")
_PUNCT_RUN = re.compile(r"[,;:.!?](?: *[,;:.!?])+")
_LINE_EDGES_LEFT = re.compile(r"^[\s,.;:!?-]+")
_LINE_EDGES_RIGHT = re.compile(r"[\s,-]+$")
_HAS_WORD = re.compile(r"[^\W_]")
# Not after a lone capital ("P. Bạch Sam", "Văn A. Sau"): an initial more often than the end of a sentence.
_SENTENCE_BREAK = re.compile(r"(?<=[.!?;:])(?<!\b[A-ZĐ]\.)\s+|\n+")


def _pad(words: str) -> str:
    return f" {words} "


def _collapse_punct(match: re.Match[str]) -> str:
    run = match.group().replace(" ", "")
    for ch in run:
        if ch in ".!?":
            return ch
    for mark in ";:":
        if mark in run:
            return mark
    return ","


def _tidy(text: str) -> str:
    text = _SPACES.sub(" ", text)
    text = _LOOSE_DASH.sub(" - ", text)
    text = _DASH_AFTER_PUNCT.sub(" ", text)
    text = _DASH_BEFORE_PUNCT.sub("", text)
    text = _SPACE_BEFORE_PUNCT.sub("", text)
    text = _SPACE_AFTER_OPEN.sub("", text)
    text = _PUNCT_RUN.sub(_collapse_punct, text)
    lines = []
    for line in text.split("\n"):
        line = _LINE_EDGES_RIGHT.sub("", _LINE_EDGES_LEFT.sub("", line))
        if _HAS_WORD.search(line):
            lines.append(line)
    return "\n".join(lines)


# ---------------------------------------------------------------------------------------------- normaliser
class Normalizer:
    """Rewrites text into speakable Vietnamese words with an editable abbreviation table."""

    def __init__(self, pronunciations: Iterable[Pronunciation] | None = None, dialect: str = DEFAULT_DIALECT) -> None:
        self.dialect = check_dialect(dialect)
        given = [make_pronunciation(p.written, p.spoken) for p in pronunciations or ()]
        defaults = {p.written: p.spoken for p in default_pronunciations()}
        # Only entries the operator changed or added: the app passes its whole table, defaults included.
        self._given = {p.written: p.spoken for p in given if defaults.get(p.written) != p.spoken}
        self.pronunciations = merge_pronunciations(default_pronunciations(), given)
        self._exact: dict[str, str] = {}
        self._folded: dict[str, str] = {}
        # Grouped by how an entry starts, behind one cheap check, so the scan skips the middle of words fast.
        groups: dict[str, list[str]] = {"letter": [], "digit": [], "other": []}
        firsts: dict[str, set[str]] = {"letter": set(), "digit": set(), "other": set()}
        for entry in sorted(self.pronunciations, key=lambda p: len(p.written), reverse=True):
            written = entry.written
            pattern = r"\s+".join(re.escape(part) for part in written.split(" "))
            if written != written.upper():
                self._folded[written.casefold()] = entry.spoken
                pattern = f"(?i:{pattern})"
            else:
                self._exact[written] = entry.spoken
            first, last = written[0], written[-1]
            kind = "digit" if first.isdigit() else "letter" if first.isalpha() else "other"
            after = r"(?!\w)" if last.isdigit() else rf"(?!{_LETTER})" if last.isalpha() else ""
            groups[kind].append(pattern + after)
            firsts[kind].update({first, first.lower(), first.upper()})
        starts = {"letter": rf"(?<!{_LETTER})", "digit": r"(?<!\w)", "other": ""}
        alternatives = [
            f"{starts[kind]}(?=[{re.escape(''.join(sorted(firsts[kind])))}])(?:{'|'.join(patterns)})"
            for kind, patterns in groups.items()
            if patterns
        ]
        self._table = re.compile("|".join(alternatives)) if alternatives else None
        digest = hashlib.sha256(f"{NORMALIZER_VERSION}|{self.dialect}".encode())
        for entry in sorted(self.pronunciations, key=lambda p: p.written):
            digest.update(f"\n{entry.written}\t{entry.spoken}".encode())
        #: Changes whenever the output for some text could change: version, dialect or table.
        self.fingerprint = digest.hexdigest()[:16]
        self._passes: tuple[Callable[[str], str], ...] = (
            self._prepare,
            self._documents,
            self._phones,
            self._abbreviations,
            self._dates_and_times,
            self._ordinals,
            self._quantities,
            self._numbers,
            self._symbols,
            self._capitals,
            self._finish,
        )
        # Entries typed by the operator may hold digits, capitals or other abbreviations; their spoken forms
        # are normalised once here so that the output stays stable when normalised again (the defaults are
        # already normal: a test checks it).
        for _ in range(3):
            changed = False
            for written, spoken in list(self._given.items()):
                fixed = self.normalize(spoken)
                if fixed != spoken:
                    self._set_spoken(written, fixed)
                    changed = True
            if not changed:
                break

    # -- public ---------------------------------------------------------------------------------------------
    def normalize(self, text: str) -> str:
        for step in self._passes:
            text = step(text)
        return text

    def sentences(self, text: str) -> list[str]:
        """The normalised text cut after . ! ? ; : and at line ends; empty pieces dropped."""
        pieces = (piece.strip() for piece in _SENTENCE_BREAK.split(self.normalize(text)))
        return [piece for piece in pieces if _HAS_WORD.search(piece)]

    # -- lookups --------------------------------------------------------------------------------------------
    def _set_spoken(self, written: str, spoken: str) -> None:
        self._given[written] = spoken
        if written != written.upper():
            self._folded[written.casefold()] = spoken
        else:
            self._exact[written] = spoken

    def _lookup(self, written: str) -> str | None:
        written = " ".join(written.split())
        spoken = self._exact.get(written)
        return spoken if spoken is not None else self._folded.get(written.casefold())

    def _speak_code(self, code: str) -> str:
        spoken = self._given.get(code, DOC_CODES.get(code))
        if spoken is None:
            spoken = self._lookup(code)
        if spoken is not None:
            return spoken
        if "&" in code:
            return " và ".join(self._speak_code(part) for part in code.split("&") if part)
        letters = code.rstrip("0123456789")
        if letters != code:
            return f"{self._speak_code(letters)} {read_number(int(code[len(letters) :]), self.dialect)}"
        if code.isupper():
            return _caps_word(code, lambda: False, self.dialect)
        return spell(code)

    def _speak_codes(self, codes: str) -> str:
        whole = self._given.get(codes)
        if whole is None:
            whole = self._lookup(codes)
        if whole is not None:
            return whole
        words: list[str] = []
        for part in re.split(r"([-/])", codes):
            if part == "-":
                words.append("-")
            elif part and part != "/":
                words.append(self._speak_code(part))
        return " ".join(words)

    # -- passes ---------------------------------------------------------------------------------------------
    def _prepare(self, text: str) -> str:
        text = unicodedata.normalize("NFKC", text)
        text = _OTHER_DIGIT.sub(lambda m: str(unicodedata.decimal(m.group(), 0)), text)
        text = "\n".join(text.splitlines())
        text = _ODD_CHAR.sub(_odd_char, text)
        text = _URL.sub(lambda m: _speak_web(m["rest"]), text)
        text = _WEB_ADDRESS.sub(_web_address, text)
        text = _MARKUP.sub(" ", text)
        text = _LETTER_END.sub(".", text)
        text = _ELLIPSIS.sub(", ", text)
        text = _BULLET.sub("", text)
        text = _DASH_AFTER_COLON.sub(r"\1 ", text)
        # Weekdays first: "T2-T6" would otherwise look like a document code.
        text = _WEEKDAY.sub(lambda m: f"thứ {_ordinal('thứ', int(m['n']), self.dialect)}", text)
        text = _SUNDAY_AFTER_WEEKDAY.sub(lambda m: m["a"] + "chủ nhật", text)
        return _WEEKDAY_RANGE.sub(r"\g<a> đến ", text)

    def _documents(self, text: str) -> str:
        d = self.dialect

        def numbered(m: re.Match[str]) -> str:
            codes, sep = m["codes"], m["sep"]
            letters = sum(ch.isalpha() for ch in codes)
            if not sep and "-" not in codes and "/" not in codes and (letters < 2 or codes in _UNIT_WORDS):
                return m.group()  # "4G", "11H30", "4GB": not a document
            words = [read_number(int(m["num"]), d)]
            if m["year"]:
                words += ["trên", read_number(int(m["year"]), d)]
            if sep == "/":
                words.append("trên")
            words.append(self._speak_codes(codes))
            return _pad(" ".join(words))

        def chain(m: re.Match[str]) -> str:
            codes = m["codes"]
            if any(len(part) < 2 for part in re.split(r"[-/]", codes)):
                return m.group()
            return _pad(self._speak_codes(codes))

        def after_so(m: re.Match[str]) -> str:
            parts = [read_number(int(m[k]), d) for k in ("a", "b", "c") if m[k]]
            return m["so"] + " trên ".join(parts) + " "

        text = _DOC_NUMBERED.sub(numbered, text)
        text = _DOC_CHAIN.sub(chain, text)
        return _DOC_SO.sub(after_so, text)

    def _phones(self, text: str) -> str:
        def phone(m: re.Match[str]) -> str:
            written, rest = m.group(), ""
            last = _LAST_GROUP.search(written)
            if last and sum(ch.isdigit() for ch in written[: last.start()]) >= 10:
                # "gọi 0912345678 5 lần": nobody writes a phone number ending in a one-digit group.
                written, rest = written[: last.start()], written[last.start() :]
                m = _PHONE.fullmatch(written) or m
            if m["cc"]:
                words = f"cộng {read_digits(m['cc'])}, {_read_groups(m['ccbody'])}"
            elif m["area"]:
                words = f"{read_digits(m['area'])}, {_read_groups(m['local'])}"
            else:
                words = _read_groups(m["body"] or m["hot"])
            return _pad(words) + rest

        def emergency(m: re.Match[str]) -> str:
            before = m.string[max(0, m.start() - 40) : m.start()]
            if _EMERGENCY_BEFORE.search(before) or _EMERGENCY_AFTER.match(m.string, m.end()):
                return _pad(read_digits(m.group()))
            return m.group()

        text = _PHONE.sub(phone, text)
        text = _EMERGENCY.sub(emergency, text)
        return _CODE_DIGITS.sub(lambda m: m["lead"] + _pad(_read_groups(m["digits"])), text)

    def _abbreviations(self, text: str) -> str:
        if self._table is None:
            return text

        def spoken(m: re.Match[str]) -> str:
            words = self._lookup(m.group())
            return m.group() if words is None else words

        return self._table.sub(spoken, text)

    def _initials(self, text: str) -> str:
        # Repeated: reading "N." turns the "M." before it ("M. N. bị") into an initial too.
        while True:
            spelled = _INITIALS.sub(lambda m: spell(m["one"] or m["many"]) + " ", text)
            if spelled == text:
                return text
            text = spelled

    def _dates_and_times(self, text: str) -> str:
        d = self.dialect

        def date_words(written: str) -> str:
            day, month, year = _DATE_PARTS.fullmatch(written).groups()  # type: ignore[union-attr]
            words = f"ngày {read_number(int(day), d)} tháng {_ordinal('tháng', int(month), d)}"
            return f"{words} năm {read_number(int(year), d)}" if year else words

        def date(m: re.Match[str]) -> str:
            first = m["a"]
            before = m.string[max(0, m.start() - 20) : m.start()]
            if m["b"] is None and first.count("/") == 1:
                top, bottom = (int(x) for x in first.split("/"))
                cued = _DATE_CUE.search(before) is not None
                if not cued and "0" not in first and bottom <= 4 and top < bottom:
                    return _pad(f"{read_number(top, d)} phần {read_number(bottom, d)}")
            words = date_words(first)
            if _DAY_BEFORE.search(before):
                words = words.removeprefix("ngày ")
            if m["b"]:
                words += " đến " + date_words(m["b"])
            return _pad(words)

        def time_words(written: str) -> str:
            hours, minutes, seconds = _TIME_PARTS.match(written).groups()  # type: ignore[union-attr]
            words = f"{read_number(int(hours), d)} giờ"
            if minutes and int(minutes):
                words += f" {read_number(int(minutes), d)} phút"
            if seconds and int(seconds):
                words += f" {read_number(int(seconds), d)} giây"
            return words

        def time(m: re.Match[str]) -> str:
            words = time_words(m["a"])
            if m["b"]:
                words += " đến " + time_words(m["b"])
            return _pad(words)

        def month_year(m: re.Match[str]) -> str:
            year = read_number(int(m["y"]), d)
            if not m["t"] and _QUARTER_BEFORE.search(m.string, max(0, m.start() - 8), m.start()):
                return _pad(f"{_ordinal('quý', int(m['m']), d)} năm {year}")  # "quý 2/2024"
            return _pad(f"tháng {_ordinal('tháng', int(m['m']), d)} năm {year}")

        def special(m: re.Match[str]) -> str:
            top, _, bottom = m.group().partition("/")
            words = f"hai mươi tư trên {say_number(bottom.rstrip('h'), d)}"
            return _pad(words + (" giờ" if bottom.endswith("h") else ""))

        text = _SPECIAL_SLASH.sub(special, text)
        text = _DATES.sub(date, text)
        text = _MONTH_YEAR.sub(month_year, text)
        return _TIMES.sub(time, text)

    def _ordinals(self, text: str) -> str:
        d = self.dialect

        def with_year(word: str, n: int, year: str | None) -> str:
            words = f"{word} {_ordinal(word, n, d)}"
            return _pad(f"{words} năm {read_number(int(year), d)}" if year else words)

        text = _ORDINAL.sub(lambda m: with_year(m["w"], int(m["n"]), m["y"]), text)
        return _ROMAN_AFTER.sub(lambda m: with_year(m["w"], _roman_value(m["r"]), m["y"]), text)

    def _quantities(self, text: str) -> str:
        d = self.dialect
        text = _PER_MONEY.sub(_per, text)
        text = _PER_UNIT.sub(_per, text)
        text = _NUM_SLASH.sub(" trên ", text)
        text = _NUM_RANGE.sub(" đến ", text)
        text = _LETTER_DASH_DIGIT.sub(" ", text)
        text = _MONEY_D.sub(lambda m: _pad(f"{say_number(m['n'], d)} đồng"), text)
        text = _MONEY_DOLLAR.sub(lambda m: _pad(f"{say_number(m['n'] or m['m'], d)} đô la"), text)
        text = _MONEY_SHORT.sub(
            lambda m: _pad(f"{say_number(m['n'], d)} {'nghìn' if m['u'] == 'k' else 'triệu'}"), text
        )
        text = _PERCENT.sub(lambda m: _pad(f"{say_number(m['n'], d)} phần trăm"), text)
        return _UNITS.sub(lambda m: _pad(f"{say_number(m['n'], d)} {_UNIT_WORDS[m['u']]}"), text)

    def _numbers(self, text: str) -> str:
        d = self.dialect
        text = _NUMBER.sub(lambda m: _pad(say_number((m["neg"] or "") + m["n"], d)), text)
        return _LEFTOVER_DIGITS.sub(lambda m: _pad(read_digits(m.group())), text)

    def _symbols(self, text: str) -> str:
        text = _SYMBOLS.sub(lambda m: _SYMBOL_WORDS[m.group()], text)
        text = _SLASH_WORDS.sub(" hoặc ", text)
        return _SLASH.sub(" ", text)

    def _capitals(self, text: str) -> str:
        d = self.dialect

        def word(m: re.Match[str]) -> str:
            def in_caps_run() -> bool:
                start, end = m.start(), m.end()
                return bool(
                    _CAPS_BEFORE.search(m.string, max(0, start - 40), start)
                    or _CAPS_AFTER.search(m.string[end : end + 40])
                )

            return _caps_word(m.group(), in_caps_run, d)

        return _CAPS.sub(word, text)

    def _finish(self, text: str) -> str:
        text = _tidy(_LEFTOVER_DIGITS.sub(lambda m: _pad(read_digits(m.group())), text))
        # Some things are only certain once the spacing is final: headings ("II. Nội dung"), initials ("Bà N.
        # bị"), and entries or web addresses that tidying joined ("Tp ." -> "Tp."). Repeat until nothing changes
        # so that normalising the output again changes nothing either.
        for _ in range(4):
            settled = _tidy(self._settle(text))
            if settled == text:
                break
            text = settled
        return unicodedata.normalize("NFKC", text)

    def _settle(self, text: str) -> str:
        text = _URL.sub(lambda m: _speak_web(m["rest"]), text)
        text = _WEB_ADDRESS.sub(_web_address, text)
        text = self._abbreviations(text)
        text = _ROMAN_HEADING.sub(lambda m: read_number(_roman_value(m["r"]), self.dialect), text)
        return self._initials(text)


def _odd_char(m: re.Match[str]) -> str:
    ch = m.group()
    if ch in _CHAR_WORDS:
        return _CHAR_WORDS[ch]
    category = unicodedata.category(ch)
    if category[0] == "Z" or category == "Cc":
        return " "
    if category[0] in "PL":
        return ch
    # Emoji, other symbols, stray combining marks, format and unassigned characters say nothing.
    return ""


def _per(m: re.Match[str]) -> str:
    return f"{m['l']} một {_UNIT_WORDS[m['u']] if m['u'] else ''}"


_WEB_MARKS = {".": " chấm ", "/": " gạch chéo ", "-": " gạch ngang ", "_": " gạch dưới "}
_WEB_MARK = re.compile(r"[./_-]|[^\w\s]")


def _speak_web(address: str) -> str:
    """A web address as people read it aloud: "dichvucong.gov.vn/p" -> "dichvucong chấm gov chấm vn gạch chéo p"."""
    return _pad(_WEB_MARK.sub(lambda m: _WEB_MARKS.get(m.group(), " "), address.rstrip("/")))


def _web_address(m: re.Match[str]) -> str:
    return _speak_web(m.group())


def _read_groups(written: str) -> str:
    """Digits read one by one, a short pause between the groups the writer made (or 4-3-3 if none)."""
    groups = [g for g in re.split(r"[^0-9]+", written) if g]
    if len(groups) == 1 and len(groups[0]) >= 9:
        digits = groups[0]
        head = 3 if len(digits) == 9 else 4
        groups = [digits[:head], digits[head : head + 3], digits[head + 3 :]]
    return ", ".join(read_digits(g) for g in groups)


_default: dict[str, Normalizer] = {}


def normalize(text: str, dialect: str = DEFAULT_DIALECT) -> str:
    """Normalise with the default table."""
    normalizer = _default.get(dialect)
    if normalizer is None:
        normalizer = _default[dialect] = Normalizer(dialect=dialect)
    return normalizer.normalize(text)
