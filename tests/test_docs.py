"""The README documents every command and shows a picture of every area of the window."""

import argparse
from pathlib import Path

import pytest

from app.cli import build_parser

ROOT = Path(__file__).resolve().parents[1]
README = (ROOT / "README.md").read_text(encoding="utf-8")


def _commands(parser: argparse.ArgumentParser, prefix: str = "") -> list[str]:
    found = []
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                found.append(f"{prefix}{name}")
                found += _commands(sub, f"{prefix}{name} ")
    return found


@pytest.mark.parametrize("command", _commands(build_parser()))
def test_every_command_is_in_the_readme(command):
    assert f"`{command}" in README, f"README does not show `{command}`"


def _top_level_options(parser: argparse.ArgumentParser) -> list[str]:
    options = [name for action in parser._actions for name in action.option_strings if name.startswith("--")]
    return [name for name in options if name != "--help"]


@pytest.mark.parametrize("option", _top_level_options(build_parser()))
def test_every_top_level_option_is_in_the_readme(option):
    assert f"| `{option}" in README, f"README's commands table does not show `{option}`"


@pytest.mark.parametrize("area", ["bulletins", "schedule", "on-air", "log", "reports", "settings"])
def test_every_area_has_a_screenshot(area):
    picture = f"docs/screenshot-{area}.png"
    assert picture in README
    assert (ROOT / picture).stat().st_size > 10_000


def test_the_quick_start_is_two_commands():
    assert "./run" in README and "./test" in README
    assert (ROOT / "run").stat().st_mode & 0o111 and (ROOT / "test").stat().st_mode & 0o111
    assert "./test" in (ROOT / ".ci" / "run").read_text()


def test_nothing_points_outside_the_repository():
    """Docs, docstrings and tests cite docs/design.md and tests/data/, never a file beside the checkout."""
    import subprocess

    outside = ("/work/" + "shared", "../" + "shared", "DESIGN" + ".md")
    tracked = subprocess.run(["git", "ls-files"], cwd=ROOT, capture_output=True, text=True, check=True).stdout
    found = []
    for name in tracked.split():
        path = ROOT / name
        if path.suffix not in {".py", ".md", ".toml", ".txt", ".sh", ".nsi", ".spec", ""} or not path.is_file():
            continue
        text = path.read_text(encoding="utf-8", errors="replace")
        found += [f"{name}: {word}" for word in outside if word in text]
    assert found == []
