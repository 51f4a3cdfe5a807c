"""The Phiếu duyệt tin bài (a bulletin's approval sheet) as words, with no Qt: what it says of the bulletin, its
approval and the text the approval covers. ui/report/approval_form.py lays it out in Decree 30's form, with the
same header and signature block as the report (ui/report/decree.py).

The text printed is the approved one when the bulletin's body still has the approved hash; otherwise the body as
it is now, said plainly to be unapproved. The SHA-256 printed lets anyone check a sheet against the database
(`bulletin list`, or the hash of the stored body).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlite_utils import Database

from app.approval import APPROVED, RETURNED, Approval, get_approval
from app.bulletins import get_bulletin
from app.directives import list_directives
from app.report.model import StationIdentity
from app.report.wording import decree_date, place_name
from app.settings import StationSettings

TITLE = "PHIẾU DUYỆT TIN BÀI"
APPROVED_TEXT_HEADING = "NỘI DUNG ĐÃ DUYỆT"
UNAPPROVED_TEXT_HEADING = "NỘI DUNG HIỆN TẠI (CHƯA ĐƯỢC DUYỆT)"
LEFT_HEADING = "NGƯỜI DUYỆT"


@dataclass(frozen=True)
class ApprovalSheet:
    station: StationIdentity
    bulletin_id: int
    title: str
    topic: str
    directive: str  # the citation, or ''
    body: str
    approval: Approval
    printed_on: date

    @property
    def place_and_date(self) -> str:
        return f"{place_name(self.station.ward, self.station.town)}, {decree_date(self.printed_on)}"

    @property
    def subtitle(self) -> str:
        return f"(Bản tin số {self.bulletin_id})"

    @property
    def text_heading(self) -> str:
        return APPROVED_TEXT_HEADING if self.approval.approved else UNAPPROVED_TEXT_HEADING

    def fields(self) -> list[tuple[str, str]]:
        """The sheet's table: label, value."""
        found = self.approval
        decided = found.state in (APPROVED, RETURNED) and found.by
        when = ""
        if decided and found.at:
            moment = datetime.fromisoformat(found.at)
            when = f"{moment:%H:%M} {decree_date(moment.date())}"
        note_label = "Lý do trả lại" if found.state == RETURNED else "Ý kiến của người duyệt"
        approved_hash = found.approved_sha256 if found.state == APPROVED and found.approved_sha256 else ""
        rows = [
            ("Tiêu đề", self.title),
            ("Chủ đề", self.topic or "—"),
            ("Thực hiện văn bản", self.directive or "—"),
            ("Trạng thái", str(found.label)),
            ("Người duyệt" if found.state != RETURNED else "Người trả lại", found.by if decided else "—"),
            ("Ngày duyệt" if found.state != RETURNED else "Ngày trả lại", when or "—"),
            (note_label, found.note or "—"),
            ("Mã SHA-256 của nội dung đã duyệt", approved_hash or "—"),
        ]
        if not found.approved:
            rows.append(("Mã SHA-256 của nội dung hiện tại", found.body_sha256))
        return rows

    def paragraphs(self) -> list[str]:
        return [line.strip() for line in self.body.split("\n") if line.strip()]


def approval_sheet(db: Database, settings: StationSettings, bulletin_id: int, today: date) -> ApprovalSheet:
    """The sheet of bulletin `bulletin_id` (NotFound when there is none)."""
    bulletin = get_bulletin(db, bulletin_id)
    found = get_approval(db, bulletin_id)
    directive = next((d.citation for d in list_directives(db) if d.id == bulletin.directive_id), "")
    return ApprovalSheet(
        station=StationIdentity.from_settings(settings),
        bulletin_id=bulletin.id,
        title=bulletin.title,
        topic=bulletin.topic,
        directive=directive,
        body=bulletin.body,
        approval=found,
        printed_on=today,
    )
