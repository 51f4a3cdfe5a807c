"""Vietnamese text in the old 8-bit encodings of Word files, TCVN3 (ABC, .VnTime fonts) and VNI (VNI-Times).

Such text arrives as Latin-1 characters: "§éc lËp" (TCVN3) or "Ñoäc laäp" (VNI) for "Độc lập", from a .docx
written with those fonts, a pasted passage, or a .txt saved from them. `detect` tells which encoding a text is
in by converting it both ways and keeping the one whose words become Vietnamese syllables; `to_unicode` and
`from_unicode` convert (the latter only for tests and fixtures: nobody should write these encodings any more).

TCVN3 has lower-case toned letters only (capitals were a second font using the same codes), so text converted
from it keeps only the capitals Ă Â Ê Ô Ơ Ư Đ and those of plain ASCII.
"""

from __future__ import annotations

import re
import unicodedata

from audio.spelling import is_vietnamese_syllable

ENCODINGS = ("tcvn3", "vni")
LABELS = {"tcvn3": "TCVN3 (ABC)", "vni": "VNI"}

# TCVN3 byte (as the Latin-1 character it shows as) -> the Vietnamese letter.
_TCVN3_CODES = (
    "µà ¶ả ·ã ¸á ¹ạ ¨ă »ằ ¼ẳ ½ẵ ¾ắ Æặ ©â Çầ Èẩ Éẫ Êấ Ëậ ®đ Ìè Îẻ Ïẽ Ðé Ñẹ ªê Òề Óể Ôễ Õế Öệ ×ì Øỉ Üĩ Ýí Þị "
    "ßò áỏ âõ ãó äọ «ô åồ æổ çỗ èố éộ ¬ơ êờ ëở ìỡ íớ îợ ïù ñủ òũ óú ôụ \xadư õừ öử ÷ữ øứ ùự úỳ ûỷ üỹ ýý þỵ "
    "¡Ă ¢Â £Ê ¤Ô ¥Ơ ¦Ư §Đ"
)
TCVN3_TO_UNICODE: dict[str, str] = {pair[0]: pair[1] for pair in _TCVN3_CODES.split(" ")}
UNICODE_TO_TCVN3: dict[str, str] = {letter: code for code, letter in TCVN3_TO_UNICODE.items()}

# VNI: a base letter followed by the Latin-1 character that carries its marks.
_TONES = ("", "\u0300", "\u0301", "\u0309", "\u0303", "\u0323")  # none, grave, acute, hook, tilde, dot below
_VNI_TONE = ("", "ø", "ù", "û", "õ", "ï")
_VNI_CIRCUMFLEX = ("â", "à", "á", "å", "ã", "ä")
_VNI_BREVE = ("ê", "è", "é", "ú", "ü", "ë")
_VNI_I = ("i", "ì", "í", "æ", "ó", "ò")


def _vni_table() -> dict[str, str]:
    table: dict[str, str] = {}

    def put(letter: str, tone: int, code: str) -> None:
        lower = unicodedata.normalize("NFC", letter + _TONES[tone])
        table[lower] = code
        table[lower.upper()] = code.upper() if code not in ("ñ",) else "Ñ"

    for tone in range(6):
        for base in "aeouy":
            put(base, tone, base + _VNI_TONE[tone])
        for vowel, base in (("â", "a"), ("ê", "e"), ("ô", "o")):
            put(vowel, tone, base + _VNI_CIRCUMFLEX[tone])
        put("ă", tone, "a" + _VNI_BREVE[tone])
        put("ơ", tone, "ô" + _VNI_TONE[tone])
        put("ư", tone, "ö" + _VNI_TONE[tone])
        put("i", tone, _VNI_I[tone])
    table["ỵ"], table["Ỵ"] = "î", "Î"
    table["đ"], table["Đ"] = "ñ", "Ñ"
    # Plain letters are themselves.
    for letter in "aeiouyAEIOUY":
        table[letter] = letter
    return table


UNICODE_TO_VNI = _vni_table()
VNI_TO_UNICODE: dict[str, str] = {code: letter for letter, code in UNICODE_TO_VNI.items() if code != letter}
_VNI_SEQUENCE = re.compile("|".join(re.escape(code) for code in sorted(VNI_TO_UNICODE, key=len, reverse=True)))
_TCVN3_CHAR = re.compile("[" + re.escape("".join(TCVN3_TO_UNICODE)) + "]")

