"""Who issues the station's printed papers and how they are signed, as Decree 30/2020/NĐ-CP (Annex I, the
signing forms) sets out: one rule for the report and the Phiếu duyệt tin bài, with no Qt.

The issuing body (`issuer`) is the ward's Ủy ban nhân dân ("ubnd") or the station itself ("station", printed
under its parent body, `issuing_body`). The signer signs in one of the Decree's forms (`signing_form`):
directly as the head, TM. (on behalf of a collective: only the Ủy ban), KT. (a deputy for the head), TM. KT.
(both), Q. (acting head), TL. (by order of the head), TUQ. (by the head's authorisation). The head is
`head_title` (CHỦ TỊCH for the Ủy ban; the station's head, e.g. TRƯỞNG ĐÀI), the signer's own office
`signer_title`. `check_signing` refuses what does not fit together, in one Vietnamese sentence saying why;
Cài đặt and `settings set` both call it.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from app.errors import InputError
from app.messages import msg

ISSUER_UBND, ISSUER_STATION = "ubnd", "station"
ISSUERS = (ISSUER_UBND, ISSUER_STATION)
DIRECT, TM, KT, TM_KT, Q, TL, TUQ = "", "TM.", "KT.", "TM. KT.", "Q.", "TL.", "TUQ."
SIGNING_FORMS = (DIRECT, TM, KT, TM_KT, Q, TL, TUQ)
COLLECTIVE = "ỦY BAN NHÂN DÂN"
UBND_HEAD = "CHỦ TỊCH"
STATION_BODY = "ĐÀI TRUYỀN THANH"
DEPUTY = "PHÓ "
SIGNING_KEYS = ("issuer", "signing_form", "head_title", "signer_title", "issuing_body", "ward")
# A signer's title typed the old way, with its form in it ("TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH / PHÓ CHỦ TỊCH").
_FORM_PREFIX = re.compile(r"^(TM|KT|Q|TL|TUQ)\.\s", re.IGNORECASE)


@dataclass(frozen=True)
class Signing:
    """What the Decree's header and signature block need from the settings."""

    issuer: str
    signing_form: str
    head_title: str
    signer_title: str
    issuing_body: str  # the station's parent body (cơ quan chủ quản), when the station issues
    ward: str

    @classmethod
    def of(cls, settings: object) -> Signing:
        """From StationSettings or the report's StationIdentity (both carry these names)."""
        return cls(*(str(getattr(settings, key, "") or "") for key in SIGNING_KEYS))


def title_case(text: str) -> str:
    """A title as the Decree prints it: capitals, single spaces, composed accents."""
    return " ".join(unicodedata.normalize("NFC", text).upper().split())


def _legacy_lines(title: str) -> list[str]:
    """A signer's title that already carries its form (typed before the forms were settings): its lines."""
    parts = [title_case(part) for part in re.split(r"\s*/\s*|\n", title or "") if part.strip()]
    return parts if len(parts) > 1 or (parts and _FORM_PREFIX.match(parts[0])) else []


def signature_lines(signing: Signing) -> list[str]:
    """The lines above the signature, e.g. ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"]."""
    legacy = _legacy_lines(signing.signer_title)
    if legacy:
        return legacy
    head = title_case(signing.head_title) or (UBND_HEAD if signing.issuer == ISSUER_UBND else "THỦ TRƯỞNG ĐƠN VỊ")
    own = title_case(signing.signer_title) or head
    form = signing.signing_form.strip().upper()
    if form == TM:
        return [f"TM. {COLLECTIVE}", head]
    if form == TM_KT:
        return [f"TM. {COLLECTIVE}", f"KT. {head}", own]
    if form == Q:
        return [f"Q. {head}"]
    if form in (KT, TL, TUQ):
        return [f"{form} {head}", own]
    return [own]


def issuer_lines(signing: Signing) -> tuple[str, list[str]]:
    """The header's left column: the parent body (regular; '' for none) and the issuing body's name (bold)."""
    if signing.issuer == ISSUER_UBND:
        ward = title_case(signing.ward) or "PHƯỜNG"
        return "", [COLLECTIVE, ward]
    return title_case(signing.issuing_body), [STATION_BODY]


