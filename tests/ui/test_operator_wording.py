"""What the operator reads, scanned in the translation sources (every tr() of ui/, every msg() of app/ and audio/,
the labels of app/labels.py): no engineering words, no internal ids, one style of quotation marks, no awkward
lines that were reported; and English numbers of things go through Qt's plural forms, not "1 segments"."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

TS = Path(__file__).resolve().parents[2] / "ui" / "i18n" / "truyenthanh_en.ts"

BANNED = {
    "LUFS (say “độ to”)": re.compile(r"LUFS"),
    "a process id (say what holds the station)": re.compile(r"tiến trình\s*(\d|\{)"),
    "a dictionary version number": re.compile(r"[Pp]hiên bản từ điển|từ điển phát âm phiên bản|phiên bản \{n\}"),
    "an internal id like (#4)": re.compile(r"#\{|\(#\d|#\d+\)"),
    "«…» quotes (use “…”)": re.compile(r"[«]"),
    "'…' quotes (use “…”)": re.compile(r"'[^'\s][^']*'"),
    "!r (Python's quotes)": re.compile(r"!r\}"),
    "minutes with a decimal (say “1 phút 54 giây”)": re.compile(r"\d+,\d+ phút|\{m\}:\{s"),
    "“Mỗi đài chỉ một chương trình được phát”": re.compile(r"Mỗi đài chỉ một chương trình"),
    "“Tăng, giảm lượt/phút”": re.compile(r"Tăng, giảm (lượt|phút)"),
    "“6 trên 7 đoạn”": re.compile(r"\} trên \{\w+\} đoạn"),
}
# Straight double quotes only around what is typed on a command line (“--reason "lý do"”, a path to paste).
COMMAND_LINE = re.compile(r"--|truyenthanh ")
# English counts of things that must be plural forms (%n), not "{n} segments".
ENGLISH_COUNT = re.compile(r"\{(n|count)\} (segments|rows|items|bulletins|sentences|airings|parts)\b")


def _messages() -> list[tuple[str, ET.Element]]:
    found = []
    for context in ET.parse(TS).iter("context"):
        name = context.findtext("name") or ""
        found += [(name, message) for message in context.iter("message")]
    return found


def test_the_scan_reads_the_whole_translation_file():
    sources = [message.findtext("source") for _, message in _messages()]
    assert len(sources) > 900 and "Nhập từ sổ cũ" in sources


@pytest.mark.parametrize("reason", sorted(BANNED))
def test_vietnamese_strings_avoid(reason):
    pattern = BANNED[reason]
    offending = [
        f"{context}: {source}"
        for context, message in _messages()
        if (source := message.findtext("source") or "") and pattern.search(source)
    ]
    assert offending == [], f"{reason}:\n" + "\n".join(offending)


def test_straight_double_quotes_only_around_command_line_text():
    offending = [
        f"{context}: {source}"
        for context, message in _messages()
        if '"' in (source := message.findtext("source") or "") and not COMMAND_LINE.search(source)
    ]
    assert offending == []


def test_english_counts_use_plural_forms():
    offending = []
    for context, message in _messages():
        translation = message.find("translation")
        if message.get("numerus") == "yes":
            forms = [form.text or "" for form in translation.iter("numerusform")]
            assert len(forms) == 2 and forms[0] != forms[1], (context, message.findtext("source"), forms)
            continue
        if ENGLISH_COUNT.search(translation.text or ""):
            offending.append(f"{context}: {translation.text}")
    assert offending == []


def test_english_plural_forms_are_loaded(qapp):
    """The compiled translation picks "1 segment" and "2 segments" for the bulletin list's audio column."""
    from PySide6.QtCore import QCoreApplication, QTranslator

    translator = QTranslator()
    assert translator.load(str(TS.with_suffix(".qm")))
    QCoreApplication.installTranslator(translator)
    try:
        one = QCoreApplication.translate("BulletinTableModel", "%n tiết mục", "", 1)
        two = QCoreApplication.translate("BulletinTableModel", "%n tiết mục", "", 2)
        assert (one, two) == ("1 segment", "2 segments")
    finally:
        QCoreApplication.removeTranslator(translator)
    assert QCoreApplication.translate("BulletinTableModel", "%n tiết mục", "", 1) == "1 tiết mục"
