"""Web addresses and e-mail as people read them aloud.

"dichvucong.gov.vn" -> "dịch vụ công chấm gốp chấm vê en", "hotro@mic.gov.vn" -> "hỗ trợ a còng mic chấm gốp
chấm vê en". Each label of the address is read by the first rule that applies: a word announcers know (vn, gov,
gmail, the unaccented Vietnamese of common portals), digits one by one, a run of unaccented Vietnamese
syllables ("canhbao" -> "canh bao"), letters spelled when it is short ("acb" -> "a xê bê"), else as written.
"""

from __future__ import annotations

import re

from audio.numbers_vi import read_digits
from audio.spelling import bare_letters, spell, split_syllables

TOP_LEVEL = "com|vn|net|org|gov|edu|info|io|me|biz|asia|top|vip|xyz|online|site|shop|app|gle|ly"

WEB_WORDS: dict[str, str] = {
    "vn": "vê en", "gov": "gốp", "com": "com", "net": "nét", "org": "o rờ gờ", "edu": "e đu", "info": "in phô",
    "io": "i ô", "biz": "bít", "www": "vê kép vê kép vê kép", "gmail": "gờ meo", "yahoo": "da hu",
    "outlook": "ao lúc", "hotmail": "hót meo", "facebook": "Phây búc", "zalo": "Da lô", "youtube": "Diu túp",
    "google": "Gu gồ", "tiktok": "Tích tốc", "online": "on lai", "html": "hát tê em mờ e lờ",
    # Unaccented Vietnamese of common official addresses, said with their tones.
    "dichvucong": "dịch vụ công", "congan": "công an", "chinhphu": "chính phủ", "baochinhphu": "báo chính phủ",
    "canhbao": "cảnh báo", "chongluadao": "chống lừa đảo", "hotro": "hỗ trợ", "tintuc": "tin tức",
    "banbientap": "ban biên tập", "thongtin": "thông tin", "tuyentruyen": "tuyên truyền", "daklak": "đắk lắk",
    "hanoi": "hà nội", "tphcm": "thành phố hồ chí minh", "hochiminhcity": "hồ chí minh xi ti",
    "nhandan": "nhân dân", "dangcongsan": "đảng cộng sản", "quochoi": "quốc hội", "bocongan": "bộ công an",
    "vneid": "vê en e ai đi", "thuvienphapluat": "thư viện pháp luật", "baomoi": "báo mới", "vtv": "vê tê vê",
    "vov": "vê ô vê", "mic": "em mờ i xê", "mps": "em mờ pê ét", "evn": "e vê en",
}  # fmt: skip

# Provinces and cities as their portals write them ("haiphong.gov.vn").
_PLACES = (
    "an giang, bà rịa vũng tàu, bắc giang, bắc kạn, bạc liêu, bắc ninh, bến tre, bình định, bình dương, bình phước, "
    "bình thuận, cà mau, cần thơ, cao bằng, đà nẵng, đắk nông, điện biên, đồng nai, đồng tháp, gia lai, hà giang, "
    "hà nam, hà tĩnh, hải dương, hải phòng, hậu giang, hòa bình, hưng yên, khánh hòa, kiên giang, kon tum, lai châu, "
    "lâm đồng, lạng sơn, lào cai, long an, nam định, nghệ an, ninh bình, ninh thuận, phú thọ, phú yên, quảng bình, "
    "quảng nam, quảng ngãi, quảng ninh, quảng trị, sóc trăng, sơn la, tây ninh, thái bình, thái nguyên, thanh hóa, "
    "thừa thiên huế, huế, tiền giang, trà vinh, tuyên quang, vĩnh long, vĩnh phúc, yên bái, mỹ hào"
)
for _place in _PLACES.split(", "):
    WEB_WORDS.setdefault(bare_letters(_place).replace(" ", ""), _place)

_MARKS = {".": " chấm ", "/": " gạch chéo ", "-": " gạch ngang ", "_": " gạch dưới ", "@": " a còng "}

_HOST = rf"[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*\.(?:{TOP_LEVEL})"
_PATH = r"(?:/[A-Za-z0-9._~%/?=&#+-]*[A-Za-z0-9/])?"
URL = re.compile(
    rf"(?<![\w@.-])(?:https?://)?(?:www\.)?(?P<host>{_HOST})(?![\w-])(?P<path>{_PATH})"
    r"|(?<![\w@.-])(?:https?://|www\.)(?P<bare>[\w-]+(?:\.[\w-]+)*(?:/[^\s\"'<>]*[^\s\"'<>.,;:!?)])?)",
    re.IGNORECASE,
)
EMAIL = re.compile(
    rf"(?<![\w.+-])(?P<user>[A-Za-z0-9](?:[A-Za-z0-9._+-]*[A-Za-z0-9])?)@(?P<host>{_HOST})(?!\w)", re.IGNORECASE
)
# ".top, .vip, .xyz": an ending named on its own.
ENDING = re.compile(r"(?<![\w.])\.(?P<tld>[a-z]{2,6})(?=[\s,;)…]|\.{2,}|$)")
_PIECES = re.compile(r"[A-Za-z]+|[0-9]+|[^A-Za-z0-9]")


def read_word(word: str) -> str:
    key = word.lower()
    if key in WEB_WORDS:
        return WEB_WORDS[key]
    syllables = split_syllables(key)
    if syllables and (len(syllables) > 1 or len(key) > 2):
        return " ".join(syllables)
    if len(key) <= 4 or not set(key) & set("aeiouy"):
        return spell(key)
    return key


def read_address(address: str) -> str:
    words = []
    for piece in _PIECES.findall(address.rstrip("/")):
        if piece.isdigit():
            words.append(read_digits(piece))
        elif piece.isalpha():
            words.append(read_word(piece))
        else:
            words.append(_MARKS.get(piece, " "))
    return " ".join(" ".join(words).split())


def speak_urls(text: str) -> str:
    def url(m: re.Match[str]) -> str:
        if m["bare"] is not None:
            return f" {read_address(m['bare'])} "
        return f" {read_address(m['host'] + (m['path'] or ''))} "

    text = EMAIL.sub(lambda m: f" {read_address(m['user'])} a còng {read_address(m['host'])} ", text)
    text = URL.sub(url, text)
    return ENDING.sub(lambda m: f" chấm {read_word(m['tld'])}", text)
