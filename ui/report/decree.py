"""The parts of Decree 30/2020's layout every printed paper shares, as HTML for a QTextDocument: the two-column
header (issuing body / national name and motto, each with its short rule; number / place and date) and the
signature block (a left column, e.g. NGƯỜI LẬP BIỂU, and the signer in the Decree's signing form). The report
(ui/report/html_document.py) and the Phiếu duyệt tin bài (ui/report/approval_form.py) both use them; who issues
and how it is signed is app.signing's rule.
"""

from __future__ import annotations

import html

from PySide6.QtGui import QFont, QFontMetricsF, QPaintDevice

from app.report import wording as words
from app.signing import Signing, issuer_lines, number_suffix, signature_lines

RULE_IMAGE_HEIGHT = 5  # px of 1/96 inch: a 1 px line under a 4 px gap
NUMBER_SPACE = "&nbsp;" * 7  # where the number is written in by hand
KEEP_FROM = "keep-from:"
KEEP_TO = "keep-to:"


def escape(text: object) -> str:
    return html.escape(str(text), quote=True)


class DecreeParts:
    """Header and signature block for one paint device; `rules` names the rule pictures the document needs
    (name -> width in the 96-per-inch pixels of <img width>), which the layout adds as resources."""

    def __init__(self, family: str, device: QPaintDevice) -> None:
        self.family = family
        self.device = device
        self.rules: dict[str, int] = {}

    def rule(self, name: str, text: str, point_size: float, share: float) -> str:
        """A short solid rule under `text`, `share` of its width (the Decree's line under a heading)."""
        font = QFont(self.family)
        font.setPointSizeF(point_size)
        font.setBold(True)
        advance = QFontMetricsF(font, self.device).horizontalAdvance(text) * share
        self.rules[name] = max(20, round(advance * 96 / self.device.logicalDpiX()))
        return (
            f'<p align="center" style="margin:0; font-size:5pt;">'
            f'<img src="rule://{name}" width="{self.rules[name]}" height="{RULE_IMAGE_HEIGHT}"/></p>'
        )

    def header(self, signing: Signing, kind: str, place_and_date: str) -> str:
        """Issuing body (its parent above it, when the station issues) beside the national name and motto; the
        number line (`kind`: BC for a report, PD for a phiếu duyệt) beside the place and date."""
        parent, names = issuer_lines(signing)
        body_rule = self.rule("body", names[-1], 13, 0.45)
        motto_rule = self.rule("motto", words.MOTTO, 13, 1.0)
        parent_html = f'<p align="center" style="margin:0; font-size:13pt;">{escape(parent)}</p>' if parent else ""
        names_html = "".join(
            f'<p align="center" style="margin:0; font-size:13pt;"><b>{escape(name)}</b></p>' for name in names
        )
        suffix = escape(number_suffix(signing, kind))
        return f"""
<table width="100%" cellspacing="0" cellpadding="0" border="0">
<tr>
 <td width="40%" align="center" valign="top">{parent_html}{names_html}{body_rule}</td>
 <td width="60%" align="center" valign="top">
  <p align="center" style="margin:0; font-size:12.5pt;"><b>{words.NATIONAL_NAME}</b></p>
  <p align="center" style="margin:0; font-size:13pt;"><b>{words.MOTTO}</b></p>{motto_rule}
 </td>
</tr>
<tr>
 <td align="center" valign="top" style="padding-top:6pt;">Số: {NUMBER_SPACE}{suffix}</td>
 <td align="center" valign="top" style="padding-top:6pt;"><i>{escape(place_and_date)}</i></td>
</tr>
</table>"""

    def signature(self, signing: Signing, signer_name: str, left_heading: str, left_name: str) -> str:
        """The signature block, opened with the keep-together anchor the layout honours (closed by the caller
        with `keep_end` after whatever must stay with it)."""
        title_html = "<br/>".join(f"<b>{escape(line)}</b>" for line in signature_lines(signing))
        left = f"<b>{escape(left_name)}</b>" if left_name else "&nbsp;"
        signer = f"<b>{escape(signer_name)}</b>" if signer_name else "&nbsp;"
        hint = 'style="font-size:11pt;"'
        space = "&nbsp;<br/>" * 4  # room for the signature and the seal (Qt ignores a cell's height)
        return f"""<p style="margin:0; font-size:14pt;"><a name="{KEEP_FROM}signature"></a>&nbsp;</p>
<table width="100%" cellspacing="0" cellpadding="0" border="0">
<tr>
 <td width="40%" align="center" valign="top"><b>{escape(left_heading)}</b><br/><i {hint}>(Ký, ghi rõ họ tên)</i></td>
 <td width="60%" align="center" valign="top">{title_html}<br/><i {hint}>(Ký tên, đóng dấu)</i></td>
</tr>
<tr><td>{space}</td><td>{space}</td></tr>
<tr><td align="center" valign="bottom">{left}</td><td align="center" valign="bottom">{signer}</td></tr>
</table>"""

    @staticmethod
    def keep_end() -> str:
        return f'<p style="margin:0; font-size:4pt;"><a name="{KEEP_TO}signature"></a>&nbsp;</p>'