def number_suffix(signing: Signing, kind: str) -> str:
    """The document number's tail, kind and issuer's abbreviations (Decree 30, Annex III): '/BC-UBND'."""
    return f"/{kind}-{'UBND' if signing.issuer == ISSUER_UBND else 'ĐTT'}"


def check_signing(signing: Signing) -> None:
    """InputError (one sentence, what to change) when the issuing body and the signature do not fit together."""
    if signing.issuer not in ISSUERS:
        raise InputError(
            msg(
                "Cơ quan ban hành chỉ nhận ubnd (Ủy ban nhân dân phường) hoặc station (đài truyền thanh), đã nhập "
                "“{value}”.",
                value=signing.issuer,
            )
        )
    form = signing.signing_form.strip().upper()
    if form not in SIGNING_FORMS:
        raise InputError(
            msg(
                "Hình thức ký chỉ nhận: để trống (ký trực tiếp), TM., KT., TM. KT., Q., TL., TUQ. (đã nhập “{value}”).",
                value=signing.signing_form,
            )
        )
    if _legacy_lines(signing.signer_title) or "/" in signing.signer_title:
        raise InputError(
            msg(
                "Chức vụ người ký chỉ ghi chức vụ của người ký (ví dụ PHÓ CHỦ TỊCH); hình thức ký (TM., KT., Q., TL., "
                "TUQ.) chọn riêng."
            )
        )
    head, own = title_case(signing.head_title), title_case(signing.signer_title)
    if not head:
        raise InputError(msg("Hãy ghi chức danh người đứng đầu (ví dụ CHỦ TỊCH, TRƯỞNG ĐÀI)."))
    if signing.issuer == ISSUER_UBND and head != UBND_HEAD:
        raise InputError(
            msg(
                "Người đứng đầu Ủy ban nhân dân là CHỦ TỊCH (đã nhập “{head}”); văn bản do người đứng đầu đài ký thì "
                "cơ quan ban hành là đài truyền thanh.",
                head=signing.head_title,
            )
        )
    if signing.issuer == ISSUER_STATION and UBND_HEAD in head:
        raise InputError(
            msg(
                "Văn bản của đài truyền thanh do người đứng đầu đài ký (ví dụ TRƯỞNG ĐÀI), không phải “{head}”; văn "
                "bản do Chủ tịch hoặc Phó Chủ tịch ký thì cơ quan ban hành là Ủy ban nhân dân phường.",
                head=signing.head_title,
            )
        )
    if form in (TM, TM_KT) and signing.issuer != ISSUER_UBND:
        raise InputError(
            msg(
                "Chỉ Ủy ban nhân dân (tập thể) mới ký thay mặt (TM.); văn bản của đài truyền thanh ký trực tiếp, KT., "
                "Q., TL. hoặc TUQ."
            )
        )
    if form in (DIRECT, TM) and own and own != head:
        raise InputError(
            msg(
                "Ký trực tiếp hoặc TM. thì người ký là người đứng đầu: chức vụ người ký phải là “{head}” (đã nhập "
                "“{title}”); cấp phó ký thì chọn KT.",
                head=head,
                title=signing.signer_title,
            )
        )
    if form in (KT, TM_KT) and own != DEPUTY + head:
        raise InputError(
            msg(
                "Ký thay (KT.) {head}: người ký là cấp phó, chức vụ “{deputy}” (đã nhập “{title}”).",
                head=head,
                deputy=DEPUTY + head,
                title=signing.signer_title,
            )
        )
    if form in (TL, TUQ) and (not own or own == head or own == DEPUTY + head):
        raise InputError(
            msg(
                "Thừa lệnh (TL.) hoặc thừa ủy quyền (TUQ.): người ký là người được giao, ghi chức vụ của người đó (ví "
                "dụ CHÁNH VĂN PHÒNG), không phải người đứng đầu hay cấp phó."
            )
        )
