"""The `truyenthanh` command line: one parser, one subcommand module each under app/commands/.

Qt-backed capabilities (PDF printing, the sound-card player and the loop that plays) are handed in by
ui/entry.py as `CliServices`, so this layer never imports Qt.
"""

from __future__ import annotations

import argparse
import importlib
import io
import logging
import pkgutil
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from importlib import metadata
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn, Protocol, cast

from app.errors import StationError

if TYPE_CHECKING:
    from app.playout import Player, PlayoutEngine
    from app.settings import StationSettings

log = logging.getLogger(__name__)


def use_utf8_streams() -> None:
    """Vietnamese output must survive a pipe or a file on every OS: Windows gives a redirected stdout its
    ANSI code page (cp1252 cannot encode "Lỗi"), a C locale gives ASCII. A console already speaks UTF-8.
    A windowed program has no streams at all (None)."""
    for stream in (sys.stdout, sys.stderr):
        encoding = getattr(stream, "encoding", None) or ""
        if stream is None or encoding.replace("-", "").replace("_", "").lower() == "utf8":
            continue
        try:
            cast(io.TextIOWrapper, stream).reconfigure(encoding="utf-8")
        except (AttributeError, OSError, ValueError):
            pass  # not a text stream we can retune (replaced by a host program): leave it


def command_modules() -> list[Any]:
    """Every module in app/commands/ is a subcommand: it exposes `register(subparsers)`, which sets
    `handler(ctx, args) -> int` with set_defaults, and `ORDER` (its place in --help)."""
    import app.commands

    modules = [
        importlib.import_module(f"app.commands.{info.name}")
        for info in pkgutil.iter_modules(app.commands.__path__)
        if not info.name.startswith("_")
    ]
    return sorted(modules, key=lambda module: (getattr(module, "ORDER", 100), module.__name__))


class PlayoutHost(Protocol):
    """What `truyenthanh playout` needs to play without a window (ui/playout_service.py provides it)."""

    def make_player(self, settings: StationSettings) -> Player:
        """The station's sound-card player, on the output and volume chosen in settings."""

    def run(self, engine: PlayoutEngine, *, duration_s: float | None = None) -> int:
        """Runs the engine until `duration_s` passes or the process is told to stop; the exit code."""


@dataclass
class CliServices:
    """Capabilities only the Qt layer can provide; absent ones make the command say so."""

    render_report_pdf: Callable[..., None] | None = None
    playout_host: Callable[[], PlayoutHost] | None = None  # a factory: Qt's media stack loads only when asked
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass
class CliContext:
    db_path: Path | None
    services: CliServices
    _station: Any = None

    @property
    def station(self):  # -> app.station.Station, opened on first use
        if self._station is None:
            from app.station import Station

            self._station = Station.open(self.db_path)
        return self._station

    def close(self) -> None:
        if self._station is not None:
            self._station.close()


class OneLineParser(argparse.ArgumentParser):
    """argparse that reports a usage error as one line and exit code 2."""

    def error(self, message: str) -> NoReturn:
        self.exit(2, f"{self.prog}: lỗi: {message}\n")


def package_version() -> str:
    """The installed package's version (pyproject.toml's, through the package metadata)."""
    try:
        return metadata.version("truyenthanh")
    except metadata.PackageNotFoundError:  # run from a folder that was never installed (pip install -e .)
        return "chưa cài đặt"


def build_parser() -> argparse.ArgumentParser:
    parser = OneLineParser(
        prog="truyenthanh",
        description="Phần mềm Đài truyền thanh phường. Không có lệnh con: mở cửa sổ chương trình.",
    )
    parser.add_argument(
        "--db",
        type=Path,
        metavar="PATH",
        help="tệp cơ sở dữ liệu (mặc định: trong thư mục dữ liệu của người dùng)",
    )
    parser.add_argument(
        "--version", action="version", version=f"truyenthanh {package_version()}", help="in số phiên bản rồi thoát"
    )
    sub = parser.add_subparsers(dest="command", metavar="LỆNH", parser_class=OneLineParser)
    for module in command_modules():
        module.register(sub)
    return parser


def _start_log_file(db_path: Path | None) -> Path | None:
    """The CLI logs to the station's rotating file too; an unwritable folder must not stop the command."""
    from app.logging_setup import configure_logging
    from app.paths import StationPaths

    try:
        return configure_logging(StationPaths.for_database(db_path).log_dir)
    except OSError:
        return None


def run(argv: Sequence[str], services: CliServices | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(list(argv))
    if not getattr(args, "handler", None):
        parser.print_help()
        return 2
    from app.paths import check_database_argument

    try:
        check_database_argument(args.db)  # before the log file: a wrong --db creates nothing
    except StationError as exc:
        print(f"Lỗi: {exc}", file=sys.stderr)
        return exc.exit_code
    ctx = CliContext(db_path=args.db, services=services or CliServices())
    log_file = _start_log_file(args.db)
    try:
        return int(args.handler(ctx, args) or 0)
    except StationError as exc:
        print(f"Lỗi: {exc}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        print("Đã dừng theo yêu cầu.", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0
    except Exception as exc:
        from app.storage_faults import storage_error

        translated = storage_error(exc)  # a full disk or read-only file, whatever command hit it
        if translated is not None:
            print(f"Lỗi: {translated}", file=sys.stderr)
            return translated.exit_code
        # A bug: one line for the operator, the trace in the log file.
        log.exception("unexpected error in command %s", args.command)
        where = f" (chi tiết trong {log_file})" if log_file else ""
        print(f"Lỗi không mong đợi: {exc.__class__.__name__}: {exc}{where}", file=sys.stderr)
        return 1
    finally:
        ctx.close()
