"""The verification code printed on every report (as text and as a QR code), and checking one.

    TTP1-20250401-20250630-1234-56789-50-0-12345-<64 hex>
    |    |        |        |    |     |  | |     head hash: row_hash of the last chain row the report counted
    |    |        |        |    |     |  | chain index of that row
    |    |        |        |    |     |  topic: 0 for all topics, else the first 8 hex of SHA-256 of its name
    |    |        |        |    |     share of its planned length an interrupted airing needed to count (%)
    |    |        |        |    seconds on air counted in the period (rounded)
    |    |        |        airings counted in the period
    |    first and last day of the period
    version of the code

A hash commits to every row before it, so `log verify --paper CODE` re-walks the chain from the first row
to that index, recomputing every row's hash from its content, and compares the result with the printed
hash: no anchor or checkpoint is consulted, so editing the anchor file too changes nothing. It then
counts the period again over exactly those rows with the printed share and compares the totals, which
an official can also read straight off the paper.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from datetime import date

from sqlite_utils import Database

from app.errors import InputError
from app.formatting import VIETNAMESE
from app.log import chain
from app.log.counting import CountingRule, tally
from app.log.verify import describe_row
from app.messages import msg
from app.topics import topic_key

VERSION = "TTP1"
ALL_TOPICS = "0"
_CODE = re.compile(
    r"^TTP1-(?P<first>\d{8})-(?P<last>\d{8})-(?P<airings>\d+)-(?P<seconds>\d+)-(?P<share>\d+(?:\.\d+)?)-"
    r"(?P<topic>0|[0-9a-f]{8})-(?P<index>\d+)-(?P<hash>[0-9a-f]{64})$"
)


def topic_tag(topic: str | None) -> str:
    if topic is None:
        return ALL_TOPICS
    return hashlib.sha256(topic_key(topic).encode("utf-8")).hexdigest()[:8]


def _day(text: str) -> date:
    return date(int(text[:4]), int(text[4:6]), int(text[6:]))


@dataclass(frozen=True)
class PaperCode:
    first: date
    last: date
    airings: int
    seconds: int
    share_percent: float
    topic: str  # ALL_TOPICS or a topic_tag
    index: int
    hash: str

    @property
    def text(self) -> str:
        share = f"{self.share_percent:g}"
        return (
            f"{VERSION}-{self.first:%Y%m%d}-{self.last:%Y%m%d}-{self.airings}-{self.seconds}-{share}-"
            f"{self.topic}-{self.index}-{self.hash}"
        )

    def lines(self) -> tuple[str, str, str]:
        """The code on three printed lines, the hash in groups of eight (spaces are ignored when read)."""
        head, _, digest = self.text.rpartition("-")
        groups = [digest[i : i + 8] for i in range(0, len(digest), 8)]
        return head + "-", " ".join(groups[:4]), " ".join(groups[4:])

    @classmethod
    def parse(cls, text: str) -> PaperCode:
        cleaned = "".join(str(text).split())
        cleaned = cleaned[:4].upper() + cleaned[4:].lower()
        match = _CODE.match(cleaned)
        if match is None:
            raise InputError(
                msg(
                    "Mã kiểm tra không hợp lệ: hãy chép đúng mã in dưới mã QR của báo cáo (bắt đầu bằng TTP1-, "
                    "gồm kỳ báo cáo, số lượt, số giây, tỷ lệ, chủ đề, vị trí và mã băm của lượt cuối)."
                )
            )
        try:
            first, last = _day(match["first"]), _day(match["last"])
        except ValueError:
            raise InputError(msg("Mã kiểm tra không hợp lệ: ngày trong mã không có thật.")) from None
        return cls(
            first,
            last,
            int(match["airings"]),
            int(match["seconds"]),
            float(match["share"]),
            match["topic"],
            int(match["index"]),
            match["hash"],
        )


@dataclass(frozen=True)
class PaperCheck:
    matches: bool
    message: str


def _topic_named(db: Database, tag: str) -> str | None:
    names = {row[0] for row in db.execute("SELECT name FROM topics")}
    names |= {row[0] for row in db.execute("SELECT DISTINCT topic FROM airings") if row[0] is not None}
    return next((name for name in sorted(names) if topic_tag(name) == tag), None)


_minutes = VIETNAMESE.minutes  # these messages are Vietnamese
_count = VIETNAMESE.number


def check_paper(db: Database, code: PaperCode) -> PaperCheck:
    """Does the database still hold exactly the chain the printed report was made from?"""
    span = f"{code.first:%d/%m/%Y} - {code.last:%d/%m/%Y}"
    printed = f"{_count(code.airings)} lượt, {_minutes(code.seconds)} phút"
    for walk in chain.walk_chain(db.conn, code.index):
        if walk.intact:
            continue
        if walk.bad_id is None:
            have = db.execute("SELECT count(*) FROM airings WHERE chain_index <= ?", [code.index]).fetchone()[0]
            reason = f"nhật ký thiếu {_count(code.index - have)} trong {_count(code.index)} lượt mà bản in đã tính"
        else:
            reason = f"{describe_row(db, walk.bad_id)} không còn khớp ({walk.message()})"
        return PaperCheck(
            False,
            f"Bản in KHÔNG khớp với nhật ký (báo cáo kỳ {span}, {printed}): {reason}. Các lượt phát mà báo cáo "
            "đã ký đã bị sửa hoặc bị xoá sau khi in.",
        )
    head = chain.GENESIS_HASH if code.index == 0 else walk.last_hash
    if head != code.hash:
        return PaperCheck(
            False,
            f"Bản in KHÔNG khớp với nhật ký (báo cáo kỳ {span}, {printed}): lượt thứ {_count(code.index)} trong "
            f"chuỗi nay có mã {head}, bản in ghi {code.hash}. Nhật ký đã bị sửa rồi tính lại chuỗi mã, hoặc bị "
            "thay bằng một tệp khác, sau khi in.",
        )
    topic = None
    if code.topic != ALL_TOPICS:
        topic = _topic_named(db, code.topic)
        if topic is None:
            return PaperCheck(False, f"Bản in KHÔNG khớp: nhật ký không còn chủ đề mà báo cáo kỳ {span} đã lập.")
    airings, seconds = tally(
        db, code.first, code.last, CountingRule(code.share_percent), topic=topic, up_to=code.index
    ).total("counted")
    recounted = f"{_count(airings)} lượt, {_minutes(seconds)} phút"
    if airings != code.airings or round(seconds) != code.seconds:
        return PaperCheck(
            False,
            f"Bản in KHÔNG khớp: các lượt phát còn nguyên nhưng tính lại kỳ {span} được {recounted}, bản in ghi "
            f"{printed}. Mã kiểm tra bị chép sai, hoặc không phải của báo cáo này.",
        )
    about = f", chủ đề “{topic}”" if topic else ""
    return PaperCheck(
        True,
        f"Bản in khớp với nhật ký: {_count(code.index)} lượt đầu của chuỗi nhật ký còn nguyên như khi lập báo cáo "
        f"(mã lượt cuối {code.hash[:16]}…); kỳ {span}{about}: {recounted}, đúng như bản in.",
    )
