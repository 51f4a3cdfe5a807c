"""Qt-backed capabilities handed to the command line (see app.cli.CliServices)."""

from __future__ import annotations

from typing import Any

from app.cli import PlayoutHost


def render_report_pdf(*args: Any, **kwargs: Any) -> None:
    from ui.report.printer import render_report_pdf as render

    render(*args, **kwargs)


def render_approval_form_pdf(*args: Any, **kwargs: Any) -> Any:
    from ui.report.approval_form import render_approval_form_pdf as render

    return render(*args, **kwargs)


def playout_host() -> PlayoutHost:
    """The headless runner for `truyenthanh playout` (an app.cli.PlayoutHost)."""
    from ui.playout_service import HeadlessPlayout

    return HeadlessPlayout()
