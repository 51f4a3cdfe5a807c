"""Small widgets every page uses."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractItemModel, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QLabel,
    QMessageBox,
    QScrollArea,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)


def page_title(text: str, parent: QWidget | None = None) -> QLabel:
    label = QLabel(text, parent)
    font = QFont(label.font())
    font.setPointSize(font.pointSize() + 6)
    font.setBold(True)
    label.setFont(font)
    return label


def hint(text: str, parent: QWidget | None = None) -> QLabel:
    label = QLabel(text, parent)
    label.setWordWrap(True)
    label.setStyleSheet("color: #555;")
    return label


def row_table(name: str, model: QAbstractItemModel, *, row_height: int = 32, alternating: bool = True) -> QTableView:
    """A read-only table picking whole rows, one at a time: how every list in the window behaves."""
    table = QTableView()
    table.setObjectName(name)
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(alternating)
    table.setWordWrap(False)
    table.verticalHeader().setVisible(False)
    table.verticalHeader().setDefaultSectionSize(row_height)
    return table


def panes(
    *widgets: QWidget, stretch: Sequence[int] = (), sizes: Sequence[int] = (), vertical: bool = False
) -> QSplitter:
    """Widgets side by side (or one above the other) that the operator may resize but never hide by dragging
    a pane to nothing."""
    splitter = QSplitter(Qt.Orientation.Vertical if vertical else Qt.Orientation.Horizontal)
    for widget in widgets:
        splitter.addWidget(widget)
    for index, factor in enumerate(stretch):
        splitter.setStretchFactor(index, factor)
    if sizes:
        splitter.setSizes(list(sizes))
    splitter.setChildrenCollapsible(False)
    return splitter


def scroll_page(page: QWidget, body: QWidget) -> None:
    """Make `body` the whole of `page`, scrolling when the window is smaller than it."""
    scroll = QScrollArea()
    scroll.setWidgetResizable(True)
    scroll.setWidget(body)
    outer = QVBoxLayout(page)
    outer.setContentsMargins(0, 0, 0, 0)
    outer.addWidget(scroll)


def ask_choice(
    parent: QWidget,
    name: str,
    title: str,
    text: str,
    first: tuple[str, Any],
    second: tuple[str, Any],
    *,
    cancel: str | None = None,
) -> Any:
    """A question with two big answers and Hủy (or `cancel`'s words, e.g. "Ở lại"): the first answer's value
    (the default), the second's, or None for Hủy or Escape. The second answer is the one with consequences (its
    button is marked destructive)."""
    box = QMessageBox(QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.NoButton, parent)
    box.setObjectName(name)
    chosen = box.addButton(first[0], QMessageBox.ButtonRole.AcceptRole)
    other = box.addButton(second[0], QMessageBox.ButtonRole.DestructiveRole)
    stay = box.addButton(cancel or QApplication.translate("Widgets", "Hủy"), QMessageBox.ButtonRole.RejectRole)
    for button in (chosen, other, stay):
        button.setMinimumHeight(40)
    box.setDefaultButton(chosen)
    box.setEscapeButton(stay)
    box.exec()
    clicked = box.clickedButton()
    if clicked is chosen:
        return first[1]
    if clicked is other:
        return second[1]
    return None
