"""Bản tin's “Chia sẻ lên mạng” makes the package in the background and says where; “Ghi nhận đăng tải…”
records a post, refusing a bad link inside the dialog without losing what was typed."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from app import speech
from app.bulletins import create_bulletin
from app.posts import list_posts
from tests.app.share_fixtures import BODY, TITLE, TOPIC
from tests.ui.modal_helpers import WhenDialog
from ui.bulletins_page import BulletinsPage
from ui.post_dialog import PostDialog
from ui.tasks import TaskRunner


@pytest.fixture
def boxes(monkeypatch):
    seen: dict[str, list] = {"info": [], "errors": []}

    def information(parent, title, text, *args, **kwargs):
        seen["info"].append(text)
        return QMessageBox.StandardButton.Close

    def warning(parent, title, text, *args, **kwargs):
        seen["errors"].append(text)
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "information", information)
    monkeypatch.setattr(QMessageBox, "warning", warning)
    monkeypatch.setattr(QMessageBox, "critical", warning)
    return seen


@pytest.fixture
def page(qtbot, station, boxes):
    station.update_settings({"speech_engine": "offline", "speech_repeat": "1"})
    widget = BulletinsPage(station, TaskRunner())
    qtbot.addWidget(widget)
    widget.resize(1366, 768)
    widget.show()
    qtbot.waitUntil(lambda: not widget.editor.preview_pending(), timeout=10_000)
    yield widget
    widget.shutdown()  # the editor's pending spoken-form update must not run on a closed database
    widget.runner.wait_all(120_000)


def _open(page, qtbot, bulletin_id: int) -> None:
    page.refresh()
    page.table.selectRow(page.model.row_of(bulletin_id))  # as the operator clicks it in the list
    qtbot.waitUntil(lambda: page.editor.bulletin_id == bulletin_id, timeout=5_000)


def test_share_makes_the_package_in_the_background(page, qtbot, station, boxes, monkeypatch, tmp_path):
    bulletin_id = create_bulletin(station.db, title=TITLE, topic=TOPIC, body=BODY)
    speech.speak_bulletin(station, bulletin_id)
    _open(page, qtbot, bulletin_id)
    target = tmp_path / "goi"
    target.mkdir()
    monkeypatch.setattr("ui.share_dialog.existing_directory", lambda *args, **kwargs: str(target))
    actions = page.share_actions
    qtbot.mouseClick(actions.share_button, Qt.MouseButton.LeftButton)
    assert not actions.share_button.isEnabled()  # busy: the work runs on the pool, the window stays live
    qtbot.waitUntil(lambda: bool(boxes["info"]), timeout=120_000)
    (folder,) = target.iterdir()
    assert sorted(p.suffix for p in folder.iterdir()) == [".mp3", ".mp4", ".srt", ".txt"]
    assert str(folder) in boxes["info"][0] and str(folder) in actions.status.text()
    qtbot.waitUntil(actions.share_button.isEnabled, timeout=5_000)
    assert not boxes["errors"]


def test_share_without_speech_says_what_to_do(page, qtbot, station, boxes, monkeypatch):
    bulletin_id = create_bulletin(station.db, title="Chưa đọc", topic=TOPIC, body="Một câu.")
    _open(page, qtbot, bulletin_id)
    monkeypatch.setattr("ui.share_dialog.existing_directory", lambda *a, **k: pytest.fail("no folder to ask for"))
    qtbot.mouseClick(page.share_actions.share_button, Qt.MouseButton.LeftButton)
    assert boxes["errors"] and "chưa có giọng đọc" in boxes["errors"][0]


def test_post_dialog_records_a_post_and_refuses_a_bad_link(page, qtbot, station):
    bulletin_id = create_bulletin(station.db, title="Đăng Facebook", topic=TOPIC, body="Một câu.")
    _open(page, qtbot, bulletin_id)
    seen = {}

    def fill(dialog: PostDialog) -> None:
        dialog.channel.setCurrentIndex(dialog.channel.findData("facebook"))
        dialog.url.setText("trang của phường")
        save = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
        qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
        seen["error"] = dialog.error_label.text()
        assert dialog.isVisible() and dialog.url.text() == "trang của phường"  # still open, nothing lost
        dialog.url.setText("https://facebook.com/phuongbachsam/posts/7")
        qtbot.mouseClick(save, Qt.MouseButton.LeftButton)

    when = WhenDialog(PostDialog, fill)
    qtbot.mouseClick(page.share_actions.post_button, Qt.MouseButton.LeftButton)
    when.check()
    assert "không phải địa chỉ web" in seen["error"]
    (post,) = list_posts(station.db)
    assert (post.bulletin_id, post.channel, post.url) == (
        bulletin_id,
        "facebook",
        "https://facebook.com/phuongbachsam/posts/7",
    )
    assert post.operator == station.settings.operator_name
    assert page.share_actions.status.text() == "Đã ghi nhận đăng tải."
