"""The default abbreviation table, the codes of document numbers, letter names, and loader helpers.

The operator edits the table in the app (SQLite table `pronunciations(written, spoken)`); entries given to the
normaliser override the defaults with the same `written`. Entries written in capitals only match case-sensitively
and as whole tokens; entries with a lower-case letter ("Tp.", "V/v", "VNeID") match in any case.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from audio.errors import NormalizerError


@dataclass(frozen=True)
class Pronunciation:
    written: str
    spoken: str


# (written, spoken). Spoken forms are plain words: no digits and no abbreviation of this table.
_DEFAULTS: tuple[tuple[str, str], ...] = (
    # Party, state and mass organisations
    ("UBND", "Ủy ban nhân dân"),
    ("HĐND", "Hội đồng nhân dân"),
    ("MTTQ", "Mặt trận Tổ quốc"),
    ("MTTQVN", "Mặt trận Tổ quốc Việt Nam"),
    ("UBMTTQ", "Ủy ban Mặt trận Tổ quốc"),
    ("UBMTTQVN", "Ủy ban Mặt trận Tổ quốc Việt Nam"),
    ("UBKT", "Ủy ban Kiểm tra"),
    ("BCH", "Ban Chấp hành"),
    ("BTV", "Ban Thường vụ"),
    ("BCĐ", "Ban Chỉ đạo"),
    ("ĐU", "Đảng ủy"),
    ("CA", "Công an"),
    ("QĐND", "Quân đội nhân dân"),
    ("CAND", "Công an nhân dân"),
    ("ĐTN", "Đoàn Thanh niên"),
    ("HLHPN", "Hội Liên hiệp Phụ nữ"),
    ("HPN", "Hội Phụ nữ"),
    ("HND", "Hội Nông dân"),
    ("HCCB", "Hội Cựu chiến binh"),
    ("CCB", "cựu chiến binh"),
    ("VP", "Văn phòng"),
    ("TT", "Thường trực"),
    ("TTg", "Thủ tướng"),
    # Sectors, departments and ministries
    ("VHTT", "Văn hóa thông tin"),
    ("VHXH", "Văn hóa xã hội"),
    ("VH-XH", "Văn hóa - Xã hội"),
    ("VHTTDL", "Văn hóa, Thể thao và Du lịch"),
    ("TT&TT", "Thông tin và Truyền thông"),
    ("TTTT", "Thông tin và Truyền thông"),
    ("BTTTT", "Bộ Thông tin và Truyền thông"),
    ("GD&ĐT", "Giáo dục và Đào tạo"),
    ("GDĐT", "Giáo dục và Đào tạo"),
    ("TN&MT", "Tài nguyên và Môi trường"),
    ("TNMT", "Tài nguyên và Môi trường"),
    ("LĐTB&XH", "Lao động - Thương binh và Xã hội"),
    ("LĐTBXH", "Lao động - Thương binh và Xã hội"),
    ("NN&PTNT", "Nông nghiệp và Phát triển nông thôn"),
    ("KT-XH", "kinh tế - xã hội"),
    ("KTXH", "kinh tế - xã hội"),
    ("QP-AN", "quốc phòng - an ninh"),
    ("QPAN", "quốc phòng - an ninh"),
    ("TW", "Trung ương"),
    ("CP", "Chính phủ"),
    ("QH", "Quốc hội"),
    # Kinds of documents
    ("NQ", "Nghị quyết"),
    ("NĐ", "Nghị định"),
    ("QĐ", "Quyết định"),
    ("KH", "Kế hoạch"),
    ("CV", "Công văn"),
    ("CT", "Chỉ thị"),
    ("TB", "Thông báo"),
    ("BC", "Báo cáo"),
    ("V/v", "Về việc"),
    ("KT.", "Ký thay"),
    ("TM.", "Thay mặt"),
    ("TL.", "Thừa lệnh"),
    ("TUQ.", "Thừa ủy quyền"),
    ("Đ/c", "đồng chí"),
    # Places
    ("TDP", "Tổ dân phố"),
    ("KDC", "khu dân cư"),
    ("TP", "thành phố"),
    ("TP.", "thành phố"),
    ("Tp.", "thành phố"),
    ("TX.", "thị xã"),
    ("TP.HCM", "Thành phố Hồ Chí Minh"),
    ("TP. HCM", "Thành phố Hồ Chí Minh"),
    ("TPHCM", "Thành phố Hồ Chí Minh"),
    ("HCM", "Hồ Chí Minh"),
    ("VN", "Việt Nam"),
    ("QL", "quốc lộ"),
    # Public order, services, daily life
    ("ANTT", "an ninh trật tự"),
    ("ATGT", "an toàn giao thông"),
    ("TNGT", "tai nạn giao thông"),
    ("ATTP", "an toàn thực phẩm"),
    ("ATTT", "an toàn thông tin"),
    ("PCCC", "phòng cháy, chữa cháy"),
    ("CNTT", "công nghệ thông tin"),
    ("MXH", "mạng xã hội"),
    ("THCS", "trung học cơ sở"),
    ("THPT", "trung học phổ thông"),
    ("CBCC", "cán bộ, công chức"),
    ("CBCCVC", "cán bộ, công chức, viên chức"),
    ("BHYT", "bảo hiểm y tế"),
    ("BHXH", "bảo hiểm xã hội"),
    ("CCCD", "căn cước công dân"),
    ("CMND", "chứng minh nhân dân"),
    ("GPLX", "giấy phép lái xe"),
    ("TTHC", "thủ tục hành chính"),
    ("DVC", "dịch vụ công"),
    ("CSDL", "cơ sở dữ liệu"),
    ("HTX", "hợp tác xã"),
    ("DN", "doanh nghiệp"),
    ("SĐT", "số điện thoại"),
    ("SN", "sinh năm"),
    ("TNCS", "Thanh niên Cộng sản"),
    ("BCA", "Bộ Công an"),
    ("STK", "số tài khoản"),
    ("VNeID", "vê en e ai đi"),
    ("OTP", "ô tê pê"),
    ("ATM", "a tê em"),
    ("SMS", "ét em ét"),
    ("SIM", "sim"),
    ("IP", "ai pi"),
    ("QR", "kiu a"),
    ("ID", "ai đi"),
    ("PIN", "pin"),
    ("OK", "ô kê"),
    ("USD", "đô la Mỹ"),
    ("VND", "đồng"),
    ("VNĐ", "đồng"),
    ("COVID", "Cô-vít"),
    ("Covid", "Cô-vít"),
    ("HIV", "hát i vê"),
    ("AIDS", "ết"),
    ("4G", "bốn gờ"),
    ("5G", "năm gờ"),
    ("3G", "ba gờ"),
    ("ZALO", "Zalo"),
    ("FACEBOOK", "Facebook"),
    ("TIKTOK", "TikTok"),
    ("YOUTUBE", "YouTube"),
    ("GOOGLE", "Google"),
    ("INTERNET", "Internet"),
    ("ONLINE", "online"),
    ("WEBSITE", "website"),
    ("EMAIL", "email"),
    ("LINK", "link"),
    ("APP", "app"),
    ("WIFI", "wifi"),
    ("Wi-Fi", "wifi"),
    ("e-mail", "email"),
)

# Parts of document numbers ("35-NQ/TW", "39/2020/TT-BTTTT") where the meaning differs from running text:
# there "TT" is a circular (Thông tư), in running text it is "Thường trực".
DOC_CODES: dict[str, str] = {
    "TT": "Thông tư",
    "TTr": "Tờ trình",
    "TTg": "Thủ tướng",
    "HD": "Hướng dẫn",
    "GM": "Giấy mời",
    "KL": "Kết luận",
    "CTr": "Chương trình",
    "L": "Lệnh",
    "CTN": "Chủ tịch nước",
    "UBTVQH": "Ủy ban Thường vụ Quốc hội",
    "BCA": "Bộ Công an",
    "BTC": "Bộ Tài chính",
    "BNV": "Bộ Nội vụ",
    "BYT": "Bộ Y tế",
    "BGDĐT": "Bộ Giáo dục và Đào tạo",
    "BVHTTDL": "Bộ Văn hóa, Thể thao và Du lịch",
    "VPCP": "Văn phòng Chính phủ",
    "BTGTW": "Ban Tuyên giáo Trung ương",
    "BTG": "Ban Tuyên giáo",
    "TU": "Tỉnh ủy",
    "HU": "Huyện ủy",
    "ĐU": "Đảng ủy",
    "TXU": "Thị xã ủy",
    "VHTT": "Văn hóa thông tin",
    "VHXH": "Văn hóa xã hội",
    "VP": "Văn phòng",
    "CAP": "Công an phường",
    "CAX": "Công an xã",
    "STTTT": "Sở Thông tin và Truyền thông",
    "TTBCXB": "Thông tin, Báo chí, Xuất bản",
    "BCĐ": "Ban Chỉ đạo",
    "MTTQ": "Mặt trận Tổ quốc",
    "ĐTN": "Đoàn Thanh niên",
}

# Vietnamese names of letters, for spelling abbreviations nobody put in the table.
LETTER_NAMES: dict[str, str] = {
    "A": "a", "Ă": "á", "Â": "ớ", "B": "bê", "C": "xê", "D": "đê", "Đ": "đê", "E": "e", "Ê": "ê",
    "F": "ép", "G": "gờ", "H": "hát", "I": "i", "J": "gi", "K": "ca", "L": "en lờ", "M": "em mờ",
    "N": "en nờ", "O": "ô", "Ô": "ô", "Ơ": "ơ", "P": "pê", "Q": "quy", "R": "e rờ", "S": "ét", "T": "tê",
    "U": "u", "Ư": "ư", "V": "vê", "W": "đúp lê vê", "X": "ích", "Y": "i dài", "Z": "dét",
}  # fmt: skip


def default_pronunciations() -> list[Pronunciation]:
    """A fresh copy of the default table, in a stable order."""
    return [Pronunciation(written, spoken) for written, spoken in _DEFAULTS]


def make_pronunciation(written: str, spoken: str) -> Pronunciation:
    """One checked entry: both sides trimmed to single spaces and not empty."""
    written = " ".join(str(written or "").split())
    spoken = " ".join(str(spoken or "").split())
    if not written:
        raise NormalizerError("Mục phát âm không hợp lệ: thiếu chữ viết tắt")
    if not spoken:
        raise NormalizerError(f"Mục phát âm không hợp lệ: chưa có cách đọc cho “{written}”")
    return Pronunciation(written, spoken)


def pronunciations_from_rows(rows: Iterable[Mapping[str, Any] | tuple[Any, Any] | Any]) -> list[Pronunciation]:
    """Entries from SQLite rows (dicts or sqlite3.Row with `written` and `spoken`, or pairs).

    Raises NormalizerError on an entry with an empty side."""
    entries: list[Pronunciation] = []
    for row in rows:
        if isinstance(row, Pronunciation):
            written, spoken = row.written, row.spoken
        elif isinstance(row, Mapping) or hasattr(row, "keys"):
            written, spoken = row["written"], row["spoken"]
        else:
            written, spoken = row
        entries.append(make_pronunciation(written, spoken))
    return entries


def merge_pronunciations(
    defaults: Iterable[Pronunciation], overrides: Iterable[Pronunciation] | None
) -> list[Pronunciation]:
    """Defaults with every entry of `overrides` replacing the one with the same `written` (last one wins)."""
    table: dict[str, Pronunciation] = {}
    for entry in defaults:
        table[entry.written] = entry
    for entry in overrides or ():
        table[entry.written] = entry
    return list(table.values())
