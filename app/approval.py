"""Approval (duyệt tin bài): a bulletin is a draft (nháp), submitted (chờ duyệt), approved (đã duyệt) or
returned (trả lại).

An approval covers the exact body it was given for: the body's SHA-256 is stored with it, and a bulletin is
approved only while its body still has that hash. Editing the body (app/bulletins.py calls `body_changed`)
returns an approved or submitted bulletin to draft; a body changed behind the program's back (the sqlite3
shell) no longer counts as approved either, because the hash no longer matches.

When the station requires approval (setting `require_approval`), a segment made from a bulletin that is not
approved cannot be scheduled (app/schedule_store.py) or played (app/playout.py); an emergency is let through and
its log row says so.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass

from sqlite_utils import Database

from app.errors import InputError, NotFound
from app.messages import Message, msg
from app.station_time import format_timestamp, now_local

DRAFT, SUBMITTED, APPROVED, RETURNED = "draft", "submitted", "approved", "returned"
# Messages (str whose value is the Vietnamese word), so that the window writes the {state} of a refusal in its
# own language (app.messages renders a nested message translated).
STATE_LABELS = {DRAFT: msg("nháp"), SUBMITTED: msg("chờ duyệt"), APPROVED: msg("đã duyệt"), RETURNED: msg("trả lại")}
CHANGED_LABEL = msg("đã duyệt, nội dung đã đổi")
MAX_NAME_CHARS = 150
MAX_NOTE_CHARS = 2_000
NOTE_EMERGENCY_UNAPPROVED = "Phát khẩn cấp khi bản tin chưa được duyệt."
# The approval of what aired, in the airing row's note (hashed by the log's chain like the rest of the note).
NOTE_APPROVED = "Bản tin đã duyệt: {by}, {at}."


@dataclass(frozen=True)
class Approval:
    bulletin_id: int
    state: str
    by: str
    at: str | None
    note: str  # the approver's note, or the reason it was returned
    approved_sha256: str | None
    body_sha256: str

    @property
    def approved(self) -> bool:
        """Approved, and for the text the bulletin has now."""
        return self.state == APPROVED and self.approved_sha256 == self.body_sha256

    @property
    def label(self) -> str:
        if self.state == APPROVED and not self.approved:
            return CHANGED_LABEL
        return STATE_LABELS.get(self.state, self.state)


def text_sha256(body: str) -> str:
    return hashlib.sha256(body.encode("utf-8")).hexdigest()


def get_approval(db: Database, bulletin_id: int) -> Approval:
    row = db.execute(
        "SELECT body, approval_state, approval_by, approval_at, approval_note, approved_sha256 FROM bulletins"
        " WHERE id = ?",
        [bulletin_id],
    ).fetchone()
    if row is None:
        raise NotFound(msg("Không có bản tin số {bulletin_id}.", bulletin_id=bulletin_id))
    body, state, by, at, note, approved_sha = row
    return Approval(bulletin_id, state, by, at, note, approved_sha, text_sha256(body))


def approvals(db: Database) -> dict[int, Approval]:
    """Every bulletin's approval, by id (for listings)."""
    rows = db.execute(
        "SELECT id, body, approval_state, approval_by, approval_at, approval_note, approved_sha256 FROM bulletins"
    ).fetchall()
    return {row[0]: Approval(row[0], row[2], row[3], row[4], row[5], row[6], text_sha256(row[1])) for row in rows}


def _checked_name(name: str) -> str:
    name = " ".join(name.split())
    if not name:
        raise InputError(msg("Chưa nhập tên người duyệt."))
    if len(name) > MAX_NAME_CHARS:
        raise InputError(msg("Tên người duyệt quá dài (tối đa {most} ký tự).", most=MAX_NAME_CHARS))
    return name


def _checked_note(note: str) -> str:
    note = note.strip()
    if len(note) > MAX_NOTE_CHARS:
        raise InputError(msg("Ghi chú duyệt quá dài (tối đa {most} ký tự).", most=MAX_NOTE_CHARS))
    return note


def _set(db: Database, bulletin_id: int, state: str, by: str, note: str, sha: str | None) -> None:
    db.execute(
        "UPDATE bulletins SET approval_state = ?, approval_by = ?, approval_at = ?, approval_note = ?,"
        " approved_sha256 = ? WHERE id = ?",
        [state, by, format_timestamp(now_local()), note, sha, bulletin_id],
    )


def submit(db: Database, bulletin_id: int) -> Approval:
    """Nộp duyệt: a draft or returned bulletin waits for approval."""
    with db.atomic():
        current = get_approval(db, bulletin_id)
        if current.approved:
            raise InputError(msg("Bản tin số {bulletin_id} đã được duyệt.", bulletin_id=bulletin_id))
        _set(db, bulletin_id, SUBMITTED, "", "", None)
    return get_approval(db, bulletin_id)


