"""`truyenthanh`: the window with no subcommand, the command line otherwise."""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence

# First of the project's imports: it points pydub at our ffmpeg before pydub looks for one on PATH.
import audio.ffmpeg_tools  # noqa: F401
from app.cli import CliServices, build_parser, run, use_utf8_streams


def _has_display() -> bool:
    if sys.platform != "linux":
        return True
    platform = os.environ.get("QT_QPA_PLATFORM", "")
    if platform.startswith(("offscreen", "minimal", "vnc")):
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def cli_services() -> CliServices:
    """Qt-backed capabilities for commands that need them (imported lazily: most commands do not)."""
    from ui.services import playout_host, render_approval_form_pdf, render_report_pdf

    return CliServices(
        render_report_pdf=render_report_pdf,
        playout_host=playout_host,
        extra={"render_approval_form_pdf": render_approval_form_pdf},
    )


def main(argv: Sequence[str] | None = None) -> int:
    use_utf8_streams()
    argv = list(sys.argv[1:] if argv is None else argv)
    args = build_parser().parse_args(argv)
    if args.command is not None:
        return run(argv, cli_services())
    if not _has_display():
        print(
            "Không tìm thấy màn hình để mở cửa sổ (biến DISPLAY trống). "
            "Hãy chạy trên máy có giao diện, hoặc dùng: xvfb-run -a .venv/bin/truyenthanh",
            file=sys.stderr,
        )
        return 1
    from ui.application import run_gui

    return run_gui(args.db)


if __name__ == "__main__":
    sys.exit(main())
