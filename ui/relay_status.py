"""The relay's line on the Phát sóng page: signal present or lost, time relayed, fallback, reconnects, source."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

from app.relay.session import RelayStatus
from ui.formats import format_duration


class RelayStatusLabel(QLabel):
    """Hidden unless a relay is on air."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("relay_status")
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setWordWrap(True)
        font = self.font()
        font.setPointSize(font.pointSize() + 2)
        self.setFont(font)
        # Its width follows the box it is in: a long stream address never widens the window.
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.setVisible(False)

    def show_status(self, relay: RelayStatus | None) -> None:
        if relay is None:
            self.setVisible(False)
            return
        if relay.signal:
            signal = f'<span style="color:#2e7d32;"><b>● {self.tr("Có tín hiệu")}</b></span>'
        else:
            lost = self.tr("Mất tín hiệu — đang phát dự phòng, đang kết nối lại")
            signal = f'<span style="color:#c62828;"><b>● {lost}</b></span>'
        figures = self.tr("Đã tiếp sóng {relayed} · dự phòng {fallback}").format(
            relayed=format_duration(relay.relayed_s), fallback=format_duration(relay.fallback_s)
        )
        if relay.reconnects:
            figures += " · " + self.tr("kết nối lại {count} lần").format(count=relay.reconnects)
        source = self.tr("Nguồn: {source}").format(source=relay.source)
        self.setText(f"{signal}&nbsp;&nbsp;{figures}<br/><span style='color:#455a64;'>{_escape(source)}</span>")
        self.setVisible(True)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
