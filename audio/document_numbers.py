"""Numbers of official documents read the way announcers read them.

"Kế hoạch số 45/KH-UBND ngày 10/01/2024 của UBND phường" is read "Kế hoạch số bốn mươi lăm ngày ... của Ủy ban
nhân dân phường": the number (with its letter suffix: "mười hai a"), the year part when there is one ("năm hai
nghìn không trăm hai mươi"), then the issuer as "của ..." only when the sentence does not name it right after.
The document-type code is not read again when the word before the number already says it; elsewhere it leads
("theo 45/KH-UBND" -> "theo Kế hoạch số bốn mươi lăm của Ủy ban nhân dân"). Codes may hold stray spaces
("45/KH- UBND"). Never "trên <code> - <code>": the slash and dash of a document number are not read.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from audio.spelling import LETTER_NAMES

# The kind of document a code names (the first part of "KH-UBND", "NQ/TW", "TT-BTTTT").
DOCUMENT_TYPES: dict[str, str] = {
    "NQ": "Nghị quyết", "NĐ": "Nghị định", "QĐ": "Quyết định", "QĐi": "Quy định", "KH": "Kế hoạch",
    "TB": "Thông báo", "TT": "Thông tư", "CT": "Chỉ thị", "HD": "Hướng dẫn", "KL": "Kết luận",
    "CTr": "Chương trình", "BC": "Báo cáo", "TTr": "Tờ trình", "GM": "Giấy mời", "QC": "Quy chế",
    "ĐA": "Đề án", "CV": "Công văn", "CĐ": "Công điện", "L": "Lệnh", "SL": "Sắc lệnh", "PL": "Pháp lệnh",
    "VBHN": "Văn bản hợp nhất", "TTLT": "Thông tư liên tịch", "NQLT": "Nghị quyết liên tịch", "BB": "Biên bản",
    "GP": "Giấy phép",
}  # fmt: skip

# Who issues a document, as said after "của".
ISSUERS: dict[str, str] = {
    "UBND": "Ủy ban nhân dân", "HĐND": "Hội đồng nhân dân", "CP": "Chính phủ", "TTg": "Thủ tướng Chính phủ",
    "TTG": "Thủ tướng Chính phủ", "TW": "Trung ương", "TƯ": "Trung ương", "QH": "Quốc hội",
    "UBTVQH": "Ủy ban Thường vụ Quốc hội", "CTN": "Chủ tịch nước", "VPCP": "Văn phòng Chính phủ",
    "VPQH": "Văn phòng Quốc hội", "BTTTT": "Bộ Thông tin và Truyền thông", "BCA": "Bộ Công an",
    "BQP": "Bộ Quốc phòng", "BYT": "Bộ Y tế", "BTC": "Bộ Tài chính", "BNV": "Bộ Nội vụ",
    "BGDĐT": "Bộ Giáo dục và Đào tạo", "BLĐTBXH": "Bộ Lao động - Thương binh và Xã hội", "BCT": "Bộ Công Thương",
    "BTNMT": "Bộ Tài nguyên và Môi trường", "BNNPTNT": "Bộ Nông nghiệp và Phát triển nông thôn",
    "BVHTTDL": "Bộ Văn hóa, Thể thao và Du lịch", "BTP": "Bộ Tư pháp", "BXD": "Bộ Xây dựng",
    "BGTVT": "Bộ Giao thông vận tải", "BKHĐT": "Bộ Kế hoạch và Đầu tư", "BKHCN": "Bộ Khoa học và Công nghệ",
    "NHNN": "Ngân hàng Nhà nước", "STTTT": "Sở Thông tin và Truyền thông", "SNgV": "Sở Ngoại vụ",
    "SGDĐT": "Sở Giáo dục và Đào tạo", "SYT": "Sở Y tế", "STC": "Sở Tài chính", "SNV": "Sở Nội vụ",
    "STP": "Sở Tư pháp", "SXD": "Sở Xây dựng", "SVHTTDL": "Sở Văn hóa, Thể thao và Du lịch",
    "SLĐTBXH": "Sở Lao động - Thương binh và Xã hội", "LĐTBXH": "Lao động - Thương binh và Xã hội",
    "CAT": "Công an tỉnh", "CAH": "Công an huyện", "CAP": "Công an phường", "CAX": "Công an xã",
    "BTGTW": "Ban Tuyên giáo Trung ương", "BTG": "Ban Tuyên giáo", "BDVTW": "Ban Dân vận Trung ương",
    "BTCTW": "Ban Tổ chức Trung ương", "UBKTTW": "Ủy ban Kiểm tra Trung ương", "BCĐ": "Ban Chỉ đạo",
    "TU": "Tỉnh ủy", "ThU": "Thành ủy", "HU": "Huyện ủy", "QU": "Quận ủy", "TXU": "Thị ủy", "ĐU": "Đảng ủy",
    "MTTQ": "Mặt trận Tổ quốc", "UBMTTQ": "Ủy ban Mặt trận Tổ quốc", "ĐTN": "Đoàn Thanh niên",
    "LĐLĐ": "Liên đoàn Lao động", "BHXH": "Bảo hiểm xã hội", "VKSND": "Viện Kiểm sát nhân dân",
    "TAND": "Tòa án nhân dân", "BCH": "Ban Chấp hành", "BTV": "Ban Thường vụ", "VP": "Văn phòng",
}  # fmt: skip

# Issuers that carry the number of their term: "QH14" -> "Quốc hội khóa mười bốn".
_TERM_ISSUERS = {"QH": "Quốc hội", "UBTVQH": "Ủy ban Thường vụ Quốc hội"}

_CODE = r"[A-ZĐ][A-ZĐ&]*(?:[a-zđ]{1,2}[A-ZĐ]*)?[0-9]{0,2}"
_SEP = r"[ \t]?[-/][ \t]?"
NUMBERED = re.compile(
    rf"(?<![\w/.,])(?P<num>[0-9]{{1,6}})(?P<suffix>[a-zđ])?(?:(?P<sep>{_SEP})|(?=[A-ZĐ]))"
    rf"(?:(?P<year>(?:19|20)[0-9]{{2}}){_SEP})?(?P<codes>{_CODE}(?:{_SEP}{_CODE})*)(?![\w&])"
)
# "Thông tư 106/2025", "Công văn số 15/2023": a number and its year, no code.
_TYPE_WORDS = "|".join(sorted({*DOCUMENT_TYPES.values(), "Luật", "Văn bản", "Công văn"}))
YEAR_ONLY = re.compile(
    rf"(?i:(?P<type>{_TYPE_WORDS})(?P<so>[ \t]+số)?[ \t]*:?[ \t]*)(?P<num>[0-9]{{1,6}})/(?P<year>(?:19|20)[0-9]{{2}})"
    r"(?![0-9/]|[.,][0-9])"
)
_DATE_AFTER = re.compile(
    r"(?i)[ \t]*,?[ \t]*ngày[ \t]+[0-9]{1,2}(?:[ \t]*[/.-][ \t]*[0-9]{1,2}(?:[ \t]*[/.-][ \t]*(?:[0-9]{4}|"
    r"(?:19|20)[ \t][0-9]{2}|[0-9]{2}))?|[ \t]+tháng[ \t]+[0-9]{1,2}(?:[ \t]+năm[ \t]+[0-9]{4})?)(?![0-9])"
)
_WHO_AFTER = re.compile(r"(?i)[ \t]*(?:,[ \t]*)?(?P<word>của|do(?!\w))|[ \t]*(?P<comma>,)[ \t]*")
_CLAUSE_START = re.compile(r"[.;:!?\n(“\"]")
_SENTENCE_START = re.compile(r"[.!?\n]")


class DocumentNumbers:
    """Reads document numbers with `speak_code` for codes and `say` for numbers.

    `changed(code)` is the operator's own reading of a code when the station changed or added that entry (it
    wins over the built-in issuers); `known(code)` tells whether the station's table has the code at all.
    """

    def __init__(
        self,
        speak_code: Callable[[str], str],
        say: Callable[[int], str],
        known: Callable[[str], bool],
        changed: Callable[[str], str | None],
    ) -> None:
        self.speak_code = speak_code
        self.say = say
        self.known = known
        self.changed = changed

    def read(self, text: str) -> str:
        pieces: list[str] = []
        position = 0
        for m in NUMBERED.finditer(text):
            if m.start() < position:
                continue
            reading = self._numbered(m)
            if reading is None:
                continue
            words, issuer = reading
            date = _DATE_AFTER.match(text, m.end())
            end = date.end() if date else m.end()
            if date:  # the issuer comes after the date: "số bốn mươi lăm ngày ... của Ủy ban nhân dân"
                words += text[m.end() : end]
            if issuer and not self._issuer_named(text, m.start(), end, issuer):
                words += f" của {issuer}"
            pieces += [text[position : m.start()], f" {words} "]
            position = end
        pieces.append(text[position:])
        return YEAR_ONLY.sub(self._year_only, "".join(pieces))

    # -- pieces ---------------------------------------------------------------------------------------------
    def _issuer(self, code: str) -> str:
        letters = code.rstrip("0123456789")
        if letters in _TERM_ISSUERS and letters != code:
            return f"{_TERM_ISSUERS[letters]} khóa {self.say(int(code[len(letters) :]))}"
        return self.changed(code) or ISSUERS.get(code) or self.speak_code(code)

    def _is_code(self, code: str) -> bool:
        letters = code.rstrip("0123456789")
        if code in DOCUMENT_TYPES or code in ISSUERS or letters in _TERM_ISSUERS or self.known(code):
            return True
        alpha = [ch for ch in letters if ch.isalpha()]
        return len(alpha) >= 2 and all(ch.isupper() for ch in alpha)

    def _number_words(self, num: str, suffix: str | None, year: str | None) -> str:
        words = self.say(int(num))
        if suffix:
            words += " " + LETTER_NAMES.get(suffix.upper(), suffix)
        if year:
            words += f" năm {self.say(int(year))}"
        return words

    @staticmethod
    def _clause_before(text: str, start: int) -> str:
        window = text[max(0, start - 60) : start]
        cut = max((m.end() for m in _CLAUSE_START.finditer(window)), default=0)
        return window[cut:]

    @staticmethod
    def _issuer_named(text: str, start: int, end: int, issuer: str) -> bool:
        """The sentence names the issuer right after the number (or its date), or before it."""
        after = _WHO_AFTER.match(text, end)
        if after is not None and after["word"]:
            return True
        following = text[after.end() if after is not None else end :].lstrip(" \t").casefold()
        if following.startswith(issuer.casefold()):  # "..., Bộ Quốc phòng đã nêu", "ngày ... Ủy ban nhân dân quận"
            return True
        window = text[max(0, start - 160) : start]
        cut = max((m.end() for m in _SENTENCE_START.finditer(window)), default=0)
        return issuer.casefold() in window[cut:].casefold()

    # -- passes ---------------------------------------------------------------------------------------------
    def _numbered(self, m: re.Match[str]) -> tuple[str, str | None] | None:
        codes = [part for part in re.split(r"[ \t]?[-/][ \t]?", m["codes"]) if part]
        if not m["sep"] and len(codes) == 1:
            return None  # "4G", "11H30", "4GB": not a document
        if not all(self._is_code(code) for code in codes):
            return None
        kind = codes[0] if codes[0] in DOCUMENT_TYPES else None
        rest = codes[1:] if kind else codes
        issuer = self._issuer(rest[0]) if rest else None
        words = self._number_words(m["num"], m["suffix"], m["year"])
        if kind is not None:
            name = DOCUMENT_TYPES[kind]
            before = self._clause_before(m.string, m.start())
            said = re.search(rf"(?i)(?<!\w)(?:{re.escape(name)}|{re.escape(kind)})(?!\w)", before)
            after_so = re.search(r"(?i)(?<!\w)số[ \t]*:?[ \t]*$", m.string[max(0, m.start() - 8) : m.start()])
            if not said and not after_so:
                words = f"{name} số {words}"
        return words, issuer

    def _year_only(self, m: re.Match[str]) -> str:
        return f"{m['type']}{m['so'] or ''} {self.say(int(m['num']))} năm {self.say(int(m['year']))}"
