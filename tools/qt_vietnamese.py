"""Build ui/i18n/qt_vi.ts from ui/i18n/qt_vi.tsv (context<TAB>English source<TAB>Vietnamese).

Qt ships no Vietnamese translation of its own dialogs (no qtbase_vi.qm in PySide6/Qt/translations), so the
words Qt draws itself -- the file and print dialogs, the standard buttons (Save, Cancel), the text fields'
right-click menu -- are translated here; tools/update-translations compiles the .ts to the .qm the app loads.
A "\\n" in the table is a line break in the source."""

from __future__ import annotations

import sys
from pathlib import Path
from xml.sax.saxutils import escape

ROOT = Path(__file__).resolve().parent.parent
TABLE = ROOT / "ui" / "i18n" / "qt_vi.tsv"
TS = ROOT / "ui" / "i18n" / "qt_vi.ts"


def rows(table: Path) -> dict[str, list[tuple[str, str]]]:
    contexts: dict[str, list[tuple[str, str]]] = {}
    for number, line in enumerate(table.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        parts = line.split("\t")
        if len(parts) != 3:
            sys.exit(f"{table}:{number}: cần 3 cột (ngữ cảnh, tiếng Anh, tiếng Việt)")
        context, source, vietnamese = (part.replace("\\n", "\n") for part in parts)
        contexts.setdefault(context, []).append((source, vietnamese))
    return contexts


def ts_text(contexts: dict[str, list[tuple[str, str]]]) -> str:
    lines = ['<?xml version="1.0" encoding="utf-8"?>', "<!DOCTYPE TS>", '<TS version="2.1" language="vi_VN">']
    for context, messages in contexts.items():
        lines += ["<context>", f"    <name>{escape(context)}</name>"]
        for source, vietnamese in messages:
            lines += [
                "    <message>",
                f"        <source>{escape(source)}</source>",
                f"        <translation>{escape(vietnamese)}</translation>",
                "    </message>",
            ]
        lines.append("</context>")
    lines.append("</TS>")
    return "\n".join(lines) + "\n"


def main() -> None:
    TS.write_text(ts_text(rows(TABLE)), encoding="utf-8")


if __name__ == "__main__":
    main()
