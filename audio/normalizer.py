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

from audio.document_numbers import DOCUMENT_TYPES, ISSUERS, DocumentNumbers
from audio.numbers_vi import check_dialect, read_digits, read_fraction_digits, read_number
from audio.pronunciations import Pronunciation, default_pronunciations, make_pronunciation
from audio.spelling import LETTER_NAMES, is_vietnamese_syllable, say_initial, spell
from audio.web_addresses import speak_urls

__all__ = ["DEFAULT_DIALECT", "Normalizer", "Pronunciation", "default_pronunciations", "normalize"]

DEFAULT_DIALECT = "north"
#: Bump when a reading changes, so cached speech made by an older normaliser is not reused.
NORMALIZER_VERSION = 2

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
    # Long runs and leading zeros are codes, not quantities: read them digit by digit ("00", "007").
    if len(digits) > 18 or (len(digits) > 2 and digits[0] == "0") or (len(digits) > 1 and not digits.strip("0")):
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
_ROMAN = r"(?=[IVX])X{0,3}(?:IX|IV|V?I{0,3})"
_ROMAN_FULL = re.compile(_ROMAN)
_VOWEL = re.compile(r"[AEIOUYĂÂÊÔƠƯ]")


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
# A zero-width space stands between words; the other invisible characters join or mark, and say nothing.
_ZERO_WIDTH_SPACE = re.compile("[\u200b\u2028\u2029]")
# Footnote markers: "[1]", a superscript number, "”(1)." after a quotation, "24%1;" (a superscript flattened).
_FOOTNOTE = re.compile(
    r"(?<=\S)(?:\[[0-9]{1,3}\]|(?<!m)[\u00b9\u00b2\u00b3\u2070-\u2079]+|(?<=[”\"’])\([0-9]{1,2}\)(?=[\s.,;:]|$))"
    r"|(?<=%)[0-9]{1,2}(?=[;,.)]|\s|$)"
)
# Vehicle plates: "29A-123.45", "37C - 2993", "37B 017.04" (without a dot only after BKS, biển số...).
_PLATE = re.compile(
    r"(?<![\w.])(?P<province>[0-9]{2})[ \t]?(?P<series>[A-Z]{1,2}[0-9]?)(?:[ \t]*[-.][ \t]*|[ \t])"
    r"(?P<number>[0-9]{3}\.[0-9]{2}|[0-9]{4,5})(?![\w]|[.,][0-9])"
)
_PLATE_CUE = re.compile(r"(?i)(?:BKS|BSX|biển số|biển kiểm soát|xe)[ \t:]*$")
# Kilometre posts: "Km1073+600", "Km 967+400", "tại Km 23".
_KM_POST = re.compile(
    r"(?<![\w.])(?:[Kk]m)[ \t]?(?P<a>[0-9]{1,4})(?:[ \t]?\+[ \t]?(?P<b>[0-9]{1,4}))?(?![\w]|[.,][0-9])"
)
_MARKUP = re.compile(r"[*_#`^\\{}]")
_LETTER_END = re.compile(r"\./\.")
_ELLIPSIS = re.compile(r"\.{2,}")
_BULLET = re.compile(rf"(?m)^[ \t]*(?:[-+](?:[ \t]+|(?={_LETTER})))+")
_DASH_AFTER_COLON = re.compile(r"([:;,])[ \t]+-[ \t]+")