# Characters of Vietnamese Unicode text that Latin-1 lacks: their presence means the text is already Unicode.
_MODERN = re.compile("[ăĂđĐĩĨũŨơƠưƯ\u1ea0-\u1ef9]")
_WORD = re.compile(r"[^\W\d_]+")


def to_unicode(text: str, encoding: str) -> str:
    if encoding == "tcvn3":
        return _TCVN3_CHAR.sub(lambda m: TCVN3_TO_UNICODE[m.group()], text)
    if encoding == "vni":
        return _VNI_SEQUENCE.sub(lambda m: VNI_TO_UNICODE[m.group()], text)
    raise ValueError(f"unknown encoding {encoding!r}")


def from_unicode(text: str, encoding: str) -> str:
    """Vietnamese Unicode written as the legacy encoding shows it (Latin-1 characters); for tests and fixtures."""
    text = unicodedata.normalize("NFC", text)
    if encoding == "tcvn3":
        out = []
        for ch in text:
            code = UNICODE_TO_TCVN3.get(ch) or UNICODE_TO_TCVN3.get(ch.lower())
            out.append(code if code is not None else ch)
        return "".join(out)
    if encoding == "vni":
        return "".join(UNICODE_TO_VNI.get(ch, ch) for ch in text)
    raise ValueError(f"unknown encoding {encoding!r}")


# What only the old encodings write: TCVN3's letters that are symbols in Latin-1 ("§" for Đ, "®" for đ, "µ" for
# à...), and VNI's marks after a vowel that Vietnamese Unicode never has ("oä", "aø", "ñ" for đ).
_TCVN3_EVIDENCE = re.compile("[µ¸¶·¹¨»¾¼½©ª«¬\xad®¡¢£¤¥¦§÷]")
_VNI_EVIDENCE = re.compile("[aeiouyAEIOUY][øûïåäëüØÛÏÅÄËÜ]|[ñÑ](?=[a-zA-Z])|[öÖ][øùûõïôÔ]|ôø|ôù|ôû|ôï")
_EVIDENCE = {"tcvn3": _TCVN3_EVIDENCE, "vni": _VNI_EVIDENCE}
_MIN_EVIDENCE = 3


def _syllable_share(text: str) -> tuple[float, int]:
    words = _WORD.findall(text)
    if not words:
        return 0.0, 0
    good = sum(is_vietnamese_syllable(word) for word in words)
    return good / len(words), good


def detect(text: str) -> str | None:
    """ "tcvn3" or "vni" when `text` is Vietnamese in that old encoding, else None (Unicode, or not Vietnamese).

    The text must show several things only that encoding writes, and converting it must turn clearly more of
    its words into Vietnamese syllables.
    """
    sample = text[:20_000]
    if len(_MODERN.findall(sample)) * 50 > len(sample):
        return None  # already real Vietnamese Unicode
    letters = sum(ch.isalpha() for ch in sample) or 1
    before, good_before = _syllable_share(sample)
    # Words that are already accented Vietnamese syllables (a "không" the normaliser wrote) say Unicode: converting
    # must then make clearly more new syllables than that, or a short text would flip back and forth.
    accented = any(not word.isascii() and is_vietnamese_syllable(word) for word in _WORD.findall(sample))
    best, best_share = None, before
    for encoding in ENCODINGS:
        evidence = len(_EVIDENCE[encoding].findall(sample))
        if evidence < _MIN_EVIDENCE or evidence * 20 < letters:
            continue
        share, good = _syllable_share(to_unicode(sample, encoding))
        if accented and good - good_before < _MIN_EVIDENCE:
            continue
        if good >= _MIN_EVIDENCE and share >= 0.6 and share - before >= 0.15 and share > best_share:
            best, best_share = encoding, share
    return best


def repair(text: str) -> tuple[str, str | None]:
    """(Unicode text, the legacy encoding it was in or None)."""
    encoding = detect(text)
    if encoding is None:
        return text, None
    return unicodedata.normalize("NFC", to_unicode(text, encoding)), encoding


def notice(encoding: str) -> str:
    """What the operator is told when a text was converted."""
    return (
        f"Văn bản dùng bảng mã cũ {LABELS[encoding]} (phông chữ .Vn hoặc VNI): đã tự chuyển sang Unicode. "
        "Hãy đọc lại để kiểm tra trước khi lưu."
    )
