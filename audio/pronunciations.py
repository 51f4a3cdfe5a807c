"""The default abbreviation table (Từ điển phát âm), the editions it went through, and loader helpers.

The operator edits the table in the app (SQLite table `pronunciations(written, spoken)`); the normaliser reads
with exactly the table it is given, so an entry the operator deleted is no longer read that way. Entries
written in capitals only match case-sensitively and as whole tokens; entries with a lower-case letter ("Tp.",
"V/v", "Zalo") match in any case.

The defaults grow in editions. A station seeded from an earlier edition receives the entries added since,
and the new readings of entries it never changed; entries it deleted or changed stay as the operator left them
(app/pronunciation_table.py does the upgrade).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any, cast

from audio.errors import QT_TR_NOOP, NormalizerError


@dataclass(frozen=True)
class Pronunciation:
    written: str
    spoken: str


# (written, spoken). Spoken forms are plain words: no digits and no abbreviation of this table.
# Edition 1: the table of the first release, kept as it was so that stations seeded from it can be upgraded.
_EDITION_1: tuple[tuple[str, str], ...] = (
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


# Edition 2: readings announcers use for brand and tech words (case-insensitive now, so "ZALO" and "zalo" too),
# and the administrative, police, military, party and mass-organisation abbreviations of real bulletins.
_CHANGED_IN_2: dict[str, str] = {"Wi-Fi": "oai phai", "e-mail": "i meo"}
_REMOVED_IN_2: frozenset[str] = frozenset(
    {"ZALO", "FACEBOOK", "TIKTOK", "YOUTUBE", "GOOGLE", "INTERNET", "ONLINE", "WEBSITE", "EMAIL", "LINK", "APP", "WIFI"}
)
_ADDED_IN_2: tuple[tuple[str, str], ...] = (
    # Police, public order, justice
    ("CSGT", "cảnh sát giao thông"),
    ("CSĐT", "cảnh sát điều tra"),
    ("CSCĐ", "cảnh sát cơ động"),
    ("CSKV", "cảnh sát khu vực"),
    ("CSHS", "cảnh sát hình sự"),
    ("CSKT", "cảnh sát kinh tế"),
    ("CSND", "cảnh sát nhân dân"),
    ("CS113", "Cảnh sát một một ba"),
    ("CSPCCC", "cảnh sát phòng cháy, chữa cháy"),
    ("CNCH", "cứu nạn, cứu hộ"),
    ("PCCC&CNCH", "phòng cháy, chữa cháy và cứu nạn, cứu hộ"),
    ("QLHC", "quản lý hành chính"),
    ("TTXH", "trật tự xã hội"),
    ("TTATXH", "trật tự, an toàn xã hội"),
    ("TTATGT", "trật tự, an toàn giao thông"),
    ("ANQG", "an ninh quốc gia"),
    ("ANCT", "an ninh chính trị"),
    ("ANM", "an ninh mạng"),
    ("ANND", "an ninh nhân dân"),
    ("ANCN", "an ninh con người"),
    ("TNXH", "tệ nạn xã hội"),
    ("VPHC", "vi phạm hành chính"),
    ("XLVPHC", "xử lý vi phạm hành chính"),
    ("TAND", "Tòa án nhân dân"),
    ("TANDTC", "Tòa án nhân dân tối cao"),
    ("VKSND", "Viện Kiểm sát nhân dân"),
    ("VKSNDTC", "Viện Kiểm sát nhân dân tối cao"),
    ("VKS", "Viện Kiểm sát"),
    ("THADS", "thi hành án dân sự"),
    ("BLHS", "Bộ luật Hình sự"),
    ("BLDS", "Bộ luật Dân sự"),
    ("BLTTHS", "Bộ luật Tố tụng hình sự"),
    ("PCTP", "phòng, chống tội phạm"),
    ("PCMT", "phòng, chống ma túy"),
    ("PCTN", "phòng, chống tham nhũng"),
    ("BVANTQ", "bảo vệ an ninh Tổ quốc"),
    ("BMNN", "bí mật nhà nước"),
    ("BVBMNN", "bảo vệ bí mật nhà nước"),
    ("KGM", "không gian mạng"),
    ("CNC", "công nghệ cao"),
    ("BKS", "biển kiểm soát"),
    ("BSX", "biển số xe"),
    ("UBATGT", "Ủy ban An toàn giao thông"),
    # Military
    ("NVQS", "nghĩa vụ quân sự"),
    ("NVCA", "nghĩa vụ công an"),
    ("QS", "quân sự"),
    ("QP", "quốc phòng"),
    ("BCHQS", "Ban Chỉ huy quân sự"),
    ("BCH Quân sự", "Ban Chỉ huy Quân sự"),
    ("DQTV", "dân quân tự vệ"),
    ("QNCN", "quân nhân chuyên nghiệp"),
    ("HSQ", "hạ sĩ quan"),
    ("HSQ-BS", "hạ sĩ quan, binh sĩ"),
    ("QĐNDVN", "Quân đội nhân dân Việt Nam"),
    ("BĐBP", "Bộ đội Biên phòng"),
    ("BTL", "Bộ Tư lệnh"),
    ("BQP", "Bộ Quốc phòng"),
    ("LLVT", "lực lượng vũ trang"),
    # Party and state
    ("ĐBQH", "đại biểu Quốc hội"),
    ("ĐBHĐND", "đại biểu Hội đồng nhân dân"),
    ("XHCN", "xã hội chủ nghĩa"),
    ("CHXHCN", "Cộng hòa xã hội chủ nghĩa"),
    ("CHXHCNVN", "Cộng hòa xã hội chủ nghĩa Việt Nam"),
    ("ĐCSVN", "Đảng Cộng sản Việt Nam"),
    ("ĐCS", "Đảng Cộng sản"),
    ("BCT", "Bộ Chính trị"),
    ("BBT", "Ban Bí thư"),
    ("UBTVQH", "Ủy ban Thường vụ Quốc hội"),
    ("CTN", "Chủ tịch nước"),
    ("PCT", "Phó Chủ tịch"),
    ("BTG", "Ban Tuyên giáo"),
    ("BDV", "Ban Dân vận"),
    ("BTGDV", "Ban Tuyên giáo và Dân vận"),
    ("BTC", "Ban Tổ chức"),
    ("TƯ", "Trung ương"),
    ("BTT", "Ban Thường trực"),
    ("BQL", "Ban Quản lý"),
    ("BĐD", "Ban đại diện"),
    ("BCTMT", "Ban Công tác Mặt trận"),
    ("LHQ", "Liên hợp quốc"),
    ("ASEAN", "A xê an"),
    ("CHDCND", "Cộng hòa Dân chủ Nhân dân"),
    # Mass organisations
    ("LHPN", "Liên hiệp Phụ nữ"),
    ("HLHPNVN", "Hội Liên hiệp Phụ nữ Việt Nam"),
    ("ĐTNCS", "Đoàn Thanh niên Cộng sản"),
    ("ĐTNCSHCM", "Đoàn Thanh niên Cộng sản Hồ Chí Minh"),
    ("HCTĐ", "Hội Chữ thập đỏ"),
    ("CTĐ", "Chữ thập đỏ"),
    ("HNCT", "Hội Người cao tuổi"),
    ("NCT", "người cao tuổi"),
    ("HLHTN", "Hội Liên hiệp Thanh niên"),
    ("HSV", "Hội Sinh viên"),
    ("TNTP", "Thiếu niên Tiền phong"),
    ("CLB", "câu lạc bộ"),
    ("LĐLĐ", "Liên đoàn Lao động"),
    ("CĐCS", "công đoàn cơ sở"),
    ("NLĐ", "người lao động"),
    ("CNVC", "công nhân viên chức"),
    ("CNVCLĐ", "công nhân viên chức lao động"),
    ("TLĐLĐVN", "Tổng Liên đoàn Lao động Việt Nam"),
    # Places, administration, services
    ("TX", "thị xã"),
    ("KP", "khu phố"),
    ("KCN", "khu công nghiệp"),
    ("KĐT", "khu đô thị"),
    ("CCN", "cụm công nghiệp"),
    ("TL", "tỉnh lộ"),
    ("HN", "Hà Nội"),
    ("HANOI", "Hà Nội"),
    ("ĐBSCL", "đồng bằng sông Cửu Long"),
    ("HCC", "hành chính công"),
    ("TTPVHCC", "Trung tâm Phục vụ hành chính công"),
    ("BPMC", "Bộ phận một cửa"),
    ("DNNVV", "doanh nghiệp nhỏ và vừa"),
    ("TNHH", "trách nhiệm hữu hạn"),
    ("CTCP", "công ty cổ phần"),
    ("Công ty CP", "Công ty cổ phần"),
    ("Cty", "công ty"),
    ("NXB", "Nhà xuất bản"),
    ("ĐT", "điện thoại"),
    ("ĐTDĐ", "điện thoại di động"),
    ("HKTT", "hộ khẩu thường trú"),
    ("ĐDĐT", "định danh điện tử"),
    ("DVCTT", "dịch vụ công trực tuyến"),
    ("CSDLQG", "cơ sở dữ liệu quốc gia"),
    ("CĐS", "chuyển đổi số"),
    ("CQĐT", "chính quyền điện tử"),
    ("CPĐT", "Chính phủ điện tử"),
    ("TTĐT", "thông tin điện tử"),
    ("GCN", "giấy chứng nhận"),
    ("QSDĐ", "quyền sử dụng đất"),
    ("GCNQSDĐ", "giấy chứng nhận quyền sử dụng đất"),
    ("ĐKKD", "đăng ký kinh doanh"),
    ("NTM", "nông thôn mới"),
    ("MTQG", "mục tiêu quốc gia"),
    ("CTMTQG", "chương trình mục tiêu quốc gia"),
    ("GTVT", "giao thông vận tải"),
    ("GTNT", "giao thông nông thôn"),
    ("KHCN", "khoa học và công nghệ"),
    ("KH&CN", "khoa học và công nghệ"),
    ("KT-HT", "Kinh tế - Hạ tầng"),
    ("TC-KH", "Tài chính - Kế hoạch"),
    ("QLĐT", "quản lý đô thị"),
    ("NNPTNT", "Nông nghiệp và Phát triển nông thôn"),
    ("VHTT&DL", "Văn hóa, Thể thao và Du lịch"),
    ("VH-TT", "Văn hóa - Thông tin"),
    # Health, education
    ("BV", "bệnh viện"),
    ("TTYT", "Trung tâm Y tế"),
    ("TYT", "trạm y tế"),
    ("YTDP", "y tế dự phòng"),
    ("BHTN", "bảo hiểm thất nghiệp"),
    ("KCB", "khám, chữa bệnh"),
    ("VSATTP", "vệ sinh an toàn thực phẩm"),
    ("ATVSTP", "an toàn vệ sinh thực phẩm"),
    ("MN", "mầm non"),
    ("TH", "tiểu học"),
    ("GDTX", "giáo dục thường xuyên"),
    ("GDNN", "giáo dục nghề nghiệp"),
    ("HS", "học sinh"),
    ("SV", "sinh viên"),
    ("GV", "giáo viên"),
    ("HSSV", "học sinh, sinh viên"),
    ("CMHS", "cha mẹ học sinh"),
    ("ĐHQG", "Đại học Quốc gia"),
    # Money, economy
    ("NHNN", "Ngân hàng Nhà nước"),
    ("NHCSXH", "Ngân hàng Chính sách xã hội"),
    ("TCTD", "tổ chức tín dụng"),
    ("QTDND", "quỹ tín dụng nhân dân"),
    ("KBNN", "Kho bạc Nhà nước"),
    ("NSNN", "ngân sách nhà nước"),
    ("BĐS", "bất động sản"),
    ("TMĐT", "thương mại điện tử"),
    # Environment, culture, sport
    ("VSMT", "vệ sinh môi trường"),
    ("BVMT", "bảo vệ môi trường"),
    ("BĐKH", "biến đổi khí hậu"),
    ("TDTT", "thể dục thể thao"),
    ("VHVN", "văn hóa văn nghệ"),
    ("GĐVH", "gia đình văn hóa"),
    ("ĐSVH", "đời sống văn hóa"),
    # Weather, disasters, electricity
    ("ATNĐ", "áp thấp nhiệt đới"),
    ("KKL", "không khí lạnh"),
    ("PCTT", "phòng, chống thiên tai"),
    ("TKCN", "tìm kiếm cứu nạn"),
    ("PCTT&TKCN", "phòng, chống thiên tai và tìm kiếm cứu nạn"),
    ("KTTV", "khí tượng thủy văn"),
    ("TBA", "trạm biến áp"),
    ("EVN", "e vê en"),
    ("EVNHANOI", "e vê en Hà Nội"),
    ("EVNNPC", "e vê en en pê xê"),
    ("EVNSPC", "e vê en ét pê xê"),
    ("EVNCPC", "e vê en xê pê xê"),
    # Press
    ("PV", "phóng viên"),
    ("CTV", "cộng tác viên"),
    ("TTXVN", "Thông tấn xã Việt Nam"),
    ("PLVN", "Pháp luật Việt Nam"),
    # Brands and technology, as Vietnamese say them
    ("AI", "ây ai"),
    ("IoT", "ai ô ti"),
    ("Zalo", "Da lô"),
    ("Facebook", "Phây búc"),
    ("TikTok", "Tích tốc"),
    ("YouTube", "Diu túp"),
    ("Google", "Gu gồ"),
    ("Telegram", "Tê lê gram"),
    ("Viber", "Vai bơ"),
    ("Messenger", "Mét xen giơ"),
    ("Shopee", "Sốp pi"),
    ("Lazada", "La da đa"),
    ("Fanpage", "phan pết"),
    ("Deepfake", "díp phếch"),
    ("Internet", "in tơ nét"),
    ("online", "on lai"),
    ("website", "oép sai"),
    ("web", "oép"),
    ("email", "i meo"),
    ("link", "linh"),
    ("app", "áp"),
    ("Wifi", "oai phai"),
    ("Hotline", "hót lai"),
    ("livestream", "lai xờ trim"),
    ("smartphone", "xmát phôn"),
    ("Bluetooth", "blu tút"),
)


def _edition(number: int) -> list[tuple[str, str]]:
    entries = list(_EDITION_1)
    if number >= 2:
        entries = [(w, _CHANGED_IN_2.get(w, s)) for w, s in entries if w not in _REMOVED_IN_2]
        entries += _ADDED_IN_2
    return entries


#: The edition of the defaults this release ships.
EDITION = 2
_DEFAULTS: tuple[tuple[str, str], ...] = tuple(_edition(EDITION))


@dataclass(frozen=True)
class EditionChanges:
    """What changed in the defaults from one edition to a later one."""

    added: tuple[Pronunciation, ...]  # new entries
    respoken: tuple[tuple[str, str, str], ...]  # (written, old spoken, new spoken) of kept entries
    removed: tuple[Pronunciation, ...]  # entries the later edition no longer has (with their old spoken)


def edition_changes(since: int, until: int = EDITION) -> EditionChanges:
    old = dict(_edition(since))
    new = dict(_edition(until))
    return EditionChanges(
        added=tuple(Pronunciation(w, s) for w, s in new.items() if w not in old),
        respoken=tuple((w, old[w], s) for w, s in new.items() if w in old and old[w] != s),
        removed=tuple(Pronunciation(w, s) for w, s in old.items() if w not in new),
    )


def default_pronunciations() -> list[Pronunciation]:
    """A fresh copy of the default table, in a stable order."""
    return [Pronunciation(written, spoken) for written, spoken in _DEFAULTS]


def make_pronunciation(written: str, spoken: str) -> Pronunciation:
    """One checked entry: both sides trimmed to single spaces and not empty."""
    written = " ".join(str(written or "").split())
    spoken = " ".join(str(spoken or "").split())
    if not written:
        raise NormalizerError(QT_TR_NOOP("Mục phát âm không hợp lệ: thiếu chữ viết tắt"))
    if not spoken:
        raise NormalizerError(QT_TR_NOOP("Mục phát âm không hợp lệ: chưa có cách đọc cho “{written}”"), written=written)
    return Pronunciation(written, spoken)


def pronunciations_from_rows(rows: Iterable[Mapping[str, Any] | tuple[Any, Any] | Any]) -> list[Pronunciation]:
    """Entries from SQLite rows (dicts or sqlite3.Row with `written` and `spoken`, or pairs).

    Raises NormalizerError on an entry with an empty side."""
    entries: list[Pronunciation] = []
    for row in rows:
        if isinstance(row, Pronunciation):
            written, spoken = row.written, row.spoken
        elif isinstance(row, Mapping) or hasattr(row, "keys"):
            keyed = cast(Mapping[str, Any], row)  # sqlite3.Row is no Mapping but reads the same
            written, spoken = keyed["written"], keyed["spoken"]
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
