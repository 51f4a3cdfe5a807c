"""The English translation (ui/i18n/truyenthanh_en.ts, compiled to .qm) is complete, current and loaded."""

from __future__ import annotations

import ast
import re
import subprocess
import xml.etree.ElementTree as ET
from datetime import date, datetime
from pathlib import Path

import PySide6
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QGroupBox, QHeaderView, QLabel, QLineEdit, QTabWidget, QWidget

from ui.main_window import MainWindow

ROOT = Path(__file__).resolve().parents[2]
UI_DIR = ROOT / "ui"
TS = UI_DIR / "i18n" / "truyenthanh_en.ts"
QM = UI_DIR / "i18n" / "truyenthanh_en.qm"
QT_TOOLS = Path(PySide6.__file__).parent
PLACEHOLDER = re.compile(r"\{[^{}]*\}|%\d")
VIETNAMESE = re.compile("[ăâđêôơưàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ]", re.IGNORECASE)
# Labels that show the app's own words (Vietnamese by design, like app/ error messages).
APP_TEXT_LABELS = {"report_notes", "signature_preview"}  # signature_preview: the paper's own (Vietnamese) lines


def messages(ts: Path) -> list[tuple[str, str, ET.Element]]:
    """(context, Vietnamese source, <translation>) for every message of a .ts file."""
    found = []
    for context in ET.parse(ts).iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            found.append((name, message.findtext("source"), message.find("translation")))
    return found


def english(translation: ET.Element) -> list[str]:
    """The English of a message: its text, or each plural form of a %n message (numerus)."""
    forms = [form.text or "" for form in translation.iter("numerusform")]
    return forms or [translation.text or ""]


def ui_sources() -> list[Path]:
    """What lupdate reads (as tools/update-translations does): ui/, and app/ and audio/ for the label table
    and the error message templates."""
    return sorted(path for folder in ("ui", "app", "audio") for path in (ROOT / folder).rglob("*.py"))


def test_every_message_is_translated():
    found = messages(TS)
    assert len(found) > 500
    unfinished = [
        (context, source)
        for context, source, translation in found
        if translation.get("type") in ("unfinished", "vanished", "obsolete") or not all(english(translation))
    ]
    assert unfinished == []


def test_translations_keep_every_placeholder():
    broken = []
    for context, source, translation in messages(TS):
        wanted = sorted(PLACEHOLDER.findall(source))
        for text in english(translation):
            if wanted != sorted(PLACEHOLDER.findall(text)) or ("%n" in source) != ("%n" in text):
                broken.append((context, source, text))
    assert broken == []


def test_translations_keep_line_breaks_and_edge_spaces():
    """Strings glued together in code (' (chưa lưu)', 'Dừng phát sóng?\\n\\n') must stay glued in English."""
    broken = []
    for context, source, translation in messages(TS):
        for text in english(translation):
            if (
                source.count("\n") != text.count("\n")
                or source[:1].isspace() != text[:1].isspace()
                or source[-1:].isspace() != text[-1:].isspace()
            ):
                broken.append((context, source, text))
    assert broken == []


def test_ts_holds_every_string_of_the_ui(tmp_path):
    """lupdate over ui/ today finds no message the committed .ts lacks (run tools/update-translations)."""
    fresh = tmp_path / "fresh.ts"
    subprocess.run(
        [
            str(QT_TOOLS / "lupdate"),
            "-no-obsolete",
            "-tr-function-alias",
            "QT_TR_NOOP+=msg",
            "-source-language",
            "vi_VN",
            "-target-language",
            "en_GB",
            *map(str, ui_sources()),
            "-ts",
            str(fresh),
        ],
        check=True,
        capture_output=True,
        timeout=120,
    )
    current = {(context, source) for context, source, _ in messages(fresh)}
    committed = {(context, source) for context, source, _ in messages(TS)}
    assert current - committed == set()
    assert committed - current == set()


def test_qm_is_compiled_from_the_current_ts(tmp_path):
    compiled = tmp_path / "fresh.qm"
    subprocess.run(
        [str(QT_TOOLS / "lrelease"), str(TS), "-qm", str(compiled)], check=True, capture_output=True, timeout=120
    )
    assert compiled.read_bytes() == QM.read_bytes(), "run tools/update-translations"


@pytest.mark.parametrize("path", ui_sources(), ids=lambda path: path.name)
def test_no_string_is_built_before_translation(path):
    """tr(f"...") or tr(a + b) cannot be found by lupdate, so it would stay Vietnamese in English."""
    bad = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if not isinstance(node, ast.Call):
            continue
        name = getattr(node.func, "attr", getattr(node.func, "id", None))
        if name in ("tr", "QT_TR_NOOP") and node.args:
            text = node.args[0]
        elif (
            name in ("translate", "QT_TRANSLATE_NOOP")
            and len(node.args) >= 2
            and isinstance(node.args[0], ast.Constant)
        ):  # (context, text), not QPainter.translate(x, y)
            text = node.args[1]
        else:
            continue
        if isinstance(text, (ast.JoinedStr, ast.BinOp)):
            bad.append(node.lineno)
    assert bad == []


