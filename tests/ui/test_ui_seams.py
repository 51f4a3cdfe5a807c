"""The window's layer keeps to its side of the seams: no SQL in ui/ (app/ owns every query). That no import
cycle runs between its modules, imports inside functions included, tests/test_import_cycles.py asserts for the
whole tree."""

from __future__ import annotations

import ast
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
# Calls only a database connection has (sqlite3 and sqlite-utils); Qt has none of these names.
DATABASE_CALLS = {
    "execute",
    "executemany",
    "executescript",
    "query",
    "rows_where",
    "count_where",
    "delete_where",
    "insert_all",
    "upsert",
    "upsert_all",
    "table",
}
SQL_TEXT = re.compile(r"\b(SELECT\b.*\bFROM|INSERT\s+INTO|UPDATE\s+\w+\s+SET|DELETE\s+FROM|PRAGMA|CREATE\s+TABLE)\b")


def _functions(tree: ast.AST) -> dict[ast.AST, str]:
    """Each node inside a function, mapped to that function's name (the innermost one)."""
    owner: dict[ast.AST, str] = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
            for child in ast.walk(node):
                owner[child] = node.name
    return owner


def sql_in(root: Path, package: str = "ui") -> list[tuple[str, str, int, str]]:
    """(file, function, line, what) for every database call, table lookup or SQL text in the package."""
    found = []
    for path in sorted((root / package).rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        owner = _functions(tree)
        name = path.relative_to(root).as_posix()
        for node in ast.walk(tree):
            what = None
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
                if node.func.attr in DATABASE_CALLS:
                    what = f".{node.func.attr}()"
            elif isinstance(node, ast.Subscript):
                value = node.value
                if (isinstance(value, ast.Name) and value.id == "db") or (
                    isinstance(value, ast.Attribute) and value.attr == "db"
                ):
                    what = "db[...]"
            elif isinstance(node, ast.Constant) and isinstance(node.value, str) and SQL_TEXT.search(node.value):
                what = repr(node.value[:40])
            if what is not None:
                found.append((name, owner.get(node, "<module>"), node.lineno, what))
    return found


def test_ui_issues_no_sql():
    offenders = sql_in(ROOT)
    assert offenders == [], "SQL belongs in app/: " + "; ".join(f"{p}:{line} {f}() {w}" for p, f, line, w in offenders)


def test_the_scan_finds_sql_where_there_is_some(tmp_path):
    """The scan itself, on a planted page: a query, a table lookup and raw SQL text are each caught."""
    (tmp_path / "ui").mkdir()
    (tmp_path / "ui" / "bad_page.py").write_text(
        "def refresh(self):\n"
        "    self.db.execute('SELECT 1')\n"
        "    return self.station.db['airings'].count\n"
        "COUNT = 'SELECT count(*) FROM airings'\n",
        encoding="utf-8",
    )
    hits = {(function, what) for _path, function, _line, what in sql_in(tmp_path)}
    assert ("refresh", ".execute()") in hits
    assert ("refresh", "db[...]") in hits
    assert ("<module>", repr("SELECT count(*) FROM airings")) in hits
