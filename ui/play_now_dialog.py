"""Phát ngay with nothing selected: the operator says what to play, nothing is guessed."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.playout import ItemKey, RundownRow


class PlayNowDialog(QDialog):
    """Today's items still waiting, in planned order; `key` after Accepted. `source_label(row)` names its
    window, as the rundown does."""

    def __init__(self, rows: Sequence[RundownRow], source_label, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("play_now_dialog")
        self.setWindowTitle(self.tr("Phát ngay"))
        self.resize(620, 420)
        self.key: ItemKey | None = None
        self._keys = [row.key for row in rows]  # a QVariant would turn the key's datetime into a QDateTime
        heading = QLabel(
            self.tr(
                "Chưa chọn mục nào trong danh sách phát. Chọn mục cần phát ngay; một mục chưa đến giờ vẫn được "
                "giữ ở giờ đã lên lịch, trừ khi bạn chọn phát sớm thay cho giờ đó."
            )
        )
        heading.setWordWrap(True)
        self.choices = QListWidget()
        self.choices.setObjectName("play_now_choices")
        for row in rows:
            text = f"{row.item.planned_start:%H:%M:%S} — {row.item.title} · {source_label(row)}"
            self.choices.addItem(QListWidgetItem(text))
        buttons = QDialogButtonBox()
        self.ok_button = buttons.addButton(self.tr("Phát mục này…"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok_button.setObjectName("play_now_ok")
        buttons.addButton(self.tr("Hủy"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        # The selection, not the current row: a list that gets the keyboard focus makes its first row current
        # (not selected), and the dialog must not guess what to put on air.
        self.choices.itemSelectionChanged.connect(lambda: self.ok_button.setEnabled(self._chosen_row() >= 0))
        self.choices.itemDoubleClicked.connect(lambda _item: self._accept())
        self.ok_button.setEnabled(False)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.choices, 1)
        layout.addWidget(buttons)

    def choose(self, key: ItemKey) -> bool:
        if key not in self._keys:
            return False
        self.choices.setCurrentRow(self._keys.index(key))
        return True

    def _chosen_row(self) -> int:
        selected = self.choices.selectedIndexes()
        return selected[0].row() if selected else -1

    def _accept(self) -> None:
        number = self._chosen_row()
        if number < 0:
            return
        self.key = self._keys[number]
        self.accept()
