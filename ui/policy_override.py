"""A schedule change the broadcast-hour rules refuse: the refusal in words, and the way to override it with a
reason (recorded with the change by app/schedule_store.py)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app.errors import StationError
from app.policy import MAX_REASON_CHARS, PolicyRefused
from app.schedule_store import PolicyOverride
from ui.errors import show_error

T = TypeVar("T")


class PolicyOverrideDialog(QDialog):
    """Says which rule the change breaks; "Vẫn lập lịch" is enabled once a reason is written."""

    def __init__(self, refusal: PolicyRefused, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("policy_override_dialog")
        self.setWindowTitle(self.tr("Trái quy định giờ phát"))
        self.setMinimumWidth(520)
        message = QLabel(str(refusal))
        message.setObjectName("policy_refusal")
        message.setWordWrap(True)
        question = QLabel(
            self.tr(
                "Lịch này không được lưu. Nếu vẫn cần phát (ví dụ theo chỉ đạo của lãnh đạo), hãy ghi lý do: "
                "lý do được lưu lại cùng lịch phát."
            )
        )
        question.setWordWrap(True)
        self.reason = QLineEdit()
        self.reason.setObjectName("policy_reason")
        self.reason.setMaxLength(MAX_REASON_CHARS)
        self.reason.setPlaceholderText(self.tr("Lý do lập lịch trái quy định"))
        self.buttons = QDialogButtonBox()
        self.override_button = self.buttons.addButton(
            self.tr("Vẫn lập lịch (ghi lý do)"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.override_button.setObjectName("policy_override")
        self.buttons.addButton(self.tr("Không lập lịch"), QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.reason.textChanged.connect(self._update)
        layout = QVBoxLayout(self)
        layout.addWidget(message)
        layout.addWidget(question)
        layout.addWidget(self.reason)
        layout.addWidget(self.buttons)
        self._update()

    def _update(self) -> None:
        self.override_button.setEnabled(bool(self.reason.text().strip()))


def schedule_with_policy(parent: QWidget, operator: str, change: Callable[[PolicyOverride | None], T]) -> T | None:
    """Runs `change`; when the rules refuse it, asks for a reason and runs it again with the override.
    Any error is shown; None when nothing was saved."""
    try:
        try:
            return change(None)
        except PolicyRefused as refusal:
            dialog = PolicyOverrideDialog(refusal, parent)
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return None
            return change(PolicyOverride(dialog.reason.text(), operator))
    except StationError as error:
        show_error(parent, error)
        return None
