"""The dependency rule: ui -> app -> (audio, schedules); only ui/ imports Qt."""

import ast
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def _imports(package: str) -> list[tuple[Path, str]]:
    found = []
    for path in (ROOT / package).rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                found += [(path, alias.name) for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                found.append((path, node.module))
    return found


@pytest.mark.parametrize("package", ["app", "audio", "schedules"])
def test_no_qt_below_ui(package):
    qt = {"PySide6", "shiboken6"}
    offenders = [f"{p.relative_to(ROOT)}: {m}" for p, m in _imports(package) if m.split(".")[0] in qt]
    assert offenders == []


@pytest.mark.parametrize(
    ("package", "forbidden"),
    [
        ("schedules", {"app", "ui", "audio"}),
        ("audio", {"app", "ui", "schedules"}),
        ("app", {"ui"}),
    ],
)
def test_dependencies_point_down(package, forbidden):
    offenders = [f"{p.relative_to(ROOT)}: {m}" for p, m in _imports(package) if m.split(".")[0] in forbidden]
    assert offenders == []


def test_importing_every_core_module_loads_no_qt():
    modules = sorted(
        ".".join(path.relative_to(ROOT).with_suffix("").parts).removesuffix(".__init__")
        for package in ("app", "audio", "schedules")
        for path in (ROOT / package).rglob("*.py")
    )
    code = (
        "import importlib, sys\n"
        f"for name in {modules!r}: importlib.import_module(name)\n"
        "assert not [m for m in sys.modules if m.startswith('PySide6')], 'Qt was imported'\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT)
    assert result.returncode == 0, result.stderr
