"""What a Windows user reads when something is missing names Windows remedies, not Debian packages."""

from __future__ import annotations

import sys

import pytest

from ui.report import fonts as report_fonts


def test_missing_font_message_on_windows_names_no_debian_package(tmp_path, monkeypatch):
    monkeypatch.setattr(sys, "platform", "win32")
    monkeypatch.setenv("WINDIR", str(tmp_path / "Windows"))
    monkeypatch.setenv("LOCALAPPDATA", str(tmp_path / "AppData"))
    monkeypatch.setattr(report_fonts.shutil, "which", lambda name: None)  # no fontconfig on Windows
    with pytest.raises(report_fonts.ReportFontMissingError) as raised:
        report_fonts.font_files()
    message = str(raised.value)
    assert "Times New Roman" in message and "bộ cài" in message
    assert "fonts-liberation2" not in message and "Linux" not in message


def test_missing_font_message_on_linux_names_the_package(tmp_path, monkeypatch):
    monkeypatch.setattr(report_fonts, "_font_dirs", lambda: [])
    monkeypatch.setattr(report_fonts.shutil, "which", lambda name: None)
    with pytest.raises(report_fonts.ReportFontMissingError) as raised:
        report_fonts.font_files()
    assert "fonts-liberation2" in str(raised.value)