_CODE = r"[A-ZĐ][A-ZĐ&]*(?:g|r)?[0-9]*"
_DOC_CHAIN = re.compile(rf"(?<![\w&/-])/?(?P<codes>{_CODE}(?:[-/]{_CODE})+)(?![\w&/-])")
_YEAR = re.compile(r"(?:19|20)[0-9]{2}")
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
    r"công an|cảnh sát|cứu hỏa|cứu hộ|cứu nạn|cấp cứu|phòng cháy|khẩn cấp|đầu số)"
    r"(?:[ \t]+(?:là|số|tới|đến|vào))*[\s:,(]*(?:hoặc|và)?[\s:,(]*$"
)
_EMERGENCY_AFTER = re.compile(r"[ \t]*[(:-]?[ \t]*(?i:công an|cảnh sát|cứu hỏa|cứu hộ|cứu nạn|cấp cứu|phòng cháy)")
_CODE_DIGITS = re.compile(
    rf"(?<!{_LETTER})(?i:(?P<lead>(?:mã\s+otp|otp|mã xác thực|mã xác nhận|mã pin|mã|số tài khoản|tài khoản|stk|sđt|"
    r"số điện thoại|điện thoại|đt|hotline|đường dây nóng|tổng đài|đầu số|số máy|hộp thư|cccd|cmnd|số định danh|"
    r"căn cước công dân)(?:\s*(?:là|số|:))*\s*))(?P<digits>[0-9]{3,}(?:[ .-][0-9]{2,})*)(?![\w]|[.,][0-9])"
)
# A short code to text: "gửi 5656.", "gởi 5656 hoặc gọi" (not "gửi 100 hồ sơ").
_SMS_CODE = re.compile(
    rf"(?<!{_LETTER})(?P<lead>(?i:gửi|gởi|nhắn tin (?:đến|tới)|nhắn đến)[ \t]+(?:(?i:số|tới|đến)[ \t]+)?)"
    rf"(?P<digits>[0-9]{{3,6}})(?=[ \t]*(?:[.,;:)]|$|\n|(?i:hoặc|để|và|miễn)(?!{_LETTER})))"
)
# Seven digits or more after a word for a line to call or a mailbox within the clause: a number, not a count.
_CALL_CONTEXT = re.compile(
    r"(?i)(?:gọi|số máy|số điện thoại|điện thoại|hotline|đường dây nóng|tổng đài|hộp thư|liên hệ)[^.;:!?\n]{0,40}$"
)
_LONG_DIGITS = re.compile(r"(?<![\w.,])[0-9]{7,}(?![\w]|[.,][0-9])")

_INITIALS = re.compile(
    rf"(?<![\w.])(?:(?P<one>[A-ZĐ]|Ch|Gh|Gi|Kh|Ngh|Ng|Nh|Ph|Qu|Th|Tr)\.(?=[ \t]+[{LOWER}(])"
    r"|(?P<many>[A-ZĐ](?:\.[A-ZĐ]){1,4}(?![\w.])|(?:[A-ZĐ]\.){2,}))"
)
# A capital consonant standing alone is said by its letter name: "bà H (cư trú", "khu B", "V (Nguồn".
_LONE_LETTER = re.compile(rf"(?<![\w'/.&-])(?P<l>[BCDĐFGHJKLMNPQRSTVWXZ])(?![\w'/&-]|\.[ \t]*[{LOWER}(]|\.[A-ZĐ])")
# Place prefixes before a name or a number: "P.3", "Q. Hoàn Kiếm", "H.Mù Cang Chải", "TT. Xuân Mai".
_PLACE_PREFIX = re.compile(rf"(?<![\w.])(?P<p>P|Q|H|X|TT|Tt)\.[ \t]*(?=[0-9]|[{UPPER}][{LOWER}])")
_PLACE_WORDS = {"P": "phường", "Q": "quận", "H": "huyện", "X": "xã", "TT": "thị trấn", "Tt": "thị trấn"}
_NAME_BEFORE = re.compile(
    rf"(?:[{UPPER}][{LOWER}]*|(?i:ông|bà|anh|chị|em|cháu|cụ|cô|chú|bác|bé|đồng chí|đ/c|tên|đối tượng|nạn nhân))"
    r"[ \t]+$"
)

