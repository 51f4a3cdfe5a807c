"""Qt-backed capabilities handed to the command line (see app.cli.CliServices)."""

from __future__ import annotations

from typing import Any


def render_report_pdf(*args: Any, **kwargs: Any) -> None:
    from ui.report.printer import render_report_pdf as render

    render(*args, **kwargs)


def make_player(*args: Any, **kwargs: Any) -> Any:
    from ui.qt_player import make_headless_player

    return make_headless_player(*args, **kwargs)
