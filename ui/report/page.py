"""The printed report's sheet: A4 portrait with Decree 30/2020's margins, and its type sizes."""

from __future__ import annotations

from PySide6.QtCore import QMarginsF
from PySide6.QtGui import QPageLayout, QPageSize
from PySide6.QtPrintSupport import QPrinter

# Decree 30/2020, Annex I: top 20-25 mm, bottom 20-25 mm, left 30-35 mm, right 15-20 mm.
MARGIN_LEFT_MM = 30.0
MARGIN_RIGHT_MM = 15.0
MARGIN_TOP_MM = 20.0
MARGIN_BOTTOM_MM = 20.0
FOOTER_FROM_BOTTOM_MM = 10.0
BODY_PT = 13.0
TABLE_PT = 10.5
ANNEX_PT = 10.0
FOOTER_PT = 8.0
QR_MM = 24.0  # printed size of the verification QR code
# The text column is 165 mm: in the 96-per-inch pixels QTextDocument measures <img width> in.
TEXT_WIDTH_PX = round((210.0 - MARGIN_LEFT_MM - MARGIN_RIGHT_MM) / 25.4 * 96)


def prepare_printer(printer: QPrinter) -> None:
    """A4 portrait, the whole sheet addressable: margins are the layout's, not the driver's."""
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    printer.setPageOrientation(QPageLayout.Orientation.Portrait)
    printer.setFullPage(True)
    printer.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Millimeter)