_SPECIAL_SLASH = re.compile(r"(?<![\w/.,])24h?/(?:24h?|7)(?![\w/]|[.,][0-9])")
_D = r"(?:0?[1-9]|[12][0-9]|3[01])"
_M = r"(?:0?[1-9]|1[0-2])"
_Y = r"(?:[0-9]{4}|(?:19|20)[ \t][0-9]{2}(?![0-9])|[0-9]{2})"  # "16/7/20 21": a stray space inside the year
_DATE = rf"(?:{_D}/{_M}(?:/{_Y})?|{_D}-{_M}-[0-9]{{4}}|{_D}\.{_M}\.[0-9]{{4}})"
_DATES = re.compile(rf"(?<![\w/.,:-])(?P<a>{_DATE})(?:[ \t]*-[ \t]*(?P<b>{_DATE}))?(?![\w/]|[.,:-][0-9])")
_DATE_PARTS = re.compile(r"([0-9]+)[/.-]([0-9]+)(?:[/.-]([0-9 ]+))?")
# Day and month with "-" or "." and no year: a date after a word for a day ("ngày 7-5", "sáng 14.8", "(26-9)"),
# or when the first number is larger than the second ("Việt Nam 20-10"), for no range runs downwards.
_SHORT_DATE = re.compile(rf"(?<![\w/.,:-])(?P<d>{_D})(?P<sep>[-.])(?P<m>{_M})(?![\w/]|[.,:-][0-9])")
_SHORT_DATE_CUE = re.compile(
    r"(?i)(?:ngày|mồng|mùng|hôm nay|hôm qua|sáng|trưa|chiều|tối|đêm|khuya|rạng sáng|sáng sớm|sáng nay|chiều nay|"
    r"tối nay|tối qua|đêm qua|\(|đến|tới)[ \t]*$"
)
_NOT_AFTER_DATE = re.compile(
    rf"[ \t]*(?:%|(?:độ|mm|cm|km|kg|m|ha|tấn|người|triệu|tỷ|nghìn|ngàn|phút|giờ|ngày|tuần|tháng|năm|lần|hộ|tuổi|"
    rf"điểm|bàn|vụ|xe|con|chiếc|cái|trường hợp|đối tượng)(?!{_LETTER}))"
)
# Days before one month: "22 - 23/1", "ngày 4 và 5/10", "Từ 18 đến 20-9".
_DAY_RANGE = re.compile(
    rf"(?<![\w/.,:-])(?P<a>{_D})[ \t]*-[ \t]*(?P<b>{_D})/(?P<m>{_M})(?:/(?P<y>[0-9]{{4}}))?(?![\w/]|[.,][0-9])"
)
_DAY_LIST = re.compile(
    rf"(?P<lead>(?i:ngày)[ \t]+)(?P<days>{_D}(?:[ \t]*(?:,|và)[ \t]*{_D})+)/(?P<m>{_M})(?![\w/]|[.,][0-9])"
)
_FROM_TO_DAYS = re.compile(
    rf"(?P<from>(?i:từ)[ \t]+)(?P<ngay>(?i:ngày)[ \t]+)?(?P<a>{_D})[ \t]+(?P<to>(?i:đến|tới))[ \t]+"
    rf"(?P<b>{_D})[-/](?P<m>{_M})(?![\w/]|[.,:-][0-9])"
)
# Words after which a date is said without "ngày" before it: "sáng 30/4", "ngày 30/4", "ngày (21/10)", and the
# second of two dates joined by "và" after "ngày": "ngày 09/8 và 10/8".
_NO_NGAY_BEFORE = re.compile(
    r"(?i)(?:(?:ngày|mồng|mùng|sáng|trưa|chiều|tối|đêm|khuya|rạng sáng|sáng sớm|chiều tối)[ \t]*\(?"
    r"|ngày[ \t]+[0-9]{1,2}[/.-][0-9]{1,2}[ \t]+và)[ \t]*$"
)
# "ngày05/4/2022": a space lost between the word and the number.
_GLUED_DATE_WORD = re.compile(r"(?i)(?<![^\W\d_])(ngày|tháng|năm)(?=[0-9])")
# Scores keep their dash: "tỷ số 2-1".
_SCORE = re.compile(
    r"(?P<lead>(?i:tỷ số|tỉ số|thắng|thua|hòa|hoà)[ \t]+)(?P<a>[0-9]{1,2})[ \t]*-[ \t]*(?P<b>[0-9]{1,2})(?![0-9])"
)
# "Tổ 13+16+17": a list, not a sum.
_NUMBER_LIST = re.compile(
    rf"(?P<lead>(?<!{_LETTER})(?i:tổ|số|khu|khối|xóm|thôn|đội|ngõ|ngách|phòng|lô|căn)[ \t]+)"
    r"(?P<items>[0-9]{1,4}(?:\+[0-9]{1,4})+)(?![0-9])"
)
# A code of capitals and digits: "C04", "PC02", "U02", "C7" (leading zeros digit by digit).
_LETTER_CODE = re.compile(r"(?<![\w.])(?P<l>[A-ZĐ]{1,4})(?P<d>[0-9]{1,4})(?![\w]|[.,][0-9])")
_DATE_CUE = re.compile(r"(?i)(?:ngày|mồng|mùng|hôm|sáng|trưa|chiều|tối|đêm|thứ \w+|chủ nhật|lễ|tết|dịp)\s*$")
# Words before "1/3" that make it a date only when no noun follows: "từ 1/3 đến", but "tới 3/4 nguồn".
_WEAK_DATE_CUE = re.compile(r"(?i)(?:từ|đến|tới|vào|trước|sau|hết|\()\s*$")
_AFTER_FRACTION = re.compile(
    rf"[ \t]+(?!(?:năm|và|đến|tới|hoặc|hằng|tại|của|vừa|đã|sẽ|là|lúc|khi|thì|mới|cho|này|nay)(?!{_LETTER}))[{LOWER}]"
)
_MONTH_YEAR = re.compile(rf"(?<![\w/.,:-])(?P<t>(?i:tháng)[ \t]*)?(?P<m>{_M})/(?P<y>[0-9]{{4}})(?![\w/]|[.,][0-9])")
_QUARTER_BEFORE = re.compile(r"(?i)quý[ \t]*$")
_H = r"(?:[01]?[0-9]|2[0-4])"
_TIME = rf"(?:{_H}[hH](?:[0-5][0-9])?(?:'|ph|p)?|{_H}:[0-5][0-9](?::[0-5][0-9])?)"
# "11-14h": the first hour of a range written bare.
_HOUR_RANGE = re.compile(rf"(?<![\w:.,/])(?P<a>{_H})[ \t]*-[ \t]*(?P<b>{_H}[hH](?:[0-5][0-9])?)(?![\w:]|[.,][0-9])")
_TIMES = re.compile(rf"(?<![\w:.,/])(?P<a>{_TIME})(?:[ \t]*-[ \t]*(?P<b>{_TIME}))?(?![\w:]|[.,][0-9])")
# "17/05/2022 10:12": a pause between a date and the time after it.
_DATE_THEN_TIME = re.compile(rf"(?<![\w/.,:-])(?P<date>{_DATE})(?=[ \t]+{_TIME}(?![\w:]))")
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
_LETTER_DASH_DIGIT = re.compile(rf"(?<={_LETTER})-[ \t]?(?=[0-9])")  # "Covid-19", "Covid- 19"

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
_SIGN = r"(?:(?<![\w)\]%])(?P<neg>-)(?=[0-9]))?"
_UNITS = re.compile(rf"{_SIGN}{_NUM_START}(?P<n>{_NUM})[ \t]?(?P<u>{_UNIT_NAMES})(?!\w)")
# "500.000 đồng/tháng", "3 lần/ngày", "120.000đ/kg": the slash means "per", said "một".
_PER_WHAT = rf"(?:(?P<u>{_UNIT_NAMES})(?!\w)|(?={_LETTER}))"
_PER_MONEY = re.compile(rf"(?<![^\W\d_])(?P<l>%|đồng|VNĐ|VND|USD|đ)[ \t]*/[ \t]*{_PER_WHAT}")
_PER_UNIT = re.compile(
    rf"(?P<l>[0-9%]|(?<!{_LETTER})(?:đồng|VNĐ|VND|đ|k|tr|triệu|nghìn|ngàn|tỷ|lần|lượt|người|suất|kg|km|tấn|giờ|"
    r"xe|con|chiếc|cái|hộ|khẩu|buổi|mm))[ \t]*/[ \t]*(?:(?P<u>kg|km|m2|ha|l)(?!\w)|(?=(?:ngày|tháng|năm|tuần|giờ|"
    rf"người|hộ|lượt|lần|suất|tấn|lít|con|chiếc|cái|buổi|phút|giây|sản phẩm|khẩu|xe|học sinh|ca|đợt)(?!{_LETTER})))"
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
_COMMA_BEFORE_CLOSE = re.compile(r"[,;] *(?=[)\]])")
_PUNCT_RUN = re.compile(r"[,;:.!?](?: *[,;:.!?])+")
_LINE_EDGES_LEFT = re.compile(r"^[\s,.;:!?-]+")
_LINE_EDGES_RIGHT = re.compile(r"[\s,-]+$")
_HAS_WORD = re.compile(r"[^\W_]")
# Not after a lone capital ("P. Bạch Sam", "Văn A. Sau"): an initial more often than the end of a sentence.
_SENTENCE_BREAK = re.compile(r"(?<=[.!?;:])(?<!\b[A-ZĐ]\.)\s+|\n+")


def _time_words(written: str, d: str) -> str:
    hours, minutes, seconds = _TIME_PARTS.match(written).groups()  # type: ignore[union-attr]
    words = f"{read_number(int(hours), d)} giờ"
    if minutes and int(minutes):
        words += f" {read_number(int(minutes), d)} phút"
    if seconds and int(seconds):
        words += f" {read_number(int(seconds), d)} giây"
    return words


def _times(text: str, d: str) -> str:
    """Hour ranges ("7 - 9h30") and times of day ("5h30", "17:00 - 17:30")."""

    def time(m: re.Match[str]) -> str:
        words = _time_words(m["a"], d)
        if m["b"]:
            words += " đến " + _time_words(m["b"], d)
        return _pad(words)

    text = _HOUR_RANGE.sub(lambda m: _pad(f"{read_number(int(m['a']), d)} đến {_time_words(m['b'], d)}"), text)
    return _TIMES.sub(time, text)


def _month_year(m: re.Match[str], d: str) -> str:
    year = read_number(int(m["y"]), d)
    if not m["t"] and _QUARTER_BEFORE.search(m.string, max(0, m.start() - 8), m.start()):
        return _pad(f"{_ordinal('quý', int(m['m']), d)} năm {year}")  # "quý 2/2024"
    return _pad(f"tháng {_ordinal('tháng', int(m['m']), d)} năm {year}")


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
    text = _COMMA_BEFORE_CLOSE.sub("", text)
    text = _PUNCT_RUN.sub(_collapse_punct, text)
    lines = []
    for line in text.split("\n"):
        line = _LINE_EDGES_RIGHT.sub("", _LINE_EDGES_LEFT.sub("", line))
        if _HAS_WORD.search(line):
            lines.append(line)
    return "\n".join(lines)


# ---------------------------------------------------------------------------------------------- normaliser
class Normalizer:
    """Rewrites text into speakable Vietnamese words with an editable abbreviation table.

    `pronunciations` is the whole table to read with (the station's, as the operator left it); None means the
    built-in defaults. An entry missing from the table is not read from it: a deleted default is gone.
    """

    def __init__(self, pronunciations: Iterable[Pronunciation] | None = None, dialect: str = DEFAULT_DIALECT) -> None:
        self.dialect = check_dialect(dialect)
        table = default_pronunciations() if pronunciations is None else list(pronunciations)
        entries: dict[str, Pronunciation] = {}
        for entry in table:
            checked = make_pronunciation(entry.written, entry.spoken)
            entries[checked.written] = checked
        self.pronunciations = list(entries.values())
        defaults = {p.written: p.spoken for p in default_pronunciations()}
        # Entries the operator changed or added: they win over the built-in meaning of a document code too.
        self._given = {p.written: p.spoken for p in self.pronunciations if defaults.get(p.written) != p.spoken}
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
        self._documents_reader = DocumentNumbers(self._speak_code, self._say, self._knows, self._given.get)
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
            self._codes,
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
    def _say(self, n: int) -> str:
        return read_number(n, self.dialect)

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

    def _knows(self, code: str) -> bool:
        return self._lookup(code) is not None

    def _speak_code(self, code: str) -> str:
        # In a document number "TT" is a circular (Thông tư), in running text "Thường trực": the built-in
        # meaning of a code comes first unless the operator changed the entry.
        spoken = self._given.get(code) or DOCUMENT_TYPES.get(code) or ISSUERS.get(code) or self._lookup(code)
        if spoken is not None:
            return spoken
        if "&" in code:
            return " và ".join(self._speak_code(part) for part in code.split("&") if part)
        letters = code.rstrip("0123456789")
        if letters != code:
            return f"{self._speak_code(letters)} {self._say(int(code[len(letters) :]))}"
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
        text = repair_legacy(text)[0]  # TCVN3 or VNI text from an old Word file: Unicode before anything else
        text = _ZERO_WIDTH_SPACE.sub(" ", text)
        text = _FOOTNOTE.sub("", text)
        text = unicodedata.normalize("NFKC", text)
        text = _OTHER_DIGIT.sub(lambda m: str(unicodedata.decimal(m.group(), 0)), text)
        text = "\n".join(text.splitlines())
        text = _ODD_CHAR.sub(_odd_char, text)
        text = speak_urls(text)
        text = _MARKUP.sub(" ", text)
        text = _LETTER_END.sub(".", text)
        text = _ELLIPSIS.sub(", ", text)
        text = _BULLET.sub("", text)
        text = _DASH_AFTER_COLON.sub(r"\1 ", text)
        text = _GLUED_DATE_WORD.sub(r"\1 ", text)
        text = _PLATE.sub(self._plate, text)
        text = _KM_POST.sub(self._km_post, text)
        # Weekdays first: "T2-T6" would otherwise look like a document code.
        text = _WEEKDAY.sub(lambda m: f"thứ {_ordinal('thứ', int(m['n']), self.dialect)}", text)
        text = _SUNDAY_AFTER_WEEKDAY.sub(lambda m: m["a"] + "chủ nhật", text)
        return _WEEKDAY_RANGE.sub(r"\g<a> đến ", text)

    def _plate(self, m: re.Match[str]) -> str:
        number = m["number"]
        if "." not in number and not _PLATE_CUE.search(m.string, max(0, m.start() - 25), m.start()):
            return m.group()
        series = " ".join(read_digits(ch) if ch.isdigit() else LETTER_NAMES.get(ch, ch.lower()) for ch in m["series"])
        return _pad(f"{read_digits(m['province'])} {series}, {read_digits(number)}")

    def _km_post(self, m: re.Match[str]) -> str:
        words = f"ki lô mét {self._say(int(m['a']))}"
        if m["b"]:
            words += f" cộng {self._say(int(m['b']))}"
        return _pad(words)

    def _documents(self, text: str) -> str:
        d = self.dialect

        def chain(m: re.Match[str]) -> str:
            codes = m["codes"]
            if any(len(part) < 2 for part in re.split(r"[-/]", codes)):
                return m.group()
            return _pad(self._speak_codes(codes))

        def after_so(m: re.Match[str]) -> str:
            parts = [m[k] for k in ("a", "b", "c") if m[k]]
            if len(parts) == 2 and _YEAR.fullmatch(parts[1]):  # "số 15/2023": the number and its year
                return m["so"] + f"{read_number(int(parts[0]), d)} năm {read_number(int(parts[1]), d)} "
            return m["so"] + " trên ".join(read_number(int(part), d) for part in parts) + " "

        text = self._documents_reader.read(text)
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

        def long_digits(m: re.Match[str]) -> str:
            if _CALL_CONTEXT.search(m.string, max(0, m.start() - 60), m.start()):
                return _pad(_read_groups(m.group()))
            return m.group()

        text = _PHONE.sub(phone, text)
        text = _EMERGENCY.sub(emergency, text)
        text = _CODE_DIGITS.sub(lambda m: m["lead"] + _pad(_read_groups(m["digits"], in_fours=True)), text)
        text = _SMS_CODE.sub(lambda m: m["lead"] + _pad(read_digits(m["digits"])), text)
        return _LONG_DIGITS.sub(long_digits, text)

    def _abbreviations(self, text: str) -> str:
        def place(m: re.Match[str]) -> str:
            if len(m["p"]) == 1 and _NAME_BEFORE.search(m.string, max(0, m.start() - 30), m.start()):
                return m.group()  # "Nguyễn Văn P. Sau đó": an initial
            return _pad(_PLACE_WORDS[m["p"]])

        # Before the table: "TT. Xuân Mai" is a town (thị trấn), "TT Đảng ủy" the standing committee.
        text = _PLACE_PREFIX.sub(place, text)
        if self._table is not None:

            def spoken(m: re.Match[str]) -> str:
                written = m.group()
                words = self._lookup(written)
                if words is None:
                    return written
                # "AI", "CA" are also words: inside a heading in capitals ("AI ĐÃ GỌI") they are read as words.
                if written.isupper() and is_vietnamese_syllable(written) and _in_caps_run(m):
                    return written
                return _pad_between(m, words)

            text = self._table.sub(spoken, text)
        return text

    def _codes(self, text: str) -> str:
        def code(m: re.Match[str]) -> str:
            letters, digits = m["l"], m["d"]
            number = read_digits(digits) if digits.startswith("0") else self._say(int(digits))
            name = self._lookup(letters) if len(letters) > 1 else None
            return _pad(f"{name or spell(letters)} {number}")

        return _LETTER_CODE.sub(code, text)

    def _initials(self, text: str) -> str:
        # Repeated: reading "N." turns the "M." before it ("M. N. bị") into an initial too.
        while True:
            spelled = _INITIALS.sub(lambda m: (say_initial(m["one"]) if m["one"] else spell(m["many"])) + " ", text)
            if spelled == text:
                return text
            text = spelled

    def _dates_and_times(self, text: str) -> str:
        d = self.dialect

        def day_month(day: int, month: int) -> str:
            return f"{read_number(day, d)} tháng {_ordinal('tháng', month, d)}"

        def year_words(written: str) -> str:
            return read_number(int(written.replace(" ", "").replace("\t", "")), d)

        def date_words(written: str) -> str:
            day, month, year = _DATE_PARTS.fullmatch(written).groups()  # type: ignore[union-attr]
            words = f"ngày {day_month(int(day), int(month))}"
            return f"{words} năm {year_words(year)}" if year else words

        def with_ngay(words: str, m: re.Match[str]) -> str:
            """ "ngày ..." unless a word for the day stands before: "ngày 30/4", "sáng 30/4"."""
            before = m.string[max(0, m.start() - 30) : m.start()]
            return words.removeprefix("ngày ") if _NO_NGAY_BEFORE.search(before) else words

        def date(m: re.Match[str]) -> str:
            first = m["a"]
            before = m.string[max(0, m.start() - 20) : m.start()]
            if m["b"] is None and first.count("/") == 1:
                top, bottom = (int(x) for x in first.split("/"))
                cued = _DATE_CUE.search(before) is not None or (
                    _WEAK_DATE_CUE.search(before) is not None and not _AFTER_FRACTION.match(m.string, m.end())
                )
                if not cued and "0" not in first and bottom <= 4 and top < bottom:
                    return _pad(f"{read_number(top, d)} phần {'tư' if bottom == 4 else read_number(bottom, d)}")
            words = with_ngay(date_words(first), m)
            if m["b"]:
                words += " đến " + date_words(m["b"])
            return _pad(words)

        def short_date(m: re.Match[str]) -> str:
            day, month = int(m["d"]), int(m["m"])
            before = m.string[max(0, m.start() - 20) : m.start()]
            cued = _SHORT_DATE_CUE.search(before) is not None
            if not cued and (m["sep"] == "." or day <= month or _NOT_AFTER_DATE.match(m.string, m.end())):
                return m.group()
            if cued and _NOT_AFTER_DATE.match(m.string, m.end()) and not _NO_NGAY_BEFORE.search(before):
                return m.group()  # "từ 5-7 ngày": a range
            return _pad(with_ngay(f"ngày {day_month(day, month)}", m))

        def day_range(m: re.Match[str]) -> str:
            first, last = int(m["a"]), int(m["b"])
            if first >= last:
                return m.group()
            words = f"ngày {read_number(first, d)} đến {day_month(last, int(m['m']))}"
            if m["y"]:
                words += f" năm {read_number(int(m['y']), d)}"
            return _pad(with_ngay(words, m))

        def day_list(m: re.Match[str]) -> str:
            days = re.sub(r"[0-9]+", lambda n: read_number(int(n.group()), d), m["days"])
            return m["lead"] + f"{days} tháng {_ordinal('tháng', int(m['m']), d)} "

        def from_to_days(m: re.Match[str]) -> str:
            if int(m["a"]) >= int(m["b"]):
                return m.group()
            return f"{m['from']}ngày {read_number(int(m['a']), d)} {m['to']} {day_month(int(m['b']), int(m['m']))} "

        def special(m: re.Match[str]) -> str:
            top, _, bottom = m.group().partition("/")
            words = f"hai mươi tư trên {say_number(bottom.rstrip('h'), d)}"
            return _pad(words + (" giờ" if bottom.endswith("h") else ""))

        text = _DATE_THEN_TIME.sub(r"\g<date>,", text)
        text = _SCORE.sub(lambda m: m["lead"] + f"{read_number(int(m['a']), d)} - {read_number(int(m['b']), d)}", text)
        text = _SPECIAL_SLASH.sub(special, text)
        text = _FROM_TO_DAYS.sub(from_to_days, text)
        text = _DAY_LIST.sub(day_list, text)
        text = _DAY_RANGE.sub(day_range, text)
        text = _DATES.sub(date, text)
        text = _SHORT_DATE.sub(short_date, text)
        text = _MONTH_YEAR.sub(lambda m: _month_year(m, d), text)
        return _times(text, d)

    def _ordinals(self, text: str) -> str:
        d = self.dialect

        def with_year(word: str, n: int, year: str | None) -> str:
            words = f"{word} {_ordinal(word, n, d)}"
            return _pad(f"{words} năm {read_number(int(year), d)}" if year else words)

        text = _ORDINAL.sub(lambda m: with_year(m["w"], int(m["n"]), m["y"]), text)
        return _ROMAN_AFTER.sub(lambda m: with_year(m["w"], _roman_value(m["r"]), m["y"]), text)

    def _quantities(self, text: str) -> str:
        d = self.dialect

        def number_list(m: re.Match[str]) -> str:
            items = [read_number(int(item), d) for item in m["items"].split("+")]
            return m["lead"] + ", ".join(items[:-1]) + f" và {items[-1]} "

        def unit(m: re.Match[str]) -> str:
            return _pad(f"{say_number((m['neg'] or '') + m['n'], d)} {_UNIT_WORDS[m['u']]}")

        text = _NUMBER_LIST.sub(number_list, text)
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
        return _UNITS.sub(unit, text)

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
            return _caps_word(m.group(), lambda: _in_caps_run(m), d)

        text = _CAPS.sub(word, text)
        return _LONE_LETTER.sub(lambda m: LETTER_NAMES[m["l"]], text)

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
        text = speak_urls(text)
        text = self._abbreviations(text)
        text = _ROMAN_HEADING.sub(lambda m: read_number(_roman_value(m["r"]), self.dialect), text)
        text = self._initials(text)
        return _LONE_LETTER.sub(lambda m: LETTER_NAMES[m["l"]], text)


def _in_caps_run(m: re.Match[str]) -> bool:
    """Whether a token in capitals stands among other words in capitals (a heading)."""
    start, end = m.start(), m.end()
    return bool(
        _CAPS_BEFORE.search(m.string, max(0, start - 40), start) or _CAPS_AFTER.search(m.string[end : end + 40])
    )


def _pad_between(m: re.Match[str], words: str) -> str:
    """`words` in place of the match, with a space where a letter or digit would otherwise touch it ("TP.Vinh")."""
    before = m.string[m.start() - 1 : m.start()]
    after = m.string[m.end() : m.end() + 1]
    return f"{' ' if before.isalnum() else ''}{words}{' ' if after.isalnum() else ''}"


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


def _read_groups(written: str, in_fours: bool = False) -> str:
    """Digits read one by one, a short pause between the groups the writer made; without groups 3-3-3 or
    4-3-3 like a phone number, and (`in_fours`) an account or ID number longer than a phone in fours."""
    groups = [g for g in re.split(r"[^0-9]+", written) if g]
    if len(groups) == 1 and len(groups[0]) >= 9:
        digits = groups[0]
        if in_fours and len(digits) > 10:
            groups = [digits[i : i + 4] for i in range(0, len(digits), 4)]
            if len(groups[-1]) == 1:  # no lone digit at the end: 4-4-3-2, not 4-4-4-1
                groups[-2:] = [groups[-2][:3], groups[-2][3:] + groups[-1]]
        else:
            head = 3 if len(digits) == 9 else 4
            groups = [digits[:head], digits[head : head + 3], digits[head + 3 :]]
    return ", ".join(read_digits(g) for g in groups)


def repair_legacy(text: str) -> tuple[str, str | None]:
    """Text in TCVN3 or VNI converted to Unicode, and which of them it was (None for Unicode text)."""
    from audio.legacy_encodings import repair

    return repair(text)


_default: dict[str, Normalizer] = {}


def normalize(text: str, dialect: str = DEFAULT_DIALECT) -> str:
    """Normalise with the default table."""
    normalizer = _default.get(dialect)
    if normalizer is None:
        normalizer = _default[dialect] = Normalizer(dialect=dialect)
    return normalizer.normalize(text)