def texts(widget) -> set[str]:
    return {child.text() for kind in (QLabel, QAbstractButton) for child in widget.findChildren(kind)}


def test_main_window_speaks_english(english, qtbot, station):
    win = MainWindow(station)
    qtbot.addWidget(win)
    try:
        labels = [win.navigation.item(row).text() for row in range(win.navigation.count())]
        assert labels == ["Bulletins", "Schedule", "On air", "Log", "Reports", "Settings"]
        assert win.windowTitle() == f"Truyền Thanh Phường — {station.settings.station_name}"
        assert "Bulletins" in texts(win.page("bulletins"))
        assert {"Convert to speech", "New bulletin", "Pronunciation dictionary"} <= texts(win.page("bulletins"))
        assert "Airtime log" in texts(win.page("log"))
        assert {"Reports", "Make report"} <= texts(win.page("reports"))
        assert {"Settings", "Save settings"} <= texts(win.page("settings"))
        assert {"▶ Play now", "» Skip", "⚠ Emergency", "● Live reading"} <= texts(win.page("on_air"))
        schedule = win.page("schedule")
        assert "Schedule" in texts(schedule)
        tabs = schedule.tabs
        assert [tabs.tabText(i) for i in range(tabs.count())] == ["Broadcast windows", "One-off items", "Week view"]
        log_headers = win.page("log").table.model()
        assert log_headers.headerData(0, Qt.Orientation.Horizontal) == "Start"
    finally:
        win.shutdown()


def test_without_the_translator_the_window_stays_vietnamese(qtbot, station):
    win = MainWindow(station)
    qtbot.addWidget(win)
    try:
        assert win.navigation.item(0).text() == "Bản tin"
        assert "Chuyển thành giọng nói" in texts(win.page("bulletins"))
    finally:
        win.shutdown()


def interface_texts(window) -> dict[str, str]:
    """Every caption, button, placeholder, tooltip, tab and column header of the window, not the data."""
    found: dict[str, str] = {}
    for widget in [window, *window.findChildren(QWidget)]:
        where = f"{type(widget).__name__} {widget.objectName()}"
        shown = [widget.toolTip()]
        if isinstance(widget, QLabel) and widget.objectName() not in APP_TEXT_LABELS:
            shown.append(widget.text())
        if isinstance(widget, QAbstractButton):
            shown.append(widget.text())
        if isinstance(widget, QGroupBox):
            shown.append(widget.title())
        if isinstance(widget, QLineEdit):
            shown.append(widget.placeholderText())
        if isinstance(widget, QTabWidget):
            shown += [widget.tabText(i) for i in range(widget.count())]
        if isinstance(widget, QHeaderView) and widget.model() is not None:
            shown += [str(widget.model().headerData(i, widget.orientation()) or "") for i in range(widget.count())]
        for text in shown:
            if text:
                found.setdefault(text, where)
    return found


def test_no_vietnamese_caption_is_left_in_english(english, qtbot, station):
    win = MainWindow(station)
    qtbot.addWidget(win)
    try:
        left = {}
        for row in range(win.navigation.count()):
            win.navigation.setCurrentRow(row)
            left |= {text: where for text, where in interface_texts(win).items() if VIETNAMESE.search(text)}
        left.pop(win.windowTitle(), None)  # the product and station names stay Vietnamese
        assert left == {}
    finally:
        win.shutdown()


def test_printed_report_charts_stay_vietnamese_in_english(english, station, monkeypatch):
    """The paper is an official Vietnamese document; only the charts on the Báo cáo page turn English."""
    from app.report import Period, build_report
    from ui.report import charts as report_charts

    report = build_report(
        station.db,
        Period(date(2026, 10, 1), date(2026, 10, 31)),
        Period(date(2026, 7, 1), date(2026, 7, 31)),
        now=datetime(2026, 11, 27, 9, 30),
    )
    printed = []
    for name in ("weekly_chart", "comparison_chart"):
        real = getattr(report_charts, name)

        def spy(*args, real=real, **kwargs):
            printed.append(real(*args, **kwargs))
            return printed[-1]

        monkeypatch.setattr(report_charts, name, spy)
    report_charts.render_chart_images(report, "DejaVu Serif")
    assert [chart.title() for chart in printed] == [
        "Thời lượng phát sóng theo tuần (phút)",
        "Thời lượng bình quân mỗi ngày theo chủ đề (phút/ngày)",
    ]
    assert [bar.label() for bar in printed[1].series()[0].barSets()] == [
        "Kỳ so sánh (01/07/2026 - 31/07/2026)",
        "Kỳ báo cáo (01/10/2026 - 31/10/2026)",
    ]
    monkeypatch.undo()
    data = report_charts.chart_data(report)
    assert report_charts.weekly_chart(data).title() == "Airtime per week (minutes)"
    assert data.period_label.startswith("Report period (")