def approve(db: Database, bulletin_id: int, *, by: str, note: str = "") -> Approval:
    """Duyệt: approves the bulletin's present body (whatever its state: the editor may approve a draft)."""
    by, note = _checked_name(by), _checked_note(note)
    with db.atomic():
        current = get_approval(db, bulletin_id)
        _set(db, bulletin_id, APPROVED, by, note, current.body_sha256)
    return get_approval(db, bulletin_id)


def return_bulletin(db: Database, bulletin_id: int, *, by: str, reason: str) -> Approval:
    """Trả lại: sent back to its author with the reason; any approval it had is withdrawn."""
    by, reason = _checked_name(by), _checked_note(reason)
    if not reason:
        raise InputError(msg("Hãy ghi lý do trả lại bản tin."))
    with db.atomic():
        get_approval(db, bulletin_id)
        _set(db, bulletin_id, RETURNED, by, reason, None)
    return get_approval(db, bulletin_id)


def body_changed(db: Database, bulletin_id: int) -> None:
    """The body was edited (inside the caller's transaction): an approval or a submission no longer holds."""
    db.execute(
        "UPDATE bulletins SET approval_state = ?, approval_by = '', approval_at = NULL, approval_note = '',"
        " approved_sha256 = NULL WHERE id = ? AND approval_state IN (?, ?)",
        [DRAFT, bulletin_id, APPROVED, SUBMITTED],
    )


# Segments: what scheduling and playing ask -------------------------------------------------------


def required(db: Database) -> bool:
    from app.settings import read_settings

    return read_settings(db).require_approval


def _segment_approval(db: Database, segment_id: int) -> tuple[int, Approval, str | None] | None:
    """(bulletin id, its approval, the hash of the text the segment reads) for a segment made from a bulletin;
    None for a segment of no bulletin (or of one deleted since)."""
    from app.segments import text_hash

    found = text_hash(db, segment_id)
    if found is None or found[0] is None:
        return None
    try:
        return found[0], get_approval(db, found[0]), found[1]
    except NotFound:
        return None


def covers(found: Approval, segment_sha256: str | None) -> bool:
    """Does the approval cover what the segment reads? A segment that kept the hash of its text (m009) is
    approved only when that hash is the approved one; an older segment, when the bulletin is approved for the
    text it has now."""
    if segment_sha256 is None:
        return found.approved
    return found.state == APPROVED and found.approved_sha256 == segment_sha256


def segment_refusal(db: Database, segment_id: int) -> Message | None:
    """Why the segment may not air while approval is required (None: it may, or approval is not required).
    A segment not made from a bulletin (a jingle, a relay, music) needs no approval."""
    if not required(db):
        return None
    linked = _segment_approval(db, segment_id)
    if linked is None:
        return None
    bulletin_id, found, segment_sha256 = linked
    if covers(found, segment_sha256):
        return None
    if found.state == APPROVED and found.approved:  # approved, but this audio reads another text
        return msg(
            "Tiết mục số {segment_id} đọc nội dung khác với nội dung đã duyệt của bản tin số {bulletin_id};"
            " hãy tạo lại giọng đọc từ bản tin đã duyệt.",
            segment_id=segment_id,
            bulletin_id=bulletin_id,
        )
    if found.state == APPROVED:
        return msg(
            "Nội dung bản tin số {bulletin_id} đã đổi sau khi được duyệt; cần duyệt lại trước khi phát.",
            bulletin_id=bulletin_id,
        )
    return msg(
        "Bản tin số {bulletin_id} chưa được duyệt ({state}); đài yêu cầu tin bài phải được duyệt trước khi phát.",
        bulletin_id=bulletin_id,
        state=found.label,
    )


def airing_note(db: Database, segment_id: int) -> str:
    """ "Bản tin đã duyệt: NAME, YYYY-MM-DD HH:MM." for a segment made from a bulletin whose approval covers what
    the segment reads (`covers`); "" otherwise (no bulletin, or not approved: the skip or the emergency note
    says that)."""
    linked = _segment_approval(db, segment_id)
    if linked is None:
        return ""
    _, found, segment_sha256 = linked
    return NOTE_APPROVED.format(by=found.by, at=(found.at or "")[:16]) if covers(found, segment_sha256) else ""


_NOTE_APPROVED = re.compile(r"Bản tin đã duyệt: (?P<by>.+?), (?P<at>\d{4}-\d{2}-\d{2} \d{2}:\d{2})\.")


@dataclass(frozen=True)
class AiringApproval:
    """The approval an airing row recorded in its note (NOTE_APPROVED), as it was at air time."""

    by: str
    at: str  # YYYY-MM-DD HH:MM


def approval_of_airing(note: str) -> AiringApproval | None:
    """What an airing's note says of its approval (None: it recorded none); the note is the row's, hashed by
    the log's chain, so this is the approval of what aired, not the bulletin's approval today."""
    found = _NOTE_APPROVED.search(note or "")
    return None if found is None else AiringApproval(found["by"], found["at"])


def check_segment(db: Database, segment_id: int) -> None:
    """Raises InputError when the segment may not be scheduled or played (see `segment_refusal`)."""
    refusal = segment_refusal(db, segment_id)
    if refusal is not None:
        raise InputError(refusal)
